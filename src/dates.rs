//! Stage 4b: dates. Decides which stretches of text name a day, a month or a
//! year, and whether a stated weekday matches its date.
//!
//! Dates ([`scan`]): `Kamis (5/2/2026)`, `Selasa, 18 Maret 2025`, `7-8 November
//! 2024`, `31 Desember 2023`, `2026-02-05`, and in English `Monday (7/1/2019)`,
//! `7 January 2019`, `January 7, 2019`, `Monday, Jan. 7, 2019`, with Indonesian
//! and English day and month names and their abbreviations (`Jan`, `Peb`, `Agt`,
//! `Okt`, `Nop`, `Des`, `Aug`, `Oct`, `Dec`; one table of each, `MONTH_NAMES`
//! and `MONTH_ABBREVIATIONS`, shared with the quantities stage). A weekday
//! named with a date is kept so the checks stage can test it. A date without its
//! year (`Kamis (13/11)`, `Friday (10/07)`, `Monday, May 25`) is not a date: its
//! year is a guess this stage does not make.
//!
//! Periods ([`scan_periods`]): what a figure refers to in time. `tahun 2024`,
//! `sepanjang 2025`, `pada 2024`, `per November 2024`, `31 Desember 2023`,
//! `semester I 2025`, `triwulan III`, `Jan-Sep 2023`, `Januari sampai dengan 25
//! November 2024`, `tahun lalu`, `setahun kemudian`, `hingga akhir tahun`; in
//! English `in 2015`, `throughout 2020`, `by 2026`, `by the end of 2020`, `as
//! of June 2024`, `until October 2021`, `since 2019`, `between April and
//! September 2024`, `the first quarter of 2025`, `first half of 2024`, `H1
//! 2024`, `last year`, `the previous year`, `by the end of the year`. A
//! regulation's year (`Nomor 14 Tahun 2025`) is not a period, and neither is a
//! bare year with no word that introduces it (`© 2025`, `CoE 2026`, `(LK-LPP)
//! 2020`), nor `akhir tahun` with none (`Refleksi Akhir Tahun`).
//!
//! The period pattern is matched ASCII-only and case-insensitively (`(?-u)`):
//! every word in it is ASCII, and Unicode case folding made the pattern too
//! large for the regex crate's lazy DFA.
//!
//! Cost: one regex pass each, plus constant work per match.

use crate::case::Lowercase;
use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// ISO 8601: `2026-02-05`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// 0 = Senin (Monday) ... 6 = Minggu (Sunday).
    pub fn weekday(&self) -> u32 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        let (y, m) =
            if self.month <= 2 { (self.year - 1, self.month + 9) } else { (self.year, self.month - 3) };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + self.day - 1;
        let doe = yoe as i64 * 365 + yoe as i64 / 4 - yoe as i64 / 100 + doy as i64;
        let days = era as i64 * 146_097 + doe - 719_468;
        ((days + 3).rem_euclid(7)) as u32
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Indonesian weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
/// English weekday names, Monday first.
pub const WEEKDAYS_EN: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A date as the text states it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub range: Range<usize>,
    pub date: Date,
    /// For `7-8 November 2024`, the last day.
    pub until: Option<Date>,
    /// The weekday the text names for it, 0 = Senin.
    pub stated_weekday: Option<u32>,
    /// Where the weekday name stands.
    pub weekday_range: Option<Range<usize>>,
}

