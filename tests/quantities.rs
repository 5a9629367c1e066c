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
    // A space typed after a grouping dot (`Rp. 533. 254.856`) is read through
    // once per number, never by rescanning the groups before it.
    let spaced = "533. 254.".repeat(100_000);
    let t = std::time::Instant::now();
    let _ = cakupan::quantities::scan(&spaced);
    assert!(
        t.elapsed() < std::time::Duration::from_secs(10),
        "{:?} for 900 KB of spaced groups",
        t.elapsed()
    );
    for s in ["between ", "by the end of ", "minus ", "US$", "- ", "Bun1 ", "the year ", "akhir tahun "] {
        let _ = cakupan::quantities::scan(&s.repeat(20_000));
    }
}

#[path = "seeds/mod.rs"]
mod seeds;

/// Every figure a careful reader finds in the five seeds (`tests/seeds/expected.json`,
/// `facts` and `optional`) is read from the whole article with its value, and with
/// its qualifier where the entry gives one. Regulation numbers and times listed
/// in `not_facts` yield no quantity at all.
#[test]
fn seed_figures_are_read() {
    let expected: serde_json::Value = serde_json::from_str(seeds::EXPECTED).unwrap();
    let mut problems = Vec::new();
    for article in expected["articles"].as_array().unwrap() {
        let file = article["file"].as_str().unwrap();
        let text = seeds::SEEDS.iter().find(|(n, _)| *n == file).unwrap().1;
        let norm = cakupan::normalize::normalize(text).text;
        let qs = cakupan::quantities::scan(&norm);
        let empty = vec![];
        let wanted = article["facts"]
            .as_array()
            .unwrap()
            .iter()
            .chain(article["optional"].as_array().unwrap_or(&empty));
        for f in wanted {
            let value = f["value"].as_f64().unwrap();
            let approx = f.get("approx").and_then(|a| a.as_str());
            let found = qs
                .iter()
                .filter(|q| (q.value - value).abs() <= 1e-9 * value.abs().max(1.0))
                .collect::<Vec<_>>();
            if found.is_empty() {
                problems.push(format!("{file}: no quantity worth {value}"));
                continue;
            }
            // `3,2 juta` is a rounded figure with no qualifier word; the reader
            // keeps it exact (its step says how rounded) and leaves `about` to facts.
            let rounded_by_scale = found.iter().any(|q| q.step >= 100_000.0 && q.qualifier.is_none());
            if let Some(a) = approx {
                let ok = found.iter().any(|q| serde_json::to_value(q.approx).unwrap() == a);
                if !(ok || (a == "about" && rounded_by_scale)) {
                    problems.push(format!("{file}: {value} is not read as {a}: {found:?}"));
                }
            }
        }
        for nf in article["not_facts"].as_array().unwrap() {
            let t = nf["text"].as_str().unwrap();
            let why = nf["why"].as_str().unwrap_or("");
            if !(why.contains("regulation") || why.contains("time of day")) {
                continue;
            }
            let Some(at) = norm.find(t) else { continue };
            if let Some(q) = qs.iter().find(|q| q.range.start < at + t.len() && at < q.range.end) {
                problems.push(format!("{file}: {t:?} ({why}) yields {q:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
