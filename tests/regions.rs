//! Region cases: `tests/cases/regions.txt` (which place a text names, in what
//! role, and which region a marked figure belongs to), plus the regions that
//! `tests/seeds/expected.json` gives the seed articles' figures.
//!
//! Case file format, one case per block:
//!
//! ```text
//! === what the case shows
//! document text, any number of lines; one or more figures marked [[like this]]
//! --- Kalimantan Selatan | Kabupaten Banjar      (region per marked figure, in order; `none` for no region)
//! --- scan: Kalimantan Selatan, Kabupaten Banjar@title   (every mention in order; role after `@` unless subject)
//! --- main: Kalimantan Barat                      (the article's main region)
//! ```
//!
//! A case may carry several `---` lines. The document goes through the same
//! stages as in `analyze` (normalize, segment, dates, furniture, regions).

mod region_harness;
mod seeds;

use cakupan::quantities::{self, Kind};
use cakupan::regions::{self, Attribution};
use cakupan::{dates, furniture, normalize, segment};
use region_harness::name;

#[test]
fn region_cases() {
    let (count, failures) = region_harness::run_cases(include_str!("cases/regions.txt"));
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    eprintln!("region cases: {} passed, {} failed", count - failures.len(), failures.len());
    assert!(count >= 40, "only {count} cases");
    assert!(failures.is_empty(), "{} of {count} region cases failed", failures.len());
}

/// Odd and pathological input: every stage of this module returns, and stays
/// linear (a long list of members, titles, anaphora, no text at all).
#[test]
fn odd_input_gets_a_result() {
    for text in [
        String::new(),
        "Kanwil Kalimantan meliputi ".to_string() + &"Kalsel, ".repeat(5_000),
        "Kepala Anggota Sekda Kalsel ".repeat(3_000),
        "di daerah itu Banjar di sana ".repeat(3_000),
        "\u{200b}Kalimantan\u{a0}Selatan 😀 Kab. Banjar".to_string(),
        "Kab.".to_string(),
        "Kota".to_string(),
    ] {
        let seg = segment::segment(&text);
        let layout = furniture::classify(&text, &seg, &dates::scan(&text));
        let mentions = regions::scan(&text);
        let attribution = Attribution::new(&text, &seg, &layout, &mentions);
        for pos in (0..=text.len()).step_by(997) {
            let _ = regions::attribute(&attribution, pos);
        }
    }
}

/// For every figure an `expected.json` gives a region, finds it by value among
/// the quantities on article lines and compares the region attributed there.
/// Returns (figures checked, problems).
fn score_regions(expected: &str, text_of: impl Fn(&str) -> String) -> (usize, Vec<String>) {
    let expected: serde_json::Value = serde_json::from_str(expected).expect("expected.json");
    let mut checked = 0;
    let mut problems = Vec::new();
    for article in expected["articles"].as_array().expect("articles") {
        let file = article["file"].as_str().expect("file");
        let text = normalize::normalize(&text_of(file)).text;
        let seg = segment::segment(&text);
        let dates = dates::scan(&text);
        let layout = furniture::classify(&text, &seg, &dates);
        let mentions = regions::scan(&text);
        let attribution = Attribution::new(&text, &seg, &layout, &mentions);
        let quantities = quantities::scan(&text);
        let facts = article["facts"].as_array().into_iter().flatten();
        let optional = article["optional"].as_array().into_iter().flatten();
        for fact in facts.chain(optional) {
            let Some(want) = fact["region"].as_str() else { continue };
            let value = fact["value"].as_f64().expect("value");
            let metric = fact["metric"].as_str().unwrap_or("");
            let kind = if metric.ends_with("_rate") {
                Kind::Percent
            } else if fact["unit"].as_str() == Some("IDR") {
                Kind::Money
            } else {
                Kind::Count
            };
            // The first statement of the figure on an article line (the facts
            // stage merges restatements into it).
            let found = quantities.iter().find(|q| {
                q.kind == kind
                    && (q.value - value).abs() <= value.abs() * 1e-9
                    && layout.is_body(seg.line_at(q.range.start))
            });
            let Some(q) = found else {
                eprintln!("{file}: no {kind:?} quantity {value} on an article line (quantities stage)");
                continue;
            };
            checked += 1;
            let got = name(regions::attribute(&attribution, q.range.start));
            if got != want {
                problems
                    .push(format!("{file}: {} ({value}): want {want}, got {got}", &text[q.range.clone()]));
            }
        }
    }
    for p in &problems {
        eprintln!("{p}");
    }
    (checked, problems)
}

