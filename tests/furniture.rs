//! Article furniture and metadata, on two kinds of input:
//!
//! - the five seeds: the report's `document` must match `expected.json`'s
//!   `document` fields, and every `not_facts` text that sits in furniture (a
//!   headline list, a `Baca juga` link) must stand on a furniture line;
//! - the pages in `tests/fixtures/pages/`: each `NAME.txt` is a pasted article
//!   and `NAME.expect` says what its metadata is and which of its lines are
//!   furniture (see `tests/fixtures/pages/README.md` for the format). Every
//!   non-blank line not listed must be article text, and the title line the
//!   title.
//!
//! One test per kind; each collects every failure, prints the page, line and
//! what was expected, and fails once at the end.

mod seeds;

use cakupan::furniture::{self, Layout, LineClass};
use cakupan::{dates, normalize, segment};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The layout of `text` as the pipeline computes it, with the normalized text.
fn layout_of(text: &str) -> (String, segment::Segments, Layout) {
    let norm = normalize::normalize(text);
    let seg = segment::segment(&norm.text);
    let d = dates::scan(&norm.text);
    let layout = furniture::classify(&norm.text, &seg, &d);
    (norm.text, seg, layout)
}

/// Every ISO day the report's `document.dates` covers (both ends of a range).
fn report_days(report: &cakupan::Report) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for d in &report.document.dates {
        out.insert(d.date.clone());
        if let Some(u) = &d.until {
            out.insert(u.clone());
        }
    }
    out
}

fn compare<T: PartialEq + std::fmt::Debug>(errors: &mut String, case: &str, field: &str, got: T, want: T) {
    if got != want {
        let _ = writeln!(errors, "{case}: {field}: got {got:?}, expected {want:?}");
    }
}

#[test]
fn seeds_documents_match_expected_and_their_decoys_are_furniture() {
    let expected: serde_json::Value = serde_json::from_str(seeds::EXPECTED).expect("expected.json");
    let mut errors = String::new();
    for (name, text) in seeds::SEEDS {
        let article = expected["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .find(|a| a["file"] == name)
            .unwrap_or_else(|| panic!("{name} missing from expected.json"));
        let doc = &article["document"];
        let report = cakupan::analyze(text);
        let got = serde_json::to_value(&report.document).expect("document json");
        for field in ["title", "outlet", "dateline", "published", "authors", "editors"] {
            if let Some(want) = doc.get(field) {
                compare(&mut errors, name, field, &got[field], want);
            }
        }
        if let Some(want) = doc.get("dates_mentioned") {
            let want: BTreeSet<String> = want
                .as_array()
                .expect("dates")
                .iter()
                .map(|d| d.as_str().expect("iso").to_string())
                .collect();
            compare(&mut errors, name, "dates_mentioned", report_days(&report), want);
        }
        // Decoy figures that stand in furniture must be on furniture lines.
        let (norm, seg, layout) = layout_of(text);
        for nf in article["not_facts"].as_array().into_iter().flatten() {
            let why = cakupan::case::lower(nf["why"].as_str().unwrap_or(""));
            if !(why.contains("headline") || why.contains("baca")) {
                continue;
            }
            let t = nf["text"].as_str().expect("text");
            let Some(pos) = norm.find(t) else {
                let _ = writeln!(errors, "{name}: not_facts text {t:?} not found");
                continue;
            };
            let line = seg.line_at(pos);
            if !matches!(layout.lines[line], LineClass::Furniture(_)) {
                let _ = writeln!(errors, "{name}: line {} with {t:?} is {:?}", line + 1, layout.lines[line]);
            }
        }
        // No fact comes from a line that is not article text.
        for f in &report.facts {
            let line = seg.line_at(f.span.utf8[0].min(norm.len()));
            if !layout.is_body(line) {
                let _ = writeln!(
                    errors,
                    "{name}: fact {:?} from line {} ({:?})",
                    f.text,
                    line + 1,
                    layout.lines[line]
                );
            }
        }
    }
    assert!(errors.is_empty(), "\n{errors}");
}

/// A page's expectations, read from its `.expect` file.
#[derive(Default)]
struct Expect {
    title: Option<String>,
    outlet: Option<String>,
    dateline: Option<String>,
    published: Option<String>,
    authors: Vec<String>,
    editors: Vec<String>,
    dates: BTreeSet<String>,
    /// 1-based line number and the text the line starts with.
    furniture: Vec<(usize, String)>,
}

fn optional(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v != "-").then(|| v.to_string())
}

fn list(v: &str, sep: char) -> Vec<String> {
    v.split(sep).map(str::trim).filter(|s| !s.is_empty() && *s != "-").map(String::from).collect()
}

