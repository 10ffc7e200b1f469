//! Provenance reaches the user: which level set each standard, how it was read, and a flag
//! once its verification is more than 12 months old at the determination date.
use assistance_calculator::{date::Date, evaluate_json, explain::Report};
use serde_json::json;

fn report(date: &str, hukou: &str) -> Report {
    let household = json!({ "region": "430602", "date": date, "hukou": hukou, "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1980-01-01", "incomes": [ { "kind": "wage", "monthly": "500" } ] } ] });
    evaluate_json(&household, Date::parse(date).unwrap()).unwrap()
}

fn standard<'r>(r: &'r Report, program: &str, parameter: &str) -> &'r assistance_calculator::explain::StandardUsed {
    let p = r.programs.iter().find(|p| p.program == program).unwrap();
    p.standards.iter().find(|s| s.parameter == parameter).unwrap()
}

#[test]
fn the_level_that_set_a_standard_is_named() {
    // 岳民发〔2025〕1号 sets the urban standard city-wide and the rural one for 市辖区; the data
    // files them at 430600 and 430602 respectively.
    let urban = report("2025-07-01", "urban");
    let s = standard(&urban, "minimum_livelihood_guarantee", "standard");
    assert_eq!((s.level.as_str(), s.level_note.as_str()), ("岳阳市", "本标准由岳阳市统一制定"));
    assert_eq!(&*s.citation.doc_number, "岳民发〔2025〕1号");
    assert_eq!(s.source_status, "verified-official");
    let rural = report("2025-07-01", "rural");
    assert_eq!(standard(&rural, "minimum_livelihood_guarantee", "standard").level_note, "本标准由岳阳楼区制定");
    let national = standard(&rural, "minimum_livelihood_guarantee", "counted_income_kinds");
    assert_eq!(national.level_note, "本规定全国统一");
}

#[test]
fn a_verification_older_than_twelve_months_is_flagged() {
    // The data was last verified on 2026-11-27: still fresh on 2027-11-27, stale a day later.
    let fresh = report("2027-11-27", "urban");
    assert!(!standard(&fresh, "minimum_livelihood_guarantee", "standard").stale);
    assert!(!fresh.notices.iter().any(|n| n.contains("超过12个月")));
    let stale = report("2027-11-28", "urban");
    assert!(standard(&stale, "minimum_livelihood_guarantee", "standard").stale);
    assert!(stale.notices.iter().any(|n| n.contains("城市最低生活保障标准") && n.contains("可能已调整")), "{:?}", stale.notices);
}

#[test]
fn a_standard_published_for_an_earlier_year_says_so() {
    let later = report("2026-03-01", "urban");
    assert!(later.notices.iter().any(|n| n.contains("2025 年公布") && n.contains("岳民发〔2025〕1号")), "{:?}", later.notices);
    let same_year = report("2025-03-01", "urban");
    assert!(!same_year.notices.iter().any(|n| n.contains("岳民发〔2025〕1号")), "{:?}", same_year.notices);
}
