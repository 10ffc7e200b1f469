//! Inside each pickable region's declared coverage, every program it does not list as
//! uncovered evaluates (is not `not_covered`) in every month: no gap hides in the data.
use assistance_calculator::coverage::{evaluates, month_starts};
use assistance_calculator::{date::Date, policy::Pack, programs::PROGRAM_IDS};

#[test]
fn every_declared_month_resolves_for_every_covered_program() {
    let pack = Pack::embedded().expect("embedded pack");
    let mut gaps = Vec::new();
    let mut checked = 0;
    for region in pack.regions.values().map(|r| &r.region).filter(|r| r.selectable || r.covers_all_counties) {
        let from = region.covered_from.as_deref().and_then(Date::parse).unwrap_or_else(|| panic!("{} must declare covered_from", region.code));
        let to = region.covered_to.as_deref().and_then(Date::parse).map_or(Date::today(), |t| t.min(Date::today()));
        for (program, _) in PROGRAM_IDS.iter().filter(|(p, _)| !region.programs_not_covered.iter().any(|n| n == p)) {
            for month in month_starts(to).into_iter().filter(|m| *m >= from) {
                checked += 1;
                if !evaluates(pack, &region.code, program, month) {
                    gaps.push(format!("{} {program} {month}", region.code));
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} region-program-months checked");
    assert!(gaps.is_empty(), "not_covered inside declared coverage:\n{}", gaps.join("\n"));
}

#[test]
fn outside_declared_coverage_the_core_program_is_not_covered() {
    let pack = Pack::embedded().unwrap();
    // The day before 岳阳's 2025 standards: no older 岳阳楼区 standard is filed.
    assert!(!evaluates(pack, "430602", "minimum_livelihood_guarantee", Date::parse("2024-12-31").unwrap()));
    // 上海's 2025-07 amounts were not found; the 2024 ones are not carried forward.
    assert!(!evaluates(pack, "310000", "minimum_livelihood_guarantee", Date::parse("2025-07-01").unwrap()));
}
