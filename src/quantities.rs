//! Stage 4: quantities. Decides which stretches of text are numbers that count
//! something, what they are worth, and how precisely they were printed.
//!
//! Indonesian style first: `.` groups thousands and `,` marks decimals
//! (`7.996.826`, `41,30`), scale words multiply (`3,2 juta`, `Rp5,060 triliun`),
//! `Rp` marks rupiah and `persen`/`%` a percentage. A qualifier before or after the
//! number (`sekitar`, `lebih dari`, `Rp1 triliun lebih`) is kept as [`Approx`].
//!
//! Not quantities: years, dates and times, regulation numbers (`Nomor 14 Tahun
//! 2025`), phone numbers. Those are skipped here, never passed on.
//!
//! Cost: one regex pass over the text plus constant work per match.

use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Count,
    Money,
    Percent,
}

/// How the wording qualifies the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    #[default]
    Exact,
    About,
    Over,
    Under,
    UpTo,
}

/// One number in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The number with its currency, scale and percent sign (`Rp1 triliun lebih`),
    /// without a qualifier word before it.
    pub range: Range<usize>,
    /// Rupiah in rupiah, percent as 41.3, counts as counts.
    pub value: f64,
    pub kind: Kind,
    pub approx: Approx,
    /// The place value of the last printed digit, in the unit of `value`
    /// (`3,2 juta` is 100 000, `41,30` is 0.01, `7.996.826` is 1).
    pub step: f64,
    /// The noun that follows, lowercased (`orang`, `pekerja`, `peserta`, ...).
    pub unit: Option<String>,
    /// The upper end of a range (`500-600 ribu`).
    pub high: Option<f64>,
    /// How an ambiguous separator was read, when it was.
    pub reading: Option<&'static str>,
}

fn number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            (?P<cur>\bRp\.?\s?)?
            (?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)
            (?:\s?(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun)\b)?
            (?:\s?(?P<pct>persen\b|%|per\s?sen\b))?
            (?P<lebih>\s+lebih\b)?
            ",
        )
        .expect("number pattern")
    })
}

/// Every quantity in `text`, in order.
pub fn scan(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    for caps in number_re().captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let num = caps.name("num").expect("num");
        if !stands_alone(text, whole.start(), num.end()) {
            continue;
        }
        let currency = caps.name("cur").is_some();
        let scale_word = caps.name("scale").map(|m| m.as_str().to_lowercase());
        let percent = caps.name("pct").is_some();
        if !currency && scale_word.is_none() && !percent && is_not_a_quantity(text, num.start(), num.as_str())
        {
            continue;
        }
        let Some((base, decimals)) = parse_indonesian(num.as_str()) else { continue };
        let scale = match scale_word.as_deref() {
            Some("ribu" | "rb") => 1e3,
            Some("juta" | "jt") => 1e6,
            Some("miliar" | "milyar") => 1e9,
            Some("triliun") => 1e12,
            _ => 1.0,
        };
        let value = base * scale;
        let step = 10f64.powi(-(decimals as i32)) * scale;
        let kind = if percent {
            Kind::Percent
        } else if currency {
            Kind::Money
        } else {
            Kind::Count
        };
        let mut approx = qualifier_before(&text[..whole.start()]);
        if caps.name("lebih").is_some() {
            approx = Approx::Over;
        }
        let end = whole.end();
        let end_trimmed = if caps.name("lebih").is_some() {
            end
        } else {
            end - (whole.as_str().len() - whole.as_str().trim_end().len())
        };
        out.push(Quantity {
            range: whole.start()..end_trimmed,
            value,
            kind,
            approx,
            step,
            unit: unit_after(&text[end_trimmed..]),
            high: None,
            reading: None,
        });
    }
    out
}

