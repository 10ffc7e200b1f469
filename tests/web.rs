//! wasm-bindgen tests in headless Chromium: the JS API speaks the contract as plain objects,
//! bad input comes back as the error object (never a thrown panic), and the widget mounts.
#![cfg(target_arch = "wasm32")]
use assistance_calculator::api;
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn evaluate_returns_plain_objects_with_every_program() {
    let report = api::evaluate(parse(r#"{ "region": "430602", "date": "2025-07-01", "members": [
        { "id": "a", "relation": "applicant", "birthDate": "1985-01-01", "incomes": [ { "kind": "wage", "monthly": "500" } ] } ] }"#));
    assert!(report.is_object());
    assert!(!report.is_instance_of::<js_sys::Map>(), "json-compatible output, not Map");
    let programs: Array = get(&report, "programs").dyn_into().unwrap();
    assert_eq!(programs.length(), 11);
    let first = programs.get(0);
    assert_eq!(get(&first, "program").as_string().unwrap(), "minimum_livelihood_guarantee");
    assert_eq!(get(&first, "outcome").as_string().unwrap(), "eligible");
    // (740 − 500) × 1, per 社会救助暂行办法第十二条 and 岳民发〔2025〕1号.
    assert_eq!(get(&first, "monthlyAmount").as_string().unwrap(), "240.00");
    let checks: Array = get(&first, "checks").dyn_into().unwrap();
    let assets = checks.iter().find(|c| get(c, "key").as_string().unwrap() == "minimum_livelihood_guarantee.assets").unwrap();
    assert!(get(&assets, "passed").is_null(), "an unpublished rule is null, not undefined");
}

#[wasm_bindgen_test]
fn bad_input_comes_back_as_the_error_object() {
    for input in [JsValue::from_str("not a household"), JsValue::UNDEFINED, parse(r#"{ "region": "43", "members": [] }"#)] {
        let result = api::evaluate(input);
        let error = get(&result, "error");
        assert_eq!(get(&error, "kind").as_string().unwrap(), "invalid_input");
        let problems: Array = get(&error, "problems").dyn_into().unwrap();
        assert!(problems.length() >= 1);
        assert!(get(&problems.get(0), "messageEn").is_string());
    }
}

#[wasm_bindgen_test]
fn regions_lists_the_covered_county() {
    let regions: Array = get(&api::regions(), "regions").dyn_into().unwrap();
    let codes: Vec<String> = regions.iter().map(|r| get(&r, "code").as_string().unwrap()).collect();
    assert!(codes.contains(&"430602".to_string()), "{codes:?}");
}

#[wasm_bindgen_test]
async fn the_widget_mounts_and_shows_the_form() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id("assistance-calculator");
    document.body().unwrap().append_child(&root).unwrap();
    assistance_calculator::ui::start();
    // Yew renders on the next tick.
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("社会救助政策测算"), "{text}");
    assert!(root.query_selector("#m0-birth").unwrap().is_some());
}
