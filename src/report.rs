//! Stage 8: report. Decides nothing about the text; turns the stages' results
//! into the JSON contract of SPEC.md ("The report contract").
//!
//! Every span is given twice, as UTF-8 byte offsets and as UTF-16 code unit
//! offsets, both into the text exactly as it was passed to `analyze` (not the
//! normalized copy). [`Utf16Index`] makes the second conversion O(1)-ish per span.

use crate::checks::{Check, CheckKind, Derived, Formula, Interval, Reading, Status, Term};
use crate::dates::{DateMention, WEEKDAYS};
use crate::facts::{Fact, Level, Metric, Program, Scheme, Segment};
use crate::furniture::Layout;
use crate::normalize::Normalized;
use crate::quantities::{Approx, Kind};
use crate::regions::{self, Region};
use crate::segment::Segments;
use serde::Serialize;
use std::ops::Range;

/// How far a fact's `sentence` reaches either side of the figure, in bytes.
const SENTENCE_REACH: usize = 300;

/// The version of the report's shape. Bumped when a field changes meaning.
pub const SCHEMA: &str = "cakupan-report/1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    /// Set by the CLI in `--jsonl` mode: where the text came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub document: Document,
    pub facts: Vec<FactOut>,
    pub checks: Vec<CheckOut>,
    pub derived: Vec<DerivedOut>,
    /// Per region and segment: the coverage to show, its target, and whether
    /// a check disputes it (decided by `coverage`; the page only draws it).
    pub coverage: Vec<CoverageOut>,
    /// Page furniture set aside, one entry per block of consecutive lines
    /// with the same reason (blank lines inside a block included).
    pub furniture: Vec<FurnitureOut>,
    /// Every number in the text that no fact covers, in text order, with why.
    pub numbers: Vec<NumberOut>,
    pub warnings: Vec<Warning>,
}

/// A stretch of the input, in both encodings. Each is `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub utf8: [usize; 2],
    pub utf16: [usize; 2],
}