/// Month names written out, lowercased, with their number: Indonesian, its older
/// spellings and English. The one list both the dates and the quantities stage use.
pub(crate) const MONTH_NAMES: &[(&str, u32)] = &[
    ("januari", 1),
    ("februari", 2),
    ("pebruari", 2),
    ("maret", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("agustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("nopember", 11),
    ("desember", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("october", 10),
    ("december", 12),
];

/// Month abbreviations, lowercased, with their number (a stop may follow them
/// in the text): Indonesian and English.
pub(crate) const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("peb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("agu", 8),
    ("agt", 8),
    ("ags", 8),
    ("agst", 8),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("oct", 10),
    ("nov", 11),
    ("nop", 11),
    ("des", 12),
    ("dec", 12),
];

/// A month written out or abbreviated (any case, without its stop): its number,
/// and whether it was an abbreviation.
pub(crate) fn month_word(word: &str) -> Option<(u32, bool)> {
    let w = word.lowercase();
    let find = |list: &[(&str, u32)]| list.iter().find(|(n, _)| *n == w).map(|(_, m)| *m);
    find(MONTH_NAMES).map(|m| (m, false)).or_else(|| find(MONTH_ABBREVIATIONS).map(|m| (m, true)))
}

/// Is `word` a weekday or a month written out (any case)?
pub(crate) fn is_weekday_or_month(word: &str) -> bool {
    weekday_number(word).is_some() || month_word(word).is_some_and(|(_, abbr)| !abbr)
}

/// The number of a month name or abbreviation, with or without its stop.
fn month_number(name: &str) -> Option<u32> {
    month_word(name.trim_end_matches('.')).map(|(m, _)| m)
}

/// Other spellings of Indonesian weekdays, with their number.
const WEEKDAY_VARIANTS: &[(&str, u32)] = &[("jum'at", 4), ("ahad", 6)];

/// The weekday `name` names (Indonesian or English, any case), 0 = Senin (Monday).
pub(crate) fn weekday_number(name: &str) -> Option<u32> {
    let n = name.lowercase();
    let same = |w: &&str| w.eq_ignore_ascii_case(&n);
    WEEKDAYS
        .iter()
        .position(same)
        .or_else(|| WEEKDAYS_EN.iter().position(same))
        .map(|p| p as u32)
        .or_else(|| WEEKDAY_VARIANTS.iter().find(|(w, _)| *w == n).map(|(_, d)| *d))
}

/// A regex alternation of `names`, longest first (so `sept` is tried before `sep`).
fn alternation<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = names.collect();
    crate::sort::by_key(&mut v, |n| crate::sort::descending(n.len()));
    v.join("|")
}

/// Month names and abbreviations for the patterns below, with an optional stop.
fn month_re() -> String {
    let names = MONTH_NAMES.iter().chain(MONTH_ABBREVIATIONS).map(|(n, _)| *n);
    format!("(?:{})\\.?", alternation(names))
}

/// Weekday names, Indonesian and English, for the patterns below.
fn weekday_re() -> String {
    let names = WEEKDAYS.iter().chain(&WEEKDAYS_EN).copied().chain(WEEKDAY_VARIANTS.iter().map(|(n, _)| *n));
    format!("(?:{})", alternation(names))
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = r"(?x)
            (?:(?P<wd>(?-u:\b)(?i:WEEKDAYS))(?-u:\b)[[\x20\t\n],]*\(?[\x20\t\n]*)?
            (?:
              (?P<d1>(?-u:\b)[0-9]{1,2})/(?P<m1>[0-9]{1,2})/(?P<y1>[0-9]{4}|[0-9]{2})(?-u:\b)
            |
              (?P<d3>(?-u:\b)[0-9]{1,2})-(?P<m3>[0-9]{1,2})-(?P<y3>[0-9]{4})(?-u:\b)
            |
              (?-u:\b)(?P<y4>[0-9]{4})-(?P<m4>[0-9]{2})-(?P<d4>[0-9]{2})(?-u:\b)
            |
              (?P<d2>(?-u:\b)[0-9]{1,2})(?:[\x20\t\n]?(?:-|(?i:s\.d\.?|s/d|hingga|sampai|dan))[\x20\t\n]?(?P<d2b>[0-9]{1,2}))?[\x20\t\n]+
              (?P<m2>(?i:MONTHS))
              [\x20\t\n]+(?P<y2>[0-9]{4})(?-u:\b)
            |
              (?P<m5>(?-u:\b)(?i:MONTHS))[\x20\t\n]+(?P<d5>[0-9]{1,2})(?:[\x20\t\n]?-[\x20\t\n]?(?P<d5b>[0-9]{1,2}))?
              (?:st|nd|rd|th)?,?[\x20\t\n]+(?P<y5>[0-9]{4})(?-u:\b)
            )"
        .replace("WEEKDAYS", &weekday_re())
        .replace("MONTHS", &month_re());
        crate::pattern::compile(&pattern, "date pattern")
    })
}

/// Every full date in `text` (day, month and year), in order.
pub fn scan(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for caps in date_re().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        // `2/1/2026` glued to more digits or slashes is something else (`12/2/2026/3`).
        if text[whole.end()..].starts_with(['/', '-'])
            && text[whole.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let (d, m, y, until_day) = if let Some(d1) = caps.name("d1") {
            let y: i32 = caps["y1"].parse().unwrap_or(0);
            let y = if y < 100 { 2000 + y } else { y };
            (d1.as_str().parse().unwrap_or(0), caps["m1"].parse().unwrap_or(0), y, None)
        } else if let Some(d3) = caps.name("d3") {
            (
                d3.as_str().parse().unwrap_or(0),
                caps["m3"].parse().unwrap_or(0),
                caps["y3"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(d4) = caps.name("d4") {
            (
                d4.as_str().parse().unwrap_or(0),
                caps["m4"].parse().unwrap_or(0),
                caps["y4"].parse().unwrap_or(0),
                None,
            )
        } else if let Some(m5) = caps.name("m5") {
            // `January 7, 2019`: the month first needs its capital (`may 7, 2019` is a verb).
            if !m5.as_str().starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let m = month_number(m5.as_str()).unwrap_or(0);
            let until = caps.name("d5b").and_then(|x| x.as_str().parse::<u32>().ok());
            (caps["d5"].parse().unwrap_or(0), m, caps["y5"].parse().unwrap_or(0), until)
        } else {
            let m = month_number(&caps["m2"]).unwrap_or(0);
            let until = caps.name("d2b").and_then(|x| x.as_str().parse::<u32>().ok());
            (caps["d2"].parse().unwrap_or(0), m, caps["y2"].parse().unwrap_or(0), until)
        };
        let Some(date) = Date::new(y, m, d) else { continue };
        let until = until_day.and_then(|u| Date::new(y, m, u)).filter(|u| *u > date);
        let wd = caps.name("wd");
        let mut end = whole.end();
        if wd.is_some() && text[end..].starts_with(')') {
            end += 1;
        }
        out.push(DateMention {
            range: whole.start()..end,
            date,
            until,
            stated_weekday: wd.and_then(|w| weekday_number(w.as_str())),
            weekday_range: wd.map(|w| w.range()),
        });
    }
    out
}

/// How a period anchors a figure in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Over the period: `sepanjang 2025`, `pada 2024`, `tahun 2024`, `semester I
    /// 2025`, `in 2015`, `during 2020`, `throughout 2020`.
    Within,
    /// At a point, the end of the period: `per November 2024`, `hingga akhir 2024`,
    /// `pada akhir 2026`, `sampai 31 Desember 2023`, `posisi Juni 2025`, `as of
    /// June 2024`, `by 2026`, `by the end of 2020`, `until October 2021`. A stock
    /// (participants, coverage) as of that point.
    AsOf,
    /// From the period on: `sejak 2020`, `mulai Januari 2025`, `since 2019`.
    Since,
}

/// A stretch of time the text names, to which a figure may refer.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// The whole expression, with its introducing word (`per November 2024`).
    pub range: Range<usize>,
    /// Normalized: `2025` (a year), `2024-11` (a month), `2023-12-31` (a day),
    /// `2024-11-07/2024-11-08` (days), `2025-S1` (a semester or half year),
    /// `2025-Q3` (a quarter), `2023-01/2023-09` (months), `2020/2024` (years).
    /// A range that ends on a day keeps each end as written: `2024-01/2024-11-25`
    /// (`Januari sampai dengan 25 November 2024`), `2024-01-01/2024-11-25` (`1
    /// Januari hingga 25 November 2024`). When the year is not stated, the label
    /// has none (`Q3`, `S1`). Relative years are `Y-1` (`tahun lalu`, `tahun
    /// sebelumnya`, `setahun sebelumnya`, `last year`, `the previous year`, `a
    /// year earlier`), `Y` (`tahun ini`, `hingga akhir tahun`, `this year`, `by
    /// the end of the year`), `Y+1` (`tahun depan`, `setahun kemudian`, `next
    /// year`, `a year later`): `Y` is the year of the article, or the year the
    /// sentence just named (`sebelumnya`, `kemudian`); the facts stage resolves it.
    /// A month without its year (`per Oktober`, `hingga September ini`) is
    /// `--10` (ISO 8601's form), a month of that same year (relative 0); a day
    /// without its year (`per 31 Juli`) is `--07-31`.
    pub label: String,
    /// The (first) year stated; 0 when none is (relative, or `triwulan III` alone).
    pub year: i32,
    pub anchor: Anchor,
    /// Years from the reference year for relative periods (`tahun lalu` is -1).
    pub relative: Option<i32>,
}

impl Period {
    /// True for a point in time (`per`, `hingga`, `sampai`, `posisi`).
    pub fn is_point(&self) -> bool {
        self.anchor == Anchor::AsOf
    }
}

fn period_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = r"(?xi-u)
            (?P<intro>(?-u:\b)(?:
                (?:per|hingga|sampai|s\.d\.?|s/d|posisi|pada|di)[\x20\t\n]+(?:akhir|awal|pertengahan|penghujung)
              | (?:by|at)[\x20\t\n]+(?:the[\x20\t\n]+)?end[\x20\t\n]+of|(?:the[\x20\t\n]+)?end[\x20\t\n]+of|as[\x20\t\n]+(?:of|at)|up[\x20\t\n]+to
              | hingga|sampai[\x20\t\n]+dengan|sampai|s\.d\.?|s/d|per|posisi|sepanjang|selama|pada|sejak|mulai
              | dalam|di|periode|akhir|awal|pertengahan|medio|penghujung|jelang|menjelang
              | until|till|throughout|through|during|since|in|by
            )[\x20\t\n]+(?:(?:bulan|tahun|thn\.?)[\x20\t\n]+)?)?
            (?:
              (?:(?P<ra_d>(?-u:\b)[0-9]{1,2})[\x20\t\n]+)?(?P<ra_m>(?-u:\b)MONTHS)(?:[\x20\t\n]+(?P<ra_y>[0-9]{4}))?[\x20\t\n]?(?:-|s\.d\.?|s/d|hingga|sampai(?:[\x20\t\n]+dengan)?|to|until|till|through)[\x20\t\n]?(?P<rb_d>[0-9]{1,2})[\x20\t\n]+(?P<rb_m>MONTHS)[\x20\t\n]+(?P<rb_y>[0-9]{4})(?-u:\b)
            | (?-u:\b)(?:between|antara)[\x20\t\n]+(?:(?P<bm1>MONTHS)[\x20\t\n]+(?:and|dan)[\x20\t\n]+(?P<bm2>MONTHS)[\x20\t\n]+(?:tahun[\x20\t\n]+)?(?P<bmy>[0-9]{4})|(?P<by1>[0-9]{4})[\x20\t\n]+(?:and|dan)[\x20\t\n]+(?P<by2>[0-9]{4}))(?-u:\b)
            | (?P<mr1>(?-u:\b)MONTHS)[\x20\t\n]?(?:-|s\.d\.?|s/d|hingga|sampai(?:[\x20\t\n]+dengan)?|to|until|till|through)[\x20\t\n]?(?P<mr2>MONTHS)[\x20\t\n]+(?:tahun[\x20\t\n]+)?(?P<mry>[0-9]{4})(?-u:\b)
            | (?-u:\b)semester[\x20\t\n]+(?P<sem>II|I|1|2|pertama|kedua|satu|dua)(?-u:\b)(?:[\x20\t\n]*[-/][\x20\t\n]*|[\x20\t\n]+(?:tahun[\x20\t\n]+)?)?(?P<semy>[0-9]{4}(?-u:\b))?
            | (?-u:\b)(?:the[\x20\t\n]+)?(?P<eh>first|second|1st|2nd)[\x20\t\n]+half(?-u:\b)(?:[\x20\t\n]+(?:of[\x20\t\n]+)?(?P<ehy>[0-9]{4})(?-u:\b))?
            | (?-u:\b)(?P<hn>h[12])[\x20\t\n]*(?P<hy>[0-9]{4})(?-u:\b)
            | (?-u:\b)(?:triwulan|kuartal|kwartal|tw|q)[\x20\t\n]*(?P<q>IV|III|II|I|[1-4]|pertama|kedua|ketiga|keempat)(?-u:\b)(?:[\x20\t\n]*[-/][\x20\t\n]*|[\x20\t\n]+(?:tahun[\x20\t\n]+)?)?(?P<qy>[0-9]{4}(?-u:\b))?
            | (?-u:\b)(?:the[\x20\t\n]+)?(?P<eq>first|second|third|fourth|1st|2nd|3rd|4th)[\x20\t\n]+quarter(?-u:\b)(?:[\x20\t\n]+(?:of[\x20\t\n]+)?(?P<eqy>[0-9]{4})(?-u:\b))?
            | (?P<d>(?-u:\b)[0-9]{1,2})(?:[\x20\t\n]?(?:-|s\.d\.?|s/d|hingga|sampai|dan)[\x20\t\n]?(?P<d2>[0-9]{1,2}))?[\x20\t\n]+(?P<dm>MONTHS)[\x20\t\n]+(?P<dy>[0-9]{4})(?-u:\b)
            | (?P<em>(?-u:\b)MONTHS)[\x20\t\n]+(?P<ed>[0-9]{1,2})(?:[\x20\t\n]?-[\x20\t\n]?(?P<ed2>[0-9]{1,2}))?(?:st|nd|rd|th)?,?[\x20\t\n]+(?P<ey>[0-9]{4})(?-u:\b)
            | (?P<sd>(?-u:\b)[0-9]{1,2})/(?P<sm>[0-9]{1,2})/(?P<sy>[0-9]{4})(?-u:\b)
            | (?P<m>(?-u:\b)MONTHS)[\x20\t\n]+(?:tahun[\x20\t\n]+)?(?P<my>[0-9]{4})(?-u:\b)
            | (?:(?P<mod>(?-u:\b)[0-9]{1,2})[\x20\t\n]+)?(?P<mo>(?-u:\b)MONTHS)(?-u:\b)(?:[\x20\t\n]+(?P<moini>ini))?
            | (?-u:\b)(?:tahun|thn\.?|ta|(?:the[\x20\t\n]+)?year)[\x20\t\n]+(?:anggaran[\x20\t\n]+)?(?P<ty>[0-9]{4})(?-u:\b)(?:[\x20\t\n]?-[\x20\t\n]?(?P<ty2>[0-9]{4})(?-u:\b))?
            | (?-u:\b)tahun[\x20\t\n]+(?P<rel>lalu|sebelumnya|kemarin|ini|depan|berikutnya|mendatang)(?-u:\b)
            | (?-u:\b)(?P<erel>last|this|next|previous|current|the[\x20\t\n]+previous|the[\x20\t\n]+following|the[\x20\t\n]+current)[\x20\t\n]+year(?-u:\b)
            | (?-u:\b)(?P<erel2>(?:a|one)[\x20\t\n]+year[\x20\t\n]+(?:earlier|ago|before|later)|the[\x20\t\n]+year[\x20\t\n]+(?:before|after)|setahun[\x20\t\n]+(?:kemudian|berikutnya|sesudahnya|setelahnya|sebelumnya))(?-u:\b)
            | (?-u:\b)(?P<yri>(?:per|hingga|sampai|s\.d\.?|s/d|posisi|pada|di|jelang|menjelang)[\x20\t\n]+(?:akhir|awal|pertengahan|penghujung|medio)|(?:by|at|until|till|before)[\x20\t\n]+the[\x20\t\n]+end[\x20\t\n]+of)[\x20\t\n]+(?:tahun|the[\x20\t\n]+year)(?-u:\b)
            | (?P<iy>(?-u:\b)[0-9]{4})(?-u:\b)(?:[\x20\t\n]?-[\x20\t\n]?(?P<iy2>[0-9]{4})(?-u:\b))?
            )"
        .replace("MONTHS", &month_re());
        crate::pattern::compile(&pattern, "period pattern")
    })
}

