//! 保存与分享: keep answers on this device only after the resident agrees, erase them with one
//! button, and hand a household to a caseworker by a link (or its QR code) whose data never
//! reaches a server.
use super::storage;
use crate::form::FormState;
use super::text::Text;
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    pub form: FormState,
    pub consent: bool,
    pub on_consent: Callback<bool>,
    pub on_clear: Callback<()>,
    pub unreadable: bool,
    pub on_delete_unreadable: Callback<()>,
    pub lang: Lang,
}

#[function_component(Privacy)]
pub fn privacy(p: &PrivacyProps) -> Html {
    let link = use_state(|| None::<String>);
    let t = Text::of(p.lang);
    let on_consent = {
        let cb = p.on_consent.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    };
    let share = {
        let (link, form) = (link.clone(), p.form.clone());
        Callback::from(move |_| link.set(storage::share_link(&form)))
    };
    let clear = {
        let (link, cb) = (link.clone(), p.on_clear.clone());
        Callback::from(move |_| {
            link.set(None);
            cb.emit(());
        })
    };
    let delete_unreadable = p.on_delete_unreadable.reform(|_| ());
    html! {
        <section class="privacy-tools" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{ t.privacy_title }</h2>
            if p.unreadable {
                <p class="notice" role="alert">{ t.draft_unreadable }
                    <button type="button" class="link" onclick={delete_unreadable}>{ t.delete_unreadable }</button></p>
            }
            <div class="field checkbox">
                <input id="consent" type="checkbox" checked={p.consent} onchange={on_consent} />
                <label for="consent">{ t.consent }</label>
            </div>
            <button type="button" class="secondary" onclick={clear}>{ t.clear }</button>
            <button type="button" class="secondary" onclick={share}>{ t.share }</button>
            if let Some(url) = &*link {
                <div class="share">
                    <label for="share-link">{ t.share_link }</label>
                    <input id="share-link" type="text" readonly=true value={url.clone()} />
                    <p class="hint">{ t.share_hint }</p>
                    if let Some((path, size)) = storage::qr_path(url) {
                        <svg class="qr" role="img" aria-label={t.share_qr} viewBox={format!("-2 -2 {} {}", size + 4, size + 4)} xmlns="http://www.w3.org/2000/svg">
                            <rect x="-2" y="-2" width={(size + 4).to_string()} height={(size + 4).to_string()} fill="#fff" />
                            <path d={path} fill="#000" />
                        </svg>
                    }
                </div>
            }
        </section>
    }
}
