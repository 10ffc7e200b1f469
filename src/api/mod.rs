//! The JS exports, speaking CONTRACT.md's JSON through serde-wasm-bindgen with
//! json-compatible output (plain objects, `null`). Errors come back as the contract's error
//! object, never a thrown panic. The widget's API and the batch worker's are separate
//! features, so each wasm carries only its own.
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub(crate) fn to_js(value: &impl Serialize) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

#[cfg(feature = "batch-worker")]
pub mod batch;
#[cfg(feature = "widget")]
mod widget;
#[cfg(feature = "widget")]
pub use widget::*;
