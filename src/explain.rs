//! Stage 7a: explain. Writes each check's and each derived figure's one-line
//! explanation, in Indonesian and in English, from the structured results of
//! [`crate::checks`]: every figure named by its role and value, the stated
//! figure quoted as the article printed it, the tolerance that decided the
//! verdict, and, when a doubtful reading softened it, which reading is in
//! doubt. Each language keeps its own number convention (`7.996.826` and
//! `41,30 persen`; `7,996,826` and `41.30%`); quotes are verbatim.
//!
//! Decides nothing: the verdicts are made in `checks`.

use crate::checks::{Check, CheckKind, Derived, Formula, Interval, Reading, Role, Status};
use crate::dates::{DateMention, WEEKDAYS, WEEKDAYS_EN};
use crate::facts::{Fact, Metric, Program, Scheme, Segment};
use crate::quantities::{Approx, Kind};
use crate::regions;

/// The two languages of every message.
#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Id,
    En,
}

/// A number in Indonesian format: `7.996.826`, `41,30`.
pub fn fmt_id(v: f64, decimals: usize) -> String {
    group(v, decimals, '.', ',')
}

/// A number in English format: `7,996,826`, `41.30`.
pub fn fmt_en_dec(v: f64, decimals: usize) -> String {
    group(v, decimals, ',', '.')
}

/// A whole number in English format: `7,996,826`.
pub fn fmt_en(v: f64) -> String {
    fmt_en_dec(v, 0)
}

