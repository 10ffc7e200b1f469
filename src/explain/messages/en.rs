//! The English wording, for residents who read English: plain and short, "yuan", "a month",
//! "dibao" for 低保. Signatures match `zh`; `mod.rs` says what each function is for. Names
//! passed in from the policy data (standard names, document numbers) stay as they are, in
//! Chinese, because they are what the office uses; nothing else here is Chinese.
use super::{FlipOf, Line, Measure, Premium, TopupGroup};
use crate::household::{DisabilityCategory, Disability, Emergency, IncomeKind, ParentStatus, Relation, Supporters};
use crate::money::Yuan;
use crate::policy::{CombinationKind, Unit};
use crate::programs::name_en;
use rust_decimal::Decimal;

/// "1 person", "3 people"; "1 year", "2 years".
fn count(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "A, B or C" (`last` is "or" or "and").
fn list(items: &[&str], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., tail] => format!("{} {last} {tail}", init.join(", ")),
    }
}

fn names(names: &[String]) -> String {
    list(&names.iter().map(String::as_str).collect::<Vec<_>>(), "and")
}

fn programs(ids: &[&str], last: &str) -> String {
    list(&ids.iter().map(|p| name_en(p)).collect::<Vec<_>>(), last)
}

pub fn member_name(relation: Relation, id: &str) -> String {
    format!("{} ({id})", relation.en())
}

pub fn group_name(id: &str) -> &'static str {
    if id == "severe_disability" { "People with severe disabilities" } else { name_en(id) }
}

pub fn guide_supporters() -> String {
    "The people legally obliged to support the household's members".to_string()
}

pub fn income_against_line(measure: Measure<'_>, income: Yuan, line_name: Line<'_>, line: Yuan, must_be_below: bool) -> String {
    let subject = match measure {
        Measure::HouseholdPerPerson => format!("Household income per person {income} yuan a month"),
        Measure::AssetsPerPerson => format!("Household savings and investments per person {income} yuan"),
        Measure::MemberOwn(member) => format!("{member}: own income {income} yuan a month"),
        Measure::HouseholdYearPerPerson => format!("Household income per person {income} yuan a year"),
    };
    let (line_text, noun) = match line_name {
        Line::Dibao => ("the local dibao line".to_string(), "line"),
        Line::AssetLimit(months) => (format!("the limit of {months} months of the dibao line"), "limit"),
        Line::MarginLine(multiple) => (format!("the low-income margin line of {multiple} times the dibao line"), "line"),
        Line::Named(name) => (format!("the {name}"), "figure"),
    };
    let gap = (income - line).abs();
    let relation = if income < line {
        format!("is {gap} yuan below {line_text} ({line} yuan)")
    } else if income == line {
        format!("equals {line_text} ({line} yuan)")
    } else {
        format!("is {gap} yuan above {line_text} ({line} yuan)")
    };
    let verdict = match (must_be_below, income < line) {
        (true, true) | (false, false) => "; this condition is met.".to_string(),
        (true, false) => format!("; it must be below the {noun} to qualify."),
        (false, true) => "; that is below the line, so this program does not apply (look at the program above it instead).".to_string(),
    };
    format!("{subject} {relation}{verdict}")
}

pub fn income_flip(of: FlipOf, income: Yuan, line: Yuan) -> String {
    let less = income - line + Yuan(Decimal::new(1, 2));
    match of {
        FlipOf::HouseholdTotal => format!(" {less} yuan less household income a month would bring it below."),
        FlipOf::MemberOwn => format!(" {less} yuan less income a month would bring it below."),
    }
}

pub fn wage_exemption(per_worker: Yuan) -> String {
    format!(" (Up to {per_worker} yuan a month of each working member's wages is not counted.)")
}

pub fn assets_not_answered() -> String {
    "The household's savings, cash and investments (total) have not been entered yet.".to_string()
}

pub fn assets_at_limit(per_capita: Yuan, line: Yuan) -> String {
    format!("Household savings and investments per person {per_capita} yuan equal the limit ({line} yuan) and do not exceed it; this condition is met.")
}

pub fn income_not_answered(names: &[String]) -> String {
    format!("Income not entered yet for {} (choose \"No income\" if there is none).", self::names(names))
}

fn local_rule_unpublished(what: &str) -> String {
    format!("{what}: the local rule is still to be confirmed; the home visit decides.")
}

