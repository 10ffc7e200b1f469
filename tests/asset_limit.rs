//! A published financial-asset limit (months of the standard per person) is tested below, at
//! and above the line; without an answer the program asks for it. The limit comes from a
//! test-only pack (no region in the data has a verified asset limit).
use assistance_calculator::policy::{toml_dir::read_pack_dir, Pack};
use assistance_calculator::{date::Date, evaluate_json, explain::Outcome};
use serde_json::{json, Value};
use std::path::Path;

fn outcome(assets: Option<&str>) -> (Outcome, Option<bool>, Vec<String>) {
    let mut household = json!({ "region": "430603", "date": "2022-06-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1980-01-01", "incomes": [] },
        { "id": "b", "relation": "spouse", "birthDate": "1982-01-01", "incomes": [] } ] });
    if let Some(a) = assets {
        household["assets"] = json!({ "financial": a });
    }
    let report = evaluate_json(&household, Date::parse("2022-06-01").unwrap()).unwrap();
    let p = report.programs.into_iter().next().unwrap();
    let check = p.checks.iter().find(|c| c.key == "minimum_livelihood_guarantee.assets").unwrap().passed;
    (p.outcome, check, p.missing)
}

#[test]
fn the_asset_limit_is_tested_below_at_and_above() {
    let pack: Value = read_pack_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/asset-limit-pack"))).unwrap();
    Pack::install_host(&pack).unwrap();
    // Limit: 24 × 644 = 15456 元 per person; two people → 30912 元 in all.
    assert_eq!(outcome(Some("30911.98")), (Outcome::Eligible, Some(true), vec![]));
    assert_eq!(outcome(Some("30912")), (Outcome::Eligible, Some(true), vec![]));
    assert_eq!(outcome(Some("30912.02")), (Outcome::Ineligible, Some(false), vec![]));
    assert_eq!(outcome(None), (Outcome::NeedsMoreInfo, None, vec!["assets.financial".to_string()]));
}
