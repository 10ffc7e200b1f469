//! Counting income the way the policy data says (which kinds count, and any regional
//! exemption of wages), shared by programs.
use super::Context;
use crate::explain::Explainer;
use crate::household::{IncomeKind, Member};
use crate::money::Yuan;

/// A member's monthly income of the counted kinds; `None` if incomes were not answered.
pub fn member_counted(member: &Member, counted_kinds: &[&str]) -> Option<Yuan> {
    let incomes = member.incomes.as_ref()?;
    Some(incomes.iter().filter(|i| counted_kinds.contains(&i.kind.json())).map(|i| i.monthly).sum())
}

/// The household's monthly counted income for 低保-type tests, or the members whose incomes
/// are unanswered. Where the region exempts part of each working member's wage
/// (`minimum_livelihood_guarantee.wage_exemption_per_worker`, e.g. 上海 就业收入豁免), that
/// part is left out; the exemption used is returned for the explanation.
pub fn household_counted(ctx: &Context, ex: &mut Explainer, counted_kinds: &[&str]) -> Result<(Yuan, Option<Yuan>), Vec<usize>> {
    let members = &ctx.household.members;
    let unanswered: Vec<usize> = members.iter().filter(|m| m.incomes.is_none()).map(|m| m.index).collect();
    if !unanswered.is_empty() {
        return Err(unanswered);
    }
    let exemption = ctx.optional(ex, "minimum_livelihood_guarantee", "wage_exemption_per_worker").map(|e| e.monthly());
    let total = members
        .iter()
        .filter_map(|m| {
            let counted = member_counted(m, counted_kinds)?;
            let wages: Yuan = m.incomes.iter().flatten().filter(|i| i.kind == IncomeKind::Wage).map(|i| i.monthly).sum();
            let exempt = match exemption {
                Some(e) if counted_kinds.contains(&IncomeKind::Wage.json()) => wages.min(e),
                _ => Yuan::ZERO,
            };
            Some(counted - exempt)
        })
        .sum();
    Ok((total, exemption))
}
