//! 最低生活保障 (城市/农村低保, minimum livelihood guarantee).
//!
//! Governing documents: 《社会救助暂行办法》（国务院令第649号）第九条（条件）、第十二条（差额发放）;
//! 《最低生活保障审核确认办法》（民发〔2021〕57号）第十三条（收入）、第十四条（财产）.
//! Local figures: the monthly standard (元/人·月), urban and rural where they differ.
//!
//! Amount: (standard − household per-capita income) × members, monthly. Members found 特困
//! are supported under 特困 and their share is left out, so nobody is paid twice.
use super::income::household_counted;
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::messages::{self, FlipOf, Line, Measure};
use crate::explain::{Explainer, Outcome};
use crate::money::Yuan;
use crate::policy::Resolved;

pub struct MinimumLivelihoodGuarantee;

const ID: &str = "minimum_livelihood_guarantee";
const INTERIM: &str = "interim-measures-social-assistance";
const REVIEW: &str = "minimum-livelihood-review-measures";

impl Program for MinimumLivelihoodGuarantee {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let kinds = ctx.required(ex, ID, "counted_income_kinds")?;
        let standard = ctx.standard(ex, ID, "standard")?;
        let income = standard.as_ref().and_then(|s| income_below_standard(ctx, ex, s, &kinds));
        financial_assets(ctx, ex, standard.as_ref());
        let supported_elsewhere = not_in_extreme_poverty(ctx, ex);
        match (standard, income) {
            (Some(standard), Some(total)) if ex.outcome() == Outcome::Eligible => Ok(gap_amount(ctx, ex, &standard, total, &supported_elsewhere)),
            _ => Ok(Amounts::default()),
        }
    }
}

/// 《社会救助暂行办法》第九条: per-capita monthly income of the members living together (counted
/// kinds per 审核确认办法第十三条) below the local standard. Returns the household total.
fn income_below_standard(ctx: &Context, ex: &mut Explainer, standard: &Resolved, kinds: &Resolved) -> Option<Yuan> {
    let key = format!("{ID}.income");
    let citations = vec![ctx.cite(INTERIM, "第九条"), ctx.cite(REVIEW, "第十三条"), ctx.cite_value(standard)];
    let members = &ctx.household.members;
    match household_counted(ctx, ex, &kinds.list()) {
        Err(unanswered) => {
            let names: Vec<String> = unanswered.iter().map(|&i| ctx.who(&members[i])).collect();
            unanswered.iter().for_each(|&i| ex.need(members[i].path("incomes")));
            ex.check(&key, None, messages::income_not_answered(ctx.lang(), &names), citations);
            None
        }
        Ok((total, exemption)) => {
            let line = standard.monthly();
            let per_capita = total.divided_by(members.len());
            let passed = total < line * members.len();
            let mut detail = messages::income_against_line(ctx.lang(), Measure::HouseholdPerPerson, per_capita, Line::Dibao, line, true);
            if !passed {
                detail.push_str(&messages::income_flip(ctx.lang(), FlipOf::HouseholdTotal, total, line * members.len()));
            }
            if let Some(e) = exemption {
                detail.push_str(&messages::wage_exemption(ctx.lang(), e));
            }
            ex.check(&key, Some(passed), detail, citations);
            Some(total)
        }
    }
}

/// 《社会救助暂行办法》第九条、第十条 and 审核确认办法第十四条: household assets must meet the
/// local rule, which the province or city sets. No local figure is in the data, so the check
/// stays `null` and never blocks: "当地标准待核实，以入户核查为准".
/// Where a region publishes a financial-asset limit as months of the standard per person
/// (`financial_assets_months_per_capita`, e.g. "人均金融资产不超过 24 个月低保标准"), it is
/// tested; houses and vehicles are left to the home visit either way.
fn financial_assets(ctx: &Context, ex: &mut Explainer, standard: Option<&Resolved>) {
    let key = format!("{ID}.assets");
    let mut citations = vec![ctx.cite(INTERIM, "第九条、第十条"), ctx.cite(REVIEW, "第十四条")];
    let (Some(limit), Some(standard)) = (ctx.optional(ex, ID, "financial_assets_months_per_capita"), standard) else {
        let detail = messages::dibao_assets_unpublished(ctx.lang());
        ex.check(&key, None, detail, citations);
        return;
    };
    citations.push(ctx.cite_value(&limit));
    let Some(assets) = ctx.household.financial_assets else {
        ex.need("assets.financial".into());
        ex.check(&key, None, messages::assets_not_answered(ctx.lang()), citations);
        return;
    };
    let n = ctx.household.members.len();
    let line = standard.monthly().times(limit.decimal());
    let per_capita = assets.divided_by(n);
    let passed = per_capita <= line;
    let mut detail = messages::income_against_line(ctx.lang(), Measure::AssetsPerPerson, per_capita, Line::AssetLimit(limit.decimal()), line, true);
    if passed && per_capita == line {
        detail = messages::assets_at_limit(ctx.lang(), per_capita, line);
    }
    ex.check(&key, Some(passed), detail, citations);
}

