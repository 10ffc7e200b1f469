//! One household member's questions.
use super::fields::{options, SelectField, TextField};
use super::state::{Action, MemberField, MemberForm};
use super::text::{fill, Text};
use crate::i18n::Lang;
use super::Messages;
use crate::household::{DisabilityCategory, IncomeKind, ParentStatus, Relation, Supporters};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MemberCardProps {
    pub index: usize,
    pub member: MemberForm,
    pub dispatch: Callback<Action>,
    pub messages: Messages,
    pub lang: Lang,
}

#[function_component(MemberCard)]
pub fn member_card(p: &MemberCardProps) -> Html {
    let i = p.index;
    let m = &p.member;
    let t = Text::of(p.lang);
    let set = |field: MemberField| {
        let d = p.dispatch.clone();
        Callback::from(move |v: String| d.emit(Action::SetMember(i, field, v)))
    };
    let path = |f: &str| format!("members[{i}].{f}");
    let id = |f: &str| format!("m{i}-{f}");
    let msg = |f: &str| p.messages.error(&path(f));
    let hint = |f: &str| p.messages.hint(&path(f));
    let is_applicant = m.relation == "applicant";
    // A question appears when a program still needs it, and stays once answered.
    let show = |f: &str, value: &str| !value.is_empty() || p.messages.asked(&path(f));
    let remove = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::RemoveMember(i)))
    };
    let add_income = {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.emit(Action::AddIncome(i)))
    };
    let title = if is_applicant { t.applicant.to_string() } else { fill(t.member_n, &[&(i + 1)]) };
    html! {
        <fieldset class="member" aria-label={title.clone()}>
            <legend>{ title }</legend>
            if !is_applicant {
                <SelectField lang={t.lang} id={id("relation")} label={t.relation_label} value={m.relation.clone()}
                    options={options(t, &Relation::ALL[1..], Relation::json, Relation::zh, Relation::en)} onchange={set(MemberField::Relation)} error={msg("relation")} />
            }
            <TextField id={id("birth")} label={t.birth_label} input_type="date" value={m.birth_date.clone()}
                oninput={set(MemberField::BirthDate)} error={msg("birthDate")} hint={hint("birthDate")} />
            <SelectField lang={t.lang} id={id("has-income")} label={t.income_label} value={m.has_income.clone()}
                options={vec![(AttrValue::from("none"), AttrValue::from(t.income_none)), (AttrValue::from("some"), AttrValue::from(t.income_some))]}
                onchange={set(MemberField::HasIncome)} error={msg("incomes")} hint={hint("incomes")} />
            if m.has_income == "some" {
                <div class="incomes">
                    { for m.incomes.iter().enumerate().map(|(row, r)| income_row(p, t, row, r)) }
                    <button type="button" class="secondary" onclick={add_income}>{ t.add_income }</button>
                </div>
            }
            <div class="pair">
                <SelectField lang={t.lang} id={id("disability")} label={t.disability_label} value={m.disability_category.clone()} placeholder={AttrValue::Static(t.no_certificate)}
                    options={options(t, DisabilityCategory::ALL, DisabilityCategory::json, DisabilityCategory::zh, DisabilityCategory::en)}
                    onchange={set(MemberField::DisabilityCategory)} error={msg("disability.category")} />
                if !m.disability_category.is_empty() {
                    <SelectField lang={t.lang} id={id("grade")} label={t.grade_label} value={m.disability_grade.clone()}
                        options={(1..=4).map(|g| (AttrValue::from(g.to_string()), AttrValue::from(fill(t.grade_n, &[&g])))).collect::<Vec<_>>()}
                        onchange={set(MemberField::DisabilityGrade)} error={msg("disability.grade")} />
                }
            </div>
            if show("selfCare", &m.self_care) {
                <SelectField lang={t.lang} id={id("self-care")} label={t.self_care_label} value={m.self_care.clone()}
                    options={vec![("full".into(), t.self_care_full.into()), ("partial".into(), t.self_care_partial.into()), ("none".into(), t.self_care_none.into())]}
                    onchange={set(MemberField::SelfCare)} error={msg("selfCare")} hint={hint("selfCare")} />
            }
            if show("laborCapacity", &m.labor_capacity) {
                <SelectField lang={t.lang} id={id("labor")} label={t.labor_label} value={m.labor_capacity.clone()}
                    options={vec![("full".into(), t.labor_full.into()), ("partial".into(), t.labor_partial.into()), ("none".into(), t.labor_none.into())]}
                    onchange={set(MemberField::LaborCapacity)} error={msg("laborCapacity")} hint={hint("laborCapacity")} />
            }
            if show("supporters", &m.supporters) {
                <SelectField lang={t.lang} id={id("supporters")} label={t.supporters_label} value={m.supporters.clone()}
                    options={options(t, Supporters::ALL, Supporters::json, Supporters::zh, Supporters::en)}
                    onchange={set(MemberField::Supporters)} error={msg("supporters")} hint={hint("supporters")} />
            }
            if show("parents", &format!("{}{}", m.father, m.mother)) {
                <div class="pair">
                    <SelectField lang={t.lang} id={id("father")} label={t.father_label} value={m.father.clone()}
                        options={options(t, ParentStatus::ALL, ParentStatus::json, ParentStatus::zh, ParentStatus::en)} onchange={set(MemberField::Father)}
                        error={msg("parents.father")} hint={hint("parents")} />
                    <SelectField lang={t.lang} id={id("mother")} label={t.mother_label} value={m.mother.clone()}
                        options={options(t, ParentStatus::ALL, ParentStatus::json, ParentStatus::zh, ParentStatus::en)} onchange={set(MemberField::Mother)}
                        error={msg("parents.mother")} />
                </div>
            }
            if show("careSetting", &m.care_setting) {
                <SelectField lang={t.lang} id={id("care-setting")} label={t.care_setting_label} value={m.care_setting.clone()}
                    options={vec![("family".into(), t.care_family.into()), ("institution".into(), t.care_institution.into())]}
                    onchange={set(MemberField::CareSetting)} error={msg("careSetting")} hint={hint("careSetting")} />
            }
            if show("workInjuryCare", &m.work_injury_care) {
                <SelectField lang={t.lang} id={id("work-injury")} label={t.work_injury_label} value={m.work_injury_care.clone()}
                    options={yes_no(t)} onchange={set(MemberField::WorkInjuryCare)} error={msg("workInjuryCare")} hint={hint("workInjuryCare")} />
            }
            if show("seriousIllness", &m.serious_illness) {
                <SelectField lang={t.lang} id={id("illness")} label={t.illness_label} value={m.serious_illness.clone()}
                    options={yes_no(t)} onchange={set(MemberField::SeriousIllness)} error={msg("seriousIllness")} hint={hint("seriousIllness")} />
            }
            if show("medicalOutOfPocket", &m.medical_out_of_pocket) {
                <TextField id={id("medical")} label={t.medical_label} value={m.medical_out_of_pocket.clone()} inputmode="decimal"
                    suffix={t.yuan} oninput={set(MemberField::MedicalOutOfPocket)} error={msg("medicalOutOfPocket")} hint={hint("medicalOutOfPocket")} />
            }
            if !is_applicant {
                <button type="button" class="link danger" onclick={remove}>{ t.remove_member }</button>
            }
        </fieldset>
    }
}