fn roman_or_word(s: &str) -> Option<u32> {
    Some(match s.lowercase().as_str() {
        "i" | "1" | "pertama" | "satu" => 1,
        "ii" | "2" | "kedua" | "dua" => 2,
        "iii" | "3" | "ketiga" => 3,
        "iv" | "4" | "keempat" => 4,
        _ => return None,
    })
}

fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// Every period the text names, in order. See [`Period`] for the labels.
pub fn scan_periods(text: &str) -> Vec<Period> {
    let mut out = Vec::new();
    for caps in period_re().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        // `akhir tahun`, `the end of the year` carry their introducing words.
        let intro = caps.name("intro").or(caps.name("yri")).map(|m| m.as_str().lowercase());
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        // Glued to more digits, a slash or a stop and digit: an ID, a code, `2024.5`.
        let tail = &text[whole.end()..];
        if tail.starts_with(|c: char| c.is_ascii_digit())
            || ((tail.starts_with(['/', '.', ',', ':']))
                && tail[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let head = text[..whole.start()].trim_end_matches([' ', '(', ',']);
        // `Nomor 14 Tahun 2025`, `UU 40 Tahun 2004`: a regulation's year.
        let number_before = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&number_before) && intro.is_none() {
            continue;
        }
        let (label, year, relative) = if let Some(ra) = caps.name("ra_m") {
            // `Januari sampai dengan 25 November 2024`, `1 Januari hingga 25 November 2024`.
            let (Some(a), Some(b), Some(by)) =
                (month_number(ra.as_str()), month_number(&caps["rb_m"]), num("rb_y"))
            else {
                continue;
            };
            // Without its own year the first month is the last one before the end
            // (`Desember hingga 5 Januari 2025` starts in 2024).
            let ay = num("ra_y").unwrap_or(if a > b { by - 1 } else { by });
            let Some(to) = num("rb_d").and_then(|d| Date::new(by, b, d as u32)) else { continue };
            let from = match num("ra_d") {
                Some(d) => Date::new(ay, a, d as u32).map(|f| (f, f.iso())),
                None if capitalised_or_long(ra.as_str()) => {
                    Date::new(ay, a, 1).map(|f| (f, format!("{ay:04}-{a:02}")))
                }
                None => None,
            };
            let Some((_, from_label)) = from.filter(|(f, _)| *f < to && plausible_year(ay)) else { continue };
            (format!("{from_label}/{}", to.iso()), ay, None)
        } else if let Some(y1) = num("by1") {
            // `between 2020 and 2024`.
            let Some(y2) = num("by2").filter(|y2| *y2 > y1 && plausible_year(y1) && plausible_year(*y2))
            else {
                continue;
            };
            (format!("{y1:04}/{y2:04}"), y1, None)
        } else if let Some(m1) = caps.name("bm1") {
            // `between April and September 2024`.
            let (Some(a), Some(b), Some(y)) =
                (month_number(m1.as_str()), month_number(&caps["bm2"]), num("bmy"))
            else {
                continue;
            };
            if a >= b || !plausible_year(y) {
                continue;
            }
            (format!("{y:04}-{a:02}/{y:04}-{b:02}"), y, None)
        } else if let Some(m1) = caps.name("mr1") {
            let (Some(a), Some(b), Some(y)) =
                (month_number(m1.as_str()), month_number(&caps["mr2"]), num("mry"))
            else {
                continue;
            };
            if a >= b || !plausible_year(y) {
                continue;
            }
            (format!("{y:04}-{a:02}/{y:04}-{b:02}"), y, None)
        } else if let Some(s) = caps.name("sem") {
            let Some(n) = roman_or_word(s.as_str()).filter(|n| *n <= 2) else { continue };
            match num("semy").filter(|y| plausible_year(*y)) {
                Some(y) => (format!("{y:04}-S{n}"), y, None),
                None => (format!("S{n}"), 0, None),
            }
        } else if let Some(h) = caps.name("eh").or(caps.name("hn")) {
            // `first half of 2024`, `H1 2024`.
            let h = h.as_str();
            if h.starts_with('h') {
                continue; // `h1 2024` without its capital is noise
            }
            let n = if matches!(h.lowercase().as_str(), "first" | "1st" | "h1") { 1 } else { 2 };
            match num("ehy").or(num("hy")).filter(|y| plausible_year(*y)) {
                Some(y) => (format!("{y:04}-S{n}"), y, None),
                None if caps.name("hn").is_none() => (format!("S{n}"), 0, None),
                None => continue,
            }
        } else if let Some(q) = caps.name("eq") {
            // `the first quarter of 2025`, `third quarter`.
            let n = match q.as_str().lowercase().as_str() {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                _ => 4,
            };
            match num("eqy").filter(|y| plausible_year(*y)) {
                Some(y) => (format!("{y:04}-Q{n}"), y, None),
                None => (format!("Q{n}"), 0, None),
            }
        } else if let Some(q) = caps.name("q") {
            let Some(n) = roman_or_word(q.as_str()) else { continue };
            let word = whole.as_str().lowercase();
            let stated = word.trim_start_matches(intro.as_deref().unwrap_or(""));
            // `Q3`, `TW III` need their capital or a year; a lone `q 1` is noise.
            if (stated.starts_with('q') || stated.starts_with("tw")) && caps.name("qy").is_none() {
                let qtext = &text[whole.start() + intro.as_deref().map_or(0, str::len)..];
                if !(qtext.starts_with('Q') || qtext.starts_with("TW")) {
                    continue;
                }
            }
            match num("qy").filter(|y| plausible_year(*y)) {
                Some(y) => (format!("{y:04}-Q{n}"), y, None),
                None => (format!("Q{n}"), 0, None),
            }
        } else if let Some(d) = caps.name("d") {
            let (Some(m), Some(y)) = (month_number(&caps["dm"]), num("dy")) else { continue };
            let Some(from) = d.as_str().parse().ok().and_then(|d| Date::new(y, m, d)) else { continue };
            // A dateline (`Selasa, 18 Maret 2025`) dates the event, not a figure.
            if weekday_before(head) && intro.is_none() {
                continue;
            }
            match num("d2").and_then(|d2| Date::new(y, m, d2 as u32)).filter(|u| *u > from) {
                Some(until) => (format!("{}/{}", from.iso(), until.iso()), y, None),
                None => (from.iso(), y, None),
            }
        } else if let Some(m) = caps.name("em") {
            // `January 7, 2019`, `Dec. 31, 2023`: the month first needs its capital.
            let (Some(mo), Some(y)) = (month_number(m.as_str()), num("ey")) else { continue };
            if !m.as_str().starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let Some(from) = num("ed").and_then(|d| Date::new(y, mo, d as u32)) else { continue };
            if weekday_before(head) && intro.is_none() {
                continue;
            }
            match num("ed2").and_then(|d2| Date::new(y, mo, d2 as u32)).filter(|u| *u > from) {
                Some(until) => (format!("{}/{}", from.iso(), until.iso()), y, None),
                None => (from.iso(), y, None),
            }
        } else if let Some(sd) = caps.name("sd") {
            // Slash dates are datelines unless a word introduces them (`per 31/12/2023`).
            if intro.is_none() {
                continue;
            }
            let (Some(m), Some(y)) = (num("sm"), num("sy")) else { continue };
            let Some(date) = sd.as_str().parse().ok().and_then(|d| Date::new(y, m as u32, d)) else {
                continue;
            };
            (date.iso(), y, None)
        } else if let Some(m) = caps.name("m") {
            let (Some(mo), Some(y)) = (month_number(m.as_str()), num("my")) else { continue };
            // Short month names need their capital (`Mar 2024`, not `mar 2024`).
            let bare = m.as_str().trim_end_matches('.');
            if bare.len() <= 4 && !bare.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            if !plausible_year(y) {
                continue;
            }
            (format!("{y:04}-{mo:02}"), y, None)
        } else if let Some(m) = caps.name("mo") {
            // `per Oktober`, `hingga September ini`: a month of the article's
            // year (`--10`, ISO 8601's month without its year). Only after a
            // word that makes it a point of time, or with `ini`, and written
            // out with its capital unless `ini` follows.
            let Some(mo) = month_number(m.as_str()) else { continue };
            let bare = m.as_str().trim_end_matches('.');
            let this = caps.name("moini").is_some();
            let intro_ok = intro.as_deref().is_some_and(|i| {
                let first = i.split_whitespace().next().unwrap_or("");
                matches!(
                    first,
                    "per"
                        | "hingga"
                        | "sampai"
                        | "s.d."
                        | "s.d"
                        | "s/d"
                        | "posisi"
                        | "pada"
                        | "akhir"
                        | "medio"
                )
            });
            let written_out = MONTH_NAMES.iter().any(|(n, _)| bare.eq_ignore_ascii_case(n));
            if !written_out || !(this || intro_ok && bare.starts_with(|c: char| c.is_uppercase())) {
                continue;
            }
            match num("mod") {
                // `per 31 Juli`: a day of the article's year.
                Some(d) if intro_ok && Date::new(2000, mo, d as u32).is_some() => {
                    (format!("--{mo:02}-{d:02}"), 0, Some(0))
                }
                Some(_) => continue,
                None => (format!("--{mo:02}"), 0, Some(0)),
            }
        } else if let Some(y) = num("ty") {
            if !plausible_year(y) {
                continue;
            }
            match num("ty2").filter(|y2| *y2 > y && plausible_year(*y2)) {
                Some(y2) => (format!("{y:04}/{y2:04}"), y, None),
                None => (format!("{y:04}"), y, None),
            }
        } else if let Some(rel) = caps.name("rel").or(caps.name("erel")).or(caps.name("erel2")) {
            let words = rel.as_str().lowercase();
            let last = words.split_whitespace().last().unwrap_or("");
            let r = match last {
                "lalu" | "sebelumnya" | "kemarin" | "last" | "previous" | "earlier" | "ago" | "before" => -1,
                "ini" | "this" | "current" => 0,
                _ => 1,
            };
            (relative_label(r), 0, Some(r))
        } else if caps.name("yri").is_some() {
            // `hingga akhir tahun`, `by the end of the year`: a point of the article's
            // year. Without a word that places a figure there, `akhir tahun` names a
            // thing (`Refleksi Akhir Tahun`, `bonus akhir tahun`).
            (relative_label(0), 0, Some(0))
        } else if let Some(y) = num("iy") {
            // A bare year is a period only after a word that introduces one.
            let Some(i) = intro.as_deref() else { continue };
            if !plausible_year(y) || i.trim() == "di" || i.trim() == "dalam" {
                // `di 2024` / `dalam 2024` are rare for years and common before counts.
                if !i.contains("tahun") {
                    continue;
                }
            }
            if !plausible_year(y) {
                continue;
            }
            match num("iy2").filter(|y2| *y2 > y && plausible_year(*y2)) {
                Some(y2) => (format!("{y:04}/{y2:04}"), y, None),
                None => (format!("{y:04}"), y, None),
            }
        } else {
            continue;
        };
        let at_end = intro
            .as_deref()
            .is_some_and(|i| i.split_whitespace().any(|w| matches!(w, "akhir" | "penghujung" | "end")));
        let anchor = match intro.as_deref().map(|i| i.split_whitespace().next().unwrap_or("")) {
            _ if at_end => Anchor::AsOf,
            Some(
                "per" | "hingga" | "sampai" | "s.d." | "s.d" | "s/d" | "posisi" | "akhir" | "penghujung"
                | "by" | "as" | "until" | "till" | "up" | "through",
            ) => Anchor::AsOf,
            Some("sejak" | "mulai" | "since") => Anchor::Since,
            _ => Anchor::Within,
        };
        out.push(Period { range: whole.range(), label, year, anchor, relative });
    }
    out
}

