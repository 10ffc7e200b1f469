//! The result sheet: one row per household (docs/batch-screening.md, "结果文件"), with a
//! UTF-8 BOM so that Excel opens the Chinese correctly.
use super::csv::write_record;
use super::summary::{Place, Summary};

/// Result columns: Chinese header (written) and English name (documented).
pub const OUTPUT_COLUMNS: &[(&str, &str)] = &[
    ("户编号", "household_id"),
    ("首行", "first_line"),
    ("状态", "status"),
    ("地区代码", "region"),
    ("地区名称", "region_name"),
    ("测算日期", "date"),
    ("人数", "members"),
    ("可能符合", "likely_eligible"),
    ("可能符合（中文）", "likely_eligible_zh"),
    ("家庭月合计（元）", "household_monthly_total"),
    ("合计含最低额", "total_is_minimum"),
    ("需补充信息", "needs_more_info"),
    ("待补充（中文）", "needs_more_info_zh"),
    ("无数据", "not_covered"),
    ("问题数", "problems"),
];

pub const SCREENED: &str = "已测算";
pub const SKIPPED: &str = "有误未测算";

/// The BOM and the header row.
pub fn header() -> String {
    let mut out = String::from("\u{feff}");
    write_record(&mut out, OUTPUT_COLUMNS.iter().map(|(zh, _)| *zh));
    out
}

/// A screened household's row, appended to `out`.
pub fn screened(out: &mut String, s: &Summary) {
    let eligible = s
        .eligible
        .iter()
        .map(|e| match &e.monthly_amount {
            Some(a) if e.amount_is_minimum => format!("{}=>={a}", e.program),
            Some(a) => format!("{}={a}", e.program),
            None => e.program.to_string(),
        })
        .collect::<Vec<_>>()
        .join(";");
    let eligible_zh = s
        .eligible
        .iter()
        .map(|e| match &e.monthly_amount {
            Some(a) if e.amount_is_minimum => format!("{} 不低于 {a} 元", e.name_zh),
            Some(a) => format!("{} {a} 元", e.name_zh),
            None => e.name_zh.to_string(),
        })
        .collect::<Vec<_>>()
        .join("；");
    let open = s.needs_more_info.iter().map(|o| format!("{}({})", o.program, o.missing.join("|"))).collect::<Vec<_>>().join(";");
    let open_zh = s
        .needs_more_info
        .iter()
        .map(|o| format!("{}：{}", o.name_zh, o.places.iter().map(place_zh).collect::<Vec<_>>().join("、")))
        .collect::<Vec<_>>()
        .join("；");
    let first_line = s.first_line.to_string();
    let members = s.members.to_string();
    let not_covered = s.not_covered.join(";");
    let fields = [
        s.household_id.as_str(),
        &first_line,
        SCREENED,
        &s.region,
        &s.region_name,
        &s.date,
        &members,
        &eligible,
        &eligible_zh,
        s.household_monthly_total.as_deref().unwrap_or(""),
        if s.total_is_minimum { "是" } else { "" },
        &open,
        &open_zh,
        &not_covered,
        "0",
    ];
    write_record(out, fields);
}

/// A household left out for problems in its rows (the problems themselves go to the
/// problem report, one per line).
pub fn skipped(out: &mut String, household_id: &str, first_line: u32, rows: usize, problems: usize) {
    let (first_line, rows, problems) = (first_line.to_string(), rows.to_string(), problems.to_string());
    let mut fields = vec![""; OUTPUT_COLUMNS.len()];
    fields[0] = household_id;
    fields[1] = &first_line;
    fields[2] = SKIPPED;
    fields[6] = &rows;
    fields[14] = &problems;
    write_record(out, fields);
}

/// `第3行“自理能力”`, or `第3行` when the path has no column of its own.
fn place_zh(p: &Place) -> String {
    match p.column {
        Some(c) => format!("第{}行“{}”", p.line, c.zh),
        None => format!("第{}行", p.line),
    }
}
