//! One program's result: outcome, monthly amount, and the checks with their citations.
use crate::explain::{Check, Citation, Outcome, ProgramReport, StandardUsed};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgramCardProps {
    pub report: ProgramReport,
}

pub fn outcome_label(outcome: Outcome) -> (&'static str, &'static str) {
    match outcome {
        Outcome::Eligible => ("可能符合", "eligible"),
        Outcome::Ineligible => ("可能不符合", "ineligible"),
        Outcome::NeedsMoreInfo => ("需补充信息", "needs_more_info"),
        Outcome::NotCovered => ("标准待核实", "not_covered"),
    }
}

#[function_component(ProgramCard)]
pub fn program_card(p: &ProgramCardProps) -> Html {
    let r = &p.report;
    let (label, class) = outcome_label(r.outcome);
    html! {
        <article class={classes!("card", class)} data-program={r.program} aria-labelledby={format!("{}-title", r.program)}>
            <header>
                <h3 id={format!("{}-title", r.program)}>{ r.name_zh }</h3>
                <span class="badge" data-outcome={class}>{ label }</span>
            </header>
            if let Some(amount) = &r.monthly_amount {
                <p class="amount">{ if r.amount_is_minimum { "每月不低于 " } else { "每月约 " } }<strong data-amount={amount.clone()}>{ amount }</strong>{ " 元" }</p>
            }
            <p class="summary">{ &r.summary }</p>
            if r.members.len() > 1 || r.members.iter().any(|m| m.monthly_amount.is_none()) {
                <ul class="member-amounts">
                    { for r.members.iter().map(|m| html! {
                        <li>{ format!("{}：{}", m.name, m.monthly_amount.as_deref().map(|a| format!("每月约 {a} 元")).unwrap_or_else(|| "金额待补充信息或待核实".to_string())) }</li>
                    }) }
                </ul>
            }
            if !r.checks.is_empty() {
                <details>
                    <summary>{ format!("查看依据（{} 项）", r.checks.len()) }</summary>
                    <ul class="checks">{ for r.checks.iter().map(check) }</ul>
                    if !r.standards.is_empty() {
                        <h4>{ "所用标准" }</h4>
                        <ul class="standards">{ for r.standards.iter().map(standard) }</ul>
                    }
                </details>
            }
        </article>
    }
}

fn check(c: &Check) -> Html {
    let (icon, class, said) = match c.passed {
        Some(true) => ("✓", "pass", "符合"),
        Some(false) => ("✗", "fail", "不符合"),
        None => ("？", "unknown", "待核实或待补充"),
    };
    html! {
        <li class={classes!("check", class)} data-key={c.key.clone()}>
            <span class="icon" aria-label={said}>{ icon }</span>
            <div>
                <p>{ &c.detail }</p>
                if !c.citations.is_empty() {
                    <p class="cite">{ "依据：" }{ for c.citations.iter().map(citation) }</p>
                }
            </div>
        </li>
    }
}

pub fn citation(c: &Citation) -> Html {
    let number = if c.doc_number.is_empty() { String::new() } else { format!("（{}）", c.doc_number) };
    let text = format!("《{}》{}{}", c.title, number, c.article);
    html! {
        <span class="citation">
            if c.url.is_empty() { { text } } else { <a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ text }</a> }
        </span>
    }
}

fn standard(s: &StandardUsed) -> Html {
    let number = if s.citation.doc_number.is_empty() { s.citation.title.clone() } else { s.citation.doc_number.clone() };
    html! {
        <li>
            <strong>{ &s.name }</strong>{ format!("：{} {}", s.value, s.unit) }
            <br />
            <small>{ format!("{} · 执行日期 {} · {} · ", s.level_note, s.from, s.issuer) }
                if s.citation.url.is_empty() { { number } } else { <a href={s.citation.url.clone()} target="_blank" rel="noopener noreferrer">{ number }</a> }
                { format!(" · 核实日期 {}{}", s.last_verified, status_zh(&s.source_status)) }</small>
            if s.stale { <br /><small class="stale">{ "可能已调整，请以当地公布为准" }</small> }
            if !s.note.is_empty() { <br /><small class="note">{ &s.note }</small> }
        </li>
    }
}

/// How the source was read, for residents: an official page, or a repost to double-check.
fn status_zh(status: &str) -> &'static str {
    match status {
        "verified-official" => "（政府网站原文）",
        "verified-official-mirror" => "（政府文件镜像）",
        "verified-news" => "（新闻报道）",
        _ => "（转载页面，请以官方公布为准）",
    }
}
