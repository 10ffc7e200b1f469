//! Batch screening (docs/batch-screening.md): the CSV reader's edge cases, rosters with
//! hand-worked 低保 amounts for 岳阳楼区 (740 元/人·月, 岳民发〔2025〕1号), problems reported by
//! line and column while the good households still run, generated rosters with bad rows at
//! known lines, the `screen` command, and no panic on any input.
#![cfg(not(target_arch = "wasm32"))]
use assistance_calculator::batch::csv::{write_field, Record, RecordReader, Unclosed};
use assistance_calculator::batch::summary::Summary;
use assistance_calculator::batch::{Event, Screener, Stats};
use assistance_calculator::date::Date;
use proptest::prelude::*;

#[path = "../examples/gen_roster.rs"]
#[allow(dead_code)]
mod gen_roster;

mod common;
use common::run;

fn today() -> Date {
    Date::parse("2025-07-01").expect("date")
}

/// Feeds `text` line by line as the command line does; the run's events and counts.
fn screen(text: &str) -> (Vec<Event>, Stats) {
    let mut events = Vec::new();
    let mut screener = Screener::new(today()).expect("policy data");
    for line in text.split_inclusive('\n') {
        screener.push_line(line.as_bytes(), &mut |e| events.push(e)).expect("header");
    }
    let stats = screener.finish(&mut |e| events.push(e)).expect("finish");
    (events, stats)
}

fn screened(events: &[Event]) -> Vec<&Summary> {
    events.iter().filter_map(|e| if let Event::Screened(s) = e { Some(&**s) } else { None }).collect()
}

fn household<'a>(events: &'a [Event], id: &str) -> &'a Summary {
    screened(events).into_iter().find(|s| s.household_id == id).unwrap_or_else(|| panic!("household {id} not screened: {events:#?}"))
}

/// `(line, English column)` of every problem, in report order.
fn problems(events: &[Event]) -> Vec<(u32, &'static str)> {
    events.iter().filter_map(|e| if let Event::Problem(p) = e { Some((p.line, p.column.map_or("", |c| c.en))) } else { None }).collect()
}

fn amount(s: &Summary, program: &str) -> Option<String> {
    s.eligible.iter().find(|e| e.program == program).and_then(|e| e.monthly_amount.clone())
}

fn records(text: &str) -> (Vec<Record>, Vec<Unclosed>) {
    let mut reader = RecordReader::default();
    let (mut records, mut unclosed) = (Vec::new(), Vec::new());
    for line in text.split_inclusive('\n') {
        match reader.push_line(line) {
            Some(Ok(r)) => records.push(r),
            Some(Err(u)) => unclosed.push(u),
            None => {}
        }
    }
    unclosed.extend(reader.finish());
    (records, unclosed)
}

fn fields(r: &Record) -> Vec<&str> {
    r.fields().collect()
}

// ---------------------------------------------------------------- the CSV reader

#[test]
fn csv_quotes_escapes_crlf_bom_and_empty_cells() {
    let text = "\u{feff}户编号,b\r\n\"x, y\",\"say \"\"hi\"\"\",,\r\n,\n\"\",plain\"quote\n";
    let (recs, unclosed) = records(text);
    assert!(unclosed.is_empty());
    assert_eq!(fields(&recs[0]), ["户编号", "b"], "BOM and CRLF stripped");
    assert_eq!(fields(&recs[1]), ["x, y", "say \"hi\"", "", ""]);
    assert_eq!(fields(&recs[2]), ["", ""]);
    assert_eq!(fields(&recs[3]), ["", "plain\"quote"], "a stray quote inside a field is kept");
    assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 3, 4]);
}

#[test]
fn csv_quoted_line_break_keeps_physical_line_numbers() {
    let text = "h1,h2\n\"first\nsecond\",x\r\nnext,y\n";
    let (recs, _) = records(text);
    assert_eq!(fields(&recs[1]), ["first\nsecond", "x"]);
    assert_eq!(recs[1].line, 2);
    assert_eq!(recs[2].line, 4, "the record after a two-line record starts on line 4");
    assert_eq!(fields(&recs[2]), ["next", "y"]);
}

