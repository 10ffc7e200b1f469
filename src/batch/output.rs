//! The result sheet: one row per household (docs/batch-screening.md, "结果文件"), with a
//! UTF-8 BOM so that Excel opens the Chinese correctly.
use super::csv::write_record;
use std::fmt::Write;
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

/// A screened household's row, appended to `out`. Each list cell is written in place (a
/// million rows: no list of pieces joined per cell).
pub fn screened(out: &mut String, s: &Summary) {
    let eligible = list(&s.eligible, ";", |t, e| match &e.monthly_amount {
        Some(a) if e.amount_is_minimum => write!(t, "{}=>={a}", e.program),
        Some(a) => write!(t, "{}={a}", e.program),
        None => t.write_str(e.program),
    });
    let eligible_zh = list(&s.eligible, "；", |t, e| match &e.monthly_amount {
        Some(a) if e.amount_is_minimum => write!(t, "{} 不低于 {a} 元", e.name_zh),
        Some(a) => write!(t, "{} {a} 元", e.name_zh),
        None => t.write_str(e.name_zh),
    });
    let open = list(&s.needs_more_info, ";", |t, o| {
        write!(t, "{}(", o.program)?;
        for (i, m) in o.missing.iter().enumerate() {
            t.write_str(if i == 0 { "" } else { "|" })?;
            t.write_str(m)?;
        }
        t.write_str(")")
    });
    let open_zh = list(&s.needs_more_info, "；", |t, o| {
        write!(t, "{}：", o.name_zh)?;
        for (i, p) in o.places.iter().enumerate() {
            t.write_str(if i == 0 { "" } else { "、" })?;
            place_zh(t, p)?;
        }
        Ok(())
    });
    let first_line = s.first_line.to_string();
    let members = s.members.to_string();
    let not_covered = list(&s.not_covered, ";", |t, id| t.write_str(id));
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

/// The items written one after another into one cell's text, `separator` between them.
fn list<T>(items: &[T], separator: &str, mut item: impl FnMut(&mut String, &T) -> std::fmt::Result) -> String {
    let mut text = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            text.push_str(separator);
        }
        // Writing into a String cannot fail.
        let _ = item(&mut text, x);
    }
    text
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
fn place_zh(t: &mut String, p: &Place) -> std::fmt::Result {
    match p.column {
        Some(c) => write!(t, "第{}行“{}”", p.line, c.zh),
        None => write!(t, "第{}行", p.line),
    }
}
