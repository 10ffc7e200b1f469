//! Which months a region's data can evaluate each program in: a probe household (one adult,
//! urban and rural) is evaluated on the first day of each month; a month counts when the
//! program is not `not_covered` for either. Used by `regions` and the coverage test.
use crate::date::Date;
use crate::explain::Outcome;
use crate::policy::Pack;
use crate::region::RegionCode;
use serde::Serialize;

/// The first month the tables look at.
pub const FIRST_MONTH: Date = Date { year: 2013, month: 1, day: 1 };

/// Covered months as `YYYY-MM`, inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub from: String,
    /// The last covered month; `None`: still covered this month.
    pub to: Option<String>,
}

fn month(d: Date) -> String {
    format!("{:04}-{:02}", d.year, d.month)
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

/// The covered month ranges of `program` for `code`.
pub fn months(pack: &Pack, code: &str, program: &str) -> Vec<Range> {
    let months = month_starts(Date::today());
    let mut ranges: Vec<Range> = Vec::new();
    let mut open: Option<(Date, Date)> = None;
    for d in &months {
        match (evaluates(pack, code, program, *d), open) {
            (true, None) => open = Some((*d, *d)),
            (true, Some((from, _))) => open = Some((from, *d)),
            (false, Some((from, to))) => {
                ranges.push(Range { from: month(from), to: Some(month(to)) });
                open = None;
            }
            (false, None) => {}
        }
    }
    if let Some((from, _)) = open {
        ranges.push(Range { from: month(from), to: None });
    }
    ranges
}
