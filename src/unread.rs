//! The numbers the core did not turn into facts, each with why: a year, a
//! date, a regulation's number, a page's furniture, a figure of another
//! domain (what one person receives, a share of wages, an amount in dollars),
//! or a figure the reader's words did not settle. The page shows them quietly
//! in the text with their reason, so a missed statistic never looks like
//! `1.000 pasar`, and one click makes one a fact.

use crate::case::Lowercase;
use crate::dates::MONTH_NAMES;
use crate::facts::{Fact, Input};
use crate::furniture::LineClass;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Why a number is not a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    // What the number is.
    Year,
    Date,
    Time,
    Regulation,
    Code,
    Ordinal,
    Furniture,
    Headline,
    // A figure, but not a statistic of this domain.
    OtherDomain,
    OtherCurrency,
    ManyWord,
    WageShare,
    RateRange,
    PlacesThreshold,
    ShareOfSegment,
    ShareOfBefore,
    ShareOfCompanies,
    ShareOfTotal,
    ShareOfParticipants,
    ShareOfWorkforce,
    TargetShare,
    Benchmark,
    NotAmountPaid,
    PerPerson,
    PerRecipient,
    NotPeople,
    Event,
    Handful,
    Hypothetical,
    Change,
    Addition,
    Population,
    PercentWithoutSign,
    Misprint,
    // A figure whose words did not say what it counts.
    NotUnderstood,
}

impl Why {
    /// The kind of reason the page groups by: `year`, `date`, `time`,
    /// `regulation`, `code`, `furniture`, `headline`, `not_domain`,
    /// `not_understood`.
    pub fn kind(self) -> &'static str {
        use Why::*;
        match self {
            Year => "year",
            Date => "date",
            Time => "time",
            Regulation => "regulation",
            Code | Ordinal => "code",
            Furniture => "furniture",
            Headline => "headline",
            NotUnderstood => "not_understood",
            _ => "not_domain",
        }
    }

    /// The reason in Indonesian and in English.
    pub fn message(self) -> (&'static str, &'static str) {
        use Why::*;
        match self {
            Year => ("sebuah tahun", "a year"),
            Date => ("sebuah tanggal atau periode", "a date or a period"),
            Time => ("jam", "a time of day"),
            Regulation => ("nomor peraturan", "a regulation's number"),
            Code => ("kode atau nama, bukan statistik", "a code or a name, not a statistic"),
            Ordinal => ("urutan, bukan statistik", "an ordinal, not a statistic"),
            Furniture => ("bagian halaman, bukan isi berita", "part of the page, not of the article"),
            Headline => {
                ("di judul; isi berita tidak menyebutnya", "in the headline; the body does not state it")
            }
            OtherDomain => (
                "bukan statistik bidang ini (bunga, dana, anggaran, harga)",
                "not a statistic of this domain (a rate, a fund, a budget, a price)",
            ),
            OtherCurrency => ("jumlah dalam mata uang lain", "an amount in another currency"),
            ManyWord => ("kata untuk \"banyak\", bukan angka", "a number word for \"many\", not a figure"),
            WageShare => (
                "persentase upah (tarif iuran atau manfaat)",
                "a share of wages (a contribution or benefit rate)",
            ),
            RateRange => {
                ("rentang persentase, bukan angka satu wilayah", "a range of rates, not one region's figure")
            }
            PlacesThreshold => ("ambang untuk sejumlah wilayah", "a threshold about a number of places"),
            ShareOfSegment => (
                "bagian peserta per segmen, bukan tingkat cakupan",
                "a share of the participants by segment, not a coverage rate",
            ),
            ShareOfBefore => ("bagian dari angka sebelumnya", "a share of the figure before"),
            ShareOfCompanies => {
                ("persentase perusahaan, bukan pekerja", "a share of companies, not of workers")
            }
            ShareOfTotal => {
                ("bagian dari suatu jumlah, bukan tingkat cakupan", "a share of a total, not a coverage rate")
            }
            ShareOfParticipants => (
                "bagian dari peserta, bukan tingkat cakupan",
                "a share of the participants, not a coverage rate",
            ),
            ShareOfWorkforce => (
                "bagian dari angkatan kerja, bukan tingkat cakupan",
                "a share of the workforce, not a coverage rate",
            ),
            TargetShare => (
                "capaian atas target, bukan tingkat cakupan",
                "the share of a target reached, not a coverage rate",
            ),
            Benchmark => (
                "patokan atau syarat, bukan angka terukur",
                "a benchmark or a condition, not a measured rate",
            ),
            NotAmountPaid => (
                "bukan jumlah yang dibayar atau dihimpun program (utang, dana, anggaran)",
                "not a sum the programs paid or collected (a debt, a fund, a budget)",
            ),
            PerPerson => (
                "hak satu orang, bukan jumlah yang dibayar",
                "what one person is entitled to, not what was paid",
            ),
            PerRecipient => (
                "yang diterima satu penerima, bukan total",
                "what one recipient receives, not what was paid in all",
            ),
            NotPeople => ("menghitung sesuatu selain orang", "counts something other than people"),
            Event => ("orang di suatu acara", "people at an event"),
            Handful => ("segelintir orang, bukan statistik", "a handful of people, not a statistic"),
            Hypothetical => ("pengandaian atau batas atas", "a hypothetical or a maximum"),
            Change => ("perubahan, bukan jumlah", "a change, not a count"),
            Addition => ("tambahan, bukan jumlah", "an addition, not a count"),
            Population => ("jumlah penduduk, bukan angkatan kerja", "a population, not a workforce"),
            Misprint => ("angka yang salah ketik", "a misprinted number"),
            PercentWithoutSign => (
                "tampaknya persentase tanpa kata \"persen\", bukan jumlah orang",
                "seems a share printed without \"percent\", not a count of people",
            ),
            NotUnderstood => (
                "kata-kata di sekitarnya tidak menyebut apa yang dihitung",
                "the words around it do not say what it counts",
            ),
        }
    }
}

