//! The walk over raw JSON. It keeps going after a problem so the resident (or the calling
//! system) sees every problem at once.
use super::*;
use crate::date::Date;
use crate::i18n::Lang;
use crate::money::Yuan;
use crate::region::RegionCode;
use serde_json::{Map, Value};

/// Validates `raw` against CONTRACT.md. `today` is the default determination date.
pub fn parse_household(raw: &Value, today: Date) -> Result<Household, InputError> {
    let mut p = Parser::default();
    let household = p.household(raw, today);
    match household {
        Some(h) if p.problems.is_empty() => Ok(h),
        _ => Err(InputError::invalid(p.problems)),
    }
}

#[derive(Default)]
struct Parser {
    problems: Vec<Problem>,
}

const HOUSEHOLD_FIELDS: &[&str] = &["schemaVersion", "region", "date", "hukou", "members", "assets", "emergency", "expenses", "language"];
const MEMBER_FIELDS: &[&str] = &[
    "id", "relation", "birthDate", "incomes", "disability", "selfCare", "laborCapacity",
    "seriousIllness", "supporters", "parents", "careSetting", "workInjuryCare", "inSchool", "medicalOutOfPocket",
];

impl Parser {
    fn problem(&mut self, path: &str, zh: impl Into<String>, en: impl Into<String>) {
        self.problems.push(Problem { path: path.to_string(), message: zh.into(), message_en: en.into() });
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str, allowed: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.problem(path, "应为对象 {…}", "must be an object {…}");
            return None;
        };
        for key in map.keys().filter(|k| !allowed.contains(&k.as_str())) {
            let at = join(path, key);
            self.problem(&at, format!("未知字段“{key}”"), format!("unknown field \"{key}\""));
        }
        Some(map)
    }

    fn required<'v>(&mut self, map: &'v Map<String, Value>, path: &str, key: &str) -> Option<&'v Value> {
        let value = present(map, key);
        if value.is_none() {
            self.problem(&join(path, key), "必填项未填写", REQUIRED_EN);
        }
        value
    }

    fn string<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v str> {
        let text = value.as_str();
        if text.is_none() {
            self.problem(path, "应为文字（字符串）", "must be a string");
        }
        text
    }

    fn date(&mut self, value: &Value, path: &str) -> Option<Date> {
        let text = self.string(value, path)?;
        let date = Date::parse(text);
        if date.is_none() {
            self.problem(path, format!("日期“{text}”无效，应为 YYYY-MM-DD，如 1960-05-01"), format!("\"{text}\" is not a valid date; use YYYY-MM-DD, e.g. 1960-05-01"));
        }
        date
    }

    fn money(&mut self, value: &Value, path: &str) -> Option<Yuan> {
        if value.is_number() {
            self.problem(path, "金额应写成带引号的数字文本，如 \"740.00\"", "money must be a decimal string such as \"740.00\", not a JSON number");
            return None;
        }
        let text = self.string(value, path)?;
        match Yuan::parse(text) {
            None => {
                self.problem(path, format!("“{text}”不是有效金额，请填写数字，如 740.50"), format!("\"{text}\" is not a valid amount; write a number such as 740.50"));
                None
            }
            Some(amount) if amount.is_negative() => {
                self.problem(path, "金额不能为负数", "amount must not be negative");
                None
            }
            // Beyond it, sums over the household could overflow (a panic, not an answer).
            Some(amount) if amount > Yuan::INPUT_LIMIT => {
                self.problem(path, "金额过大，应不超过 1000000000000 元", "amount is too large; at most 1000000000000");
                None
            }
            Some(amount) => Some(amount),
        }
    }

    fn word<T>(&mut self, value: &Value, path: &str, from_json: fn(&str) -> Option<T>, spellings: fn() -> String) -> Option<T> {
        let text = self.string(value, path)?;
        let parsed = from_json(text);
        if parsed.is_none() {
            let allowed = spellings();
            self.problem(path, format!("“{text}”不是可选值，可选：{allowed}"), format!("\"{text}\" is not one of: {allowed}"));
        }
        parsed
    }

    fn optional_word<T>(&mut self, map: &Map<String, Value>, path: &str, key: &str, from_json: fn(&str) -> Option<T>, spellings: fn() -> String) -> Option<T> {
        present(map, key).and_then(|v| self.word(v, &join(path, key), from_json, spellings))
    }

    fn household(&mut self, raw: &Value, today: Date) -> Option<Household> {
        let map = self.object(raw, "", HOUSEHOLD_FIELDS)?;
        if let Some(version) = present(map, "schemaVersion") {
            if version.as_u64() != Some(1) {
                self.problem("schemaVersion", "只支持 schemaVersion 1", "only schemaVersion 1 is supported");
            }
        }
        let region = self.required(map, "", "region").and_then(|v| self.region(v));
        let date = match present(map, "date") {
            Some(v) => self.date(v, "date"),
            None => Some(today),
        };
        let hukou = self.optional_word(map, "", "hukou", Hukou::from_json, Hukou::spellings);
        let financial_assets = present(map, "assets").and_then(|v| self.assets(v));
        let emergency = self.optional_word(map, "", "emergency", Emergency::from_json, Emergency::spellings);
        let expenses = present(map, "expenses").and_then(|v| self.expenses(v));
        let language = present(map, "language").and_then(|v| self.language(v)).unwrap_or_default();
        let members = self.required(map, "", "members").and_then(|v| self.members(v, date));
        Some(Household { region: region?, date: date?, hukou, members: members?, financial_assets, emergency, expenses, language })
    }

    /// The language of the report's wording (optional; 简体 by default).
    fn language(&mut self, value: &Value) -> Option<Lang> {
        let text = self.string(value, "language")?;
        let lang = Lang::from_tag(text);
        if lang.is_none() {
            self.problem("language", format!("语言“{text}”不支持，可选：zh-Hans、zh-Hant、en"), format!("language \"{text}\" is not supported; use zh-Hans, zh-Hant or en"));
        }
        lang
    }

    fn region(&mut self, value: &Value) -> Option<RegionCode> {
        let text = self.string(value, "region")?;
        let code = RegionCode::parse(text);
        if code.is_none() {
            self.problem("region", format!("地区代码“{text}”格式不对，应为 6 位行政区划代码，如 430602"), format!("region \"{text}\" must be a 6-digit administrative division code such as 430602"));
        }
        code
    }

    fn assets(&mut self, value: &Value) -> Option<Yuan> {
        let map = self.object(value, "assets", &["financial"])?;
        present(map, "financial").and_then(|v| self.money(v, "assets.financial"))
    }

    /// Both kinds default to 0 when the other is given: "no education spending" is an answer.
    fn expenses(&mut self, value: &Value) -> Option<Expenses> {
        let map = self.object(value, "expenses", &["medical", "education"])?;
        let medical = present(map, "medical").map(|v| self.money(v, "expenses.medical"));
        let education = present(map, "education").map(|v| self.money(v, "expenses.education"));
        Some(Expenses { medical: medical.unwrap_or(Some(Yuan::ZERO))?, education: education.unwrap_or(Some(Yuan::ZERO))? })
    }

    fn flag(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<bool> {
        present(map, key).and_then(|v| {
            let flag = v.as_bool();
            if flag.is_none() {
                self.problem(&join(path, key), "应为 true 或 false", "must be true or false");
            }
            flag
        })
    }

    fn members(&mut self, value: &Value, date: Option<Date>) -> Option<Vec<Member>> {
        let Some(list) = value.as_array() else {
            self.problem("members", "应为成员列表 […]", "must be a list of members […]");
            return None;
        };
        if list.is_empty() {
            self.problem("members", "家庭成员不能为空，至少填写申请人本人", "must list at least the applicant");
            return None;
        }
        let before = self.problems.len();
        let members: Vec<Option<Member>> = list.iter().enumerate().map(|(i, m)| self.member(m, i, date)).collect();
        let members: Vec<Member> = members.into_iter().flatten().collect();
        if self.problems.len() > before {
            return None;
        }
        self.problems.extend(member_rules(&members));
        (self.problems.len() == before).then_some(members)
    }

    fn member(&mut self, value: &Value, index: usize, date: Option<Date>) -> Option<Member> {
        let path = format!("members[{index}]");
        let map = self.object(value, &path, MEMBER_FIELDS)?;
        let id = self.required(map, &path, "id").and_then(|v| self.string(v, &join(&path, "id"))).map(str::to_string);
        if id.as_deref().is_some_and(|id| id.trim().is_empty()) {
            self.problem(&join(&path, "id"), "成员编号不能为空", "member id must not be empty");
        }
        let relation = self.required(map, &path, "relation").and_then(|v| self.word(v, &join(&path, "relation"), Relation::from_json, Relation::spellings));
        let birth_path = join(&path, "birthDate");
        let birth_date = self.required(map, &path, "birthDate").and_then(|v| self.date(v, &birth_path));
        if let (Some(birth), Some(on)) = (birth_date, date) {
            self.problems.extend(born_after(birth, on, &birth_path));
        }
        let incomes = present(map, "incomes").and_then(|v| self.incomes(v, &join(&path, "incomes")));
        let disability = present(map, "disability").and_then(|v| self.disability(v, &join(&path, "disability")));
        let serious_illness = self.flag(map, &path, "seriousIllness");
        let work_injury_care = self.flag(map, &path, "workInjuryCare");
        let in_school = self.flag(map, &path, "inSchool");
        let medical_out_of_pocket = present(map, "medicalOutOfPocket").and_then(|v| self.money(v, &join(&path, "medicalOutOfPocket")));
        let parents = present(map, "parents").and_then(|v| self.parents(v, &join(&path, "parents")));
        Some(Member {
            self_care: self.optional_word(map, &path, "selfCare", Level::from_json, Level::spellings),
            labor_capacity: self.optional_word(map, &path, "laborCapacity", Level::from_json, Level::spellings),
            supporters: self.optional_word(map, &path, "supporters", Supporters::from_json, Supporters::spellings),
            care_setting: self.optional_word(map, &path, "careSetting", CareSetting::from_json, CareSetting::spellings),
            id: id?,
            index,
            relation: relation?,
            birth_date: birth_date?,
            incomes,
            disability,
            serious_illness,
            parents,
            work_injury_care,
            in_school,
            medical_out_of_pocket,
        })
    }

    fn incomes(&mut self, value: &Value, path: &str) -> Option<Vec<Income>> {
        let Some(list) = value.as_array() else {
            self.problem(path, "应为收入列表 […]", "must be a list of incomes […]");
            return None;
        };
        let parsed: Vec<Option<Income>> = list
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let at = format!("{path}[{i}]");
                let map = self.object(item, &at, &["kind", "monthly"])?;
                let kind = self.required(map, &at, "kind").and_then(|v| self.word(v, &join(&at, "kind"), IncomeKind::from_json, IncomeKind::spellings));
                let monthly = self.required(map, &at, "monthly").and_then(|v| self.money(v, &join(&at, "monthly")));
                Some(Income { kind: kind?, monthly: monthly? })
            })
            .collect();
        parsed.into_iter().collect()
    }

    fn disability(&mut self, value: &Value, path: &str) -> Option<Disability> {
        let map = self.object(value, path, &["category", "grade"])?;
        let category = self.required(map, path, "category").and_then(|v| self.word(v, &join(path, "category"), DisabilityCategory::from_json, DisabilityCategory::spellings));
        let grade = self.required(map, path, "grade").and_then(|v| {
            let grade = v.as_u64().filter(|g| (1..=4).contains(g));
            if grade.is_none() {
                self.problem(&join(path, "grade"), "残疾等级应为 1 到 4 的整数", "grade must be a whole number from 1 to 4");
            }
            grade
        });
        Some(Disability { category: category?, grade: grade? as u8 })
    }

    fn parents(&mut self, value: &Value, path: &str) -> Option<Parents> {
        let map = self.object(value, path, &["father", "mother"])?;
        let mut status = |key: &str| self.required(map, path, key).and_then(|v| self.word(v, &join(path, key), ParentStatus::from_json, ParentStatus::spellings));
        let father = status("father");
        let mother = status("mother");
        Some(Parents { father: father?, mother: mother? })
    }
}

