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

pub fn pending_program() -> String {
    "本项目的测算规则尚在整理中，暂不提供测算；请向乡镇（街道）社会救助窗口咨询".to_string()
}

pub fn hukou_needed() -> String {
    "本地区城乡标准不同，请填写户籍类型（城镇/农村）".to_string()
}

pub fn stale_standard(year: i32, doc: &str, on_year: i32) -> String {
    format!("所用标准为 {year} 年公布的标准（{doc}）；{on_year} 年标准尚未收录，如当地已调整，请以当地公布为准")
}

pub mod summary {
    use crate::money::Yuan;

    pub fn eligible_amount(amount: Yuan) -> String {
        format!("可能符合条件，每月约 {amount} 元")
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
    pub fn not_covered() -> String {
        "本地区标准待核实，暂无法测算".to_string()
    }
}