pub fn dibao_assets_unpublished() -> String {
    local_rule_unpublished("Limits on household property (savings, securities, vehicles, housing)")
}

pub fn extreme_poverty_assets_unpublished() -> String {
    local_rule_unpublished("Property rules for extreme poverty support")
}

pub fn margin_assets_unpublished() -> String {
    local_rule_unpublished("Property rules for low-income margin households")
}

pub fn disposable_income_unpublished() -> String {
    "Last year's local disposable income per resident: the figure is still to be confirmed; the home visit decides.".to_string()
}

pub fn no_candidate() -> String {
    "No one in the household is 60 or older, under 18, or has a qualifying disability, so no one can be considered for extreme poverty support.".to_string()
}

pub fn reason_elderly(from: Decimal, age: i32) -> String {
    format!("aged {from} or older (now {age})")
}

pub fn reason_minor(below: Decimal, age: i32) -> String {
    format!("a minor under {below} (now {age})")
}

pub fn disability(d: Disability) -> String {
    format!("{}, grade {}", d.category.en(), d.grade)
}

pub fn candidate(member: &str, reasons: &[String]) -> String {
    format!("{member}: {}", reasons.join("; "))
}

pub fn labor_by_age_from(from: Decimal) -> String {
    format!("aged {from} or older")
}

pub fn labor_by_age_below(below: Decimal) -> String {
    format!("under {below}")
}

pub fn labor(member: &str, passed: Option<bool>, by_rule: Option<&str>) -> String {
    match (passed, by_rule) {
        (_, Some(reason)) => format!("{member}: {reason}, so counted as unable to work"),
        (Some(true), None) => format!("{member}: assessed as unable to work"),
        (Some(false), None) => format!("{member}: able to work, so the condition \"unable to work\" is not met"),
        (None, None) => format!("{member}: ability to work not entered yet"),
    }
}

pub fn supporters(member: &str, answer: Option<Supporters>, passed: Option<bool>) -> String {
    match (answer.map(Supporters::en), passed) {
        (Some(a), Some(true)) => format!("{member}: {a}; this condition is met"),
        (Some(a), _) => format!("{member}: {a}, so the condition \"no one legally obliged and able to support them\" is not met"),
        (None, _) => format!("{member}: whether anyone is legally obliged to support them is not entered yet"),
    }
}

pub fn extreme_poverty_amount(member: &str, basic: Yuan, care_name: &str, care: Yuan) -> String {
    format!("{member}: basic living standard {basic} yuan a month + {care_name} {care} yuan a month = {} yuan a month", basic + care)
}

pub fn self_care_not_answered(member: &str) -> String {
    format!("{member}: ability to look after themselves not entered yet, so the care standard cannot be chosen")
}

pub fn care_standard_unpublished(member: &str) -> String {
    format!("{member}: the care standard is still to be confirmed; the local civil-affairs bureau decides the amount")
}

pub fn extreme_poverty_members(names: &[String], all: bool) -> String {
    if all {
        format!("Supported under extreme poverty support: {}; dibao does not count them again", self::names(names))
    } else if names.is_empty() {
        "No household member is supported under extreme poverty support".to_string()
    } else {
        format!("Supported under extreme poverty support: {}; their share is left out of the dibao payment, and the other members are counted for dibao", self::names(names))
    }
}

pub fn classified_topup(member: &str, group: TopupGroup, share: Decimal, amount: Yuan) -> String {
    let group = match group {
        TopupGroup::SevereDisability => "a person with a severe disability".to_string(),
        TopupGroup::SeriousIllness => "seriously ill".to_string(),
        TopupGroup::AgeAtLeast(n) => format!("aged {n} or older"),
        TopupGroup::AgeBelow(n) => format!("a minor under {n}"),
    };
    let percent = (share * Decimal::from(100)).normalize();
    format!("{member}: {group}, so dibao adds {percent}% of the dibao line: {amount} yuan a month more (only the highest share counts when several apply)")
}

pub fn extreme_poverty_unknown() -> String {
    "This region's extreme poverty support standard is not in the calculator: a member who qualifies for it is supported under it, not counted again for dibao".to_string()
}

pub fn extreme_poverty_pending(names: &[String]) -> String {
    format!("{} may qualify for extreme poverty support; please answer the questions about them first, to decide whether they count for dibao and how much dibao pays", self::names(names))
}

