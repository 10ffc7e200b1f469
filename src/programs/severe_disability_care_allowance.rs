//! 重度残疾人护理补贴 (care allowance for people with severe disabilities).
//!
//! Governing documents: 国发〔2015〕52号 (残疾等级一、二级且需要长期照护, extendable to
//! non-severe intellectual and mental disabilities locally; 湖南's baseline is grades 1–2);
//! provincial restatements of its non-combination rules: not for persons in 特困 (their care
//! is the 特困 照料护理标准) nor for those receiving 工伤保险生活护理费. No income test.
use super::disability_allowance::{assess_holders, not_paid_by};
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer, Outcome};
use crate::household::{Level, Member};

pub struct SevereDisabilityCareAllowance;

const ID: &str = "severe_disability_care_allowance";
const RESTATEMENT: &str = "disability-allowances-combination-restatement";

impl Program for SevereDisabilityCareAllowance {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let qualifying = ctx.required(ex, ID, "qualifying_disabilities")?;
        ctx.require(&["extreme_poverty_support"])?;
        assess_holders(ctx, ex, ID, "grade", &qualifying, |member, mex| {
            severe_grade(ctx, mex, member, &qualifying);
            if mex.outcome() != Outcome::Ineligible {
                not_paid_by(ctx, mex, ID, member, "extreme_poverty_support", RESTATEMENT);
                no_work_injury_care(ctx, mex, member);
                long_term_care(ctx, mex, member);
            }
        })
    }
}

/// 国发〔2015〕52号: 残疾等级被评定为一级、二级 (the list is data, so a region's extension to
/// grade 3–4 intellectual or mental disability is a data change).
fn severe_grade(ctx: &Context, ex: &mut Explainer, member: &Member, qualifying: &crate::policy::Resolved) {
    let Some(d) = member.disability else { return };
    let passed = super::disability_listed(d, &qualifying.list());
    let detail = messages::grade(ctx.lang(), &ctx.who(member), d, passed);
    ex.member_check(&member.id, format_args!("{ID}.grade"), Some(passed), detail, [ctx.cite_value(qualifying)]);
}

/// Restated 52号 rule: those receiving 工伤保险生活护理费 do not also get this allowance.
fn no_work_injury_care(ctx: &Context, ex: &mut Explainer, member: &Member) {
    let passed = member.work_injury_care.map(|w| !w);
    if passed.is_none() {
        ex.need(member.path("workInjuryCare"));
    }
    let detail = messages::work_injury(ctx.lang(), &ctx.who(member), passed);
    ex.member_check(&member.id, format_args!("{ID}.not_with.work_injury_care"), passed, detail, [ctx.cite(RESTATEMENT, "")]);
}

/// 52号 "需要长期照护": taken from the self-care answer where given; otherwise the assessment
/// decides, so the check is shown open without blocking.
fn long_term_care(ctx: &Context, ex: &mut Explainer, member: &Member) {
    let passed = match member.self_care {
        Some(Level::Partial | Level::None) => Some(true),
        _ => None,
    };
    let detail = messages::long_term_care(ctx.lang(), &ctx.who(member), passed);
    ex.member_check(&member.id, format_args!("{ID}.long_term_care"), passed, detail, [ctx.cite("disability-allowances-opinion-2015", "")]);
}
