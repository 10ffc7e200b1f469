//! 惠民殡葬 (basic funeral service fee waiver).
//!
//! Governing documents: 民政部关于全面推行惠民殡葬政策的指导意见 (2012); 湖南省民政厅 财政厅
//! 关于免除城乡困难群众基本殡葬服务费的通知 (from 2013-01-01: 低保、三无、五保 — now 特困);
//! 岳阳中心城区 rules as reposted (2023). The waiver applies when a member dies; the card says
//! what is waived, not a monthly sum.
use super::{Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer};

pub struct FuneralFeeWaiver;

const ID: &str = "funeral_fee_waiver";

impl Program for FuneralFeeWaiver {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let groups = ctx.required(ex, ID, "eligible_programs")?;
        ctx.require(&groups.list())?;
        let value = ctx.optional(ex, ID, "waived_value");
        in_named_group(ctx, ex, &groups, value.as_ref());
        Ok(Amounts { summary: Some(messages::summary_funeral(ctx.lang())), ..Amounts::default() })
    }
}

/// The household is in one of the groups the region names (data): open while those programs
/// wait for answers.
fn in_named_group(ctx: &Context, ex: &mut Explainer, groups: &crate::policy::Resolved, value: Option<&crate::policy::Resolved>) {
    let programs = groups.list();
    let (passed, hit) = ctx.in_any(ex, &programs);
    let detail = messages::funeral_group(ctx.lang(), hit, &programs, passed, value.map(|v| crate::money::Yuan(v.decimal())));
    let mut citations = vec![ctx.cite_value(groups)];
    citations.extend(value.map(|v| ctx.cite_value(v)));
    ex.check(format_args!("{ID}.group"), passed, detail, citations);
}