/// Every figure of the seeds that `expected.json` gives a region gets that
/// region.
#[test]
fn seed_figures_take_their_expected_regions() {
    let (checked, problems) = score_regions(seeds::EXPECTED, |file| {
        seeds::SEEDS.iter().find(|s| s.0 == file).expect("seed").1.to_string()
    });
    eprintln!("seed figures: {checked} checked, {} wrong", problems.len());
    assert!(problems.is_empty());
    assert!(checked >= 30, "only {checked} seed figures checked");
}

/// The same over the article fixtures (other outlets, provinces and phrasings).
#[test]
fn fixture_figures_take_their_expected_regions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let expected = std::fs::read_to_string(format!("{dir}/expected.json")).expect("fixtures expected.json");
    let (checked, problems) =
        score_regions(&expected, |file| std::fs::read_to_string(format!("{dir}/{file}")).expect("fixture"));
    eprintln!("fixture figures: {checked} checked, {} wrong", problems.len());
    assert!(problems.is_empty());
}

/// The generated table holds exactly the rows of the source CSV files, with
/// their official names (the overlay `official-names.csv` where it gives one)
/// and codes (so a stale `src/regions/table.rs` fails).
#[test]
fn gazetteer_matches_the_source_data() {
    use cakupan::regions::Level;
    let provinces = include_str!("../data/idn-area/provinces.csv");
    let regencies = include_str!("../data/idn-area/regencies.csv");
    let overlay = include_str!("../data/idn-area/official-names.csv");
    // code -> (the data set's name, the official one)
    let official = |code: &str| {
        overlay
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(','))
            .find(|o| o.0 == code)
            .map(|o| o.1.split_once(',').expect("code,name,official_name"))
    };
    let mut rows = 0;
    for line in provinces.lines().skip(1).filter(|l| !l.is_empty()) {
        let (code, name) = line.split_once(',').expect("code,name");
        // Written as BPS and the press write them (scripts/gen-regions.py).
        let name = match name {
            "Daerah Khusus Ibukota Jakarta" => "DKI Jakarta",
            "Daerah Istimewa Yogyakarta" => "DI Yogyakarta",
            n => n,
        };
        let id = regions::by_name(name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!((regions::get(id).code, regions::get(id).level), (Some(code), Level::Province), "{name}");
        rows += 1;
    }
    for line in regencies.lines().skip(1).filter(|l| !l.is_empty()) {
        let mut parts = line.splitn(3, ',');
        let (code, province, mut name) =
            (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        if let Some((data_name, official_name)) = official(code) {
            assert_eq!(data_name, name, "{code}: the overlay names another row");
            assert!(regions::by_name(name).is_none(), "{name}: both spellings in the table");
            name = official_name;
        }
        // DKI's administrative cities as BPS writes them (`Kota Jakarta Utara`).
        let bps = name.replacen("Kota Administrasi ", "Kota ", 1).replacen(
            "Kabupaten Administrasi ",
            "Kabupaten ",
            1,
        );
        let name = if province == "31" { bps.as_str() } else { name };
        let id = regions::by_name(name).unwrap_or_else(|| panic!("{name} missing"));
        let level = if name.starts_with("Kota ") { Level::City } else { Level::Regency };
        assert_eq!((regions::get(id).code, regions::get(id).level), (Some(code), level), "{name}");
        let p = regions::province_of(id).expect("province");
        assert_eq!(regions::get(p).code, Some(province), "{name}");
        rows += 1;
    }
    assert_eq!(rows, 38 + 514);
    let in_table =
        regions::all().iter().filter(|r| matches!(r.level, Level::Province | Level::Regency | Level::City));
    assert_eq!(in_table.count(), rows);
}
