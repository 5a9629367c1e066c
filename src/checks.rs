//! Stage 7: checks. Decides whether the article's own figures agree with each
//! other, and what they imply.
//!
//! Every stated figure stands for the interval its wording allows
//! ([`Interval::of`]): `41,30 persen` is [41,295; 41,305] when read as
//! rounded, `3,2 juta` is [3,15; 3,25] juta rounded and [3,2; 3,3] juta
//! truncated, a count printed to the unit (`7.996.826`) is exactly itself
//! unless it ends in three zeros or more (`573.000` is rounded to thousands),
//! `sekitar` widens a count by ±5 % and a percentage by half a point (or one
//! printed step), `lebih dari X` is (X, ∞). A rounded figure never stands for
//! more than ±10 % of itself (`sejuta` is not anything from 500 000 to 1,5
//! million). A check computes with intervals and is `consistent` when the
//! computed and stated intervals meet under the strict reading (rounded
//! figures, complete lists), `warning` when they meet only under a lenient one
//! (truncated figures, a list that may leave a part out, a gap counted from
//! the previous target), and `inconsistent` when no reading makes them meet.
//!
//! A verdict is `inconsistent` only when every figure it uses was read with
//! high confidence; otherwise it is a `warning` that names the figure in doubt
//! ([`Check::doubt`]). No check divides a figure by itself or uses one span
//! twice.
//!
//! Checks compare facts of the same region and segment whose periods agree (or
//! nest: `2026` and `2026-03`). They never see raw text: only facts and dates;
//! their messages are written by [`crate::explain`] from the structured result.
//! Derived figures (implied workforce, coverage per segment, uncovered count,
//! the target gap) are computed here too and kept apart from what the article
//! states.

use crate::dates::DateMention;
use crate::facts::{periods_nest, Fact, Level, Metric, Program, Segment};
use crate::quantities::{Approx, Kind};
use crate::regions::{self, RegionId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// participants / workforce against a stated coverage rate.
    Coverage,
    /// workforce - participants (or workforce × the rate not covered) against
    /// a stated uncovered count.
    Difference,
    /// 100 - coverage, or uncovered / workforce, against a stated uncovered rate.
    Complement,
    /// listed parts against their stated total.
    PartsSum,
    /// new / old - 1 against a stated change.
    Growth,
    /// target × workforce against the stated participants the target needs,
    /// or minus the participants against the stated workers still to register.
    TargetGap,
    /// the same figure stated twice with values that disagree.
    Restatement,
    /// a stated weekday against its date.
    Weekday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Consistent,
    Warning,
    Inconsistent,
}

/// Which reading of the stated figures made the intervals meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Figures rounded to their last printed digit; lists complete.
    Rounded,
    /// Figures cut (not rounded) after their last printed digit.
    Truncated,
    /// The listed parts may leave some out, so they may sum to less than the total.
    IncompleteList,
    /// Workers still to register counted from the previous target's level,
    /// not from the participants today.
    FromPreviousTarget,
    /// No reading makes them meet.
    None,
}

/// What a figure does in a check's formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Participants,
    Workforce,
    CoverageRate,
    Uncovered,
    UncoveredRate,
    Part,
    Total,
    Earlier,
    Later,
    Change,
    TargetRate,
    PreviousTargetRate,
    TargetParticipants,
    ToRegister,
    First,
    Restated,
}

/// One figure in a check's formula.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub role: Role,
    /// Index into the facts.
    pub fact: usize,
}

/// One recomputation and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    pub status: Status,
    pub reading: Reading,
    /// Indices of the facts involved, the stated figure last.
    pub facts: Vec<usize>,
    /// The formula's figures with their roles; the stated figure is the last.
    pub terms: Vec<Term>,
    /// Index of the date involved (weekday checks).
    pub date: Option<usize>,
    pub stated: f64,
    pub computed: f64,
    /// What the stated figure may mean, and what the computation gives, under
    /// the reading that decided (the tolerance the verdict used).
    pub stated_range: Interval,
    pub computed_range: Interval,
    /// The figure whose reading is in doubt, when that turned an
    /// `inconsistent` into a `warning`.
    pub doubt: Option<usize>,
    pub message_id: String,
    pub message_en: String,
}

/// How a derived figure was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Formula {
    /// participants / coverage rate (`from_parts`: the participants are the
    /// sum of their listed parts).
    ImpliedWorkforce { from_parts: bool },
    /// participants / workforce.
    Coverage,
    /// workforce - participants.
    Uncovered,
    /// a figure / (1 + its stated change).
    EarlierValue,
    /// new / old - 1.
    Change,
    /// target rate - coverage rate, in points.
    TargetGap,
    /// target rate × workforce - participants (`implied`: the workforce is
    /// implied by participants and coverage).
    ToRegister { implied: bool },
}

/// A figure the article implies but does not state.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub metric: Metric,
    pub value: f64,
    pub kind: Kind,
    pub region: Option<RegionId>,
    pub segment: Segment,
    pub period: Option<String>,
    /// Indices of the facts it was computed from.
    pub from: Vec<usize>,
    pub formula: Formula,
    /// The workforce used, for `to_register`.
    pub base: Option<f64>,
    pub message_id: String,
    pub message_en: String,
}

