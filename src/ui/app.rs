//! The page: region, household facts, members, and results that update as the user types.
use super::fields::{options, SelectField, TextField};
use super::member_card::MemberCard;
use super::region_picker::RegionPicker;
use super::results::results;
use super::state::{Action, FormState, HouseholdField};
use super::privacy::Privacy;
use super::text::{fill, Text};
use super::{evaluate_form, storage, Messages};
use crate::i18n::Lang;
use crate::date::Date;
use crate::household::{Emergency, Hukou};
use yew::prelude::*;

/// The region shown first when the host names none.
pub const DEFAULT_REGION: &str = "430602";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The county code to start with (the custom element's `region` attribute).
    #[prop_or(AttrValue::Static(DEFAULT_REGION))]
    pub region: AttrValue,
    /// 长辈版: larger text and controls.
    #[prop_or_default]
    pub elder: bool,
    /// The language to start in; the resident can switch at any time.
    #[prop_or_default]
    pub lang: Lang,
    /// Called with each new report (the custom element turns it into a DOM event).
    #[prop_or_default]
    pub on_report: Callback<crate::explain::Report>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // A share link wins over a saved draft; either replaces the empty form.
    let opened = use_memo((), |_| {
        let link = storage::from_link();
        if link.is_some() {
            // Loaded: take the household out of the address bar so it is not bookmarked or re-shared by accident.
            storage::forget_link();
        }
        let draft = if link.is_none() { storage::load() } else { storage::Draft::None };
        (link, draft)
    });
    let form = use_reducer(|| match &*opened {
        (Some(Ok(form)), _) => form.clone(),
        (_, storage::Draft::Loaded(form)) => form.clone(),
        _ => FormState::new(&props.region, &Date::today().to_string()),
    });
    let link_unreadable = matches!(opened.0, Some(Err(())));
    let consent = use_state(storage::consented);
    let unreadable = use_state(|| matches!(opened.1, storage::Draft::Unreadable) || storage::has_unreadable());
    {
        let consent = *consent;
        use_effect_with(((*form).clone(), consent), move |(form, consent)| {
            if *consent {
                storage::save(form);
            }
        });
    }
    let on_consent = {
        let consent = consent.clone();
        Callback::from(move |yes: bool| {
            storage::set_consent(yes);
            consent.set(yes);
        })
    };
    let on_clear = {
        let (form, consent, unreadable, region) = (form.clone(), consent.clone(), unreadable.clone(), props.region.clone());
        Callback::from(move |_| {
            storage::clear_all();
            storage::forget_link();
            consent.set(false);
            unreadable.set(false);
            form.dispatch(Action::Replace(FormState::new(&region, &Date::today().to_string())));
        })
    };
    let on_delete_unreadable = {
        let unreadable = unreadable.clone();
        Callback::from(move |_| {
            storage::delete_unreadable();
            unreadable.set(false);
        })
    };
    // 长辈版 can be switched at any time; the answers stay.
    let elder = use_state(|| props.elder);
    let toggle_elder = {
        let elder = elder.clone();
        Callback::from(move |_| elder.set(!*elder))
    };
    // The language is not part of the answers: switching it re-words the report, nothing else.
    // 繁體 needs its table, fetched on first use; until it arrives the page stays in 简体.
    let requested = use_state(|| props.lang);
    // What has arrived of the tables the first load leaves out (region names, 繁體); a change
    // re-renders, an unchanged answer does not.
    let tables = use_state_eq(|| (crate::region::names_complete(), crate::i18n::hant::ready()));
    let hant_failed = use_state_eq(|| false);
    {
        let (tables, hant_failed) = (tables.clone(), hant_failed.clone());
        use_effect_with(*requested, move |requested| {
            let want_hant = *requested == Lang::ZhHant;
            wasm_bindgen_futures::spawn_local(async move {
                let names = super::assets::region_names().await;
                let hant = want_hant && super::assets::hant_table().await;
                hant_failed.set(want_hant && !hant);
                tables.set((names, crate::i18n::hant::ready()));
            });
        });
    }
    let lang = if *requested == Lang::ZhHant && !tables.1 { Lang::ZhHans } else { *requested };
    let t = Text::of(lang);
    let result = use_memo(((*form).clone(), lang), |(form, lang)| evaluate_form(form, *lang));
    {
        let on_report = props.on_report.clone();
        use_effect_with(result.clone(), move |result| {
            if let Ok(report) = &**result {
                on_report.emit(report.clone());
            }
        });
    }
    let asked_before = use_mut_ref(Vec::<String>::new);
    let messages = match &*result {
        Ok(_) => {
            let m = Messages::from_result(&result, t);
            *asked_before.borrow_mut() = m.questions();
            m
        }
        Err(_) => Messages::from_result(&result, t).with_questions_from(&asked_before.borrow()),
    };
    let dispatch = {
        let form = form.clone();
        Callback::from(move |a: Action| form.dispatch(a))
    };
    let set = |field: HouseholdField| {
        let d = dispatch.clone();
        Callback::from(move |v: String| d.emit(Action::SetHousehold(field, v)))
    };
    let add_member = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::AddMember))
    };
    html! {
        <div class={if *elder { "app ac-root elder" } else { "app ac-root" }} lang={lang.tag()}>
            <header class="masthead">
                <div class="masthead-tools">
                    { language_switch(lang, { let requested = requested.clone(); Callback::from(move |l| requested.set(l)) }) }
                    <button type="button" class="mode-toggle" aria-pressed={super::bool_attr(*elder)} onclick={toggle_elder}>
                        { if *elder { t.elder_off } else { t.elder_on } }
                    </button>
                </div>
                <h1>{ t.title }</h1>
                <p>{ t.intro }</p>
                <p class="privacy">{ t.privacy_line }</p>
            </header>
            if *hant_failed {
                <p class="notice" role="alert">{ t.hant_unavailable }</p>
            }
            if let Some(notice) = super::PACK_NOTICE.get() {
                <p class="notice pack-notice" role="alert">{ fill(t.pack_failed, &[&t.pack_failure(notice)]) }</p>
            }
            <main class="layout">
                <form class="household" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-label={t.form_label}>
                    <section>
                        <h2>{ t.region_section }</h2>
                        <RegionPicker lang={lang} names_complete={tables.0} region={form.region.clone()} onchange={set(HouseholdField::Region)} error={messages.error("region")} />
                        <TextField id="date" label={t.date_label} input_type="date" value={form.date.clone()}
                            oninput={set(HouseholdField::Date)} error={messages.error("date")} />
                        if messages.asked("hukou") || !form.hukou.is_empty() {
                        <SelectField lang={t.lang} id="hukou" label={t.hukou_label} value={form.hukou.clone()}
                            options={options(t, Hukou::ALL, Hukou::json, Hukou::zh, Hukou::en)} onchange={set(HouseholdField::Hukou)}
                            error={messages.error("hukou")} hint={messages.hint("hukou")} />
                        }
                        <TextField id="assets" label={t.assets_label} value={form.financial_assets.clone()} inputmode="decimal"
                            suffix={t.yuan} placeholder={t.optional} oninput={set(HouseholdField::FinancialAssets)} error={messages.error("assets.financial")} />
                        <SelectField lang={t.lang} id="emergency" label={t.emergency_label} value={form.emergency.clone()}
                            options={options(t, Emergency::ALL, Emergency::json, Emergency::zh, Emergency::en)} onchange={set(HouseholdField::Emergency)}
                            error={messages.error("emergency")} hint={messages.hint("emergency")} />
                        if messages.asked("expenses") || !form.expenses_medical.is_empty() || !form.expenses_education.is_empty() {
                            <div class="pair">
                                <TextField id="expenses-medical" label={t.expenses_medical} value={form.expenses_medical.clone()} inputmode="decimal" suffix={t.yuan}
                                    oninput={set(HouseholdField::ExpensesMedical)} error={messages.error("expenses.medical")} hint={messages.hint("expenses")} />
                                <TextField id="expenses-education" label={t.expenses_education} value={form.expenses_education.clone()} inputmode="decimal" suffix={t.yuan}
                                    oninput={set(HouseholdField::ExpensesEducation)} error={messages.error("expenses.education")} />
                            </div>
                        }
                    </section>
                    <section>
                        <h2>{ fill(t.members_heading, &[&form.members.len()]) }</h2>
                        <p class="hint">{ t.members_hint }</p>
                        { for form.members.iter().enumerate().map(|(i, m)| html! {
                            <MemberCard lang={lang} key={m.id.clone()} index={i} member={m.clone()} dispatch={dispatch.clone()} messages={messages.clone()} />
                        }) }
                        <button type="button" class="primary" onclick={add_member}>{ t.add_member }</button>
                    </section>
                    if link_unreadable {
                        <p class="notice" role="alert">{ t.link_unreadable }</p>
                    }
                    <Privacy lang={lang} form={(*form).clone()} consent={*consent} {on_consent} {on_clear} unreadable={*unreadable} {on_delete_unreadable} />
                </form>
                <div class="results-column">
                    { results(t, &result) }
                    <super::chart::WhatIfChart lang={lang} form={(*form).clone()} />
                </div>
            </main>
            <footer class="footer">
                <p>{ t.footer }</p>
            </footer>
        </div>
    }
}

/// 简体 / 繁體 / English, each named in its own script (and tagged with its language, so a
/// screen reader pronounces it right); the answers stay as they are. A function, not a
/// component (Yew's per-component code is about 1 KB of wasm each).
fn language_switch(lang: Lang, onchange: Callback<Lang>) -> Html {
    let t = Text::of(lang);
    html! {
        <div class="language-switch" role="group" aria-label={t.language}>
            { for Lang::ALL.iter().map(|&l| {
                let onclick = onchange.reform(move |_| l);
                html! { <button type="button" lang={l.tag()} aria-pressed={super::bool_attr(l == lang)} {onclick}>{ l.endonym() }</button> }
            }) }
        </div>
    }
}
