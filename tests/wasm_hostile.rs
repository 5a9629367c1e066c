//! Hostile input at the JS boundary, in headless Chromium: a JS string with a
//! lone surrogate (`\uD800`), which no Rust `&str` can hold. wasm-bindgen turns
//! it into U+FFFD on the way in (one UTF-16 unit for one), so the report's
//! UTF-16 spans still index the page's own string: the figures slice back
//! exactly, and the sentences slice back with the surrogate read as U+FFFD.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn utf16_span(span: &JsValue) -> (u32, u32) {
    let u = get(span, "utf16");
    (get(&u, "0").as_f64().unwrap() as u32, get(&u, "1").as_f64().unwrap() as u32)
}

#[wasm_bindgen_test]
fn a_lone_surrogate_from_js_gets_a_report_with_spans_that_slice_the_js_string() {
    let before = "Dari total \u{1F600} ";
    let middle = " 7.996.826 pekerja, baru 3.302.762 orang atau 41,30 persen";
    let after = " yang terdaftar sebagai peserta.";
    let mut units: Vec<u16> = before.encode_utf16().collect();
    units.push(0xD800);
    units.extend(middle.encode_utf16());
    units.push(0xDC00); // a lone low surrogate too
    units.extend(after.encode_utf16());
    let js = JsString::from_char_code(&units);
    assert!(!js.is_valid_utf16(), "the test string must hold lone surrogates");

    // What `analyze` does with its argument (`JsValue::as_string`, as
    // wasm-bindgen's glue for a `&str` parameter): lossy UTF-16 -> UTF-8.
    let text = js.as_string().expect("a string");
    assert_eq!(text.chars().filter(|&c| c == '\u{FFFD}').count(), 2);
    assert_eq!(text.encode_utf16().count(), units.len(), "one unit replaced by one unit");

    let report = cakupan::wasm::analyze(js.clone().into()).expect("a report");
    let facts: Array = get(&report, "facts").dyn_into().expect("facts");
    let values: Vec<f64> = facts.iter().map(|f| get(&f, "value").as_f64().unwrap()).collect();
    for v in [7_996_826.0, 3_302_762.0, 41.3] {
        assert!(values.contains(&v), "{v} missing from {values:?}");
    }
    for f in facts.iter() {
        let (s, e) = utf16_span(&get(&f, "span"));
        assert_eq!(String::from(js.slice(s, e)), get(&f, "text").as_string().unwrap());
        let (s, e) = utf16_span(&get(&f, "sentence_span"));
        let sentence = js.slice(s, e).as_string().unwrap(); // lone surrogates read as U+FFFD
        assert_eq!(sentence, get(&f, "sentence").as_string().unwrap());
    }
}

#[wasm_bindgen_test]
fn only_lone_surrogates_and_nul_get_an_empty_report() {
    let js = JsString::from_char_code(&[0xD800, 0, 0xDBFF, 0xDFFF, 0xDC00, 0, 0xD800]);
    let report = cakupan::wasm::analyze(js.into()).expect("a report");
    let facts: Array = get(&report, "facts").dyn_into().unwrap();
    assert_eq!(facts.length(), 0);
    let warnings: Array = get(&report, "warnings").dyn_into().unwrap();
    assert_eq!(get(&warnings.get(0), "code").as_string().as_deref(), Some("no_figures"));
}
