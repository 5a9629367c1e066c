//! Recheck: takes a report whose `facts` a person corrected (a metric, a
//! value, a region, a period changed; facts removed; facts added, with a span
//! or without) and recomputes its `checks`, `derived` and `coverage` from those
//! facts and the `document` alone, by the same checks stage as `analyze`.
//!
//! The report comes in as JSON (from the page through the WebAssembly
//! boundary, or from a file through `cakupan --recheck`). Every field the
//! checks read is validated, and a malformed report is refused with a
//! [`FieldError`] that names the field (`facts[2].value: expected a finite
//! number, got string`): never a panic, never a partial result. Fields the
//! checks do not read (the sentence, `because`, the page's own `edited` and
//! `original`) pass through unchanged.
//!
//! Cost: linear in the number of facts and dates, like `analyze`'s checks.

use crate::checks;
use crate::dates::{Date, DateMention, WEEKDAYS, WEEKDAYS_EN};
use crate::facts::{self, Because, Fact, Level, Metric, Program, Scheme, Segment};
use crate::quantities::{Approx, Kind};
use crate::regions;
use serde_json::{Map, Value};

/// A field of the report that is missing or of the wrong type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// `facts[2].value`, `document.dates[0].date`.
    pub path: String,
    /// What the field must be.
    pub expected: String,
    /// What it was (`string`, `missing`, `"widgets"`).
    pub got: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: expected {}, got {}", self.path, self.expected, self.got)
    }
}

impl std::error::Error for FieldError {}

fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(_) => "boolean".into(),
        Value::Number(_) => "number".into(),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "array".into(),
        Value::Object(_) => "object".into(),
    }
}

fn err(path: &str, expected: &str, got: Option<&Value>) -> FieldError {
    FieldError {
        path: path.to_string(),
        expected: expected.to_string(),
        got: got.map_or_else(|| "nothing (the field is missing)".to_string(), kind_of),
    }
}

fn field<'a>(obj: &'a Map<String, Value>, path: &str, key: &str) -> (String, Option<&'a Value>) {
    (format!("{path}.{key}"), obj.get(key))
}

/// A value of one of the names a serde enum accepts (`"coverage_rate"`).
fn named<T: serde::de::DeserializeOwned>(v: Option<&Value>, path: &str, what: &str) -> Result<T, FieldError> {
    match v {
        // Read from the string itself, the way `serde_json::from_value` reads
        // a `Value::String` into an enum of unit variants, but without the
        // machinery of `Value`'s deserializer or a message nobody reads
        // (several KB of the WebAssembly module).
        Some(Value::String(s)) => T::deserialize(serde::de::value::StrDeserializer::<NoMessage>::new(s))
            .map_err(|_| err(path, what, v)),
        _ => Err(err(path, what, v)),
    }
}

/// A deserialization error whose message is dropped unformatted: [`named`]
/// replaces it with its own.
#[derive(Debug)]
struct NoMessage;

impl std::fmt::Display for NoMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a name")
    }
}

impl std::error::Error for NoMessage {}

impl serde::de::Error for NoMessage {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NoMessage
    }
}

fn optional_string(v: Option<&Value>, path: &str) -> Result<Option<String>, FieldError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        _ => Err(err(path, "a string or null", v)),
    }
}

/// `[start, end]` utf8 offsets of a span object, if the span is given.
fn span_of(v: Option<&Value>, path: &str) -> Result<Option<std::ops::Range<usize>>, FieldError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => {
            let p = format!("{path}.utf8");
            match o.get("utf8") {
                Some(Value::Array(a))
                    if a.len() == 2
                        && a.iter().all(|x| x.as_u64().is_some())
                        && a[0].as_u64() <= a[1].as_u64() =>
                {
                    Ok(Some(a[0].as_u64().unwrap_or(0) as usize..a[1].as_u64().unwrap_or(0) as usize))
                }
                other => Err(err(&p, "[start, end] byte offsets", other)),
            }
        }
        other => Err(err(path, "a span object or null", other)),
    }
}