/// A closed interval of real numbers; infinite ends stand for open bounds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

/// How much `sekitar` (about) widens a count or a sum, relative to its value.
const ABOUT: f64 = 0.05;
/// How much `sekitar` widens a percentage at least, in points.
const ABOUT_POINTS: f64 = 0.5;
/// The widest a rounded figure may stand for, relative to its value.
const ROUNDING_CAP: f64 = 0.10;

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    /// The place value a figure was rounded to: its printed step, or, for a
    /// count printed to the unit that ends in three or more zeros after at
    /// least three significant digits (`573.000`, `3.287.000`), the place of
    /// its last non-zero digit. (`1.000.000` and `40.000` stay exact: too
    /// round to tell.)
    pub fn step_of(f: &Fact) -> f64 {
        if f.kind == Kind::Count && f.step <= 1.0 && f.value.fract() == 0.0 && f.value.abs() >= 100_000.0 {
            let mut v = f.value.abs() as u128;
            let mut step = 1.0;
            while v % 10 == 0 && v > 0 {
                v /= 10;
                step *= 10.0;
            }
            if step >= 1000.0 && v >= 100 {
                return step;
            }
        }
        f.step
    }

    /// What a stated figure may mean. `truncated` reads it as cut after its last
    /// printed digit instead of rounded. A count or a sum of money printed to the
    /// unit (`7.996.826`, `Rp16.800`) is exact: a point, in both readings.
    pub fn of(f: &Fact, truncated: bool) -> Interval {
        let step = Interval::step_of(f);
        let whole = f.kind != Kind::Percent && step <= 1.0 && f.value.fract() == 0.0;
        let top = f.high.unwrap_or(f.value);
        // A rounded figure stands for at most ±10 % of itself.
        let cap = f.value.abs() * ROUNDING_CAP;
        let half = (step / 2.0).min(cap.max(f64::MIN_POSITIVE));
        let (lo, hi) = if whole {
            (f.value, top)
        } else if truncated {
            (f.value, top + step.min(2.0 * cap.max(f64::MIN_POSITIVE)))
        } else {
            (f.value - half, top + half)
        };
        match f.approx {
            Approx::Exact => Interval { lo, hi },
            Approx::About => {
                // `sekitar`: 5 % either way for counts and money; for a percentage,
                // one printed step or half a point, whichever is wider.
                let spread = match f.kind {
                    Kind::Percent => step.max(ABOUT_POINTS),
                    _ => f.value.abs() * ABOUT,
                };
                Interval { lo: lo.min(f.value - spread), hi: hi.max(top + spread) }
            }
            Approx::Over => Interval { lo: f.value, hi: f64::INFINITY },
            Approx::Under => Interval { lo: f64::NEG_INFINITY, hi: f.value },
            Approx::UpTo => Interval { lo: f64::NEG_INFINITY, hi },
        }
    }

    /// Whether the intervals share a point, allowing for floating-point error
    /// (a relative 1e-9) at the ends.
    pub fn meets(&self, other: &Interval) -> bool {
        let eps = |a: f64, b: f64| 1e-9 * a.abs().max(b.abs()).max(1.0);
        self.lo <= other.hi + eps(self.lo, other.hi) && other.lo <= self.hi + eps(other.lo, self.hi)
    }

    pub fn add(&self, o: &Interval) -> Interval {
        Interval { lo: self.lo + o.lo, hi: self.hi + o.hi }
    }

    pub fn sub(&self, o: &Interval) -> Interval {
        Interval { lo: self.lo - o.hi, hi: self.hi - o.lo }
    }

    /// `self / o * 100`, for non-negative `self` and positive `o`.
    pub fn percent_of(&self, o: &Interval) -> Interval {
        if o.lo <= 0.0 {
            return Interval { lo: 0.0, hi: f64::INFINITY };
        }
        Interval { lo: self.lo.max(0.0) / o.hi * 100.0, hi: self.hi / o.lo * 100.0 }
    }

    /// `self × rate / 100` for a non-negative `self` and rate.
    pub fn times_rate(&self, rate: &Interval) -> Interval {
        Interval { lo: self.lo.max(0.0) * rate.lo.max(0.0) / 100.0, hi: self.hi * rate.hi / 100.0 }
    }

    /// `100 - self`.
    pub fn complement(&self) -> Interval {
        Interval { lo: 100.0 - self.hi, hi: 100.0 - self.lo }
    }
}

/// The verdict: strict reading first, then the lenient ones.
fn judge(strict: bool, lenient: Option<Reading>) -> (Status, Reading) {
    match (strict, lenient) {
        (true, _) => (Status::Consistent, Reading::Rounded),
        (false, Some(r)) => (Status::Warning, r),
        (false, None) => (Status::Inconsistent, Reading::None),
    }
}

/// A check before its messages: the arithmetic and its verdict.
struct Draft {
    kind: CheckKind,
    terms: Vec<Term>,
    stated: f64,
    computed: f64,
    strict: (Interval, Interval),
    lenient: Option<(Interval, Interval, Reading)>,
}

