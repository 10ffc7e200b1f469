//! The results column: input problems, or one card per program.
use super::program_card::program_card;
use super::text::{fill, Text};
use crate::explain::{Outcome, Report};
use crate::household::{InputError, Problem};
use yew::prelude::*;

/// A function, not a component: no copy of the report for props each time the page renders,
/// and none of Yew's per-component code (about 1 KB of wasm).
pub fn results(t: &Text, result: &Result<Report, InputError>) -> Html {
    match result {
        Err(error) => {
            let (unanswered, wrong): (Vec<_>, Vec<_>) = error.problems.iter().partition(|p| super::is_unanswered(p));
            let item = |pr: &&Problem| html! { <li data-path={pr.path.clone()}>{ fill(t.problem_line, &[&t.field_name(&pr.path), &t.pick(&pr.message, &pr.message_en)]) }</li> };
            html! {
                <section class="results" aria-live="polite" aria-labelledby="results-title">
                    if !wrong.is_empty() {
                        <h2 id="results-title">{ t.fix_first }</h2>
                        <ul class="problems">{ for wrong.iter().map(item) }</ul>
                    } else {
                        <h2 id="results-title">{ t.fill_to_see }</h2>
                    }
                    if !unanswered.is_empty() {
                        <p class="hint">{ t.still_to_fill }</p>
                        <ul class="todo">
                            { for unanswered.iter().map(|pr| html! { <li data-path={pr.path.clone()}>{ t.field_name(&pr.path) }</li> }) }
                        </ul>
                    }
                </section>
            }
        }
        Ok(report) => {
            let likely = report.programs.iter().filter(|r| r.outcome == Outcome::Eligible).count();
            // Residents look for what they can get first; programs without data go last, listed once.
            let mut shown: Vec<_> = report.programs.iter().filter(|r| r.outcome != Outcome::NotCovered).collect();
            crate::order::sort_by_key(&mut shown, |r| match r.outcome {
                Outcome::Eligible => 0,
                Outcome::NeedsMoreInfo => 1,
                _ => 2,
            });
            let uncovered: Vec<_> = report.programs.iter().filter(|r| r.outcome == Outcome::NotCovered).collect();
            html! {
                <section class="results" aria-live="polite" aria-labelledby="results-title">
                    <h2 id="results-title">{ fill(t.results_heading, &[&likely]) }</h2>
                    if let Some(total) = &report.household_monthly_total {
                        <p class="total">
                            { amount(if report.household_total_is_minimum { t.total_at_least } else { t.total_about }, total, "total") }
                            if !report.household_total_excludes.is_empty() {
                                <br /><small>{ fill(t.total_excludes, &[&report.household_total_excludes.len()]) }</small>
                            }
                        </p>
                    }
                    <p class="meta">{ fill(t.meta, &[&report.region_name, &report.date]) }</p>
                    { for report.notices.iter().map(|n| html! { <p class="notice" role="note">{ n }</p> }) }
                    { for shown.iter().map(|r| program_card(t, r)) }
                    { super::guide::guide_section(t, report) }
                    if !report.combinations.is_empty() {
                        <details class="combinations">
                            <summary>{ fill(t.combinations_summary, &[&report.combinations.len()]) }</summary>
                            <ul>{ for report.combinations.iter().map(|c| combination(t, c)) }</ul>
                        </details>
                    }
                    if shown.is_empty() {
                        if let Some(why) = uncovered.first().and_then(|r| r.checks.first()) {
                            <p class="notice region-notice" role="note">{ &why.detail }</p>
                        }
                    }
                    if !uncovered.is_empty() {
                        <details class="uncovered" open={shown.is_empty()}>
                            <summary>{ fill(t.uncovered_summary, &[&uncovered.len()]) }</summary>
                            { for uncovered.iter().map(|r| program_card(t, r)) }
                        </details>
                    }
                </section>
            }
        }
    }
}

fn combination(t: &Text, c: &crate::explain::CombinationNote) -> Html {
    use crate::policy::CombinationKind::*;
    let (label, class) = match c.kind {
        Exclusive => (t.exclusive, "combination exclusive"),
        ChooseOne => (t.choose_one, "combination choose-one"),
        TopUp => (t.top_up, "combination top-up"),
        Stackable => (t.stackable, "combination stackable"),
    };
    let names: Vec<String> = c.programs.iter().map(|p| super::text::program_name(t, p)).collect();
    html! {
        <li {class} data-rule={c.rule.clone()}>
            <strong>{ fill(t.problem_line, &[&label, &names.join(" ＋ ")]) }</strong>
            <p>{ &c.detail }</p>
            if !c.citations.is_empty() {
                <p class="cite">{ t.basis }{ for c.citations.iter().map(super::program_card::citation) }</p>
            }
        </li>
    }
}

/// "每月约 720.00 元" with the amount in bold, in whichever order the language puts it.
/// `template` is a catalog text with one `{}` for the amount; `data` names the data attribute
/// tests read the amount from (`data-total`, `data-amount`). A function, not a component:
/// each component costs the wasm about 1 KB of Yew's per-component code.
pub fn amount(template: &'static str, amount: &str, data: &'static str) -> Html {
    let amount = AttrValue::from(amount.to_string());
    let (before, after) = template.split_once("{}").unwrap_or((template, ""));
    let strong = html! { <strong data-amount={(data == "amount").then(|| amount.clone())} data-total={(data == "total").then(|| amount.clone())}>{ amount.clone() }</strong> };
    html! { <>{ before }{ strong }{ after }</> }
}
