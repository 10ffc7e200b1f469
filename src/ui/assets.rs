//! Tables the first load leaves out (the full region-name list, the 繁體 conversion table),
//! fetched from the widget's own folder when first needed. The service worker keeps them for
//! offline use after that.
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// The widget's folder, as the embedding loader gives it; absent on the standalone page,
/// where the files sit beside the page.
pub static BASE: OnceLock<String> = OnceLock::new();

pub const REGION_NAMES: &str = "names.tsv";
pub const HANT_TABLE: &str = "hant.tsv";

async fn fetch_text(name: &str) -> Option<String> {
    let window = web_sys::window()?;
    let url = match BASE.get() {
        Some(base) => web_sys::Url::new_with_base(name, base).ok()?.href(),
        None => name.to_string(),
    };
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Fetches and installs the full region-name table; `true` once it is in.
pub async fn region_names() -> bool {
    if crate::region::names_complete() {
        return true;
    }
    match fetch_text(REGION_NAMES).await {
        Some(text) => crate::region::install_names(text) || crate::region::names_complete(),
        None => false,
    }
}

/// Fetches and installs the 繁體 table; `true` once it is in.
pub async fn hant_table() -> bool {
    if crate::i18n::hant::ready() {
        return true;
    }
    match fetch_text(HANT_TABLE).await {
        Some(text) => crate::i18n::hant::install(text) || crate::i18n::hant::ready(),
        None => false,
    }
}
