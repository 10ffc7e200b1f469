//! A household's rows → the contract's validated [`Household`], built directly (no JSON
//! round trip: a roster has a million of them). Cells are checked here with their line and
//! column; the rules between members are the household parser's own
//! ([`member_rules`], [`born_after`]), and their paths are led back to lines.
use super::cells;
use super::columns::{label, label_for_field, Column, Header};
use super::csv::Record;
use super::group::{Rows, MAX_ROWS};
use super::problem::{Label, Msg, RowProblem};
use super::vocab;
use crate::date::Date;
use crate::household::{born_after, member_rules, Disability, Expenses, Household, Income, IncomeKind, Member, Parents, Problem};

/// A household ready to evaluate, and each member's line for leading paths back.
pub struct Built {
    pub household: Household,
    pub lines: Vec<u32>,
}

impl Built {
    /// Where an engine path such as `members[1].selfCare` is in the file.
    pub fn locate(&self, path: &str) -> (u32, Option<Label>) {
        locate(path, &self.lines)
    }
}

/// `today` is the determination date of a household that gives none.
pub fn build(rows: &Rows, header: &Header, today: Date) -> Result<Built, Vec<RowProblem>> {
    let mut p = Problems(Vec::new());
    let first = rows.first_line();
    if let Err(msg) = cells::readable(&rows.id) {
        p.0.push(RowProblem::cell(first, label(Column::HouseholdId), msg));
    }
    if rows.dropped > 0 {
        let total = rows.rows.len() + rows.dropped;
        let msg = Msg::new(format!("本户共 {total} 行，超过 {MAX_ROWS} 行，请检查户编号是否填错；未测算"), format!("the household has {total} rows, more than {MAX_ROWS}: check the household ids; not screened"));
        p.0.push(RowProblem::cell(first, label(Column::HouseholdId), msg));
    }
    for row in &rows.rows {
        extra_cells(row, header, &mut p);
    }
    let region = shared(rows, header, Column::Region, cells::region, &mut p);
    if region.is_none() && !p.has(Column::Region) {
        p.0.push(RowProblem::cell(first, label(Column::Region), Msg::new("必填项未填写（填在本户第一行即可）", "is required (on the household's first row at least)")));
    }
    let date = shared(rows, header, Column::Date, cells::date, &mut p).unwrap_or(today);
    let hukou = shared(rows, header, Column::Hukou, |t| cells::word(t, vocab::HUKOU), &mut p);
    let financial_assets = shared(rows, header, Column::FinancialAssets, cells::money, &mut p);
    let emergency = shared(rows, header, Column::Emergency, |t| cells::word(t, vocab::EMERGENCY), &mut p);
    let expenses = expenses(rows, header, &mut p);
    let members: Vec<Option<Member>> = rows.rows.iter().enumerate().map(|(i, row)| member(row, i, header, &mut p)).collect();
    let lines: Vec<u32> = rows.rows.iter().map(|r| r.line).collect();
    let (Some(region), Some(members)) = (region, members.into_iter().collect::<Option<Vec<Member>>>()) else {
        return Err(p.sorted());
    };
    if !p.0.is_empty() {
        return Err(p.sorted());
    }
    // The parser's rules between members, led back to the rows they concern.
    let mut engine: Vec<Problem> = members.iter().filter_map(|m| born_after(m.birth_date, date, &m.path("birthDate"))).collect();
    engine.extend(member_rules(&members));
    p.0.extend(engine.into_iter().map(|problem| engine_problem(problem, &lines)));
    if !p.0.is_empty() {
        return Err(p.sorted());
    }
    let household = Household { region, date, hukou, members, financial_assets, emergency, expenses, language: crate::i18n::Lang::default() };
    Ok(Built { household, lines })
}

struct Problems(Vec<RowProblem>);

impl Problems {
    fn cell(&mut self, line: u32, column: Column, msg: Msg) {
        self.0.push(RowProblem::cell(line, label(column), msg));
    }

