//! Reports in 简体, 繁體 and English (the contract's optional `language`, issue 6).
//!
//! - English reports word every check, summary, notice, member name, combination and the
//!   code-made parts of standards and the 办事指南 in English; only names taken from the
//!   policy data (standard names, document titles and numbers, articles, issuers, region
//!   names, 办事指南 materials, steps and offices) stay Chinese, as shown at the counter.
//! - The language changes words only: outcomes, amounts, check keys, `passed`, missing paths,
//!   citations' URLs and combination rules are the same in all three, for every golden case.
//! - 繁體 converts the 简体 text; 简体 stays as it was.
//! - An unknown language is an input problem at `language`.
use assistance_calculator::{date::Date, evaluate_json};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const TODAY: &str = "2025-07-01";

fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every golden file, sorted.
fn golden_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read tests/golden").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().and_then(|e| e.to_str()) == Some("toml") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&golden_root(), &mut files);
    files.sort();
    assert!(files.len() >= 300, "expected the golden cases, found {}", files.len());
    files
}

/// The `[household]` of a golden file as contract JSON.
fn golden_household(file: &Path) -> Value {
    let text = std::fs::read_to_string(file).expect("read golden file");
    let case: toml::Table = toml::from_str(&text).expect("golden file is TOML");
    serde_json::to_value(&case["household"]).expect("household as JSON")
}

fn golden(relative: &str) -> Value {
    golden_household(&golden_root().join(relative))
}

/// The household with `language` set (or left out for `None`), evaluated to report JSON.
fn report(household: &Value, language: Option<&str>) -> Value {
    let mut household = household.clone();
    if let Some(lang) = language {
        household["language"] = json!(lang);
    }
    let report = evaluate_json(&household, Date::parse(TODAY).unwrap()).unwrap_or_else(|e| panic!("refused: {}", e.to_json()));
    serde_json::to_value(&report).unwrap()
}

fn program<'r>(report: &'r Value, id: &str) -> &'r Value {
    report["programs"].as_array().unwrap().iter().find(|p| p["program"] == id).unwrap_or_else(|| panic!("no program {id}"))
}

/// The detail of the one check with `key` (and `member`, if given).
fn detail<'r>(report: &'r Value, id: &str, key: &str, member: Option<&str>) -> &'r str {
    let checks: Vec<&Value> = program(report, id)["checks"].as_array().unwrap().iter().filter(|c| c["key"] == key && c.get("member").and_then(Value::as_str) == member).collect();
    assert_eq!(checks.len(), 1, "one check {key} for {member:?} in {id}: {:#}", program(report, id)["checks"]);
    checks[0]["detail"].as_str().unwrap()
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'))
}

// ---- English wording ------------------------------------------------------------------

