//! Stage 4b: dates. Decides which stretches of text name a day, a month or a
//! year, and whether a stated weekday matches its date.
//!
//! Forms read: `Kamis (5/2/2026)`, `Selasa, 18 Maret 2025`, `7-8 November 2024`,
//! `31 Desember 2023`, `November 2024`, with Indonesian day and month names and
//! their abbreviations. Cost: one regex pass.

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

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    Some(match n {
        "januari" | "jan" => 1,
        "februari" | "pebruari" | "feb" | "peb" => 2,
        "maret" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "agustus" | "agu" | "agt" | "ags" | "agst" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "des" => 12,
        _ => return None,
    })
}

fn weekday_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    WEEKDAYS
        .iter()
        .position(|w| {
            w.to_lowercase() == n || (n == "jum'at" && *w == "Jumat") || (n == "ahad" && *w == "Minggu")
        })
        .map(|p| p as u32)
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?:(?P<wd>\b(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad))\b[\s,]*\(?\s*)?
            (?:
              (?P<d1>\b\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{4}|\d{2})\b
            |
              (?P<d2>\b\d{1,2})(?:\s?-\s?(?P<d2b>\d{1,2}))?\s+
              (?P<m2>(?i:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|peb|mar|apr|jun|jul|agt|agu|ags|sept|sep|okt|nov|nop|des)\.?)
              \s+(?P<y2>\d{4})\b
            )",
        )
        .expect("date pattern")
    })
}

/// Every full date in `text` (day, month and year), in order.
pub fn scan(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for caps in date_re().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let (d, m, y, until_day) = if let Some(d1) = caps.name("d1") {
            let y: i32 = caps["y1"].parse().unwrap_or(0);
            let y = if y < 100 { 2000 + y } else { y };
            (d1.as_str().parse().unwrap_or(0), caps["m1"].parse().unwrap_or(0), y, None)
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

// --- interim period reader (the quantities/dates work replaces this block) ---

/// A stated period: `tahun 2024`, `sepanjang 2025`, `per November 2024`.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub range: Range<usize>,
    /// Normalized: `2025`, `2024-11`.
    pub label: String,
    pub year: i32,
}

fn period_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:tahun|sepanjang(?: tahun)?|pada(?: tahun)?|hingga|per|akhir|awal|selama|sejak)\s+(?:(?P<m>januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+)?(?P<y>(?:19|20)\d{2})\b")
            .expect("period pattern")
    })
}

/// Every stated period in `text`, in order.
pub fn scan_periods(text: &str) -> Vec<Period> {
    period_re()
        .captures_iter(text)
        .filter_map(|c| {
            let year: i32 = c["y"].parse().ok()?;
            let label = match c.name("m").and_then(|m| month_number(m.as_str())) {
                Some(m) => format!("{year}-{m:02}"),
                None => year.to_string(),
            };
            Some(Period { range: c.get(0)?.range(), label, year })
        })
        .collect()
}
