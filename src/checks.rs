//! Stage 7: checks. Decides whether the article's own figures agree with each
//! other, and what they imply.
//!
//! Every stated figure stands for the interval its wording allows ([`Reading`]):
//! `41,30 persen` is [41,295; 41,305] when read as rounded, `3,2 juta` is
//! [3,15; 3,25] juta rounded and [3,2; 3,3] juta truncated, a count printed to
//! the unit (`7.996.826`) is exactly itself, `sekitar` widens a count by ±5 % and
//! a percentage by half a point (or one printed step), `lebih dari X` is (X, ∞). A check computes with intervals and is
//! `consistent` when the computed and stated intervals meet under the strict
//! reading (rounded figures, complete lists), `warning` when they meet only under
//! a lenient one (truncated figures, a list that may leave a part out), and
//! `inconsistent` when no reading makes them meet.
//!
//! Checks compare facts of the same region and segment whose periods agree (or
//! are unstated). They never see raw text: only facts and dates. Derived figures
//! (implied workforce, coverage per segment, uncovered count, the target gap) are
//! computed here too and kept apart from what the article states.

use crate::dates::{DateMention, WEEKDAYS, WEEKDAYS_EN};
use crate::facts::{Fact, Metric, Program, Segment};
use crate::quantities::{Approx, Kind};
use crate::regions::{self, RegionId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// participants / workforce against a stated coverage rate.
    Coverage,
    /// workforce - participants against a stated uncovered count.
    Difference,
    /// 100 - coverage, or uncovered / workforce, against a stated uncovered rate.
    Complement,
    /// listed parts against their stated total.
    PartsSum,
    /// new / old - 1 against a stated change.
    Growth,
    /// target rate × workforce against the stated participants the target needs.
    TargetGap,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Figures rounded to their last printed digit; lists complete.
    Rounded,
    /// Figures cut (not rounded) after their last printed digit.
    Truncated,
    /// The listed parts may leave some out, so they may sum to less than the total.
    IncompleteList,
    /// No reading makes them meet.
    None,
}

/// One recomputation and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    pub status: Status,
    pub reading: Reading,
    /// Indices of the facts involved.
    pub facts: Vec<usize>,
    /// Index of the date involved (weekday checks).
    pub date: Option<usize>,
    pub stated: f64,
    pub computed: f64,
    pub message_id: String,
    pub message_en: String,
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
    pub message_id: String,
    pub message_en: String,
}

/// A closed interval of real numbers; infinite ends stand for open bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

