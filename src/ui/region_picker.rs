//! The region cascade: 省 → 市 → 县/区 over every county-level code, with the ones whose data
//! is in the widget marked 已收录. Picking an uncovered county is allowed: its results say
//! so and point to the local 民政局 and 12345, never to a neighbour's figures.
use super::fields::SelectField;
use super::text::{fill, Text};
use crate::i18n::Lang;
use crate::policy::Pack;
use crate::region::{children, RegionCode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    /// The county code chosen so far.
    pub region: AttrValue,
    /// Whether the full name table has arrived (the lists are rebuilt when it does).
    pub names_complete: bool,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub lang: Lang,
}

fn covered(code: &str) -> bool {
    let Ok(pack) = Pack::active() else { return false };
    RegionCode::parse(code).is_some_and(|c| pack.covered_region(&c).is_some())
}

/// The digits of a code that name it: 2 for a province, 4 for a city, 6 for a county.
fn significant(code: &str) -> &str {
    code.trim_end_matches("00").trim_end_matches("00")
}

/// Whether a province or city holds a covered county, or lies in a region covered whole: the
/// regions with data are compared by prefix (scanning every county below each province
/// cost tens of milliseconds on a slow phone each time the list was built).
fn holds_covered(code: &str) -> bool {
    let Ok(pack) = Pack::active() else { return false };
    let own = significant(code);
    pack.regions.values().map(|r| &r.region).filter(|r| r.selectable || r.covers_all_counties).any(|r| {
        let theirs = significant(&r.code);
        !theirs.is_empty() && (own.starts_with(theirs) || theirs.starts_with(own))
    })
}

/// Options for one level; a place with covered counties below it is marked too.
fn level_options(t: &Text, parent: Option<&str>, leaf: bool) -> Vec<(AttrValue, AttrValue)> {
    children(parent)
        .into_iter()
        .map(|(code, name)| {
            let has = if leaf { covered(code) } else { holds_covered(code) };
            let name = t.script(name);
            let label = if has { fill(t.covered_mark, &[&name]) } else { name.into_owned() };
            (AttrValue::from(code), AttrValue::from(label))
        })
        .collect()
}

#[function_component(RegionPicker)]
pub fn region_picker(p: &RegionPickerProps) -> Html {
    let region = p.region.to_string();
    let t = Text::of(p.lang);
    let province = use_state(|| region.get(..2).map(|c| format!("{c}0000")).unwrap_or_default());
    let city = use_state(|| region.get(..4).map(|c| format!("{c}00")).unwrap_or_default());
    let ready = (t.lang, p.names_complete);
    let provinces = use_memo(ready, |_| level_options(t, None, false));
    let cities = use_memo(((*province).clone(), ready), |(p, _)| if p.is_empty() { Vec::new() } else { level_options(t, Some(p), false) });
    let counties = use_memo(((*city).clone(), ready), |(c, _)| if c.is_empty() { Vec::new() } else { level_options(t, Some(c), true) });
    let on_province = {
        let (province, city) = (province.clone(), city.clone());
        Callback::from(move |v: String| {
            province.set(v);
            city.set(String::new());
        })
    };
    let on_city = {
        let city = city.clone();
        Callback::from(move |v: String| city.set(v))
    };
    let county_value = if region.starts_with(&city.get(..4).unwrap_or("-").to_string()) { region.clone() } else { String::new() };
    html! {
        <div class="region-picker" role="group" aria-label={t.region_group}>
            <SelectField lang={t.lang} id="region-province" label={t.province_label} value={(*province).clone()} options={(*provinces).clone()} onchange={on_province} />
            if !province.is_empty() {
                <SelectField lang={t.lang} id="region-city" label={t.city_label} value={(*city).clone()} options={(*cities).clone()} onchange={on_city} />
            }
            if !city.is_empty() {
                <SelectField lang={t.lang} id="region" label={t.county_label} value={county_value} options={(*counties).clone()} onchange={p.onchange.clone()}
                    error={p.error.clone()} hint={Some(AttrValue::Static(t.region_hint))} />
            }
        </div>
    }
}