#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    /// The article's own date (ISO), when it states one.
    pub published: Option<String>,
    pub dates: Vec<DateOut>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    /// The language the text is written in (`id`, `en`), decided from its
    /// words; `null` when it is in neither or too short to tell.
    pub language: Option<crate::language::Language>,
    /// The schemes its figures are about: `jamsostek`, `jkn`, both, or none.
    pub scheme: Vec<Scheme>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateOut {
    /// ISO date.
    pub date: String,
    /// Last day of a range such as `7-8 November 2024`.
    pub until: Option<String>,
    pub text: String,
    pub span: Span,
    /// The weekday the text names, if any, and whether it matches.
    pub weekday: Option<WeekdayOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WeekdayOut {
    pub stated: &'static str,
    pub actual: &'static str,
    pub matches: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactOut {
    pub metric: Metric,
    pub value: f64,
    /// The upper end of a stated range (`500-600 ribu`).
    pub high: Option<f64>,
    pub unit: &'static str,
    pub approx: Approx,
    /// The place value of the last printed digit (`3,2 juta`: 100 000), which
    /// sets the figure's rounding interval.
    pub step: f64,
    pub region: Option<Region>,
    pub segment: Segment,
    pub program: Option<Program>,
    pub period: Option<String>,
    pub target_year: Option<i32>,
    /// The figure with its qualifier, as printed (`sekitar 41,30 persen`).
    pub printed: String,
    pub text: String,
    pub span: Span,
    /// Every place the same statistic is stated, the main one first.
    pub spans: Vec<Span>,
    pub sentence: String,
    pub sentence_span: Span,
    /// How an ambiguous number was read (`1.500` as fifteen hundred), if it was.
    pub reading: Option<&'static str>,
    /// Index of the total this figure is a listed part of.
    pub part_of: Option<usize>,
    /// For a growth rate: index of the figure whose change it states.
    pub change_of: Option<usize>,
    /// For a growth rate: index of the earlier value it is compared with.
    pub change_from: Option<usize>,
    /// Index of the figure this one restates (`Klaim sejumlah kurang lebih
    /// Rp700 miliar itu` after `Rp797.995.853.173`).
    pub restates: Option<usize>,
    /// Where a stated stretch of time began (`2025-01` for `Januari hingga Maret 2025`).
    pub period_start: Option<String>,
    pub scheme: Scheme,
    pub confidence: ConfidenceOut,
    /// The words that decided the metric, region, segment and program.
    pub because: Vec<BecauseOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConfidenceOut {
    pub level: Level,
    /// Which reading is in doubt, when the level is low.
    pub reason: Option<std::borrow::Cow<'static, str>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BecauseOut {
    /// `metric`, `region`, `segment`, `program`.
    pub role: &'static str,
    /// The rule that fired.
    pub rule: &'static str,
    /// The words it rested on, as in the input (empty when it rested on none).
    pub text: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckOut {
    pub kind: CheckKind,
    pub status: Status,
    pub facts: Vec<usize>,
    /// Index into `document.dates` (weekday checks).
    pub date: Option<usize>,
    pub stated: f64,
    pub computed: f64,
    /// `computed - stated`.
    pub difference: f64,
    /// The reading of the stated figures under which the verdict holds.
    pub reading: Reading,
    /// The formula's figures and their roles, the stated figure last.
    pub terms: Vec<Term>,
    /// What the stated figure may mean under that reading (the tolerance
    /// the verdict used), and what the computation gives.
    pub stated_range: RangeOut,
    pub computed_range: RangeOut,
    /// The fact whose low-confidence reading turned an `inconsistent` into a
    /// `warning`.
    pub doubt: Option<usize>,
    pub message: Message,
}

/// An interval; an unbounded end is `null`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RangeOut {
    pub lo: Option<f64>,
    pub hi: Option<f64>,
}

impl From<Interval> for RangeOut {
    fn from(i: Interval) -> RangeOut {
        RangeOut { lo: i.lo.is_finite().then_some(i.lo), hi: i.hi.is_finite().then_some(i.hi) }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub id: String,
    pub en: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DerivedOut {
    pub metric: Metric,
    pub value: f64,
    pub unit: &'static str,
    pub region: Option<Region>,
    pub segment: Segment,
    pub program: Option<Program>,
    pub period: Option<String>,
    pub from: Vec<usize>,
    /// How it was computed.
    pub formula: Formula,
    pub message: Message,
}

#[derive(Debug, Clone, Serialize)]
pub struct FurnitureOut {
    pub reason: &'static str,
    pub text: String,
    pub span: Span,
}

/// A number that is not a fact.
#[derive(Debug, Clone, Serialize)]
pub struct NumberOut {
    pub text: String,
    pub span: Span,
    /// The kind of reason: `year`, `date`, `time`, `regulation`, `code`,
    /// `furniture`, `headline`, `not_domain`, `not_understood`.
    pub reason: &'static str,
    /// The precise reason (`per_person`, `wage_share`, `year`, ...).
    pub why: crate::unread::Why,
    pub message: Message,
}

#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    /// Stable identifier: `input_truncated`, `no_figures`, `not_text`,
    /// `unknown_language` (neither Indonesian nor English), `off_topic`
    /// (about neither scheme).
    pub code: &'static str,
    pub message: Message,
}

/// Maps UTF-8 byte offsets of a string to UTF-16 offsets. Keeps one count per
/// 64 bytes, so a lookup scans at most 63 bytes.
pub struct Utf16Index<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut units = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(units);
            }
            units += utf16_units_of_lead(b);
        }
        Utf16Index { text, checkpoints }
    }

    /// UTF-16 offset of byte `pos` (which must be a char boundary).
    pub fn utf16(&self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        let cp = pos / STRIDE;
        let Some(&base) = self.checkpoints.get(cp) else {
            return self.checkpoints.last().copied().unwrap_or(0)
                + self.text.as_bytes()[(self.checkpoints.len().saturating_sub(1)) * STRIDE..pos]
                    .iter()
                    .map(|&b| utf16_units_of_lead(b))
                    .sum::<usize>();
        };
        base + self.text.as_bytes()[cp * STRIDE..pos].iter().map(|&b| utf16_units_of_lead(b)).sum::<usize>()
    }

    pub fn span(&self, r: Range<usize>) -> Span {
        Span { utf8: [r.start, r.end], utf16: [self.utf16(r.start), self.utf16(r.end)] }
    }
}