#[test]
fn csv_unclosed_quote_is_reported_at_the_end_or_after_twenty_lines() {
    let (recs, unclosed) = records("a,b\n\"open,1\nstill\n");
    assert_eq!(recs.len(), 1);
    assert_eq!(unclosed, [Unclosed { first_line: 2, last_line: 3 }]);
    let long = format!("a\n\"x\n{}after,1\n", "y\n".repeat(30));
    let (recs, unclosed) = records(&long);
    assert_eq!(unclosed[0], Unclosed { first_line: 2, last_line: 21 });
    // Reading resumes after the swallowed lines: line 22 onwards are records again.
    assert_eq!(recs.get(1).map(|r| r.line), Some(22));
}

#[test]
fn csv_writer_quotes_and_defuses_formulas() {
    let mut out = String::new();
    for f in ["plain", "a,b", "say \"hi\"", "=SUM(A1)", "-1", "两行\n文字"] {
        write_field(&mut out, f);
        out.push('|');
    }
    assert_eq!(out, "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"'=SUM(A1)\"|\"'-1\"|\"两行\n文字\"|");
}

// ---------------------------------------------------------------- hand-worked rosters

/// 岳阳楼区, 2025-07-01, standard 740 元/人·月 (urban = rural):
/// H1 (README): wages 1500 for 3 → per capita 500 → (740 − 500) × 3 = 720.00.
/// H2 (golden couple-no-income): 0 for 2 → 740 × 2 = 1480.00; English values, region on every row.
/// H3 (golden five-members): 1500 + pension 1000 + support 100 = 2600 for 5 → per capita 520 →
///    (740 − 520) × 5 = 1100.00; nobody is 特困 (capable supporters), nobody 80+ or disabled, so
///    the household total is the 低保 amount.
const ROSTER: &str = "\u{feff}户编号,地区代码,测算日期,户籍,成员编号,与申请人关系,出生日期,工资,养老金,赡养费,赡养人,父亲,母亲,自理能力\r
H1,430602,2025-07-01,城镇,a,本人,1985-06-01,1500,,,,,,\r
H1,,,,b,配偶,1987-09-10,0,,,,,,\r
H1,,,,c,子女,2015-04-20,0,,,有履行能力,,,\r
H2,430602,2025-07-01,urban,a,applicant,1985-03-15,0,,,,,,\r
H2,430602,2025-07-01,urban,b,spouse,1987-09-20,0,,,,,,\r
H3,430602,2025/7/1,城镇,a,本人,1985-03-15,1500,,,,,,\r
H3,,,,b,配偶,1987-09-20,0,,,,,,\r
H3,,,,c,子女,2013-05-10,0,,,有履行能力,健在,健在,\r
H3,,,,d,子女,2017-11-02,0,,,有履行能力,健在,健在,\r
H3,,,,g,父母,1959-02-11,,1000,100,有履行能力,,,全自理\r
";

#[test]
fn small_roster_gives_the_hand_worked_minimum_livelihood_amounts() {
    let (events, stats) = screen(ROSTER);
    assert_eq!(problems(&events), []);
    assert_eq!(stats, Stats { screened: 3, skipped: 0, bad_rows: 0, likely_eligible: 3 });
    let h1 = household(&events, "H1");
    assert_eq!((h1.region.as_str(), h1.region_name.as_str(), h1.date.as_str(), h1.members, h1.first_line), ("430602", "湖南省岳阳市岳阳楼区", "2025-07-01", 3, 2));
    assert_eq!(amount(h1, "minimum_livelihood_guarantee").as_deref(), Some("720.00"));
    assert_eq!(h1.household_monthly_total.as_deref(), Some("720.00"));
    let h2 = household(&events, "H2");
    assert_eq!(amount(h2, "minimum_livelihood_guarantee").as_deref(), Some("1480.00"));
    assert_eq!(h2.household_monthly_total.as_deref(), Some("1480.00"));
    let h3 = household(&events, "H3");
    assert_eq!(h3.members, 5);
    assert_eq!(amount(h3, "minimum_livelihood_guarantee").as_deref(), Some("1100.00"));
    assert_eq!(h3.household_monthly_total.as_deref(), Some("1100.00"));
    assert!(h3.not_covered.is_empty(), "岳阳楼区 covers every program: {:?}", h3.not_covered);
}

