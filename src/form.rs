//! The form as the resident typed it. Fields are kept as text so nothing typed is lost while
//! it is still incomplete ("12." on the way to "12.5"); the engine's validator judges it.
//! Plain Rust (no web dependency), so it is tested natively; the widget wraps it in a Yew
//! reducer.
use serde::Serialize;
use serde_json::{json, Map, Value};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct IncomeRow {
    pub kind: String,
    pub monthly: String,
}

impl IncomeRow {
    /// A new row starts as wages, the most common kind, with the amount still to type.
    fn wage() -> IncomeRow {
        IncomeRow { kind: "wage".into(), monthly: String::new() }
    }
}

// Drafts saved by older versions lack newer fields: `FormState::from_draft` leaves them empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MemberForm {
    pub id: String,
    pub relation: String,
    pub birth_date: String,
    /// "" = not answered, "none" = 无收入, "some" = has the rows below.
    pub has_income: String,
    pub incomes: Vec<IncomeRow>,
    pub disability_category: String,
    pub disability_grade: String,
    pub self_care: String,
    pub labor_capacity: String,
    pub supporters: String,
    pub father: String,
    pub mother: String,
    pub care_setting: String,
    /// "", "true" or "false".
    pub work_injury_care: String,
    pub serious_illness: String,
    pub medical_out_of_pocket: String,
}

