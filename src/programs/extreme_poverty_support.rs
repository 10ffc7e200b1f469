//! 特困人员救助供养 (extreme poverty support).
//!
//! Governing documents: 《社会救助暂行办法》（国务院令第649号）第十四条、第十五条;
//! 《特困人员认定办法》（民发〔2021〕43号）第四条至第九条、第二十一条、第二十二条;
//! 民政部 财政部《关于进一步做好困难群众基本生活保障工作的通知》(2020) on minors to 18.
//! Local figures: basic-living standard (元/年) and the three care standards (元/月).
//!
//! Each member is assessed on their own: a household may hold one 特困 person (an elderly
//! parent) beside others who are not. The amount is the basic-living standard plus the care
//! standard for the member's self-care level.
use super::income::member_counted;
use super::{per_member, Amounts, Context, NotCovered, Program};
use crate::explain::messages::{self, FlipOf, Line, Measure, Wording};
use crate::explain::{Explainer, Outcome};
use rust_decimal::Decimal;
use crate::household::{Disability, Level, Member, Supporters};
use crate::money::Yuan;
use crate::policy::Resolved;

pub struct ExtremePovertySupport;

const ID: &str = "extreme_poverty_support";
const MEASURES: &str = "extreme-poverty-identification-measures";

/// The national age and disability rules, read from data.
struct Rules<'p> {
    elderly_age: Resolved<'p>,
    no_labor_age_below: Resolved<'p>,
    minor_age_below: Resolved<'p>,
    no_labor_disabilities: Resolved<'p>,
    counted_kinds: Resolved<'p>,
}

impl Program for ExtremePovertySupport {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let rules = Rules {
            elderly_age: ctx.required(ex, ID, "elderly_age")?,
            no_labor_age_below: ctx.required(ex, ID, "no_labor_age_below")?,
            minor_age_below: ctx.required(ex, ID, "minor_age_below")?,
            no_labor_disabilities: ctx.required(ex, ID, "no_labor_disabilities")?,
            counted_kinds: ctx.required(ex, ID, "counted_income_kinds")?,
        };
        let low_standard = ctx.standard(ex, "minimum_livelihood_guarantee", "standard")?;
        let basic_living = ctx.standard(ex, ID, "basic_living")?;
        let date = ctx.household.date;

        let candidates: Vec<(&Member, Vec<String>)> = ctx.household.members.iter().map(|m| (m, category(ctx.lang(), m, &rules, date))).filter(|(_, reasons)| !reasons.is_empty()).collect();
        if candidates.is_empty() {
            ex.check(format_args!("{ID}.category"), Some(false), messages::no_candidate(ctx.lang()), [ctx.cite(MEASURES, "第五条")]);
            return Ok(Amounts::default());
        }

        let mut amounts = per_member(ex, candidates, |(member, reasons), mex| {
            let name = ctx.who(member);
            mex.member_check(&member.id, format_args!("{ID}.category"), Some(true), messages::candidate(ctx.lang(), &name, &reasons), [ctx.cite(MEASURES, "第五条"), ctx.cite_value(&rules.minor_age_below)]);
            no_labor_capacity(ctx, mex, member, &rules, date);
            no_capable_supporter(ctx, mex, member);
            if let Some(standard) = &low_standard {
                income_below_standard(ctx, mex, member, standard, &rules.counted_kinds);
            }
            match (&basic_living, mex.outcome()) {
                (Some(basic), Outcome::Eligible) => Ok((member, monthly_amount(ctx, mex, member, basic))),
                _ => Ok((member, None)),
            }
        })?;
        assets_rule(ctx, ex);
        amounts.outcome = amounts.outcome.or(Some(Outcome::Ineligible));
        Ok(amounts)
    }
}

/// 特困人员认定办法第五条 and the 2020 notice: aged ≥ 60, a minor under 18, or a person with
/// the disabilities that count as 无劳动能力. Returns the reasons that apply (none: not in scope).
fn category(lang: Wording, member: &Member, rules: &Rules, date: crate::date::Date) -> Vec<String> {
    let age = member.age_on(date);
    let mut reasons = Vec::new();
    if Decimal::from(age) >= rules.elderly_age.decimal() {
        reasons.push(messages::reason_elderly(lang, rules.elderly_age.decimal(), age));
    }
    if Decimal::from(age) < rules.minor_age_below.decimal() {
        reasons.push(messages::reason_minor(lang, rules.minor_age_below.decimal(), age));
    }
    if let Some(d) = qualifying_disability(member, rules) {
        reasons.push(messages::disability(lang, d));
    }
    reasons
}

/// 第五条第（三）项: 一至三级智力、精神残疾, 一、二级肢体残疾, 一级视力残疾.
fn qualifying_disability(member: &Member, rules: &Rules) -> Option<Disability> {
    let d = member.disability?;
    super::disability_listed(d, &rules.no_labor_disabilities.list()).then_some(d)
}