/// How much `sekitar` (about) widens a count or a sum, relative to its value.
const ABOUT: f64 = 0.05;
/// How much `sekitar` widens a percentage at least, in points.
const ABOUT_POINTS: f64 = 0.5;

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    /// What a stated figure may mean. `truncated` reads it as cut after its last
    /// printed digit instead of rounded. A count or a sum of money printed to the
    /// unit (`7.996.826`, `Rp16.800`) is exact: a point, in both readings.
    pub fn of(f: &Fact, truncated: bool) -> Interval {
        let whole = f.kind != Kind::Percent && f.step <= 1.0 && f.value.fract() == 0.0;
        let top = f.high.unwrap_or(f.value);
        let (lo, hi) = if whole {
            (f.value, top)
        } else if truncated {
            (f.value, top + f.step)
        } else {
            (f.value - f.step / 2.0, top + f.step / 2.0)
        };
        match f.approx {
            Approx::Exact => Interval { lo, hi },
            Approx::About => {
                // `sekitar`: 5 % either way for counts and money; for a percentage,
                // one printed step or half a point, whichever is wider.
                let spread = match f.kind {
                    Kind::Percent => f.step.max(ABOUT_POINTS),
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

    /// `100 - self`.
    pub fn complement(&self) -> Interval {
        Interval { lo: 100.0 - self.hi, hi: 100.0 - self.lo }
    }
}

/// The verdict: strict reading first, then the lenient ones.
fn judge(strict: bool, truncated: bool, incomplete: bool) -> (Status, Reading) {
    if strict {
        (Status::Consistent, Reading::Rounded)
    } else if truncated {
        (Status::Warning, Reading::Truncated)
    } else if incomplete {
        (Status::Warning, Reading::IncompleteList)
    } else {
        (Status::Inconsistent, Reading::None)
    }
}

fn periods_agree(a: &Fact, b: &Fact) -> bool {
    a.period.is_none() || b.period.is_none() || a.period == b.period
}

fn same_scope(a: &Fact, b: &Fact) -> bool {
    a.region == b.region && a.segment == b.segment && periods_agree(a, b)
}

/// The fact of `metric` in `f`'s scope stated nearest to `f`.
/// Looks through the [`NEAR`] facts stated before and after `f` (facts are in
/// text order), so checking stays linear however many facts an input has.
fn partner(facts: &[Fact], f: &Fact, metric: Metric) -> Option<usize> {
    near(facts, f)
        .filter(|&i| facts[i].metric == metric && same_scope(f, &facts[i]))
        .min_by_key(|&i| facts[i].spans[0].start.abs_diff(f.spans[0].start))
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

/// Runs every check over the facts and dates, and computes the derived figures.
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
            _ => {}
        }
    }
    parts_sum(facts, &parts, &mut checks);
    segment_coverage(facts, &mut derived);
    implied_growth(facts, &mut derived);
    target_gap(facts, &mut checks, &mut derived);
    (checks, derived)
}

fn pct_id(v: f64) -> String {
    format!("{} persen", fmt_id(v, 2))
}

fn pct_en(v: f64) -> String {
    format!("{v:.2}%")
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
        (Some(pi), Some(wi)) => {
            let (pf, wf) = (&facts[pi], &facts[wi]);
            let value = pf.value / wf.value * 100.0;
            let stated = Interval::of(r, false);
            let strict = Interval::of(pf, false).percent_of(&Interval::of(wf, false)).meets(&stated);
            let lenient =
                Interval::of(pf, true).percent_of(&Interval::of(wf, true)).meets(&Interval::of(r, true));
            let (status, reading) = judge(strict, lenient, false);
            let (id, en) = if status == Status::Consistent {
                (
                    format!(
                        "{} / {} = {}, sesuai dengan {} yang tertulis.",
                        fmt_id(pf.value, 0),
                        fmt_id(wf.value, 0),
                        pct_id(value),
                        pct_id(r.value)
                    ),
                    format!(
                        "{} / {} = {}, matching the stated {}.",
                        fmt_en(pf.value),
                        fmt_en(wf.value),
                        pct_en(value),
                        pct_en(r.value)
                    ),
                )
            } else {
                (
                    format!(
                        "{} / {} = {}, bukan {} (selisih {} poin).",
                        fmt_id(pf.value, 0),
                        fmt_id(wf.value, 0),
                        pct_id(value),
                        pct_id(r.value),
                        fmt_id((value - r.value).abs(), 2)
                    ),
                    format!(
                        "{} / {} = {}, not {} (off by {:.2} points).",
                        fmt_en(pf.value),
                        fmt_en(wf.value),
                        pct_en(value),
                        pct_en(r.value),
                        (value - r.value).abs()
                    ),
                )
            };
            checks.push(Check {
                kind: CheckKind::Coverage,
                status,
                reading,
                facts: vec![pi, wi, ri],
                date: None,
                stated: r.value,
                computed: value,
                message_id: id,
                message_en: en,
            });
        }
        (Some(pi), None) if r.approx == Approx::Exact && r.value > 0.0 => {
            // The workforce the article implies: participants / rate. A total
            // whose listed parts are exact is better read from their sum.
            let parts: Vec<usize> = parts[pi].clone();
            let (participants, from, how_id, how_en) = if parts.len() >= 2 {
                let sum: f64 = parts.iter().map(|&j| facts[j].value).sum();
                (sum, parts.clone(), "jumlah rincian peserta", "the sum of the listed participants")
            } else {
                (facts[pi].value, vec![pi], "jumlah peserta", "the participants")
            };
            let value = (participants / r.value * 100.0).round();
            let mut from = from;
            from.push(ri);
            derived.push(Derived {
                metric: Metric::Workforce,
                value,
                kind: Kind::Count,
                region: r.region,
                segment: r.segment,
                period: r.period.clone().or_else(|| facts[pi].period.clone()),
                from,
                message_id: format!(
                    "Jumlah pekerja tersirat: {} {} / {} = {}.",
                    how_id,
                    fmt_id(participants, 0),
                    pct_id(r.value),
                    fmt_id(value, 0)
                ),
                message_en: format!(
                    "Implied workforce: {} {} / {} = {}.",
                    how_en,
                    fmt_en(participants),
                    pct_en(r.value),
                    fmt_en(value)
                ),
            });
        }
        _ => {}
    }
}