impl Draft {
    /// Judges the draft; softens `inconsistent` to `warning` when a figure was
    /// read with low confidence.
    fn finish(self, facts: &[Fact]) -> Check {
        let (computed, stated) = self.strict;
        let strict = computed.meets(&stated);
        let lenient = self.lenient.filter(|(c, s, _)| c.meets(s));
        let (mut status, reading) = judge(strict, lenient.map(|l| l.2));
        let (computed_range, stated_range) = match (strict, lenient) {
            (false, Some((c, s, _))) => (c, s),
            _ => (computed, stated),
        };
        let doubt = self.terms.iter().map(|t| t.fact).find(|&i| facts[i].confidence == Level::Low);
        let doubt = if status == Status::Inconsistent && doubt.is_some() {
            status = Status::Warning;
            doubt
        } else {
            None
        };
        Check {
            kind: self.kind,
            status,
            reading,
            facts: self.terms.iter().map(|t| t.fact).collect(),
            terms: self.terms,
            date: None,
            stated: self.stated,
            computed: self.computed,
            stated_range,
            computed_range,
            doubt,
            message_id: String::new(),
            message_en: String::new(),
        }
    }
}

fn same_scope(a: &Fact, b: &Fact) -> bool {
    a.region == b.region
        && a.segment == b.segment
        && periods_nest(&a.period, &b.period)
        // Two targets are one only for the same year.
        && (a.target_year == b.target_year || a.target_year.is_none() || b.target_year.is_none() || !(is_target(a) && is_target(b)))
}

fn is_target(f: &Fact) -> bool {
    matches!(f.metric, Metric::TargetRate | Metric::TargetParticipants)
}

/// Do two facts stand on one span (the same printed figure)?
fn same_span(a: &Fact, b: &Fact) -> bool {
    a.spans.iter().any(|s| b.spans.contains(s))
}

/// The fact of `metric` in `f`'s scope that `f` is checked against: one in
/// the same sentence first, else the nearest in the text; a total before one
/// of its listed parts. Never `f` itself or a fact on `f`'s span.
fn partner(facts: &[Fact], f: &Fact, metric: Metric) -> Option<usize> {
    near(facts, f)
        .filter(|&i| facts[i].metric == metric && same_scope(f, &facts[i]) && !same_span(f, &facts[i]))
        .min_by_key(|&i| {
            let g = &facts[i];
            (g.sentence != f.sentence, g.part_of.is_some(), g.spans[0].start.abs_diff(f.spans[0].start))
        })
}

/// How many facts each way a check looks for the facts it compares.
const NEAR: usize = 64;

/// Indices of the facts stated near `f`.
fn near(facts: &[Fact], f: &Fact) -> std::ops::Range<usize> {
    let at = facts.partition_point(|g| g.spans[0].start < f.spans[0].start);
    at.saturating_sub(NEAR)..(at + NEAR + 1).min(facts.len())
}

/// For each fact, the facts listed as its parts.
fn parts_of(facts: &[Fact]) -> Vec<Vec<usize>> {
    let mut parts = vec![Vec::new(); facts.len()];
    for (j, f) in facts.iter().enumerate() {
        if let Some(t) = f.part_of.filter(|&t| t < facts.len()) {
            parts[t].push(j);
        }
    }
    parts
}

/// Runs every check over the facts and dates, and computes the derived
/// figures; [`crate::explain`] writes their messages.
pub fn run(facts: &[Fact], dates: &[DateMention]) -> (Vec<Check>, Vec<Derived>) {
    let mut checks = Vec::new();
    let mut derived = Vec::new();
    // Each total's listed parts, found once for every check that needs them.
    let parts = parts_of(facts);
    weekday(dates, &mut checks);
    for (ri, r) in facts.iter().enumerate() {
        match r.metric {
            Metric::CoverageRate => coverage(facts, &parts, ri, &mut checks, &mut derived),
            Metric::Uncovered => difference(facts, ri, &mut checks),
            Metric::UncoveredRate => complement(facts, ri, &mut checks),
            Metric::GrowthRate => growth(facts, ri, &mut checks, &mut derived),
            Metric::ToRegister => stated_gap(facts, ri, &mut checks),
            _ => {}
        }
        if let Some(o) = r.restates.filter(|&o| o < facts.len()) {
            restatement(facts, o, ri, &mut checks);
        }
    }
    parts_sum(facts, &parts, &mut checks);
    segment_coverage(facts, &mut derived);
    implied_growth(facts, &mut derived);
    target_gap(facts, &mut checks, &mut derived);
    for c in &mut checks {
        let (id, en) = crate::explain::check(c, facts, dates);
        c.message_id = id;
        c.message_en = en;
    }
    for d in &mut derived {
        let (id, en) = crate::explain::derived(d, facts);
        d.message_id = id;
        d.message_en = en;
    }
    (checks, derived)
}

