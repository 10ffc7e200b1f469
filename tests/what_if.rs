//! The "what if" series: 低保 falls as income rises and stops at the standard × members; the
//! cliffs are where programs stop.
use assistance_calculator::{date::Date, household::parse_household, policy::Pack, what_if::what_if, money::Yuan};
use serde_json::json;

#[test]
fn minimum_livelihood_stops_at_the_standard_times_members() {
    let raw = json!({ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1985-01-01", "incomes": [] },
        { "id": "b", "relation": "spouse", "birthDate": "1986-01-01", "incomes": [] } ] });
    let h = parse_household(&raw, Date::parse("2025-07-01").unwrap()).unwrap();
    // Levels 0, 370, 740, …, 2960 (step 370); 低保 line for two: 1480.
    let w = what_if(&h, Pack::embedded().unwrap(), Yuan::parse("2960").unwrap(), 8, Yuan::ZERO);
    let low = w.series.iter().find(|s| s.program == "minimum_livelihood_guarantee").unwrap();
    let shown: Vec<String> = low.amounts.iter().map(|a| a.to_string()).collect();
    // (740 × 2 − income): 1480, 1110, 740, 370, then 0 from 1480 on.
    assert_eq!(shown[..6], ["1480.00", "1110.00", "740.00", "370.00", "0.00", "0.00"]);
    assert_eq!(low.stops_at.map(|s| s.to_string()), Some("1480.00".to_string()));
    assert!(low.amounts.windows(2).all(|w| w[1] <= w[0]), "never rises with income");
}