/// A number that is not a fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    pub range: Range<usize>,
    pub why: Why,
}

/// What the facts stage says of the figures it read and set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Passed {
    /// The figure's index in the quantities.
    pub quantity: usize,
    pub why: Why,
}

/// Every number in the text that no fact covers, in text order: the figures
/// the facts stage set aside with its reason, and every other run of digits
/// with what it is.
pub fn list(input: &Input, facts: &[Fact], passed: &[Passed]) -> Vec<Unread> {
    // Every fact's spans, sorted, for a lookup by position (linear overall).
    let mut spans: Vec<Range<usize>> = facts.iter().flat_map(|f| f.spans.iter().cloned()).collect();
    crate::sort::by_key(&mut spans, |s| s.start as u128);
    let covered = |r: &Range<usize>| overlaps(&spans, r);
    let quantity_at = |r: &Range<usize>| {
        let k = input.quantities.partition_point(|q| q.range.end <= r.start);
        input.quantities.get(k).is_some_and(|q| q.range.start < r.end)
    };
    let mut passed: Vec<&Passed> = passed.iter().collect();
    crate::sort::by_key(&mut passed, |p| p.quantity as u128);
    let mut out: Vec<Unread> = Vec::new();
    for (i, q) in input.quantities.iter().enumerate() {
        if covered(&q.range) {
            continue;
        }
        let line = input.segments.line_at(q.range.start);
        let why = match input.layout.lines.get(line) {
            // A figure the facts stage left open may still be a number of a
            // known kind (`Jalan Veteran No. 41`).
            Some(LineClass::Body) => passed
                .binary_search_by_key(&i, |p| p.quantity)
                .map_or_else(|_| what_is(input, &q.range), |k| passed[k].why),
            Some(LineClass::Title) => Why::Headline,
            _ => Why::Furniture,
        };
        out.push(Unread { range: q.range.clone(), why });
    }
    let bytes = input.text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        // `18/10/2025` is one number, a date.
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b'.' | b',' | b'/')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let r = start..i;
        if covered(&r) || quantity_at(&r) {
            continue;
        }
        out.push(Unread { why: what_is(input, &r), range: r });
    }
    crate::sort::by_key(&mut out, |u| u.range.start as u128);
    out
}

