//! The region case runner, shared by the native harness (`tests/regions.rs`)
//! and the browser one (`tests/wasm_regions.rs`). The case file format is
//! described in `tests/regions.rs`.
#![allow(dead_code)]

use cakupan::regions::{self, Attribution, Role};
use cakupan::{dates, furniture, normalize, segment};

pub struct Case {
    pub line: usize,
    pub title: String,
    pub doc: String,
    pub checks: Vec<String>,
}

pub fn parse(src: &str) -> Vec<Case> {
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

pub fn name(id: Option<usize>) -> String {
    id.map_or("none".to_string(), |id| regions::get(id).name.to_string())
}

/// Runs one case; returns what went wrong, if anything.
pub fn run(case: &Case) -> Vec<String> {
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

/// Runs every case of `src`; returns the number of cases and a report line per
/// failing case.
pub fn run_cases(src: &str) -> (usize, Vec<String>) {
    let cases = parse(src);
    let mut failures = Vec::new();
    for case in &cases {
        assert!(!case.checks.is_empty(), "case at line {} has no checks", case.line);
        let problems = run(case);
        if !problems.is_empty() {
            failures.push(format!("line {}: {}\n    {}", case.line, case.title, problems.join("\n    ")));
        }
    }
    (cases.len(), failures)
}