fn difference(facts: &[Fact], ui: usize, checks: &mut Vec<Check>) {
    let u = &facts[ui];
    let (Some(wi), Some(pi)) =
        (partner(facts, u, Metric::Workforce), partner(facts, u, Metric::Participants))
    else {
        return;
    };
    let (w, p) = (&facts[wi], &facts[pi]);
    let value = w.value - p.value;
    let strict = Interval::of(w, false).sub(&Interval::of(p, false)).meets(&Interval::of(u, false));
    let lenient = Interval::of(w, true).sub(&Interval::of(p, true)).meets(&Interval::of(u, true));
    let (status, reading) = judge(strict, lenient, false);
    let diff = (value - u.value).abs();
    let (id, en) = if status == Status::Consistent {
        (
            format!("{} - {} = {}, sesuai.", fmt_id(w.value, 0), fmt_id(p.value, 0), fmt_id(value, 0)),
            format!("{} - {} = {}, as stated.", fmt_en(w.value), fmt_en(p.value), fmt_en(value)),
        )
    } else {
        (
            format!(
                "{} - {} = {}, bukan {} (selisih {}).",
                fmt_id(w.value, 0),
                fmt_id(p.value, 0),
                fmt_id(value, 0),
                fmt_id(u.value, 0),
                fmt_id(diff, 0)
            ),
            format!(
                "{} - {} = {}, not {} (off by {}).",
                fmt_en(w.value),
                fmt_en(p.value),
                fmt_en(value),
                fmt_en(u.value),
                fmt_en(diff)
            ),
        )
    };
    checks.push(Check {
        kind: CheckKind::Difference,
        status,
        reading,
        facts: vec![wi, pi, ui],
        date: None,
        stated: u.value,
        computed: value,
        message_id: id,
        message_en: en,
    });
}

/// The uncovered share a stated rate implies, as one reading of the facts:
/// (strict interval, lenient interval, value, facts used, formula id, formula en).
type Share = (Interval, Interval, f64, Vec<usize>, String, String);

/// Every way the other facts give the uncovered share: 100 - the stated
/// coverage; uncovered / workforce; and, when neither is stated, 100 -
/// participants / workforce. Each gives its own check, so a rate that agrees
/// with one figure and not another shows both.
fn complement(facts: &[Fact], ui: usize, checks: &mut Vec<Check>) {
    let u = &facts[ui];
    let mut readings: Vec<Share> = Vec::new();
    if let Some(ri) = partner(facts, u, Metric::CoverageRate) {
        let r = &facts[ri];
        readings.push((
            Interval::of(r, false).complement(),
            Interval::of(r, true).complement(),
            100.0 - r.value,
            vec![ri],
            format!("100 - {}", fmt_id(r.value, 2)),
            format!("100 - {}", r.value),
        ));
    }
    let workforce = partner(facts, u, Metric::Workforce);
    if let (Some(ci), Some(wi)) = (partner(facts, u, Metric::Uncovered), workforce) {
        let (c, w) = (&facts[ci], &facts[wi]);
        readings.push((
            Interval::of(c, false).percent_of(&Interval::of(w, false)),
            Interval::of(c, true).percent_of(&Interval::of(w, true)),
            c.value / w.value * 100.0,
            vec![ci, wi],
            format!("{} / {}", fmt_id(c.value, 0), fmt_id(w.value, 0)),
            format!("{} / {}", fmt_en(c.value), fmt_en(w.value)),
        ));
    }
    if readings.is_empty() {
        if let (Some(pi), Some(wi)) = (partner(facts, u, Metric::Participants), workforce) {
            let (p, w) = (&facts[pi], &facts[wi]);
            readings.push((
                Interval::of(p, false).percent_of(&Interval::of(w, false)).complement(),
                Interval::of(p, true).percent_of(&Interval::of(w, true)).complement(),
                100.0 - p.value / w.value * 100.0,
                vec![pi, wi],
                format!("100 - {} / {}", fmt_id(p.value, 0), fmt_id(w.value, 0)),
                format!("100 - {} / {}", fmt_en(p.value), fmt_en(w.value)),
            ));
        }
    }
    for reading in readings {
        complement_check(facts, ui, reading, checks);
    }
}

