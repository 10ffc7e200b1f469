//! One program's result: outcome, monthly amount, and the checks with their citations.
use crate::explain::{Check, Citation, Outcome, ProgramReport, StandardUsed};
use super::results::amount;
use super::text::{fill, Text};
use yew::prelude::*;

pub fn outcome_label(t: &Text, outcome: Outcome) -> (&'static str, &'static str) {
    match outcome {
        Outcome::Eligible => (t.eligible, "eligible"),
        Outcome::Ineligible => (t.ineligible, "ineligible"),
        Outcome::NeedsMoreInfo => (t.needs_more_info, "needs_more_info"),
        Outcome::NotCovered => (t.not_covered, "not_covered"),
    }
}

/// One card (a function, not a component: no copy of the report for props, and none of Yew's
/// per-component code, about 1 KB of wasm).
pub fn program_card(t: &Text, r: &ProgramReport) -> Html {
    let (label, class) = outcome_label(t, r.outcome);
    html! {
        <article class={format!("card {class}")} data-program={r.program} aria-labelledby={format!("{}-title", r.program)}>
            <header>
                <h3 id={format!("{}-title", r.program)}>{ super::text::program_name(t, r.program) }</h3>
                <span class="badge" data-outcome={class}>{ label }</span>
            </header>
            if let Some(a) = &r.monthly_amount {
                <p class="amount">{ amount(if r.amount_is_minimum { t.amount_at_least } else { t.amount_about }, a, "amount") }</p>
            }
            <p class="summary">{ &r.summary }</p>
            if r.members.len() > 1 || r.members.iter().any(|m| m.monthly_amount.is_none()) {
                <ul class="member-amounts">
                    { for r.members.iter().map(|m| html! {
                        <li>{ fill(t.problem_line, &[&m.name, &m.monthly_amount.as_deref().map(|a| fill(t.amount_about, &[&a])).unwrap_or_else(|| t.member_amount_unknown.to_string())]) }</li>
                    }) }
                </ul>
            }
            if !r.checks.is_empty() {
                <details>
                    <summary>{ fill(t.show_basis, &[&r.checks.len()]) }</summary>
                    <ul class="checks">{ for r.checks.iter().map(|c| check(t, c)) }</ul>
                    if !r.standards.is_empty() {
                        <h4>{ t.standards_used }</h4>
                        <ul class="standards">{ for r.standards.iter().map(|s| standard(t, s)) }</ul>
                    }
                </details>
            }
        </article>
    }
}

fn check(t: &Text, c: &Check) -> Html {
    let (icon, class, said) = match c.passed {
        Some(true) => ("✓", "check pass", t.check_pass),
        Some(false) => ("✗", "check fail", t.check_fail),
        None => ("？", "check unknown", t.check_unknown),
    };
    html! {
        <li {class} data-key={c.key.clone()}>
            <span class="icon" aria-label={said}>{ icon }</span>
            <div>
                <p>{ &c.detail }</p>
                if !c.citations.is_empty() {
                    <p class="cite">{ t.basis }{ for c.citations.iter().map(citation) }</p>
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
            if c.url.is_empty() { { text } } else { <a href={c.url.to_string()} target="_blank" rel="noopener noreferrer">{ text }</a> }
        </span>
    }
}

fn standard(t: &Text, s: &StandardUsed) -> Html {
    let number = if s.citation.doc_number.is_empty() { s.citation.title.to_string() } else { s.citation.doc_number.to_string() };
    html! {
        <li>
            <strong>{ &s.name }</strong>{ fill(t.after_bold_name, &[&format!("{} {}", s.value, s.unit)]) }
            <br />
            <small>{ fill(t.standard_line, &[&s.level_note, &s.from, &s.issuer]) }
                if s.citation.url.is_empty() { { number } } else { <a href={s.citation.url.to_string()} target="_blank" rel="noopener noreferrer">{ number }</a> }
                { fill(t.verified_on, &[&s.last_verified]) }{ status(t, &s.source_status) }</small>
            if s.stale { <br /><small class="stale">{ t.stale }</small> }
            if !s.note.is_empty() { <br /><small class="note">{ &s.note }</small> }
        </li>
    }
}

/// How the source was read, for residents: an official page, or a repost to double-check.
fn status(t: &Text, status: &str) -> &'static str {
    match status {
        "verified-official" => t.status_official,
        "verified-official-mirror" => t.status_mirror,
        "verified-news" => t.status_news,
        _ => t.status_secondary,
    }
}
