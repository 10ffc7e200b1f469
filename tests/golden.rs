//! Golden household cases (ARCHITECTURE.md, "Golden cases").
//!
//! Every `tests/golden/<program>/<region>/<yyyy-mm>_<who>-<situation>.toml` holds one
//! household in the contract's shape and the outcome, amount and checks worked out by hand
//! from the cited documents. This test evaluates each household and compares. Every
//! disagreement in every file is collected and printed with the file and the case's `name`,
//! then the test fails once.
//!
//! File shape (unknown keys anywhere outside `[household]` are refused):
//!
//! ```toml
//! name = "一人户月收入739.99元 … 符合低保，每月0.01元"   # the expectation as a sentence
//! program = "minimum_livelihood_guarantee"              # a frozen program id
//! sources = ["岳民发〔2025〕1号：城市低保标准 740 元/人·月"]
//! [household]                                           # CONTRACT.md input, money as strings
//! [expected]
//! outcome = "eligible"                                  # exact
//! monthly_amount = "0.01"                               # exact, or "absent"
//! missing = []                                          # optional; order-insensitive, exact
//! [expected.member_amounts]                             # optional; exact set, "absent" allowed
//! a = "0.01"
//! amount_is_minimum = true                              # optional; the program's `amountIsMinimum`
//! household_monthly_total = "920.00"                    # optional; report-level total, or "absent"
//! household_total_is_minimum = true                     # optional; report-level `householdTotalIsMinimum`
//! [[expected.checks]]                                   # each must match exactly one check
//! key = "minimum_livelihood_guarantee.income"
//! member = "a"                                          # optional; absent = a household-level check
//! passed = "true"                                       # "true" | "false" | "null"
//! detail_contains = "低于本地低保标准"                    # optional
//! ```
use assistance_calculator::{date::Date, evaluate_json};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Guards against a suite that silently finds nothing (a moved folder, a bad glob).
const MINIMUM_FILES: usize = 30;

/// The default determination date when a household gives none.
const TODAY: &str = "2025-07-01";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    program: String,
    sources: Vec<String>,
    household: toml::Value,
    expected: Expected,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    outcome: String,
    monthly_amount: String,
    #[serde(default)]
    checks: Vec<ExpectedCheck>,
    missing: Option<Vec<String>>,
    member_amounts: Option<BTreeMap<String, String>>,
    /// The program's `amountIsMinimum` (a report without the key means `false`).
    amount_is_minimum: Option<bool>,
    /// The report's `householdMonthlyTotal` across programs, or "absent".
    household_monthly_total: Option<String>,
    /// The report's `householdTotalIsMinimum` (a report without the key means `false`).
    household_total_is_minimum: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedCheck {
    key: String,
    member: Option<String>,
    passed: String,
    detail_contains: Option<String>,
}

#[test]
fn golden_cases_match_their_hand_worked_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files = Vec::new();
    collect_toml(&root, &mut files);
    files.sort();

    let mut failures: Vec<String> = Vec::new();
    if files.len() < MINIMUM_FILES {
        failures.push(format!("only {} golden files under {} (at least {MINIMUM_FILES} expected)", files.len(), root.display()));
    }
    for file in &files {
        let shown = file.strip_prefix(&root).unwrap_or(file).display().to_string();
        match run_case(&root, file) {
            Ok(()) => {}
            Err((name, problems)) => {
                for p in problems {
                    failures.push(format!("{shown} [{name}]: {p}"));
                }
            }
        }
    }
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("FAIL {f}");
        }
        panic!("{} golden failure(s) in {} file(s):\n{}", failures.len(), files.len(), failures.join("\n"));
    }
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, out);
        } else if path.extension().and_then(|e| e.to_str()) == Some("toml") {
            out.push(path);
        }
    }
}

/// Runs one file; on failure returns the case name (or "?") and every problem found.
fn run_case(root: &Path, file: &Path) -> Result<(), (String, Vec<String>)> {
    let text = std::fs::read_to_string(file).map_err(|e| ("?".to_string(), vec![format!("cannot read: {e}")]))?;
    let case: Case = toml::from_str(&text).map_err(|e| ("?".to_string(), vec![format!("not a valid golden file: {e}")]))?;
    let mut problems = Vec::new();

    if case.name.trim().is_empty() {
        problems.push("`name` must state the expectation".to_string());
    }
    if case.sources.is_empty() || case.sources.iter().any(|s| s.trim().is_empty()) {
        problems.push("`sources` must name the documents and figures used".to_string());
    }
    let raw = match to_json(&case.household, "household") {
        Ok(raw) => raw,
        Err(e) => return Err((case.name, vec![e])),
    };
    layout(root, file, &case, &raw, &mut problems);

    let report = match evaluate_json(&raw, Date::parse(TODAY).unwrap()) {
        Ok(report) => serde_json::to_value(&report).expect("report serialises"),
        Err(error) => {
            problems.push(format!("household refused as input: {}", error.to_json()));
            return Err((case.name, problems));
        }
    };
    compare(&case, &report, &mut problems);
    if problems.is_empty() { Ok(()) } else { Err((case.name, problems)) }
}