    fn has(&self, column: Column) -> bool {
        let l = label(column);
        self.0.iter().any(|p| p.column == Some(l))
    }

    /// In file order, so a caseworker can work down the sheet.
    fn sorted(mut self) -> Vec<RowProblem> {
        self.0.sort_by_key(|p| p.line);
        self.0
    }
}

/// Cells beyond the header's last column: data that would otherwise be silently dropped.
fn extra_cells(row: &Record, header: &Header, p: &mut Problems) {
    let extra = row.fields().skip(header.width()).filter(|c| !c.trim().is_empty()).count();
    if extra > 0 {
        p.0.push(RowProblem::row(row.line, Msg::new(format!("比表头多出 {extra} 个非空单元格"), format!("{extra} non-empty cell(s) beyond the header's columns"))));
    }
}

/// A cell's value: `None` when empty (not answered) or wrong (the problem is recorded).
fn value<T>(row: &Record, header: &Header, column: Column, parse: impl Fn(&str) -> Result<T, Msg>, p: &mut Problems) -> Option<T> {
    let text = header.cell(row, column);
    if text.is_empty() {
        return None;
    }
    match cells::readable(text).and_then(&parse) {
        Ok(v) => Some(v),
        Err(msg) => {
            p.cell(row.line, column, msg);
            None
        }
    }
}

/// A household fact: the first row that gives it sets it; a later row may repeat it but
/// must agree (compared as values, so 城镇 and urban agree).
fn shared<T: PartialEq>(rows: &Rows, header: &Header, column: Column, parse: impl Fn(&str) -> Result<T, Msg>, p: &mut Problems) -> Option<T> {
    let mut first: Option<(T, u32)> = None;
    for row in &rows.rows {
        let Some(v) = value(row, header, column, &parse, p) else { continue };
        match &first {
            None => first = Some((v, row.line)),
            Some((f, line)) if *f != v => {
                let l = label(column);
                p.cell(row.line, column, Msg::new(format!("与本户第 {line} 行的“{}”不一致", l.zh), format!("differs from the household's line {line} ({})", l.en)));
            }
            Some(_) => {}
        }
    }
    first.map(|(v, _)| v)
}

/// Either spending given makes both answered (the other is 0), as the JSON parser reads it.
fn expenses(rows: &Rows, header: &Header, p: &mut Problems) -> Option<Expenses> {
    let medical = shared(rows, header, Column::MedicalExpenses, cells::money, p);
    let education = shared(rows, header, Column::EducationExpenses, cells::money, p);
    (medical.is_some() || education.is_some()).then(|| Expenses { medical: medical.unwrap_or_default(), education: education.unwrap_or_default() })
}

fn member(row: &Record, index: usize, header: &Header, p: &mut Problems) -> Option<Member> {
    for column in [Column::Relation, Column::BirthDate] {
        if header.cell(row, column).is_empty() {
            p.cell(row.line, column, Msg::new("必填项未填写", "is required"));
        }
    }
    let id = match value(row, header, Column::MemberId, |t| Ok(t.to_string()), p) {
        Some(id) => id,
        // No member id: the member's place in the household (1, 2, …) names it.
        None => (index + 1).to_string(),
    };
    let relation = value(row, header, Column::Relation, |t| cells::word(t, vocab::RELATION), p);
    let birth_date = value(row, header, Column::BirthDate, cells::date, p);
    // Every cell is read before giving up on the row, so all its problems are reported.
    let incomes = incomes(row, header, p);
    let disability = disability(row, header, p);
    let self_care = value(row, header, Column::SelfCare, |t| cells::word(t, vocab::SELF_CARE), p);
    let labor_capacity = value(row, header, Column::LaborCapacity, |t| cells::word(t, vocab::LABOR_CAPACITY), p);
    let serious_illness = value(row, header, Column::SeriousIllness, cells::flag, p);
    let supporters = value(row, header, Column::Supporters, |t| cells::word(t, vocab::SUPPORTERS), p);
    let parents = parents(row, header, p);
    let care_setting = value(row, header, Column::CareSetting, |t| cells::word(t, vocab::CARE_SETTING), p);
    let work_injury_care = value(row, header, Column::WorkInjuryCare, cells::flag, p);
    let in_school = value(row, header, Column::InSchool, cells::flag, p);
    let medical_out_of_pocket = value(row, header, Column::MedicalOutOfPocket, cells::money, p);
    Some(Member {
        id,
        index,
        relation: relation?,
        birth_date: birth_date?,
        incomes,
        disability,
        self_care,
        labor_capacity,
        serious_illness,
        supporters,
        parents,
        care_setting,
        work_injury_care,
        in_school,
        medical_out_of_pocket,
    })
}

