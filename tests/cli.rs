//! The command line of CONTRACT.md, run as a built binary: exit codes, the report on
//! standard output, and the error object with every problem and its path.
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Output;

mod common;
use common::run;

const PROGRAM_IDS: [&str; 11] = [
    "minimum_livelihood_guarantee",
    "low_income_margin",
    "extreme_poverty_support",
    "temporary_assistance",
    "disability_living_allowance",
    "severe_disability_care_allowance",
    "orphan_basic_living",
    "unsupported_child_basic_living",
    "advanced_age_allowance",
    "medical_assistance",
    "funeral_fee_waiver",
];

fn good_household() -> Value {
    json!({
        "schemaVersion": 1,
        "region": "430602",
        "date": "2025-07-01",
        "hukou": "urban",
        "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1985-03-15",
              "incomes": [ { "kind": "wage", "monthly": "500.00" } ] },
            { "id": "b", "relation": "spouse", "birthDate": "1987-09-20", "incomes": [] }
        ]
    })
}


/// A file in cargo's per-test scratch folder, unique per test.
fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

fn stdout_json(out: &Output) -> Value {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{text}\nstderr:\n{}", String::from_utf8_lossy(&out.stderr)))
}

fn assert_exit(out: &Output, code: i32) {
    assert_eq!(out.status.code(), Some(code), "exit status; stdout:\n{}\nstderr:\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

fn assert_report(report: &Value) {
    assert_eq!(report["schemaVersion"], 1, "{report}");
    assert_eq!(report["region"], "430602");
    assert_eq!(report["date"], "2025-07-01");
    let ids: Vec<&str> = report["programs"].as_array().expect("programs").iter().map(|p| p["program"].as_str().expect("program id")).collect();
    assert_eq!(ids.len(), PROGRAM_IDS.len(), "one entry per program: {ids:?}");
    for id in PROGRAM_IDS {
        assert_eq!(ids.iter().filter(|&&p| p == id).count(), 1, "{id} must appear exactly once in {ids:?}");
    }
}

fn error_problems(out: &Output) -> Vec<Value> {
    let v = stdout_json(out);
    assert_eq!(v["error"]["kind"], "invalid_input", "{v}");
    let problems = v["error"]["problems"].as_array().cloned().unwrap_or_default();
    assert!(!problems.is_empty(), "an error lists at least one problem: {v}");
    for p in &problems {
        assert!(p["path"].is_string(), "every problem has a path: {p}");
        let zh = p["message"].as_str().unwrap_or("");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "message should be Chinese: {p}");
        assert!(!p["messageEn"].as_str().unwrap_or("").is_empty(), "messageEn must be given: {p}");
    }
    problems
}

#[test]
fn evaluate_a_good_file_prints_a_report_and_exits_0() {
    let path = temp_file("good.json", &good_household().to_string());
    let out = run(&["evaluate", path.to_str().unwrap()], None);
    assert_exit(&out, 0);
    let report = stdout_json(&out);
    assert_report(&report);
    // (740 × 2 − 500) = 980.00: the command line gives the same answer as the engine.
    let low = report["programs"].as_array().unwrap().iter().find(|p| p["program"] == "minimum_livelihood_guarantee").unwrap();
    assert_eq!(low["outcome"], "eligible");
    assert_eq!(low["monthlyAmount"], "980.00");
}

#[test]
fn evaluate_dash_reads_standard_input() {
    let out = run(&["evaluate", "-"], Some(good_household().to_string().as_bytes()));
    assert_exit(&out, 0);
    assert_report(&stdout_json(&out));
}

#[test]
fn text_that_is_not_json_is_invalid_input_with_exit_2() {
    let out = run(&["evaluate", "-"], Some("{ \"region\": \"430602\", members: [".as_bytes()));
    assert_exit(&out, 2);
    let problems = error_problems(&out);
    assert!(problems[0]["message"].as_str().unwrap().contains("JSON"), "{problems:?}");
}

#[test]
fn contract_violations_are_all_listed_with_their_paths() {
    let raw = json!({
        "region": "430602",
        "date": "2025-07-01",
        "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1960-02-30", "incomes": [] },
            { "id": "b", "relation": "spouse", "birthDate": "1962-05-05",
              "incomes": [ { "kind": "wage", "monthly": "-5.00" } ] },
            { "id": "c", "relation": "child", "birthDate": "2010-01-01", "selfCare": "sometimes" }
        ]
    });
    let path = temp_file("violations.json", &raw.to_string());
    let out = run(&["evaluate", path.to_str().unwrap()], None);
    assert_exit(&out, 2);
    let problems = error_problems(&out);
    let paths: Vec<&str> = problems.iter().map(|p| p["path"].as_str().unwrap()).collect();
    for expected in ["members[0].birthDate", "members[1].incomes[0].monthly", "members[2].selfCare"] {
        assert!(paths.contains(&expected), "{expected} should be listed among {paths:?}");
    }
    let negative = problems.iter().find(|p| p["path"] == "members[1].incomes[0].monthly").unwrap();
    assert_eq!(negative["message"], "金额不能为负数");
    assert_eq!(negative["messageEn"], "amount must not be negative");
}

