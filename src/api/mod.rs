//! The JS exports, speaking CONTRACT.md's JSON (plain objects, `null`; input read through
//! serde-wasm-bindgen, output through JSON text). Errors come back as the contract's error
//! object, never a thrown panic. The widget's API and the batch worker's are separate
//! features, so each wasm carries only its own.
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Through JSON text: one string crosses into JS and the browser's own `JSON.parse` builds
/// the objects. Building them field by field from wasm was two thirds of an `evaluate` call.
pub(crate) fn to_js(value: &impl Serialize) -> JsValue {
    serde_json::to_string(value).ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

#[cfg(feature = "batch-worker")]
pub mod batch;
#[cfg(feature = "widget")]
mod widget;
#[cfg(feature = "widget")]
pub use widget::*;
