//! A host's own pack (built from TOML by `build-pack`) laid over the embedded data: a clean
//! pack adds its county; a broken one is refused with its problems and the embedded data
//! stays in use. One test, because the installed pack is process-wide.
use assistance_calculator::policy::{toml_dir::read_pack_dir, Pack};
use assistance_calculator::{date::Date, evaluate_json, explain::Outcome};
use serde_json::json;
use std::path::Path;

fn low_guarantee(region: &str) -> (Outcome, Option<String>) {
    let household = json!({ "region": region, "date": "2022-06-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1980-01-01", "incomes": [ { "kind": "wage", "monthly": "600" } ] } ] });
    let report = evaluate_json(&household, Date::parse("2022-06-01").unwrap()).unwrap();
    let p = report.programs.into_iter().next().unwrap();
    (p.outcome, p.monthly_amount)
}

#[test]
fn a_host_pack_adds_its_county_and_a_broken_one_is_refused() {
    // Before: 云溪区 is not in the embedded data.
    assert_eq!(low_guarantee("430603").0, Outcome::NotCovered);

    let mut broken = read_pack_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/county-pack"))).unwrap();
    broken["430603"]["minimum_livelihood_guarantee"]["value"][0]["source"] = json!("nowhere");
    let problems = Pack::install_host(&broken).unwrap_err();
    assert!(problems.iter().any(|p| p.message.contains("\"nowhere\" does not resolve")), "{problems:?}");
    assert_eq!(low_guarantee("430603").0, Outcome::NotCovered, "a refused pack changes nothing");

    let pack = read_pack_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/county-pack"))).unwrap();
    Pack::install_host(&pack).unwrap();
    // 644 − 600 = 44.00, from the county's own standard; 岳阳楼区 still uses the embedded data.
    assert_eq!(low_guarantee("430603"), (Outcome::Eligible, Some("44.00".into())));
    assert_eq!(low_guarantee("430602").0, Outcome::NotCovered, "岳阳楼区 has no 2022 data");
}
