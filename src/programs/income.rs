//! Counting income the way the policy data says (which kinds count), shared by programs.
use crate::household::{Household, Member};
use crate::money::Yuan;

/// A member's monthly income of the counted kinds; `None` if incomes were not answered.
pub fn member_counted(member: &Member, counted_kinds: &[&str]) -> Option<Yuan> {
    let incomes = member.incomes.as_ref()?;
    Some(incomes.iter().filter(|i| counted_kinds.contains(&i.kind.json())).map(|i| i.monthly).sum())
}

/// The household's monthly counted income, or the members whose incomes are unanswered.
pub fn household_counted(household: &Household, counted_kinds: &[&str]) -> Result<Yuan, Vec<usize>> {
    let unanswered: Vec<usize> = household.members.iter().filter(|m| m.incomes.is_none()).map(|m| m.index).collect();
    if !unanswered.is_empty() {
        return Err(unanswered);
    }
    Ok(household.members.iter().filter_map(|m| member_counted(m, counted_kinds)).sum())
}