/// All income cells empty: incomes not asked. Any filled (0 included): asked, and those are
/// the incomes — so `0` in one column is how a roster says "no income".
fn incomes(row: &Record, header: &Header, p: &mut Problems) -> Option<Vec<Income>> {
    let mut answered = false;
    let mut incomes = Vec::new();
    for &kind in IncomeKind::ALL {
        let column = Column::Income(kind);
        answered |= !header.cell(row, column).is_empty();
        if let Some(monthly) = value(row, header, column, cells::money, p) {
            incomes.push(Income { kind, monthly });
        }
    }
    answered.then_some(incomes)
}

/// Category and grade together, as on the 残疾人证; one without the other is a problem.
fn disability(row: &Record, header: &Header, p: &mut Problems) -> Option<Disability> {
    let category = value(row, header, Column::DisabilityCategory, |t| cells::word(t, vocab::DISABILITY_CATEGORY), p);
    let grade = value(row, header, Column::DisabilityGrade, cells::grade, p);
    pair(row, header, (Column::DisabilityCategory, category), (Column::DisabilityGrade, grade), p).map(|(category, grade)| Disability { category, grade })
}

/// Both parents' situations, or neither (the contract's `parents` has both).
fn parents(row: &Record, header: &Header, p: &mut Problems) -> Option<Parents> {
    let father = value(row, header, Column::Father, |t| cells::word(t, vocab::PARENT), p);
    let mother = value(row, header, Column::Mother, |t| cells::word(t, vocab::PARENT), p);
    pair(row, header, (Column::Father, father), (Column::Mother, mother), p).map(|(father, mother)| Parents { father, mother })
}

/// Two cells that go together: a filled one beside an empty one names the empty one.
fn pair<A, B>(row: &Record, header: &Header, a: (Column, Option<A>), b: (Column, Option<B>), p: &mut Problems) -> Option<(A, B)> {
    let empty = |c: Column| header.cell(row, c).is_empty();
    let (a_empty, b_empty) = (empty(a.0), empty(b.0));
    if a_empty != b_empty {
        let (missing, given) = if a_empty { (a.0, b.0) } else { (b.0, a.0) };
        let g = label(given);
        p.cell(row.line, missing, Msg::new(format!("填写了“{}”时此列也须填写", g.zh), format!("is required when {} is given", g.en)));
    }
    Some((a.1?, b.1?))
}

fn engine_problem(problem: Problem, lines: &[u32]) -> RowProblem {
    let (line, column) = locate(&problem.path, lines);
    RowProblem { line, column, message: problem.message, message_en: problem.message_en }
}

/// `members[i].field…` → member i's line and the field's column; household paths (and
/// `members` itself, e.g. "exactly one applicant") → the household's first line.
fn locate(path: &str, lines: &[u32]) -> (u32, Option<Label>) {
    let first = lines.first().copied().unwrap_or(0);
    let Some(rest) = path.strip_prefix("members[") else {
        let column = if path == "members" { Some(label(Column::Relation)) } else { label_for_field(path) };
        return (first, column);
    };
    let Some((index, field)) = rest.split_once("].") else { return (first, None) };
    let line = index.parse::<usize>().ok().and_then(|i| lines.get(i)).copied().unwrap_or(first);
    (line, label_for_field(field))
}