fn coverage(
    facts: &[Fact],
    parts: &[Vec<usize>],
    ri: usize,
    checks: &mut Vec<Check>,
    derived: &mut Vec<Derived>,
) {
    let r = &facts[ri];
    let p = partner(facts, r, Metric::Participants);
    let w = partner(facts, r, Metric::Workforce);
    match (p, w) {
        (Some(pi), Some(wi)) if !same_span(&facts[pi], &facts[wi]) => {
            let (pf, wf) = (&facts[pi], &facts[wi]);
            if wf.value <= 0.0 {
                return;
            }
            let ratio = |t: bool| Interval::of(pf, t).percent_of(&Interval::of(wf, t));
            checks.push(
                Draft {
                    kind: CheckKind::Coverage,
                    terms: vec![
                        Term { role: Role::Participants, fact: pi },
                        Term { role: Role::Workforce, fact: wi },
                        Term { role: Role::CoverageRate, fact: ri },
                    ],
                    stated: r.value,
                    computed: pf.value / wf.value * 100.0,
                    strict: (ratio(false), Interval::of(r, false)),
                    lenient: Some((ratio(true), Interval::of(r, true), Reading::Truncated)),
                }
                .finish(facts),
            );
        }
        (Some(pi), None) if r.approx == Approx::Exact && r.value > 0.0 => {
            // The workforce the article implies: participants / rate. A total
            // whose listed parts are exact is better read from their sum.
            let listed = &parts[pi];
            let (participants, mut from, from_parts) = if listed.len() >= 2 {
                (listed.iter().map(|&j| facts[j].value).sum(), listed.clone(), true)
            } else {
                (facts[pi].value, vec![pi], false)
            };
            from.push(ri);
            derived.push(Derived {
                metric: Metric::Workforce,
                value: (participants / r.value * 100.0).round(),
                kind: Kind::Count,
                region: r.region,
                segment: r.segment,
                period: r.period.clone().or_else(|| facts[pi].period.clone()),
                from,
                formula: Formula::ImpliedWorkforce { from_parts },
                base: Some(participants),
                message_id: String::new(),
                message_en: String::new(),
            });
        }
        _ => {}
    }
}

/// A stated uncovered count against workforce - participants, or, where the
/// article states a coverage rate but no participants, against workforce ×
/// (100 - rate).
fn difference(facts: &[Fact], ui: usize, checks: &mut Vec<Check>) {
    let u = &facts[ui];
    let Some(wi) = partner(facts, u, Metric::Workforce) else { return };
    let w = &facts[wi];
    if let Some(pi) = partner(facts, u, Metric::Participants).filter(|&pi| !same_span(&facts[pi], w)) {
        let p = &facts[pi];
        let diff = |t: bool| Interval::of(w, t).sub(&Interval::of(p, t));
        checks.push(
            Draft {
                kind: CheckKind::Difference,
                terms: vec![
                    Term { role: Role::Workforce, fact: wi },
                    Term { role: Role::Participants, fact: pi },
                    Term { role: Role::Uncovered, fact: ui },
                ],
                stated: u.value,
                computed: w.value - p.value,
                strict: (diff(false), Interval::of(u, false)),
                lenient: Some((diff(true), Interval::of(u, true), Reading::Truncated)),
            }
            .finish(facts),
        );
    } else if let Some(ri) = partner(facts, u, Metric::CoverageRate) {
        let r = &facts[ri];
        let rest = |t: bool| Interval::of(w, t).times_rate(&Interval::of(r, t).complement());
        checks.push(
            Draft {
                kind: CheckKind::Difference,
                terms: vec![
                    Term { role: Role::Workforce, fact: wi },
                    Term { role: Role::CoverageRate, fact: ri },
                    Term { role: Role::Uncovered, fact: ui },
                ],
                stated: u.value,
                computed: w.value * (100.0 - r.value) / 100.0,
                strict: (rest(false), Interval::of(u, false)),
                lenient: Some((rest(true), Interval::of(u, true), Reading::Truncated)),
            }
            .finish(facts),
        );
    }
}

