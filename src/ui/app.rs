//! The page: region, household facts, members, and results that update as the user types.
use super::fields::{options, SelectField, TextField};
use super::member_card::MemberCard;
use super::region_picker::RegionPicker;
use super::results::Results;
use super::state::{Action, FormState, HouseholdField};
use super::privacy::Privacy;
use super::{evaluate_form, storage, Messages};
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
    let result = use_memo((*form).clone(), evaluate_form);
    {
        let on_report = props.on_report.clone();
        use_effect_with(result.clone(), move |result| {
            if let Ok(report) = &**result {
                on_report.emit(report.clone());
            }
        });
    }
    let asked_before = use_mut_ref(std::collections::HashSet::<String>::new);
    let messages = match &*result {
        Ok(_) => {
            let m = Messages::from_result(&result);
            *asked_before.borrow_mut() = m.questions();
            m
        }
        Err(_) => Messages::from_result(&result).with_questions_from(&asked_before.borrow()),
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
        <div class={classes!("app", "ac-root", elder.then_some("elder"))}>
            <header class="masthead">
                <button type="button" class="mode-toggle" aria-pressed={elder.to_string()} onclick={toggle_elder}>
                    { if *elder { "切换到标准版" } else { "长辈版（大字）" } }
                </button>
                <h1>{ "社会救助政策测算" }</h1>
                <p>{ "填写家庭情况，看看可能符合哪些救助、每月大约多少、依据是什么。" }</p>
                <p class="privacy">{ "所有信息只在您的手机或电脑上计算，不会上传。" }</p>
            </header>
            if let Some(notice) = super::PACK_NOTICE.get() {
                <p class="notice pack-notice" role="alert">{ format!("{notice}。测算使用本工具内置的政策数据。") }</p>
            }
            <main class="layout">
                <form class="household" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-label="家庭情况">
                    <section>
                        <h2>{ "户籍所在地区与测算日期" }</h2>
                        <RegionPicker region={form.region.clone()} onchange={set(HouseholdField::Region)} error={messages.error("region")} />
                        <TextField id="date" label="测算日期" input_type="date" value={form.date.clone()}
                            oninput={set(HouseholdField::Date)} error={messages.error("date")} />
                        if messages.asked("hukou") || !form.hukou.is_empty() {
                        <SelectField id="hukou" label="户籍类型" value={form.hukou.clone()}
                            options={options(Hukou::ALL, Hukou::json, Hukou::zh)} onchange={set(HouseholdField::Hukou)}
                            error={messages.error("hukou")} hint={messages.hint("hukou")} />
                        }
                        <TextField id="assets" label="家庭存款、现金、理财等金融资产合计" value={form.financial_assets.clone()} inputmode="decimal"
                            suffix="元" placeholder="可不填" oninput={set(HouseholdField::FinancialAssets)} error={messages.error("assets.financial")} />
                        <SelectField id="emergency" label="近期是否遇到突发困难" value={form.emergency.clone()}
                            options={options(Emergency::ALL, Emergency::json, Emergency::zh)} onchange={set(HouseholdField::Emergency)}
                            error={messages.error("emergency")} hint={messages.hint("emergency")} />
                        if messages.asked("expenses") || !form.expenses_medical.is_empty() || !form.expenses_education.is_empty() {
                            <div class="pair">
                                <TextField id="expenses-medical" label="近12个月医疗自付支出" value={form.expenses_medical.clone()} inputmode="decimal" suffix="元"
                                    oninput={set(HouseholdField::ExpensesMedical)} error={messages.error("expenses.medical")} hint={messages.hint("expenses")} />
                                <TextField id="expenses-education" label="近12个月教育必需支出" value={form.expenses_education.clone()} inputmode="decimal" suffix="元"
                                    oninput={set(HouseholdField::ExpensesEducation)} error={messages.error("expenses.education")} />
                            </div>
                        }
                    </section>
                    <section>
                        <h2>{ format!("家庭成员（{} 人）", form.members.len()) }</h2>
                        <p class="hint">{ "填写共同生活的家庭成员：配偶、未成年子女、共同居住的父母等。" }</p>
                        { for form.members.iter().enumerate().map(|(i, m)| html! {
                            <MemberCard key={m.id.clone()} index={i} member={m.clone()} dispatch={dispatch.clone()} messages={messages.clone()} />
                        }) }
                        <button type="button" class="primary" onclick={add_member}>{ "＋ 添加家庭成员" }</button>
                    </section>
                    if link_unreadable {
                        <p class="notice" role="alert">{ "分享链接中的家庭信息无法读取，已打开空白表单。" }</p>
                    }
                    <Privacy form={(*form).clone()} consent={*consent} {on_consent} {on_clear} unreadable={*unreadable} {on_delete_unreadable} />
                </form>
                <div class="results-column">
                    <Results result={(*result).clone()} />
                    <super::chart::WhatIfChart form={(*form).clone()} />
                </div>
            </main>
            <footer class="footer">
                <p>{ "测算结果仅供参考，实际以乡镇（街道）受理、县级民政部门审核确认为准。" }</p>
            </footer>
        </div>
    }
}