/// UTF-16 units contributed by the char that starts with byte `b` (0 for
/// continuation bytes).
fn utf16_units_of_lead(b: u8) -> usize {
    match b {
        0x80..=0xBF => 0,
        0xF0..=0xFF => 2,
        _ => 1,
    }
}

/// Everything the stages found, for [`build`].
pub struct Parts<'a> {
    pub input: &'a str,
    pub norm: &'a Normalized,
    pub segments: &'a Segments,
    pub layout: &'a Layout,
    pub dates: &'a [DateMention],
    pub facts: &'a [Fact],
    pub checks: &'a [Check],
    pub derived: &'a [Derived],
    pub coverage: &'a [crate::coverage::Row],
    pub numbers: &'a [crate::unread::Unread],
    pub language: Option<crate::language::Language>,
    pub warnings: Vec<Warning>,
}

pub fn unit_of(kind: Kind, metric: Metric) -> &'static str {
    match (kind, metric) {
        (Kind::Money, _) => "IDR",
        (_, Metric::TargetGap) => "points",
        (Kind::Percent, _) => "percent",
        (_, Metric::Employers) => "employers",
        (_, Metric::Projects) => "projects",
        _ => "persons",
    }
}

/// Assembles the report.
pub fn build(p: Parts) -> Report {
    let idx = Utf16Index::new(p.input);
    let span = |r: Range<usize>| {
        let (s, e) = (p.norm.start_to_original(r.start), p.norm.end_to_original(r.end));
        idx.span(s..e.max(s))
    };
    let original = |r: Range<usize>| {
        let (s, e) = (p.norm.start_to_original(r.start), p.norm.end_to_original(r.end));
        p.input[s..e.max(s)].to_string()
    };

    let dates: Vec<DateOut> = p
        .dates
        .iter()
        .map(|d| DateOut {
            date: d.date.iso(),
            until: d.until.map(|u| u.iso()),
            text: original(d.range.clone()),
            span: span(d.range.clone()),
            weekday: d.stated_weekday.map(|w| WeekdayOut {
                stated: WEEKDAYS[w as usize],
                actual: WEEKDAYS[d.date.weekday() as usize],
                matches: w == d.date.weekday(),
            }),
        })
        .collect();

    let facts = p
        .facts
        .iter()
        .map(|f| {
            // The sentence, or the 300 bytes either side of the figure when it is
            // longer (a paste without full stops): each fact's copy stays small.
            let whole = p.segments.sentences[f.sentence].range.clone();
            let main = &f.spans[0];
            let mut lo = main.start.saturating_sub(SENTENCE_REACH).max(whole.start).min(main.start);
            while !p.norm.text.is_char_boundary(lo) {
                lo += 1;
            }
            let mut hi = (main.end + SENTENCE_REACH).min(whole.end).max(main.end.min(whole.end));
            while hi < p.norm.text.len() && !p.norm.text.is_char_boundary(hi) {
                hi += 1;
            }
            let sentence = lo..hi.max(lo);
            FactOut {
                metric: f.metric,
                value: f.value,
                high: f.high,
                unit: unit_of(f.kind, f.metric),
                approx: f.approx,
                step: f.step,
                region: f.region.map(|r| regions::get(r).clone()),
                segment: f.segment,
                program: f.program,
                period: f.period.clone(),
                target_year: f.target_year,
                printed: f.printed.clone(),
                text: original(f.spans[0].clone()),
                span: span(f.spans[0].clone()),
                spans: f.spans.iter().map(|s| span(s.clone())).collect(),
                sentence: original(sentence.clone()),
                sentence_span: span(sentence),
                reading: f.reading,
                part_of: f.part_of,
                change_of: f.change_of,
                change_from: f.change_from,
                restates: f.restates,
                period_start: f.period_start.clone(),
                scheme: f.scheme,
                confidence: ConfidenceOut { level: f.confidence, reason: f.doubt.clone() },
                because: f
                    .because
                    .iter()
                    .map(|b| BecauseOut {
                        role: b.role,
                        rule: b.rule,
                        text: if b.range.is_empty() { String::new() } else { original(b.range.clone()) },
                        span: (!b.range.is_empty()).then(|| span(b.range.clone())),
                    })
                    .collect(),
            }
        })
        .collect();

    let checks = checks_out(p.checks);

    // One entry per block: consecutive furniture lines with one reason.
    let furniture = p
        .layout
        .blocks()
        .into_iter()
        .map(|b| {
            let r = p.segments.lines[b.lines.start].start..p.segments.lines[b.lines.end - 1].end;
            FurnitureOut { reason: b.reason, text: original(r.clone()), span: span(r) }
        })
        .collect();

    let m = &p.layout.meta;
    Report {
        schema: SCHEMA,
        source: None,
        document: Document {
            title: m.title.clone(),
            outlet: m.outlet.clone(),
            dateline: m.dateline.clone(),
            published: m.published.map(|d| d.iso()),
            dates,
            authors: m.authors.clone(),
            editors: m.editors.clone(),
            language: p.language,
            scheme: [Scheme::Jamsostek, Scheme::Jkn]
                .into_iter()
                .filter(|s| p.facts.iter().any(|f| f.scheme == *s))
                .collect(),
        },
        facts,
        checks,
        derived: derived_out(p.derived),
        coverage: coverage_out(p.coverage),
        furniture,
        numbers: p
            .numbers
            .iter()
            .map(|n| {
                let (id, en) = n.why.message();
                NumberOut {
                    text: original(n.range.clone()),
                    span: span(n.range.clone()),
                    reason: n.why.kind(),
                    why: n.why,
                    message: Message { id: id.into(), en: en.into() },
                }
            })
            .collect(),
        warnings: p.warnings,
    }
}

