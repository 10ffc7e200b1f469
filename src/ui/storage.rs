//! Keeping answers on this device (only after the resident agrees) and sharing them by link.
//! Nothing here talks to a server: the draft is in localStorage, and a share link carries the
//! household after `#`, which browsers never send to servers.
use crate::form::FormState;

const CONSENT: &str = "assistance-calculator:consent";
const DRAFT: &str = "assistance-calculator:draft";
/// A draft that could not be read is moved here, not deleted: only the resident deletes it.
const UNREADABLE: &str = "assistance-calculator:draft-unreadable";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn consented() -> bool {
    storage().and_then(|s| s.get_item(CONSENT).ok().flatten()).is_some_and(|v| v == "yes")
}

pub enum Draft {
    None,
    Loaded(FormState),
    /// The saved text could not be read (older or damaged); it was set aside.
    Unreadable,
}

pub fn load() -> Draft {
    let Some(s) = storage().filter(|_| consented()) else { return Draft::None };
    match s.get_item(DRAFT).ok().flatten() {
        None => Draft::None,
        // Through a `Value`, whose parser the widget has anyway: deserializing `FormState`
        // straight from text would add a second JSON parser for it (about 5 KB gzip).
        Some(text) => match serde_json::from_str::<serde_json::Value>(&text).ok().as_ref().and_then(FormState::from_draft) {
            Some(form) => Draft::Loaded(form),
            None => {
                let _ = s.set_item(UNREADABLE, &text);
                let _ = s.remove_item(DRAFT);
                Draft::Unreadable
            }
        },
    }
}

pub fn has_unreadable() -> bool {
    storage().and_then(|s| s.get_item(UNREADABLE).ok().flatten()).is_some()
}

pub fn save(form: &FormState) {
    if let (Some(s), true) = (storage(), consented()) {
        if let Ok(text) = serde_json::to_string(form) {
            let _ = s.set_item(DRAFT, &text);
        }
    }
}

pub fn set_consent(yes: bool) {
    if let Some(s) = storage() {
        if yes {
            let _ = s.set_item(CONSENT, "yes");
        } else {
            clear_all();
        }
    }
}

/// 清除我的数据: the consent, the draft and any unreadable draft.
pub fn clear_all() {
    if let Some(s) = storage() {
        for key in [CONSENT, DRAFT, UNREADABLE] {
            let _ = s.remove_item(key);
        }
    }
}

pub fn delete_unreadable() {
    if let Some(s) = storage() {
        let _ = s.remove_item(UNREADABLE);
    }
}

/// A link to this page with the household after `#h=`.
pub fn share_link(form: &FormState) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href).to_string();
    let json = form.to_json().to_string();
    Some(format!("{base}#h={}", js_sys::encode_uri_component(&json)))
}

/// The household in this page's `#h=` fragment: `None` if there is none, `Err` if unreadable.
pub fn from_link() -> Option<Result<FormState, ()>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let encoded = hash.strip_prefix("#h=")?;
    let json = js_sys::decode_uri_component(encoded).ok()?.as_string()?;
    Some(serde_json::from_str::<serde_json::Value>(&json).map(|v| FormState::from_household(&v)).map_err(|_| ()))
}

/// Removes the household from the address bar (after it is loaded, or on 清除我的数据).
pub fn forget_link() {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let path = w.location().pathname().unwrap_or_default() + &w.location().search().unwrap_or_default();
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

/// The link as a QR code: an SVG path of dark modules, and the side length in modules.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{x},{y}h1v1h-1z"));
            }
        }
    }
    Some((path, size))
}
