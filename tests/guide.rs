//! The 办事指南: one consolidated list of materials for the eligible programs (each item once,
//! naming the members it concerns, with its citations), their steps, and where to apply.
use assistance_calculator::{date::Date, evaluate_json};
use serde_json::json;

#[test]
fn materials_are_listed_once_for_all_eligible_programs() {
    // An elderly parent who is 特困 (no income, no supporters) living with a son on 500 元:
    // 特困 for the parent, 低保 for the son.
    let household = json!({ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1985-01-01", "incomes": [ { "kind": "wage", "monthly": "500" } ] },
        { "id": "b", "relation": "parent", "birthDate": "1950-01-01", "incomes": [], "supporters": "none", "selfCare": "full", "disability": { "category": "visual", "grade": 1 } } ] });
    let report = evaluate_json(&household, Date::parse("2025-07-01").unwrap()).unwrap();
    let g = &report.guide;
    let names: Vec<&str> = g.materials.iter().map(|m| m.name.as_str()).collect();
    let mut unique = names.clone();
    unique.dedup();
    assert_eq!(names.len(), unique.len(), "each item once: {names:?}");
    let authorization = g.materials.iter().find(|m| m.name.starts_with("家庭经济状况核对授权书")).expect("the authorization");
    assert_eq!(authorization.members, ["申请人本人（a）", "父母（b）"]);
    assert!(authorization.programs.contains(&"最低生活保障".to_string()) && authorization.programs.contains(&"特困人员救助供养".to_string()));
    assert_eq!(authorization.citations.len(), 2);
    let certificate = g.materials.iter().find(|m| m.name.contains("残疾人证")).expect("the disability certificate");
    assert_eq!(certificate.members, ["父母（b）"]);
    assert!(g.procedures.iter().any(|p| p.steps.iter().any(|s| s.contains("公示 7 天"))));
    assert!(g.offices.iter().any(|o| o.text.contains("12345")));
}

#[test]
fn nothing_to_bring_when_nothing_is_likely() {
    let household = json!({ "region": "430602", "date": "2025-07-01", "emergency": "none", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1985-01-01", "incomes": [ { "kind": "wage", "monthly": "9000" } ], "seriousIllness": false } ],
        "expenses": { "medical": "0" } });
    let report = evaluate_json(&household, Date::parse("2025-07-01").unwrap()).unwrap();
    assert!(report.guide.materials.is_empty() && report.guide.offices.is_empty(), "{:?}", report.guide);
}