/// What a run of digits that is not a figure is.
fn what_is(input: &Input, r: &Range<usize>) -> Why {
    let text = input.text;
    let line = input.segments.line_at(r.start);
    if !matches!(input.layout.lines.get(line), Some(LineClass::Body | LineClass::Title)) {
        return Why::Furniture;
    }
    let digits = &text[r.clone()];
    let before = &text[..r.start];
    let after = &text[r.end..];
    let letter_before = before.chars().next_back().is_some_and(|c| {
        c.is_alphabetic()
            || c == '/'
            || c == '-' && before[..before.len() - 1].chars().next_back().is_some_and(char::is_alphabetic)
    });
    let letter_after = after.chars().next().is_some_and(char::is_alphabetic);
    // Only the few words before the number are read (the text before it may be long).
    let mut from = r.start.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..r.start];
    if before.ends_with("ke-")
        || before.len() >= 3 && before.as_bytes()[before.len() - 3..].eq_ignore_ascii_case(b"ke ")
    {
        return Why::Ordinal;
    }
    // `Nomor 44 Tahun 2015`, `UU No. 24/2011`, `Pasal 7 ayat (2)`.
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .map(|w| w.lowercase())
        .collect();
    let law = |w: &str| {
        [
            "nomor",
            "no",
            "nomer",
            "pasal",
            "ayat",
            "uu",
            "pp",
            "perpres",
            "permenaker",
            "inpres",
            "keppres",
            "perda",
            "pergub",
            "perbup",
            "perwal",
            "permen",
            "law",
            "regulation",
            "article",
        ]
        .contains(&w)
    };
    // The first word before that is neither a number nor `tahun` names a law.
    let named = words.iter().find(|w| w.as_str() != "tahun" && !w.bytes().all(|b| b.is_ascii_digit()));
    let address = words.iter().take(4).any(|w| w == "jalan" || w == "jl");
    if named.is_some_and(|w| law(w)) {
        return if address { Why::Code } else { Why::Regulation };
    }
    let inside = |r2: &Range<usize>| r2.start <= r.start && r.end <= r2.end;
    // Dates and periods are in text order: only those starting before the
    // number can hold it.
    let in_date = {
        let k = input.dates.partition_point(|d| d.range.start <= r.start);
        input.dates[..k].iter().rev().take(8).any(|d| inside(&d.range))
    };
    let in_period = {
        let k = input.periods.partition_point(|p| p.range.start <= r.start);
        input.periods[..k].iter().rev().take(8).any(|p| inside(&p.range))
    };
    // `per 31 Juli`, `May 25`: a day by its month.
    let word_after = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let month = |w: &str| {
        MONTH_NAMES.iter().any(|(m, _)| {
            w.eq_ignore_ascii_case(m) || w.len() >= 3 && m.len() > 3 && m[..3].eq_ignore_ascii_case(w)
        })
    };
    let day = digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    if day && (month(word_after) || words.first().is_some_and(|w| month(w))) {
        return Why::Date;
    }
    if in_date || in_period || day_month(digits) {
        return if digits.len() == 4 && !digits.contains(['/', '.', ',']) { Why::Year } else { Why::Date };
    }
    if letter_before || letter_after {
        return Why::Code;
    }
    if digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
        return Why::Year;
    }
    if ["wib", "wita", "wit"].iter().any(|z| word_after.eq_ignore_ascii_case(z))
        || words.first().is_some_and(|w| w == "pukul")
    {
        return Why::Time;
    }
    Why::NotUnderstood
}

/// `13/12`, `18/10/2025`: a day and a month, and maybe a year.
fn day_month(digits: &str) -> bool {
    let parts: Vec<&str> = digits.split('/').collect();
    let n = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    matches!(parts.len(), 2 | 3)
        && n(0).is_some_and(|d| (1..=31).contains(&d))
        && n(1).is_some_and(|m| (1..=12).contains(&m))
        && (parts.len() == 2 || n(2).is_some_and(|y| (1900..=2100).contains(&y) || y < 100))
}

/// Does a span of `sorted` (by start) overlap `r`?
fn overlaps(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    // Spans may nest or overlap one another; look back over those that start
    // before `r` ends, from the last such.
    let k = sorted.partition_point(|s| s.start < r.end);
    sorted[..k].iter().rev().take(64).any(|s| r.start < s.end)
}