/// The screener looks a region's name up once and reuses it: households of different
/// regions, interleaved, each still get their own (湖南省岳阳市岳阳楼区, 上海市黄浦区 with
/// 市辖区 left out, 陕西省安康市镇坪县).
#[test]
fn interleaved_regions_each_get_their_own_name() {
    let mut roster = String::from("户编号,地区代码,成员编号,与申请人关系,出生日期,工资\n");
    let regions = [("430602", "湖南省岳阳市岳阳楼区"), ("310101", "上海市黄浦区"), ("610927", "陕西省安康市镇坪县")];
    for i in 0..9 {
        roster.push_str(&format!("H{i},{},a,本人,1980-01-01,0\n", regions[i % 3].0));
    }
    let (events, stats) = screen(&roster);
    assert_eq!(stats.screened, 9, "{events:#?}");
    for i in 0..9 {
        let h = household(&events, &format!("H{i}"));
        assert_eq!((h.region.as_str(), h.region_name.as_str()), regions[i % 3], "H{i}");
    }
}

#[test]
fn english_headers_and_an_unanswered_income_leads_back_to_its_line() {
    // b's income cells are all empty: not answered, so 低保 waits for members[1].incomes,
    // which is line 3 of the file.
    let text = "household_id,region,date,member_id,relation,birth_date,wage,pension\nX,430602,2025-07-01,a,applicant,1985-06-01,0,\nX,,,b,spouse,1986-06-01,,\n";
    let (events, stats) = screen(text);
    assert_eq!(stats.screened, 1);
    let x = household(&events, "X");
    let open = x.needs_more_info.iter().find(|o| o.program == "minimum_livelihood_guarantee").expect("低保 waits for an answer");
    assert_eq!(open.missing, ["members[1].incomes"]);
    assert_eq!(open.places[0].line, 3);
    assert_eq!(open.places[0].column.map(|c| c.zh), Some("各项收入"));
}

// ---------------------------------------------------------------- bad rows

/// Each household from B to I has one problem, at a line and column worked out by hand; A
/// and J (one adult of 40 without income: 740.00) still run.
const BAD: &str = "户编号,地区代码,测算日期,成员编号,与申请人关系,出生日期,工资
A,430602,2025-07-01,1,本人,1985-06-01,0
B,430602,2025-07-01,1,本人,1985-02-30,0
B,,,2,配偶,1986-01-01,abc
C,430603,2025-07-01,1,本人,1980-01-01,0
C,430602,,2,子女,2010-01-01,0
D,430602,2025-07-01,1,本人,1980-01-01,0
D,,,1,配偶,1981-01-01,0
E,430602,2025-07-01,1,配偶,1980-01-01,0
F,430602,2025-07-01,1,本人,2026-01-01,0
,430602,2025-07-01,1,本人,1980-01-01,0
A,430602,2025-07-01,2,配偶,1980-01-01,0
G,430602,2025-07-01,1,本人,1990-01-01,\"1,000\"
H,430602,2025-07-01,1,本人,1950-05-05,300,extra
I,,2025-07-01,1,本人,1950-05-05,0
J,430602,2025-07-01,1,本人,1985-01-01,0
";