/// The label of a year relative to the reference year: `Y`, `Y-1`, `Y+1`.
fn relative_label(r: i32) -> String {
    match r {
        0 => "Y".to_string(),
        r if r < 0 => format!("Y{r}"),
        r => format!("Y+{r}"),
    }
}

/// A month name that may stand first in a range: written out, or an abbreviation
/// with its capital (`Mar - 25 April 2024`, not `mar`).
fn capitalised_or_long(m: &str) -> bool {
    let bare = m.trim_end_matches('.');
    bare.len() > 4 || bare.starts_with(|c: char| c.is_uppercase())
}

/// True when `head` (text before a date) ends with a weekday name.
fn weekday_before(head: &str) -> bool {
    let word: String = head.chars().rev().take_while(|c| c.is_alphabetic() || *c == '\'').collect();
    let word: String = word.chars().rev().collect();
    weekday_number(&word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_of_known_dates() {
        assert_eq!(WEEKDAYS[Date::new(2026, 1, 2).unwrap().weekday() as usize], "Jumat");
        assert_eq!(WEEKDAYS[Date::new(2026, 2, 5).unwrap().weekday() as usize], "Kamis");
        assert_eq!(WEEKDAYS[Date::new(2025, 3, 18).unwrap().weekday() as usize], "Selasa");
        assert_eq!(WEEKDAYS[Date::new(2000, 2, 29).unwrap().weekday() as usize], "Selasa");
    }

    #[test]
    fn reads_slash_and_named_month_dates_with_weekdays() {
        let d = scan("ujar Nor Fajri, Kamis (5/2/2026).");
        assert_eq!(d[0].date.iso(), "2026-02-05");
        assert_eq!(d[0].stated_weekday, Some(3));
        let d = scan("- Selasa, 18 Maret 2025 | 11:10 WIB");
        assert_eq!((d[0].date.iso(), d[0].stated_weekday), ("2025-03-18".into(), Some(1)));
        let d = scan("pada 7-8 November 2024.");
        assert_eq!(d[0].until.unwrap().iso(), "2024-11-08");
    }

    #[test]
    fn impossible_dates_are_skipped() {
        assert!(scan("31/2/2025 dan 30 Februari 2024").is_empty());
    }
}
