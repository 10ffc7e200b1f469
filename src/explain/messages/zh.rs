//! The 简体 wording (繁體 reports convert it at the end). Signatures match `en`; `mod.rs`
//! says what each function is for.
use super::{FlipOf, Line, Measure, Premium, TopupGroup};
use crate::household::{DisabilityCategory, Disability, Emergency, IncomeKind, ParentStatus, Relation, Supporters};
use crate::money::Yuan;
use crate::policy::{CombinationKind, Unit};
use crate::programs::name_zh;
use rust_decimal::Decimal;

pub fn member_name(relation: Relation, id: &str) -> String {
    format!("{}（{}）", relation.zh(), id)
}

pub fn group_name(id: &str) -> &'static str {
    if id == "severe_disability" { "重度残疾人" } else { name_zh(id) }
}

pub fn guide_supporters() -> String {
    "法定赡养、抚养、扶养义务人".to_string()
}

pub fn income_against_line(measure: Measure<'_>, income: Yuan, line_name: Line<'_>, line: Yuan, must_be_below: bool) -> String {
    let subject = match measure {
        Measure::HouseholdPerPerson => "家庭月人均收入".to_string(),
        Measure::AssetsPerPerson => "家庭人均金融资产".to_string(),
        Measure::MemberOwn(member) => format!("{member}本人月收入"),
        Measure::HouseholdYearPerPerson => "家庭年人均收入".to_string(),
    };
    let line_name = match line_name {
        Line::Dibao => "本地低保标准".to_string(),
        Line::AssetLimit(months) => format!("上限（{months} 个月低保标准）"),
        Line::MarginLine(multiple) => format!("低保边缘收入线（低保标准的 {multiple} 倍）"),
        Line::Named(name) => name.to_string(),
    };
    let gap = (income - line).abs();
    let relation = if income < line {
        format!("低于{line_name} {line} 元 {gap} 元")
    } else if income == line {
        format!("等于{line_name} {line} 元")
    } else {
        format!("高于{line_name} {line} 元 {gap} 元")
    };
    let verdict = match (must_be_below, income < line) {
        (true, true) => "，符合条件",
        (true, false) => "，须低于该标准才符合条件",
        (false, true) => "，低于该标准，不属于本项（应看上一级救助）",
        (false, false) => "，符合条件",
    };
    format!("{subject} {income} 元，{relation}{verdict}")
}

pub fn income_flip(of: FlipOf, income: Yuan, line: Yuan) -> String {
    let subject = match of {
        FlipOf::HouseholdTotal => "家庭月收入合计",
        FlipOf::MemberOwn => "本人月收入",
    };
    let fen = Yuan(Decimal::new(1, 2));
    format!("；{subject}再减少 {} 元即可低于标准", income - line + fen)
}

pub fn wage_exemption(per_worker: Yuan) -> String {
    format!("（就业人员每人每月 {per_worker} 元工资收入不计入）")
}

pub fn assets_not_answered() -> String {
    "尚未填写家庭存款、现金、理财等金融资产合计".to_string()
}

pub fn assets_at_limit(per_capita: Yuan, line: Yuan) -> String {
    format!("家庭人均金融资产 {per_capita} 元，等于上限 {line} 元，未超过上限，符合条件")
}

pub fn income_not_answered(names: &[String]) -> String {
    format!("尚未填写 {} 的收入情况（没有收入请选择“无收入”）", names.join("、"))
}

fn local_rule_unpublished(what: &str) -> String {
    format!("{what}：当地标准待核实，以入户核查为准")
}

pub fn dibao_assets_unpublished() -> String {
    local_rule_unpublished("家庭财产状况（存款、有价证券、车辆、房产等）限额")
}

pub fn extreme_poverty_assets_unpublished() -> String {
    local_rule_unpublished("特困人员财产状况规定")
}

pub fn margin_assets_unpublished() -> String {
    local_rule_unpublished("低保边缘家庭财产状况规定")
}

pub fn disposable_income_unpublished() -> String {
    local_rule_unpublished("当地上年度居民人均可支配收入")
}

