//! The widget's JS API (`window.AssistanceCalculator` and the custom element's `mountIn`).
use super::{from_js, to_js};
use crate::date::Date;
use crate::household::{InputError, Problem};
use wasm_bindgen::prelude::*;

/// Evaluates a household object (CONTRACT.md) and returns the report or `{ error }`.
#[wasm_bindgen(js_name = evaluate)]
pub fn evaluate(household: JsValue) -> JsValue {
    let raw = from_js(&household);
    match raw {
        Err(e) => to_js(&InputError::invalid(vec![Problem { path: String::new(), message: format!("输入不是有效的 JSON 对象：{e}"), message_en: format!("input is not a JSON-like object: {e}") }]).to_json()),
        Ok(raw) => match crate::evaluate_json(&raw, Date::today()) {
            Ok(report) => to_js(&report),
            Err(error) => to_js(&error.to_json()),
        },
    }
}

/// For the benchmark (bench/browser/engine.mjs): evaluates a household `rounds` times inside
/// the wasm, as the native benchmark does (validation and every program, no conversion of the
/// report to JS), so the engine's own time in wasm can be told from the API's conversions.
/// Returns the number of reports made (0 for an invalid household).
#[wasm_bindgen(js_name = benchEngine)]
pub fn bench_engine(household: JsValue, rounds: u32) -> u32 {
    let Ok(raw) = from_js(&household) else { return 0 };
    let today = Date::today();
    (0..rounds).map(|_| u32::from(crate::evaluate_json(&raw, today).is_ok())).sum()
}

/// Installs a host's policy pack (the JSON `assistance-calculator build-pack` prints) over the
/// embedded data. Returns `{ "ok": true }` or the contract's error object naming each problem.
#[wasm_bindgen(js_name = loadPack)]
pub fn load_pack(pack: JsValue) -> JsValue {
    let json = from_js(&pack);
    let result = json.map_err(|e| vec![crate::policy::PackProblem { file: String::new(), message: e }]).and_then(|j| crate::policy::Pack::install_host(&j));
    match result {
        Ok(()) => to_js(&serde_json::json!({ "ok": true })),
        Err(problems) => {
            let problems = problems.into_iter().map(|p| Problem { path: p.file, message: format!("政策数据包有误：{}", p.message), message_en: format!("policy pack error: {}", p.message) }).collect();
            to_js(&serde_json::json!({ "error": InputError { kind: "invalid_pack", problems } }))
        }
    }
}

/// A mounted widget; `destroy()` removes it (the custom element re-mounts on a new `region`).
#[wasm_bindgen]
pub struct MountHandle(Option<yew::AppHandle<crate::ui::App>>);

#[wasm_bindgen]
impl MountHandle {
    pub fn destroy(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.destroy();
        }
    }
}

/// Mounts the widget into `container` (the custom element puts it in its shadow root) with
/// options `{ region, mode }`; reports go to `host` as `assistance-calculator:result` events.
#[wasm_bindgen(js_name = mountIn)]
pub fn mount_in(container: web_sys::Element, host: web_sys::EventTarget, region: Option<String>, mode: Option<String>, lang: Option<String>, base: Option<String>) -> MountHandle {
    MountHandle(Some(crate::ui::mount_in(container, host, region, mode.as_deref() == Some("elder"), lang, base)))
}

/// The widget's version and the policy data's.
#[wasm_bindgen(js_name = version)]
pub fn version() -> JsValue {
    to_js(&crate::version())
}

/// Installs a table the first load leaves out: `"hant"` (繁體 conversion, needed before
/// evaluating with `language: "zh-Hant"`) or `"regionNames"`. `false` if the text is refused.
#[wasm_bindgen(js_name = installTable)]
pub fn install_table(kind: &str, text: String) -> bool {
    match kind {
        "hant" => crate::i18n::hant::install(text) || crate::i18n::hant::ready(),
        "regionNames" => crate::region::install_names(text) || crate::region::names_complete(),
        _ => false,
    }
}

/// The regions and programs the embedded data covers.
#[wasm_bindgen(js_name = regions)]
pub fn regions() -> JsValue {
    to_js(&crate::regions())
}
