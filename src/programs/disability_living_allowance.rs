//! 困难残疾人生活补贴 (living allowance for disabled people in hardship).
//!
//! Governing documents: 国发〔2015〕52号 (对象: 低保家庭中的残疾人, extendable locally);
//! 湘政发〔2015〕54号 (湖南: 持证残疾人, 家庭或本人为低保对象); non-combination rules as restated
//! by the provinces (not with 特困, not with the orphan allowance). Amount: local standard,
//! else the 湖南 provincial guidance standard as a floor.
use super::disability_allowance::{assess_holders, not_paid_by};
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer};
use crate::household::Member;

pub struct DisabilityLivingAllowance;

const ID: &str = "disability_living_allowance";
const RESTATEMENT: &str = "disability-allowances-combination-restatement";

impl Program for DisabilityLivingAllowance {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let households = ctx.required(ex, ID, "household_programs")?;
        ctx.require(&households.list())?;
        ctx.require(&["extreme_poverty_support", "orphan_basic_living"])?;
        assess_holders(ctx, ex, ID, "certificate", &households, |member, mex| {
            household_in_program(ctx, mex, member, &households);
            not_paid_by(ctx, mex, ID, member, "extreme_poverty_support", RESTATEMENT);
            not_paid_by(ctx, mex, ID, member, "orphan_basic_living", RESTATEMENT);
        })
    }
}

/// 国发〔2015〕52号 / 湘政发〔2015〕54号: the holder's household is in 低保 (or a wider group the
/// region adds, as data). Open while 低保 itself waits for answers.
fn household_in_program(ctx: &Context, ex: &mut Explainer, member: &Member, households: &crate::policy::Resolved) {
    let programs = households.list();
    let (passed, _) = ctx.in_any(ex, &programs);
    let detail = messages::household_in(ctx.lang(), &ctx.who(member), &programs, passed);
    ex.member_check(&member.id, format_args!("{ID}.household"), passed, detail, [ctx.cite_value(households)]);
}
