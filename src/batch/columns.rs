//! The roster's columns (docs/batch-screening.md): one row per household member. Each
//! column has a Chinese header, an English name, a few accepted aliases, and the contract
//! field it fills, so engine paths such as `members[1].birthDate` lead back to a column.
use super::csv::Record;
use super::problem::{Label, Msg};
use crate::household::IncomeKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    HouseholdId,
    Region,
    Date,
    Hukou,
    FinancialAssets,
    Emergency,
    MedicalExpenses,
    EducationExpenses,
    MemberId,
    Relation,
    BirthDate,
    Income(IncomeKind),
    DisabilityCategory,
    DisabilityGrade,
    SelfCare,
    LaborCapacity,
    SeriousIllness,
    Supporters,
    Father,
    Mother,
    CareSetting,
    WorkInjuryCare,
    InSchool,
    MedicalOutOfPocket,
}

pub struct Spec {
    pub column: Column,
    pub label: Label,
    /// Other accepted headers, lower case (English is matched ignoring case).
    pub aliases: &'static [&'static str],
    /// The contract field it fills: `region`, `assets.financial`, or a member's `birthDate`.
    pub field: &'static str,
    /// A household fact: given on the household's first row, or on every row alike.
    pub household: bool,
    /// The header must have it (each household needs it; a missing column is a file problem).
    pub required: bool,
}

const fn spec(column: Column, zh: &'static str, en: &'static str, aliases: &'static [&'static str], field: &'static str, household: bool, required: bool) -> Spec {
    Spec { column, label: Label { zh, en }, aliases, field, household, required }
}

use Column as C;
use IncomeKind as K;

/// Every column, in the template's order.
pub const COLUMNS: &[Spec] = &[
    spec(C::HouseholdId, "户编号", "household_id", &["户号", "householdid"], "", true, true),
    spec(C::Region, "地区代码", "region", &["行政区划代码", "区划代码"], "region", true, true),
    spec(C::Date, "测算日期", "date", &["日期"], "date", true, false),
    spec(C::Hukou, "户籍", "hukou", &["户籍类型"], "hukou", true, false),
    spec(C::FinancialAssets, "家庭金融资产", "financial_assets", &["金融资产", "financialassets"], "assets.financial", true, false),
    spec(C::Emergency, "突发困难", "emergency", &["急难情形"], "emergency", true, false),
    spec(C::MedicalExpenses, "年医疗支出", "medical_expenses", &["医疗支出", "medicalexpenses"], "expenses.medical", true, false),
    spec(C::EducationExpenses, "年教育支出", "education_expenses", &["教育支出", "educationexpenses"], "expenses.education", true, false),
    spec(C::MemberId, "成员编号", "member_id", &["memberid", "id"], "id", false, false),
    spec(C::Relation, "与申请人关系", "relation", &["关系"], "relation", false, true),
    spec(C::BirthDate, "出生日期", "birth_date", &["birthdate"], "birthDate", false, true),
    spec(C::Income(K::Wage), "工资", "wage", &["工资收入", "工资性收入"], "incomes", false, false),
    spec(C::Income(K::Business), "经营", "business", &["经营收入", "经营净收入"], "incomes", false, false),
    spec(C::Income(K::Agriculture), "农业", "agriculture", &["农业收入", "农业生产收入"], "incomes", false, false),
    spec(C::Income(K::Property), "财产", "property", &["财产收入", "财产净收入"], "incomes", false, false),
    spec(C::Income(K::Pension), "养老金", "pension", &["退休金"], "incomes", false, false),
    spec(C::Income(K::Support), "赡养费", "support", &["赡养抚养扶养费"], "incomes", false, false),
    spec(C::Income(K::Transfer), "转移", "transfer", &["转移收入", "其他转移性收入"], "incomes", false, false),
    spec(C::Income(K::Other), "其他收入", "other", &["其他"], "incomes", false, false),
    spec(C::Income(K::SpecialCare), "优抚金", "special_care", &["优待抚恤金", "specialcare"], "incomes", false, false),
    spec(C::Income(K::Award), "奖励", "award", &["奖励金", "奖学金"], "incomes", false, false),
    spec(C::DisabilityCategory, "残疾类别", "disability_category", &["disabilitycategory"], "disability.category", false, false),
    spec(C::DisabilityGrade, "残疾等级", "disability_grade", &["disabilitygrade"], "disability.grade", false, false),
    spec(C::SelfCare, "自理能力", "self_care", &["生活自理能力", "selfcare"], "selfCare", false, false),
    spec(C::LaborCapacity, "劳动能力", "labor_capacity", &["laborcapacity"], "laborCapacity", false, false),
    spec(C::SeriousIllness, "重病", "serious_illness", &["是否重病", "seriousillness"], "seriousIllness", false, false),
    spec(C::Supporters, "赡养人", "supporters", &["法定义务人", "义务人"], "supporters", false, false),
    spec(C::Father, "父亲", "father", &["父亲情况"], "parents.father", false, false),
    spec(C::Mother, "母亲", "mother", &["母亲情况"], "parents.mother", false, false),
    spec(C::CareSetting, "供养方式", "care_setting", &["caresetting"], "careSetting", false, false),
    spec(C::WorkInjuryCare, "工伤护理费", "work_injury_care", &["workinjurycare"], "workInjuryCare", false, false),
    spec(C::InSchool, "在校", "in_school", &["在校就读", "inschool"], "inSchool", false, false),
    spec(C::MedicalOutOfPocket, "医疗自付", "medical_out_of_pocket", &["医疗自付费用", "medicaloutofpocket"], "medicalOutOfPocket", false, false),
];

