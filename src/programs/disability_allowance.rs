//! What the two disability allowances share: the standard (a local figure, else the
//! provincial guidance floor shown as "不低于") and the 特困 exclusion, both from
//! 国发〔2015〕52号 and its provincial restatements.
use super::{per_member, Amounts, Context, NotCovered};
use crate::explain::{messages, Explainer, Outcome};
use crate::household::Member;
use crate::money::Yuan;
use crate::policy::Resolved;

/// Runs `conditions` for each certificate holder and, for those who qualify, the monthly
/// standard (a floor when only the provincial guidance is known). No holder: one failing
/// check `<program>.<no_holder_key>` citing `basis`.
pub fn assess_holders(ctx: &Context, ex: &mut Explainer, program: &str, no_holder_key: &str, basis: &Resolved, mut conditions: impl FnMut(&Member, &mut Explainer)) -> Result<Amounts, NotCovered> {
    let holders: Vec<&Member> = ctx.household.members.iter().filter(|m| m.disability.is_some()).collect();
    if holders.is_empty() {
        ex.check(format_args!("{program}.{no_holder_key}"), Some(false), messages::no_certificate(ctx.lang()), [ctx.cite_value(basis)]);
        return Ok(Amounts::default());
    }
    let mut at_least = false;
    let mut amounts = per_member(ex, holders, |member, mex| {
        conditions(member, mex);
        let amount = match mex.outcome() {
            Outcome::Eligible => standard(ctx, mex, program, member).map(|(a, floor)| {
                at_least |= floor;
                a
            }),
            _ => None,
        };
        Ok((member, amount))
    })?;
    amounts.at_least = at_least;
    Ok(amounts)
}

/// The monthly amount for one member: the local `standard`, or the provincial
/// `guidance_standard` as a minimum. Returns the amount and whether it is a minimum.
pub fn standard(ctx: &Context, ex: &mut Explainer, program: &str, member: &Member) -> Option<(Yuan, bool)> {
    let key = format!("{program}.amount");
    if let Some(local) = ctx.optional(ex, program, "standard") {
        let amount = local.monthly();
        ex.member_check(&member.id, &key, Some(true), messages::standard_amount(ctx.lang(), &ctx.who(member), &local.entry.name, amount), [ctx.cite_value(&local)]);
        return Some((amount, false));
    }
    let guidance = ctx.optional(ex, program, "guidance_standard")?;
    let amount = guidance.monthly();
    ex.member_check(&member.id, &key, None, messages::guidance_floor(ctx.lang(), &ctx.who(member), &guidance.entry.name, amount), [ctx.cite_value(&guidance)]);
    Some((amount, true))
}

/// 国发〔2015〕52号 as restated by the provinces: persons in 特困 support, and (for the living
/// allowance) children on the orphan allowance, get neither. Fails when `other` pays them.
/// While `other` still waits for answers about the member, this program's answer is open too.
pub fn not_paid_by(ctx: &Context, ex: &mut Explainer, program: &str, member: &Member, other: &str, source: &str) {
    let key = format!("{program}.not_with.{other}");
    let name = ctx.who(member);
    if ctx.paid_members(other).contains(&member.id.as_str()) {
        ex.member_check(&member.id, &key, Some(false), messages::excluded_by(ctx.lang(), &name, other), [ctx.cite(source, "")]);
        return;
    }
    let pending = ctx.pending(other, member);
    if !pending.is_empty() {
        pending.into_iter().for_each(|p| ex.need(p));
        ex.member_check(&member.id, &key, None, messages::exclusion_open(ctx.lang(), &name, other), [ctx.cite(source, "")]);
    }
}
