//! Benchmark: evaluates representative households of 1, 3, 5 and 8 members many times and
//! prints the time per evaluation (parse + every program, with its explanation). A report, not a
//! test: wall-clock times are not asserted. One line per household:
//! `native N members: X µs/household (P programs)`; scripts/bench.sh reads the 3-member line to
//! compare with OpenFisca (bench/openfisca_compare.py).

/// The command line's allocator, so the figures are the command line's.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use assistance_calculator::{date::Date, evaluate_json, explain::Outcome, household::parse_household, policy::Pack, programs::screen};
use std::time::Instant;

fn main() {
    let today = Date::parse("2025-07-01").unwrap();
    let households: Vec<serde_json::Value> = [
        // 1 member: an elderly person living alone (特困/低保/高龄 questions).
        r#"{ "region": "430602", "members": [ { "id": "a", "relation": "applicant", "birthDate": "1953-03-15", "incomes": [], "supporters": "none", "selfCare": "partial" } ] }"#,
        // 3 members: two adults with wages and one child: the point of comparison with
        // OpenFisca's country-template household (two salaried adults, one child).
        r#"{ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1985-06-01", "incomes": [ { "kind": "wage", "monthly": "1500" } ] },
            { "id": "b", "relation": "spouse", "birthDate": "1987-09-10", "incomes": [ { "kind": "wage", "monthly": "900" } ] },
            { "id": "c", "relation": "child", "birthDate": "2015-04-20", "incomes": [], "supporters": "capable" } ] }"#,
        // 5 members: a couple, a child and two dependent parents (one disabled).
        r#"{ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1985-06-01", "incomes": [ { "kind": "wage", "monthly": "1500" } ] },
            { "id": "b", "relation": "spouse", "birthDate": "1987-09-10", "incomes": [] },
            { "id": "c", "relation": "child", "birthDate": "2015-04-20", "incomes": [], "supporters": "capable" },
            { "id": "d", "relation": "parent", "birthDate": "1948-01-01", "incomes": [ { "kind": "pension", "monthly": "180" } ], "supporters": "incapable", "selfCare": "none" },
            { "id": "e", "relation": "parent", "birthDate": "1950-01-01", "incomes": [], "disability": { "category": "visual", "grade": 1 }, "supporters": "incapable", "selfCare": "full" } ] }"#,
        // 8 members: three generations, several incomes, a disabled child and a grandparent.
        r#"{ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1980-02-11", "incomes": [ { "kind": "wage", "monthly": "1800" }, { "kind": "agriculture", "monthly": "200" } ] },
            { "id": "b", "relation": "spouse", "birthDate": "1982-05-03", "incomes": [ { "kind": "business", "monthly": "400" } ] },
            { "id": "c", "relation": "child", "birthDate": "2008-09-01", "incomes": [], "supporters": "capable" },
            { "id": "d", "relation": "child", "birthDate": "2014-12-24", "incomes": [], "disability": { "category": "intellectual", "grade": 2 }, "supporters": "capable" },
            { "id": "e", "relation": "child", "birthDate": "2021-03-30", "incomes": [], "supporters": "capable" },
            { "id": "f", "relation": "parent", "birthDate": "1952-07-07", "incomes": [ { "kind": "pension", "monthly": "150" } ], "supporters": "incapable", "selfCare": "partial" },
            { "id": "g", "relation": "parent", "birthDate": "1955-10-10", "incomes": [ { "kind": "pension", "monthly": "150" } ], "disability": { "category": "physical", "grade": 3 }, "supporters": "incapable", "selfCare": "full" },
            { "id": "h", "relation": "grandparent", "birthDate": "1932-01-15", "incomes": [], "supporters": "incapable", "selfCare": "none" } ] }"#,
    ]
    .iter()
    .map(|t| serde_json::from_str(t).unwrap())
    .collect();
    let rounds = 20_000;
    for h in &households {
        // Every household must evaluate: a parse error would make the timing meaningless.
        let programs = evaluate_json(h, today).map(|r| r.programs.len()).expect("benchmark household evaluates");
        let start = Instant::now();
        let mut reports = 0;
        for _ in 0..rounds {
            reports += evaluate_json(h, today).map(|r| r.programs.len()).unwrap_or(0);
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        assert_eq!(reports, programs * rounds);
        let size = h["members"].as_array().unwrap().len();
        println!("native {size} member{}: {per:.1} µs/household ({programs} programs)", if size == 1 { "" } else { "s" });
    }
    // Batch screening's evaluation: the same households parsed once, then evaluated without
    // wording (outcomes, amounts, open questions), as `screen` does per household.
    let pack = Pack::active().expect("embedded pack");
    for h in &households {
        let household = parse_household(h, today).expect("benchmark household parses");
        let start = Instant::now();
        let mut eligible = 0;
        for _ in 0..rounds {
            eligible += screen(&household, pack).programs.iter().filter(|p| p.outcome == Outcome::Eligible).count();
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        assert!(eligible % rounds == 0);
        let size = household.members.len();
        println!("screening {size} member{}: {per:.1} µs/household (evaluation only, no wording)", if size == 1 { "" } else { "s" });
    }
}