/// The checks as the report gives them.
pub fn checks_out(checks: &[Check]) -> Vec<CheckOut> {
    checks
        .iter()
        .map(|c| CheckOut {
            kind: c.kind,
            status: c.status,
            facts: c.facts.clone(),
            date: c.date,
            stated: c.stated,
            computed: c.computed,
            difference: c.computed - c.stated,
            reading: c.reading,
            terms: c.terms.clone(),
            stated_range: c.stated_range.into(),
            computed_range: c.computed_range.into(),
            doubt: c.doubt,
            message: Message { id: c.message_id.clone(), en: c.message_en.clone() },
        })
        .collect()
}

/// The derived figures as the report gives them.
pub fn derived_out(derived: &[Derived]) -> Vec<DerivedOut> {
    derived
        .iter()
        .map(|d| DerivedOut {
            metric: d.metric,
            value: d.value,
            unit: unit_of(d.kind, d.metric),
            region: d.region.map(|r| regions::get(r).clone()),
            segment: d.segment,
            program: None,
            period: d.period.clone(),
            from: d.from.clone(),
            formula: d.formula,
            message: Message { id: d.message_id.clone(), en: d.message_en.clone() },
        })
        .collect()
}

/// One region's coverage as the page and the box draw it.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageOut {
    pub region: Option<Region>,
    pub segment: Segment,
    pub scheme: Scheme,
    pub coverage: Option<crate::coverage::Shown>,
    pub target: Option<crate::coverage::Target>,
    pub gap_points: Option<f64>,
    pub gap_workers: Option<f64>,
    pub disputed_by: Vec<usize>,
    pub reached: Option<bool>,
}

/// The coverage rows as the report gives them.
pub fn coverage_out(rows: &[crate::coverage::Row]) -> Vec<CoverageOut> {
    rows.iter()
        .map(|r| CoverageOut {
            region: r.region.map(|id| regions::get(id).clone()),
            segment: r.segment,
            scheme: r.scheme,
            coverage: r.coverage.clone(),
            target: r.target.clone(),
            gap_points: r.gap_points,
            gap_workers: r.gap_workers,
            disputed_by: r.disputed_by.clone(),
            reached: r.reached,
        })
        .collect()
}
