//! Which dates a region's data can evaluate each program on: a probe household (one adult,
//! urban and rural) is evaluated; a day counts when the program is not `not_covered` for
//! either. Used by `regions` (exact ranges) and the coverage test (every month start).
use crate::date::Date;
use crate::explain::Outcome;
use crate::policy::Pack;
use crate::region::RegionCode;
use serde::Serialize;

/// The first month the tables look at.
pub const FIRST_MONTH: Date = Date { year: 2013, month: 1, day: 1 };

/// Covered days, inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub from: String,
    /// The last covered day; `None`: still covered today.
    pub to: Option<String>,
}

/// A county code to probe with: the region itself, or a county under a covering level.
pub fn probe_code(code: &str) -> String {
    if code.ends_with("0000") {
        crate::region::children(Some(code)).first().and_then(|(city, _)| crate::region::children(Some(city)).first().map(|(c, _)| c.to_string())).unwrap_or_else(|| code.to_string())
    } else {
        code.to_string()
    }
}

/// Whether `program` evaluates (is not `not_covered`) for `code` on `date`.
pub fn evaluates(pack: &Pack, code: &str, program: &str, date: Date) -> bool {
    ["urban", "rural"].iter().any(|hukou| {
        let household = serde_json::json!({ "region": probe_code(code), "date": date.to_string(), "hukou": hukou,
            "members": [ { "id": "a", "relation": "applicant", "birthDate": "1980-01-01", "incomes": [] } ] });
        let Some(region) = RegionCode::parse(&probe_code(code)) else { return false };
        match crate::household::parse_household(&household, date) {
            Ok(h) if h.region == region => crate::programs::evaluate(&h, pack).programs.iter().any(|p| p.program == program && p.outcome != Outcome::NotCovered),
            _ => false,
        }
    })
}

/// Month-start dates from `FIRST_MONTH` to this month.
pub fn month_starts(until: Date) -> Vec<Date> {
    let mut months = Vec::new();
    let mut d = FIRST_MONTH;
    while d <= until {
        months.push(d);
        d = if d.month == 12 { Date { year: d.year + 1, month: 1, day: 1 } } else { Date { month: d.month + 1, ..d } };
    }
    months
}

/// The covered date ranges of `program` for `code`. Coverage can only change where some value
/// in the region's chain starts or ends, so only those days are evaluated.
pub fn ranges(pack: &Pack, code: &str, program: &str) -> Vec<Range> {
    let Some(region) = RegionCode::parse(&probe_code(code)) else { return Vec::new() };
    let mut days: Vec<Date> = region
        .chain()
        .iter()
        .filter_map(|c| pack.regions.get(c.as_str()))
        .flat_map(|r| r.programs.values())
        .flat_map(|p| &p.values)
        .flat_map(|v| [v.from_date(), v.to_date().map(next_day)])
        .flatten()
        .filter(|d| *d <= Date::today())
        .collect();
    crate::order::sort_by_key(&mut days, |d| *d);
    days.dedup();
    let mut ranges: Vec<Range> = Vec::new();
    let mut open: Option<Date> = None;
    for day in &days {
        match (evaluates(pack, code, program, *day), open) {
            (true, None) => open = Some(*day),
            (false, Some(from)) => {
                ranges.push(Range { from: from.to_string(), to: Some(previous_day(*day).to_string()) });
                open = None;
            }
            _ => {}
        }
    }
    if let Some(from) = open {
        ranges.push(Range { from: from.to_string(), to: None });
    }
    ranges
}

fn next_day(d: Date) -> Date {
    Date::from_unix_days(unix_days(d) + 1)
}

fn previous_day(d: Date) -> Date {
    Date::from_unix_days(unix_days(d) - 1)
}

/// Days since 1970-01-01 (inverse of `Date::from_unix_days`).
fn unix_days(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 { (i64::from(d.year) - 1, i64::from(d.month) + 9) } else { (i64::from(d.year), i64::from(d.month) - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::parse("2024-02-28").unwrap();
        assert_eq!(next_day(d).to_string(), "2024-02-29");
        assert_eq!(next_day(next_day(d)).to_string(), "2024-03-01");
        assert_eq!(previous_day(Date::parse("2025-01-01").unwrap()).to_string(), "2024-12-31");
    }
}