#[test]
fn bad_rows_are_reported_by_line_and_column_and_good_households_still_run() {
    let (events, stats) = screen(BAD);
    assert_eq!(
        problems(&events),
        [
            (3, "birth_date"),   // 1985-02-30
            (4, "wage"),         // abc
            (6, "region"),       // 430602 after 430603 on line 5
            (8, "member_id"),    // id 1 twice (the parser's rule, led back to the row)
            (9, "relation"),     // no applicant (the household's first line)
            (10, "birth_date"),  // born after the determination date
            (11, "household_id"), // empty
            (12, "household_id"), // A again after other households
            (13, "wage"),        // "1,000": a quoted comma is not a number
            (14, ""),            // a cell beyond the header
            (15, "region"),      // never given
        ]
    );
    assert_eq!(stats, Stats { screened: 2, skipped: 8, bad_rows: 11, likely_eligible: 2 });
    for id in ["A", "J"] {
        assert_eq!(amount(household(&events, id), "minimum_livelihood_guarantee").as_deref(), Some("740.00"), "{id}");
    }
    let skipped: Vec<&str> = events.iter().filter_map(|e| if let Event::Skipped(s) = e { Some(s.household_id.as_str()) } else { None }).collect();
    assert_eq!(skipped, ["B", "C", "D", "E", "F", "G", "H", "I"]);
}

#[test]
fn a_problem_reads_in_chinese_and_english_with_line_and_column() {
    let (events, _) = screen(BAD);
    let Some(Event::Problem(first)) = events.iter().find(|e| matches!(e, Event::Problem(_))) else { panic!("no problem reported") };
    let text = first.to_string();
    assert!(text.starts_with("第 3 行“出生日期”列：“1985-02-30”不是有效日期"), "{text}");
    assert!(text.contains(" / line 3, column birth_date: \"1985-02-30\" is not a valid date"), "{text}");
}

#[test]
fn a_bad_header_stops_the_run_with_every_problem() {
    let mut screener = Screener::new(today()).expect("policy data");
    let err = screener.push_line("户编号,生日,户编号\n".as_bytes(), &mut |_| {}).expect_err("bad header");
    let text = err.to_string();
    assert!(text.contains("“生日”不是可识别的列名"), "{text}");
    assert!(text.contains("与第 1 列重复"), "{text}");
    assert!(text.contains("缺少必需的列“地区代码”") && text.contains("“与申请人关系”") && text.contains("“出生日期”"), "{text}");
    let mut empty = Screener::new(today()).expect("policy data");
    assert!(empty.finish(&mut |_| {}).is_err(), "no header at all");
}

#[test]
fn a_household_of_more_than_100_rows_is_reported_not_held_in_memory() {
    // The village code typed as the household id in every row: one "household" of 150.
    let mut text = String::from("户编号,地区代码,测算日期,与申请人关系,出生日期\nV,430602,2025-07-01,本人,1980-01-01\n");
    text.push_str(&"V,,,子女,2010-01-01\n".repeat(149));
    text.push_str("W,430602,2025-07-01,本人,1985-06-01\n");
    let (events, stats) = screen(&text);
    assert_eq!(problems(&events), [(2, "household_id")]);
    assert_eq!((stats.screened, stats.skipped), (1, 1));
    assert!(events.iter().any(|e| matches!(e, Event::Skipped(s) if s.household_id == "V" && s.rows == 150)));
}

#[test]
fn bytes_that_are_not_utf8_are_reported_not_guessed() {
    // "本人" in GBK is B1 BE C8 CB.
    let mut screener = Screener::new(today()).expect("policy data");
    let mut events = Vec::new();
    screener.push_line("户编号,地区代码,测算日期,与申请人关系,出生日期\n".as_bytes(), &mut |e| events.push(e)).expect("header");
    screener.push_line(b"K,430602,2025-07-01,\xb1\xbe\xc8\xcb,1980-01-01\n", &mut |e| events.push(e)).expect("row");
    let stats = screener.finish(&mut |e| events.push(e)).expect("finish");
    assert_eq!(problems(&events), [(2, "relation")]);
    assert_eq!(stats.skipped, 1);
}

// ---------------------------------------------------------------- generated rosters

fn generated(n: u64, bad: u64) -> (String, gen_roster::Generated) {
    let mut bytes = Vec::new();
    let g = gen_roster::generate(n, bad, &mut bytes).expect("generate");
    (String::from_utf8(bytes).expect("utf-8"), g)
}