/// Members eligible for 特困 are supported under 特困 (《社会救助暂行办法》第十四条、
/// 《特困人员认定办法》第二十七条 keeps the programs apart): they are not counted in 低保 for
/// the same need. Fails only when every member is 特困; open while a member's 特困 status
/// waits for an answer, since the 低保 amount depends on it. Returns the 特困 members' ids.
fn not_in_extreme_poverty(ctx: &Context, ex: &mut Explainer) -> Vec<String> {
    let Some(report) = ctx.report("extreme_poverty_support") else { return Vec::new() };
    if report.outcome == Outcome::NotCovered {
        // Without 特困 data nobody can be moved out; say so instead of refusing 低保.
        ex.check(format_args!("{ID}.not_with.extreme_poverty_support"), None, messages::extreme_poverty_unknown(ctx.lang()), [ctx.cite(INTERIM, "第十四条")]);
        return Vec::new();
    }
    let ids: Vec<String> = match report.outcome {
        Outcome::Eligible => report.members.iter().map(|m| m.member.clone()).collect(),
        _ => Vec::new(),
    };
    let pending: Vec<String> = ctx.household.members.iter().filter(|m| !ctx.pending("extreme_poverty_support", m).is_empty()).map(|m| m.id.clone()).collect();
    if ids.is_empty() && pending.is_empty() {
        return ids;
    }
    let members = &ctx.household.members;
    let names = |list: &[String]| -> Vec<String> { members.iter().filter(|m| list.contains(&m.id)).map(|m| ctx.who(m)).collect() };
    let citations = vec![ctx.cite(INTERIM, "第十四条"), ctx.cite("extreme-poverty-identification-measures", "第二十七条")];
    let key = format!("{ID}.not_with.extreme_poverty_support");
    if !pending.is_empty() {
        for m in members.iter().filter(|m| pending.contains(&m.id)) {
            let prefix = format!("members[{}].", m.index);
            report.missing.iter().filter(|p| p.starts_with(&prefix)).for_each(|p| ex.need(p.clone()));
        }
        ex.check(&key, None, messages::extreme_poverty_pending(ctx.lang(), &names(&pending)), citations);
    } else {
        let all = ids.len() == members.len();
        ex.check(&key, Some(!all), messages::extreme_poverty_members(ctx.lang(), &names(&ids), all), citations);
    }
    ids
}

/// 《社会救助暂行办法》第十二条: the gap between the standard and per-capita income, times the
/// members counted. Computed as (standard × n − total) × counted ÷ n, so no fen is lost to
/// an early rounding; only the shown figure is rounded.
fn gap_amount(ctx: &Context, ex: &mut Explainer, standard: &Resolved, total: Yuan, excluded: &[String]) -> Amounts {
    let members = &ctx.household.members;
    let n = members.len();
    let line = standard.monthly();
    let gap_per_person = (line * n - total).divided_by(n);
    let counted: Vec<&str> = members.iter().map(|m| m.id.as_str()).filter(|id| !excluded.iter().any(|e| e == id)).collect();
    let amount = (line * n - total).times(rust_decimal::Decimal::from(counted.len() as u64)).divided_by(n);
    let detail = messages::gap_amount(ctx.lang(), line, total.divided_by(n), counted.len(), amount);
    ex.check(format_args!("{ID}.amount"), Some(true), detail, [ctx.cite(INTERIM, "第十二条"), ctx.cite_value(standard)]);
    let topups = super::classified_topup::topups(ctx, ex, ID, standard, &counted);
    let topup = |id: &str| topups.iter().find(|(m, _)| m == id).map(|(_, a)| *a).unwrap_or(Yuan::ZERO);
    Amounts {
        total: Some(amount + topups.iter().map(|(_, a)| *a).sum()),
        members: counted.iter().map(|id| (id.to_string(), Some(gap_per_person + topup(id)))).collect(),
        ..Amounts::default()
    }
}
