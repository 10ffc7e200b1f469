//! The household total when a choose-one pair (孤儿 or 特困, 《特困人员认定办法》第二十七条 via
//! `combinations.toml`) has one member's amount still unknown. Found by the property
//! `every_program_appears_once_and_no_amount_is_negative`: the total was −412.00.
//!
//! Worked by hand, 岳阳楼区 430602 on 2025-07-01: two orphaned babies (p0, p2; no parents, no
//! supporters) and a spouse aged 18 (p1) with no income. Both babies are 特困 and orphans, so
//! 低保 counts only p1: (740 × 3 − 0) × 1 ÷ 3 = 740.00. 特困 and 孤儿 each wait for p2's
//! answer (特困's care standard needs p2's 生活自理能力), so neither amount is known and both are
//! listed as left out of the total; the choose-one correction then has nothing to correct.
#![cfg(not(target_arch = "wasm32"))]
use assistance_calculator::{date::Date, evaluate_json};
use serde_json::json;

#[test]
fn a_choose_one_pair_left_out_of_the_total_takes_nothing_off_it() {
    let h = json!({ "date": "2025-07-01", "region": "430602", "members": [
        { "id": "p0", "relation": "applicant", "birthDate": "2025-03-01", "incomes": [], "parents": { "father": "deceased", "mother": "deceased" }, "supporters": "none", "selfCare": "full", "careSetting": "family" },
        { "id": "p1", "relation": "spouse", "birthDate": "2007-03-01", "incomes": [] },
        { "id": "p2", "relation": "child", "birthDate": "2025-03-01", "incomes": [], "parents": { "father": "deceased", "mother": "deceased" }, "supporters": "none" } ] });
    let report = evaluate_json(&h, Date::parse("2025-07-01").unwrap()).expect("valid household");
    assert_eq!(report.household_monthly_total.as_deref(), Some("740.00"));
    assert_eq!(report.household_total_excludes, ["extreme_poverty_support", "orphan_basic_living"]);
}
