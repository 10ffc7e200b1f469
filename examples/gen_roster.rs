//! Generates a roster for batch screening (docs/batch-screening.md): N households, one row per
//! member, with deterministic pseudo-random members across the regions in the data, and
//! optionally K malformed rows at known lines.
//!
//!     cargo run --release --example gen_roster -- N [--bad K] > roster.csv
//!
//! The bad rows (at households spread evenly, kinds in turn): a bad birth date, an unknown
//! relation, a non-numeric income (each makes its household skipped), a row without a
//! household id, and a row whose household id came earlier (neither skips a household).
//! Their lines are printed on stderr. `tests/batch.rs` includes this file to use `generate`.
use std::io::Write;

/// 户编号,地区代码,… as in docs/batch-template.csv.
pub const HEADER: &str = "户编号,地区代码,测算日期,户籍,家庭金融资产,突发困难,年医疗支出,年教育支出,成员编号,与申请人关系,出生日期,工资,经营,农业,财产,养老金,赡养费,转移,其他收入,优抚金,奖励,残疾类别,残疾等级,自理能力,劳动能力,重病,赡养人,父亲,母亲,供养方式,工伤护理费,在校,医疗自付";

/// Regions with data and a date inside each one's coverage, plus one without data
/// (361103: every program `not_covered`), with their shares out of 20.
const REGIONS: &[(&str, &str, u64)] = &[("430602", "2025-07-01", 12), ("610927", "2023-07-01", 3), ("310101", "2025-01-01", 3), ("110101", "2023-01-01", 1), ("361103", "2025-07-01", 1)];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadKind {
    BirthDate,
    Relation,
    Income,
    MissingId,
    NotConsecutive,
}

impl BadKind {
    /// Whether the household the bad row sits in is skipped (the other two kinds are extra rows).
    pub fn skips_household(self) -> bool {
        matches!(self, BadKind::BirthDate | BadKind::Relation | BadKind::Income)
    }