#[test]
fn english_minimum_livelihood_income_that_passes() {
    let r = report(&golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-739.99.toml"), Some("en"));
    let p = program(&r, "minimum_livelihood_guarantee");
    assert_eq!(p["outcome"], "eligible");
    assert_eq!(p["name"], "Minimum livelihood guarantee (dibao)");
    assert_eq!(p["nameZh"], "最低生活保障");
    assert_eq!(
        detail(&r, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.income", None),
        "Household income per person 739.99 yuan a month is 0.01 yuan below the local dibao line (740.00 yuan); this condition is met."
    );
    assert_eq!(
        detail(&r, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.amount", None),
        "(dibao line 740.00 yuan − household income per person 739.99 yuan) × 1 person = about 0.01 yuan a month"
    );
    assert_eq!(p["summary"], "May qualify: about 0.01 yuan a month");
    assert_eq!(p["members"][0]["name"], "Applicant (a)");
}

#[test]
fn english_minimum_livelihood_income_that_fails_says_by_how_much() {
    // 812.50 is 72.50 above 740; 72.51 less would bring it below.
    let mut household = golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-740.01.toml");
    household["members"][0]["incomes"] = json!([{ "kind": "wage", "monthly": "812.50" }]);
    let r = report(&household, Some("en"));
    let expected = "Household income per person 812.50 yuan a month is 72.50 yuan above the local dibao line (740.00 yuan); it must be below the line to qualify. 72.51 yuan less household income a month would bring it below.";
    assert_eq!(detail(&r, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.income", None), expected);
    // The summary of an ineligible program is its first failing condition.
    assert_eq!(program(&r, "minimum_livelihood_guarantee")["summary"], expected);
    assert_eq!(program(&r, "minimum_livelihood_guarantee")["outcome"], "ineligible");
}

#[test]
fn english_extreme_poverty_without_a_candidate() {
    let r = report(&golden("extreme_poverty_support/430602/2025-07_single-age-59.toml"), Some("en"));
    assert_eq!(
        detail(&r, "extreme_poverty_support", "extreme_poverty_support.category", None),
        "No one in the household is 60 or older, under 18, or has a qualifying disability, so no one can be considered for extreme poverty support."
    );
    assert_eq!(program(&r, "extreme_poverty_support")["name"], "Extreme poverty support");
}

#[test]
fn english_advanced_age_band_and_the_standard_behind_it() {
    let r = report(&golden("advanced_age_allowance/430602/2025-07_elderly-85.toml"), Some("en"));
    assert_eq!(
        detail(&r, "advanced_age_allowance", "advanced_age_allowance.age", Some("a")),
        "Applicant (a): aged 85, in the band from age 80: 50.00 yuan a month (not counted as income for extreme poverty support)"
    );
    let p = program(&r, "advanced_age_allowance");
    assert_eq!(p["summary"], "May qualify: about 50.00 yuan a month");
    let bands = p["standards"].as_array().unwrap().iter().find(|s| s["parameter"] == "age_bands").expect("the age bands used");
    assert_eq!(bands["value"], "from age 80: 50 yuan; from age 90: 100 yuan; from age 100: at least 200 yuan");
    assert_eq!(bands["unit"], "");
    assert_eq!(bands["levelNote"], "Set by 岳阳市 for its whole area");
}

#[test]
fn english_member_names_combinations_and_guide() {
    // A parent who is 特困 living with a son on 500 元: 特困 for the parent, 低保 for the son.
    let household = json!({ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1985-01-01", "incomes": [ { "kind": "wage", "monthly": "500" } ] },
        { "id": "b", "relation": "parent", "birthDate": "1950-01-01", "incomes": [], "supporters": "none", "selfCare": "full" } ] });
    let r = report(&household, Some("en"));
    let poverty = program(&r, "extreme_poverty_support");
    assert_eq!(poverty["members"][0]["name"], "Parent (b)");
    assert_eq!(detail(&r, "extreme_poverty_support", "extreme_poverty_support.category", Some("b")), "Parent (b): aged 60 or older (now 75)");
    assert_eq!(
        detail(&r, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.not_with.extreme_poverty_support", None),
        "Supported under extreme poverty support: Parent (b); their share is left out of the dibao payment, and the other members are counted for dibao"
    );
    let rule = r["combinations"].as_array().unwrap().iter().find(|c| c["rule"] == "extreme_poverty_replaces_minimum_livelihood").expect("the exclusion rule");
    assert_eq!(rule["detail"], "Not both: a person who receives Extreme poverty support does not also receive Minimum livelihood guarantee (dibao).");
    let authorization = r["guide"]["materials"].as_array().unwrap().iter().find(|m| m["name"].as_str().unwrap().starts_with("家庭经济状况核对授权书")).expect("the authorization, named as in the data");
    assert_eq!(authorization["members"], json!(["Applicant (a)", "Parent (b)"]));
    assert!(authorization["programs"].as_array().unwrap().contains(&json!("Extreme poverty support")));
}

#[test]
fn english_notice_for_a_standard_of_an_earlier_year() {
    let mut household = golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-739.99.toml");
    household["date"] = json!("2026-03-01");
    let r = report(&household, Some("en"));
    let notices: Vec<&str> = r["notices"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(
        notices.contains(&"The standard used was published for 2025 (岳民发〔2025〕1号); the 2026 standard is not in the calculator yet. If it has been adjusted, the local figure applies."),
        "{notices:#?}"
    );
}

/// Every text of the report that comes from the policy data, longest first.
fn data_names(report: &Value) -> Vec<String> {
    let mut names: Vec<String> = vec![report["regionName"].as_str().unwrap_or("").to_string()];
    let mut take = |v: &Value| names.extend(v.as_str().map(str::to_string));
    fn citations(list: &Value, take: &mut dyn FnMut(&Value)) {
        for c in list.as_array().into_iter().flatten() {
            take(&c["title"]);
            take(&c["docNumber"]);
            take(&c["article"]);
        }
    }
    for p in report["programs"].as_array().unwrap() {
        for s in p["standards"].as_array().unwrap() {
            for key in ["name", "level", "issuer", "note"] {
                take(&s[key]);
            }
            citations(&json!([s["citation"]]), &mut take);
        }
        for c in p["checks"].as_array().unwrap() {
            citations(&c["citations"], &mut take);
        }
    }
    for c in report["combinations"].as_array().unwrap() {
        citations(&c["citations"], &mut take);
    }
    let guide = &report["guide"];
    for m in guide["materials"].as_array().unwrap() {
        take(&m["name"]);
        citations(&m["citations"], &mut take);
    }
    for p in guide["procedures"].as_array().unwrap() {
        p["steps"].as_array().unwrap().iter().for_each(&mut take);
        citations(&p["citations"], &mut take);
    }
    for o in guide["offices"].as_array().unwrap() {
        take(&o["text"]);
        citations(&o["citations"], &mut take);
    }
    names.retain(|n| !n.is_empty());
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// The report's code-made texts, labelled, with the data's names taken out.
fn worded_texts(report: &Value) -> Vec<(String, String)> {
    let data = data_names(report);
    let strip = |text: &str| data.iter().fold(text.to_string(), |t, name| t.replace(name.as_str(), ""));
    let mut texts = Vec::new();
    let mut push = |label: String, v: &Value| {
        if let Some(t) = v.as_str() {
            texts.push((label, strip(t)));
        }
    };
    for (i, n) in report["notices"].as_array().unwrap().iter().enumerate() {
        push(format!("notices[{i}]"), n);
    }
    for c in report["combinations"].as_array().unwrap() {
        push(format!("combination {}", c["rule"]), &c["detail"]);
    }
    for m in report["guide"]["materials"].as_array().unwrap() {
        for v in m["members"].as_array().unwrap().iter().chain(m["programs"].as_array().unwrap()) {
            push(format!("guide material {}", m["name"]), v);
        }
    }
    for p in report["guide"]["procedures"].as_array().unwrap() {
        for v in p["programs"].as_array().unwrap() {
            push("guide procedure".to_string(), v);
        }
    }
    for p in report["programs"].as_array().unwrap() {
        let id = p["program"].as_str().unwrap();
        push(format!("{id}.name"), &p["name"]);
        push(format!("{id}.summary"), &p["summary"]);
        for m in p["members"].as_array().unwrap() {
            push(format!("{id}.members"), &m["name"]);
        }
        for c in p["checks"].as_array().unwrap() {
            push(format!("{id} check {}", c["key"]), &c["detail"]);
        }
        for s in p["standards"].as_array().unwrap() {
            for key in ["value", "unit", "levelNote"] {
                push(format!("{id} standard {} {key}", s["parameter"]), &s[key]);
            }
        }
    }
    texts
}

#[test]
fn english_reports_hold_no_chinese_outside_the_data_names() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in golden_files() {
        let r = report(&golden_household(&file), Some("en"));
        for (label, text) in worded_texts(&r) {
            checked += 1;
            if has_cjk(&text) {
                failures.push(format!("{}: {label}: {text}", file.strip_prefix(golden_root()).unwrap().display()));
            }
        }
    }
    assert!(checked > 10_000, "only {checked} texts checked");
    assert!(failures.is_empty(), "{} Chinese text(s) in English reports:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_data_name_helper_does_not_hide_chinese_wording() {
    // The same check on a 简体 report must find Chinese: the stripping leaves the wording.
    let r = report(&golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-739.99.toml"), None);
    let texts = worded_texts(&r);
    let income = texts.iter().find(|(label, _)| label.ends_with("check \"minimum_livelihood_guarantee.income\"")).expect("the income check");
    assert!(has_cjk(&income.1), "{income:?}");
}

// ---- Same facts in every language ---------------------------------------------------------

/// The report without its words: what must not depend on the language.
fn facts(report: &Value) -> Value {
    let urls = |list: &Value| -> Value { list.as_array().into_iter().flatten().map(|c| c["url"].clone()).collect() };
    let programs: Vec<Value> = report["programs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            json!({
                "program": p["program"], "nameZh": p["nameZh"], "outcome": p["outcome"],
                "monthlyAmount": p.get("monthlyAmount"), "amountIsMinimum": p.get("amountIsMinimum"),
                "members": p["members"].as_array().unwrap().iter().map(|m| json!([m["member"], m.get("monthlyAmount")])).collect::<Vec<_>>(),
                "checks": p["checks"].as_array().unwrap().iter().map(|c| json!([c["key"], c["passed"], c.get("member"), urls(&c["citations"])])).collect::<Vec<_>>(),
                "missing": p["missing"],
                "standards": p["standards"].as_array().unwrap().iter().map(|s| json!([s["parameter"], s["from"], s["lastVerified"], s["sourceStatus"], s.get("stale"), s["citation"]["url"]])).collect::<Vec<_>>(),
            })
        })
        .collect();
    let guide = &report["guide"];
    json!({
        "region": report["region"], "date": report["date"], "policyVersion": report["policyVersion"],
        "householdMonthlyTotal": report.get("householdMonthlyTotal"),
        "householdTotalIsMinimum": report.get("householdTotalIsMinimum"),
        "householdTotalExcludes": report["householdTotalExcludes"],
        "combinations": report["combinations"].as_array().unwrap().iter().map(|c| json!([c["rule"], c["kind"], c["programs"], c["members"], urls(&c["citations"])])).collect::<Vec<_>>(),
        "guide": {
            "materials": guide["materials"].as_array().unwrap().iter().map(|m| json!([m["members"].as_array().unwrap().len(), m["programs"].as_array().unwrap().len(), urls(&m["citations"])])).collect::<Vec<_>>(),
            "procedures": guide["procedures"].as_array().unwrap().iter().map(|p| json!([p["programs"].as_array().unwrap().len(), p["steps"].as_array().unwrap().len()])).collect::<Vec<_>>(),
            "offices": guide["offices"].as_array().unwrap().len(),
        },
        "notices": report["notices"].as_array().unwrap().len(),
        "programs": programs,
    })
}

#[test]
fn outcomes_amounts_keys_and_missing_paths_do_not_depend_on_the_language() {
    let mut failures = Vec::new();
    for file in golden_files() {
        let household = golden_household(&file);
        let hans = facts(&report(&household, None));
        for lang in ["zh-Hant", "en"] {
            let other = facts(&report(&household, Some(lang)));
            if other != hans {
                failures.push(format!("{} ({lang}):\n  zh-Hans {hans}\n  {lang} {other}", file.strip_prefix(golden_root()).unwrap().display()));
            }
        }
    }
    assert!(failures.is_empty(), "{} case(s) differ by language:\n{}", failures.len(), failures.join("\n"));
}

// ---- 简体 and 繁體 --------------------------------------------------------------------------

#[test]
fn hant_converts_the_wording_and_hans_stays_as_it_was() {
    let household = golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-739.99.toml");
    let default = report(&household, None);
    assert_eq!(default, report(&household, Some("zh-Hans")), "zh-Hans is the default");
    assert_eq!(
        detail(&default, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.income", None),
        "家庭月人均收入 739.99 元，低于本地低保标准 740.00 元 0.01 元，符合条件"
    );
    assert_eq!(program(&default, "extreme_poverty_support")["name"], "特困人员救助供养");

    let hant = report(&household, Some("zh-Hant"));
    let income = detail(&hant, "minimum_livelihood_guarantee", "minimum_livelihood_guarantee.income", None);
    assert!(income.contains("低保標準"), "{income}");
    assert_eq!(income, "家庭月人均收入 739.99 元，低於本地低保標準 740.00 元 0.01 元，符合條件");
    let poverty = program(&hant, "extreme_poverty_support");
    assert_eq!(poverty["name"], "特困人員救助供養");
    assert_eq!(poverty["nameZh"], "特困人员救助供养", "nameZh is frozen and stays 简体");
}

#[test]
fn hant_names_the_guide_s_programs_in_hant() {
    let household = json!({ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1950-01-01", "incomes": [], "supporters": "none", "selfCare": "full" } ] });
    let hant = report(&household, Some("zh-Hant"));
    let guide = &hant["guide"];
    let named: Vec<&str> = guide["materials"].as_array().unwrap().iter().chain(guide["procedures"].as_array().unwrap()).flat_map(|m| m["programs"].as_array().unwrap()).filter_map(Value::as_str).collect();
    assert!(named.contains(&"特困人員救助供養"), "{named:?}");
    assert!(!named.contains(&"特困人员救助供养"), "{named:?}");
}

// ---- Input ----------------------------------------------------------------------------------

#[test]
fn an_unknown_language_is_an_input_problem_at_its_path() {
    let mut household = golden("minimum_livelihood_guarantee/430602/2025-07_single-adult-income-739.99.toml");
    household["language"] = json!("fr");
    let error = evaluate_json(&household, Date::parse(TODAY).unwrap()).expect_err("fr is refused");
    assert_eq!(error.kind, "invalid_input");
    let paths: Vec<&str> = error.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["language"]);
    assert!(error.problems[0].message_en.contains("fr"), "{:?}", error.problems[0]);
}
