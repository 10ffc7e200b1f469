//! "收入变化时会怎样": each program's monthly amount as the household's income varies, with the
//! cliffs where programs stop and the household's current point. An SVG with a text
//! alternative (the stopping points as a list); drawn only when the resident opens it.
use crate::form::FormState;
use crate::money::Yuan;
use crate::what_if::{default_top, what_if, WhatIf};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use super::text::{fill, program_name, Text};
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub form: FormState,
    pub lang: Lang,
}

const W: f64 = 320.0;
const H: f64 = 180.0;
const PAD: f64 = 34.0;
/// Line styles that differ by dash as well as colour, so the chart does not rely on colour.
const STYLES: &[(&str, &str)] = &[("#1e6b34", ""), ("#b3261e", "6 3"), ("#1a5fb4", "2 3"), ("#7a5200", "8 3 2 3"), ("#5b2a86", "1 2")];

fn compute(form: &FormState) -> Option<WhatIf> {
    let pack = crate::policy::Pack::active().ok()?;
    let household = crate::household::parse_household(&form.to_json(), crate::date::Date::today()).ok()?;
    let top = default_top(&household, pack)?;
    let current: Yuan = household.members.iter().flat_map(|m| m.incomes.iter().flatten()).filter(|i| !matches!(i.kind, crate::household::IncomeKind::SpecialCare | crate::household::IncomeKind::Award)).map(|i| i.monthly).sum();
    Some(what_if(&household, pack, top.max(current), 40, current))
}

fn f(y: Yuan) -> f64 {
    y.0.to_f64().unwrap_or(0.0)
}

/// A pixel coordinate to a tenth of a pixel ("142.7", "34"), printed with integer formatting:
/// `f64`'s `Display` (and core's float-printing code with it, about 10 KB of wasm) is then
/// left out of the widget. A tenth of a pixel in a 320-wide view box is invisible.
fn px(v: f64) -> String {
    let tenths = (v.abs() * 10.0 + 0.5).floor() as u64;
    let sign = if v < 0.0 && tenths != 0 { "-" } else { "" };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

#[function_component(WhatIfChart)]
pub fn what_if_chart(p: &ChartProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let data = if *open { compute(&p.form) } else { None };
    let t = Text::of(p.lang);
    html! {
        <section class="what-if" aria-labelledby="what-if-title">
            <h2 id="what-if-title">{ t.what_if_title }</h2>
            <button type="button" class="secondary" aria-expanded={super::bool_attr(*open)} onclick={toggle}>
                { if *open { t.chart_hide } else { t.chart_show } }
            </button>
            if *open {
                { match data {
                    None => html! { <p class="hint">{ t.chart_fill_first }</p> },
                    Some(w) => draw(t, &w),
                } }
            }
        </section>
    }
}

fn draw(t: &Text, w: &WhatIf) -> Html {
    let top_income = w.incomes.last().map(|t| t.to_string()).unwrap_or_default();
    let top = w.incomes.last().copied().map(f).unwrap_or(1.0).max(1.0);
    // The largest amount, at least 1 元; its label is rounded half to even, as `{:.0}` on the
    // f64 printed it, but from the exact decimal.
    let max_yuan = w.series.iter().flat_map(|s| s.amounts.iter()).map(|a| a.0).fold(Decimal::ONE, Decimal::max);
    let max_label = max_yuan.round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven).to_string();
    let max = max_yuan.to_f64().unwrap_or(1.0);
    let x = |v: f64| PAD + (W - PAD - 8.0) * v / top;
    let y = |v: f64| H - PAD + 4.0 - (H - PAD - 8.0) * v / max;
    let current_x = x(f(w.current));
    html! {
        <figure>
            <svg class="chart" role="img" aria-labelledby="what-if-caption" viewBox="0 0 320 180" xmlns="http://www.w3.org/2000/svg">
                <line x1={px(PAD)} y1={px(y(0.0))} x2={px(W - 8.0)} y2={px(y(0.0))} stroke="#555" />
                <line x1={px(PAD)} y1={px(y(0.0))} x2={px(PAD)} y2="4" stroke="#555" />
                <text x={px(PAD)} y={px(H - 8.0)} font-size="10" fill="#333">{ "0" }</text>
                <text x={px(W - 8.0)} y={px(H - 8.0)} font-size="10" text-anchor="end" fill="#333">{ fill(t.chart_axis, &[&top_income]) }</text>
                <text x={px(PAD + 4.0)} y="14" font-size="10" fill="#333">{ fill(t.chart_max, &[&max_label]) }</text>
                { for w.series.iter().enumerate().map(|(i, s)| {
                    let (colour, dash) = STYLES[i % STYLES.len()];
                    let mut points = String::new();
                    for (inc, a) in w.incomes.iter().zip(&s.amounts) {
                        if !points.is_empty() {
                            points.push(' ');
                        }
                        points.push_str(&px(x(f(*inc))));
                        points.push(',');
                        points.push_str(&px(y(f(*a))));
                    }
                    html! { <polyline points={points} fill="none" stroke={colour} stroke-width="2" stroke-dasharray={dash} /> }
                }) }
                // The household's income: a dashed line that starts below the maximum's label and
                // is named at its foot, so neither text runs into the other (they did when the
                // income was low and the line stood under that label).
                <line x1={px(current_x)} y1="20" x2={px(current_x)} y2={px(y(0.0))} stroke="#000" stroke-dasharray="3 3" />
                <text x={px(current_x + 3.0)} y={px(y(0.0) - 4.0)} font-size="10" fill="#000">{ t.chart_now }</text>
            </svg>
            <figcaption id="what-if-caption">
                { fill(t.chart_caption, &[&top_income, &w.current]) }
                <ul class="cliffs">
                    { for w.series.iter().enumerate().map(|(i, s)| {
                        let (colour, dash) = STYLES[i % STYLES.len()];
                        html! { <li>
                            <svg class="key" viewBox="0 0 24 6" aria-hidden="true"><line x1="0" y1="3" x2="24" y2="3" stroke={colour} stroke-width="2" stroke-dasharray={dash} /></svg>
                            { match s.stops_at {
                                Some(at) => fill(t.chart_stops, &[&program_name(t, s.program), &at]),
                                None => fill(t.chart_no_stop, &[&program_name(t, s.program)]),
                            } }
                        </li> }
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
