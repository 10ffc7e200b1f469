//! Labelled inputs with their error text, used by every form section. Each input has a real
//! `<label for>` and `aria-describedby` for its message, so screen readers read both.
use web_sys::{HtmlInputElement, HtmlSelectElement};
use super::text::Text;
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, label) pairs; a first "请选择" entry with value "" is added.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The empty first entry's text; "请选择" in the catalog's language when not given.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The page's language (passed down rather than through a Yew context, whose code cost
    /// the wasm about 2.5 KB gzip).
    pub lang: Lang,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let described = format!("{}-msg", p.id);
    let t = Text::of(p.lang);
    let placeholder = p.placeholder.clone().unwrap_or(AttrValue::Static(t.choose));
    html! {
        <div class={if p.error.is_some() { "field has-error" } else { "field" }}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <select id={p.id.clone()} {onchange} aria-describedby={described.clone()} aria-invalid={super::bool_attr(p.error.is_some())}>
                <option value="" selected={p.value.is_empty()}>{ placeholder }</option>
                { for p.options.iter().map(|(v, l)| html! { <option value={v.clone()} selected={*v == p.value}>{ l }</option> }) }
            </select>
            { message(described, &p.error, &p.hint) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(p: &TextProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Date inputs report changes on `change` in some engines.
    let onchange = {
        let cb = p.oninput.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let described = format!("{}-msg", p.id);
    html! {
        <div class={if p.error.is_some() { "field has-error" } else { "field" }}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <div class="input-row">
                <input id={p.id.clone()} type={p.input_type.clone()} value={p.value.clone()} {oninput} {onchange}
                    inputmode={p.inputmode.clone()} placeholder={p.placeholder.clone()}
                    aria-describedby={described.clone()} aria-invalid={super::bool_attr(p.error.is_some())} />
                if let Some(s) = &p.suffix { <span class="suffix">{ s }</span> }
            </div>
            { message(described, &p.error, &p.hint) }
        </div>
    }
}

/// A field's error or hint (a function, not a component: Yew's per-component code is about
/// 1 KB of wasm each).
fn message(id: String, error: &Option<AttrValue>, hint: &Option<AttrValue>) -> Html {
    match (error, hint) {
        (Some(e), _) => html! { <p {id} class="error" role="alert">{ e }</p> },
        (None, Some(h)) => html! { <p {id} class="hint">{ h }</p> },
        (None, None) => html! { <p {id} class="hint" hidden=true></p> },
    }
}

/// Options for a select from one of the engine's vocabularies, labelled in the catalog's language.
pub fn options<T: Copy>(t: &Text, all: &[T], json: fn(T) -> &'static str, zh: fn(T) -> &'static str, en: fn(T) -> &'static str) -> Vec<(AttrValue, AttrValue)> {
    all.iter().map(|&v| (AttrValue::Static(json(v)), AttrValue::from(t.pick(zh(v), en(v)).into_owned()))).collect()
}
