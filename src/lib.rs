//! # assistance-calculator — 社会救助政策测算
//!
//! Given a household (members, ages, disabilities, incomes, assets), say program by program
//! whether it likely qualifies for China's civil-affairs assistance, roughly how much it
//! would receive, and why, citing the document and article for each condition.
//!
//! ## Chapters
//! 1. [`household`]: raw JSON (CONTRACT.md) → validated [`household::Household`], every
//!    problem with its JSON path and a Chinese and English message.
//! 2. [`policy`]: dated, cited parameters from `src/policy/data`, looked up county → city →
//!    province → national; outside the data's dates a program is `not_covered`.
//! 3. [`programs`]: one module per program, conditions as small named functions.
//! 4. [`explain`]: checks, outcomes and the report (CONTRACT.md).
//! 5. [`batch`]: a caseworker's roster (CSV, one row per member) screened household by
//!    household, streaming, with problems reported by line and column.
//! 6. `api` and `ui` (wasm32 only): the JS exports and the Yew widget.
//!
//! The engine has no web dependency; the same code runs in the command line, the tests and
//! the browser.
pub mod batch;
pub mod coverage;
pub mod date;
pub mod explain;
pub mod i18n;
pub mod form;
pub mod household;
pub mod money;
pub mod order;
pub mod policy;
pub mod programs;
pub mod region;
pub mod what_if;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

use date::Date;
use explain::Report;
use household::{InputError, Problem};
use policy::Pack;

/// Validates raw household JSON and evaluates every program against the embedded data.
/// `today` is the determination date when the household gives none.
pub fn evaluate_json(raw: &serde_json::Value, today: Date) -> Result<Report, InputError> {
    let pack = Pack::active().map_err(pack_error)?;
    let household = household::parse_household(raw, today)?;
    Ok(programs::evaluate(&household, pack))
}

/// A broken embedded pack is a build defect, but it is still reported, never a panic.
fn pack_error(problems: &[policy::PackProblem]) -> InputError {
    InputError {
        kind: "policy_data_error",
        problems: problems
            .iter()
            .map(|p| Problem { path: p.file.clone(), message: format!("政策数据有误：{}", p.message), message_en: format!("policy data error: {}", p.message) })
            .collect(),
    }
}

/// What this build is: the widget's version, the policy data's version and the contract's
/// schema version (the JS API's `version()`, the CLI's `version`, the service worker's stamp).
pub fn version() -> serde_json::Value {
    let policy = Pack::active().map(|p| p.version()).unwrap_or_default();
    serde_json::json!({ "widget": env!("CARGO_PKG_VERSION"), "policyVersion": policy, "schemaVersion": 1 })
}

/// The regions residents can pick, with the declared coverage and, per program, the date
/// ranges in which it can be evaluated (worked out by evaluating a probe household).
pub fn regions() -> serde_json::Value {
    let Ok(pack) = Pack::active() else { return serde_json::json!({ "regions": [] }) };
    let regions: Vec<serde_json::Value> = pack
        .regions
        .values()
        .filter(|r| r.region.selectable || r.region.covers_all_counties)
        .map(|r| {
            let programs: Vec<serde_json::Value> = programs::PROGRAM_IDS
                .iter()
                .map(|(id, name)| serde_json::json!({ "program": id, "nameZh": name, "covered": coverage::ranges(pack, &r.region.code, id) }))
                .collect();
            serde_json::json!({
                "code": r.region.code, "name": r.region.name, "coversAllCounties": r.region.covers_all_counties,
                "coveredFrom": r.region.covered_from, "coveredTo": r.region.covered_to,
                "programsNotCovered": r.region.programs_not_covered, "programs": programs,
            })
        })
        .collect();
    serde_json::json!({ "regions": regions, "policyVersion": pack.version() })
}