/// The spec of a column. Every column is in `COLUMNS`; the fallback only keeps this total.
pub fn spec_of(column: Column) -> &'static Spec {
    let i = index_of(column);
    COLUMNS.get(i).unwrap_or(&COLUMNS[0])
}

/// A column's place in `COLUMNS`, without a search: cells are read per row, a million times
/// (the unit test below keeps this in step with `COLUMNS`).
fn index_of(column: Column) -> usize {
    match column {
        C::HouseholdId => 0,
        C::Region => 1,
        C::Date => 2,
        C::Hukou => 3,
        C::FinancialAssets => 4,
        C::Emergency => 5,
        C::MedicalExpenses => 6,
        C::EducationExpenses => 7,
        C::MemberId => 8,
        C::Relation => 9,
        C::BirthDate => 10,
        C::Income(kind) => 11 + K::ALL.iter().position(|k| *k == kind).unwrap_or(0),
        C::DisabilityCategory => 21,
        C::DisabilityGrade => 22,
        C::SelfCare => 23,
        C::LaborCapacity => 24,
        C::SeriousIllness => 25,
        C::Supporters => 26,
        C::Father => 27,
        C::Mother => 28,
        C::CareSetting => 29,
        C::WorkInjuryCare => 30,
        C::InSchool => 31,
        C::MedicalOutOfPocket => 32,
    }
}

pub fn label(column: Column) -> Label {
    spec_of(column).label
}

/// The column an engine path leads to (`members[1].parents` → 父亲 and 母亲 as one label).
/// `field` is the path after `members[i].`, or a household path.
pub fn label_for_field(field: &str) -> Option<Label> {
    let field = field.split('[').next().unwrap_or(field);
    match field {
        "incomes" => return Some(Label { zh: "各项收入", en: "income columns" }),
        "parents" => return Some(Label { zh: "父亲、母亲", en: "father, mother" }),
        "expenses" => return Some(Label { zh: "年医疗支出、年教育支出", en: "medical_expenses, education_expenses" }),
        "disability" => return Some(label(C::DisabilityCategory)),
        _ => {}
    }
    COLUMNS.iter().find(|s| !s.field.is_empty() && (s.field == field || field.starts_with(s.field) && field[s.field.len()..].starts_with('.'))).map(|s| s.label)
}

/// Which column each position of the file holds.
#[derive(Clone, Debug)]
pub struct Header {
    /// Per spec (same order as `COLUMNS`): its position in the file.
    positions: Vec<Option<usize>>,
    width: usize,
}