fn income_row(p: &MemberCardProps, t: &Text, row: usize, r: &super::state::IncomeRow) -> Html {
    let i = p.index;
    let d = p.dispatch.clone();
    let on_kind = Callback::from(move |v: String| d.emit(Action::SetIncome { member: i, row, kind: Some(v), monthly: None }));
    let d = p.dispatch.clone();
    let on_amount = Callback::from(move |v: String| d.emit(Action::SetIncome { member: i, row, kind: None, monthly: Some(v) }));
    let d = p.dispatch.clone();
    let remove = Callback::from(move |_| d.emit(Action::RemoveIncome(i, row)));
    let path = format!("members[{i}].incomes[{row}]");
    html! {
        <div class="income-row">
            <SelectField lang={t.lang} id={format!("m{i}-income{row}-kind")} label={fill(t.income_kind_n, &[&(row + 1)])} value={r.kind.clone()}
                options={options(t, IncomeKind::ALL, IncomeKind::json, IncomeKind::zh, IncomeKind::en)} onchange={on_kind} error={p.messages.error(&format!("{path}.kind"))} />
            <TextField id={format!("m{i}-income{row}-amount")} label={t.income_amount} value={r.monthly.clone()} inputmode="decimal" placeholder={t.income_placeholder}
                suffix={t.yuan_per_month} oninput={on_amount} error={p.messages.error(&format!("{path}.monthly"))} />
            <button type="button" class="link danger" onclick={remove} aria-label={fill(t.remove_income_n, &[&(row + 1)])}>{ t.remove }</button>
        </div>
    }
}

fn yes_no(t: &Text) -> Vec<(AttrValue, AttrValue)> {
    vec![(AttrValue::Static("false"), AttrValue::Static(t.no)), (AttrValue::Static("true"), AttrValue::Static(t.yes))]
}
