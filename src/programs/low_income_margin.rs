//! 低保边缘家庭 (low-income margin households).
//!
//! Governing documents: 《最低生活保障审核确认办法》（民发〔2021〕57号）第八条末款;
//! 国办发〔2023〕39号 第二部分. A household that does not meet the 低保 income condition but
//! whose per-capita income is below a multiple (1.5 nationally; data) of the 低保 standard.
//! There is no national monthly cash: the household gets 分类帮扶 (医疗救助, 临时救助 …).
use super::income::household_counted;
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::messages::{self, FlipOf, Line, Measure};
use crate::explain::{Explainer};
use crate::money::Yuan;

pub struct LowIncomeMargin;

const ID: &str = "low_income_margin";
const REVIEW: &str = "minimum-livelihood-review-measures";

impl Program for LowIncomeMargin {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let kinds = ctx.required(ex, "minimum_livelihood_guarantee", "counted_income_kinds")?;
        let multiple = ctx.required(ex, ID, "income_multiple")?;
        let Some(standard) = ctx.standard(ex, "minimum_livelihood_guarantee", "standard")? else {
            return Ok(Amounts::default());
        };
        let line = standard.monthly();
        let margin_line = line.times(multiple.decimal());
        let members = &ctx.household.members;
        let n = members.len();
        match household_counted(ctx, ex, &kinds.list()) {
            Err(unanswered) => {
                let names: Vec<String> = unanswered.iter().map(|&i| ctx.who(&members[i])).collect();
                unanswered.iter().for_each(|&i| ex.need(members[i].path("incomes")));
                ex.check(format_args!("{ID}.income"), None, messages::income_not_answered(ctx.lang(), &names), [ctx.cite(REVIEW, "第八条")]);
            }
            Ok((total, _)) => {
                let per_capita = total.divided_by(n);
                not_minimum_livelihood(ctx, ex, per_capita, total, line * n, &standard);
                below_margin_line(ctx, ex, per_capita, total, margin_line * n, margin_line, &multiple);
            }
        }
        ex.check(format_args!("{ID}.assets"), None, messages::margin_assets_unpublished(ctx.lang()), [ctx.cite(REVIEW, "第八条")]);
        Ok(Amounts { summary: Some(messages::summary_margin_eligible(ctx.lang())), ..Amounts::default() })
    }
}

/// 第八条末款 "不符合最低生活保障条件": per-capita income not below the 低保 standard (a
/// household below it should apply for 低保 instead).
fn not_minimum_livelihood(ctx: &Context, ex: &mut Explainer, per_capita: Yuan, total: Yuan, line_total: Yuan, standard: &crate::policy::Resolved) {
    let detail = messages::income_against_line(ctx.lang(), Measure::HouseholdPerPerson, per_capita, Line::Dibao, standard.monthly(), false);
    ex.check(format_args!("{ID}.not_minimum_livelihood"), Some(total >= line_total), detail, [ctx.cite(REVIEW, "第八条"), ctx.cite_value(standard)]);
}

/// 第八条末款: per-capita income below the multiple of the 低保 standard.
fn below_margin_line(ctx: &Context, ex: &mut Explainer, per_capita: Yuan, total: Yuan, margin_total: Yuan, margin_line: Yuan, multiple: &crate::policy::Resolved) {
    let mut detail = messages::income_against_line(ctx.lang(), Measure::HouseholdPerPerson, per_capita, Line::MarginLine(multiple.decimal()), margin_line, true);
    if total >= margin_total {
        detail.push_str(&messages::income_flip(ctx.lang(), FlipOf::HouseholdTotal, total, margin_total));
    }
    ex.check(format_args!("{ID}.income"), Some(total < margin_total), detail, [ctx.cite_value(multiple), ctx.cite("low-income-monitoring-opinion", "二")]);
}