fn group(v: f64, decimals: usize, thousands: char, point: char) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if v < 0.0 && s.bytes().any(|b| matches!(b, b'1'..=b'9')) { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// Rupiah the way Indonesian news writes it: `Rp968,2 miliar`, `Rp1 triliun`, `Rp16.800`.
pub fn rupiah_id(v: f64) -> String {
    let (scale, word) = scale_of(v, [" triliun", " miliar", " juta"]);
    let decimals = if scale == 1.0 { 0 } else { 3 };
    let s = trim_zeros(fmt_id(v / scale, decimals), ',');
    format!("Rp{s}{word}")
}

/// Rupiah for English messages: `IDR 968.2 billion`.
pub fn rupiah_en(v: f64) -> String {
    let (scale, word) = scale_of(v, [" trillion", " billion", " million"]);
    let decimals = if scale == 1.0 { 0 } else { 3 };
    let s = trim_zeros(fmt_en_dec(v / scale, decimals), '.');
    format!("IDR {s}{word}")
}

fn scale_of(v: f64, words: [&'static str; 3]) -> (f64, &'static str) {
    if v.abs() >= 1e12 {
        (1e12, words[0])
    } else if v.abs() >= 1e9 {
        (1e9, words[1])
    } else if v.abs() >= 1e6 {
        (1e6, words[2])
    } else {
        (1.0, "")
    }
}

fn trim_zeros(mut s: String, point: char) -> String {
    if s.contains(point) {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with(point) {
            s.pop();
        }
    }
    s
}

/// Decimals worth showing for a percentage: two, or more when the interval is narrow.
fn pct(v: f64, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{} persen", fmt_id(v, 2)),
        Lang::En => format!("{}%", fmt_en_dec(v, 2)),
    }
}

fn num(v: f64, lang: Lang) -> String {
    match lang {
        Lang::Id => fmt_id(v, 0),
        Lang::En => fmt_en(v),
    }
}

/// A value of a kind, computed (not printed): `Rp968,2 miliar`, `41,30 persen`, `7.996.826`.
fn amount(v: f64, kind: Kind, lang: Lang) -> String {
    match (kind, lang) {
        (Kind::Money, Lang::Id) => rupiah_id(v),
        (Kind::Money, Lang::En) => rupiah_en(v),
        (Kind::Percent, _) => pct(v, lang),
        (Kind::Count, _) => num(v, lang),
    }
}

/// A figure as the article printed it, in quotes.
fn quoted(f: &Fact) -> String {
    if f.printed.is_empty() {
        format!("\"{}\"", fmt_id(f.value, 0))
    } else {
        format!("\"{}\"", f.printed)
    }
}

/// How a role is named, in Indonesian and English; JKN speaks of the
/// population and of members.
fn role_word(role: Role, f: &Fact, lang: Lang) -> String {
    let jkn = f.scheme == Scheme::Jkn;
    let w = match (role, lang) {
        (Role::Participants, Lang::Id) => {
            if jkn {
                "peserta JKN"
            } else {
                "peserta"
            }
        }
        (Role::Participants, Lang::En) => {
            if jkn {
                "JKN members"
            } else {
                "participants"
            }
        }
        (Role::Workforce, Lang::Id) => {
            if jkn {
                "penduduk"
            } else {
                "pekerja"
            }
        }
        (Role::Workforce, Lang::En) => {
            if jkn {
                "population"
            } else {
                "workers"
            }
        }
        (Role::CoverageRate, Lang::Id) => "cakupan",
        (Role::CoverageRate, Lang::En) => "coverage",
        (Role::Uncovered | Role::UncoveredRate, Lang::Id) => "belum terlindungi",
        (Role::Uncovered | Role::UncoveredRate, Lang::En) => "not covered",
        (Role::Total, Lang::Id) => "total",
        (Role::Total, Lang::En) => "total",
        (Role::Earlier, Lang::Id) => "sebelumnya",
        (Role::Earlier, Lang::En) => "earlier",
        (Role::Later, Lang::Id) => "kemudian",
        (Role::Later, Lang::En) => "later",
        (Role::Change, Lang::Id) => "perubahan",
        (Role::Change, Lang::En) => "change",
        (Role::TargetRate, Lang::Id) => "target",
        (Role::TargetRate, Lang::En) => "target",
        (Role::PreviousTargetRate, Lang::Id) => "target sebelumnya",
        (Role::PreviousTargetRate, Lang::En) => "previous target",
        (Role::TargetParticipants, Lang::Id) => "target peserta",
        (Role::TargetParticipants, Lang::En) => "target participants",
        (Role::ToRegister, Lang::Id) => "masih harus didaftarkan",
        (Role::ToRegister, Lang::En) => "still to register",
        (Role::First, Lang::Id) => "pertama",
        (Role::First, Lang::En) => "first",
        (Role::Restated, Lang::Id) => "ditulis ulang",
        (Role::Restated, Lang::En) => "restated",
        (Role::Part, _) => return part_label(f),
    };
    w.to_string()
}

/// A listed part's label: its program, segment or region (`JHT`, `PU`, `Jawa Tengah`).
fn part_label(f: &Fact) -> String {
    match (f.program, f.segment) {
        (Some(p), _) if p != Program::All => crate::checks::program_label(p).to_string(),
        (_, Segment::Formal) => "PU".into(),
        (_, Segment::Informal) => "BPU".into(),
        (_, Segment::Construction) => "jakon".into(),
        (_, Segment::Migrant) => "PMI".into(),
        (_, Segment::Pbi) => "PBI".into(),
        (_, Segment::NonPbi) => "non-PBI".into(),
        _ => f.region.map(|r| regions::get(r).name.to_string()).unwrap_or_default(),
    }
}

/// A figure in a formula: its role and its value in this language's convention.
fn term(role: Role, f: &Fact, lang: Lang) -> String {
    let label = role_word(role, f, lang);
    let value = amount(f.value, f.kind, lang);
    if label.is_empty() {
        value
    } else {
        format!("{label} {value}")
    }
}

/// The tolerance a stated figure was read with: `dibulatkan: 41,295–41,305
/// persen`, `sekitar: 40,80–41,80 persen`, `lebih dari 40 persen`, `angka pasti`.
fn tolerance(f: &Fact, range: &Interval, reading: Reading, lang: Lang) -> String {
    let show = |v: f64| match f.kind {
        Kind::Percent => match lang {
            Lang::Id => format!("{} persen", fmt_id(v, decimals_for(range))),
            Lang::En => format!("{}%", fmt_en_dec(v, decimals_for(range))),
        },
        _ => amount(v, f.kind, lang),
    };
    let span = |lo: f64, hi: f64| match f.kind {
        Kind::Percent => match lang {
            Lang::Id => {
                format!("{}–{} persen", fmt_id(lo, decimals_for(range)), fmt_id(hi, decimals_for(range)))
            }
            Lang::En => {
                format!("{}–{}%", fmt_en_dec(lo, decimals_for(range)), fmt_en_dec(hi, decimals_for(range)))
            }
        },
        _ => format!("{}–{}", amount(lo, f.kind, lang), amount(hi, f.kind, lang)),
    };
    match (f.approx, lang) {
        (Approx::Over, Lang::Id) => format!("lebih dari {}", show(f.value)),
        (Approx::Over, Lang::En) => format!("over {}", show(f.value)),
        (Approx::Under, Lang::Id) => format!("kurang dari {}", show(f.value)),
        (Approx::Under, Lang::En) => format!("under {}", show(f.value)),
        (Approx::UpTo, Lang::Id) => format!("hingga {}", show(range.hi)),
        (Approx::UpTo, Lang::En) => format!("up to {}", show(range.hi)),
        (Approx::About, Lang::Id) => format!("sekitar: {}", span(range.lo, range.hi)),
        (Approx::About, Lang::En) => format!("about: {}", span(range.lo, range.hi)),
        (Approx::Exact, _) if range.lo == range.hi => match lang {
            Lang::Id => "angka pasti".into(),
            Lang::En => "exact".into(),
        },
        (Approx::Exact, Lang::Id) => {
            let how = if reading == Reading::Truncated { "bila dipotong" } else { "dibulatkan" };
            format!("{how}: {}", span(range.lo, range.hi))
        }
        (Approx::Exact, Lang::En) => {
            let how = if reading == Reading::Truncated { "if truncated" } else { "rounded" };
            format!("{how}: {}", span(range.lo, range.hi))
        }
    }
}

/// Decimals that show an interval's ends apart (41,295–41,305 needs three).
fn decimals_for(r: &Interval) -> usize {
    let width = (r.hi - r.lo).abs();
    if !width.is_finite() || width >= 0.1 {
        2
    } else if width >= 0.01 {
        3
    } else {
        4
    }
}

/// The verdict's words.
fn verdict(c: &Check, lang: Lang) -> String {
    let off = (c.computed - c.stated).abs();
    let kind = c.terms.last().map(|_| ()).map_or(Kind::Count, |_| Kind::Count);
    let _ = kind;
    match (c.status, c.reading, lang) {
        (Status::Consistent, _, Lang::Id) => "sesuai".into(),
        (Status::Consistent, _, Lang::En) => "consistent".into(),
        (_, Reading::Truncated, Lang::Id) => "hanya sesuai bila angkanya dipotong, bukan dibulatkan".into(),
        (_, Reading::Truncated, Lang::En) => {
            "consistent only if the figures were truncated, not rounded".into()
        }
        (_, Reading::IncompleteList, Lang::Id) => {
            "kurang dari total; rinciannya mungkin tidak lengkap".into()
        }
        (_, Reading::IncompleteList, Lang::En) => "short of the total; the list may be incomplete".into(),
        (_, Reading::FromPreviousTarget, Lang::Id) => {
            "hanya sesuai bila dihitung dari tingkat target sebelumnya".into()
        }
        (_, Reading::FromPreviousTarget, Lang::En) => {
            "consistent only if counted from the previous target's level".into()
        }
        (_, _, lang) => {
            let unit_kind = match c.kind {
                CheckKind::Coverage | CheckKind::Complement | CheckKind::Growth => Kind::Percent,
                _ => Kind::Count,
            };
            let d = match unit_kind {
                Kind::Percent => match lang {
                    Lang::Id => format!("{} poin", fmt_id(off, 2)),
                    Lang::En => format!("{} points", fmt_en_dec(off, 2)),
                },
                _ => num(off, lang),
            };
            match lang {
                Lang::Id => format!("tidak sesuai, selisih {d}"),
                Lang::En => format!("inconsistent, off by {d}"),
            }
        }
    }
}

/// One check's message in both languages.
pub fn check(c: &Check, facts: &[Fact], dates: &[DateMention]) -> (String, String) {
    (one(c, facts, dates, Lang::Id), one(c, facts, dates, Lang::En))
}

fn one(c: &Check, facts: &[Fact], dates: &[DateMention], lang: Lang) -> String {
    if c.kind == CheckKind::Weekday {
        return weekday(c, dates, lang);
    }
    let Some(stated_term) = c.terms.last() else { return String::new() };
    let stated = &facts[stated_term.fact];
    let inputs = &c.terms[..c.terms.len() - 1];
    let t = |i: usize| {
        let tm = &inputs[i];
        term(tm.role, &facts[tm.fact], lang)
    };
    let computed = amount(c.computed, stated.kind, lang);
    let formula = match c.kind {
        CheckKind::Coverage => format!("{} / {}", t(0), t(1)),
        CheckKind::Difference if inputs.get(1).is_some_and(|x| x.role == Role::CoverageRate) => {
            let r = &facts[inputs[1].fact];
            format!("{} × (100 − {})", t(0), pct(r.value, lang))
        }
        CheckKind::Difference => format!("{} − {}", t(0), t(1)),
        CheckKind::Complement if inputs.len() == 1 => {
            format!("100 − {}", t(0))
        }
        CheckKind::Complement if inputs[0].role == Role::Participants => format!("100 − {} / {}", t(0), t(1)),
        CheckKind::Complement => format!("{} / {}", t(0), t(1)),
        CheckKind::PartsSum => (0..inputs.len()).map(t).collect::<Vec<_>>().join(" + "),
        CheckKind::Growth => match lang {
            Lang::Id => format!(
                "dari {} ke {}",
                period_term(&facts[inputs[0].fact], lang),
                period_term(&facts[inputs[1].fact], lang)
            ),
            Lang::En => format!(
                "from {} to {}",
                period_term(&facts[inputs[0].fact], lang),
                period_term(&facts[inputs[1].fact], lang)
            ),
        },
        CheckKind::TargetGap if stated_term.role == Role::ToRegister => {
            let base = format!("{} × {} − {}", t(0), t(1), t(2));
            if let Some(prev) = inputs.iter().find(|x| x.role == Role::PreviousTargetRate) {
                let p = term(prev.role, &facts[prev.fact], lang);
                match lang {
                    Lang::Id => format!("{base} (dari {p}: {} × {} − {} × {})", t(0), t(1), p, t(1)),
                    Lang::En => format!("{base} (from the {p}: {} × {} − {} × {})", t(0), t(1), p, t(1)),
                }
            } else {
                base
            }
        }
        CheckKind::TargetGap => format!("{} × {}", t(0), t(1)),
        CheckKind::Restatement => match lang {
            Lang::Id => format!("{} ditulis lagi", quoted(&facts[inputs[0].fact])),
            Lang::En => format!("{} is stated again", quoted(&facts[inputs[0].fact])),
        },
        CheckKind::Weekday => unreachable!("handled above"),
    };
    let stated_words = match (c.kind, lang) {
        (CheckKind::PartsSum, Lang::Id) => format!("total yang tertulis {}", quoted(stated)),
        (CheckKind::PartsSum, Lang::En) => format!("the stated total {}", quoted(stated)),
        (CheckKind::Restatement, Lang::Id) => format!("sebagai {}", quoted(stated)),
        (CheckKind::Restatement, Lang::En) => format!("as {}", quoted(stated)),
        (_, Lang::Id) => format!("tertulis {} {}", role_word(stated_term.role, stated, lang), quoted(stated)),
        (_, Lang::En) => format!("stated {} {}", role_word(stated_term.role, stated, lang), quoted(stated)),
    };
    let tol = tolerance(stated, &c.stated_range, c.reading, lang);
    let head = if c.kind == CheckKind::Restatement {
        format!("{formula} {stated_words} ({tol})")
    } else {
        format!("{formula} = {computed}; {stated_words} ({tol})")
    };
    let mut out = format!("{head}: {}.", verdict(c, lang));
    if let Some(d) = c.doubt.and_then(|i| facts.get(i)) {
        let role = c
            .terms
            .iter()
            .find(|t| Some(t.fact) == c.doubt)
            .map(|t| role_word(t.role, d, lang))
            .unwrap_or_default();
        out.push_str(&match lang {
            Lang::Id => format!(
                " Pembacaan {} sebagai {} kurang pasti, jadi ini peringatan, bukan kesalahan.",
                quoted(d),
                role
            ),
            Lang::En => format!(
                " The reading of {} as {} is uncertain ({}), so this is a warning, not an error.",
                quoted(d),
                role,
                d.doubt.as_deref().unwrap_or("low confidence")
            ),
        });
    }
    out
}

/// `Rp42 triliun (2021)`, a value with its period.
fn period_term(f: &Fact, lang: Lang) -> String {
    let v = amount(f.value, f.kind, lang);
    match &f.period {
        Some(p) => format!("{v} ({p})"),
        None => v,
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
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday(c: &Check, dates: &[DateMention], lang: Lang) -> String {
    let Some(d) = c.date.and_then(|i| dates.get(i)) else { return String::new() };
    let (stated, actual) = (c.stated as usize, c.computed as usize);
    let m = (d.date.month as usize).saturating_sub(1).min(11);
    match (lang, stated == actual) {
        (Lang::Id, true) => {
            format!("{} {} {} memang hari {}.", d.date.day, MONTHS_ID[m], d.date.year, WEEKDAYS[actual])
        }
        (Lang::Id, false) => format!(
            "{} {} {} jatuh pada hari {}, bukan {}.",
            d.date.day, MONTHS_ID[m], d.date.year, WEEKDAYS[actual], WEEKDAYS[stated]
        ),
        (Lang::En, true) => {
            format!("{} {} {} is indeed a {}.", d.date.day, MONTHS_EN[m], d.date.year, WEEKDAYS_EN[actual])
        }
        (Lang::En, false) => format!(
            "{} {} {} is a {}, not a {}.",
            d.date.day, MONTHS_EN[m], d.date.year, WEEKDAYS_EN[actual], WEEKDAYS_EN[stated]
        ),
    }
}

/// One derived figure's message in both languages.
pub fn derived(d: &Derived, facts: &[Fact]) -> (String, String) {
    (derived_one(d, facts, Lang::Id), derived_one(d, facts, Lang::En))
}

fn derived_one(d: &Derived, facts: &[Fact], lang: Lang) -> String {
    let f = |i: usize| &facts[d.from[i]];
    let value = amount(d.value, d.kind, lang);
    let id = lang == Lang::Id;
    let jkn = d.from.first().is_some_and(|&i| facts[i].scheme == Scheme::Jkn);
    match d.formula {
        Formula::ImpliedWorkforce { from_parts } => {
            let rate = f(d.from.len() - 1);
            let base = d.base.unwrap_or(0.0);
            match (id, from_parts, jkn) {
                (true, true, false) => format!(
                    "Jumlah pekerja tersirat: jumlah rincian peserta {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
                (true, false, false) => format!(
                    "Jumlah pekerja tersirat: peserta {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
                (true, _, true) => format!(
                    "Jumlah penduduk tersirat: peserta JKN {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
                (false, true, false) => format!(
                    "Implied workforce: the sum of the listed participants {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
                (false, false, false) => format!(
                    "Implied workforce: participants {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
                (false, _, true) => format!(
                    "Implied population: JKN members {} / {} = {}.",
                    num(base, lang),
                    pct(rate.value, lang),
                    value
                ),
            }
        }
        Formula::Coverage => {
            let (p, w) = (f(0), f(1));
            if id {
                format!(
                    "Cakupan: {} / {} = {}.",
                    term(Role::Participants, p, lang),
                    term(Role::Workforce, w, lang),
                    value
                )
            } else {
                format!(
                    "Coverage: {} / {} = {}.",
                    term(Role::Participants, p, lang),
                    term(Role::Workforce, w, lang),
                    value
                )
            }
        }
        Formula::Uncovered => {
            let (w, p) = (f(0), f(1));
            if id {
                format!(
                    "Belum terlindungi: {} − {} = {}.",
                    term(Role::Workforce, w, lang),
                    term(Role::Participants, p, lang),
                    value
                )
            } else {
                format!(
                    "Not covered: {} − {} = {}.",
                    term(Role::Workforce, w, lang),
                    term(Role::Participants, p, lang),
                    value
                )
            }
        }
        Formula::EarlierValue => {
            let (x, g) = (f(0), f(1));
            if id {
                format!(
                    "Nilai sebelumnya yang tersirat: {} / (1 + {}) = {}.",
                    amount(x.value, x.kind, lang),
                    pct(g.value, lang),
                    value
                )
            } else {
                format!(
                    "Implied earlier value: {} / (1 + {}) = {}.",
                    amount(x.value, x.kind, lang),
                    pct(g.value, lang),
                    value
                )
            }
        }
        Formula::Change => {
            let (y, x) = (f(0), f(1));
            if id {
                format!(
                    "Perubahan: dari {} ke {} = {}.",
                    period_term(y, lang),
                    period_term(x, lang),
                    pct(d.value, lang)
                )
            } else {
                format!(
                    "Change: from {} to {} = {}.",
                    period_term(y, lang),
                    period_term(x, lang),
                    pct(d.value, lang)
                )
            }
        }
        Formula::TargetGap => {
            let (r, t) = (f(0), f(1));
            if id {
                format!(
                    "Selisih ke target: {} − {} = {} poin.",
                    pct(t.value, lang),
                    pct(r.value, lang),
                    fmt_id(d.value, 2)
                )
            } else {
                format!(
                    "Gap to target: {} − {} = {} points.",
                    pct(t.value, lang),
                    pct(r.value, lang),
                    fmt_en_dec(d.value, 2)
                )
            }
        }
        Formula::ToRegister { implied } => {
            let t = &facts[*d.from.last().expect("target")];
            let p = &facts[d.from[d.from.len() - 2]];
            let base = d.base.unwrap_or(0.0);
            let w = match (id, implied, jkn) {
                (true, true, _) => format!("{} (tersirat)", num(base, lang)),
                (false, true, _) => format!("{} (implied)", num(base, lang)),
                _ => num(base, lang),
            };
            if id {
                format!(
                    "Yang masih harus didaftarkan untuk target {}: {} × {} − {} = {}.",
                    pct(t.value, lang),
                    pct(t.value, lang),
                    w,
                    num(p.value, lang),
                    value
                )
            } else {
                format!(
                    "Still to register for the {} target: {} × {} − {} = {}.",
                    pct(t.value, lang),
                    pct(t.value, lang),
                    w,
                    num(p.value, lang),
                    value
                )
            }
        }
    }
}

/// Metric names for labels: `peserta`/`participants`, `penduduk`/`population` for JKN.
pub fn metric_label(m: Metric, scheme: Scheme, english: bool) -> &'static str {
    let jkn = scheme == Scheme::Jkn;
    match (m, english) {
        (Metric::Workforce, false) => {
            if jkn {
                "penduduk"
            } else {
                "jumlah pekerja"
            }
        }
        (Metric::Workforce, true) => {
            if jkn {
                "population"
            } else {
                "workforce"
            }
        }
        (Metric::Participants, false) => {
            if jkn {
                "peserta JKN"
            } else {
                "peserta"
            }
        }
        (Metric::Participants, true) => {
            if jkn {
                "JKN members"
            } else {
                "participants"
            }
        }
        (Metric::CoverageRate, false) => "cakupan",
        (Metric::CoverageRate, true) => "coverage",
        (Metric::Uncovered, false) => "belum terlindungi",
        (Metric::Uncovered, true) => "not covered",
        (Metric::UncoveredRate, false) => "persentase belum terlindungi",
        (Metric::UncoveredRate, true) => "share not covered",
        (Metric::TargetRate, false) => "target cakupan",
        (Metric::TargetRate, true) => "coverage target",
        (Metric::TargetParticipants, false) => "target peserta",
        (Metric::TargetParticipants, true) => "participant target",
        (Metric::Employers, false) => "pemberi kerja",
        (Metric::Employers, true) => "employers",
        (Metric::Projects, false) => "proyek",
        (Metric::Projects, true) => "projects",
        (Metric::Contributions, false) => "iuran diterima",
        (Metric::Contributions, true) => "contributions",
        (Metric::Dues, false) => "iuran per orang",
        (Metric::Dues, true) => "dues per person",
        (Metric::BenefitsPaid, false) => "klaim dibayar",
        (Metric::BenefitsPaid, true) => "benefits paid",
        (Metric::Beneficiaries, false) => "penerima",
        (Metric::Beneficiaries, true) => "beneficiaries",
        (Metric::GrowthRate, false) => "pertumbuhan",
        (Metric::GrowthRate, true) => "growth",
        (Metric::TargetGap, false) => "selisih ke target",
        (Metric::TargetGap, true) => "gap to target",
        (Metric::ToRegister, false) => "masih harus didaftarkan",
        (Metric::ToRegister, true) => "still to register",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        assert_eq!(fmt_id(7_996_826.0, 0), "7.996.826");
        assert_eq!(fmt_id(41.3, 2), "41,30");
        assert_eq!(fmt_id(-10.0, 0), "-10");
        assert_eq!(fmt_id(-0.001, 2), "0,00");
        assert_eq!(fmt_en(4_694_064.0), "4,694,064");
        assert_eq!(fmt_en_dec(41.3, 2), "41.30");
    }

    #[test]
    fn rupiah_in_news_style() {
        assert_eq!(rupiah_id(968.2e9), "Rp968,2 miliar");
        assert_eq!(rupiah_id(1e12), "Rp1 triliun");
        assert_eq!(rupiah_id(16_800.0), "Rp16.800");
        assert_eq!(rupiah_id(953.78e6), "Rp953,78 juta");
        assert_eq!(rupiah_en(968.2e9), "IDR 968.2 billion");
    }
}
