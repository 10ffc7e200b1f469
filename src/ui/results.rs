//! The results column: input problems, or one card per program.
use super::program_card::ProgramCard;
use crate::explain::{Outcome, Report};
use crate::household::{InputError, Problem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub result: Result<Report, InputError>,
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    match &p.result {
        Err(error) => {
            let (unanswered, wrong): (Vec<_>, Vec<_>) = error.problems.iter().partition(|p| super::is_unanswered(p));
            let item = |pr: &&Problem| html! { <li data-path={pr.path.clone()}>{ format!("{}：{}", field_name(&pr.path), pr.message) }</li> };
            html! {
                <section class="results" aria-live="polite" aria-labelledby="results-title">
                    if !wrong.is_empty() {
                        <h2 id="results-title">{ "请先修改以下内容" }</h2>
                        <ul class="problems">{ for wrong.iter().map(item) }</ul>
                    } else {
                        <h2 id="results-title">{ "填写后即可看到结果" }</h2>
                    }
                    if !unanswered.is_empty() {
                        <p class="hint">{ "还需填写：" }</p>
                        <ul class="todo">
                            { for unanswered.iter().map(|pr| html! { <li data-path={pr.path.clone()}>{ field_name(&pr.path) }</li> }) }
                        </ul>
                    }
                </section>
            }
        }
        Ok(report) => {
            let likely = report.programs.iter().filter(|r| r.outcome == Outcome::Eligible).count();
            // Residents look for what they can get first; programs without data go last, listed once.
            let mut shown: Vec<_> = report.programs.iter().filter(|r| r.outcome != Outcome::NotCovered).collect();
            shown.sort_by_key(|r| match r.outcome {
                Outcome::Eligible => 0,
                Outcome::NeedsMoreInfo => 1,
                _ => 2,
            });
            let uncovered: Vec<_> = report.programs.iter().filter(|r| r.outcome == Outcome::NotCovered).collect();
            html! {
                <section class="results" aria-live="polite" aria-labelledby="results-title">
                    <h2 id="results-title">{ format!("测算结果：可能符合 {likely} 项") }</h2>
                    if let Some(total) = &report.household_monthly_total {
                        <p class="total">
                            { if report.household_total_is_minimum { "按月发放的合计每月不低于 " } else { "按月发放的合计每月约 " } }
                            <strong data-total={total.clone()}>{ total }</strong>{ " 元" }
                            if !report.household_total_excludes.is_empty() {
                                <br /><small>{ format!("另有 {} 项金额待核实，未计入", report.household_total_excludes.len()) }</small>
                            }
                        </p>
                    }
                    <p class="meta">{ format!("{} · 测算日期 {} · 仅供参考，以当地民政部门审核为准", report.region_name, report.date) }</p>
                    { for report.notices.iter().map(|n| html! { <p class="notice" role="note">{ n }</p> }) }
                    { for shown.iter().map(|r| html! { <ProgramCard report={(*r).clone()} /> }) }
                    <super::guide::GuideSection report={report.clone()} />
                    if !report.combinations.is_empty() {
                        <details class="combinations">
                            <summary>{ format!("哪些可以同时享受（{} 条规则）", report.combinations.len()) }</summary>
                            <ul>{ for report.combinations.iter().map(combination) }</ul>
                        </details>
                    }
                    if shown.is_empty() {
                        if let Some(why) = uncovered.first().and_then(|r| r.checks.first()) {
                            <p class="notice region-notice" role="note">{ &why.detail }</p>
                        }
                    }
                    if !uncovered.is_empty() {
                        <details class="uncovered" open={shown.is_empty()}>
                            <summary>{ format!("另有 {} 项暂无法测算（标准待核实）", uncovered.len()) }</summary>
                            { for uncovered.iter().map(|r| html! { <ProgramCard report={(*r).clone()} /> }) }
                        </details>
                    }
                </section>
            }
        }
    }
}

/// A JSON path in words a resident understands: members[1].birthDate → 第2位成员的出生日期.
pub fn field_name(path: &str) -> String {
    let words = [
        ("birthDate", "出生日期"), ("incomes", "收入"), ("monthly", "金额"), ("kind", "收入类型"), ("relation", "与申请人关系"),
        ("selfCare", "生活自理能力"), ("laborCapacity", "劳动能力"), ("supporters", "法定赡养抚养扶养人"), ("disability", "残疾情况"),
        ("grade", "残疾等级"), ("category", "残疾类别"), ("assets", "家庭资产"), ("financial", "金融资产"), ("date", "测算日期"),
        ("region", "地区"), ("hukou", "户籍类型"), ("members", "家庭成员"), ("id", "成员编号"),
    ];
    let mut out = String::new();
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        let word = words.iter().find(|(k, _)| *k == name).map(|(_, w)| *w).unwrap_or(name);
        match (name, index) {
            ("members", Some(i)) => out.push_str(&format!("第{}位成员", i + 1)),
            ("incomes", Some(i)) => out.push_str(&format!("的第{}项收入", i + 1)),
            (_, _) if out.is_empty() => out.push_str(word),
            _ => out.push_str(&format!("的{word}")),
        }
    }
    out
}

fn combination(c: &crate::explain::CombinationNote) -> Html {
    use crate::policy::CombinationKind::*;
    let (label, class) = match c.kind {
        Exclusive => ("不能同时享受", "exclusive"),
        ChooseOne => ("二选一", "choose-one"),
        TopUp => ("补差", "top-up"),
        Stackable => ("可以叠加", "stackable"),
    };
    let names: Vec<&str> = c.programs.iter().map(|p| crate::programs::name_zh(p)).collect();
    html! {
        <li class={classes!("combination", class)} data-rule={c.rule.clone()}>
            <strong>{ format!("{label}：{}", names.join(" ＋ ")) }</strong>
            <p>{ &c.detail }</p>
            if !c.citations.is_empty() {
                <p class="cite">{ "依据：" }{ for c.citations.iter().map(super::program_card::citation) }</p>
            }
        </li>
    }
}
