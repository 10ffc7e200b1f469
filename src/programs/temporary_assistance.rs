//! 临时救助 (temporary assistance).
//!
//! Governing documents: 《社会救助暂行办法》第四十七条至第四十九条; 民发〔2018〕23号 第二部分第（一）
//! 项 (急难型 and 支出型); 湖南省政务服务网 办事指南 (支出型: 家庭人均可支配收入原则上低于当地上年
//! 度人均可支配收入; standards set by county governments). No 岳阳 amount rule was found, so
//! the amount is "金额由当地审核确定".
//!
//! Approximation, said in the detail: 支出型 hardship is taken as "after the essential
//! medical and education spending of the last 12 months, per-capita income is below the 低保
//! standard" — the national text says only that the spending exceeds what the family can bear.
use super::income::household_counted;
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::messages::{self, Line, Measure};
use crate::explain::{Explainer, Outcome};
use crate::household::Emergency;
use crate::money::Yuan;

pub struct TemporaryAssistance;

const ID: &str = "temporary_assistance";
const INTERIM: &str = "interim-measures-social-assistance";
const OPINION: &str = "temporary-assistance-opinion-2018";
const GUIDE: &str = "hunan-temporary-assistance-guide";

impl Program for TemporaryAssistance {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let kinds = ctx.required(ex, "minimum_livelihood_guarantee", "counted_income_kinds")?;
        let standard = ctx.standard(ex, "minimum_livelihood_guarantee", "standard")?;
        let mut emergency = ex.child();
        sudden_hardship(ctx, &mut emergency);
        let mut spending = ex.child();
        // The spending route is only asked about while the emergency route has not settled it.
        if emergency.outcome() != Outcome::Eligible {
            match &standard {
                Some(standard) => expense_hardship(ctx, &mut spending, standard, &kinds),
                // The 低保 standard waits for the 户籍 answer, and so does this route.
                None => spending.need("hukou".into()),
            }
        }
        let outcome = super::best_outcome(&[emergency.outcome(), spending.outcome()]);
        for route in [emergency, spending] {
            ex.checks.extend(route.checks);
            ex.standards.extend(route.standards);
            if outcome != Outcome::Eligible {
                route.missing.into_iter().for_each(|p| ex.need(p));
            }
        }
        Ok(Amounts { outcome: Some(outcome), summary: Some(messages::summary_temporary_assistance(ctx.lang())), ..Amounts::default() })
    }
}

/// 急难型 (《社会救助暂行办法》第四十七条; 民发〔2018〕23号 二（一）): fire, accident, disaster
/// or a member's sudden serious illness leaving the family in temporary serious hardship.
fn sudden_hardship(ctx: &Context, ex: &mut Explainer) {
    let passed = ctx.household.emergency.map(|e| e != Emergency::None);
    if passed.is_none() {
        ex.need("emergency".into());
    }
    ex.check(format_args!("{ID}.emergency"), passed, messages::emergency(ctx.lang(), ctx.household.emergency, passed), [ctx.cite(INTERIM, "第四十七条"), ctx.cite(OPINION, "二（一）")]);
}

/// 支出型 (民发〔2018〕23号 二（一）; 湖南办事指南): essential medical or education spending has
/// pushed the household into hardship, and per-capita disposable income is below the local
/// figure of the previous year (data; "待核实" where no year's figure is found).
fn expense_hardship(ctx: &Context, ex: &mut Explainer, standard: &crate::policy::Resolved, kinds: &crate::policy::Resolved) {
    let members = &ctx.household.members;
    let n = members.len();
    let Some(expenses) = ctx.household.expenses else {
        ex.need("expenses".into());
        ex.check(format_args!("{ID}.expenses"), None, messages::expenses_not_answered(ctx.lang()), [ctx.cite(OPINION, "二（一）")]);
        return;
    };
    let Ok((monthly, _)) = household_counted(ctx, ex, &kinds.list()) else {
        members.iter().filter(|m| m.incomes.is_none()).for_each(|m| ex.need(m.path("incomes")));
        return;
    };
    let yearly = monthly * 12;
    let spent = expenses.medical + expenses.education;
    let left_per_person_month = (yearly - spent).divided_by(n).divided_by(12);
    let line = standard.monthly();
    let hardship = spent > Yuan::ZERO && left_per_person_month < line;
    let detail = messages::expense_hardship(ctx.lang(), spent, left_per_person_month, line, hardship);
    ex.check(format_args!("{ID}.expenses"), Some(hardship), detail, [ctx.cite(OPINION, "二（一）"), ctx.cite_value(standard)]);

    let key = format!("{ID}.income_below_disposable");
    let per_person_year = yearly.divided_by(n);
    match ctx.optional(ex, ID, "prior_year_disposable_income") {
        Some(figure) => {
            let line = Yuan(figure.decimal());
            let detail = messages::income_against_line(ctx.lang(), Measure::HouseholdYearPerPerson, per_person_year, Line::Named(&figure.entry.name), line, true);
            ex.check(&key, Some(per_person_year < line), detail, [ctx.cite(GUIDE, ""), ctx.cite_value(&figure)]);
        }
        None => {
            ex.check(&key, None, messages::disposable_income_unpublished(ctx.lang()), [ctx.cite(GUIDE, "")]);
        }
    }
}
