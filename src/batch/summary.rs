//! One screening line per household, read off the engine's report: what is likely eligible
//! and for how much, the household total as the report gives it (the combination rules are
//! the engine's, never recomputed here), what is still to ask and where in the sheet.
use super::build::Built;
use super::problem::Label;
use crate::explain::{Outcome, Report};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub household_id: String,
    pub first_line: u32,
    pub region: String,
    pub region_name: String,
    pub date: String,
    pub members: usize,
    pub eligible: Vec<Eligible>,
    pub household_monthly_total: Option<String>,
    /// The total includes a published minimum (不低于), not the local figure.
    pub total_is_minimum: bool,
    pub needs_more_info: Vec<Open>,
    pub not_covered: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Eligible {
    pub program: &'static str,
    pub name_zh: &'static str,
    /// The English name, for the batch page's English view (JSON `name`).
    #[serde(rename = "name")]
    pub name_en: &'static str,
    pub monthly_amount: Option<String>,
    pub amount_is_minimum: bool,
}

/// A program waiting for answers: the report's paths, and where each is in the sheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Open {
    pub program: &'static str,
    pub name_zh: &'static str,
    #[serde(rename = "name")]
    pub name_en: &'static str,
    pub missing: Vec<String>,
    pub places: Vec<Place>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    pub line: u32,
    pub column: Option<Label>,
}

impl Summary {
    /// Takes the report by value: its strings move into the summary instead of being copied.
    pub fn of(household_id: &str, built: &Built, report: Report) -> Summary {
        let mut summary = Summary {
            household_id: household_id.to_string(),
            first_line: built.lines.first().copied().unwrap_or(0),
            members: built.household.members.len(),
            household_monthly_total: report.household_monthly_total,
            total_is_minimum: report.household_total_is_minimum,
            region: report.region,
            region_name: report.region_name,
            date: report.date,
            eligible: Vec::new(),
            needs_more_info: Vec::new(),
            not_covered: Vec::new(),
        };
        for program in report.programs {
            match program.outcome {
                Outcome::Eligible => summary.eligible.push(Eligible {
                    program: program.program,
                    name_zh: program.name_zh,
                    name_en: crate::programs::name_en(program.program),
                    monthly_amount: program.monthly_amount,
                    amount_is_minimum: program.amount_is_minimum,
                }),
                Outcome::NeedsMoreInfo => {
                    let places = program.missing.iter().map(|path| built.locate(path)).map(|(line, column)| Place { line, column }).collect();
                    summary.needs_more_info.push(Open { program: program.program, name_zh: program.name_zh, name_en: crate::programs::name_en(program.program), missing: program.missing, places });
                }
                Outcome::NotCovered => summary.not_covered.push(program.program),
                Outcome::Ineligible => {}
            }
        }
        summary
    }

    pub fn likely_eligible(&self) -> bool {
        !self.eligible.is_empty()
    }
}
