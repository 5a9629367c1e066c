//! `recheck` on a report nobody edited gives back the same checks, derived
//! figures and coverage as `analyze`, for every seed and every corpus text:
//! the page may recheck at any time without changing a verdict.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// The development corpus beside the project: `$CAKUPAN_SHARED`, `../shared`
/// or `/work/shared`.
fn corpus() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("CAKUPAN_SHARED").map(PathBuf::from),
        Some(root.join("../shared")),
        Some(PathBuf::from("/work/shared")),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|d| d.join("corpus"))
        .find(|d| d.join("expected.json").exists())
        .expect("the development corpus beside the project (set CAKUPAN_SHARED)")
}

fn texts() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<PathBuf> = Vec::new();
    for dir in [root.join("tests/seeds"), corpus()] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            out.extend(
                entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn an_unedited_report_rechecks_to_itself() {
    let paths = texts();
    assert!(paths.len() >= 67, "{} texts found", paths.len());
    let mut differ = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let report: Value = serde_json::to_value(cakupan::analyze(&text)).unwrap();
        let again = cakupan::recheck::recheck(&report).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for key in ["checks", "derived", "coverage", "facts"] {
            if again[key] != report[key] {
                differ.push(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(differ.is_empty(), "{} of {} texts differ:\n{}", differ.len(), paths.len(), differ.join("\n"));
}
