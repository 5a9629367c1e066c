//! The JS boundary refuses what is not a string, in headless Chromium under
//! wasm-bindgen-test: `analyze` given a number, null, undefined, an object, an
//! array, a boolean, a function, a symbol, a BigInt or a `String` object throws
//! a `TypeError` that says a string was expected and what it got, and the
//! module goes on working: the next call with a real text returns a report.
//! The last test calls `analyze` through wasm-bindgen's generated JS glue, the
//! way a page does, where a `&str` parameter used to end in a WebAssembly trap.
#![cfg(target_arch = "wasm32")]

mod seeds;

use js_sys::{Array, Function, Reflect, TypeError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn global(name: &str) -> JsValue {
    get(&js_sys::global(), name)
}

/// `analyze(value)` throws a TypeError saying what it expected and got, and a
/// following call with a real article still gives its report.
fn refused(value: JsValue, got: &str) {
    let error = cakupan::wasm::analyze(value).expect_err("not a string: an error");
    assert!(error.is_instance_of::<TypeError>(), "a TypeError, not {error:?}");
    let message = get(&error, "message").as_string().expect("a message");
    assert!(message.contains("string"), "the message names `string`: {message}");
    assert_eq!(message, format!("analyze(text): expected a string, got {got}"));
    still_works();
}

fn still_works() {
    let seed = seeds::SEEDS.iter().find(|(n, _)| n.starts_with("003")).unwrap().1;
    let report = cakupan::wasm::analyze(seed.into()).expect("a report after the error");
    let facts: Array = get(&report, "facts").dyn_into().expect("facts");
    let values: Vec<f64> = facts.iter().map(|f| get(&f, "value").as_f64().unwrap()).collect();
    assert!(values.contains(&7_996_826.0), "{values:?}");
}

#[wasm_bindgen_test]
fn a_number_is_refused() {
    refused(JsValue::from_f64(42.0), "number");
    refused(JsValue::from_f64(f64::NAN), "number");
}

#[wasm_bindgen_test]
fn null_is_refused() {
    refused(JsValue::NULL, "null");
}

#[wasm_bindgen_test]
fn undefined_is_refused() {
    refused(JsValue::UNDEFINED, "undefined");
}

#[wasm_bindgen_test]
fn an_object_is_refused() {
    let object = js_sys::Object::new();
    Reflect::set(&object, &"text".into(), &"Sebanyak 1.000 pekerja.".into()).unwrap();
    refused(object.into(), "object");
}

#[wasm_bindgen_test]
fn an_array_is_refused() {
    refused(Array::of1(&"Sebanyak 1.000 pekerja.".into()).into(), "array");
}

#[wasm_bindgen_test]
fn a_boolean_is_refused() {
    refused(JsValue::TRUE, "boolean");
    refused(JsValue::FALSE, "boolean");
}

#[wasm_bindgen_test]
fn a_function_is_refused() {
    let parse_int = global("parseInt");
    assert!(parse_int.is_function());
    refused(parse_int, "function");
}

#[wasm_bindgen_test]
fn a_symbol_and_a_bigint_are_refused() {
    refused(js_sys::Symbol::for_("cakupan").into(), "symbol");
    refused(js_sys::BigInt::from(7_996_826u32).into(), "bigint");
}

#[wasm_bindgen_test]
fn a_string_object_is_refused() {
    // `new String("...")` is an object, not a string: refused, as TypeScript's
    // `text: string` says.
    let constructor: Function = global("String").dyn_into().unwrap();
    let boxed = Reflect::construct(&constructor, &Array::of1(&"Sebanyak 1.000 pekerja.".into())).unwrap();
    refused(boxed, "object");
}

#[wasm_bindgen_test]
fn an_empty_string_is_a_string() {
    let report = cakupan::wasm::analyze("".into()).expect("a report");
    let warnings: Array = get(&report, "warnings").dyn_into().unwrap();
    assert_eq!(get(&warnings.get(0), "code").as_string().as_deref(), Some("no_figures"));
}

/// Through the glue: the test's own module as the runner loads it
/// (`./wasm-bindgen-test`, wasm-bindgen-cli's runner at the version Cargo.toml
/// pins), imported again (the same instance) to call its `analyze` export from
/// JavaScript, with every kind of bad argument, and with none.
#[wasm_bindgen_test]
async fn the_generated_glue_throws_a_type_error_and_goes_on_working() {
    let import = Function::new_no_args("return import('./wasm-bindgen-test')");
    let promise: js_sys::Promise = import.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    let module = JsFuture::from(promise).await.expect("the test's own module");
    let analyze: Function = get(&module, "analyze").dyn_into().expect("the analyze export");

    let bad: [(JsValue, &str); 7] = [
        (JsValue::from_f64(5.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (js_sys::Object::new().into(), "object"),
        (Array::new().into(), "array"),
        (JsValue::TRUE, "boolean"),
        (global("parseInt"), "function"),
    ];
    for (value, got) in bad {
        let error = analyze.call1(&JsValue::NULL, &value).expect_err("thrown");
        assert!(error.is_instance_of::<TypeError>(), "{got}: a TypeError, not {error:?}");
        let message = get(&error, "message").as_string().unwrap();
        assert_eq!(message, format!("analyze(text): expected a string, got {got}"));
    }
    let error = analyze.call0(&JsValue::NULL).expect_err("no argument: thrown");
    assert!(error.is_instance_of::<TypeError>());

    let report = analyze
        .call1(&JsValue::NULL, &"Dari total 7.996.826 pekerja, baru 3.302.762 orang terdaftar.".into())
        .expect("a report after the errors");
    let facts: Array = get(&report, "facts").dyn_into().unwrap();
    assert!(facts.length() >= 2, "{}", facts.length());
    let version: Function = get(&module, "version").dyn_into().unwrap();
    let extra = version.call2(&JsValue::NULL, &JsValue::NULL, &JsValue::from_f64(1.0)).unwrap();
    assert_eq!(extra.as_string().as_deref(), Some(env!("CARGO_PKG_VERSION")));
}