/// Every way the other facts give the uncovered share: 100 - the stated
/// coverage; uncovered / workforce; and, when neither is stated, 100 -
/// participants / workforce. Each gives its own check, so a rate that agrees
/// with one figure and not another shows both.
fn complement(facts: &[Fact], ui: usize, checks: &mut Vec<Check>) {
    let u = &facts[ui];
    let mut drafts: Vec<Draft> = Vec::new();
    let draft = |terms: Vec<Term>, computed: f64, strict: Interval, lenient: Interval| Draft {
        kind: CheckKind::Complement,
        terms,
        stated: u.value,
        computed,
        strict: (strict, Interval::of(u, false)),
        lenient: Some((lenient, Interval::of(u, true), Reading::Truncated)),
    };
    if let Some(ri) = partner(facts, u, Metric::CoverageRate) {
        let r = &facts[ri];
        drafts.push(draft(
            vec![Term { role: Role::CoverageRate, fact: ri }, Term { role: Role::UncoveredRate, fact: ui }],
            100.0 - r.value,
            Interval::of(r, false).complement(),
            Interval::of(r, true).complement(),
        ));
    }
    let workforce = partner(facts, u, Metric::Workforce);
    if let (Some(ci), Some(wi)) = (partner(facts, u, Metric::Uncovered), workforce) {
        let (c, w) = (&facts[ci], &facts[wi]);
        if w.value > 0.0 && !same_span(c, w) {
            drafts.push(draft(
                vec![
                    Term { role: Role::Uncovered, fact: ci },
                    Term { role: Role::Workforce, fact: wi },
                    Term { role: Role::UncoveredRate, fact: ui },
                ],
                c.value / w.value * 100.0,
                Interval::of(c, false).percent_of(&Interval::of(w, false)),
                Interval::of(c, true).percent_of(&Interval::of(w, true)),
            ));
        }
    }
    if drafts.is_empty() {
        if let (Some(pi), Some(wi)) = (partner(facts, u, Metric::Participants), workforce) {
            let (p, w) = (&facts[pi], &facts[wi]);
            if w.value > 0.0 && !same_span(p, w) {
                drafts.push(draft(
                    vec![
                        Term { role: Role::Participants, fact: pi },
                        Term { role: Role::Workforce, fact: wi },
                        Term { role: Role::UncoveredRate, fact: ui },
                    ],
                    100.0 - p.value / w.value * 100.0,
                    Interval::of(p, false).percent_of(&Interval::of(w, false)).complement(),
                    Interval::of(p, true).percent_of(&Interval::of(w, true)).complement(),
                ));
            }
        }
    }
    checks.extend(drafts.into_iter().map(|d| d.finish(facts)));
}

/// The same period a year earlier: `2024` -> `2023`, `2021-08` -> `2020-08`,
/// `2021-08-31` -> `2020-08-31`.
fn previous_year(label: &str) -> Option<String> {
    let year: i32 = label.get(..4)?.parse().ok()?;
    let rest = &label[4..];
    (rest.is_empty() || rest.starts_with('-')).then(|| format!("{}{rest}", year - 1))
}

fn growth(facts: &[Fact], gi: usize, checks: &mut Vec<Check>, derived: &mut Vec<Derived>) {
    let g = &facts[gi];
    let Some(xi) = g.change_of.filter(|&x| x < facts.len() && x != gi) else { return };
    let x = &facts[xi];
    let earlier = x.period.as_deref().and_then(previous_year);
    // The figure compared with: the one the article names as such, else the
    // same figure a year earlier.
    let old = g.change_from.filter(|&y| y < facts.len() && y != xi).or_else(|| {
        near(facts, x).find(|&j| {
            let y = &facts[j];
            j != xi
                && y.metric == x.metric
                && y.region == x.region
                && y.segment == x.segment
                && y.program == x.program
                && y.period.is_some()
                && y.period == earlier
        })
    });
    match old {
        Some(yi) if facts[yi].value > 0.0 => {
            let y = &facts[yi];
            let ratio = |t: bool| {
                let (a, b) = (Interval::of(x, t), Interval::of(y, t));
                if b.lo <= 0.0 {
                    return Interval { lo: f64::NEG_INFINITY, hi: f64::INFINITY };
                }
                Interval { lo: (a.lo / b.hi - 1.0) * 100.0, hi: (a.hi / b.lo - 1.0) * 100.0 }
            };
            checks.push(
                Draft {
                    kind: CheckKind::Growth,
                    terms: vec![
                        Term { role: Role::Earlier, fact: yi },
                        Term { role: Role::Later, fact: xi },
                        Term { role: Role::Change, fact: gi },
                    ],
                    stated: g.value,
                    computed: (x.value / y.value - 1.0) * 100.0,
                    strict: (ratio(false), Interval::of(g, false)),
                    lenient: Some((ratio(true), Interval::of(g, true), Reading::Truncated)),
                }
                .finish(facts),
            );
        }
        _ if g.value > -100.0 && x.value > 0.0 => {
            // No earlier figure stated: the one the change implies.
            let value = x.value / (1.0 + g.value / 100.0);
            let value = if x.kind == Kind::Percent { (value * 100.0).round() / 100.0 } else { value.round() };
            derived.push(Derived {
                metric: x.metric,
                value,
                kind: x.kind,
                region: x.region,
                segment: x.segment,
                period: earlier,
                from: vec![xi, gi],
                formula: Formula::EarlierValue,
                base: None,
                message_id: String::new(),
                message_en: String::new(),
            });
        }
        _ => {}
    }
}

/// A figure stated again with another value (`Rp797.995.853.173` ... `Klaim
/// sejumlah kurang lebih Rp700 miliar itu`): does the second wording allow the first value?
fn restatement(facts: &[Fact], oi: usize, ri: usize, checks: &mut Vec<Check>) {
    let (o, r) = (&facts[oi], &facts[ri]);
    if o.kind != r.kind || same_span(o, r) {
        return;
    }
    checks.push(
        Draft {
            kind: CheckKind::Restatement,
            terms: vec![Term { role: Role::First, fact: oi }, Term { role: Role::Restated, fact: ri }],
            stated: r.value,
            computed: o.value,
            strict: (Interval::of(o, false), Interval::of(r, false)),
            lenient: Some((Interval::of(o, true), Interval::of(r, true), Reading::Truncated)),
        }
        .finish(facts),
    );
}