/// The path must say what the file holds: `<program>/<region>/<yyyy-mm>_…`.
fn layout(root: &Path, file: &Path, case: &Case, raw: &Value, problems: &mut Vec<String>) {
    let parts: Vec<String> = file.strip_prefix(root).unwrap_or(file).components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let [program_dir, region_dir, file_name] = parts.as_slice() else {
        problems.push("golden files live at <program>/<region>/<yyyy-mm>_<who>-<situation>.toml".to_string());
        return;
    };
    if *program_dir != case.program {
        problems.push(format!("folder `{program_dir}` but program = \"{}\"", case.program));
    }
    let region = raw.get("region").and_then(Value::as_str).unwrap_or("");
    if region_dir != region {
        problems.push(format!("folder `{region_dir}` but household.region = \"{region}\""));
    }
    let month = raw.get("date").and_then(Value::as_str).unwrap_or(TODAY).get(..7).unwrap_or("");
    if !file_name.starts_with(&format!("{month}_")) {
        problems.push(format!("file name should start with the determination month `{month}_`"));
    }
}

fn compare(case: &Case, report: &Value, problems: &mut Vec<String>) {
    let programs = report["programs"].as_array().cloned().unwrap_or_default();
    let entries: Vec<&Value> = programs.iter().filter(|p| p["program"] == case.program.as_str()).collect();
    let [entry] = entries.as_slice() else {
        problems.push(format!("report holds {} entries for program `{}` (one expected)", entries.len(), case.program));
        return;
    };
    let e = &case.expected;

    let outcome = entry["outcome"].as_str().unwrap_or("?");
    if outcome != e.outcome {
        problems.push(format!("outcome: expected {}, engine says {outcome}", e.outcome));
    }

    let amount = entry.get("monthlyAmount").and_then(Value::as_str).unwrap_or("absent");
    if amount != e.monthly_amount {
        problems.push(format!("monthly_amount: expected {}, engine says {amount}", e.monthly_amount));
    }

    if let Some(expected) = e.amount_is_minimum {
        let got = entry.get("amountIsMinimum").and_then(Value::as_bool).unwrap_or(false);
        if got != expected {
            problems.push(format!("amount_is_minimum: expected {expected}, engine says {got}"));
        }
    }

    if let Some(expected) = &e.household_monthly_total {
        let got = report.get("householdMonthlyTotal").and_then(Value::as_str).unwrap_or("absent");
        if got != expected {
            problems.push(format!("household_monthly_total: expected {expected}, engine says {got}"));
        }
    }

    if let Some(expected) = e.household_total_is_minimum {
        let got = report.get("householdTotalIsMinimum").and_then(Value::as_bool).unwrap_or(false);
        if got != expected {
            problems.push(format!("household_total_is_minimum: expected {expected}, engine says {got}"));
        }
    }

    if let Some(expected) = &e.missing {
        let mut want = expected.clone();
        want.sort();
        let mut got: Vec<String> = entry["missing"].as_array().into_iter().flatten().filter_map(|m| m.as_str().map(str::to_string)).collect();
        got.sort();
        if want != got {
            problems.push(format!("missing: expected {want:?}, engine says {got:?}"));
        }
    }

    if let Some(expected) = &e.member_amounts {
        let got: BTreeMap<String, String> = entry["members"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| {
                let id = m["member"].as_str().unwrap_or("?").to_string();
                let amount = m.get("monthlyAmount").and_then(Value::as_str).unwrap_or("absent").to_string();
                (id, amount)
            })
            .collect();
        if *expected != got {
            problems.push(format!("member_amounts: expected {expected:?}, engine says {got:?}"));
        }
    }

    let checks = entry["checks"].as_array().cloned().unwrap_or_default();
    for want in &e.checks {
        let label = match &want.member {
            Some(m) => format!("check {} (member {m})", want.key),
            None => format!("check {}", want.key),
        };
        let found: Vec<&Value> = checks
            .iter()
            .filter(|c| c["key"] == want.key.as_str() && c.get("member").and_then(Value::as_str) == want.member.as_deref())
            .collect();
        let [check] = found.as_slice() else {
            let present: Vec<String> = checks.iter().map(|c| format!("{}{}", c["key"].as_str().unwrap_or("?"), c.get("member").and_then(Value::as_str).map(|m| format!("@{m}")).unwrap_or_default())).collect();
            problems.push(format!("{label}: found {} (one expected); checks present: {present:?}", found.len()));
            continue;
        };
        let passed = match want.passed.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            other => {
                problems.push(format!("{label}: passed must be \"true\", \"false\" or \"null\", not {other:?}"));
                continue;
            }
        };
        let got = check.get("passed").cloned().unwrap_or(Value::Null);
        let detail = check["detail"].as_str().unwrap_or("");
        if got != passed {
            problems.push(format!("{label}: passed expected {}, engine says {got} ({detail})", want.passed));
        }
        if let Some(fragment) = &want.detail_contains {
            if !detail.contains(fragment.as_str()) {
                problems.push(format!("{label}: detail should contain {fragment:?}, engine says {detail:?}"));
            }
        }
    }
}

/// TOML → JSON for the household. Dates must be quoted strings in the contract, so a bare
/// TOML datetime is an authoring mistake and is refused rather than converted.
fn to_json(value: &toml::Value, path: &str) -> Result<Value, String> {
    Ok(match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map(Value::Number).ok_or_else(|| format!("{path}: {f} is not a JSON number"))?,
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => return Err(format!("{path}: write the date {d} as a quoted string \"YYYY-MM-DD\"")),
        toml::Value::Array(items) => Value::Array(items.iter().enumerate().map(|(i, v)| to_json(v, &format!("{path}[{i}]"))).collect::<Result<_, _>>()?),
        toml::Value::Table(table) => Value::Object(table.iter().map(|(k, v)| Ok((k.clone(), to_json(v, &format!("{path}.{k}"))?))).collect::<Result<_, String>>()?),
    })
}
