//! The JS exports, speaking CONTRACT.md's JSON (plain objects, `null`), both ways through
//! JSON text and the browser's own `JSON` (smaller and faster than converting field by field). Errors come back as the contract's error
//! object, never a thrown panic. The widget's API and the batch worker's are separate
//! features, so each wasm carries only its own.
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A JS value as JSON (`undefined`, functions, cycles and BigInts are refused with the
/// browser's message, never a panic).
#[cfg(feature = "widget")]
pub(crate) fn from_js(value: &JsValue) -> Result<serde_json::Value, String> {
    let text = js_sys::JSON::stringify(value).map_err(|e| e.as_string().unwrap_or_else(|| "not JSON-like".into()))?;
    let text = text.as_string().ok_or("not a JSON-like value (undefined?)")?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

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
