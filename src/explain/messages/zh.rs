//! The Chinese wording of every detail and summary, in one place, so rules hold no prose and
//! the wording can be reviewed (and later translated) without reading the rules.
use crate::money::Yuan;

/// "家庭月人均收入 812.50 元，高于本地低保标准 740.00 元 72.50 元" and its siblings: an income
/// compared with a line, saying by how much it misses or clears it.
pub fn income_against_line(subject: &str, income: Yuan, line_name: &str, line: Yuan, must_be_below: bool) -> String {
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

/// The nearest change that would flip a failed "income below the line" test: the income
/// must fall by the excess plus one fen.
pub fn income_flip(subject: &str, income: Yuan, line: Yuan) -> String {
    let fen = Yuan(rust_decimal::Decimal::new(1, 2));
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

pub fn local_rule_unpublished(what: &str) -> String {
    format!("{what}：当地标准待核实，以入户核查为准")
}

pub fn no_candidate() -> String {
    "家庭中没有年满60周岁的老年人、未满18周岁的未成年人或符合条件的残疾人，不属于特困人员认定范围".to_string()
}

pub fn candidate(member: &str, reasons: &[String]) -> String {
    format!("{member}：{}", reasons.join("；"))
}

pub fn labor(member: &str, passed: Option<bool>, by_rule: Option<&str>) -> String {
    match (passed, by_rule) {
        (_, Some(reason)) => format!("{member}：{reason}，视为无劳动能力"),
        (Some(true), None) => format!("{member}：已认定无劳动能力"),
        (Some(false), None) => format!("{member}：具有劳动能力，不符合“无劳动能力”条件"),
        (None, None) => format!("{member}：尚未填写劳动能力"),
    }
}

pub fn supporters(member: &str, answer: Option<&str>, passed: Option<bool>) -> String {
    match (answer, passed) {
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

pub fn extreme_poverty_members(names: &[String], all: bool) -> String {
    if all {
        format!("{} 符合特困人员救助供养条件，按特困供养保障，不再重复计入低保", names.join("、"))
    } else if names.is_empty() {
        "家庭成员中无人按特困人员救助供养".to_string()
    } else {
        format!("{} 符合特困人员救助供养条件，按特困供养保障，其份额不计入低保金；其余成员按低保计算", names.join("、"))
    }
}

pub fn classified_topup(member: &str, group: &str, share: rust_decimal::Decimal, amount: Yuan) -> String {
    let percent = (share * rust_decimal::Decimal::from(100)).normalize();
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

pub fn not_covered(missing: &str) -> String {
    format!("本地区该日期的“{missing}”尚未收录，无法测算；请咨询当地民政部门或拨打 12345 政务服务热线")
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

pub mod summary {
    use crate::money::Yuan;

    pub fn eligible_amount(amount: Yuan) -> String {
        format!("可能符合条件，每月约 {amount} 元")
    }
    pub fn eligible_at_least(amount: Yuan) -> String {
        format!("可能符合条件，每月不低于 {amount} 元（当地实际标准待核实）")
    }
    pub fn eligible_no_amount() -> String {
        "可能符合条件；金额须补充信息后确定".to_string()
    }
    pub fn margin_eligible() -> String {
        "可能属于低保边缘家庭：无按月现金，可享受医疗救助、临时救助等分类帮扶".to_string()
    }
    pub fn ineligible() -> String {
        "按所填信息，可能不符合条件（原因见下）".to_string()
    }
    pub fn needs_more_info() -> String {
        "还需补充信息才能判断".to_string()
    }
    pub fn temporary_assistance() -> String {
        "可能符合临时救助条件；金额由当地根据困难程度审核确定".to_string()
    }
    pub fn medical() -> String {
        "可能属于医疗救助对象：资助参加居民医保，看病自付部分可再报销一部分".to_string()
    }
    pub fn funeral() -> String {
        "家中有人去世时，可免除基本殡葬服务费".to_string()
    }
    pub fn not_covered() -> String {
        "本地区标准待核实，暂无法测算".to_string()
    }
}

pub fn no_minor(age_below: &rust_decimal::Decimal) -> String {
    format!("家庭中没有未满{age_below}周岁的儿童")
}

pub fn parents(member: &str, father: &str, mother: &str, passed: bool, what: &str) -> String {
    let verdict = if passed { "符合" } else { "不符合" };
    format!("{member}：父亲{father}，母亲{mother}，{verdict}{what}")
}

pub fn parent_is_applicant(member: &str) -> String {
    format!("{member}：是申请人的子女，父母一方健在，不属于孤儿")
}

pub fn parents_not_answered(member: &str) -> String {
    format!("{member}：尚未填写父母情况")
}

pub fn standard_amount(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}：{standard} {amount} 元/月")
}

pub fn standard_unpublished(what: &str) -> String {
    format!("{what}：标准待核实，金额以当地民政部门核定为准")
}

pub fn guidance_floor(member: &str, standard: &str, amount: Yuan) -> String {
    format!("{member}：{standard} {amount} 元/月，当地实际标准不低于此、待核实")
}

pub fn excluded_by(member: &str, other: &str) -> String {
    format!("{member}：已符合{other}条件，按规定不重复享受本项")
}

pub fn exclusion_open(member: &str, other: &str) -> String {
    format!("{member}：可能符合{other}条件（两者不能同时享受），请先补充相关信息")
}

pub fn no_certificate() -> String {
    "家庭成员中没有持残疾人证的人".to_string()
}

pub fn household_in(member: &str, programs: &str, passed: Option<bool>) -> String {
    match passed {
        Some(true) => format!("{member}：所在家庭可能符合{programs}条件"),
        Some(false) => format!("{member}：所在家庭不符合{programs}条件（本补贴面向{programs}家庭中的残疾人）"),
        None => format!("{member}：所在家庭是否符合{programs}条件尚待补充信息"),
    }
}

pub fn grade(member: &str, category: &str, grade: u8, passed: bool) -> String {
    let verdict = if passed { "属于护理补贴对象" } else { "不属于本地护理补贴对象（一般为一、二级）" };
    format!("{member}：{category}{grade}级，{verdict}")
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

pub fn emergency(what: Option<&str>, passed: Option<bool>) -> String {
    match (what, passed) {
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

pub fn medical_group(member: &str, class: &str, via: &str, premium: Option<&str>, estimate: Option<Yuan>) -> String {
    let mut text = format!("{member}：作为{via}对象，属于医疗救助{class}对象");
    if let Some(p) = premium {
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

pub fn funeral_group(hit: Option<&str>, names: &str, passed: Option<bool>, value: Option<Yuan>) -> String {
    let value = value.map(|v| format!("，约可减免 {v} 元")).unwrap_or_default();
    match (hit, passed) {
        (Some(h), _) => format!("家庭属于{h}对象，家庭成员身故后可免除遗体接运、冷藏、火化等基本殡葬服务费{value}"),
        (None, Some(false)) => format!("家庭不属于{names}对象"),
        _ => format!("家庭是否属于{names}对象尚待补充信息"),
    }
}