/// Reads one fact of the report back into the checks' terms.
fn read_fact(v: &Value, i: usize, sentences: &mut Vec<usize>) -> Result<Fact, FieldError> {
    let path = format!("facts[{i}]");
    let Value::Object(o) = v else { return Err(err(&path, "an object", Some(v))) };
    let (p, metric_v) = field(o, &path, "metric");
    let metric: Metric = named(metric_v, &p, "a metric name such as \"participants\"")?;
    let (p, value_v) = field(o, &path, "value");
    let value = value_v
        .and_then(Value::as_f64)
        .filter(|x| x.is_finite())
        .ok_or_else(|| err(&p, "a finite number", value_v))?;
    let (p, unit_v) = field(o, &path, "unit");
    let kind = match unit_v.and_then(Value::as_str) {
        Some("IDR") => Kind::Money,
        Some("percent") => Kind::Percent,
        Some("persons" | "employers" | "projects") => Kind::Count,
        _ => return Err(err(&p, "\"persons\", \"employers\", \"projects\", \"IDR\" or \"percent\"", unit_v)),
    };
    let (p, approx_v) = field(o, &path, "approx");
    let approx: Approx = match approx_v {
        None | Some(Value::Null) => Approx::Exact,
        _ => named(approx_v, &p, "\"exact\", \"about\", \"over\", \"under\" or \"up_to\"")?,
    };
    let (p, step_v) = field(o, &path, "step");
    let step = match step_v {
        None | Some(Value::Null) => default_step(value, kind),
        Some(x) => x
            .as_f64()
            .filter(|s| s.is_finite() && *s > 0.0)
            .ok_or_else(|| err(&p, "a positive number", step_v))?,
    };
    let (p, high_v) = field(o, &path, "high");
    let high = match high_v {
        None | Some(Value::Null) => None,
        Some(x) => {
            Some(x.as_f64().filter(|h| h.is_finite()).ok_or_else(|| err(&p, "a number or null", high_v))?)
        }
    };
    let (p, region_v) = field(o, &path, "region");
    let region = match region_v {
        None | Some(Value::Null) => None,
        Some(Value::Object(r)) => {
            let np = format!("{p}.name");
            let name = r
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| err(&np, "a region's name", r.get("name")))?;
            Some(
                regions::by_name(name)
                    .ok_or_else(|| err(&np, "the name of a region in the gazetteer", r.get("name")))?,
            )
        }
        other => return Err(err(&p, "a region object or null", other)),
    };
    let (p, segment_v) = field(o, &path, "segment");
    let segment: Segment = match segment_v {
        None | Some(Value::Null) => Segment::All,
        _ => named(segment_v, &p, "a segment name such as \"formal\"")?,
    };
    let (p, program_v) = field(o, &path, "program");
    let program: Option<Program> = match program_v {
        None | Some(Value::Null) => metric.has_program().then_some(Program::All),
        _ => Some(named(program_v, &p, "a program name such as \"JHT\"")?),
    };
    let (p, period_v) = field(o, &path, "period");
    let period = optional_string(period_v, &p)?;
    let (p, start_v) = field(o, &path, "period_start");
    let period_start = optional_string(start_v, &p)?;
    let (p, year_v) = field(o, &path, "target_year");
    let target_year = match year_v {
        None | Some(Value::Null) => None,
        Some(y) => Some(
            y.as_i64()
                .and_then(|y| i32::try_from(y).ok())
                .ok_or_else(|| err(&p, "a year or null", year_v))?,
        ),
    };
    let (p, scheme_v) = field(o, &path, "scheme");
    let scheme: Scheme = match scheme_v {
        None | Some(Value::Null) => Scheme::Jamsostek,
        _ => named(scheme_v, &p, "\"jamsostek\" or \"jkn\"")?,
    };
    let (p, span_v) = field(o, &path, "span");
    let span = span_of(span_v, &p)?;
    let (p, sentence_v) = field(o, &path, "sentence_span");
    let sentence_span = span_of(sentence_v, &p)?;
    // A fact's sentence, for the checks' preference of figures stated
    // together: sentences are told apart by where they start; a fact added
    // without a span stands in a sentence of its own.
    let sentence = match sentence_span {
        Some(r) => match sentences.iter().position(|&s| s == r.start) {
            Some(k) => k,
            None => {
                sentences.push(r.start);
                sentences.len() - 1
            }
        },
        None => {
            sentences.push(usize::MAX - i);
            sentences.len() - 1
        }
    };
    let confidence = match o.get("confidence").and_then(|c| c.get("level")).and_then(Value::as_str) {
        Some("low") if !o.get("edited").and_then(Value::as_bool).unwrap_or(false) => Level::Low,
        _ => Level::High,
    };
    // The reason the core gave, kept through a recheck.
    let doubt = (confidence == Level::Low).then(|| {
        let reason = o.get("confidence").and_then(|c| c.get("reason")).and_then(Value::as_str);
        reason.map_or(std::borrow::Cow::Borrowed("read with low confidence"), |r| {
            std::borrow::Cow::Owned(r.to_string())
        })
    });
    let printed = o
        .get("printed")
        .or_else(|| o.get("text"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_default();
    let index = |key: &str| o.get(key).and_then(Value::as_u64).map(|x| x as usize);
    Ok(Fact {
        metric,
        value,
        high,
        kind,
        approx,
        step,
        region,
        segment,
        program,
        period,
        period_start,
        target_year,
        part_of: None,
        change_of: index("change_of"),
        change_from: index("change_from"),
        restates: index("restates"),
        spans: vec![span.unwrap_or(usize::MAX - i..usize::MAX - i)],
        sentence,
        reading: None,
        scheme,
        confidence,
        doubt,
        because: Vec::<Because>::new(),
        printed,
    })
}

/// The precision a figure typed without one is read with: whole units for
/// counts and money, the printed decimals of a rate.
fn default_step(value: f64, kind: Kind) -> f64 {
    match kind {
        Kind::Percent => {
            let s = format!("{value}");
            let decimals = s.split_once('.').map_or(0, |(_, d)| d.len()).min(6);
            10f64.powi(-(decimals as i32))
        }
        _ => 1.0,
    }
}

/// Reads the document's dates (for the weekday checks).
fn read_dates(doc: &Map<String, Value>) -> Result<Vec<DateMention>, FieldError> {
    let mut out = Vec::new();
    let dates = match doc.get("dates") {
        None | Some(Value::Null) => return Ok(out),
        Some(Value::Array(a)) => a,
        other => return Err(err("document.dates", "an array", other)),
    };
    for (i, d) in dates.iter().enumerate() {
        let path = format!("document.dates[{i}]");
        let Value::Object(o) = d else { return Err(err(&path, "an object", Some(d))) };
        let iso = o.get("date").and_then(Value::as_str).unwrap_or("");
        let parts: Vec<&str> = iso.split('-').collect();
        let date = match parts.as_slice() {
            [y, m, d] => y
                .parse()
                .ok()
                .zip(m.parse().ok())
                .zip(d.parse().ok())
                .and_then(|((y, m), d)| Date::new(y, m, d)),
            _ => None,
        }
        .ok_or_else(|| err(&format!("{path}.date"), "an ISO date (YYYY-MM-DD)", o.get("date")))?;
        let stated = match o.get("weekday") {
            None | Some(Value::Null) => None,
            Some(Value::Object(w)) => {
                let name = w.get("stated").and_then(Value::as_str).unwrap_or("");
                let day = WEEKDAYS
                    .iter()
                    .chain(WEEKDAYS_EN.iter())
                    .position(|x| x.eq_ignore_ascii_case(name))
                    .map(|k| (k % 7) as u32);
                Some(day.ok_or_else(|| {
                    err(&format!("{path}.weekday.stated"), "a weekday name", w.get("stated"))
                })?)
            }
            other => return Err(err(&format!("{path}.weekday"), "an object or null", other)),
        };
        out.push(DateMention { range: 0..0, date, until: None, stated_weekday: stated, weekday_range: None });
    }
    Ok(out)
}

/// Recomputes the checks, derived figures and coverage of `report` from its
/// facts and document. Returns the report with those three replaced (and each
/// fact's `part_of` relinked), everything else as it came.
pub fn recheck(report: &Value) -> Result<Value, FieldError> {
    let Value::Object(root) = report else { return Err(err("report", "an object", Some(report))) };
    let doc = match root.get("document") {
        Some(Value::Object(d)) => d,
        other => return Err(err("document", "an object", other)),
    };
    let facts_v = match root.get("facts") {
        Some(Value::Array(a)) => a,
        other => return Err(err("facts", "an array", other)),
    };
    let mut sentences = Vec::new();
    let mut facts: Vec<Fact> = Vec::with_capacity(facts_v.len());
    for (i, f) in facts_v.iter().enumerate() {
        facts.push(read_fact(f, i, &mut sentences)?);
    }
    // Links must point at facts that are still there, of the right kind.
    let n = facts.len();
    #[allow(clippy::needless_range_loop)] // each fact is checked against the others by index
    for i in 0..n {
        let ok = |j: Option<usize>| j.filter(|&j| j < n && j != i);
        facts[i].change_of = ok(facts[i].change_of).filter(|_| facts[i].metric == Metric::GrowthRate);
        facts[i].change_from = ok(facts[i].change_from).filter(|_| facts[i].metric == Metric::GrowthRate);
        facts[i].restates = ok(facts[i].restates);
    }
    for i in 0..n {
        if let Some(j) = facts[i].change_of {
            if facts[j].metric == Metric::GrowthRate {
                facts[i].change_of = None;
            }
        }
    }
    // Checks read facts in text order: sort a copy, then map indices back.
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::by_key(&mut order, |&i| facts[i].spans[0].start as u128);
    let mut position = vec![0; n];
    for (k, &i) in order.iter().enumerate() {
        position[i] = k;
    }
    let mut sorted: Vec<Fact> = order.iter().map(|&i| facts[i].clone()).collect();
    for f in &mut sorted {
        f.change_of = f.change_of.map(|j| position[j]);
        f.change_from = f.change_from.map(|j| position[j]);
        f.restates = f.restates.map(|j| position[j]);
    }
    facts::link_parts(&mut sorted);
    let dates = read_dates(doc)?;
    let (mut checks, mut derived) = checks::run(&sorted, &dates);
    // Back to the report's own order of facts.
    let back = |k: usize| order[k];
    for c in &mut checks {
        c.facts = c.facts.iter().map(|&k| back(k)).collect();
        for t in &mut c.terms {
            t.fact = back(t.fact);
        }
        c.doubt = c.doubt.map(back);
    }
    for d in &mut derived {
        d.from = d.from.iter().map(|&k| back(k)).collect();
    }
    let unsorted: Vec<Fact> = (0..n).map(|i| sorted[position[i]].clone()).collect();
    let rows = crate::coverage::rows(&unsorted, &derived, &checks);
    let mut out = root.clone();
    let to_value = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
    out.insert("checks".into(), to_value(serde_json::to_value(crate::report::checks_out(&checks))));
    out.insert("derived".into(), to_value(serde_json::to_value(crate::report::derived_out(&derived))));
    out.insert("coverage".into(), to_value(serde_json::to_value(crate::report::coverage_out(&rows))));
    if let Some(Value::Array(fs)) = out.get_mut("facts") {
        for (i, f) in fs.iter_mut().enumerate() {
            if let Value::Object(o) = f {
                let part_of = unsorted[i].part_of.map(&back);
                o.insert("part_of".into(), part_of.map_or(Value::Null, |k| Value::from(k as u64)));
            }
        }
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed3() -> Value {
        let text = include_str!("../tests/seeds/003_5c7de55c21b6b812.txt");
        serde_json::to_value(crate::analyze(text)).unwrap()
    }

    fn difference(r: &Value) -> Option<String> {
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["kind"] == "difference")
            .map(|c| c["status"].as_str().unwrap().to_string())
    }

    #[test]
    fn unchanged_report_rechecks_to_the_same_verdicts() {
        let r = seed3();
        let again = recheck(&r).unwrap();
        assert_eq!(again["checks"], r["checks"]);
        assert_eq!(again["coverage"], r["coverage"]);
    }

    #[test]
    fn correcting_the_uncovered_figure_settles_the_difference() {
        let mut r = seed3();
        assert_eq!(difference(&r).as_deref(), Some("inconsistent"));
        let i = r["facts"].as_array().unwrap().iter().position(|f| f["metric"] == "uncovered").unwrap();
        r["facts"][i]["value"] = Value::from(4_694_064.0);
        assert_eq!(difference(&recheck(&r).unwrap()).as_deref(), Some("consistent"));
        r["facts"].as_array_mut().unwrap().remove(i);
        assert_eq!(difference(&recheck(&r).unwrap()), None);
    }

    #[test]
    fn malformed_reports_name_the_field() {
        let mut r = seed3();
        r["facts"][1]["value"] = Value::from("lots");
        assert_eq!(recheck(&r).unwrap_err().path, "facts[1].value");
        let mut r = seed3();
        r["facts"][0]["metric"] = Value::from("widgets");
        assert_eq!(recheck(&r).unwrap_err().path, "facts[0].metric");
        let mut r = seed3();
        r["facts"][0]["region"] = serde_json::json!({"name": "Atlantis"});
        assert_eq!(recheck(&r).unwrap_err().path, "facts[0].region.name");
        assert_eq!(recheck(&Value::from(3)).unwrap_err().path, "report");
        assert_eq!(recheck(&serde_json::json!({"facts": []})).unwrap_err().path, "document");
    }
}