/// A stated number of workers still to register (`masih harus menambah
/// 176.502 peserta lagi`) against target rate × workforce - participants;
/// where the article states an earlier target, also counted from that
/// target's level (a warning if only that reading meets).
fn stated_gap(facts: &[Fact], gi: usize, checks: &mut Vec<Check>) {
    let g = &facts[gi];
    // The target: in the same region and segment, the nearest (any period).
    let targets: Vec<usize> = near(facts, g)
        .filter(|&i| {
            let t = &facts[i];
            t.metric == Metric::TargetRate && t.region == g.region && t.segment == g.segment
        })
        .collect();
    let Some(&ti) = targets.iter().min_by_key(|&&i| {
        (facts[i].sentence.abs_diff(g.sentence), facts[i].spans[0].start.abs_diff(g.spans[0].start))
    }) else {
        return;
    };
    let t = &facts[ti];
    let scoped = |m: Metric| {
        near(facts, g)
            .filter(|&i| {
                let f = &facts[i];
                f.metric == m && f.region == g.region && f.segment == g.segment
            })
            .min_by_key(|&i| facts[i].spans[0].start.abs_diff(g.spans[0].start))
    };
    // The participants today: those stated with the coverage rate, else the nearest.
    let with_rate = near(facts, g).find(|&i| {
        let f = &facts[i];
        f.metric == Metric::Participants
            && f.region == g.region
            && f.segment == g.segment
            && facts
                .iter()
                .any(|r| r.metric == Metric::CoverageRate && r.sentence == f.sentence && r.region == f.region)
    });
    let (Some(wi), Some(pi)) =
        (scoped(Metric::Workforce), with_rate.or_else(|| scoped(Metric::Participants)))
    else {
        return;
    };
    let (w, p) = (&facts[wi], &facts[pi]);
    let needed = |t_: bool| Interval::of(w, t_).times_rate(&Interval::of(t, t_)).sub(&Interval::of(p, t_));
    // An earlier target of the same place: the gap may be counted from its level.
    let earlier = targets
        .iter()
        .copied()
        .filter(|&i| {
            let e = &facts[i];
            i != ti
                && t.target_year.is_some()
                && match e.target_year {
                    Some(y) => Some(y) < t.target_year,
                    // `Tahun ini ... 32,62 persen` before `pada 2025 ... 38,39 persen`.
                    None => e.spans[0].start < t.spans[0].start,
                }
        })
        .max_by_key(|&i| facts[i].spans[0].start);
    let lenient = match earlier {
        Some(ei) => {
            let e = &facts[ei];
            let from_level = |t_: bool| {
                Interval::of(w, t_)
                    .times_rate(&Interval::of(t, t_))
                    .sub(&Interval::of(w, t_).times_rate(&Interval::of(e, t_)))
            };
            if needed(true).meets(&Interval::of(g, true)) {
                Some((needed(true), Interval::of(g, true), Reading::Truncated))
            } else {
                Some((from_level(true), Interval::of(g, true), Reading::FromPreviousTarget))
            }
        }
        None => Some((needed(true), Interval::of(g, true), Reading::Truncated)),
    };
    let mut terms = vec![
        Term { role: Role::TargetRate, fact: ti },
        Term { role: Role::Workforce, fact: wi },
        Term { role: Role::Participants, fact: pi },
    ];
    if let (Some(ei), Some((_, _, Reading::FromPreviousTarget))) = (earlier, &lenient) {
        terms.push(Term { role: Role::PreviousTargetRate, fact: ei });
    }
    terms.push(Term { role: Role::ToRegister, fact: gi });
    checks.push(
        Draft {
            kind: CheckKind::TargetGap,
            terms,
            stated: g.value,
            computed: w.value * t.value / 100.0 - p.value,
            strict: (needed(false), Interval::of(g, false)),
            lenient,
        }
        .finish(facts),
    );
}

fn parts_sum(facts: &[Fact], all_parts: &[Vec<usize>], checks: &mut Vec<Check>) {
    for (ti, t) in facts.iter().enumerate() {
        // One part per segment, program or region: a later figure for the same
        // one is a subset (`di antara peserta BPU tersebut ...`), not another part.
        // A breakdown by region and one by segment or program are checked apart.
        let mut by_region: Vec<usize> = Vec::new();
        let mut by_kind: Vec<usize> = Vec::new();
        for &j in &all_parts[ti] {
            let key = |f: &Fact| (f.segment, f.program, f.region);
            let group = if facts[j].region != t.region { &mut by_region } else { &mut by_kind };
            if !group.iter().any(|&p| key(&facts[p]) == key(&facts[j])) && !same_span(&facts[j], t) {
                group.push(j);
            }
        }
        for parts in [by_kind, by_region] {
            if parts.len() >= 2 {
                check_parts(facts, ti, &parts, checks);
            }
        }
    }
}

