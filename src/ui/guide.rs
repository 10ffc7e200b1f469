//! The 办事指南 under the results: what to bring (一次性告知), the steps, where to apply, and a
//! print button for an A4 sheet to take to the township office.
use super::program_card::citation;
use crate::explain::Report;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub report: Report,
}

#[function_component(GuideSection)]
pub fn guide_section(p: &GuideProps) -> Html {
    let g = &p.report.guide;
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
            <h2 id="guide-title">{ "办事指南" }</h2>
            <p class="print-only">{ format!("{} · 测算日期 {} · 政策数据 {} · 本单为测算参考，是否符合条件和金额以政府审核确认为准。", p.report.region_name, p.report.date, p.report.policy_version) }</p>
            <h3>{ "申请材料（一次性告知：以下各项带齐即可，每项只需一份）" }</h3>
            <ul class="materials">
                { for g.materials.iter().map(|m| html! {
                    <li>
                        <span class="box" aria-hidden="true">{ "☐" }</span>
                        <strong>{ &m.name }</strong>
                        if !m.members.is_empty() { { format!("：{}", m.members.join("、")) } }
                        <br /><small>{ format!("用于：{}", m.programs.join("、")) }{ " · 依据：" }{ for m.citations.iter().map(citation) }</small>
                    </li>
                }) }
            </ul>
            <h3>{ "办理流程" }</h3>
            { for g.procedures.iter().map(|pr| html! {
                <div class="procedure">
                    <h4>{ pr.programs.join("、") }</h4>
                    <ol>{ for pr.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    <small>{ "依据：" }{ for pr.citations.iter().map(citation) }</small>
                </div>
            }) }
            <h3>{ "办理地点与咨询" }</h3>
            <ul class="offices">
                { for g.offices.iter().map(|o| html! { <li>{ &o.text }
                    if !o.citations.is_empty() { <br /><small>{ "依据：" }{ for o.citations.iter().map(citation) }</small> }
                </li> }) }
            </ul>
            <button type="button" class="secondary no-print" onclick={print}>{ "打印 / 保存为 PDF" }</button>
        </section>
    }
}
