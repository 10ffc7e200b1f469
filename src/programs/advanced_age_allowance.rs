//! 高龄津贴 (advanced-age allowance).
//!
//! Governing documents: 《中华人民共和国老年人权益保障法》第三十三条 encourages localities to set
//! one for people aged 80+; the age bands and amounts are local (data). 岳阳's bands come from
//! a repost, not an official page, and the report says so. The allowance is not counted as
//! 特困 income (《特困人员认定办法》第六条). Residence in the chosen region is taken as the
//! 户籍 condition, since the form asks for the 户籍地.
use super::{per_member, Amounts, Context, NotCovered, Program};
use crate::explain::{messages, Explainer};
use crate::household::Member;
use crate::money::Yuan;
use rust_decimal::Decimal;
use std::str::FromStr;

pub struct AdvancedAgeAllowance;

const ID: &str = "advanced_age_allowance";

/// One age band: from `min_age`, `amount` a month, which may be a floor (`>=`).
struct Band {
    min_age: i32,
    amount: Yuan,
    at_least: bool,
}

/// Reads `80:50` or `100:>=200`; entries that do not parse are skipped (the lint refuses them).
fn bands(entries: &[&str]) -> Vec<Band> {
    let mut bands: Vec<Band> = entries
        .iter()
        .filter_map(|e| {
            let (age, amount) = e.split_once(':')?;
            let (at_least, amount) = match amount.strip_prefix(">=") {
                Some(rest) => (true, rest),
                None => (false, amount),
            };
            Some(Band { min_age: age.parse().ok()?, amount: Yuan(Decimal::from_str(amount).ok()?), at_least })
        })
        .collect();
    crate::order::sort_by_key(&mut bands, |b| b.min_age);
    bands
}

impl Program for AdvancedAgeAllowance {
    fn id(&self) -> &'static str {
        ID
    }

    fn evaluate(&self, ctx: &Context, ex: &mut Explainer) -> Result<Amounts, NotCovered> {
        let table = ctx.required(ex, ID, "age_bands")?;
        let bands = bands(&table.list());
        let lowest = bands.first().map(|b| b.min_age).unwrap_or(i32::MAX);
        let date = ctx.household.date;
        let elderly: Vec<&Member> = ctx.household.members.iter().filter(|m| m.age_on(date) >= lowest).collect();
        if elderly.is_empty() {
            let oldest = ctx.household.members.iter().map(|m| m.age_on(date)).max().unwrap_or(0);
            ex.check(format_args!("{ID}.age"), Some(false), messages::too_young(ctx.lang(), oldest, lowest), [ctx.cite_value(&table)]);
            return Ok(Amounts::default());
        }
        let mut at_least = false;
        let mut amounts = per_member(ex, elderly, |member, mex| {
            let age = member.age_on(date);
            let band = bands.iter().rev().find(|b| age >= b.min_age);
            if let Some(band) = band {
                at_least |= band.at_least;
                let detail = messages::age_band(ctx.lang(), &ctx.who(member), age, band.min_age, band.amount, band.at_least);
                mex.member_check(&member.id, format_args!("{ID}.age"), Some(true), detail, [ctx.cite_value(&table), ctx.cite("extreme-poverty-identification-measures", "第六条")]);
            }
            Ok((member, band.map(|b| b.amount)))
        })?;
        amounts.at_least = at_least;
        Ok(amounts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_parse_floors_and_sort() {
        let b = bands(&["90:100", "80:50", "100:>=200", "bad"]);
        assert_eq!(b.iter().map(|b| b.min_age).collect::<Vec<_>>(), [80, 90, 100]);
        assert!(b[2].at_least && !b[0].at_least);
        assert_eq!(b[2].amount.to_string(), "200.00");
    }
}
