//! Stage 7: checks. Decides whether the article's own figures agree with each
//! other, and what they imply.
//!
//! Every stated figure stands for the interval its printing allows: `41,30 persen`
//! is [41,295; 41,305), `3,2 juta` is [3,15; 3,25) juta when rounded. A check
//! computes with intervals and is `consistent` when the computed and stated
//! intervals meet, `inconsistent` when they do not. Checks never see raw text:
//! only facts and dates.

use crate::dates::{DateMention, WEEKDAYS, WEEKDAYS_EN};
use crate::facts::{Fact, Metric};
use crate::quantities::Approx;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    Coverage,
    Difference,
    Complement,
    PartsSum,
    Growth,
    TargetGap,
    Weekday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Consistent,
    Warning,
    Inconsistent,
}

/// One recomputation and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    pub status: Status,
    /// Indices of the facts involved.
    pub facts: Vec<usize>,
    /// Index of the date involved (weekday checks).
    pub date: Option<usize>,
    pub stated: f64,
    pub computed: f64,
    pub message_id: String,
    pub message_en: String,
}

/// A closed-open interval of real numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// What a stated figure may mean, read as rounded to its last printed digit.
    pub fn of(f: &Fact) -> Interval {
        let half = f.step / 2.0;
        let (lo, hi) = (f.value - half, f.value + half);
        match f.approx {
            Approx::Exact => Interval { lo, hi },
            Approx::About => {
                let spread = (f.value.abs() * 0.05).max(half);
                Interval { lo: f.value - spread, hi: f.value + spread }
            }
            Approx::Over => Interval { lo: f.value, hi: f64::INFINITY },
            Approx::Under => Interval { lo: f64::NEG_INFINITY, hi: f.value },
            Approx::UpTo => Interval { lo: f64::NEG_INFINITY, hi: f.value + half },
        }
    }

    pub fn meets(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    pub fn sub(&self, o: &Interval) -> Interval {
        Interval { lo: self.lo - o.hi, hi: self.hi - o.lo }
    }

    /// `self / o * 100`, for positive intervals.
    pub fn percent_of(&self, o: &Interval) -> Interval {
        Interval { lo: self.lo / o.hi * 100.0, hi: self.hi / o.lo * 100.0 }
    }
}

/// Runs every check over the facts and dates.
pub fn run(facts: &[Fact], dates: &[DateMention]) -> Vec<Check> {
    let mut out = Vec::new();
    weekday(dates, &mut out);
    for (wi, w) in facts.iter().enumerate().filter(|(_, f)| f.metric == Metric::Workforce) {
        let same = |f: &&(usize, &Fact)| f.1.region == w.region && f.1.segment == w.segment;
        let indexed: Vec<(usize, &Fact)> = facts.iter().enumerate().collect();
        let Some(&(pi, p)) = indexed.iter().filter(|f| f.1.metric == Metric::Participants).find(same) else {
            continue;
        };
        if let Some(&(ri, r)) = indexed.iter().filter(|f| f.1.metric == Metric::CoverageRate).find(same) {
            let computed = Interval::of(p).percent_of(&Interval::of(w));
            let value = p.value / w.value * 100.0;
            let status =
                if computed.meets(&Interval::of(r)) { Status::Consistent } else { Status::Inconsistent };
            out.push(Check {
                kind: CheckKind::Coverage,
                status,
                facts: vec![pi, wi, ri],
                date: None,
                stated: r.value,
                computed: value,
                message_id: format!(
                    "{} / {} = {} persen; tertulis {} persen.",
                    fmt_id(p.value, 0),
                    fmt_id(w.value, 0),
                    fmt_id(value, 2),
                    fmt_id(r.value, 2)
                ),
                message_en: format!(
                    "{} / {} = {:.2}%; the article says {}%.",
                    fmt_en(p.value),
                    fmt_en(w.value),
                    value,
                    r.value
                ),
            });
        }
        if let Some(&(ui, u)) = indexed.iter().filter(|f| f.1.metric == Metric::Uncovered).find(same) {
            let computed = Interval::of(w).sub(&Interval::of(p));
            let value = w.value - p.value;
            let status =
                if computed.meets(&Interval::of(u)) { Status::Consistent } else { Status::Inconsistent };
            let diff = (value - u.value).abs();
            out.push(Check {
                kind: CheckKind::Difference,
                status,
                facts: vec![wi, pi, ui],
                date: None,
                stated: u.value,
                computed: value,
                message_id: if status == Status::Consistent {
                    format!("{} - {} = {}, sesuai.", fmt_id(w.value, 0), fmt_id(p.value, 0), fmt_id(value, 0))
                } else {
                    format!(
                        "{} - {} = {}, bukan {} (selisih {}).",
                        fmt_id(w.value, 0),
                        fmt_id(p.value, 0),
                        fmt_id(value, 0),
                        fmt_id(u.value, 0),
                        fmt_id(diff, 0)
                    )
                },
                message_en: if status == Status::Consistent {
                    format!("{} - {} = {}, as stated.", fmt_en(w.value), fmt_en(p.value), fmt_en(value))
                } else {
                    format!(
                        "{} - {} = {}, not {} (off by {}).",
                        fmt_en(w.value),
                        fmt_en(p.value),
                        fmt_en(value),
                        fmt_en(u.value),
                        fmt_en(diff)
                    )
                },
            });
        }
    }
    out
}

fn weekday(dates: &[DateMention], out: &mut Vec<Check>) {
    for (di, d) in dates.iter().enumerate() {
        let Some(stated) = d.stated_weekday else { continue };
        let actual = d.date.weekday();
        let ok = stated == actual;
        out.push(Check {
            kind: CheckKind::Weekday,
            status: if ok { Status::Consistent } else { Status::Inconsistent },
            facts: vec![],
            date: Some(di),
            stated: stated as f64,
            computed: actual as f64,
            message_id: if ok {
                format!("{} memang hari {}.", d.date.iso(), WEEKDAYS[actual as usize])
            } else {
                format!(
                    "{} jatuh pada hari {}, bukan {}.",
                    d.date.iso(),
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
    let sign = if v < 0.0 && v.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) { "-" } else { "" };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_number_format() {
        assert_eq!(fmt_id(7_996_826.0, 0), "7.996.826");
        assert_eq!(fmt_id(41.3, 2), "41,30");
        assert_eq!(fmt_id(-10.0, 0), "-10");
        assert_eq!(fmt_en(4_694_064.0), "4,694,064");
    }
}
