//! `recheck` and `regions` across the JS boundary, in headless Chromium under
//! wasm-bindgen-test: a report `analyze` returned, edited as the page edits it
//! (a value corrected, a fact removed), comes back with its checks recomputed;
//! a malformed report is refused with a `TypeError` naming the field, never a
//! trap or a partial result, and the module goes on working after it.
#![cfg(target_arch = "wasm32")]

mod seeds;

use js_sys::{Array, Reflect, TypeError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn set(v: &JsValue, key: &str, value: JsValue) {
    Reflect::set(v, &JsValue::from_str(key), &value).expect("set");
}

fn seed3() -> JsValue {
    let text = seeds::SEEDS.iter().find(|(n, _)| n.starts_with("003")).unwrap().1;
    cakupan::wasm::analyze(text.into()).expect("a report")
}

fn facts(report: &JsValue) -> Array {
    get(report, "facts").dyn_into::<Array>().expect("facts is an array")
}

fn difference(report: &JsValue) -> Option<String> {
    let checks = get(report, "checks").dyn_into::<Array>().expect("checks");
    checks
        .iter()
        .find(|c| get(c, "kind").as_string().as_deref() == Some("difference"))
        .and_then(|c| get(&c, "status").as_string())
}

fn uncovered_index(report: &JsValue) -> u32 {
    facts(report)
        .iter()
        .position(|f| get(&f, "metric").as_string().as_deref() == Some("uncovered"))
        .expect("an uncovered figure") as u32
}

#[wasm_bindgen_test]
fn a_corrected_figure_settles_the_difference_and_a_removed_one_drops_it() {
    let report = seed3();
    assert_eq!(difference(&report).as_deref(), Some("inconsistent"));
    let i = uncovered_index(&report);
    set(&facts(&report).get(i), "value", JsValue::from_f64(4_694_064.0));
    let corrected = cakupan::wasm::recheck(report.clone()).expect("a rechecked report");
    assert_eq!(difference(&corrected).as_deref(), Some("consistent"));
    let kept: Array =
        facts(&report).iter().enumerate().filter(|(k, _)| *k as u32 != i).map(|(_, f)| f).collect();
    set(&report, "facts", kept.into());
    let removed = cakupan::wasm::recheck(report).expect("a rechecked report");
    assert_eq!(difference(&removed), None);
}

fn refused(report: JsValue, field: &str) {
    let error = cakupan::wasm::recheck(report).expect_err("malformed: an error");
    assert!(error.is_instance_of::<TypeError>(), "a TypeError, not {error:?}");
    let message = get(&error, "message").as_string().expect("a message");
    assert!(message.starts_with("recheck(report): "), "{message}");
    assert!(message.contains(field), "the message names {field}: {message}");
    // The module goes on working.
    assert_eq!(
        difference(&cakupan::wasm::recheck(seed3()).expect("works after")).as_deref(),
        Some("inconsistent")
    );
}

#[wasm_bindgen_test]
fn a_value_that_is_not_a_number_is_refused() {
    let r = seed3();
    set(&facts(&r).get(1), "value", JsValue::from_str("lots"));
    refused(r, "facts[1].value");
}

#[wasm_bindgen_test]
fn an_unknown_metric_is_refused() {
    let r = seed3();
    set(&facts(&r).get(0), "metric", JsValue::from_str("widgets"));
    refused(r, "facts[0].metric");
}

#[wasm_bindgen_test]
fn an_unknown_region_is_refused() {
    let r = seed3();
    let region = js_sys::Object::new();
    set(&region, "name", JsValue::from_str("Atlantis"));
    set(&facts(&r).get(0), "region", region.into());
    refused(r, "facts[0].region.name");
}

#[wasm_bindgen_test]
fn facts_that_are_not_a_list_are_refused() {
    let r = seed3();
    set(&r, "facts", JsValue::from_str("none"));
    refused(r, "facts");
}

#[wasm_bindgen_test]
fn a_report_without_its_document_is_refused() {
    let r = seed3();
    Reflect::delete_property(r.unchecked_ref::<js_sys::Object>(), &JsValue::from_str("document")).unwrap();
    refused(r, "document");
}

#[wasm_bindgen_test]
fn what_is_not_a_report_object_is_refused() {
    for (value, got) in [
        (JsValue::from_f64(3.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::from_str("{}"), "string"),
        (Array::new().into(), "array"),
    ] {
        refused(value, got);
    }
}

#[wasm_bindgen_test]
fn regions_lists_the_gazetteer() {
    let list = cakupan::wasm::regions().expect("the gazetteer").dyn_into::<Array>().expect("an array");
    assert!(list.length() > 550, "every province, regency and city: {}", list.length());
    let names: Vec<String> = list.iter().filter_map(|r| get(&r, "name").as_string()).collect();
    for name in ["Indonesia", "Kalimantan Selatan", "Kabupaten Banjar", "Kota Jakarta Utara"] {
        assert!(names.iter().any(|n| n == name), "{name} in regions()");
    }
}
