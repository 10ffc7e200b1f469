//! The 办事指南 under the results: what to bring (一次性告知), the steps, where to apply, and a
//! print button for an A4 sheet to take to the township office.
use super::program_card::citation;
use crate::explain::Report;
use super::text::{fill, Text};
use yew::prelude::*;

/// A function, not a component: no copy of the report for props, and none of Yew's
/// per-component code (about 1 KB of wasm).
pub fn guide_section(t: &Text, report: &Report) -> Html {
    let g = &report.guide;
    if g.materials.is_empty() && g.procedures.is_empty() {
        return html! {};
    }
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="guide" aria-labelledby="guide-title">
            <h2 id="guide-title">{ t.guide_title }</h2>
            <p class="print-only">{ fill(t.print_header, &[&report.region_name, &report.date, &report.policy_version]) }</p>
            if t.lang.is_english() { <p class="hint">{ t.official_names_note }</p> }
            <h3>{ t.materials_heading }</h3>
            <ul class="materials">
                { for g.materials.iter().map(|m| html! {
                    <li>
                        <span class="box" aria-hidden="true">{ "☐" }</span>
                        <strong>{ &m.name }</strong>
                        if !m.members.is_empty() { { fill(t.after_bold_name, &[&m.members.join(t.list_separator)]) } }
                        <br /><small>{ fill(t.used_for, &[&m.programs.join(t.list_separator)]) }{ " · " }{ t.basis }{ for m.citations.iter().map(citation) }</small>
                    </li>
                }) }
            </ul>
            <h3>{ t.steps_heading }</h3>
            { for g.procedures.iter().map(|pr| html! {
                <div class="procedure">
                    <h4>{ pr.programs.join(t.list_separator) }</h4>
                    <ol>{ for pr.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    <small>{ t.basis }{ for pr.citations.iter().map(citation) }</small>
                </div>
            }) }
            <h3>{ t.offices_heading }</h3>
            <ul class="offices">
                { for g.offices.iter().map(|o| html! { <li>{ &o.text }
                    if !o.citations.is_empty() { <br /><small>{ t.basis }{ for o.citations.iter().map(citation) }</small> }
                </li> }) }
            </ul>
            <button type="button" class="secondary no-print" onclick={print}>{ t.print }</button>
        </section>
    }
}