fn complement_check(facts: &[Fact], ui: usize, share: Share, checks: &mut Vec<Check>) {
    let u = &facts[ui];
    let (computed_strict, computed_lenient, value, used, how_id, how_en) = share;
    let strict = computed_strict.meets(&Interval::of(u, false));
    let lenient = computed_lenient.meets(&Interval::of(u, true));
    let (status, reading) = judge(strict, lenient, false);
    let stated_id = format!("{}{}", qualifier_id(u.approx), pct_id(u.value));
    let stated_en = format!("{}{}", qualifier_en(u.approx), pct_en(u.value));
    let (id, en) = if status == Status::Consistent {
        (
            format!("Belum terlindungi: {} = {}, sesuai dengan \"{}\".", how_id, pct_id(value), stated_id),
            format!("Not covered: {} = {}, consistent with \"{}\".", how_en, pct_en(value), stated_en),
        )
    } else {
        (
            format!("Belum terlindungi: {} = {}, bukan \"{}\".", how_id, pct_id(value), stated_id),
            format!("Not covered: {} = {}, not \"{}\".", how_en, pct_en(value), stated_en),
        )
    };
    let mut involved = used;
    involved.push(ui);
    checks.push(Check {
        kind: CheckKind::Complement,
        status,
        reading,
        facts: involved,
        date: None,
        stated: u.value,
        computed: value,
        message_id: id,
        message_en: en,
    });
}

/// `2024` -> `2023`; other labels have no known predecessor.
fn previous_year(label: &str) -> Option<String> {
    let year: i32 = label.parse().ok()?;
    Some((year - 1).to_string())
}

fn growth(facts: &[Fact], gi: usize, checks: &mut Vec<Check>, derived: &mut Vec<Derived>) {
    let g = &facts[gi];
    let Some(xi) = g.change_of else { return };
    let x = &facts[xi];
    let earlier = x.period.as_deref().and_then(previous_year);
    let old = facts.iter().enumerate().find(|(j, y)| {
        *j != xi
            && y.metric == x.metric
            && y.region == x.region
            && y.segment == x.segment
            && y.program == x.program
            && y.period.is_some()
            && y.period == earlier
    });
    let (x_id, x_en) = amount(x.value, x.kind);
    match old {
        Some((yi, y)) if y.value > 0.0 => {
            let value = (x.value / y.value - 1.0) * 100.0;
            let ratio = |truncated: bool| {
                let (a, b) = (Interval::of(x, truncated), Interval::of(y, truncated));
                if b.lo <= 0.0 {
                    return Interval { lo: f64::NEG_INFINITY, hi: f64::INFINITY };
                }
                Interval { lo: (a.lo / b.hi - 1.0) * 100.0, hi: (a.hi / b.lo - 1.0) * 100.0 }
            };
            let strict = ratio(false).meets(&Interval::of(g, false));
            let lenient = ratio(true).meets(&Interval::of(g, true));
            let (status, reading) = judge(strict, lenient, false);
            let (y_id, y_en) = amount(y.value, y.kind);
            let verdict_id = if status == Status::Consistent { "sesuai" } else { "tidak sesuai" };
            let verdict_en = if status == Status::Consistent { "consistent with" } else { "not" };
            checks.push(Check {
                kind: CheckKind::Growth,
                status,
                reading,
                facts: vec![yi, xi, gi],
                date: None,
                stated: g.value,
                computed: value,
                message_id: format!(
                    "Dari {} ke {} berubah {}, {} dengan {} yang tertulis.",
                    y_id,
                    x_id,
                    pct_id(value),
                    verdict_id,
                    pct_id(g.value)
                ),
                message_en: format!(
                    "From {} to {} is a change of {}, {} the stated {}.",
                    y_en,
                    x_en,
                    pct_en(value),
                    verdict_en,
                    pct_en(g.value)
                ),
            });
        }
        _ if g.value > -100.0 && x.value > 0.0 => {
            // No earlier figure stated: the one the change implies.
            let value = x.value / (1.0 + g.value / 100.0);
            let value = if x.kind == Kind::Percent { (value * 100.0).round() / 100.0 } else { value.round() };
            let (v_id, v_en) = amount(value, x.kind);
            derived.push(Derived {
                metric: x.metric,
                value,
                kind: x.kind,
                region: x.region,
                segment: x.segment,
                period: earlier,
                from: vec![xi, gi],
                message_id: format!(
                    "Nilai sebelumnya yang tersirat: {} / (1 + {}) = {}.",
                    x_id,
                    pct_id(g.value),
                    v_id
                ),
                message_en: format!(
                    "Implied earlier value: {} / (1 + {}) = {}.",
                    x_en,
                    pct_en(g.value),
                    v_en
                ),
            });
        }
        _ => {}
    }
}

