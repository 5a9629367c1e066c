//! The quantity and date case files (`tests/cases/*.txt`), natively, and the
//! pathological inputs that must finish (linear time, no panic).

#[path = "cases/mod.rs"]
mod cases;

use cases::{run_file, Mode};

fn run(mode: Mode, name: &str, file: &str, at_least: usize) {
    let (count, failures) = run_file(mode, name, file);
    assert!(count >= at_least, "{name}: only {count} cases");
    if !failures.is_empty() {
        panic!("{} of {count} cases in {name} failed:\n{}", failures.len(), failures.join("\n"));
    }
}

#[test]
fn quantity_cases() {
    run(Mode::Quantities, "quantities.txt", include_str!("cases/quantities.txt"), 300);
}

#[test]
fn date_and_period_cases() {
    run(Mode::Dates, "dates.txt", include_str!("cases/dates.txt"), 50);
}

/// Inputs built to be slow or to break a careless scanner. They must finish and
/// must not invent figures.
#[test]
fn pathological_inputs_finish() {
    let digits = "7".repeat(100_000);
    assert!(cakupan::quantities::scan(&digits).is_empty());
    let dotted = "1.".repeat(200_000);
    assert!(cakupan::quantities::scan(&dotted).is_empty());
    let commas = "1,".repeat(200_000);
    assert!(cakupan::quantities::scan(&commas).is_empty());
    let big = format!("sebanyak {} pekerja", "9".repeat(400));
    assert!(cakupan::quantities::scan(&big).is_empty());
    for s in ["Rp", "Rp.", "Rp ", "sebesar Rp", "Rp Rp Rp", "%", "persen", "-", "1-", "1.", "1,"] {
        assert!(cakupan::quantities::scan(s).len() <= 1, "{s}");
    }
    let many = "Rp1 triliun lebih, sekitar 41,30 persen, 500-600 ribu pekerja, tahun 2024; ".repeat(5_000);
    assert_eq!(cakupan::quantities::scan(&many).len(), 15_000);
    let dashes = "1-".repeat(100_000);
    let _ = cakupan::quantities::scan(&dashes);
    let words = "dua puluh ".repeat(50_000);
    let _ = cakupan::quantities::scan(&words);
    let years = "tahun 2024 ".repeat(50_000);
    assert!(cakupan::quantities::scan(&years).is_empty());
    assert_eq!(cakupan::dates::scan_periods(&years).len(), 50_000);
    let slashes = "1/".repeat(100_000);
    let _ = cakupan::dates::scan(&slashes);
    let _ = cakupan::analyze(&format!("Rp{}", "9".repeat(100_000)));
}
