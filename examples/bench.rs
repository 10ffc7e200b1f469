//! Benchmark: evaluates a few representative households many times and prints the time per
//! evaluation (parse + every program). A report, not a test: wall-clock times are not asserted.
use assistance_calculator::{date::Date, evaluate_json};
use std::time::Instant;

fn main() {
    let today = Date::parse("2025-07-01").unwrap();
    let households: Vec<serde_json::Value> = [
        r#"{ "region": "430602", "members": [ { "id": "a", "relation": "applicant", "birthDate": "1953-03-15", "incomes": [], "supporters": "none", "selfCare": "partial" } ] }"#,
        r#"{ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1985-06-01", "incomes": [ { "kind": "wage", "monthly": "1500" } ] },
            { "id": "b", "relation": "spouse", "birthDate": "1987-09-10", "incomes": [] },
            { "id": "c", "relation": "child", "birthDate": "2015-04-20", "incomes": [], "supporters": "capable" },
            { "id": "d", "relation": "parent", "birthDate": "1948-01-01", "incomes": [ { "kind": "pension", "monthly": "180" } ], "supporters": "incapable", "selfCare": "none" },
            { "id": "e", "relation": "parent", "birthDate": "1950-01-01", "incomes": [], "disability": { "category": "visual", "grade": 1 }, "supporters": "incapable", "selfCare": "full" } ] }"#,
    ]
    .iter()
    .map(|t| serde_json::from_str(t).unwrap())
    .collect();
    let rounds = 20_000;
    for (i, h) in households.iter().enumerate() {
        let start = Instant::now();
        let mut programs = 0;
        for _ in 0..rounds {
            programs += evaluate_json(h, today).map(|r| r.programs.len()).unwrap_or(0);
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        println!("household {} ({} members): {per:.1} µs per evaluation ({programs} program reports)", i + 1, h["members"].as_array().unwrap().len());
    }
}
