//! The region case file (`tests/cases/regions.txt`) inside headless Chromium
//! under wasm-bindgen-test: the same cases, embedded, through the same runner
//! as the native harness (`tests/region_harness/mod.rs`).
#![cfg(target_arch = "wasm32")]

mod region_harness;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn region_cases_in_the_browser() {
    let (count, failures) = region_harness::run_cases(include_str!("cases/regions.txt"));
    assert!(count >= 40, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} region cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
