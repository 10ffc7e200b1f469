//! 分类施保: a regional addition to 低保 for members in need of more (陕西: +30% of the
//! standard for people aged 70+ and minors, +50% for the severely disabled and seriously ill;
//! "同时符合多项条件的，按其中增发比例最高一项补助，不得叠加享受"). The groups and shares are data
//! (`minimum_livelihood_guarantee.classified_topups`); a region without them gets none.
//! National basis: 《社会救助暂行办法》第十二条第二款 asks localities to take measures for the
//! elderly, minors, the severely disabled and the seriously ill in 低保 families.
use super::Context;
use crate::explain::messages::{self, TopupGroup};
use crate::explain::{Explainer};
use crate::household::Member;
use crate::money::Yuan;
use crate::policy::Resolved;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Whether a group name in the data is one this module can test.
pub fn group_known(group: &str) -> bool {
    matches!(group, "severe_disability" | "serious_illness") || age_rule(group).is_some()
}

/// `age>=70` → (true, 70); `age<18` → (false, 18).
fn age_rule(group: &str) -> Option<(bool, i32)> {
    if let Some(n) = group.strip_prefix("age>=") {
        return n.parse().ok().map(|n| (true, n));
    }
    group.strip_prefix("age<").and_then(|n| n.parse().ok()).map(|n| (false, n))
}

/// The highest share that applies to `member`, with its group; `None` if none.
fn best_share(ctx: &Context, member: &Member, rules: &[&str], severe: Option<&Resolved>) -> Option<(Decimal, TopupGroup)> {
    let age = member.age_on(ctx.household.date);
    rules
        .iter()
        .filter_map(|rule| {
            let (group, share) = rule.rsplit_once(':')?;
            let share = Decimal::from_str(share).ok()?;
            let applies = match (group, age_rule(group)) {
                ("severe_disability", _) => member.disability.zip(severe).is_some_and(|(d, s)| super::disability_listed(d, &s.list())).then_some(TopupGroup::SevereDisability),
                ("serious_illness", _) => (member.serious_illness == Some(true)).then_some(TopupGroup::SeriousIllness),
                (_, Some((true, n))) => (age >= n).then_some(TopupGroup::AgeAtLeast(n)),
                (_, Some((false, n))) => (age < n).then_some(TopupGroup::AgeBelow(n)),
                _ => None,
            }?;
            Some((share, applies))
        })
        .max_by(|a, b| a.0.cmp(&b.0))
}

/// Adds each counted member's top-up (share × standard) and explains it. Asks whether a
/// member is seriously ill only where that would raise their share.
pub fn topups(ctx: &Context, ex: &mut Explainer, program: &str, standard: &Resolved, counted: &[&str]) -> Vec<(String, Yuan)> {
    let Some(rules) = ctx.optional(ex, program, "classified_topups") else { return Vec::new() };
    let severe = ctx.optional(ex, program, "severe_disabilities");
    let list = rules.list();
    let illness_share = list.iter().filter_map(|r| r.strip_prefix("serious_illness:")).filter_map(|s| Decimal::from_str(s).ok()).max();
    let line = standard.monthly();
    let mut added = Vec::new();
    for member in ctx.household.members.iter().filter(|m| counted.contains(&m.id.as_str())) {
        let best = best_share(ctx, member, &list, severe.as_ref());
        if member.serious_illness.is_none() && illness_share.is_some_and(|s| best.as_ref().is_none_or(|(b, _)| *b < s)) {
            ex.need_for_amount(member.path("seriousIllness"));
        }
        if let Some((share, group)) = best {
            let amount = line.times(share);
            added.push((member.id.clone(), amount));
            ex.member_check(&member.id, format_args!("{program}.classified_topup"), Some(true), messages::classified_topup(ctx.lang(), &ctx.who(member), group, share, amount), [ctx.cite_value(&rules)]);
        }
    }
    added
}