#[test]
fn a_missing_file_is_invalid_input_with_exit_2() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-no-such-household.json");
    let _ = std::fs::remove_file(&path);
    let out = run(&["evaluate", path.to_str().unwrap()], None);
    assert_exit(&out, 2);
    error_problems(&out);
}

#[test]
fn regions_lists_yueyanglou_district() {
    let out = run(&["regions"], None);
    assert_exit(&out, 0);
    let v = stdout_json(&out);
    let regions = v["regions"].as_array().expect("regions list");
    let yueyanglou = regions.iter().find(|r| r["code"] == "430602").unwrap_or_else(|| panic!("430602 missing from {v}"));
    assert_eq!(yueyanglou["name"], "湖南省岳阳市岳阳楼区");
}

#[test]
fn no_arguments_prints_usage_and_exits_2() {
    let out = run(&[], None);
    assert_exit(&out, 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"), "usage on stderr");
}

#[test]
fn an_unknown_command_exits_2() {
    let out = run(&["evaluat", "x.json"], None);
    assert_exit(&out, 2);
}

/// A county web team's own pack: one county folder relying on the shipped national and
/// provincial files.
fn county_pack(name: &str, standard_line: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pack-{}-{name}", std::process::id()));
    let county = dir.join("430603");
    std::fs::create_dir_all(&county).unwrap();
    std::fs::write(county.join("region.toml"), "code = \"430603\"\nname = \"湖南省岳阳市云溪区\"\nshort_name = \"云溪区\"\nlevel = \"county\"\nselectable = true\ncovered_from = \"2022-01-01\"\n").unwrap();
    std::fs::write(county.join("sources.toml"), "[[source]]\nid = \"yunxi-2022\"\ntitle = \"云溪区 2022 年城乡低保标准\"\ndoc_number = \"\"\nissuer = \"云溪区民政局\"\ndate = \"2022\"\nurl = \"http://wap.yydj.gov.cn/yxq/38965/41688/59509/59510/71526/content_2000165.html\"\nretrieved = \"2026-11-27\"\nstatus = \"verified-official\"\n").unwrap();
    std::fs::write(county.join("minimum_livelihood_guarantee.toml"), format!("program = \"minimum_livelihood_guarantee\"\nlast_verified = \"2026-11-27\"\n\n[[value]]\nparameter = \"standard\"\nname = \"城乡低保标准\"\n{standard_line}\nvalue = \"644\"\nfrom = \"2022-01-01\"\nsource = \"yunxi-2022\"\n")).unwrap();
    dir
}

#[test]
fn check_data_accepts_a_clean_pack_and_names_each_problem_in_a_bad_one() {
    let good = county_pack("good", "unit = \"yuan_per_person_month\"");
    let out = run(&["check-data", good.to_str().unwrap()], None);
    assert_exit(&out, 0);
    let bad = county_pack("bad", "unit = \"per_month\"");
    let out = run(&["check-data", bad.to_str().unwrap()], None);
    assert_exit(&out, 1);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("430603/minimum_livelihood_guarantee.toml") && text.contains("`value`[0]: `unit`: unknown value `per_month`"), "{text}");
}

#[test]
fn build_pack_prints_a_json_pack_the_engine_loads() {
    let dir = county_pack("build", "unit = \"yuan_per_person_month\"");
    let out = run(&["build-pack", dir.to_str().unwrap()], None);
    assert_exit(&out, 0);
    let pack = assistance_calculator::policy::Pack::from_json(&stdout_json(&out)).expect("the pack loads");
    assert!(pack.regions.contains_key("430603"));
}