    /// The column the screener should name (English).
    pub fn column(self) -> &'static str {
        match self {
            BadKind::BirthDate => "birth_date",
            BadKind::Relation => "relation",
            BadKind::Income => "wage",
            BadKind::MissingId | BadKind::NotConsecutive => "household_id",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Injected {
    pub line: u32,
    pub kind: BadKind,
    pub household: String,
}

/// What was written: households, member rows, and the bad rows with their lines.
#[derive(Debug, Default)]
pub struct Generated {
    pub households: u64,
    pub rows: u64,
    pub bad: Vec<Injected>,
}

/// A 64-bit LCG (Knuth's MMIX constants), seeded per household so a household is the same
/// whatever N and K are.
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        let mut l = Lcg(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03);
        l.next();
        l
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// 0..n
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// One member row's cells by header name; the rest stay empty.
struct Row(Vec<String>);

impl Row {
    fn new() -> Row {
        Row(vec![String::new(); HEADER.split(',').count()])
    }

    fn set(&mut self, column: &str, value: impl Into<String>) {
        if let Some(i) = HEADER.split(',').position(|c| c == column) {
            self.0[i] = value.into();
        }
    }

    fn line(&self) -> String {
        self.0.join(",")
    }
}

fn household_id(i: u64) -> String {
    format!("H{i:07}")
}

/// The rows of household `i` (its first row carries the household's facts).
fn household(i: u64) -> Vec<Row> {
    let mut r = Lcg::new(i);
    let (region, date) = pick_region(r.below(20));
    let year: u64 = date[..4].parse().unwrap_or(2025);
    let applicant_age = 20 + r.below(70);
    let mut members: Vec<(&str, u64)> = vec![("本人", applicant_age)];
    if r.chance(70) {
        members.push(("配偶", (applicant_age + r.below(10)).saturating_sub(5).max(18)));
    }
    if applicant_age < 70 {
        for _ in 0..r.below(4) {
            members.push(("子女", r.below((applicant_age - 18).clamp(1, 30))));
        }
    }
    if applicant_age < 55 && r.chance(40) {
        members.push(("父母", applicant_age + 22 + r.below(10)));
    }
    let mut rows: Vec<Row> = members.iter().enumerate().map(|(k, &(relation, age))| member(&mut r, k, relation, age, year)).collect();
    let first = &mut rows[0];
    first.set("地区代码", region);
    first.set("测算日期", date);
    if r.chance(95) {
        first.set("户籍", r.pick(&["城镇", "农村"]));
    }
    if r.chance(95) {
        first.set("家庭金融资产", (r.below(50) * 1000).to_string());
    }
    first.set("突发困难", "无");
    first.set("年医疗支出", (r.below(4) * 1500).to_string());
    first.set("年教育支出", "0");
    for row in &mut rows {
        row.set("户编号", household_id(i));
    }
    rows
}

/// The region whose share (out of 20) `roll` falls in.
fn pick_region(mut roll: u64) -> (&'static str, &'static str) {
    for &(region, date, share) in REGIONS {
        if roll < share {
            return (region, date);
        }
        roll -= share;
    }
    (REGIONS[0].0, REGIONS[0].1)
}

fn member(r: &mut Lcg, k: usize, relation: &str, age: u64, year: u64) -> Row {
    let mut row = Row::new();
    row.set("成员编号", (k + 1).to_string());
    row.set("与申请人关系", relation);
    row.set("出生日期", format!("{}-{:02}-{:02}", year - age - 1, 1 + r.below(12), 1 + r.below(28)));
    let adult = age >= 18;
    match (adult, age >= 60) {
        (_, true) => row.set("养老金", (r.below(30) * 100).to_string()),
        (true, false) if r.chance(10) => {}
        (true, false) => row.set("工资", (r.below(400) * 10).to_string()),
        (false, _) => row.set("工资", "0"),
    }
    if r.chance(8) {
        row.set("残疾类别", r.pick(&["肢体", "视力", "听力", "言语", "智力", "精神", "多重"]));
        row.set("残疾等级", (1 + r.below(4)).to_string());
    }
    if r.chance(95) {
        row.set("自理能力", if age >= 70 { r.pick(&["全自理", "全自理", "半失能", "全失能"]) } else { "全自理" });
    }
    if adult && r.chance(95) {
        row.set("劳动能力", if age >= 60 { "无" } else { r.pick(&["有", "有", "有", "部分", "无"]) });
    }
    row.set("重病", if r.chance(5) { "是" } else { "否" });
    row.set("赡养人", r.pick(&["有履行能力", "有履行能力", "有履行能力", "无履行能力", "无"]));
    if !adult {
        row.set("父亲", r.pick(&["健在", "健在", "健在", "死亡", "失联"]));
        row.set("母亲", r.pick(&["健在", "健在", "健在", "死亡"]));
        row.set("供养方式", "分散");
        row.set("在校", if age >= 6 { "是" } else { "否" });
    }
    row.set("工伤护理费", "否");
    row
}

/// Writes the header and `n` households; `bad` malformed rows (at most `n`) at households
/// spread evenly, kinds in turn.
pub fn generate(n: u64, bad: u64, out: &mut impl Write) -> std::io::Result<Generated> {
    let bad = bad.min(n);
    let mut g = Generated::default();
    let mut line: u32 = 1;
    write!(out, "\u{feff}{HEADER}\r\n")?;
    let mut next_bad = 0;
    for i in 0..n {
        let mut rows = household(i);
        let mut extra: Option<(Row, BadKind)> = None;
        if next_bad < bad && i == next_bad * n / bad {
            let kind = [BadKind::BirthDate, BadKind::Relation, BadKind::Income, BadKind::MissingId, BadKind::NotConsecutive][(next_bad % 5) as usize];
            let kind = if kind == BadKind::NotConsecutive && i == 0 { BadKind::MissingId } else { kind };
            next_bad += 1;
            let last = rows.len() - 1;
            match kind {
                BadKind::BirthDate => {
                    rows[0].set("出生日期", "1985-13-40");
                    g.bad.push(Injected { line: line + 1, kind, household: household_id(i) });
                }
                BadKind::Relation => {
                    rows[last].set("与申请人关系", "表亲");
                    g.bad.push(Injected { line: line + 1 + last as u32, kind, household: household_id(i) });
                }
                BadKind::Income => {
                    rows[0].set("工资", "一千五");
                    g.bad.push(Injected { line: line + 1, kind, household: household_id(i) });
                }
                BadKind::MissingId | BadKind::NotConsecutive => {
                    let mut row = member(&mut Lcg::new(u64::MAX - i), 9, "子女", 10, 2025);
                    row.set("户编号", if kind == BadKind::MissingId { String::new() } else { household_id(i - 1) });
                    extra = Some((row, kind));
                }
            }
        }
        for row in &rows {
            write!(out, "{}\r\n", row.line())?;
        }
        line += rows.len() as u32;
        g.rows += rows.len() as u64;
        if let Some((row, kind)) = extra {
            write!(out, "{}\r\n", row.line())?;
            line += 1;
            g.rows += 1;
            g.bad.push(Injected { line, kind, household: household_id(i) });
        }
        g.households += 1;
    }
    Ok(g)
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |s: Option<&String>| s.and_then(|s| s.parse::<u64>().ok());
    let n = number(args.first());
    let bad = match args.get(1).map(String::as_str) {
        None => Some(0),
        Some("--bad") => number(args.get(2)),
        Some(_) => None,
    };
    let (Some(n), Some(bad)) = (n, bad) else {
        eprintln!("usage: gen_roster N [--bad K]   (CSV on stdout; K ≤ N)");
        std::process::exit(2);
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match generate(n, bad, &mut out).and_then(|g| out.flush().map(|_| g)) {
        Ok(g) => {
            eprintln!("{} households, {} member rows, {} bad rows", g.households, g.rows, g.bad.len());
            for b in g.bad.iter().take(20) {
                eprintln!("  bad row: line {} ({:?}, household {})", b.line, b.kind, b.household);
            }
        }
        Err(e) => {
            eprintln!("write failed: {e}");
            std::process::exit(1);
        }
    }
}