pub fn no_candidate() -> String {
    "家庭中没有年满60周岁的老年人、未满18周岁的未成年人或符合条件的残疾人，不属于特困人员认定范围".to_string()
}

pub fn reason_elderly(from: Decimal, age: i32) -> String {
    format!("年满{from}周岁（现{age}周岁）")
}

pub fn reason_minor(below: Decimal, age: i32) -> String {
    format!("未满{below}周岁的未成年人（现{age}周岁）")
}

pub fn disability(d: Disability) -> String {
    format!("{}{}级", d.category.zh(), d.grade)
}

pub fn candidate(member: &str, reasons: &[String]) -> String {
    format!("{member}：{}", reasons.join("；"))
}

pub fn labor_by_age_from(from: Decimal) -> String {
    format!("年满{from}周岁")
}

pub fn labor_by_age_below(below: Decimal) -> String {
    format!("未满{below}周岁")
}

pub fn labor(member: &str, passed: Option<bool>, by_rule: Option<&str>) -> String {
    match (passed, by_rule) {
        (_, Some(reason)) => format!("{member}：{reason}，视为无劳动能力"),
        (Some(true), None) => format!("{member}：已认定无劳动能力"),
        (Some(false), None) => format!("{member}：具有劳动能力，不符合“无劳动能力”条件"),
        (None, None) => format!("{member}：尚未填写劳动能力"),
    }
}

pub fn supporters(member: &str, answer: Option<Supporters>, passed: Option<bool>) -> String {
    match (answer.map(Supporters::zh), passed) {
        (Some(a), Some(true)) => format!("{member}：{a}，符合条件"),
        (Some(a), _) => format!("{member}：{a}，不符合“无法定义务人或义务人无履行能力”条件"),
        (None, _) => format!("{member}：尚未填写法定赡养、抚养、扶养义务人情况"),
    }
}

pub fn extreme_poverty_amount(member: &str, basic: Yuan, care_name: &str, care: Yuan) -> String {
    format!("{member}：基本生活标准 {basic} 元/月 + {care_name} {care} 元/月 = {} 元/月", basic + care)
}

pub fn self_care_not_answered(member: &str) -> String {
    format!("{member}：尚未填写生活自理能力，照料护理标准无法确定")
}

fn standard_unpublished(what: &str) -> String {
    format!("{what}：标准待核实，金额以当地民政部门核定为准")
}

pub fn care_standard_unpublished(member: &str) -> String {
    standard_unpublished(&format!("{member}：照料护理标准"))
}

pub fn extreme_poverty_members(names: &[String], all: bool) -> String {
    if all {
        format!("{} 符合特困人员救助供养条件，按特困供养保障，不再重复计入低保", names.join("、"))
    } else if names.is_empty() {
        "家庭成员中无人按特困人员救助供养".to_string()
    } else {
        format!("{} 符合特困人员救助供养条件，按特困供养保障，其份额不计入低保金；其余成员按低保计算", names.join("、"))
    }
}

pub fn classified_topup(member: &str, group: TopupGroup, share: Decimal, amount: Yuan) -> String {
    let group = match group {
        TopupGroup::SevereDisability => "重度残疾人".to_string(),
        TopupGroup::SeriousIllness => "重病患者".to_string(),
        TopupGroup::AgeAtLeast(n) => format!("{n}周岁以上老年人"),
        TopupGroup::AgeBelow(n) => format!("未满{n}周岁的未成年人"),
    };
    let percent = (share * Decimal::from(100)).normalize();
    format!("{member}：{group}，分类施保按低保标准的 {percent}% 增发每月 {amount} 元（同时符合多项的按最高一项）")
}

pub fn extreme_poverty_unknown() -> String {
    "本地区特困人员救助供养标准未收录：如有家庭成员符合特困条件，其份额按特困供养保障，不重复计入低保".to_string()
}

pub fn extreme_poverty_pending(names: &[String]) -> String {
    format!("{} 可能符合特困人员救助供养条件；请先补充其信息，才能确定其是否计入低保及低保金额", names.join("、"))
}

pub fn gap_amount(standard: Yuan, per_capita: Yuan, counted: usize, amount: Yuan) -> String {
    format!("（低保标准 {standard} 元 − 家庭月人均收入 {per_capita} 元）× {counted} 人 = 每月约 {amount} 元")
}

