//! Policy-data lint: every file under src/policy/data parses with unknown keys refused, dates
//! are real, sorted and non-overlapping, every value has a unit and a source that resolves,
//! and every citation the engine prints points at a document. The lint is also run on
//! deliberately broken packs, so it is known to catch what it claims to.
use assistance_calculator::policy::{CombinationsFile, Pack, ProgramFile, RegionFile, SourcesFile, Unit};
use assistance_calculator::{date::Date, evaluate_json, programs::PROGRAM_IDS};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

/// Lints a directory of `<region>/<file>.toml`; returns one message per problem.
fn lint(dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut sources_by_region: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut programs: Vec<(String, String, ProgramFile)> = Vec::new();
    let mut regions = Vec::new();
    let mut combinations = Vec::new();
    for region_dir in std::fs::read_dir(dir).unwrap().flatten().filter(|e| e.path().is_dir()) {
        let code = region_dir.file_name().to_string_lossy().into_owned();
        regions.push(code.clone());
        let mut has_region_file = false;
        for file in std::fs::read_dir(region_dir.path()).unwrap().flatten() {
            let path = file.path();
            let name = format!("{code}/{}", file.file_name().to_string_lossy());
            let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
            let text = std::fs::read_to_string(&path).unwrap();
            match stem.as_str() {
                "region" => match toml::from_str::<RegionFile>(&text) {
                    Ok(r) if r.code != code => problems.push(format!("{name}: code {} does not match its folder", r.code)),
                    Ok(_) => has_region_file = true,
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                "sources" => match toml::from_str::<SourcesFile>(&text) {
                    Ok(s) => {
                        for source in &s.source {
                            for (field, value) in [("url", &source.url), ("title", &source.title), ("issuer", &source.issuer)] {
                                if value.trim().is_empty() {
                                    problems.push(format!("{name}: source {} has no {field}", source.id));
                                }
                            }
                            if Date::parse(&source.retrieved).is_none() {
                                problems.push(format!("{name}: source {} retrieved \"{}\" is not YYYY-MM-DD", source.id, source.retrieved));
                            }
                            // A document's date may be known only to the year or month, or not at all.
                            if !source.date.is_empty() && !partial_date(&source.date) {
                                problems.push(format!("{name}: source {} date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", source.id, source.date));
                            }
                        }
                        sources_by_region.insert(code.clone(), s.source.into_iter().map(|s| s.id).collect());
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                "combinations" => match toml::from_str::<CombinationsFile>(&text) {
                    Ok(c) => combinations.extend(c.rule.into_iter().map(|r| (code.clone(), name.clone(), r))),
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
                _ => match toml::from_str::<ProgramFile>(&text) {
                    Ok(p) => programs.push((code.clone(), name, p)),
                    Err(e) => problems.push(format!("{name}: {e}")),
                },
            }
        }
        if !has_region_file {
            problems.push(format!("{code}: missing or invalid region.toml"));
        }
    }
    for (code, name, file) in &programs {
        if !PROGRAM_IDS.iter().any(|(id, _)| *id == file.program) || !name.ends_with(&format!("/{}.toml", file.program)) {
            problems.push(format!("{name}: program \"{}\" is not a contract id or does not match the file name", file.program));
        }
        if Date::parse(&file.last_verified).is_none() {
            problems.push(format!("{name}: last_verified \"{}\" is not YYYY-MM-DD", file.last_verified));
        }
        let chain = assistance_calculator::region::RegionCode::parse(code).map(|c| c.chain()).unwrap_or_default();
        let mut spans: BTreeMap<(String, Option<String>), Vec<(Date, Option<Date>)>> = BTreeMap::new();
        for v in &file.values {
            let at = format!("{name}: {}", v.parameter);
            if !chain.iter().any(|c| sources_by_region.get(c.as_str()).is_some_and(|ids| ids.contains(&v.source))) {
                problems.push(format!("{at}: source \"{}\" does not resolve", v.source));
            }
            let strings: Vec<&str> = v.value.as_array().map(|a| a.iter().filter_map(|x| x.as_str()).collect()).unwrap_or_default();
            let is_list = v.value.as_array().is_some_and(|a| !a.is_empty() && a.len() == strings.len());
            let shape_ok = match v.unit {
                Unit::IncomeKinds | Unit::DisabilityGrades => is_list,
                Unit::ProgramIds => is_list && strings.iter().all(|p| *p == "severe_disability" || PROGRAM_IDS.iter().any(|(id, _)| id == p)),
                Unit::AgeBands => is_list && strings.iter().all(|b| b.split_once(':').is_some_and(|(age, amount)| age.parse::<u32>().is_ok() && Decimal::from_str(amount.trim_start_matches(">=")).is_ok())),
                Unit::Ratio => v.value.as_str().and_then(|s| Decimal::from_str(s).ok()).is_some_and(|r| r > Decimal::ZERO && r <= Decimal::ONE),
                _ => v.value.as_str().is_some_and(|s| Decimal::from_str(s).is_ok()),
            };
            if !shape_ok {
                problems.push(format!("{at}: value {} does not fit unit {:?}", v.value, v.unit));
            }
            if let Some(h) = &v.hukou {
                if h != "urban" && h != "rural" {
                    problems.push(format!("{at}: hukou \"{h}\" must be urban or rural"));
                }
            }
            match (Date::parse(&v.from), v.to.as_deref().map(Date::parse)) {
                (None, _) | (_, Some(None)) => problems.push(format!("{at}: from/to must be YYYY-MM-DD")),
                (Some(from), to) => {
                    let to = to.flatten();
                    if to.is_some_and(|to| to < from) {
                        problems.push(format!("{at}: ends before it starts"));
                    }
                    spans.entry((v.parameter.clone(), v.hukou.clone())).or_default().push((from, to));
                }
            }
        }
        for ((parameter, _), list) in spans {
            if list.windows(2).any(|w| w[1].0 <= w[0].0) {
                problems.push(format!("{name}: {parameter}: values are not sorted by from"));
            }
            if list.windows(2).any(|w| w[0].1.is_none_or(|end| end >= w[1].0)) {
                problems.push(format!("{name}: {parameter}: dates overlap (end the earlier value explicitly)"));
            }
        }
    }
    for (code, name, rule) in &combinations {
        let chain = assistance_calculator::region::RegionCode::parse(code).map(|c| c.chain()).unwrap_or_default();
        if !chain.iter().any(|c| sources_by_region.get(c.as_str()).is_some_and(|ids| ids.contains(&rule.source))) {
            problems.push(format!("{name}: rule {}: source \"{}\" does not resolve", rule.id, rule.source));
        }
        for program in &rule.programs {
            if !PROGRAM_IDS.iter().any(|(id, _)| id == program) {
                problems.push(format!("{name}: rule {}: \"{program}\" is not a program id", rule.id));
            }
        }
    }
    problems.sort();
    problems
}

fn partial_date(text: &str) -> bool {
    match text.len() {
        4 => Date::parse(&format!("{text}-01-01")).is_some(),
        7 => Date::parse(&format!("{text}-01")).is_some(),
        _ => Date::parse(text).is_some(),
    }
}

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
