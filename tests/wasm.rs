//! The JavaScript boundary, in headless Chromium under wasm-bindgen-test:
//! `analyze` returns a plain, JSON-compatible object (objects not Maps, null not
//! undefined) with the seed's figures in it.
#![cfg(target_arch = "wasm32")]

mod seeds;

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn seed(prefix: &str) -> &'static str {
    seeds::SEEDS.iter().find(|(n, _)| n.starts_with(prefix)).expect("seed").1
}

#[wasm_bindgen_test]
fn analyze_returns_a_plain_object_with_the_seed_figures() {
    let report = cakupan::wasm::analyze(seed("003").into()).expect("report");
    assert!(report.is_object());
    assert!(report.dyn_ref::<js_sys::Map>().is_none(), "a Map, not a plain object");
    assert_eq!(get(&report, "schema").as_string().unwrap(), cakupan::report::SCHEMA);
    let facts: Array = get(&report, "facts").dyn_into().expect("facts is an array");
    let values: Vec<f64> = facts.iter().map(|f| get(&f, "value").as_f64().unwrap()).collect();
    for v in [7_996_826.0, 3_302_762.0, 41.3, 4_694_054.0] {
        assert!(values.contains(&v), "{v} missing from {values:?}");
    }
    // Every fact's span slices back with String.prototype.slice (UTF-16).
    let text = js_sys::JsString::from(seed("003"));
    for f in facts.iter() {
        let span = get(&get(&f, "span"), "utf16");
        let (s, e) = (get(&span, "0").as_f64().unwrap() as u32, get(&span, "1").as_f64().unwrap() as u32);
        assert_eq!(String::from(text.slice(s, e)), get(&f, "text").as_string().unwrap());
    }
}

#[wasm_bindgen_test]
fn missing_values_are_null_and_the_report_round_trips_through_json() {
    let report = cakupan::wasm::analyze("tidak ada angka".into()).expect("report");
    let document = get(&report, "document");
    assert!(get(&document, "published").is_null(), "published must be null, not undefined");
    assert!(Object::keys(document.unchecked_ref::<Object>()).length() >= 7);
    let json = JSON::stringify(&report).unwrap().as_string().unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back["warnings"][0]["code"], "no_figures");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(cakupan::wasm::version(), env!("CARGO_PKG_VERSION"));
}