pub fn not_covered(key: &str) -> String {
    format!("本地区该日期的“{key}”尚未收录，无法测算；请咨询当地民政部门或拨打 12345 政务服务热线")
}

pub fn not_covered_dependency(program: &str) -> String {
    not_covered(&format!("{}（本项所依据的项目）", name_zh(program)))
}

pub fn region_not_covered(region: &str) -> String {
    format!("地区 {region} 的政策数据尚未收录，不借用其他地区的标准；请咨询当地民政部门或拨打 12345 政务服务热线")
}

pub fn hukou_needed() -> String {
    "本地区城乡标准不同，请填写户籍类型（城镇/农村）".to_string()
}

pub fn stale_standard(year: i32, doc: &str, on_year: i32) -> String {
    format!("所用标准为 {year} 年公布的标准（{doc}）；{on_year} 年标准尚未收录，如当地已调整，请以当地公布为准")
}

pub fn stale_verification(name: &str, verified: &str) -> String {
    format!("“{name}”核实日期为 {verified}，距测算日期已超过12个月，可能已调整，请以当地公布为准")
}

pub fn combination(_kind: CombinationKind, _programs: &[String; 2], detail: &str) -> String {
    detail.to_string()
}

pub fn summary_eligible_amount(amount: Yuan) -> String {
    format!("可能符合条件，每月约 {amount} 元")
}

pub fn summary_eligible_at_least(amount: Yuan) -> String {
    format!("可能符合条件，每月不低于 {amount} 元（当地实际标准待核实）")
}

pub fn summary_eligible_no_amount() -> String {
    "可能符合条件；金额须补充信息后确定".to_string()
}

pub fn summary_margin_eligible() -> String {
    "可能属于低保边缘家庭：无按月现金，可享受医疗救助、临时救助等分类帮扶".to_string()
}

pub fn summary_ineligible() -> String {
    "按所填信息，可能不符合条件（原因见下）".to_string()
}

pub fn summary_needs_more_info() -> String {
    "还需补充信息才能判断".to_string()
}

pub fn summary_temporary_assistance() -> String {
    "可能符合临时救助条件；金额由当地根据困难程度审核确定".to_string()
}

pub fn summary_medical() -> String {
    "可能属于医疗救助对象：资助参加居民医保，看病自付部分可再报销一部分".to_string()
}

pub fn summary_funeral() -> String {
    "家中有人去世时，可免除基本殡葬服务费".to_string()
}

pub fn summary_not_covered() -> String {
    "本地区标准待核实，暂无法测算".to_string()
}

pub fn no_minor(age_below: &Decimal) -> String {
    format!("家庭中没有未满{age_below}周岁的儿童")
}

fn parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool, what: &str) -> String {
    let verdict = if passed { "符合" } else { "不符合" };
    format!("{member}：父亲{}，母亲{}，{verdict}{what}", father.zh(), mother.zh())
}

pub fn orphan_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool) -> String {
    parents(member, father, mother, passed, "孤儿（父母双方均死亡或查找不到）")
}

pub fn unsupported_parents(member: &str, father: ParentStatus, mother: ParentStatus, passed: bool, orphan: bool) -> String {
    let what = if orphan { "事实无人抚养儿童（父母双方均死亡或失踪的，属于孤儿，见孤儿保障）" } else { "事实无人抚养儿童（父母均无法抚养，或一方死亡失踪、另一方无法抚养）" };
    parents(member, father, mother, passed, what)
}

pub fn parent_is_applicant(member: &str) -> String {
    format!("{member}：是申请人的子女，父母一方健在，不属于孤儿")
}

pub fn parents_not_answered(member: &str) -> String {
    format!("{member}：尚未填写父母情况")
}

pub fn unsupported_child_standard_unpublished() -> String {
    standard_unpublished("事实无人抚养儿童基本生活补贴标准（与当地孤儿保障标准相衔接）")
}

pub fn standard_amount(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}：{standard} {amount} 元/月")
}

pub fn guidance_floor(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}：{standard} {amount} 元/月，当地实际标准不低于此、待核实")
}