/// The generator says where it put each bad row; the screener must find exactly those,
/// name the expected column, skip exactly the households they break, and screen the rest.
fn check_generated(n: u64, bad: u64) {
    let (text, g) = generated(n, bad);
    let (events, stats) = screen(&text);
    let expected: Vec<(u32, &str)> = g.bad.iter().map(|b| (b.line, b.kind.column())).collect();
    let mut found = problems(&events);
    found.sort();
    assert_eq!(found, expected);
    let skipped = g.bad.iter().filter(|b| b.kind.skips_household()).count() as u64;
    assert_eq!(stats.skipped, skipped);
    assert_eq!(stats.screened, n - skipped);
    assert_eq!(stats.bad_rows, bad);
    assert_eq!(screened(&events).len() as u64, n - skipped);
    assert!(stats.likely_eligible > 0 && stats.likely_eligible <= stats.screened);
}

#[test]
fn ten_generated_households_with_five_bad_rows() {
    check_generated(10, 5);
}

#[test]
fn ten_thousand_generated_households_with_bad_rows_at_known_lines() {
    check_generated(10_000, 50);
}

#[test]
fn chunks_of_any_size_give_the_same_events_as_lines() {
    // A Web Worker reads a file in chunks that cut lines (and characters) anywhere.
    let (text, _) = generated(40, 5);
    let (by_line, stats) = screen(&text);
    for size in [1, 7, 100, 4096] {
        let mut screener = Screener::new(today()).expect("policy data");
        let mut events = Vec::new();
        for chunk in text.as_bytes().chunks(size) {
            screener.push_chunk(chunk, &mut |e| events.push(e)).expect("chunk");
        }
        assert_eq!(screener.finish(&mut |e| events.push(e)).expect("finish"), stats, "chunks of {size}");
        assert_eq!(events, by_line, "chunks of {size}");
    }
}

#[test]
fn generated_households_do_not_depend_on_the_bad_rows() {
    // Seeded per household: adding bad rows changes only the rows it touches.
    let (clean, _) = generated(30, 0);
    let (dirty, g) = generated(30, 3);
    let h = &g.bad[1].household;
    let rows = |text: &str| -> Vec<String> { text.lines().filter(|l| l.starts_with(&format!("{h},"))).map(str::to_string).collect() };
    assert_eq!(rows(&clean).len(), rows(&dirty).len());
    assert_ne!(rows(&clean), rows(&dirty), "the bad row is in {h}");
    let other = |text: &str| -> Vec<String> { text.lines().filter(|l| l.starts_with("H0000029,")).map(str::to_string).collect() };
    assert_eq!(other(&clean), other(&dirty));
}

// ---------------------------------------------------------------- the command line


#[test]
fn cli_screens_the_template_with_a_bom_and_a_count_line() {
    let template = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/batch-template.csv");
    let out = run(&["screen", template], None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.starts_with("\u{feff}户编号,首行,状态,地区代码,"), "{stdout}");
    let h001 = stdout.lines().find(|l| l.starts_with("H001,")).expect("H001 row");
    // (740 − 1500 ÷ 3) × 3 = 720.00, and 低保 is the household's only cash.
    assert!(h001.contains(",已测算,430602,湖南省岳阳市岳阳楼区,2025-07-01,3,minimum_livelihood_guarantee=720.00"), "{h001}");
    assert!(h001.contains("最低生活保障 720.00 元") && h001.contains(",720.00,"), "{h001}");
    assert_eq!(stdout.lines().count(), 5, "header + 4 households:\n{stdout}");
    assert!(stderr.trim_end().ends_with("screened 4 households, skipped 0, bad rows 0, likely eligible households 4"), "{stderr}");
}

