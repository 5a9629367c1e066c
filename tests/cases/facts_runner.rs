//! The facts case files' runner, shared by the native harness (`tests/facts.rs`)
//! and the browser one (`tests/wasm_facts.rs`).
//!
//! # Format
//!
//! One case per line: `input => expected`. `#` starts a comment line; blank
//! lines are ignored; `\n` in the input is a line break (a new paragraph).
//! The input runs through the whole pipeline (`cakupan::analyze`) as an
//! article. `expected` is `none` (no fact), or every fact the report gives,
//! in order, separated by ` ; `. A fact is `metric value` then any of:
//! - `seg=formal` (absent: `all`), `prog=JHT` (absent: none, or `all` for
//!   money and beneficiaries),
//! - `region="Kabupaten Banjar"` (checked only when given),
//! - `period=2024-08` or `year=2026` (target year) (checked only when given),
//! - `rule=whole-before-part`: the rule that decided the metric (its `because`),
//! - `low`: read with low confidence (absent: high, checked always),
//! - `approx=about|over|under|up_to` (checked only when given).

use serde_json::Value;

/// One parsed expectation.
#[derive(Debug, Default)]
struct Want {
    metric: String,
    value: f64,
    segment: String,
    program: Option<String>,
    region: Option<String>,
    period: Option<String>,
    year: Option<i64>,
    rule: Option<String>,
    low: bool,
    approx: Option<String>,
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

/// Splits `a b="c d" e` into `a`, `b="c d"`, `e`.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                continue;
            }
            _ => {}
        }
        if c != '"' {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn parse(item: &str) -> Want {
    let w = words(item.trim());
    let mut want = Want {
        metric: w[0].clone(),
        value: w[1].parse().unwrap_or_else(|_| panic!("bad value in {item:?}")),
        segment: "all".into(),
        ..Want::default()
    };
    for field in &w[2..] {
        match field.split_once('=') {
            Some(("seg", v)) => want.segment = v.into(),
            Some(("prog", v)) => want.program = Some(v.into()),
            Some(("region", v)) => want.region = Some(v.into()),
            Some(("period", v)) => want.period = Some(v.into()),
            Some(("year", v)) => want.year = Some(v.parse().expect("year")),
            Some(("rule", v)) => want.rule = Some(v.into()),
            Some(("approx", v)) => want.approx = Some(v.into()),
            None if field == "low" => want.low = true,
            _ => panic!("unknown field {field:?} in {item:?}"),
        }
    }
    want
}

fn describe(f: &Value) -> String {
    let rule = f["because"]
        .as_array()
        .and_then(|b| b.iter().find(|x| x["role"] == "metric"))
        .map(|x| x["rule"].as_str().unwrap_or("").to_string())
        .unwrap_or_default();
    format!(
        "{} {} seg={} prog={} region={} period={} year={} rule={} {} ({:?})",
        f["metric"].as_str().unwrap_or(""),
        f["value"],
        f["segment"].as_str().unwrap_or(""),
        f["program"].as_str().unwrap_or("-"),
        f["region"]["name"].as_str().unwrap_or("-"),
        f["period"].as_str().unwrap_or("-"),
        f["target_year"],
        rule,
        f["confidence"]["level"].as_str().unwrap_or(""),
        f["text"].as_str().unwrap_or("")
    )
}

/// Why `got` does not match `want`, if it does not.
fn mismatch(got: &Value, want: &Want) -> Option<String> {
    let mut why = Vec::new();
    if got["metric"] != want.metric.as_str() {
        why.push("metric");
    }
    let v = got["value"].as_f64().unwrap_or(f64::NAN);
    if (v - want.value).abs() > 1e-6 * want.value.abs().max(1.0) {
        why.push("value");
    }
    if got["segment"] != want.segment.as_str() {
        why.push("segment");
    }
    let program = got["program"].as_str();
    match &want.program {
        Some(p) if program != Some(p.as_str()) => why.push("program"),
        None if program.is_some_and(|p| p != "all") => why.push("program"),
        _ => {}
    }
    if let Some(r) = &want.region {
        if got["region"]["name"].as_str() != Some(r.as_str()) {
            why.push("region");
        }
    }
    if let Some(p) = &want.period {
        if got["period"].as_str() != Some(p.as_str()) {
            why.push("period");
        }
    }
    if let Some(y) = want.year {
        if got["target_year"].as_i64() != Some(y) {
            why.push("target year");
        }
    }
    if let Some(rule) = &want.rule {
        let rules: Vec<&str> = got["because"]
            .as_array()
            .map(|b| b.iter().filter(|x| x["role"] == "metric").filter_map(|x| x["rule"].as_str()).collect())
            .unwrap_or_default();
        if !rules.contains(&rule.as_str()) {
            why.push("rule");
        }
    }
    let low = got["confidence"]["level"] == "low";
    if low != want.low {
        why.push("confidence");
    }
    if let Some(a) = &want.approx {
        if got["approx"].as_str() != Some(a.as_str()) {
            why.push("approx");
        }
    }
    (!why.is_empty()).then(|| why.join(", "))
}

/// Runs the case file `name` (its text `cases`); returns the number of cases
/// and a description of each failure.
pub fn run(name: &str, cases: &str) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in cases.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((input, expected)) = line.rsplit_once(" => ") else {
            failures.push(format!("{name}:{}: no ` => `", n + 1));
            continue;
        };
        count += 1;
        let report = serde_json::to_value(cakupan::analyze(&unescape(input))).expect("report");
        let got: Vec<&Value> = report["facts"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
        let wants: Vec<Want> =
            if expected.trim() == "none" { Vec::new() } else { expected.split(" ; ").map(parse).collect() };
        let mut problems = Vec::new();
        if got.len() != wants.len() {
            problems.push(format!("expected {} facts, got {}", wants.len(), got.len()));
        }
        for (i, w) in wants.iter().enumerate() {
            match got.get(i) {
                Some(g) => {
                    if let Some(why) = mismatch(g, w) {
                        problems.push(format!("fact {}: {why}: got {}", i + 1, describe(g)));
                    }
                }
                None => problems.push(format!("fact {} missing: {} {}", i + 1, w.metric, w.value)),
            }
        }
        for g in got.iter().skip(wants.len()) {
            problems.push(format!("extra: {}", describe(g)));
        }
        if !problems.is_empty() {
            failures.push(format!("{name}:{}: {input}\n    {}", n + 1, problems.join("\n    ")));
        }
    }
    (count, failures)
}

/// The case files, embedded so the browser harness runs them too.
pub const FILES: &[(&str, &str)] = &[
    ("metrics.txt", include_str!("facts/metrics.txt")),
    ("relations.txt", include_str!("facts/relations.txt")),
    ("context.txt", include_str!("facts/context.txt")),
    ("not_facts.txt", include_str!("facts/not_facts.txt")),
    ("english.txt", include_str!("facts/english.txt")),
    ("jkn.txt", include_str!("facts/jkn.txt")),
];