pub fn excluded_by(member: &str, other: &str) -> String {
    format!("{member}：已符合{}条件，按规定不重复享受本项", name_zh(other))
}

pub fn exclusion_open(member: &str, other: &str) -> String {
    format!("{member}：可能符合{}条件（两者不能同时享受），请先补充相关信息", name_zh(other))
}

pub fn no_certificate() -> String {
    "家庭成员中没有持残疾人证的人".to_string()
}

pub fn household_in(member: &str, programs: &[&str], passed: Option<bool>) -> String {
    let programs = programs.iter().map(|p| name_zh(p)).collect::<Vec<_>>().join("或");
    match passed {
        Some(true) => format!("{member}：所在家庭可能符合{programs}条件"),
        Some(false) => format!("{member}：所在家庭不符合{programs}条件（本补贴面向{programs}家庭中的残疾人）"),
        None => format!("{member}：所在家庭是否符合{programs}条件尚待补充信息"),
    }
}

pub fn grade(member: &str, d: Disability, passed: bool) -> String {
    let verdict = if passed { "属于护理补贴对象" } else { "不属于本地护理补贴对象（一般为一、二级）" };
    format!("{member}：{}，{verdict}", disability(d))
}

pub fn work_injury(member: &str, passed: Option<bool>) -> String {
    match passed {
        Some(true) => format!("{member}：未领取工伤保险生活护理费"),
        Some(false) => format!("{member}：已领取工伤保险生活护理费，不再享受重度残疾人护理补贴"),
        None => format!("{member}：尚未填写是否领取工伤保险生活护理费"),
    }
}

pub fn long_term_care(member: &str, passed: Option<bool>) -> String {
    match passed {
        Some(_) => format!("{member}：生活不能完全自理，需要长期照护"),
        None => format!("{member}：是否“需要长期照护”以评估为准"),
    }
}

pub fn too_young(oldest: i32, lowest: i32) -> String {
    format!("家庭成员最大{oldest}周岁，未满{lowest}周岁，还差{}年", lowest - oldest)
}

pub fn age_band(member: &str, age: i32, min_age: i32, amount: Yuan, at_least: bool) -> String {
    let floor = if at_least { "不低于 " } else { "" };
    format!("{member}：{age}周岁，属于{min_age}周岁以上年龄段，每月{floor}{amount} 元（高龄津贴不计入特困人员收入）")
}

pub fn emergency(what: Option<Emergency>, passed: Option<bool>) -> String {
    match (what.map(Emergency::zh), passed) {
        (Some(w), Some(true)) => format!("家庭遭遇{w}，属于急难型临时救助情形，可先行救助"),
        (_, Some(false)) => "近期没有火灾、交通事故、自然灾害、突发重病等急难情形".to_string(),
        _ => "尚未填写近期是否遭遇突发困难".to_string(),
    }
}

pub fn expenses_not_answered() -> String {
    "尚未填写近12个月的医疗、教育等必需支出".to_string()
}

pub fn expense_hardship(spent: Yuan, left: Yuan, line: Yuan, hardship: bool) -> String {
    let verdict = if hardship { "低于" } else { "不低于" };
    format!("近12个月医疗、教育必需支出 {spent} 元；扣除后家庭月人均收入约 {left} 元，{verdict}低保标准 {line} 元（本工具按此估算支出型困难，以当地审核为准）")
}

pub fn medical_group(member: &str, class: u8, via: &str, premium: Option<Premium>, estimate: Option<Yuan>) -> String {
    let class = if class == 1 { "一类" } else { "二类" };
    let mut text = format!("{member}：作为{}对象，属于医疗救助{class}对象", group_name(via));
    if let Some(p) = premium {
        let p = match p {
            Premium::Full => "个人缴费全额资助",
            Premium::Half => "个人缴费资助50%",
        };
        text.push_str(&format!("；参加城乡居民医保{p}"));
    }
    match estimate {
        Some(e) => text.push_str(&format!("；按国家规定比例下限 70% 估算，本年自付医疗费可救助不少于约 {e} 元（受当地起付标准和年度限额限制，以医保部门核定为准）")),
        None => text.push_str("；当地救助比例和年度限额待核实"),
    }
    text
}

