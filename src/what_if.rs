//! "What if": each program's monthly amount as the household's monthly income varies, so a
//! resident sees where each program stops (the cliffs). The household is evaluated as
//! entered except that its counted income is set to each level, all as the applicant's wage
//! (an approximation the chart states: who earns it can matter for per-person programs).
use crate::explain::Outcome;
use crate::household::{Household, Income, IncomeKind};
use crate::money::Yuan;
use crate::policy::Pack;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Series {
    pub program: &'static str,
    pub name_zh: &'static str,
    /// Monthly amount at each income level (0 where not eligible or the amount is unknown).
    pub amounts: Vec<Yuan>,
    /// The lowest income level at which it is no longer eligible, if it stops in range.
    pub stops_at: Option<Yuan>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    pub incomes: Vec<Yuan>,
    pub current: Yuan,
    pub series: Vec<Series>,
}

/// Evaluates `steps + 1` income levels from 0 to `top` (monthly, whole household).
pub fn what_if(household: &Household, pack: &Pack, top: Yuan, steps: usize, current: Yuan) -> WhatIf {
    let incomes: Vec<Yuan> = (0..=steps).map(|i| top.times(Decimal::from(i as u64)).divided_by(steps.max(1)).to_fen()).collect();
    let reports: Vec<_> = incomes
        .iter()
        .map(|level| {
            let mut h = household.clone();
            for (i, m) in h.members.iter_mut().enumerate() {
                m.incomes = Some(if i == 0 { vec![Income { kind: IncomeKind::Wage, monthly: *level }] } else { Vec::new() });
            }
            crate::programs::evaluate(&h, pack)
        })
        .collect();
    let series = crate::programs::PROGRAM_IDS
        .iter()
        .filter_map(|(id, name)| {
            let points: Vec<(bool, Yuan)> = reports
                .iter()
                .map(|r| r.programs.iter().find(|p| p.program == *id).map(|p| (p.outcome == Outcome::Eligible, p.monthly_amount.as_deref().and_then(Yuan::parse).unwrap_or(Yuan::ZERO))).unwrap_or((false, Yuan::ZERO)))
                .collect();
            let amounts: Vec<Yuan> = points.iter().map(|(_, a)| *a).collect();
            // Only programs that pay a monthly amount somewhere in range are drawn.
            if amounts.iter().all(|a| *a == Yuan::ZERO) {
                return None;
            }
            let first_paid = points.iter().position(|(e, a)| *e && *a > Yuan::ZERO)?;
            let stops_at = points.iter().skip(first_paid).position(|(e, _)| !*e).map(|i| incomes[first_paid + i]);
            Some(Series { program: id, name_zh: name, amounts, stops_at })
        })
        .collect();
    WhatIf { incomes, current, series }
}

/// A sensible top of the range: beyond the highest income line that applies (twice the 低保
/// standard per person, at least), so every cliff shows.
pub fn default_top(household: &Household, pack: &Pack) -> Option<Yuan> {
    let standard = match pack.lookup("minimum_livelihood_guarantee", "standard", &household.region, household.date, household.hukou.or(Some(crate::household::Hukou::Urban))) {
        crate::policy::Lookup::Found(v) => v.monthly(),
        _ => return None,
    };
    Some(standard.times(Decimal::from(2)) * household.members.len())
}