/// The rules between members: exactly one applicant, ids unique. Public because batch
/// screening builds members from CSV cells, not JSON, and must apply the same rules.
pub fn member_rules(members: &[Member]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let applicants = members.iter().filter(|m| m.relation == Relation::Applicant).count();
    if applicants != 1 {
        problems.push(Problem {
            path: "members".to_string(),
            message: format!("应有且只有一位申请人（relation 为 applicant），现有 {applicants} 位"),
            message_en: format!("exactly one member must have relation \"applicant\"; found {applicants}"),
        });
    }
    for (i, member) in members.iter().enumerate() {
        if members[..i].iter().any(|other| other.id == member.id) {
            problems.push(Problem { path: member.path("id"), message: format!("成员编号“{}”重复", member.id), message_en: format!("duplicate member id \"{}\"", member.id) });
        }
    }
    problems
}

/// A birth date after the determination day (a newborn on the day itself is allowed).
pub fn born_after(birth: Date, on: Date, path: &str) -> Option<Problem> {
    (birth > on).then(|| Problem {
        path: path.to_string(),
        message: format!("出生日期 {birth} 晚于测算日期 {on}"),
        message_en: format!("birth date {birth} is after the determination date {on}"),
    })
}

/// A key's value, treating JSON `null` as absent (forms send `null` for "not answered").
fn present<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn today() -> Date {
        Date::parse("2025-07-01").unwrap()
    }

    fn paths(raw: Value) -> Vec<String> {
        parse_household(&raw, today()).unwrap_err().problems.into_iter().map(|p| p.path).collect()
    }

    fn one_member(member: Value) -> Value {
        json!({ "region": "430602", "members": [member] })
    }

    #[test]
    fn a_minimal_household_parses_with_today_as_default_date() {
        let h = parse_household(&one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "1950-01-01" })), today()).unwrap();
        assert_eq!(h.date, today());
        assert_eq!(h.members[0].incomes, None);
        assert_eq!(h.region.as_str(), "430602");
    }

    #[test]
    fn negative_and_non_numeric_money_are_refused_with_paths() {
        let raw = one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "1950-01-01",
            "incomes": [ { "kind": "wage", "monthly": "-1" }, { "kind": "wage", "monthly": "abc" }, { "kind": "wage", "monthly": 5 } ] }));
        let err = parse_household(&raw, today()).unwrap_err();
        assert_eq!(err.problems.len(), 3);
        assert_eq!(err.problems[0].path, "members[0].incomes[0].monthly");
        assert_eq!(err.problems[0].message, "金额不能为负数");
        assert_eq!(err.problems[1].path, "members[0].incomes[1].monthly");
        assert_eq!(err.problems[2].path, "members[0].incomes[2].monthly");
    }

    #[test]
    fn amounts_beyond_the_input_limit_are_refused_not_overflowed() {
        let max = "79228162514264337593543950335";
        let raw = one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "1950-01-01",
            "incomes": [ { "kind": "wage", "monthly": max }, { "kind": "wage", "monthly": "1000000000000" } ] }));
        assert_eq!(paths(raw), ["members[0].incomes[0].monthly"]);
    }

    #[test]
    fn malformed_and_future_birth_dates_are_refused() {
        assert_eq!(paths(one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "1950-02-30" }))), ["members[0].birthDate"]);
        assert_eq!(paths(one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "2025-07-02" }))), ["members[0].birthDate"]);
        // Born on the determination day is allowed (a newborn).
        assert!(parse_household(&one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "2025-07-01" })), today()).is_ok());
    }

    #[test]
    fn applicant_count_must_be_exactly_one() {
        let none = json!({ "region": "430602", "members": [ { "id": "a", "relation": "spouse", "birthDate": "1950-01-01" } ] });
        assert_eq!(paths(none), ["members"]);
        let two = json!({ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1950-01-01" },
            { "id": "b", "relation": "applicant", "birthDate": "1950-01-01" } ] });
        assert_eq!(paths(two), ["members"]);
    }

    #[test]
    fn duplicate_ids_unknown_enums_and_unknown_fields_are_each_named() {
        let raw = json!({ "region": "430602", "colour": "red", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1950-01-01", "selfCare": "some" },
            { "id": "a", "relation": "cousin", "birthDate": "1950-01-01", "nickname": "x" } ] });
        let got = paths(raw);
        assert_eq!(got, ["colour", "members[0].selfCare", "members[1].nickname", "members[1].relation"]);
        let dup = json!({ "region": "430602", "members": [
            { "id": "a", "relation": "applicant", "birthDate": "1950-01-01" },
            { "id": "a", "relation": "spouse", "birthDate": "1950-01-01" } ] });
        assert_eq!(paths(dup), ["members[1].id"]);
    }

    #[test]
    fn region_format_empty_household_and_schema_version() {
        assert_eq!(paths(json!({ "region": "4306", "members": [] })), ["region", "members"]);
        assert_eq!(paths(json!({ "schemaVersion": 2, "region": "430602", "members": [ { "id": "a", "relation": "applicant", "birthDate": "1950-01-01" } ] })), ["schemaVersion"]);
        assert_eq!(paths(json!([1, 2])), [""]);
        assert_eq!(paths(json!({})), ["region", "members"]);
    }

    #[test]
    fn disability_grade_outside_one_to_four_is_refused() {
        let raw = one_member(json!({ "id": "a", "relation": "applicant", "birthDate": "1950-01-01", "disability": { "category": "visual", "grade": 5 } }));
        assert_eq!(paths(raw), ["members[0].disability.grade"]);
    }
}