impl MemberForm {
    fn new(id: String, relation: &str) -> MemberForm {
        MemberForm {
            id,
            relation: relation.to_string(),
            birth_date: String::new(),
            has_income: String::new(),
            incomes: Vec::new(),
            disability_category: String::new(),
            disability_grade: String::new(),
            self_care: String::new(),
            labor_capacity: String::new(),
            supporters: String::new(),
            father: String::new(),
            mother: String::new(),
            care_setting: String::new(),
            work_injury_care: String::new(),
            serious_illness: String::new(),
            medical_out_of_pocket: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FormState {
    pub region: String,
    pub date: String,
    pub hukou: String,
    pub financial_assets: String,
    pub emergency: String,
    pub expenses_medical: String,
    pub expenses_education: String,
    pub members: Vec<MemberForm>,
    next_id: u32,
}

/// Reads a saved draft (what `Serialize` wrote: the fields by their Rust names). A field an
/// older version did not save is left empty, so old drafts still load; a field of the wrong
/// type makes the whole draft unreadable (`None`), and the widget sets it aside rather than
/// guess. Written by hand: a derived reader cost about 4 KB gzip of the widget's first load.
impl FormState {
    pub fn from_draft(v: &Value) -> Option<FormState> {
        let o = v.as_object()?;
        let members = list(o, "members", MemberForm::from_draft)?;
        let next_id = match o.get("next_id") {
            None => 0,
            Some(n) => u32::try_from(n.as_u64()?).ok()?,
        };
        Some(FormState {
            region: text(o, "region")?,
            date: text(o, "date")?,
            hukou: text(o, "hukou")?,
            financial_assets: text(o, "financial_assets")?,
            emergency: text(o, "emergency")?,
            expenses_medical: text(o, "expenses_medical")?,
            expenses_education: text(o, "expenses_education")?,
            members,
            next_id,
        })
    }
}

impl MemberForm {
    fn from_draft(v: &Value) -> Option<MemberForm> {
        let o = v.as_object()?;
        let incomes = list(o, "incomes", |row| {
            let r = row.as_object()?;
            Some(IncomeRow { kind: text(r, "kind")?, monthly: text(r, "monthly")? })
        })?;
        Some(MemberForm {
            id: text(o, "id")?,
            relation: text(o, "relation")?,
            birth_date: text(o, "birth_date")?,
            has_income: text(o, "has_income")?,
            incomes,
            disability_category: text(o, "disability_category")?,
            disability_grade: text(o, "disability_grade")?,
            self_care: text(o, "self_care")?,
            labor_capacity: text(o, "labor_capacity")?,
            supporters: text(o, "supporters")?,
            father: text(o, "father")?,
            mother: text(o, "mother")?,
            care_setting: text(o, "care_setting")?,
            work_injury_care: text(o, "work_injury_care")?,
            serious_illness: text(o, "serious_illness")?,
            medical_out_of_pocket: text(o, "medical_out_of_pocket")?,
        })
    }
}

/// A saved list: empty when absent, `None` when it or any item is unreadable.
fn list<T>(o: &Map<String, Value>, key: &str, item: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    match o.get(key) {
        None => Some(Vec::new()),
        Some(v) => v.as_array()?.iter().map(item).collect(),
    }
}

/// A saved text field: empty when absent, `None` when not a string.
fn text(o: &Map<String, Value>, key: &str) -> Option<String> {
    match o.get(key) {
        None => Some(String::new()),
        Some(v) => v.as_str().map(str::to_string),
    }
}

/// Which text field of a member changed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MemberField {
    Relation,
    BirthDate,
    HasIncome,
    DisabilityCategory,
    DisabilityGrade,
    SelfCare,
    LaborCapacity,
    Supporters,
    Father,
    Mother,
    CareSetting,
    WorkInjuryCare,
    SeriousIllness,
    MedicalOutOfPocket,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HouseholdField {
    Region,
    Date,
    Hukou,
    FinancialAssets,
    Emergency,
    ExpensesMedical,
    ExpensesEducation,
}

pub enum Action {
    SetHousehold(HouseholdField, String),
    SetMember(usize, MemberField, String),
    AddMember,
    RemoveMember(usize),
    AddIncome(usize),
    /// Replaces every answer (a loaded draft or share link, or 清除我的数据).
    Replace(FormState),
    RemoveIncome(usize, usize),
    SetIncome { member: usize, row: usize, kind: Option<String>, monthly: Option<String> },
}

impl FormState {
    pub fn new(region: &str, today: &str) -> FormState {
        FormState {
            region: region.to_string(),
            date: today.to_string(),
            hukou: String::new(),
            financial_assets: String::new(),
            emergency: String::new(),
            expenses_medical: String::new(),
            expenses_education: String::new(),
            members: vec![MemberForm::new("m1".into(), "applicant")],
            next_id: 2,
        }
    }

    /// The form for a household in the contract's shape (from a share link). Unknown or
    /// malformed parts are left blank for the resident to fill, never guessed.
    pub fn from_household(h: &Value) -> FormState {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let members: Vec<MemberForm> = h["members"]
            .as_array()
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, m)| {
                        let incomes: Option<Vec<IncomeRow>> = m["incomes"].as_array().map(|rows| rows.iter().map(|r| IncomeRow { kind: text(&r["kind"]), monthly: text(&r["monthly"]) }).collect());
                        let flag = |v: &Value| v.as_bool().map(|b| b.to_string()).unwrap_or_default();
                        MemberForm {
                            id: format!("m{}", i + 1),
                            relation: text(&m["relation"]),
                            birth_date: text(&m["birthDate"]),
                            has_income: match &incomes {
                                Some(rows) if rows.is_empty() => "none".into(),
                                Some(_) => "some".into(),
                                None => String::new(),
                            },
                            incomes: incomes.unwrap_or_default(),
                            disability_category: text(&m["disability"]["category"]),
                            disability_grade: m["disability"]["grade"].as_u64().map(|g| g.to_string()).unwrap_or_default(),
                            self_care: text(&m["selfCare"]),
                            labor_capacity: text(&m["laborCapacity"]),
                            supporters: text(&m["supporters"]),
                            father: text(&m["parents"]["father"]),
                            mother: text(&m["parents"]["mother"]),
                            care_setting: text(&m["careSetting"]),
                            work_injury_care: flag(&m["workInjuryCare"]),
                            serious_illness: flag(&m["seriousIllness"]),
                            medical_out_of_pocket: text(&m["medicalOutOfPocket"]),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let next_id = members.len() as u32 + 1;
        FormState {
            region: text(&h["region"]),
            date: text(&h["date"]),
            hukou: text(&h["hukou"]),
            financial_assets: text(&h["assets"]["financial"]),
            emergency: text(&h["emergency"]),
            expenses_medical: text(&h["expenses"]["medical"]),
            expenses_education: text(&h["expenses"]["education"]),
            members: if members.is_empty() { vec![MemberForm::new("m1".into(), "applicant")] } else { members },
            next_id,
        }
    }

    /// The household in the contract's JSON shape. Unanswered fields are left out, so the
    /// engine reports them as missing rather than assuming an answer.
    pub fn to_json(&self) -> Value {
        let mut household = Map::new();
        household.insert("region".into(), json!(self.region));
        put(&mut household, "date", &self.date);
        put(&mut household, "hukou", &self.hukou);
        if !self.financial_assets.trim().is_empty() {
            household.insert("assets".into(), json!({ "financial": self.financial_assets.trim() }));
        }
        put(&mut household, "emergency", &self.emergency);
        if !self.expenses_medical.trim().is_empty() || !self.expenses_education.trim().is_empty() {
            let mut expenses = Map::new();
            put(&mut expenses, "medical", &self.expenses_medical);
            put(&mut expenses, "education", &self.expenses_education);
            household.insert("expenses".into(), Value::Object(expenses));
        }
        let members: Vec<Value> = self.members.iter().map(member_json).collect();
        household.insert("members".into(), Value::Array(members));
        Value::Object(household)
    }
}

fn member_json(m: &MemberForm) -> Value {
    let mut member = Map::new();
    member.insert("id".into(), json!(m.id));
    put(&mut member, "relation", &m.relation);
    put(&mut member, "birthDate", &m.birth_date);
    match m.has_income.as_str() {
        "none" => {
            member.insert("incomes".into(), json!([]));
        }
        "some" => {
            let rows: Vec<Value> = m.incomes.iter().map(|r| json!({ "kind": r.kind, "monthly": r.monthly.trim() })).collect();
            member.insert("incomes".into(), Value::Array(rows));
        }
        _ => {}
    }
    // Two-part answers are sent once both parts are chosen, so results stay on screen
    // while the resident is halfway through one.
    if let (false, Ok(grade)) = (m.disability_category.is_empty(), m.disability_grade.parse::<u64>()) {
        member.insert("disability".into(), json!({ "category": m.disability_category, "grade": grade }));
    }
    if !m.father.is_empty() && !m.mother.is_empty() {
        member.insert("parents".into(), json!({ "father": m.father, "mother": m.mother }));
    }
    put(&mut member, "selfCare", &m.self_care);
    put(&mut member, "laborCapacity", &m.labor_capacity);
    put(&mut member, "supporters", &m.supporters);
    put(&mut member, "careSetting", &m.care_setting);
    for (key, text) in [("workInjuryCare", &m.work_injury_care), ("seriousIllness", &m.serious_illness)] {
        if let Ok(flag) = text.parse::<bool>() {
            member.insert(key.into(), json!(flag));
        }
    }
    put(&mut member, "medicalOutOfPocket", &m.medical_out_of_pocket);
    Value::Object(member)
}

fn put(map: &mut Map<String, Value>, key: &str, text: &str) {
    if !text.trim().is_empty() {
        map.insert(key.into(), json!(text.trim()));
    }
}

impl FormState {
    /// The form after one change.
    pub fn apply(&self, action: Action) -> FormState {
        let mut s = self.clone();
        match action {
            Action::SetHousehold(field, value) => match field {
                HouseholdField::Region => s.region = value,
                HouseholdField::Date => s.date = value,
                HouseholdField::Hukou => s.hukou = value,
                HouseholdField::FinancialAssets => s.financial_assets = value,
                HouseholdField::Emergency => s.emergency = value,
                HouseholdField::ExpensesMedical => s.expenses_medical = value,
                HouseholdField::ExpensesEducation => s.expenses_education = value,
            },
            Action::SetMember(i, field, value) => {
                if let Some(m) = s.members.get_mut(i) {
                    set_member(m, field, value);
                }
            }
            Action::AddMember => {
                let id = format!("m{}", s.next_id);
                s.next_id += 1;
                s.members.push(MemberForm::new(id, ""));
            }
            Action::RemoveMember(i) => {
                // The applicant stays: a household always has one.
                if i < s.members.len() && s.members[i].relation != "applicant" {
                    s.members.remove(i);
                }
            }
            Action::Replace(state) => s = state,
            Action::AddIncome(i) => {
                if let Some(m) = s.members.get_mut(i) {
                    m.has_income = "some".into();
                    m.incomes.push(IncomeRow::wage());
                }
            }
            Action::RemoveIncome(i, row) => {
                if let Some(m) = s.members.get_mut(i) {
                    if row < m.incomes.len() {
                        m.incomes.remove(row);
                    }
                }
            }
            Action::SetIncome { member, row, kind, monthly } => {
                if let Some(r) = s.members.get_mut(member).and_then(|m| m.incomes.get_mut(row)) {
                    if let Some(kind) = kind {
                        r.kind = kind;
                    }
                    if let Some(monthly) = monthly {
                        r.monthly = monthly;
                    }
                }
            }
        }
        s
    }
}

fn set_member(m: &mut MemberForm, field: MemberField, value: String) {
    match field {
        MemberField::Relation => m.relation = value,
        MemberField::BirthDate => m.birth_date = value,
        MemberField::HasIncome => {
            if value == "some" && m.incomes.is_empty() {
                m.incomes.push(IncomeRow::wage());
            }
            m.has_income = value;
        }
        MemberField::DisabilityCategory => m.disability_category = value,
        MemberField::DisabilityGrade => m.disability_grade = value,
        MemberField::SelfCare => m.self_care = value,
        MemberField::LaborCapacity => m.labor_capacity = value,
        MemberField::Supporters => m.supporters = value,
        MemberField::Father => m.father = value,
        MemberField::Mother => m.mother = value,
        MemberField::CareSetting => m.care_setting = value,
        MemberField::WorkInjuryCare => m.work_injury_care = value,
        MemberField::SeriousIllness => m.serious_illness = value,
        MemberField::MedicalOutOfPocket => m.medical_out_of_pocket = value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_household_round_trips_through_the_form() {
        let household = json!({ "region": "430602", "date": "2025-07-01", "hukou": "rural", "emergency": "fire",
            "members": [ { "id": "m1", "relation": "applicant", "birthDate": "1950-01-01", "incomes": [ { "kind": "pension", "monthly": "300" } ],
                           "disability": { "category": "visual", "grade": 1 }, "supporters": "none", "seriousIllness": true },
                         { "id": "m2", "relation": "grandchild", "birthDate": "2015-01-01", "incomes": [], "parents": { "father": "deceased", "mother": "lost_contact" } } ] });
        assert_eq!(FormState::from_household(&household).to_json(), household);
    }

    #[test]
    fn an_older_draft_without_newer_fields_still_loads() {
        let old = FormState::from_draft(&json!({ "region": "430602", "members": [ { "id": "m1", "relation": "applicant", "birth_date": "1950-01-01" } ] })).unwrap();
        assert_eq!(old.members[0].birth_date, "1950-01-01");
        assert_eq!(old.members[0].father, "");
    }

    #[test]
    fn a_draft_reads_back_what_was_saved_and_a_wrong_type_is_unreadable() {
        let mut s = FormState::new("430602", "2025-07-01");
        s.members[0].birth_date = "1950-01-01".into();
        s.members[0].has_income = "some".into();
        s.members[0].incomes = vec![IncomeRow { kind: "pension".into(), monthly: "12.".into() }];
        let s = s.apply(Action::AddMember).apply(Action::SetMember(1, MemberField::SeriousIllness, "true".into()));
        let saved = serde_json::to_value(&s).unwrap();
        assert_eq!(FormState::from_draft(&saved), Some(s));
        for broken in [json!([]), json!({ "region": 430602 }), json!({ "members": {} }), json!({ "members": [ { "incomes": [ { "monthly": 5 } ] } ] }), json!({ "next_id": -1 })] {
            assert_eq!(FormState::from_draft(&broken), None, "{broken}");
        }
    }

    #[test]
    fn unanswered_fields_are_left_out_and_no_income_is_an_empty_list() {
        let mut s = FormState::new("430602", "2025-07-01");
        s.members[0].birth_date = "1950-01-01".into();
        s.members[0].has_income = "none".into();
        let v = s.to_json();
        assert_eq!(v["members"][0]["incomes"], json!([]));
        assert!(v["members"][0].get("selfCare").is_none());
        assert!(v.get("hukou").is_none());
    }
}
