//! The JS API: `evaluate(household)` and `regions()`, speaking CONTRACT.md's JSON through
//! serde-wasm-bindgen with json-compatible output (plain objects, `null`). Errors come back
//! as the contract's error object, never a thrown panic.
use crate::date::Date;
use crate::household::{InputError, Problem};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js(value: &impl Serialize) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// Evaluates a household object (CONTRACT.md) and returns the report or `{ error }`.
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate(household: JsValue) -> JsValue {
    let raw: Result<serde_json::Value, _> = serde_wasm_bindgen::from_value(household);
    match raw {
        Err(e) => to_js(&InputError::invalid(vec![Problem { path: String::new(), message: format!("输入不是有效的 JSON 对象：{e}"), message_en: format!("input is not a JSON-like object: {e}") }]).to_json()),
        Ok(raw) => match crate::evaluate_json(&raw, Date::today()) {
            Ok(report) => to_js(&report),
            Err(error) => to_js(&error.to_json()),
        },
    }
}

/// The regions and programs the embedded data covers.
#[wasm_bindgen(js_name = regions)]
pub fn regions() -> JsValue {
    to_js(&crate::regions())
}
