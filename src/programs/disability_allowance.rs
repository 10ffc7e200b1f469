//! What the two disability allowances share: the standard (a local figure, else the
//! provincial guidance floor shown as "不低于") and the 特困 exclusion, both from
//! 国发〔2015〕52号 and its provincial restatements.
use super::Context;
use crate::explain::{Citation, Explainer};
use crate::household::Member;
use crate::money::Yuan;

/// The monthly amount for one member: the local `standard`, or the provincial
/// `guidance_standard` as a minimum. Returns the amount and whether it is a minimum.
pub fn standard(ctx: &Context, ex: &mut Explainer, program: &str, member: &Member) -> Option<(Yuan, bool)> {
    let key = format!("{program}.amount");
    if let Some(local) = ctx.optional(ex, program, "standard") {
        let amount = local.monthly();
        ex.member_check(&member.id, &key, Some(true), super::messages::standard_amount(&super::who(member), &local.entry.name, amount), vec![Citation::of(&local)]);
        return Some((amount, false));
    }
    let guidance = ctx.optional(ex, program, "guidance_standard")?;
    let amount = guidance.monthly();
    ex.member_check(&member.id, &key, None, super::messages::guidance_floor(&super::who(member), &guidance.entry.name, amount), vec![Citation::of(&guidance)]);
    Some((amount, true))
}

/// 国发〔2015〕52号 as restated by the provinces: persons in 特困 support, and (for the living
/// allowance) children on the orphan allowance, get neither. Fails when `other` pays them.
/// While `other` still waits for answers about the member, this program's answer is open too.
pub fn not_paid_by(ctx: &Context, ex: &mut Explainer, program: &str, member: &Member, other: &str, source: &str) {
    let key = format!("{program}.not_with.{other}");
    let name = super::who(member);
    if ctx.paid_members(other).contains(&member.id.as_str()) {
        ex.member_check(&member.id, &key, Some(false), super::messages::excluded_by(&name, super::name_zh(other)), vec![ctx.cite(source, "")]);
        return;
    }
    let pending = ctx.pending(other, member);
    if !pending.is_empty() {
        pending.into_iter().for_each(|p| ex.need(p));
        ex.member_check(&member.id, &key, None, super::messages::exclusion_open(&name, super::name_zh(other)), vec![ctx.cite(source, "")]);
    }
}