/// 第四条第（一）项 and 第五条: no labour capacity. Age ≥ 60, age < 16 and the listed
/// disabilities count by rule; otherwise (16–17-year-olds) the assessed capacity decides.
fn no_labor_capacity(ctx: &Context, ex: &mut Explainer, member: &Member, rules: &Rules, date: crate::date::Date) {
    let age = Decimal::from(member.age_on(date));
    let lang = ctx.lang();
    let by_rule = if age >= rules.elderly_age.decimal() {
        Some(messages::labor_by_age_from(lang, rules.elderly_age.decimal()))
    } else if age < rules.no_labor_age_below.decimal() {
        Some(messages::labor_by_age_below(lang, rules.no_labor_age_below.decimal()))
    } else {
        qualifying_disability(member, rules).map(|d| messages::disability(lang, d))
    };
    let passed = match (&by_rule, member.labor_capacity) {
        (Some(_), _) => Some(true),
        (None, Some(level)) => Some(level == Level::None),
        (None, None) => {
            ex.need(member.path("laborCapacity"));
            None
        }
    };
    let detail = messages::labor(lang, &ctx.who(member), passed, by_rule.as_deref());
    ex.member_check(&member.id, format_args!("{ID}.no_labor_capacity"), passed, detail, [ctx.cite(MEASURES, "第五条")]);
}

/// 第四条第（三）项 and 第八条: no legal supporter, or supporters unable to support.
fn no_capable_supporter(ctx: &Context, ex: &mut Explainer, member: &Member) {
    let passed = member.supporters.map(|s| s != Supporters::Capable);
    if passed.is_none() {
        ex.need(member.path("supporters"));
    }
    let detail = messages::supporters(ctx.lang(), &ctx.who(member), member.supporters, passed);
    ex.member_check(&member.id, format_args!("{ID}.no_capable_supporter"), passed, detail, [ctx.cite(MEASURES, "第四条、第八条")]);
}

/// 第六条: the person's own income (counted kinds) below the local 低保 standard.
fn income_below_standard(ctx: &Context, ex: &mut Explainer, member: &Member, standard: &Resolved, kinds: &Resolved) {
    let key = format!("{ID}.income");
    let citations = vec![ctx.cite(MEASURES, "第六条"), ctx.cite_value(standard)];
    let line = standard.monthly();
    match member_counted(member, &kinds.list()) {
        None => {
            ex.need(member.path("incomes"));
            ex.member_check(&member.id, &key, None, messages::income_not_answered(ctx.lang(), &[ctx.who(member)]), citations);
        }
        Some(income) => {
            let name = ctx.who(member);
            let mut detail = messages::income_against_line(ctx.lang(), Measure::MemberOwn(&name), income, Line::Dibao, line, true);
            if income >= line {
                detail.push_str(&messages::income_flip(ctx.lang(), FlipOf::MemberOwn, income, line));
            }
            ex.member_check(&member.id, &key, Some(income < line), detail, citations);
        }
    }
}

/// 第七条: the 特困 asset rule is set by the city; none is in the data, so the check is shown
/// as unpublished rather than assumed.
fn assets_rule(ctx: &Context, ex: &mut Explainer) {
    ex.check(format_args!("{ID}.assets"), None, messages::extreme_poverty_assets_unpublished(ctx.lang()), [ctx.cite(MEASURES, "第七条")]);
}

/// Basic living (元/年 ÷ 12) plus the care standard for the self-care level
/// (第二十一条、第二十二条: 具备 / 部分丧失 / 完全丧失生活自理能力 → 全自理 / 半护理 / 全护理).
fn monthly_amount(ctx: &Context, ex: &mut Explainer, member: &Member, basic: &Resolved) -> Option<Yuan> {
    let Some(level) = member.self_care else {
        ex.need_for_amount(member.path("selfCare"));
        ex.member_check(&member.id, format_args!("{ID}.amount"), None, messages::self_care_not_answered(ctx.lang(), &ctx.who(member)), [ctx.cite(MEASURES, "第二十一条、第二十二条")]);
        return None;
    };
    let parameter = match level {
        Level::Full => "care_self_care",
        Level::Partial => "care_partial_care",
        Level::None => "care_full_care",
    };
    // A region that publishes no care standard still has a known basic-living standard: say
    // 标准待核实 for the care part rather than give up on the person.
    let Some(care) = ctx.optional(ex, ID, parameter) else {
        let detail = messages::care_standard_unpublished(ctx.lang(), &ctx.who(member));
        ex.member_check(&member.id, format_args!("{ID}.amount"), None, detail, [ctx.cite_value(basic)]);
        return None;
    };
    let basic_monthly = basic.monthly();
    let care_amount = care.monthly();
    let detail = messages::extreme_poverty_amount(ctx.lang(), &ctx.who(member), basic_monthly, &care.entry.name, care_amount);
    ex.member_check(&member.id, format_args!("{ID}.amount"), Some(true), detail, [ctx.cite_value(basic), ctx.cite_value(&care)]);
    Some(basic_monthly + care_amount)
}