pub fn gap_amount(standard: Yuan, per_capita: Yuan, counted: usize, amount: Yuan) -> String {
    format!("(dibao line {standard} yuan − household income per person {per_capita} yuan) × {} = about {amount} yuan a month", count(counted as i64, "person", "people"))
}

fn ask_locally() -> &'static str {
    "please ask the local civil-affairs bureau or call the 12345 government hotline"
}

pub fn not_covered(key: &str) -> String {
    format!("The calculator has no data for \"{key}\" in this region on this date, so it cannot estimate this; {}", ask_locally())
}

pub fn not_covered_dependency(program: &str) -> String {
    format!("The calculator has no data in this region on this date for {}, which this program depends on, so it cannot estimate this; {}", name_en(program), ask_locally())
}

pub fn region_not_covered(region: &str) -> String {
    format!("The calculator has no policy data for region {region} yet, and it does not borrow other regions' standards; {}", ask_locally())
}

pub fn hukou_needed() -> String {
    "Urban and rural standards differ in this region: please give the household's registration type (urban or rural hukou)".to_string()
}

pub fn stale_standard(year: i32, doc: &str, on_year: i32) -> String {
    format!("The standard used was published for {year} ({doc}); the {on_year} standard is not in the calculator yet. If it has been adjusted, the local figure applies.")
}

pub fn stale_verification(name: &str, verified: &str) -> String {
    format!("\"{name}\" was last checked on {verified}, more than 12 months before the assessment date; it may have changed, and the local figure applies.")
}

pub fn combination(kind: CombinationKind, programs: &[String; 2], _detail: &str) -> String {
    let [a, b] = [name_en(&programs[0]), name_en(&programs[1])];
    match kind {
        CombinationKind::Exclusive => format!("Not both: a person who receives {a} does not also receive {b}."),
        CombinationKind::ChooseOne => format!("Choose one: a person who qualifies for both {a} and {b} receives one of them; the household total counts the higher."),
        CombinationKind::TopUp => format!("Top-up: a person who receives {b}, but less than {a} would pay, is paid the difference; the household total counts the higher."),
        CombinationKind::Stackable => format!("Both: {a} and {b} can be received together."),
    }
}

pub fn summary_eligible_amount(amount: Yuan) -> String {
    format!("May qualify: about {amount} yuan a month")
}

pub fn summary_eligible_at_least(amount: Yuan) -> String {
    format!("May qualify: at least {amount} yuan a month (the local figure is still to be confirmed)")
}

pub fn summary_eligible_no_amount() -> String {
    "May qualify; the amount can be worked out once more information is given".to_string()
}

pub fn summary_margin_eligible() -> String {
    "May count as a low-income margin household: no monthly cash, but other help such as medical and temporary assistance".to_string()
}

pub fn summary_ineligible() -> String {
    "On the information given, probably does not qualify (reasons below)".to_string()
}

pub fn summary_needs_more_info() -> String {
    "More information is needed to decide".to_string()
}

pub fn summary_temporary_assistance() -> String {
    "May qualify for temporary assistance; the local office sets the amount by how hard the situation is".to_string()
}

pub fn summary_medical() -> String {
    "May be covered by medical assistance: help paying for residents' medical insurance, and part of the costs you pay yourself reimbursed".to_string()
}

pub fn summary_funeral() -> String {
    "If a household member dies, basic funeral service fees can be waived".to_string()
}

pub fn summary_not_covered() -> String {
    "This region's standard is still to be confirmed, so there is no estimate yet".to_string()
}

pub fn no_minor(age_below: &Decimal) -> String {
    format!("No child under {age_below} in the household")
}

fn parents(member: &str, father: ParentStatus, mother: ParentStatus) -> String {
    format!("{member}: father: {}; mother: {}", father.en(), mother.en())
}

pub fn orphan_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool) -> String {
    let verdict = if passed { "An orphan" } else { "Not an orphan" };
    format!("{}. {verdict} (both parents dead or not to be found).", parents(member, father, mother))
}

pub fn unsupported_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool, orphan: bool) -> String {
    let verdict = match (passed, orphan) {
        (_, true) => "With both parents dead or declared missing, the child is an orphan, not in this program (see the orphan allowance)",
        (true, false) => "A child without parental care (both parents unable to care, or one dead or missing and the other unable)",
        (false, false) => "Not a child without parental care (both parents unable to care, or one dead or missing and the other unable)",
    };
    format!("{}. {verdict}.", parents(member, father, mother))
}

