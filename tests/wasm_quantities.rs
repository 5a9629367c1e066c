//! The quantity and date case files (`tests/cases/*.txt`) inside headless
//! Chromium under wasm-bindgen-test: the same cases, embedded, through the same
//! runner as the native harness (`tests/cases/mod.rs`).
#![cfg(target_arch = "wasm32")]

#[path = "cases/mod.rs"]
mod cases;

use cases::{run_file, Mode};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn run(mode: Mode, name: &str, file: &str, at_least: usize) {
    let (count, failures) = run_file(mode, name, file);
    assert!(count >= at_least, "{name}: only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases in {name} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test]
fn quantity_cases_in_the_browser() {
    run(Mode::Quantities, "quantities.txt", include_str!("cases/quantities.txt"), 300);
}

#[wasm_bindgen_test]
fn date_and_period_cases_in_the_browser() {
    run(Mode::Dates, "dates.txt", include_str!("cases/dates.txt"), 50);
}

#[wasm_bindgen_test]
fn pathological_inputs_finish_in_the_browser() {
    assert!(cakupan::quantities::scan(&"7".repeat(100_000)).is_empty());
    assert!(cakupan::quantities::scan(&"1.".repeat(50_000)).is_empty());
    assert!(cakupan::quantities::scan(&format!("sebanyak {} pekerja", "9".repeat(400))).is_empty());
    assert!(cakupan::quantities::scan("Rp").is_empty());
}
