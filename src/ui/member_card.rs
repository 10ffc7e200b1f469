//! One household member's questions.
use super::fields::{options, SelectField, TextField};
use super::state::{Action, MemberField, MemberForm};
use super::Messages;
use crate::household::{DisabilityCategory, IncomeKind, ParentStatus, Relation, Supporters};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MemberCardProps {
    pub index: usize,
    pub member: MemberForm,
    pub dispatch: Callback<Action>,
    pub messages: Messages,
}

#[function_component(MemberCard)]
pub fn member_card(p: &MemberCardProps) -> Html {
    let i = p.index;
    let m = &p.member;
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
    let title = if is_applicant { "申请人本人".to_string() } else { format!("家庭成员 {}", i + 1) };
    html! {
        <fieldset class="member" aria-label={title.clone()}>
            <legend>{ title }</legend>
            if !is_applicant {
                <SelectField id={id("relation")} label="与申请人的关系" value={m.relation.clone()}
                    options={options(&Relation::ALL[1..], Relation::json, Relation::zh)} onchange={set(MemberField::Relation)} error={msg("relation")} />
            }
            <TextField id={id("birth")} label="出生日期" input_type="date" value={m.birth_date.clone()}
                oninput={set(MemberField::BirthDate)} error={msg("birthDate")} hint={hint("birthDate")} />
            <SelectField id={id("has-income")} label="每月收入" value={m.has_income.clone()}
                options={vec![(AttrValue::from("none"), AttrValue::from("无收入")), (AttrValue::from("some"), AttrValue::from("有收入（逐项填写）"))]}
                onchange={set(MemberField::HasIncome)} error={msg("incomes")} hint={hint("incomes")} />
            if m.has_income == "some" {
                <div class="incomes">
                    { for m.incomes.iter().enumerate().map(|(row, r)| income_row(p, row, r)) }
                    <button type="button" class="secondary" onclick={add_income}>{ "＋ 再加一项收入" }</button>
                </div>
            }
            <div class="pair">
                <SelectField id={id("disability")} label="残疾人证类别" value={m.disability_category.clone()} placeholder="无残疾人证"
                    options={options(DisabilityCategory::ALL, DisabilityCategory::json, DisabilityCategory::zh)}
                    onchange={set(MemberField::DisabilityCategory)} error={msg("disability.category")} />
                if !m.disability_category.is_empty() {
                    <SelectField id={id("grade")} label="残疾等级" value={m.disability_grade.clone()}
                        options={(1..=4).map(|g| (AttrValue::from(g.to_string()), AttrValue::from(format!("{g} 级")))).collect::<Vec<_>>()}
                        onchange={set(MemberField::DisabilityGrade)} error={msg("disability.grade")} />
                }
            </div>
            if show("selfCare", &m.self_care) {
                <SelectField id={id("self-care")} label="生活自理能力" value={m.self_care.clone()}
                    options={vec![("full".into(), "能自理（全自理）".into()), ("partial".into(), "部分不能自理（半失能）".into()), ("none".into(), "完全不能自理（全失能）".into())]}
                    onchange={set(MemberField::SelfCare)} error={msg("selfCare")} hint={hint("selfCare")} />
            }
            if show("laborCapacity", &m.labor_capacity) {
                <SelectField id={id("labor")} label="劳动能力" value={m.labor_capacity.clone()}
                    options={vec![("full".into(), "有劳动能力".into()), ("partial".into(), "部分丧失劳动能力".into()), ("none".into(), "无劳动能力".into())]}
                    onchange={set(MemberField::LaborCapacity)} error={msg("laborCapacity")} hint={hint("laborCapacity")} />
            }
            if show("supporters", &m.supporters) {
                <SelectField id={id("supporters")} label="法定赡养、抚养、扶养人" value={m.supporters.clone()}
                    options={options(Supporters::ALL, Supporters::json, Supporters::zh)}
                    onchange={set(MemberField::Supporters)} error={msg("supporters")} hint={hint("supporters")} />
            }
            if show("parents", &format!("{}{}", m.father, m.mother)) {
                <div class="pair">
                    <SelectField id={id("father")} label="父亲情况" value={m.father.clone()}
                        options={options(ParentStatus::ALL, ParentStatus::json, ParentStatus::zh)} onchange={set(MemberField::Father)}
                        error={msg("parents.father")} hint={hint("parents")} />
                    <SelectField id={id("mother")} label="母亲情况" value={m.mother.clone()}
                        options={options(ParentStatus::ALL, ParentStatus::json, ParentStatus::zh)} onchange={set(MemberField::Mother)}
                        error={msg("parents.mother")} />
                </div>
            }
            if show("careSetting", &m.care_setting) {
                <SelectField id={id("care-setting")} label="养育方式" value={m.care_setting.clone()}
                    options={vec![("family".into(), "由亲属等在家养育（散居）".into()), ("institution".into(), "在福利机构集中养育".into())]}
                    onchange={set(MemberField::CareSetting)} error={msg("careSetting")} hint={hint("careSetting")} />
            }
            if show("workInjuryCare", &m.work_injury_care) {
                <SelectField id={id("work-injury")} label="是否领取工伤保险生活护理费" value={m.work_injury_care.clone()}
                    options={yes_no()} onchange={set(MemberField::WorkInjuryCare)} error={msg("workInjuryCare")} hint={hint("workInjuryCare")} />
            }
            if show("seriousIllness", &m.serious_illness) {
                <SelectField id={id("illness")} label="是否患有重病（大病）" value={m.serious_illness.clone()}
                    options={yes_no()} onchange={set(MemberField::SeriousIllness)} error={msg("seriousIllness")} hint={hint("seriousIllness")} />
            }
            if show("medicalOutOfPocket", &m.medical_out_of_pocket) {
                <TextField id={id("medical")} label="近12个月看病自付费用（医保报销后）" value={m.medical_out_of_pocket.clone()} inputmode="decimal"
                    suffix="元" oninput={set(MemberField::MedicalOutOfPocket)} error={msg("medicalOutOfPocket")} hint={hint("medicalOutOfPocket")} />
            }
            if !is_applicant {
                <button type="button" class="link danger" onclick={remove}>{ "删除这位成员" }</button>
            }
        </fieldset>
    }
}

fn income_row(p: &MemberCardProps, row: usize, r: &super::state::IncomeRow) -> Html {
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
            <SelectField id={format!("m{i}-income{row}-kind")} label={format!("收入 {} 类型", row + 1)} value={r.kind.clone()}
                options={options(IncomeKind::ALL, IncomeKind::json, IncomeKind::zh)} onchange={on_kind} error={p.messages.error(&format!("{path}.kind"))} />
            <TextField id={format!("m{i}-income{row}-amount")} label="每月金额" value={r.monthly.clone()} inputmode="decimal" placeholder="如 1200"
                suffix="元/月" oninput={on_amount} error={p.messages.error(&format!("{path}.monthly"))} />
            <button type="button" class="link danger" onclick={remove} aria-label={format!("删除收入 {}", row + 1)}>{ "删除" }</button>
        </div>
    }
}

fn yes_no() -> Vec<(AttrValue, AttrValue)> {
    vec![(AttrValue::Static("false"), AttrValue::Static("否")), (AttrValue::Static("true"), AttrValue::Static("是"))]
}