/// One breakdown of the total `ti` into `parts`.
fn check_parts(facts: &[Fact], ti: usize, parts: &[usize], checks: &mut Vec<Check>) {
    let t = &facts[ti];
    let sum = |truncated: bool| {
        parts.iter().fold(Interval::point(0.0), |acc, &j| acc.add(&Interval::of(&facts[j], truncated)))
    };
    // A list that does not name every segment, program or region may leave one out.
    let named = parts.len();
    let first = &facts[parts[0]];
    let by_region = first.region != t.region;
    let possible = if by_region {
        let (outer, level) = (t.region.unwrap_or(0), first.region.map(|r| regions::get(r).level));
        regions::all()
            .iter()
            .enumerate()
            .filter(|(id, r)| {
                tier(Some(r.level)) == tier(level) && *id != outer && regions::contains(outer, *id)
            })
            .count()
    } else {
        match t.metric {
            Metric::BenefitsPaid | Metric::Beneficiaries => 6, // JHT, JKK, JKM, JP, JKP, beasiswa
            _ => 4,                                            // formal, informal, construction, migrant
        }
    };
    let strict = sum(false).meets(&Interval::of(t, false));
    let truncated = sum(true).meets(&Interval::of(t, true));
    let incomplete =
        named < possible && Interval { lo: sum(false).lo, hi: f64::INFINITY }.meets(&Interval::of(t, false));
    // Some regions of a larger one (`lima kabupaten/kota`) that sum to less
    // than its total are a selection, not a breakdown: nothing to check.
    if by_region && named < possible && !strict && !truncated && sum(false).hi < Interval::of(t, false).lo {
        return;
    }
    let lenient = if truncated {
        Some((sum(true), Interval::of(t, true), Reading::Truncated))
    } else if incomplete {
        Some((
            Interval { lo: sum(false).lo, hi: f64::INFINITY },
            Interval::of(t, false),
            Reading::IncompleteList,
        ))
    } else {
        None
    };
    let mut terms: Vec<Term> = parts.iter().map(|&j| Term { role: Role::Part, fact: j }).collect();
    terms.push(Term { role: Role::Total, fact: ti });
    checks.push(
        Draft {
            kind: CheckKind::PartsSum,
            terms,
            stated: t.value,
            computed: parts.iter().map(|&j| facts[j].value).sum(),
            strict: (sum(false), Interval::of(t, false)),
            lenient,
        }
        .finish(facts),
    );
}

/// Regencies and cities are one tier of government.
fn tier(level: Option<regions::Level>) -> Option<u8> {
    level.map(|l| match l {
        regions::Level::Nation => 0,
        regions::Level::Area => 1,
        regions::Level::Province => 2,
        regions::Level::Regency | regions::Level::City => 3,
    })
}

/// The change between a figure and the same figure a year earlier, where the
/// article states both but not the change.
fn implied_growth(facts: &[Fact], derived: &mut Vec<Derived>) {
    let mut changed = vec![false; facts.len()];
    for g in facts {
        if let Some(x) = g.change_of.filter(|&x| x < facts.len()) {
            changed[x] = true;
        }
    }
    for (xi, x) in facts.iter().enumerate() {
        if x.kind == Kind::Percent || changed[xi] {
            continue;
        }
        let Some(earlier) = x.period.as_deref().and_then(previous_year) else { continue };
        let Some(yi) = near(facts, x).find(|&j| {
            let y = &facts[j];
            y.metric == x.metric
                && y.region == x.region
                && y.segment == x.segment
                && y.program == x.program
                && y.period.as_deref() == Some(earlier.as_str())
                && y.value > 0.0
        }) else {
            continue;
        };
        let value = (x.value / facts[yi].value - 1.0) * 100.0;
        derived.push(Derived {
            metric: Metric::GrowthRate,
            value: (value * 100.0).round() / 100.0,
            kind: Kind::Percent,
            region: x.region,
            segment: x.segment,
            period: x.period.clone(),
            from: vec![yi, xi],
            formula: Formula::Change,
            base: None,
            message_id: String::new(),
            message_en: String::new(),
        });
    }
}

/// Where the article gives participants and workforce: the coverage (when it
/// states no rate) and the workers not covered (when it states no count).
fn segment_coverage(facts: &[Fact], derived: &mut Vec<Derived>) {
    for (wi, w) in facts.iter().enumerate().filter(|(_, f)| f.metric == Metric::Workforce && f.value > 0.0) {
        let Some(pi) = partner(facts, w, Metric::Participants) else { continue };
        let p = &facts[pi];
        let value = p.value / w.value * 100.0;
        let stated_rate = partner(facts, w, Metric::CoverageRate).is_some();
        let period = w.period.clone().or_else(|| p.period.clone());
        if !stated_rate {
            derived.push(Derived {
                metric: Metric::CoverageRate,
                value: (value * 100.0).round() / 100.0,
                kind: Kind::Percent,
                region: w.region,
                segment: w.segment,
                period: period.clone(),
                from: vec![pi, wi],
                formula: Formula::Coverage,
                base: None,
                message_id: String::new(),
                message_en: String::new(),
            });
        }
        if partner(facts, w, Metric::Uncovered).is_none() && w.value >= p.value {
            derived.push(Derived {
                metric: Metric::Uncovered,
                value: w.value - p.value,
                kind: Kind::Count,
                region: w.region,
                segment: w.segment,
                period,
                from: vec![wi, pi],
                formula: Formula::Uncovered,
                base: None,
                message_id: String::new(),
                message_en: String::new(),
            });
        }
    }
}