#[test]
fn cli_reads_stdin_reports_bad_rows_on_stderr_and_still_exits_0() {
    let out = run(&["screen", "-"], Some(BAD.as_bytes()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 12, "11 problems and the count line:\n{stderr}");
    assert!(lines[0].starts_with("第 3 行“出生日期”列："), "{}", lines[0]);
    assert!(lines[11].contains("screened 2 households, skipped 8, bad rows 11, likely eligible households 2"), "{}", lines[11]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.lines().any(|l| l.starts_with("B,3,有误未测算,")), "{stdout}");
}

#[test]
fn cli_exits_2_on_a_missing_file_or_a_bad_header() {
    let missing = run(&["screen", "/nonexistent/roster.csv"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
    let bad = run(&["screen", "-"], Some("name,age\nx,3\n".as_bytes()));
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty(), "no result sheet after a bad header");
    assert!(String::from_utf8_lossy(&bad.stderr).contains("“name”不是可识别的列名"));
}

// ---------------------------------------------------------------- no panic, whatever the input

/// Cells that are valid, invalid, or awkward for a CSV reader (quotes, line breaks, a BOM,
/// the replacement character, amounts at and beyond the input limit).
const CELLS: &[&str] = &[
    "", "A", "B", "本人", "配偶", "子女", "父母", "表亲", "applicant", "1980-01-01", "2030-01-01", "2010/2/29", "430602", "610927",
    "310101", "999999", "4306", "0", "1500", "-1", "0.005", "1000000000000", "79228162514264337593543950335", "是", "否", "x",
    "健在", "死亡", "肢体", "2", "9", "全失能", "无", "有履行能力", "\"", "\"a,b\"", "\"多行\n文字\"", "\r", "\u{feff}", "\u{fffd}",
];

const FUZZ_HEADER: &str = "户编号,地区代码,测算日期,户籍,家庭金融资产,与申请人关系,出生日期,工资,养老金,残疾类别,残疾等级,自理能力,劳动能力,赡养人,父亲,母亲,在校\n";

fn roster() -> impl Strategy<Value = String> {
    let row = proptest::collection::vec(proptest::sample::select(CELLS), 0..20).prop_map(|cells| cells.join(","));
    proptest::collection::vec((row, proptest::sample::select(vec!["\n", "\r\n", ""])), 0..12)
        .prop_map(|rows| rows.into_iter().map(|(r, end)| format!("{r}{end}")).collect::<String>())
}

/// Runs a whole input through the screener; every household is screened or skipped once.
fn screen_bytes(bytes: &[u8]) -> Result<Stats, String> {
    let mut screener = Screener::new(today()).map_err(|f| f.to_string())?;
    let mut events = Vec::new();
    screener.push_chunk(bytes, &mut |e| events.push(e)).map_err(|f| f.to_string())?;
    let stats = screener.finish(&mut |e| events.push(e)).map_err(|f| f.to_string())?;
    let households = events.iter().filter(|e| matches!(e, Event::Screened(_) | Event::Skipped(_))).count() as u64;
    assert_eq!(households, stats.screened + stats.skipped);
    Ok(stats)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_roster_of_awkward_cells_is_screened_without_panic(body in roster()) {
        let stats = screen_bytes(format!("{FUZZ_HEADER}{body}").as_bytes()).expect("a good header never fails the run");
        prop_assert!(stats.likely_eligible <= stats.screened);
    }

    #[test]
    fn any_bytes_after_a_header_are_screened_without_panic(body in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = FUZZ_HEADER.as_bytes().to_vec();
        bytes.extend(body);
        let _ = screen_bytes(&bytes);
    }

    #[test]
    fn any_bytes_at_all_end_in_a_result_or_a_header_error(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = screen_bytes(&bytes);
    }
}

#[test]
fn the_largest_amounts_are_refused_not_overflowed() {
    // Two members at Decimal's maximum would overflow the household sum: refused per cell.
    let max = "79228162514264337593543950335";
    let (events, stats) = screen(&format!("户编号,地区代码,测算日期,与申请人关系,出生日期,工资\nA,430602,2025-07-01,本人,1980-01-01,{max}\nA,,,配偶,1980-01-01,{max}\nB,430602,2025-07-01,本人,1980-01-01,1000000000000\nB,,,配偶,1980-01-01,1000000000000\n"));
    assert_eq!(problems(&events), [(2, "wage"), (3, "wage")]);
    assert_eq!((stats.screened, stats.skipped), (1, 1), "at the limit the household still runs");
}