pub fn parent_is_applicant(member: &str) -> String {
    format!("{member}: a child of the applicant, so a parent is alive; not an orphan")
}

pub fn parents_not_answered(member: &str) -> String {
    format!("{member}: parents' situation not entered yet")
}

pub fn unsupported_child_standard_unpublished() -> String {
    "The allowance standard for children without parental care (linked to the local orphan standard) is still to be confirmed; the local civil-affairs bureau decides the amount".to_string()
}

pub fn standard_amount(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}: {standard} {amount} yuan a month")
}

pub fn guidance_floor(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}: {standard} {amount} yuan a month; the local figure is at least this and is still to be confirmed")
}

pub fn excluded_by(member: &str, other: &str) -> String {
    format!("{member}: already qualifies for {}, so does not also receive this", name_en(other))
}

pub fn exclusion_open(member: &str, other: &str) -> String {
    format!("{member}: may qualify for {} (the two cannot be received together); please answer its questions first", name_en(other))
}

pub fn no_certificate() -> String {
    "No household member holds a disability certificate".to_string()
}

pub fn household_in(member: &str, programs: &[&str], passed: Option<bool>) -> String {
    let names = self::programs(programs, "or");
    match passed {
        Some(true) => format!("{member}: the household may qualify for {names}"),
        Some(false) => format!("{member}: the household does not qualify for {names} (this allowance is for people with disabilities in such households)"),
        None => format!("{member}: whether the household qualifies for {names} needs more information"),
    }
}

pub fn grade(member: &str, d: Disability, passed: bool) -> String {
    let verdict = if passed { "eligible for the care allowance" } else { "not eligible for the local care allowance (usually grades 1 and 2)" };
    format!("{member}: {}, {verdict}", disability(d))
}

pub fn work_injury(member: &str, passed: Option<bool>) -> String {
    match passed {
        Some(true) => format!("{member}: does not receive the work-injury insurance care allowance"),
        Some(false) => format!("{member}: receives the work-injury insurance care allowance, so does not also get this care allowance"),
        None => format!("{member}: whether they receive the work-injury insurance care allowance is not entered yet"),
    }
}

pub fn long_term_care(member: &str, passed: Option<bool>) -> String {
    match passed {
        Some(_) => format!("{member}: cannot fully look after themselves, so needs long-term care"),
        None => format!("{member}: whether long-term care is needed is decided by an assessment"),
    }
}

pub fn too_young(oldest: i32, lowest: i32) -> String {
    format!("The oldest member is {oldest}, under {lowest}: {} to go", count(i64::from(lowest - oldest), "year", "years"))
}

pub fn age_band(member: &str, age: i32, min_age: i32, amount: Yuan, at_least: bool) -> String {
    let floor = if at_least { "at least " } else { "" };
    format!("{member}: aged {age}, in the band from age {min_age}: {floor}{amount} yuan a month (not counted as income for extreme poverty support)")
}

pub fn emergency(what: Option<Emergency>, passed: Option<bool>) -> String {
    match (what.map(Emergency::en), passed) {
        (Some(w), Some(true)) => format!("The household has had {w}: an emergency case for temporary assistance, which can be given first and checked afterwards"),
        (_, Some(false)) => "No recent emergency such as a fire, traffic accident, natural disaster or sudden serious illness".to_string(),
        _ => "Whether the household has had a sudden hardship recently is not entered yet".to_string(),
    }
}

pub fn expenses_not_answered() -> String {
    "Essential medical and education spending of the last 12 months not entered yet".to_string()
}

pub fn expense_hardship(spent: Yuan, left: Yuan, line: Yuan, hardship: bool) -> String {
    let verdict = if hardship { "below" } else { "not below" };
    format!("Essential medical and education spending in the last 12 months: {spent} yuan. After it, household income per person is about {left} yuan a month, {verdict} the dibao line of {line} yuan (the calculator uses this to estimate hardship from spending; the local review decides)")
}