/// The gap between a region's coverage and its target: in points (derived
/// `target_gap`), in workers still to register (derived `to_register`, from the
/// stated workforce or the one the coverage implies), and, where the article
/// states the participants the target needs, a `target_gap` check of that number
/// against target × workforce.
fn target_gap(facts: &[Fact], checks: &mut Vec<Check>, derived: &mut Vec<Derived>) {
    for (ti, t) in facts.iter().enumerate().filter(|(_, f)| f.metric == Metric::TargetRate) {
        let r = near(facts, t)
            .filter(|&i| {
                let f = &facts[i];
                f.metric == Metric::CoverageRate && f.region == t.region && f.segment == t.segment
            })
            .min_by_key(|&i| facts[i].spans[0].start.abs_diff(t.spans[0].start));
        if let Some(ri) = r {
            let rf = &facts[ri];
            derived.push(Derived {
                metric: Metric::TargetGap,
                value: ((t.value - rf.value) * 100.0).round() / 100.0,
                kind: Kind::Percent,
                region: t.region,
                segment: t.segment,
                period: rf.period.clone(),
                from: vec![ri, ti],
                formula: Formula::TargetGap,
                base: None,
                message_id: String::new(),
                message_en: String::new(),
            });
        }
        // The workforce: stated, else implied by participants and coverage.
        let scope = r.map_or(t, |ri| &facts[ri]);
        let p = partner(facts, scope, Metric::Participants);
        let w = partner(facts, scope, Metric::Workforce);
        let workforce = match (w, p, r) {
            (Some(wi), _, _) => Some((facts[wi].value, vec![wi], false)),
            (None, Some(pi), Some(ri)) if facts[ri].value > 0.0 => {
                Some(((facts[pi].value / facts[ri].value * 100.0).round(), vec![pi, ri], true))
            }
            _ => None,
        };
        let Some((workforce, mut from, implied)) = workforce else { continue };
        let tp =
            partner(facts, t, Metric::TargetParticipants).filter(|&i| facts[i].target_year == t.target_year);
        if let (Some(tpi), Some(wi)) = (tp, w) {
            let (tp, wf) = (&facts[tpi], &facts[wi]);
            let needed =
                |truncated: bool| Interval::of(wf, truncated).times_rate(&Interval::of(t, truncated));
            checks.push(
                Draft {
                    kind: CheckKind::TargetGap,
                    terms: vec![
                        Term { role: Role::TargetRate, fact: ti },
                        Term { role: Role::Workforce, fact: wi },
                        Term { role: Role::TargetParticipants, fact: tpi },
                    ],
                    stated: tp.value,
                    computed: t.value * wf.value / 100.0,
                    strict: (needed(false), Interval::of(tp, false)),
                    lenient: Some((needed(true), Interval::of(tp, true), Reading::Truncated)),
                }
                .finish(facts),
            );
        }
        let Some(pi) = p else { continue };
        let needed = (workforce * t.value / 100.0).round();
        let still = (needed - facts[pi].value).max(0.0);
        from.retain(|&i| i != pi);
        from.extend([pi, ti]);
        derived.push(Derived {
            metric: Metric::ToRegister,
            value: still,
            kind: Kind::Count,
            region: t.region,
            segment: t.segment,
            period: facts[pi].period.clone(),
            from,
            formula: Formula::ToRegister { implied },
            base: Some(workforce),
            message_id: String::new(),
            message_en: String::new(),
        });
    }
}

fn weekday(dates: &[DateMention], out: &mut Vec<Check>) {
    let mut seen = std::collections::HashSet::new();
    for (di, d) in dates.iter().enumerate() {
        let Some(stated) = d.stated_weekday else { continue };
        // The same date with the same weekday stated again (a caption, a repeat) is one finding.
        if !seen.insert((d.date.iso(), stated)) {
            continue;
        }
        let actual = d.date.weekday();
        let ok = stated == actual;
        out.push(Check {
            kind: CheckKind::Weekday,
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            reading: if ok { Reading::Rounded } else { Reading::None },
            facts: vec![],
            terms: vec![],
            date: Some(di),
            stated: stated as f64,
            computed: actual as f64,
            stated_range: Interval::point(stated as f64),
            computed_range: Interval::point(actual as f64),
            doubt: None,
            message_id: String::new(),
            message_en: String::new(),
        });
    }
}

/// Programs as the messages name them.
pub fn program_label(p: Program) -> &'static str {
    match p {
        Program::All => "",
        Program::Jht => "JHT",
        Program::Jkk => "JKK",
        Program::Jkm => "JKM",
        Program::Jp => "JP",
        Program::Jkp => "JKP",
        Program::Beasiswa => "beasiswa",
    }
}
