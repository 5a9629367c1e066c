//! Runs `tests/cases/checks.txt`: each case states some figures the way an
//! article prints them and the check (or derived figure) a careful reader makes.
//!
//! A case is one line: `KIND STATUS COMPUTED :: FACT; FACT; ...`, or
//! `derived METRIC[/SEGMENT] VALUE :: FACTS`, or `none KIND :: FACTS` (no check of
//! that kind may come out). A fact is `METRIC[/SEGMENT|/PROGRAM][@REGION][#PERIOD] =
//! PRINTED`, where PRINTED is read by the quantities stage exactly as in an article
//! (`sekitar 40.000`, `41,30 persen`, `Rp1 triliun lebih`), so the printed precision
//! and qualifier give each figure its interval. Facts are in text order; listed parts
//! are tied to their total the way the facts stage ties them, and a growth rate to
//! the figure just before it.

use cakupan::checks::{self, Status};
use cakupan::facts::{self, Fact, Metric, Program, Segment};
use serde_json::Value;

const CASES: &str = include_str!("cases/checks.txt");

fn metric(name: &str) -> Metric {
    serde_json::from_value(Value::from(name)).unwrap_or_else(|_| panic!("unknown metric {name}"))
}

fn parse_fact(spec: &str, index: usize) -> Fact {
    let (lhs, printed) = spec.split_once('=').expect("FACT needs `=`");
    let printed = printed.trim();
    let mut lhs = lhs.trim().to_string();
    let mut period = None;
    if let Some((l, p)) = lhs.clone().split_once('#') {
        period = Some(p.to_string());
        lhs = l.to_string();
    }
    let mut region = cakupan::regions::by_name("Indonesia");
    if let Some((l, r)) = lhs.clone().split_once('@') {
        region = Some(cakupan::regions::by_name(r).unwrap_or_else(|| panic!("unknown region {r}")));
        lhs = l.to_string();
    }
    let (name, qualifier) = lhs.split_once('/').map_or((lhs.as_str(), None), |(a, b)| (a, Some(b)));
    let metric = metric(name);
    let mut segment = Segment::All;
    let mut program = matches!(metric, Metric::BenefitsPaid | Metric::Beneficiaries).then_some(Program::All);
    if let Some(q) = qualifier {
        match serde_json::from_value::<Segment>(Value::from(q)) {
            Ok(s) => segment = s,
            Err(_) => program = Some(serde_json::from_value(Value::from(q)).expect("segment or program")),
        }
    }
    let q = cakupan::quantities::scan(printed)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no quantity in {printed:?}"));
    Fact {
        metric,
        value: q.value,
        high: q.high,
        kind: q.kind,
        approx: q.approx,
        step: q.step,
        region,
        segment,
        program,
        period,
        target_year: None,
        part_of: None,
        change_of: None,
        change_from: None,
        restates: None,
        spans: std::iter::once(index * 10..index * 10 + 1).collect(),
        sentence: index,
        reading: q.reading,
        period_start: None,
        scheme: Default::default(),
        confidence: Default::default(),
        doubt: None,
        because: Vec::new(),
        printed: printed.to_string(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005_f64.max(b.abs() * 1e-6)
}

#[test]
fn check_cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in CASES.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        let (head, body) = line.split_once("::").expect("case needs `::`");
        let mut facts: Vec<Fact> = body.split(';').enumerate().map(|(i, f)| parse_fact(f, i)).collect();
        // A growth rate states the change of the figure just before it, as in an article.
        for (i, f) in facts.iter_mut().enumerate().skip(1) {
            if f.metric == Metric::GrowthRate {
                f.change_of = Some(i - 1);
            }
        }
        facts::link_parts(&mut facts);
        let (found, derived) = checks::run(&facts, &[]);
        let words: Vec<&str> = head.split_whitespace().collect();
        let problem = match words.as_slice() {
            ["none", kind] => found
                .iter()
                .find(|c| serde_json::to_value(c.kind).unwrap() == *kind)
                .map(|c| format!("expected no {kind} check, got {:?} {}", c.status, c.message_en)),
            ["derived", what, value] => {
                let (m, seg) = what.split_once('/').map_or((*what, "all"), |(a, b)| (a, b));
                let value: f64 = value.parse().unwrap();
                let hit = derived.iter().any(|d| {
                    d.metric == metric(m)
                        && serde_json::to_value(d.segment).unwrap() == seg
                        && close(d.value, value)
                });
                (!hit).then(|| {
                    format!(
                        "no derived {what} {value}; got {:?}",
                        derived.iter().map(|d| (d.metric, d.value)).collect::<Vec<_>>()
                    )
                })
            }
            [kind, status, computed] => {
                let status: Status = serde_json::from_value(Value::from(*status)).expect("status");
                let computed: f64 = computed.parse().expect("computed");
                let of_kind: Vec<_> =
                    found.iter().filter(|c| serde_json::to_value(c.kind).unwrap() == *kind).collect();
                // Several checks of a kind may come out (one per source); one must match.
                match of_kind.as_slice() {
                    [] => Some(format!("no {kind} check")),
                    all if !all.iter().any(|c| c.status == status && close(c.computed, computed)) => Some(
                        all.iter()
                            .map(|c| format!("got {:?} computed {} ({})", c.status, c.computed, c.message_en))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                    _ => None,
                }
            }
            _ => panic!("line {}: bad case head {head:?}", n + 1),
        };
        if let Some(p) = problem {
            failures.push(format!("line {}: {line}\n    {p}", n + 1));
        }
    }
    println!("{count} check cases, {} failed", failures.len());
    assert!(count >= 60, "only {count} cases");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