pub fn medical_group(member: &str, class: u8, via: &str, premium: Option<Premium>, estimate: Option<Yuan>) -> String {
    let via = match via {
        "severe_disability" => "a person with a severe disability".to_string(),
        program => format!("a recipient of {}", name_en(program)),
    };
    let mut text = format!("{member}: in group {class} for medical assistance, as {via}");
    match premium {
        Some(Premium::Full) => text.push_str("; the personal contribution to residents' medical insurance is paid in full"),
        Some(Premium::Half) => text.push_str("; half of the personal contribution to residents' medical insurance is paid"),
        None => {}
    }
    match estimate {
        Some(e) => text.push_str(&format!("; at the national minimum rate of 70%, at least about {e} yuan of this year's own medical costs can be covered (within local deductibles and yearly caps; the medical insurance office decides)")),
        None => text.push_str("; the local rates and yearly cap are still to be confirmed"),
    }
    text
}

pub fn no_medical_group() -> String {
    "No member is in a group covered by medical assistance (extreme poverty, orphans, children without parental care, dibao, low-income margin, severe disability), and no serious illness was entered".to_string()
}

pub fn illness_poverty(member: &str, paid: Yuan) -> String {
    format!("{member}: seriously ill, with {paid} yuan of own costs within the insurance catalogue in the last 12 months; may count as a patient made poor by serious illness (group 3); the medical insurance office decides")
}

pub fn funeral_group(hit: Option<&str>, programs: &[&str], passed: Option<bool>, value: Option<Yuan>) -> String {
    let value = value.map(|v| format!(", worth about {v} yuan")).unwrap_or_default();
    match (hit, passed) {
        (Some(h), _) => format!("The household may qualify for {}: when a member dies, basic funeral services such as transport, cold storage and cremation are free{value}", name_en(h)),
        (None, Some(false)) => format!("The household does not qualify for {}", self::programs(programs, "or")),
        _ => format!("Whether the household qualifies for {} needs more information", self::programs(programs, "or")),
    }
}

pub fn level_note(level: &str, short_name: &str) -> String {
    match level {
        "national" => "The same rule nationwide".to_string(),
        "county" => format!("Set by {short_name}"),
        _ => format!("Set by {short_name} for its whole area"),
    }
}

pub fn unit(unit: Unit) -> &'static str {
    unit.en()
}

pub fn standard_list(unit: Unit, list: &[&str]) -> String {
    match unit {
        Unit::IncomeKinds => list.iter().map(|k| IncomeKind::from_json(k).map_or(*k, |v| v.en())).collect::<Vec<_>>().join(", "),
        Unit::DisabilityGrades => list.iter().map(|g| disability_grades(g)).collect::<Vec<_>>().join("; "),
        Unit::ProgramIds => list.iter().map(|p| group_name(p)).collect::<Vec<_>>().join("; "),
        Unit::AgeBands | Unit::TopupRules => list.iter().map(|b| list_entry(b)).collect::<Vec<_>>().join("; "),
        _ => list.join(", "),
    }
}

/// `80:50` → from age 80: 50 yuan; `100:>=200` → from age 100: at least 200 yuan;
/// `age>=70:0.3` → aged 70 or older: 30%; `severe_disability:0.5` → people with severe
/// disabilities: 50%.
fn list_entry(entry: &str) -> String {
    let Some((head, tail)) = entry.rsplit_once(':') else { return entry.to_string() };
    let who = match head {
        "severe_disability" => "people with severe disabilities".to_string(),
        "serious_illness" => "seriously ill people".to_string(),
        _ => match (head.strip_prefix("age>="), head.strip_prefix("age<")) {
            (Some(n), _) => format!("aged {n} or older"),
            (_, Some(n)) => format!("under {n}"),
            _ => format!("from age {head}"),
        },
    };
    match (tail.strip_prefix(">="), tail.parse::<Decimal>()) {
        (Some(floor), _) => format!("{who}: at least {floor} yuan"),
        (None, Ok(share)) if share < Decimal::ONE && head.contains(|c: char| !c.is_ascii_digit()) => format!("{who}: {}%", (share * Decimal::from(100)).normalize()),
        _ => format!("{who}: {tail} yuan"),
    }
}

/// `physical:2` → physical disability, grades 1–2; `visual:1` → visual disability, grade 1.
fn disability_grades(entry: &str) -> String {
    let (category, worst) = entry.split_once(':').unwrap_or((entry, ""));
    let name = DisabilityCategory::from_json(category).map_or(category, |c| c.en());
    match worst.parse::<usize>().ok().filter(|g| (1..=4).contains(g)) {
        Some(1) => format!("{name}, grade 1"),
        Some(g) => format!("{name}, grades 1–{g}"),
        None => entry.to_string(),
    }
}