fn qualifier_id(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "",
        Approx::About => "sekitar ",
        Approx::Over => "lebih dari ",
        Approx::Under => "kurang dari ",
        Approx::UpTo => "hingga ",
    }
}

fn qualifier_en(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "",
        Approx::About => "about ",
        Approx::Over => "over ",
        Approx::Under => "under ",
        Approx::UpTo => "up to ",
    }
}

/// A money or count value for a message, in Indonesian and English.
fn amount(v: f64, kind: Kind) -> (String, String) {
    match kind {
        Kind::Money => (rupiah_id(v), rupiah_en(v)),
        Kind::Percent => (pct_id(v), pct_en(v)),
        Kind::Count => (fmt_id(v, 0), fmt_en(v)),
    }
}

/// A stated figure as the article printed it: a count read with a scale word
/// (`3,2 juta`, step 100 000) keeps its scale and precision.
fn stated(f: &Fact) -> (String, String) {
    if f.kind == Kind::Count && f.step >= 1000.0 {
        let (scale, id, en) =
            if f.value >= 1e6 { (1e6, "juta", "million") } else { (1e3, "ribu", "thousand") };
        let decimals = (scale / f.step).log10().round().max(0.0) as usize;
        let n = f.value / scale;
        return (format!("{} {id}", fmt_id(n, decimals)), format!("{n:.decimals$} {en}"));
    }
    amount(f.value, f.kind)
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
            if !group.iter().any(|&p| key(&facts[p]) == key(&facts[j])) {
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
    {
        let value: f64 = parts.iter().map(|&j| facts[j].value).sum();
        let sum = |truncated: bool| {
            parts.iter().fold(Interval::point(0.0), |acc, &j| acc.add(&Interval::of(&facts[j], truncated)))
        };
        let strict = sum(false).meets(&Interval::of(t, false));
        let lenient = sum(true).meets(&Interval::of(t, true));
        // A list that does not name every segment, program or region may leave one out.
        let named = parts.len();
        let first = &facts[parts[0]];
        let possible = if first.region != t.region {
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
        let incomplete = named < possible
            && Interval { lo: sum(false).lo, hi: f64::INFINITY }.meets(&Interval::of(t, false));
        let by_region = first.region != t.region;
        // Some regions of a larger one (`lima kabupaten/kota`) that sum to less
        // than its total are a selection, not a breakdown: nothing to check.
        if by_region && named < possible && !strict && !lenient && sum(false).hi < Interval::of(t, false).lo {
            return;
        }
        let (status, reading) = judge(strict, lenient, incomplete);
        let (names_id, names_en): (Vec<String>, Vec<String>) =
            parts.iter().map(|&j| part_name(&facts[j], t)).unzip();
        let (v_id, v_en) = amount(value, t.kind);
        let (t_id, t_en) = stated(t);
        let (t_id, t_en) =
            (format!("{}{}", qualifier_id(t.approx), t_id), format!("{}{}", qualifier_en(t.approx), t_en));
        let (id, en) = match reading {
            Reading::Rounded => (
                format!("{} = {}, sesuai dengan total {}.", names_id.join(" + "), v_id, t_id),
                format!("{} = {}, consistent with the total of {}.", names_en.join(" + "), v_en, t_en),
            ),
            Reading::Truncated => (
                format!(
                    "{} = {}; total \"{}\" hanya cocok bila angkanya dipotong, bukan dibulatkan.",
                    names_id.join(" + "),
                    v_id,
                    t_id
                ),
                format!(
                    "{} = {}; the total \"{}\" holds only if it was truncated, not rounded.",
                    names_en.join(" + "),
                    v_en,
                    t_en
                ),
            ),
            Reading::IncompleteList => (
                format!(
                    "{} = {}, kurang dari total \"{}\"; rinciannya mungkin tidak lengkap.",
                    names_id.join(" + "),
                    v_id,
                    t_id
                ),
                format!(
                    "{} = {}, short of the total \"{}\"; the list may be incomplete.",
                    names_en.join(" + "),
                    v_en,
                    t_en
                ),
            ),
            Reading::None => (
                format!("{} = {}, tidak cocok dengan total \"{}\".", names_id.join(" + "), v_id, t_id),
                format!("{} = {}, which does not match the total \"{}\".", names_en.join(" + "), v_en, t_en),
            ),
        };
        let mut involved = parts.to_vec();
        involved.push(ti);
        checks.push(Check {
            kind: CheckKind::PartsSum,
            status,
            reading,
            facts: involved,
            date: None,
            stated: t.value,
            computed: value,
            message_id: id,
            message_en: en,
        });
    }
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

/// A listed part as the messages name it: its label and value (`JHT Rp786
/// miliar`, `PU 1.953.661`, `Jawa Tengah 4.871.204`), in Indonesian and English.
fn part_name(f: &Fact, total: &Fact) -> (String, String) {
    let label = if f.region != total.region {
        f.region.map(|r| regions::get(r).name)
    } else {
        match (f.program, f.segment) {
            (Some(Program::Jht), _) => Some("JHT"),
            (Some(Program::Jkk), _) => Some("JKK"),
            (Some(Program::Jkm), _) => Some("JKM"),
            (Some(Program::Jp), _) => Some("JP"),
            (Some(Program::Jkp), _) => Some("JKP"),
            (Some(Program::Beasiswa), _) => Some("beasiswa"),
            (_, Segment::Formal) => Some("PU"),
            (_, Segment::Informal) => Some("BPU"),
            (_, Segment::Construction) => Some("jakon"),
            (_, Segment::Migrant) => Some("PMI"),
            _ => None,
        }
    };
    let (id, en) = stated(f);
    match label {
        Some(l) => (format!("{l} {id}"), format!("{l} {en}")),
        None => (id, en),
    }
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
        let Some((yi, y)) = near(facts, x).map(|j| (j, &facts[j])).find(|(_, y)| {
            y.metric == x.metric
                && y.region == x.region
                && y.segment == x.segment
                && y.program == x.program
                && y.period.as_deref() == Some(earlier.as_str())
                && y.value > 0.0
        }) else {
            continue;
        };
        let value = (x.value / y.value - 1.0) * 100.0;
        let (x_id, x_en) = amount(x.value, x.kind);
        let (y_id, y_en) = amount(y.value, y.kind);
        derived.push(Derived {
            metric: Metric::GrowthRate,
            value: (value * 100.0).round() / 100.0,
            kind: Kind::Percent,
            region: x.region,
            segment: x.segment,
            period: x.period.clone(),
            from: vec![yi, xi],
            message_id: format!("Perubahan: {} ke {} = {}.", y_id, x_id, pct_id(value)),
            message_en: format!("Change: {} to {} = {}.", y_en, x_en, pct_en(value)),
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
        derived.extend((!stated_rate).then(|| Derived {
            metric: Metric::CoverageRate,
            value: (value * 100.0).round() / 100.0,
            kind: Kind::Percent,
            region: w.region,
            segment: w.segment,
            period: w.period.clone().or_else(|| p.period.clone()),
            from: vec![pi, wi],
            message_id: format!(
                "Cakupan: {} / {} = {}.",
                fmt_id(p.value, 0),
                fmt_id(w.value, 0),
                pct_id(value)
            ),
            message_en: format!("Coverage: {} / {} = {}.", fmt_en(p.value), fmt_en(w.value), pct_en(value)),
        }));
        if partner(facts, w, Metric::Uncovered).is_none() && w.value >= p.value {
            let gap = w.value - p.value;
            derived.push(Derived {
                metric: Metric::Uncovered,
                value: gap,
                kind: Kind::Count,
                region: w.region,
                segment: w.segment,
                period: w.period.clone().or_else(|| p.period.clone()),
                from: vec![wi, pi],
                message_id: format!(
                    "Belum terlindungi: {} - {} = {} pekerja.",
                    fmt_id(w.value, 0),
                    fmt_id(p.value, 0),
                    fmt_id(gap, 0)
                ),
                message_en: format!(
                    "Not covered: {} - {} = {} workers.",
                    fmt_en(w.value),
                    fmt_en(p.value),
                    fmt_en(gap)
                ),
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
            let points = t.value - rf.value;
            derived.push(Derived {
                metric: Metric::TargetGap,
                value: (points * 100.0).round() / 100.0,
                kind: Kind::Percent,
                region: t.region,
                segment: t.segment,
                period: rf.period.clone(),
                from: vec![ri, ti],
                message_id: format!(
                    "Selisih ke target: {} - {} = {} poin.",
                    pct_id(t.value),
                    pct_id(rf.value),
                    fmt_id(points, 2)
                ),
                message_en: format!(
                    "Gap to target: {} - {} = {:.2} points.",
                    pct_en(t.value),
                    pct_en(rf.value),
                    points
                ),
            });
        }
        // The workforce: stated, else implied by participants and coverage.
        let scope = r.map_or(t, |ri| &facts[ri]);
        let p = partner(facts, scope, Metric::Participants);
        let w = partner(facts, scope, Metric::Workforce);
        let workforce = match (w, p, r) {
            (Some(wi), _, _) => Some((facts[wi].value, vec![wi])),
            (None, Some(pi), Some(ri)) if facts[ri].value > 0.0 => {
                Some(((facts[pi].value / facts[ri].value * 100.0).round(), vec![pi, ri]))
            }
            _ => None,
        };
        let Some((workforce, mut from)) = workforce else { continue };
        if let Some(tpi) = partner(facts, t, Metric::TargetParticipants).filter(|_| w.is_some()) {
            let tp = &facts[tpi];
            let wf = &facts[w.expect("stated workforce")];
            let value = t.value * wf.value / 100.0;
            let needed = |truncated: bool| {
                let (a, b) = (Interval::of(t, truncated), Interval::of(wf, truncated));
                Interval { lo: a.lo * b.lo / 100.0, hi: a.hi * b.hi / 100.0 }
            };
            let strict = needed(false).meets(&Interval::of(tp, false));
            let lenient = needed(true).meets(&Interval::of(tp, true));
            let (status, reading) = judge(strict, lenient, false);
            let verdict_id = if status == Status::Consistent { "sesuai dengan" } else { "bukan" };
            let verdict_en = if status == Status::Consistent { "consistent with" } else { "not" };
            checks.push(Check {
                kind: CheckKind::TargetGap,
                status,
                reading,
                facts: vec![ti, w.expect("stated workforce"), tpi],
                date: None,
                stated: tp.value,
                computed: value,
                message_id: format!(
                    "Target {} dari {} pekerja = {} peserta, {} {} yang tertulis.",
                    pct_id(t.value),
                    fmt_id(wf.value, 0),
                    fmt_id(value, 0),
                    verdict_id,
                    fmt_id(tp.value, 0)
                ),
                message_en: format!(
                    "A {} target of {} workers is {} participants, {} the stated {}.",
                    pct_en(t.value),
                    fmt_en(wf.value),
                    fmt_en(value),
                    verdict_en,
                    fmt_en(tp.value)
                ),
            });
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
            message_id: format!(
                "Pekerja yang masih harus didaftarkan untuk target {}: {} x {} - {} = {}.",
                pct_id(t.value),
                pct_id(t.value),
                fmt_id(workforce, 0),
                fmt_id(facts[pi].value, 0),
                fmt_id(still, 0)
            ),
            message_en: format!(
                "Workers still to register for the {} target: {} x {} - {} = {}.",
                pct_en(t.value),
                pct_en(t.value),
                fmt_en(workforce),
                fmt_en(facts[pi].value),
                fmt_en(still)
            ),
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
            date: Some(di),
            stated: stated as f64,
            computed: actual as f64,
            message_id: if ok {
                format!("{} memang hari {}.", fmt_date_id(d), WEEKDAYS[actual as usize])
            } else {
                format!(
                    "{} jatuh pada hari {}, bukan {}.",
                    fmt_date_id(d),
                    WEEKDAYS[actual as usize],
                    WEEKDAYS[stated as usize]
                )
            },
            message_en: if ok {
                format!("{} is indeed a {}.", d.date.iso(), WEEKDAYS_EN[actual as usize])
            } else {
                format!(
                    "{} is a {}, not a {}.",
                    d.date.iso(),
                    WEEKDAYS_EN[actual as usize],
                    WEEKDAYS_EN[stated as usize]
                )
            },
        });
    }
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

fn fmt_date_id(d: &DateMention) -> String {
    format!("{} {} {}", d.date.day, MONTHS_ID[(d.date.month - 1) as usize], d.date.year)
}

/// A number in Indonesian format: `7.996.826`, `41,30`.
pub fn fmt_id(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if v < 0.0 && s.bytes().any(|b| matches!(b, b'1'..=b'9')) { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// A number in English format: `7,996,826`.
pub fn fmt_en(v: f64) -> String {
    fmt_id(v, 0).replace('.', ",")
}

/// Rupiah the way Indonesian news writes it: `Rp968,2 miliar`, `Rp1 triliun`, `Rp16.800`.
pub fn rupiah_id(v: f64) -> String {
    let (scale, word) = if v.abs() >= 1e12 {
        (1e12, " triliun")
    } else if v.abs() >= 1e9 {
        (1e9, " miliar")
    } else if v.abs() >= 1e6 {
        (1e6, " juta")
    } else {
        (1.0, "")
    };
    let scaled = v / scale;
    let decimals = if scale == 1.0 { 0 } else { 2 };
    let mut s = fmt_id(scaled, decimals);
    if s.contains(',') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with(',') {
            s.pop();
        }
    }
    format!("Rp{s}{word}")
}

/// Rupiah for English messages: `IDR 968.2 billion`.
pub fn rupiah_en(v: f64) -> String {
    let (scale, word) = if v.abs() >= 1e12 {
        (1e12, " trillion")
    } else if v.abs() >= 1e9 {
        (1e9, " billion")
    } else if v.abs() >= 1e6 {
        (1e6, " million")
    } else {
        return format!("IDR {}", fmt_en(v));
    };
    let s = format!("{:.2}", v / scale);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("IDR {s}{word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_number_format() {
        assert_eq!(fmt_id(7_996_826.0, 0), "7.996.826");
        assert_eq!(fmt_id(41.3, 2), "41,30");
        assert_eq!(fmt_id(-10.0, 0), "-10");
        assert_eq!(fmt_id(-0.001, 2), "0,00");
        assert_eq!(fmt_en(4_694_064.0), "4,694,064");
    }

    #[test]
    fn rupiah_in_news_style() {
        assert_eq!(rupiah_id(968.2e9), "Rp968,2 miliar");
        assert_eq!(rupiah_id(1e12), "Rp1 triliun");
        assert_eq!(rupiah_id(16_800.0), "Rp16.800");
        assert_eq!(rupiah_en(968.2e9), "IDR 968.2 billion");
    }
}
