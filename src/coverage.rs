//! Stage 7b: coverage. Decides, once, which coverage figure each region (and
//! segment) shows and against which target: the rate the article states beats
//! one the checks derived; the latest stated period wins; a target is the
//! region's own for that segment, else (for all workers of a region below the
//! nation) the national target. Each row says how far it can be trusted: a
//! derived figure, a low-confidence reading, or a figure a check disputes is
//! marked, and "target reached" is only said of a stated, undisputed,
//! high-confidence rate. The page and the embedded box draw these rows and
//! decide nothing themselves; `recheck` recomputes them with the checks.
//!
//! Cost: linear in the number of facts and checks.

use crate::checks::{Check, Derived, Status};
use crate::facts::{Fact, Level, Metric, Scheme, Segment};
use crate::regions::{self, Level as RegionLevel, RegionId};
use serde::Serialize;

/// Where a row's coverage figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A rate the article states (index into the facts).
    Stated,
    /// A rate the checks computed from participants and workforce (index into derived).
    Derived,
}

/// The coverage a row shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shown {
    pub value: f64,
    pub source: Source,
    /// The fact (stated) or derived figure (derived) it comes from.
    pub index: usize,
    pub period: Option<String>,
    pub confidence: Level,
}

/// The target a row is measured against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub value: f64,
    pub year: Option<i32>,
    /// Index into the facts.
    pub fact: usize,
    /// The nation's target, shown for a region that states none of its own.
    pub national: bool,
}

/// One region's (and segment's) coverage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub region: Option<RegionId>,
    pub segment: Segment,
    pub scheme: Scheme,
    pub coverage: Option<Shown>,
    pub target: Option<Target>,
    /// Target minus coverage, in percentage points.
    pub gap_points: Option<f64>,
    /// Workers still to register to reach the target, where the workforce is stated.
    pub gap_workers: Option<f64>,
    /// Checks that dispute the coverage figure (status warning or inconsistent).
    pub disputed_by: Vec<usize>,
    /// Whether the target is reached: only for a stated, undisputed rate read
    /// with high confidence; `None` when that cannot be said.
    pub reached: Option<bool>,
}

/// The rows, in the order their regions first appear.
pub fn rows(facts: &[Fact], derived: &[Derived], checks: &[Check]) -> Vec<Row> {
    type Key = (Option<RegionId>, Segment);
    let mut order: Vec<Key> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut note = |k: Key| {
        if seen.insert(k) {
            order.push(k);
        }
    };
    for f in facts {
        if matches!(f.metric, Metric::CoverageRate | Metric::TargetRate) {
            note((f.region, f.segment));
        }
    }
    for d in derived {
        if d.metric == Metric::CoverageRate {
            note((d.region, d.segment));
        }
    }
    let nation = regions::by_name("Indonesia");
    // The nation's own target, for regions that state none.
    let national = facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.metric == Metric::TargetRate && f.region == nation && f.segment == Segment::All)
        .max_by_key(|(_, f)| f.target_year)
        .map(|(i, _)| i);

    let mut out = Vec::new();
    for (region, segment) in order {
        let in_scope = |f: &Fact| f.region == region && f.segment == segment;
        // Stated: the latest period; among equals the first stated; a high
        // confidence reading before a low one.
        let stated = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.metric == Metric::CoverageRate && in_scope(f))
            .max_by(|(i, a), (j, b)| {
                let key = |f: &Fact| (f.confidence == Level::High, f.period.clone().unwrap_or_default());
                key(a).cmp(&key(b)).then(j.cmp(i))
            })
            .map(|(i, f)| Shown {
                value: f.value,
                source: Source::Stated,
                index: i,
                period: f.period.clone(),
                confidence: f.confidence,
            });
        let shown = stated.or_else(|| {
            derived
                .iter()
                .enumerate()
                .find(|(_, d)| d.metric == Metric::CoverageRate && d.region == region && d.segment == segment)
                .map(|(i, d)| Shown {
                    value: d.value,
                    source: Source::Derived,
                    index: i,
                    period: d.period.clone(),
                    confidence: if d
                        .from
                        .iter()
                        .any(|&j| facts.get(j).is_some_and(|f| f.confidence == Level::Low))
                    {
                        Level::Low
                    } else {
                        Level::High
                    },
                })
        });
        let own_target = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.metric == Metric::TargetRate && in_scope(f))
            .max_by_key(|(_, f)| f.target_year)
            .map(|(i, f)| Target { value: f.value, year: f.target_year, fact: i, national: false });
        let below_nation = region.is_some_and(|r| regions::get(r).level != RegionLevel::Nation);
        let target = own_target.or_else(|| {
            national.filter(|_| segment == Segment::All && below_nation).map(|i| Target {
                value: facts[i].value,
                year: facts[i].target_year,
                fact: i,
                national: true,
            })
        });
        if shown.is_none() && target.is_none() {
            continue;
        }
        let disputed_by: Vec<usize> = match &shown {
            Some(s) if s.source == Source::Stated => checks
                .iter()
                .enumerate()
                .filter(|(_, c)| c.status != Status::Consistent && c.facts.contains(&s.index))
                .map(|(i, _)| i)
                .collect(),
            Some(s) => checks
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.status != Status::Consistent
                        && derived[s.index].from.iter().any(|j| c.facts.contains(j))
                })
                .map(|(i, _)| i)
                .collect(),
            None => Vec::new(),
        };
        let gap_points = shown.as_ref().zip(target.as_ref()).map(|(s, t)| t.value - s.value);
        let workforce = facts.iter().find(|f| f.metric == Metric::Workforce && in_scope(f)).map(|f| f.value);
        let gap_workers =
            gap_points.zip(workforce).and_then(|(g, w)| (g > 0.0 && w > 0.0).then(|| (g / 100.0 * w).ceil()));
        let reached = match (&shown, &target) {
            (Some(s), Some(t))
                if s.source == Source::Stated && s.confidence == Level::High && disputed_by.is_empty() =>
            {
                Some(s.value >= t.value)
            }
            _ => None,
        };
        let scheme = shown
            .as_ref()
            .and_then(|s| match s.source {
                Source::Stated => facts.get(s.index).map(|f| f.scheme),
                Source::Derived => {
                    derived[s.index].from.first().and_then(|&j| facts.get(j)).map(|f| f.scheme)
                }
            })
            .or_else(|| target.as_ref().and_then(|t| facts.get(t.fact)).map(|f| f.scheme))
            .unwrap_or_default();
        out.push(Row {
            region,
            segment,
            scheme,
            coverage: shown,
            target,
            gap_points,
            gap_workers,
            disputed_by,
            reached,
        });
    }
    out
}