pub fn no_medical_group() -> String {
    "家庭成员不属于特困、孤儿、事实无人抚养儿童、低保、低保边缘、重度残疾人等医疗救助对象，也未填写重病情况".to_string()
}

pub fn illness_poverty(member: &str, paid: Yuan) -> String {
    format!("{member}：患重病，近12个月政策范围内自付 {paid} 元，可能属于因病致贫重病患者（三类对象），以医保部门认定为准")
}

pub fn funeral_group(hit: Option<&str>, programs: &[&str], passed: Option<bool>, value: Option<Yuan>) -> String {
    let names = programs.iter().map(|p| name_zh(p)).collect::<Vec<_>>().join("、");
    let value = value.map(|v| format!("，约可减免 {v} 元")).unwrap_or_default();
    match (hit.map(name_zh), passed) {
        (Some(h), _) => format!("家庭属于{h}对象，家庭成员身故后可免除遗体接运、冷藏、火化等基本殡葬服务费{value}"),
        (None, Some(false)) => format!("家庭不属于{names}对象"),
        _ => format!("家庭是否属于{names}对象尚待补充信息"),
    }
}

pub fn level_note(level: &str, short_name: &str) -> String {
    match level {
        "national" => "本规定全国统一".to_string(),
        "county" => format!("本标准由{short_name}制定"),
        _ => format!("本标准由{short_name}统一制定"),
    }
}

pub fn unit(unit: Unit) -> &'static str {
    unit.zh()
}

pub fn standard_list(unit: Unit, list: &[&str]) -> String {
    match unit {
        Unit::IncomeKinds => list.iter().map(|k| IncomeKind::from_json(k).map_or(*k, |v| v.zh())).collect::<Vec<_>>().join("、"),
        Unit::DisabilityGrades => list.iter().map(|g| disability_grades(g)).collect::<Vec<_>>().join("、"),
        Unit::ProgramIds => list.iter().map(|p| group_name(p)).collect::<Vec<_>>().join("、"),
        Unit::AgeBands | Unit::TopupRules => list.iter().map(|b| list_entry(b)).collect::<Vec<_>>().join("；"),
        _ => list.join("、"),
    }
}

/// An age band or top-up rule in words: `80:50` → 80周岁起 50 元; `100:>=200` → 100周岁起
/// 不低于 200 元; `age>=70:0.3` → 70周岁以上 30%; `severe_disability:0.5` → 重度残疾人 50%.
fn list_entry(entry: &str) -> String {
    let Some((head, tail)) = entry.rsplit_once(':') else { return entry.to_string() };
    let who = match head {
        "severe_disability" => "重度残疾人".to_string(),
        "serious_illness" => "重病患者".to_string(),
        _ => match (head.strip_prefix("age>="), head.strip_prefix("age<")) {
            (Some(n), _) => format!("{n}周岁以上"),
            (_, Some(n)) => format!("未满{n}周岁"),
            _ => format!("{head}周岁起"),
        },
    };
    match (tail.strip_prefix(">="), tail.parse::<Decimal>()) {
        (Some(floor), _) => format!("{who} 不低于 {floor} 元"),
        (None, Ok(share)) if share < Decimal::ONE && head.contains(|c: char| !c.is_ascii_digit()) => format!("{who} {}%", (share * Decimal::from(100)).normalize()),
        _ => format!("{who} {tail} 元"),
    }
}

/// `physical:2` → 肢体残疾一至二级; `visual:1` → 视力残疾一级.
fn disability_grades(entry: &str) -> String {
    const NUMERALS: [&str; 5] = ["", "一", "二", "三", "四"];
    let (category, worst) = entry.split_once(':').unwrap_or((entry, ""));
    let name = DisabilityCategory::from_json(category).map_or(category, |c| c.zh());
    match worst.parse::<usize>().ok().filter(|g| (1..=4).contains(g)) {
        Some(1) => format!("{name}一级"),
        Some(g) => format!("{name}一至{}级", NUMERALS[g]),
        None => entry.to_string(),
    }
}
