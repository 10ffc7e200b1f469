//! Policy-data lint: every file under src/policy/data parses with unknown keys refused, dates
//! are real, sorted and non-overlapping, every value has a unit and a source that resolves,
//! and every citation the engine prints points at a document. The lint is also run on
//! deliberately broken packs, so it is known to catch what it claims to.
use assistance_calculator::policy::{lint::check as lint, Pack};
use assistance_calculator::{date::Date, evaluate_json};
use std::path::Path;

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/policy/data"))
}

#[test]
fn the_shipped_policy_data_is_clean() {
    assert_eq!(lint(data_dir()), Vec::<String>::new());
}

#[test]
fn the_embedded_pack_loads() {
    let pack = Pack::embedded().expect("embedded pack");
    assert!(pack.regions.contains_key("430602"));
    assert!(pack.regions.contains_key("000000"));
}

/// Copies the shipped data into a temporary folder, applies `edit`, and lints it.
fn lint_edited(label: &str, edit: impl FnOnce(&Path)) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("policy-lint-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for region in std::fs::read_dir(data_dir()).unwrap().flatten() {
        let to = dir.join(region.file_name());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(region.path()).unwrap().flatten() {
            std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
        }
    }
    edit(&dir);
    let problems = lint(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    problems
}

fn rewrite(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_unknown_key_is_refused() {
    let problems = lint_edited("unknown-key", |d| rewrite(&d.join("430602/extreme_poverty_support.toml"), "unit = ", "colour = \"red\"\nunit = "));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("unknown field `colour`"), "{problems:?}");
}

#[test]
fn overlapping_dates_are_refused() {
    let problems = lint_edited("overlap", |d| {
        let path = d.join("430602/minimum_livelihood_guarantee.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let second = text[text.find("[[value]]").unwrap()..].replace("2025-01-01", "2025-06-01");
        std::fs::write(&path, format!("{text}\n{second}")).unwrap();
    });
    assert!(problems.iter().any(|p| p.contains("dates overlap")), "{problems:?}");
}

#[test]
fn a_source_that_does_not_resolve_is_refused() {
    let problems = lint_edited("source", |d| rewrite(&d.join("430602/extreme_poverty_support.toml"), "source = \"yueyang-2025-assistance-standards\"", "source = \"nowhere\""));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("\"nowhere\" does not resolve"));
}

#[test]
fn a_value_without_a_unit_or_source_is_refused() {
    let problems = lint_edited("no-unit", |d| rewrite(&d.join("430600/minimum_livelihood_guarantee.toml"), "unit = \"yuan_per_person_month\"\n", ""));
    assert!(problems.iter().any(|p| p.contains("missing field `unit`")), "{problems:?}");
    let problems = lint_edited("bad-value", |d| rewrite(&d.join("430600/minimum_livelihood_guarantee.toml"), "value = \"740\"", "value = \"七百四\""));
    assert!(problems.iter().any(|p| p.contains("does not fit unit")), "{problems:?}");
}

#[test]
fn a_region_inheriting_nothing_is_refused() {
    let problems = lint_edited("orphan-region", |d| {
        std::fs::create_dir_all(d.join("990101")).unwrap();
        std::fs::write(d.join("990101/region.toml"), "code = \"990101\"\nname = \"测试\"\nshort_name = \"测试\"\nlevel = \"county\"\n").unwrap();
    });
    // A county whose province (990000) is nowhere in the data inherits no provincial rule.
    assert_eq!(problems, ["990101: inherits nothing: its province 990000 is not in the data"]);
}

#[test]
fn every_citation_in_a_report_points_at_a_document() {
    let household = serde_json::json!({ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1950-01-01", "incomes": [], "supporters": "none", "selfCare": "full" },
        { "id": "b", "relation": "child", "birthDate": "1990-01-01", "incomes": [ { "kind": "wage", "monthly": "900" } ], "laborCapacity": "full" } ] });
    let report = evaluate_json(&household, Date::parse("2025-07-01").unwrap()).unwrap();
    let citations: Vec<_> = report.programs.iter().flat_map(|p| &p.checks).flat_map(|c| &c.citations).collect();
    assert!(citations.len() > 10);
    for c in citations {
        assert!(!c.url.is_empty() && c.title.chars().any(|ch| !ch.is_ascii()), "citation without a document: {c:?}");
    }
}