fn parse_expect(name: &str, src: &str) -> Expect {
    let mut e = Expect::default();
    let mut seen = BTreeSet::new();
    let mut in_furniture = false;
    for (no, line) in src.lines().enumerate() {
        let t = line.trim_end();
        if t.trim().is_empty() || t.starts_with('#') {
            continue;
        }
        if in_furniture {
            let (num, text) =
                t.split_once('|').unwrap_or_else(|| panic!("{name}.expect:{}: expected `N | text`", no + 1));
            let num: usize =
                num.trim().parse().unwrap_or_else(|_| panic!("{name}.expect:{}: line number", no + 1));
            e.furniture.push((num, text.trim().to_string()));
            continue;
        }
        let (key, value) =
            t.split_once(':').unwrap_or_else(|| panic!("{name}.expect:{}: expected `key: value`", no + 1));
        let key = key.trim();
        seen.insert(key.to_string());
        match key {
            "title" => e.title = optional(value),
            "outlet" => e.outlet = optional(value),
            "dateline" => e.dateline = optional(value),
            "published" => e.published = optional(value),
            "authors" => e.authors = list(value, ';'),
            "editors" => e.editors = list(value, ';'),
            "dates" => e.dates = list(value, ' ').into_iter().collect(),
            "furniture" => in_furniture = true,
            other => panic!("{name}.expect:{}: unknown key {other:?}", no + 1),
        }
    }
    for key in ["title", "outlet", "dateline", "published", "authors", "editors", "dates", "furniture"] {
        assert!(seen.contains(key), "{name}.expect: missing `{key}:`");
    }
    e
}

#[test]
fn fixture_pages_have_their_furniture_and_metadata() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/pages")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| n.trim_end_matches(".txt").to_string())
        .collect();
    names.sort();
    let mut errors = String::new();
    let mut furniture_lines = 0;
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("page");
        let src = std::fs::read_to_string(dir.join(format!("{name}.expect")))
            .unwrap_or_else(|_| panic!("{name}.expect missing"));
        let e = parse_expect(name, &src);
        let report = cakupan::analyze(&text);
        let d = &report.document;
        compare(&mut errors, name, "title", &d.title, &e.title);
        compare(&mut errors, name, "outlet", &d.outlet, &e.outlet);
        compare(&mut errors, name, "dateline", &d.dateline, &e.dateline);
        compare(&mut errors, name, "published", &d.published, &e.published);
        compare(&mut errors, name, "authors", &d.authors, &e.authors);
        compare(&mut errors, name, "editors", &d.editors, &e.editors);
        compare(&mut errors, name, "dates", &report_days(&report), &e.dates);

        let (norm, seg, layout) = layout_of(&text);
        let listed: BTreeSet<usize> = e.furniture.iter().map(|(n, _)| *n).collect();
        // The `.expect` file quotes the page as written (before normalization).
        let original: Vec<&str> = text.split('\n').collect();
        for (num, start) in &e.furniture {
            let Some(line) = original.get(num - 1).map(|l| l.trim()) else {
                let _ = writeln!(errors, "{name}:{num}: no such line");
                continue;
            };
            if !line.starts_with(start.as_str()) {
                let _ = writeln!(errors, "{name}:{num}: .expect says {start:?} but the line is {line:?}");
            }
        }
        for (i, r) in seg.lines.iter().enumerate() {
            let line = norm[r.clone()].trim();
            if line.is_empty() {
                continue;
            }
            let got = layout.lines[i];
            let is_title = e.title.as_deref() == Some(line);
            let ok = if listed.contains(&(i + 1)) {
                furniture_lines += 1;
                matches!(got, LineClass::Furniture(_))
            } else if is_title {
                got == LineClass::Title
            } else {
                got == LineClass::Body
            };
            if !ok {
                let want = if listed.contains(&(i + 1)) {
                    "furniture"
                } else if e.title.as_deref() == Some(line) {
                    "title"
                } else {
                    "body"
                };
                let _ = writeln!(errors, "{name}:{}: expected {want}, got {got:?}: {line:?}", i + 1);
            }
        }
    }
    assert!(errors.is_empty(), "\n{errors}");
    assert!(names.len() >= 15, "only {} fixture pages", names.len());
    eprintln!("{} fixture pages, {furniture_lines} furniture lines", names.len());
}

/// A site's date bar that repeats the publication date is still furniture:
/// the article's dates (and so its weekday checks) are the publication date
/// where it stands and the dates in the body, not every mention of the same
/// day. Both lines say Senin, 5 Januari 2026 (a Monday).
#[test]
fn a_date_bar_repeating_the_publication_date_is_not_an_article_date() {
    let bar = "Senin, 5 Januari 2026";
    let text = format!(
        "{bar}\n\
         BPJS Ketenagakerjaan Catat 3,3 Juta Peserta Aktif di Kalimantan Selatan\n\
         Senin, 5 Januari 2026 10:00 WIB\n\
         \n\
         BANJARMASIN - BPJS Ketenagakerjaan mencatat 3.302.762 peserta aktif di Kalimantan Selatan \
         hingga akhir Desember 2025, atau 41,30 persen dari 7.996.826 pekerja.\n"
    );
    let report = cakupan::analyze(&text);
    let published = text.find("Senin, 5 Januari 2026 10:00").unwrap();
    let dates: Vec<usize> = report.document.dates.iter().map(|d| d.span.utf8[0]).collect();
    assert!(dates.contains(&published), "the publication date is the article's: {dates:?}");
    assert!(!dates.contains(&0), "the date bar is not: {dates:?}");
    let weekdays = report.checks.iter().filter(|c| c.date.is_some()).count();
    assert_eq!(weekdays, 1, "one weekday check, for the publication date");
}
