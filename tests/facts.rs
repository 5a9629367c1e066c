//! Runs the facts case files (`tests/cases/facts/*.txt`): a phrasing of
//! Indonesian (or English) statistics prose and the facts a careful reader
//! takes from it, with the rule that decides each one. Format:
//! `tests/cases/facts_runner.rs`.

#[path = "cases/facts_runner.rs"]
mod facts_runner;

#[test]
fn facts_case_files() {
    let mut all = Vec::new();
    let mut total = 0;
    for (name, text) in facts_runner::FILES {
        let (count, failures) = facts_runner::run(name, text);
        println!("{name}: {count} cases, {} failed", failures.len());
        total += count;
        all.extend(failures);
    }
    for f in &all {
        println!("{f}");
    }
    assert!(all.is_empty(), "{} of {total} facts cases failed (run with --nocapture)", all.len());
}