impl Header {
    /// Reads the header row. Unknown, repeated and missing required columns are all
    /// reported at once; an empty header cell is allowed and its column ignored.
    pub fn parse(record: &Record) -> Result<Header, Vec<Msg>> {
        let mut positions = vec![None; COLUMNS.len()];
        let mut problems = Vec::new();
        for (at, raw) in record.fields().enumerate() {
            let name = raw.trim();
            if name.is_empty() {
                continue;
            }
            match find(name) {
                None => problems.push(unknown(name, at)),
                Some(i) => match positions.get(i).copied().flatten() {
                    Some(first) => problems.push(Msg::new(
                        format!("表头第 {} 列“{name}”与第 {} 列重复", at + 1, first + 1),
                        format!("header column {} \"{name}\" repeats column {}", at + 1, first + 1),
                    )),
                    None => positions[i] = Some(at),
                },
            }
        }
        for (spec, position) in COLUMNS.iter().zip(&positions) {
            if spec.required && position.is_none() {
                problems.push(Msg::new(format!("表头缺少必需的列“{}”", spec.label.zh), format!("the header lacks the required column \"{}\"", spec.label.en)));
            }
        }
        match problems.is_empty() {
            true => Ok(Header { positions, width: record.len() }),
            false => Err(problems),
        }
    }

    /// The trimmed cell of `column` in a row; empty when the file has no such column.
    pub fn cell<'r>(&self, record: &'r Record, column: Column) -> &'r str {
        self.position(column).and_then(|p| record.get(p)).map_or("", str::trim)
    }

    pub fn has(&self, column: Column) -> bool {
        self.position(column).is_some()
    }

    fn position(&self, column: Column) -> Option<usize> {
        self.positions.get(index_of(column)).copied().flatten()
    }

    /// How many columns the header row has (cells beyond it are a row problem).
    pub fn width(&self) -> usize {
        self.width
    }
}

/// The spec a header names: its Chinese header, English name or an alias, also when a hint
/// follows, as in `出生日期（YYYY-MM-DD）` or `户编号 household_id`.
fn find(name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    let head = lower.split([' ', '/', '(', '（', '\t']).next().unwrap_or(&lower);
    [lower.as_str(), head].iter().find_map(|n| COLUMNS.iter().position(|s| s.label.zh == *n || s.label.en == *n || s.aliases.contains(n)))
}

fn unknown(name: &str, at: usize) -> Msg {
    // Rosters saved by Excel as "CSV" (not "CSV UTF-8") are GBK: the headers decode to U+FFFD.
    if name.contains('\u{fffd}') {
        return Msg::new(
            format!("表头第 {} 列无法识别：文件可能不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”", at + 1),
            format!("header column {} is unreadable: the file is probably not UTF-8; in Excel save as \"CSV UTF-8 (Comma delimited)\"", at + 1),
        );
    }
    let known: Vec<&str> = COLUMNS.iter().map(|s| s.label.zh).collect();
    Msg::new(
        format!("表头第 {} 列“{name}”不是可识别的列名；可用：{}", at + 1, known.join("、")),
        format!("header column {} \"{name}\" is not a known column; see docs/batch-screening.md", at + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_of_matches_the_table() {
        for (i, spec) in COLUMNS.iter().enumerate() {
            assert_eq!(index_of(spec.column), i, "{}", spec.label.en);
        }
        assert_eq!(COLUMNS.len(), 33);
    }

    #[test]
    fn headers_are_found_by_chinese_english_alias_and_with_a_hint() {
        for name in ["出生日期", "birth_date", "BirthDate", "出生日期（YYYY-MM-DD）", "出生日期 birth_date"] {
            assert_eq!(find(name).map(|i| COLUMNS[i].column), Some(C::BirthDate), "{name}");
        }
        assert_eq!(find("生日"), None);
    }

    #[test]
    fn engine_fields_lead_back_to_columns() {
        assert_eq!(label_for_field("birthDate").map(|l| l.en), Some("birth_date"));
        assert_eq!(label_for_field("parents.father").map(|l| l.en), Some("father"));
        assert_eq!(label_for_field("incomes[2].monthly").map(|l| l.en), Some("income columns"));
        assert_eq!(label_for_field("assets.financial").map(|l| l.en), Some("financial_assets"));
        assert_eq!(label_for_field("disability.grade").map(|l| l.en), Some("disability_grade"));
        assert_eq!(label_for_field("nickname"), None);
    }
}