/// A number glued to letters, slashes or colons is part of something else
/// (`B2B`, `5/2/2026`, `11:10`).
fn stands_alone(text: &str, start: usize, num_end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[num_end..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | ':'));
    // A trailing stop or comma is punctuation, but not when a digit follows it.
    let after_is_digit_sep = {
        let mut it = text[num_end..].chars();
        matches!(it.next(), Some('.' | ',' | '-')) && it.next().is_some_and(|c| c.is_ascii_digit())
    };
    !glued(before) && !matches!(before, Some('-' | '.')) && !glued(after) && !after_is_digit_sep
}

/// Bare numbers that are years, regulation numbers, phone numbers.
fn is_not_a_quantity(text: &str, start: usize, num: &str) -> bool {
    let digits_only = num.bytes().all(|b| b.is_ascii_digit());
    if digits_only && num.len() == 4 {
        if let Ok(y) = num.parse::<u32>() {
            if (1900..=2100).contains(&y) {
                return true;
            }
        }
    }
    if digits_only && num.len() > 1 && num.starts_with('0') {
        return true;
    }
    let before = text[..start].trim_end().to_lowercase();
    before.ends_with("nomor")
        || before.ends_with("no.")
        || before.ends_with("no")
        || before.ends_with("pasal")
}

/// Parses `7.996.826`, `41,30`, `16.800` by Indonesian convention. Returns the
/// value and the number of printed decimals.
pub fn parse_indonesian(s: &str) -> Option<(f64, usize)> {
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    let int: String = int.chars().filter(|c| *c != '.').collect();
    if int.len() > 30 || frac.len() > 30 {
        return None;
    }
    let joined = if frac.is_empty() { int } else { format!("{int}.{frac}") };
    joined.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (v, frac.len()))
}

fn qualifier_before(before: &str) -> Approx {
    let tail: String = before.chars().rev().take(24).collect::<Vec<_>>().into_iter().rev().collect();
    let tail = tail.to_lowercase();
    let tail = tail.trim_end();
    const TABLE: &[(&str, Approx)] = &[
        ("kurang lebih", Approx::About),
        ("lebih dari", Approx::Over),
        ("kurang dari", Approx::Under),
        ("di atas", Approx::Over),
        ("di bawah", Approx::Under),
        ("sekitar", Approx::About),
        ("kira-kira", Approx::About),
        ("hampir", Approx::About),
        ("±", Approx::About),
        ("hingga", Approx::UpTo),
        ("sampai", Approx::UpTo),
        ("lebih", Approx::Over),
    ];
    for (word, approx) in TABLE {
        if let Some(head) = tail.strip_suffix(word) {
            if head.is_empty() || head.ends_with([' ', '(', ',']) {
                return *approx;
            }
        }
    }
    Approx::Exact
}

fn unit_after(after: &str) -> Option<String> {
    let word: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    let word = word.to_lowercase();
    const UNITS: &[&str] = &[
        "orang",
        "pekerja",
        "peserta",
        "jiwa",
        "perusahaan",
        "badan",
        "proyek",
        "kasus",
        "anak",
        "tenaga",
        "buruh",
        "karyawan",
        "pegawai",
        "klaim",
        "penerima",
        "nelayan",
        "petani",
        "pemberi",
    ];
    UNITS.contains(&word.as_str()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let q = scan(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn indonesian_grouping_and_decimals() {
        assert_eq!(one("total 7.996.826 pekerja").value, 7_996_826.0);
        let p = one("sekitar 41,30 persen");
        assert_eq!((p.value, p.kind, p.approx, p.step), (41.3, Kind::Percent, Approx::About, 0.01));
    }

    #[test]
    fn money_with_scale_and_trailing_lebih() {
        let q = one("sebesar Rp5,060 triliun lebih pada");
        assert_eq!((q.value, q.kind, q.approx), (5.06e12, Kind::Money, Approx::Over));
        assert_eq!(one("Rp16.800 per bulan").value, 16_800.0);
    }

    #[test]
    fn years_regulations_and_times_are_not_quantities() {
        assert!(scan("Permendagri Nomor 14 Tahun 2025").is_empty());
        assert!(scan("pukul 11:10 WIB pada 5/2/2026").is_empty());
    }
}
