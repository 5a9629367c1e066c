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

mod seeds;

use cakupan::quantities::{self, Kind};
use cakupan::regions::{self, Attribution, Role};
use cakupan::{dates, furniture, normalize, segment};

const CASES: &str = include_str!("cases/regions.txt");

struct Case {
    line: usize,
    title: String,
    doc: String,
    checks: Vec<String>,
}

fn parse(src: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if let Some(title) = line.strip_prefix("===") {
            cases.push(Case {
                line: n + 1,
                title: title.trim().to_string(),
                doc: String::new(),
                checks: Vec::new(),
            });
            continue;
        }
        let Some(case) = cases.last_mut() else {
            assert!(line.is_empty() || line.starts_with('#'), "line {}: text before the first case", n + 1);
            continue;
        };
        if let Some(check) = line.strip_prefix("---") {
            case.checks.push(check.trim().to_string());
        } else if case.checks.is_empty() {
            if !case.doc.is_empty() {
                case.doc.push('\n');
            }
            case.doc.push_str(line);
        } else {
            assert!(line.trim().is_empty() || line.starts_with('#'), "line {}: text after the checks", n + 1);
        }
    }
    cases
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Subject => "subject",
        Role::Title => "title",
        Role::Office => "office",
        Role::Venue => "venue",
        Role::Org => "org",
        Role::Locator => "locator",
        Role::Anaphor => "anaphor",
    }
}

fn name(id: Option<usize>) -> String {
    id.map_or("none".to_string(), |id| regions::get(id).name.to_string())
}

/// Runs one case; returns what went wrong, if anything.
fn run(case: &Case) -> Vec<String> {
    // Markers are taken out after normalizing, so positions are in the text the stages see.
    let norm = normalize::normalize(&case.doc).text;
    let mut text = String::with_capacity(norm.len());
    let mut marks = Vec::new();
    let mut rest = norm.as_str();
    while let Some(i) = rest.find("[[") {
        text.push_str(&rest[..i]);
        marks.push(text.len());
        rest = &rest[i + 2..];
        let j = rest.find("]]").expect("unclosed [[");
        text.push_str(&rest[..j]);
        rest = &rest[j + 2..];
    }
    text.push_str(rest);

    let seg = segment::segment(&text);
    let dates = dates::scan(&text);
    let layout = furniture::classify(&text, &seg, &dates);
    let mentions = regions::scan(&text);
    let attribution = Attribution::new(&text, &seg, &layout, &mentions);

    let mut problems = Vec::new();
    for check in &case.checks {
        if let Some(want) = check.strip_prefix("scan:") {
            let got: Vec<String> = mentions
                .iter()
                .map(|m| match m.role {
                    Role::Subject => regions::get(m.region).name.to_string(),
                    r => format!("{}@{}", regions::get(m.region).name, role_name(r)),
                })
                .collect();
            let got = if got.is_empty() { "none".to_string() } else { got.join(", ") };
            if got != want.trim() {
                problems.push(format!("scan: want [{}], got [{}]", want.trim(), got));
            }
        } else if let Some(want) = check.strip_prefix("main:") {
            let got = name(attribution.main());
            if got != want.trim() {
                problems.push(format!("main: want {}, got {}", want.trim(), got));
            }
        } else {
            let want: Vec<&str> = check.split('|').map(str::trim).collect();
            if want.len() != marks.len() {
                problems.push(format!("{} expected regions for {} marked figures", want.len(), marks.len()));
                continue;
            }
            for (k, (&pos, w)) in marks.iter().zip(&want).enumerate() {
                let got = name(regions::attribute(&attribution, pos));
                if got != *w {
                    let fig: String = text[pos..].chars().take(24).collect();
                    problems.push(format!("figure {} ({fig}...): want {w}, got {got}", k + 1));
                }
            }
        }
    }
    problems
}

#[test]
fn region_cases() {
    let cases = parse(CASES);
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let mut failed = 0;
    for case in &cases {
        assert!(!case.checks.is_empty(), "case at line {} has no checks", case.line);
        let problems = run(case);
        if !problems.is_empty() {
            failed += 1;
            eprintln!("FAIL line {}: {}", case.line, case.title);
            for p in problems {
                eprintln!("    {p}");
            }
        }
    }
    eprintln!("region cases: {} passed, {} failed", cases.len() - failed, failed);
    assert_eq!(failed, 0, "{failed} of {} region cases failed", cases.len());
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
/// their official names and codes (so a stale `src/regions/table.rs` fails).
#[test]
fn gazetteer_matches_the_source_data() {
    use cakupan::regions::Level;
    let provinces = include_str!("../data/idn-area/provinces.csv");
    let regencies = include_str!("../data/idn-area/regencies.csv");
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
        let (code, province, name) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
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
