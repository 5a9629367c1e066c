//! Stage 4: quantities. Decides which stretches of text are numbers that count
//! something, what they are worth, how precisely they were printed and how the
//! wording qualifies them.
//!
//! Indonesian style first: `.` groups thousands and `,` marks decimals
//! (`7.996.826`, `41,30`), scale words multiply (`3,2 juta`, `Rp5,060 triliun`,
//! `1,5 jt`, `100 rb`), `Rp`/`Rp.`/`IDR`/`rupiah` mark rupiah and `persen`/`%` a
//! percentage. Single letters scale only where they cannot be units: after
//! rupiah `K` is ribu, `M` miliar and `T` triliun (`Rp70,2 M`, `Rp50k`); after
//! a plain figure only a glued `K` (`100K pekerja`) or a glued `m` before a
//! counted noun (`30.5m workers`). A space typed after a grouping dot inside one
//! amount (`Rp. 533. 254.856.048,44`) is read through.
//!
//! English numbers (`Rp1.68 Triliun`, `30.5 million`, `30.5 mn`, `Rp5bn`,
//! `7,996,826`, `22.2 percent`) are read too; whenever a separator could be
//! read two ways (`1.500`, `5,060`, `684,000`) the Indonesian reading wins
//! unless the article itself writes its numbers the English way (commas that
//! group, dots before decimals, English scale or percent words) or the thing
//! counted cannot be fractional, and [`Quantity::reading`] says which reading
//! was taken. English qualifiers (`around`, `some`, `more than`, `at least`,
//! `fewer than`, `up to`) and units (`workers`, `participants`, `employers`,
//! ...) are read as the Indonesian ones are. Number words (`dua ratus ribu`,
//! `sebelas`, `ribuan`, `separuh`) and ranges (`500-600 ribu`, `antara 10
//! hingga 20 persen`, `between 10 and 20 percent`) are read as well.
//!
//! Amounts in other currencies (`US$5.85 billion`, `SGD 2.000`, `5 juta dolar
//! AS`, `10 billion €`) are money with [`Quantity::currency`] set; after such a
//! mark `M` is million and `B` billion (`$5M`).
//!
//! A sign is kept: `minus 1,2 persen`, `negatif 2 persen` and a `-` glued to a
//! percentage, an amount or a scaled figure (`-3,5 persen`) are negative. A `-`
//! with a space after it is a dash or a list bullet (`Palu - 3,5 persen`, `- 50
//! persen` at a line start), one between two figures a range (`10-20 persen`),
//! and one after a word part of a code (`COVID-19`).
//!
//! A qualifier before or after the number (`sekitar`, `lebih dari`, `hingga`,
//! `Rp1 triliun lebih`) is kept as [`Approx`] with its place. `mencapai`
//! ("reaches") is not a qualifier: `baru mencapai 27,36 persen` states the figure
//! reached, so it reads as exact. `hingga`/`sampai` are `up_to` only when they
//! qualify the number itself, not when they join two numbers (`10 hingga 20`,
//! `dari 30 persen hingga 45 persen`) or introduce a date (dates are not
//! quantities at all).
//!
//! Not quantities, skipped here and never passed on: dates and periods (whatever
//! [`crate::dates`] reads, and a day before a month name), bare years, times
//! (`11:10 WIB`, `pukul 09.00`), regulation numbers (`Nomor 14 Tahun 2025`, `PP
//! 60/2015`, `UU 40 Tahun 2004`), phone numbers (`0813-8007-0175`, `call center
//! 175`), ages (`berusia 45 tahun`, `aged 56`, `56 years old`), ordinals
//! (`ke-3`, `peringkat 5`), labels (`phase 4`, `law n°40`), list numbering (`1.
//! Jaminan Hari Tua`), a day after a month name (`May 25`), codes glued to
//! letters (`B2B`, `COVID-19`, `G20`). A figure a typo glued to the end of a word (`Pangkalan Bun75 ribu`)
//! is read when a space and a scale word or `persen` follow it, and its span
//! starts at its digits.
//!
//! Cost: linear in the text. The dates pass runs once; then each number is read
//! once, left to right, looking back a bounded window (48 bytes) for its
//! qualifier and context words, never rescanning the text before it.

use crate::case::Lowercase;
use crate::numwords;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Count,
    Money,
    Percent,
}

/// How the wording qualifies the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
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
    /// The number with its currency, scale and percent sign (`Rp1 triliun lebih`,
    /// `500-600 ribu`), without a qualifier word before it.
    pub range: Range<usize>,
    /// Rupiah in rupiah, percent as 41.3, counts as counts. For a range, the low end.
    pub value: f64,
    pub kind: Kind,
    pub approx: Approx,
    /// The place value of the last printed digit, in the unit of `value`
    /// (`3,2 juta` is 100 000, `41,30` is 0.01, `7.996.826` is 1). Number words
    /// carry the place of their smallest word (`dua ratus ribu` is 100 000, `ribuan`
    /// is 1 000); `separuh` and the like carry 10 (percentage points): "half" is
    /// said of anything from about 45 to 55 percent.
    pub step: f64,
    /// The noun that follows, lowercased (`orang`, `pekerja`, `peserta`, `badan
    /// usaha`, `pemberi kerja`, ...), from a closed list of things news counts; an
    /// unknown word gives `None`.
    pub unit: Option<String>,
    /// How an ambiguous separator was read, or that a non-Indonesian convention was
    /// used (`1.68` read as a decimal point). `None` when the number is
    /// unambiguous Indonesian.
    pub reading: Option<&'static str>,
    /// The upper end of a range (`500-600 ribu`: value 500 000, high 600 000).
    pub high: Option<f64>,
    /// Where the qualifier word stands (`sekitar`, `lebih dari`, or the `lebih` of
    /// `Rp1 triliun lebih`), when there is one.
    pub qualifier: Option<Range<usize>>,
    /// The ISO 4217 code of an amount in another currency (`US$5.85 billion`,
    /// `5 juta dolar AS`, `10 billion €`): `Some("USD")`, `Some("EUR")`, ... with
    /// kind `Money` and the value in that currency. `None` for rupiah, counts and
    /// percentages.
    pub currency: Option<&'static str>,
}

/// `1.500`: a dot before exactly three digits, read as grouping, where nothing
/// around it decides (a whole-unit noun or rupiah without a scale word would).
pub const READ_DOT_GROUPING: &str =
    "a dot before three digits read as Indonesian thousands grouping (1.500 = 1500)";
/// `1.500 pekerja` in an article that otherwise writes English decimals.
pub const READ_DOT_GROUPING_WHOLE: &str =
    "a dot before three digits read as thousands grouping: what is counted comes in whole units";
/// `1.500` in an article that groups with commas: read as a decimal point.
pub const READ_DOT_DECIMAL_BY_ARTICLE: &str =
    "a dot before three digits read as an English decimal point: the article groups thousands with commas";
/// `1.68`, `3.05`: a dot that cannot group thousands.
pub const READ_DOT_DECIMAL: &str = "a dot read as an English decimal point (1.68 = 1.68)";
/// `5,060 triliun`: a comma before exactly three digits, read as decimals.
pub const READ_COMMA_DECIMAL: &str =
    "a comma before three digits read as an Indonesian decimal comma (5,060 = 5.06)";
/// `1,500 pekerja`, `Rp16,800`: whole things.
pub const READ_COMMA_GROUPING_WHOLE: &str =
    "a comma before three digits read as thousands grouping: what is counted comes in whole units";
/// `1,500` in an article that writes English decimals.
pub const READ_COMMA_GROUPING_BY_ARTICLE: &str =
    "a comma before three digits read as English thousands grouping: the article writes decimals with a dot";
/// `7,996,826`, `1,234.5`.
pub const READ_COMMA_GROUPING: &str = "commas read as English thousands grouping (7,996,826 = 7996826)";

/// Every quantity in `text` (the normalized text), in order.
pub fn scan(text: &str) -> Vec<Quantity> {
    scan_in(text, false)
}

/// [`scan`] for a text known to be English (`english`): where nothing in the
/// article decides an ambiguous separator (`690,000`), it is read the English
/// way, as grouping.
pub fn scan_in(text: &str, english: bool) -> Vec<Quantity> {
    scan_with(text, english, &crate::dates::scan(text), &crate::dates::scan_periods(text))
}

/// [`scan_in`] with the text's dates and periods already scanned (as the
/// pipeline has them), so that neither is scanned twice.
pub fn scan_with(
    text: &str,
    english: bool,
    dates: &[crate::dates::DateMention],
    periods: &[crate::dates::Period],
) -> Vec<Quantity> {
    let mut blocked: Vec<Range<usize>> = dates.iter().map(|d| d.range.clone()).collect();
    blocked.extend(periods.iter().map(|p| p.range.clone()));
    crate::sort::by_key(&mut blocked, |r| crate::sort::pair(r.start, r.end));
    let mut convention = Convention::of(text);
    if english {
        convention.english += 1;
    }
    let cx = Scanner { text, bytes: text.as_bytes(), blocked, convention };
    cx.run()
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Date and period spans, sorted by start.
    blocked: Vec<Range<usize>>,
    convention: Convention,
}

/// How the article as a whole writes its numbers, from the numbers that can be
/// read only one way. Decides the ambiguous ones (`1.500`, `5,060`).
#[derive(Debug, Default, Clone, Copy)]
struct Convention {
    dot_grouping: usize,
    comma_decimal: usize,
    comma_grouping: usize,
    dot_decimal: usize,
    /// Figures with an English scale or percent word (`684 million`, `22 percent`).
    english: usize,
}

impl Convention {
    fn of(text: &str) -> Convention {
        let bytes = text.as_bytes();
        let mut c = Convention::default();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let tok = lex(text, i);
            let seps = &tok.seps;
            if seps.is_empty() && Suffix::read(text, tok.end, Cur::None).english {
                c.english += 1;
            }
            if !seps.is_empty() && seps.len() < 64 {
                let groups_of_3 = tok.groups[1..].iter().all(|g| g.len() == 3) && tok.groups[0].len() <= 3;
                let all = |b: u8| seps.iter().all(|s| *s == b);
                let last_len = tok.groups.last().map_or(0, |g| g.len());
                let suffix = Suffix::read(text, tok.end, Cur::None);
                let scaled = suffix.has_scale || suffix.percent;
                c.english += usize::from(suffix.english);
                if all(b'.') && seps.len() >= 2 && groups_of_3 {
                    c.dot_grouping += 1;
                } else if all(b',') && seps.len() >= 2 && groups_of_3 {
                    c.comma_grouping += 1;
                } else if all(b',') && seps.len() == 1 && last_len != 3 {
                    c.comma_decimal += 1;
                } else if all(b'.') && seps.len() == 1 && last_len != 3 && scaled {
                    c.dot_decimal += 1;
                } else if seps.len() >= 2 && seps[..seps.len() - 1].iter().all(|s| *s == seps[0]) {
                    let last = seps[seps.len() - 1];
                    if seps[0] == b'.' && last == b',' {
                        c.dot_grouping += 1;
                        c.comma_decimal += 1;
                    } else if seps[0] == b',' && last == b'.' {
                        c.comma_grouping += 1;
                        c.dot_decimal += 1;
                    }
                }
            }
            i = tok.end.max(i + 1);
        }
        c
    }

    /// `1.500` is a decimal only where the article groups with commas and never with dots.
    fn dot_is_decimal(&self) -> bool {
        self.comma_grouping > 0 && self.dot_grouping == 0
    }

    /// `1,500` is grouping where the article writes English numbers (groups with
    /// commas, decimals with a dot, or English scale and percent words) and no
    /// Indonesian decimals.
    fn comma_is_grouping(&self) -> bool {
        (self.comma_grouping > 0 || self.dot_decimal > 0 || self.english > 0) && self.comma_decimal == 0
    }
}

/// A run of digits joined by `.` or `,` (each separator followed by a digit).
struct Token<'a> {
    start: usize,
    end: usize,
    groups: Vec<&'a str>,
    seps: Vec<u8>,
}

fn lex(text: &str, start: usize) -> Token<'_> {
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    let mut seps = Vec::new();
    let mut i = start;
    let mut gstart = start;
    // The digits so far are dot-grouped (at most three, then threes), for
    // [`stray_space_in_grouping`].
    let mut dot_grouped = true;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let group = &text[gstart..i];
        dot_grouped &= if groups.is_empty() { group.len() <= 3 } else { group.len() == 3 };
        groups.push(group);
        if i + 1 < bytes.len() && matches!(bytes[i], b'.' | b',') && bytes[i + 1].is_ascii_digit() {
            dot_grouped &= bytes[i] == b'.';
            seps.push(bytes[i]);
            i += 1;
            gstart = i;
        } else if dot_grouped
            && stray_space_in_grouping(bytes, i)
            && (groups.len() >= 2 || currency_before(text, start).is_some())
        {
            // `Rp. 533. 254.856.048,44`: one amount with a space typed after a dot.
            seps.push(b'.');
            i += 2;
            gstart = i;
        } else {
            break;
        }
    }
    Token { start, end: i, groups, seps }
}

/// True when a space after the dot at `i` may be a typo inside one amount
/// (`533. 254.856.048,44`): after the space come three digits that go on
/// grouping (a dot or a decimal comma and a digit). [`lex`] also wants the
/// digits before dot-grouped, and a currency before the amount or two groups
/// before the space, so a sentence that ends in a small figure (`berjumlah
/// 300. 254.856 lainnya`) stays two.
fn stray_space_in_grouping(bytes: &[u8], i: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    bytes.get(i) == Some(&b'.')
        && bytes.get(i + 1) == Some(&b' ')
        && (i + 2..i + 5).all(digit)
        && matches!(bytes.get(i + 5), Some(b'.' | b','))
        && digit(i + 6)
}

/// A number's digits read one way: integer digits, fraction digits, and the note.
struct Reading {
    mantissa: u128,
    decimals: i32,
    note: Option<&'static str>,
}

/// Reads the token's separators. `whole` is true when what follows comes in
/// whole units (a count of people, rupiah without a scale word).
fn interpret(tok: &Token, conv: &Convention, whole: bool) -> Option<Reading> {
    let g = &tok.groups;
    let seps = &tok.seps;
    let n = seps.len();
    let first = g[0];
    let rest_3 = g[1..].iter().all(|x| x.len() == 3);
    let (int_groups, frac, note): (&[&str], &str, Option<&'static str>) = if n == 0 {
        (&g[..], "", None)
    } else if seps.iter().all(|s| *s == b'.') {
        if n == 1 {
            if g[1].len() == 3 && first.len() <= 3 && first != "0" {
                if whole {
                    // `1.500 anak`, `Rp16.800`: no reading but grouping makes sense.
                    let note = conv.dot_is_decimal().then_some(READ_DOT_GROUPING_WHOLE);
                    (&g[..], "", note)
                } else if conv.dot_is_decimal() {
                    (&g[..1], g[1], Some(READ_DOT_DECIMAL_BY_ARTICLE))
                } else {
                    (&g[..], "", Some(READ_DOT_GROUPING))
                }
            } else {
                (&g[..1], g[1], Some(READ_DOT_DECIMAL))
            }
        } else if rest_3 && first.len() <= 3 {
            (&g[..], "", None)
        } else {
            return None; // `1.1.1`, `2.1.3`: section numbers, versions
        }
    } else if seps.iter().all(|s| *s == b',') {
        if n == 1 {
            if g[1].len() == 3 && first.len() <= 3 && first != "0" {
                if whole {
                    (&g[..], "", Some(READ_COMMA_GROUPING_WHOLE))
                } else if conv.comma_is_grouping() {
                    (&g[..], "", Some(READ_COMMA_GROUPING_BY_ARTICLE))
                } else {
                    (&g[..1], g[1], Some(READ_COMMA_DECIMAL))
                }
            } else {
                (&g[..1], g[1], None)
            }
        } else if rest_3 && first.len() <= 3 {
            (&g[..], "", Some(READ_COMMA_GROUPING))
        } else {
            return None; // `1,2,3`: a list
        }
    } else {
        // One kind of separator groups, the other (last, once) marks decimals.
        let grouping = seps[0];
        let last = seps[n - 1];
        let ok = seps[..n - 1].iter().all(|s| *s == grouping)
            && last != grouping
            && g[1..n].iter().all(|x| x.len() == 3)
            && first.len() <= 3;
        if !ok {
            return None;
        }
        let note = if grouping == b',' { Some(READ_COMMA_GROUPING) } else { None };
        (&g[..n], g[n], note)
    };
    let digits: usize = int_groups.iter().map(|x| x.len()).sum::<usize>() + frac.len();
    if digits > 30 {
        return None;
    }
    let mut mantissa: u128 = 0;
    for d in int_groups.iter().flat_map(|x| x.bytes()).chain(frac.bytes()) {
        mantissa = mantissa * 10 + u128::from(d - b'0');
    }
    Some(Reading { mantissa, decimals: frac.len() as i32, note })
}

/// `m × 10^e`, rounded once.
fn scaled(m: u128, e: i32) -> f64 {
    let m = m as f64;
    if e >= 0 {
        m * 10f64.powi(e)
    } else {
        m / 10f64.powi(-e)
    }
}

/// The currency written before an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cur {
    None,
    Rupiah,
    /// Another currency, by its ISO 4217 code.
    Foreign(&'static str),
}

/// Currency marks written before an amount, glued or after one space: rupiah
/// (`None`, any case, `Rp` with an optional stop) and other currencies (exact
/// case, so the letters of a word are not read as one). Not `SAR`: `tim SAR 12
/// orang` is a rescue team.
const CURRENCY_PREFIXES: &[(&str, Option<&str>)] = &[
    ("Rp", None),
    ("IDR", None),
    ("US$", Some("USD")),
    ("USD", Some("USD")),
    ("S$", Some("SGD")),
    ("SGD", Some("SGD")),
    ("HK$", Some("HKD")),
    ("HKD", Some("HKD")),
    ("AU$", Some("AUD")),
    ("A$", Some("AUD")),
    ("AUD", Some("AUD")),
    ("$", Some("USD")),
    ("€", Some("EUR")),
    ("EUR", Some("EUR")),
    ("£", Some("GBP")),
    ("GBP", Some("GBP")),
    ("RM", Some("MYR")),
    ("MYR", Some("MYR")),
    ("¥", Some("JPY")),
    ("JPY", Some("JPY")),
    ("CNY", Some("CNY")),
    ("RMB", Some("CNY")),
];

/// Currency words after an amount (`5 juta dolar AS`, `10 billion €`), longest
/// first where one starts another.
const CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("dolar Amerika Serikat", "USD"),
    ("dolar Amerika", "USD"),
    ("dolar AS", "USD"),
    ("dollar AS", "USD"),
    ("dolar Singapura", "SGD"),
    ("dolar Australia", "AUD"),
    ("dolar Hong Kong", "HKD"),
    ("US dollars", "USD"),
    ("US dollar", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("dolar", "USD"),
    ("USD", "USD"),
    ("SGD", "SGD"),
    ("EUR", "EUR"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("€", "EUR"),
    ("ringgit", "MYR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("riyal", "SAR"),
];

/// A currency word after an amount at `p` (one space before it): its end and code.
fn currency_word_after(text: &str, p: usize) -> Option<(usize, &'static str)> {
    CURRENCY_SUFFIXES.iter().find_map(|(w, code)| word_after(text, p, &[w]).map(|e| (e, *code)))
}

/// Does the currency mark `mark` stand at `p` (rupiah's in any case)?
fn mark_at(bytes: &[u8], p: usize, mark: &str, rupiah: bool) -> bool {
    let m = mark.as_bytes();
    bytes.get(p..p + m.len()).is_some_and(|b| if rupiah { b.eq_ignore_ascii_case(m) } else { b == m })
}

/// The currency written before the digits at `digits`: where it starts and which.
fn currency_before(text: &str, digits: usize) -> Option<(usize, Cur)> {
    let bytes = text.as_bytes();
    let mut p = digits;
    if p > 0 && bytes[p - 1] == b' ' {
        p -= 1;
    }
    // `Rp.`, `Rp .`: only rupiah takes a stop.
    let mut q = p;
    if q > 0 && bytes[q - 1] == b'.' {
        q -= 1;
        if q > 0 && bytes[q - 1] == b' ' {
            q -= 1;
        }
    }
    for (mark, code) in CURRENCY_PREFIXES {
        let end = if code.is_none() { [p, q] } else { [p, p] };
        for e in end {
            let Some(s) = e.checked_sub(mark.len()) else { continue };
            let boundary = !char_before(text, s).is_some_and(|c| is_word_char(c) || c == '$');
            if text.is_char_boundary(s) && mark_at(bytes, s, mark, code.is_none()) && boundary {
                return Some((s, code.map_or(Cur::Rupiah, Cur::Foreign)));
            }
        }
    }
    None
}

/// A currency mark written at `p` (the second end of a range): where the digits
/// may start after it, and which currency.
fn currency_after(text: &str, p: usize) -> Option<(usize, Cur)> {
    let bytes = text.as_bytes();
    for (mark, code) in CURRENCY_PREFIXES {
        if mark_at(bytes, p, mark, code.is_none()) {
            let mut e = p + mark.len();
            if code.is_none() && bytes.get(e) == Some(&b'.') {
                e += 1;
            }
            return Some((skip_space(bytes, e), code.map_or(Cur::Rupiah, Cur::Foreign)));
        }
    }
    None
}

/// Words that make the figure after them negative.
const SIGN_WORDS: &[&str] = &["minus", "negatif", "negative"];

/// Where a sign word right before `p` (one space between) starts.
fn sign_word_before(text: &str, p: usize) -> Option<usize> {
    let head = text.get(..p)?.strip_suffix(' ')?;
    SIGN_WORDS.iter().find_map(|w| {
        let s = head.len().checked_sub(w.len())?;
        let ok = head.is_char_boundary(s)
            && head[s..].eq_ignore_ascii_case(w)
            && !char_before(head, s).is_some_and(is_word_char);
        ok.then_some(s)
    })
}

/// A figure a typo glued to the end of the word before it (`Pangkalan Bun75 ribu`):
/// the word has at least two letters and no capital after its first, and a space
/// and a scale word or `persen` follow the figure. Codes (`B2B`, `G20`, `COVID19`,
/// `5G`) are not read.
fn glued_to_word_by_typo(text: &str, tok: &Token) -> bool {
    let head = &text.as_bytes()[tok.start.saturating_sub(16)..tok.start];
    let word: Vec<u8> = head.iter().rev().copied().take_while(u8::is_ascii_alphabetic).collect();
    let is_word = word.len() >= 2
        && word.len() < 16
        && word[..word.len() - 1].iter().all(u8::is_ascii_lowercase)
        && !char_before(text, tok.start - word.len()).is_some_and(is_word_char);
    let spaced = text.as_bytes().get(tok.end) == Some(&b' ');
    let s = Suffix::read(text, tok.end, Cur::None);
    is_word && spaced && (s.has_scale || s.percent)
}

/// What follows a number: scale, percent, currency word.
#[derive(Debug, Default, Clone, Copy)]
struct Suffix {
    end: usize,
    scale: i32,
    has_scale: bool,
    /// `468 ribuan`, `3 jutaan`: a scale word in its collective form ("some
    /// 468 thousand"), which makes the figure approximate.
    collective: bool,
    percent: bool,
    rupiah: bool,
    /// Another currency named after the amount (`5 juta dolar AS`).
    currency: Option<&'static str>,
    /// The scale or percent word is English (`million`, `percent`).
    english: bool,
}

/// Scale words, any case (`rb`, `jt` may carry a stop), and English abbreviations.
const SCALE_WORDS: &[(&str, i32)] = &[
    ("ribu", 3),
    ("rb", 3),
    ("juta", 6),
    ("jt", 6),
    ("miliar", 9),
    ("milyar", 9),
    ("milliar", 9),
    ("triliun", 12),
    ("trilyun", 12),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("mn", 6),
    ("bn", 9),
    ("tn", 12),
];

/// Where the English words start in [`SCALE_WORDS`].
const ENGLISH_SCALES: usize = 9;

const PERCENT_WORDS: &[&str] = &["persen", "per sen", "prosen", "percent", "per cent"];

impl Suffix {
    /// Reads `[ ]scale[ ]percent|rupiah|IDR|currency` at `pos` after a number with
    /// the currency `cur` before it (see [`scale_at`] for single letters).
    fn read(text: &str, pos: usize, cur: Cur) -> Suffix {
        let mut s = Suffix { end: pos, ..Suffix::default() };
        let mut p = pos;
        if let Some((e, scale, english)) = scale_at(text, p, cur) {
            s.scale = scale;
            s.has_scale = true;
            s.english = english;
            s.end = e;
            p = e;
        } else if let Some(e) = word_after(text, p, &["ribuan", "jutaan"]) {
            let word = text[skip_space(text.as_bytes(), p)..e].to_ascii_lowercase();
            s.scale = if word == "ribuan" { 3 } else { 6 };
            s.has_scale = true;
            s.collective = true;
            s.end = e;
            p = e;
        }
        if let Some(e) = percent_at(text, p) {
            s.percent = true;
            let word = text[skip_space(text.as_bytes(), p)..e].to_ascii_lowercase();
            s.english |= word == "percent" || word == "per cent";
            s.end = e;
        } else if let Some(e) = word_after(text, p, &["rupiah", "IDR"]) {
            s.rupiah = true;
            s.end = e;
        } else if let Some((e, code)) = currency_word_after(text, p).filter(|_| cur == Cur::None) {
            s.currency = Some(code);
            s.end = e;
        }
        s
    }
}

/// Skips at most one space.
fn skip_space(bytes: &[u8], p: usize) -> usize {
    if bytes.get(p) == Some(&b' ') {
        p + 1
    } else {
        p
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn char_at(text: &str, p: usize) -> Option<char> {
    text.get(p..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, p: usize) -> Option<char> {
    text.get(..p).and_then(|s| s.chars().next_back())
}

/// One of `words` (ASCII, case-insensitive) at `p` after at most one space,
/// ending at a word boundary. Returns the end.
fn word_after(text: &str, p: usize, words: &[&str]) -> Option<usize> {
    let p = skip_space(text.as_bytes(), p);
    let rest = text.get(p..)?;
    for w in words {
        if rest.len() >= w.len()
            && rest.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && !char_at(rest, w.len()).is_some_and(is_word_char)
        {
            return Some(p + w.len());
        }
    }
    None
}

/// A scale after a number at `p`: its end, its power of ten, and whether it is
/// English. Single letters depend on what came before: after rupiah `K` is ribu,
/// `M` miliar and `T` triliun (`Rp70,2 M`, `Rp50k`); after another currency `K`,
/// `M`/`m`, `B`/`b`, `T` are thousand, million, billion, trillion (`$5M`); after a
/// plain number only a glued `K` (`100K pekerja`) or a glued `m`/`M` before a
/// counted noun (`30.5m workers`), so metres and tonnes stay out. A letter must
/// not be followed by another letter or digit.
fn scale_at(text: &str, p: usize, cur: Cur) -> Option<(usize, i32, bool)> {
    let q = skip_space(text.as_bytes(), p);
    let rest = text.get(q..)?;
    for (i, (w, e)) in SCALE_WORDS.iter().enumerate() {
        let english = i >= ENGLISH_SCALES;
        // The English abbreviations only in lower case (`Tn.` is a title).
        let abbr = w.len() == 2 && english;
        let matches = if abbr {
            rest.as_bytes().starts_with(w.as_bytes())
        } else {
            rest.len() >= w.len() && rest.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        };
        if matches && !char_at(rest, w.len()).is_some_and(is_word_char) {
            // `jt.`/`rb.` abbreviations may carry a stop.
            let mut end = q + w.len();
            if w.len() == 2 && !english && rest.as_bytes().get(2) == Some(&b'.') {
                end += 1;
            }
            return Some((end, *e, english));
        }
    }
    let c = *rest.as_bytes().first()?;
    if char_at(rest, 1).is_some_and(is_word_char) {
        return None;
    }
    let glued = q == p;
    let e = match (cur, c) {
        (Cur::Rupiah, b'K' | b'k') => 3,
        (Cur::Rupiah, b'M') => 9,
        (Cur::Rupiah, b'T') => 12,
        (Cur::Foreign(_), b'K' | b'k') => 3,
        (Cur::Foreign(_), b'M' | b'm') => 6,
        (Cur::Foreign(_), b'B' | b'b') => 9,
        (Cur::Foreign(_), b'T') => 12,
        (Cur::None, b'K' | b'k') if glued => 3,
        (Cur::None, b'M' | b'm') if glued && unit_at(text, q + 1).is_some_and(|(u, _)| is_whole_unit(&u)) => {
            6
        }
        _ => return None,
    };
    Some((q + 1, e, false))
}

fn percent_at(text: &str, p: usize) -> Option<usize> {
    let q = skip_space(text.as_bytes(), p);
    if text.as_bytes().get(q) == Some(&b'%') {
        return Some(q + 1);
    }
    word_after(text, p, PERCENT_WORDS)
}

/// Nouns news counts, for [`Quantity::unit`]: people (cases and claims count
/// people paid), two-word ones first, then everything else a figure counts.
/// The facts stage asks [`is_person_unit`] of these.
const PERSON_UNITS_2: &[&str] =
    &["tenaga kerja", "ahli waris", "kepala keluarga", "pelaku usaha", "perangkat desa"];
const OTHER_UNITS_2: &[&str] = &["badan usaha", "pemberi kerja"];
const PERSON_UNITS: &[&str] = &[
    "orang",
    "pekerja",
    "peserta",
    "jiwa",
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
    "pelaku",
    "warga",
    "keluarga",
    "kk",
    "siswa",
    "pelajar",
    "mahasiswa",
    "guru",
    "pengemudi",
    "driver",
    "ojol",
    "honorer",
    "relawan",
    "kader",
    "pedagang",
    "pengusaha",
    // English.
    "workers",
    "participants",
    "members",
    "people",
    "persons",
    "employees",
    "cases",
    "claims",
    "families",
    "households",
    "children",
    "beneficiaries",
];
const OTHER_UNITS: &[&str] = &[
    "perusahaan",
    "proyek",
    "pemberi",
    "umkm",
    "ukm",
    "koperasi",
    "desa",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "kantor",
    "cabang",
    "sekolah",
    "lembaga",
    "instansi",
    "unit",
    "berkas",
    "berita",
    "pos",
    "kegiatan",
    "program",
    "kartu",
    "rekening",
    "akun",
    "hari",
    "bulan",
    "tahun",
    "minggu",
    "pekan",
    "jam",
    "menit",
    // English.
    "employers",
    "companies",
    "businesses",
    "projects",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
];

/// Does a unit noun (as [`Quantity::unit`] gives it, lower case) count people?
pub fn is_person_unit(u: &str) -> bool {
    PERSON_UNITS.contains(&u) || PERSON_UNITS_2.contains(&u)
}

/// Units that come in whole things (not `tahun`, `jam`, `years`, ...).
fn is_whole_unit(u: &str) -> bool {
    !matches!(
        u,
        "hari"
            | "bulan"
            | "tahun"
            | "minggu"
            | "pekan"
            | "jam"
            | "menit"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "hours"
    )
}

/// The unit noun at `p` (after spaces), and its end.
fn unit_at(text: &str, p: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut q = p;
    while q < bytes.len() && q - p < 3 && bytes[q] == b' ' {
        q += 1;
    }
    if q == p && q < bytes.len() && bytes[q].is_ascii_alphabetic() {
        // Glued letters are not a unit (`5G`).
        return None;
    }
    if let Some(e) = word_after(text, q, PERSON_UNITS_2).or_else(|| word_after(text, q, OTHER_UNITS_2)) {
        return Some((text[q..e].to_ascii_lowercase(), e));
    }
    let e = word_after(text, q, PERSON_UNITS).or_else(|| word_after(text, q, OTHER_UNITS))?;
    Some((text[q..e].to_ascii_lowercase(), e))
}

/// Words after a trailing `lebih` that keep it a qualifier (`Rp1 triliun lebih
/// kepada`, `500 lebih pekerja`); any other word makes it a comparison (`10
/// persen lebih tinggi`).
const LEBIH_FOLLOWERS: &[&str] = &[
    "kepada",
    "untuk",
    "pada",
    "di",
    "ke",
    "yang",
    "dan",
    "atau",
    "serta",
    "dengan",
    "per",
    "sejak",
    "selama",
    "sepanjang",
    "hingga",
    "sampai",
    "dalam",
    "bagi",
    "itu",
    "tersebut",
    "telah",
    "sudah",
    "juga",
    "se",
    "tiap",
    "setiap",
    "sebulan",
    "setahun",
    "per",
    "tahun",
    "pada",
    "dari",
    "sebagai",
    "terdaftar",
    "tercatat",
];

/// Qualifier phrases before a number, longest first where one ends another.
const QUALIFIERS: &[(&str, Approx)] = &[
    ("tidak lebih dari", Approx::UpTo),
    ("no more than", Approx::UpTo),
    ("not more than", Approx::UpTo),
    ("no less than", Approx::Over),
    ("not less than", Approx::Over),
    ("tak lebih dari", Approx::UpTo),
    ("tidak kurang dari", Approx::Over),
    ("tak kurang dari", Approx::Over),
    ("tidak sampai", Approx::Under),
    ("tak sampai", Approx::Under),
    ("belum sampai", Approx::Under),
    ("belum mencapai", Approx::Under),
    ("kurang lebih", Approx::About),
    ("lebih kurang", Approx::About),
    ("kurang-lebih", Approx::About),
    ("kira-kira", Approx::About),
    ("kisaran", Approx::About),
    ("sekitar", Approx::About),
    ("sekira", Approx::About),
    ("hampir", Approx::About),
    ("nyaris", Approx::About),
    ("mendekati", Approx::About),
    ("+/-", Approx::About),
    ("+-", Approx::About),
    ("±", Approx::About),
    ("lebih dari", Approx::Over),
    ("lebih daripada", Approx::Over),
    ("di atas", Approx::Over),
    ("diatas", Approx::Over),
    ("melebihi", Approx::Over),
    ("melampaui", Approx::Over),
    ("minimal", Approx::Over),
    ("minimum", Approx::Over),
    ("sedikitnya", Approx::Over),
    ("setidaknya", Approx::Over),
    ("paling sedikit", Approx::Over),
    ("sekurang-kurangnya", Approx::Over),
    ("lebih", Approx::Over),
    ("kurang dari", Approx::Under),
    ("di bawah", Approx::Under),
    ("dibawah", Approx::Under),
    ("maksimal", Approx::UpTo),
    ("maksimum", Approx::UpTo),
    ("paling banyak", Approx::UpTo),
    ("sebanyak-banyaknya", Approx::UpTo),
    ("sampai dengan", Approx::UpTo),
    ("s.d.", Approx::UpTo),
    ("s/d", Approx::UpTo),
    ("hingga", Approx::UpTo),
    ("sampai", Approx::UpTo),
    // English.
    ("approximately", Approx::About),
    ("around", Approx::About),
    ("about", Approx::About),
    ("roughly", Approx::About),
    ("some", Approx::About),
    ("nearly", Approx::About),
    ("almost", Approx::About),
    ("more than", Approx::Over),
    ("over", Approx::Over),
    ("above", Approx::Over),
    ("at least", Approx::Over),
    ("less than", Approx::Under),
    ("fewer than", Approx::Under),
    ("under", Approx::Under),
    ("below", Approx::Under),
    ("up to", Approx::UpTo),
];

/// Words right before a number that make it a label, not an amount (Indonesian,
/// then English).
const LABEL_WORDS: &[&str] = &[
    "nomor",
    "no",
    "no.",
    "nomer",
    "nmr",
    "pasal",
    "ayat",
    "bab",
    "huruf",
    "butir",
    "poin",
    "pp",
    "uu",
    "perpres",
    "perda",
    "pergub",
    "perbup",
    "perwal",
    "perwali",
    "keppres",
    "kepres",
    "inpres",
    "perppu",
    "sk",
    "se",
    "pmk",
    "qanun",
    "perkada",
    "peringkat",
    "urutan",
    "juara",
    "ranking",
    "rangking",
    "tahap",
    "gelombang",
    "jilid",
    "edisi",
    "halaman",
    "hal.",
    "lantai",
    "kelas",
    "angkatan",
    "seri",
    "level",
    "zona",
    "blok",
    "rt",
    "rw",
    "km",
    "pukul",
    "jam",
    "pkl",
    "pkl.",
    "telp",
    "telp.",
    "telepon",
    "tlp",
    "tel.",
    "hp",
    "wa",
    "whatsapp",
    "hubungi",
    "hotline",
    "center",
    "kontak",
    "sms",
    "fax",
    "faks",
    "ponsel",
    "layanan",
    "versi",
    "tipe",
    "type",
    "kode",
    "ruang",
    "gedung",
    "jalan",
    "jl",
    "jl.",
    "kav",
    "kav.",
    "gang",
    "ke",
    "hari",
    "hut",
    "usia",
    "berusia",
    "umur",
    "berumur",
    "usianya",
    "umurnya",
    "episode",
    "putaran",
    "babak",
    "periode",
    "tanggal",
    "tgl",
    "tgl.",
    "number",
    "n°",
    "nº",
    "law",
    "regulation",
    "decree",
    "article",
    "chapter",
    "section",
    "paragraph",
    "phase",
    "stage",
    "round",
    "wave",
    "batch",
    "page",
    "floor",
    "rank",
    "ranked",
    "grade",
    "class",
    "version",
    "item",
    "point",
    "room",
    "tier",
    "step",
    "ext",
    "ext.",
    "tel",
    "phone",
];

/// Currency words before an amount that no mark in [`CURRENCY_PREFIXES`] reads
/// (`euro 5`, `usd 5`): the figure is left out rather than read as a count.
const FOREIGN_CURRENCY: &[&str] = &[
    "usd", "sgd", "eur", "euro", "myr", "aud", "jpy", "yen", "cny", "yuan", "riyal", "dolar", "dollar",
    "ringgit",
];

/// Words that introduce a phone number (checked one and two words back).
const PHONE_WORDS: &[&str] = &[
    "telp", "telp.", "telepon", "tlp", "tel.", "hp", "wa", "whatsapp", "hubungi", "hotline", "center",
    "centre", "kontak", "sms", "fax", "faks", "ponsel", "layanan", "call",
];

/// Words that make the number after them an age (`berusia 45 tahun`).
const AGE_WORDS: &[&str] =
    &["usia", "berusia", "umur", "berumur", "usianya", "umurnya", "aged", "age", "ages"];

/// True when a month name follows at `p`: the number before it is a day. An
/// abbreviation needs its capital and a stop or a year after it (`5 Jan.`, `5
/// Jan 2025`), so `5 jun` in other words is not read as a date.
fn month_follows(text: &str, p: usize) -> bool {
    let q = skip_space(text.as_bytes(), p);
    let rest = text.get(q..).unwrap_or("");
    let len = rest.bytes().take(10).take_while(u8::is_ascii_alphabetic).count();
    if len == 0 || len > 9 || char_at(rest, len).is_some_and(is_word_char) {
        return false;
    }
    match crate::dates::month_word(&rest[..len]) {
        Some((_, false)) => true,
        Some((_, true)) => {
            rest.starts_with(|c: char| c.is_ascii_uppercase())
                && (rest[len..].starts_with('.')
                    || rest[len..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
        }
        None => false,
    }
}

/// True when a capitalised month name (or its abbreviation, with or without its
/// stop) stands right before `p`, one space between: the number at `p` is a day.
fn month_before(text: &str, p: usize) -> bool {
    let Some(head) = text.get(..p).and_then(|h| h.strip_suffix(' ')) else { return false };
    let head = head.strip_suffix('.').unwrap_or(head);
    let len = head.bytes().rev().take(10).take_while(u8::is_ascii_alphabetic).count();
    let word = &head[head.len() - len..];
    (1..=9).contains(&len)
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && !char_before(head, head.len() - len).is_some_and(is_word_char)
        && crate::dates::month_word(word).is_some()
}

/// The last few words before `p`, lowercased, nearest first, within 48 bytes.
fn words_before(text: &str, p: usize) -> Vec<String> {
    let mut ws = p.saturating_sub(48);
    while !text.is_char_boundary(ws) {
        ws += 1;
    }
    let window = &text[ws..p];
    let mut words: Vec<String> = window
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | ';' | '"'))
        .filter(|w| !w.is_empty())
        .take(4)
        .map(|w| w.lowercase())
        .collect();
    // The first chunk may be cut mid-word by the window.
    if ws > 0 && words.len() == 4 {
        words.pop();
    }
    words
}

impl<'a> Scanner<'a> {
    fn blocked(&self, pos: usize) -> bool {
        let i = self.blocked.partition_point(|r| r.start <= pos);
        self.blocked[..i].iter().rev().take(4).any(|r| r.end > pos)
    }

    fn run(&self) -> Vec<Quantity> {
        let bytes = self.bytes;
        let mut out: Vec<Quantity> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                let tok = lex(self.text, i);
                let next = tok.end.max(i + 1);
                let prev_end = out.last().map_or(0, |q| q.range.end);
                match self.numeric(&tok, prev_end) {
                    Step::Emit(q, end) => {
                        out.push(q);
                        i = end.max(next);
                    }
                    Step::Skip(end) => i = end.max(next),
                }
            } else if b.is_ascii_alphabetic() && !char_before(self.text, i).is_some_and(is_word_char) {
                let mut wend = i;
                while wend < bytes.len() && bytes[wend].is_ascii_alphabetic() {
                    wend += 1;
                }
                let mut buf = [0u8; 16];
                let lower = (wend - i <= 16).then(|| {
                    let w = &mut buf[..wend - i];
                    w.copy_from_slice(&bytes[i..wend]);
                    w.make_ascii_lowercase();
                    std::str::from_utf8(w).unwrap_or("")
                });
                if lower.is_some_and(numwords::starts_number) {
                    let prev_end = out.last().map_or(0, |q| q.range.end);
                    if let Some((q, end)) = self.words(i, prev_end) {
                        out.push(q);
                        i = end;
                        continue;
                    }
                }
                i = wend.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }

    /// Reads the qualifier that ends right before `start`, if any.
    fn qualifier_before(&self, start: usize, prev_end: usize) -> Option<(Approx, Range<usize>)> {
        let text = self.text;
        let mut ws = start.saturating_sub(40);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        let window = &text[ws..start];
        let trimmed = window.trim_end();
        let tb = trimmed.as_bytes();
        for (w, approx) in QUALIFIERS {
            let wb = w.as_bytes();
            if tb.len() < wb.len() || !tb[tb.len() - wb.len()..].eq_ignore_ascii_case(wb) {
                continue;
            }
            let head = &trimmed[..tb.len() - wb.len()];
            let boundary = w.starts_with(|c: char| !c.is_alphanumeric()) || !head.ends_with(is_word_char);
            if !boundary {
                continue;
            }
            let qstart = ws + head.len();
            if matches!(approx, Approx::UpTo)
                && matches!(*w, "hingga" | "sampai" | "sampai dengan" | "s.d." | "s/d" | "up to")
            {
                // Joining two numbers (`10 persen hingga 20 persen`), not qualifying one.
                let h = head.trim_end();
                let joined = (prev_end > 0 && ws + h.len() <= prev_end)
                    || h.ends_with(|c: char| c.is_ascii_digit() || c == '%');
                if joined {
                    return None;
                }
            }
            return Some((*approx, qstart..qstart + w.len()));
        }
        None
    }

    /// A number written in digits, starting at `tok.start`.
    fn numeric(&self, tok: &Token, prev_end: usize) -> Step {
        let text = self.text;
        let bytes = self.bytes;
        let skip = Step::Skip(tok.end);
        if self.blocked(tok.start) {
            return skip;
        }
        // Currency before: `Rp`, `Rp.`, `Rp . `, `IDR`, `US$`, `USD `, `€`.
        let (mut start, cur) = match currency_before(text, tok.start) {
            Some((s, c)) => (s, c),
            None => (tok.start, Cur::None),
        };
        let money = cur != Cur::None;
        // A sign glued to the figure (`-3,5 persen`, `(+2 persen)`): kept only for a
        // percentage, an amount or a scaled figure, below; never after a word or a
        // digit (`COVID-19`, `10-20`), and never with a space after it (`Palu - 3,5
        // persen` is a dash, `- 50 persen` at a line start a bullet).
        let glued_sign = match start.checked_sub(1).map(|p| bytes[p]) {
            Some(c @ (b'-' | b'+'))
                if !char_before(text, start - 1)
                    .is_some_and(|b| is_word_char(b) || matches!(b, '-' | '+' | '.' | ',' | '/' | ':')) =>
            {
                Some(c)
            }
            _ => None,
        };
        // Glued to something before: letters (`B2B`), `COVID-19`, `5/2`, `#1`, but
        // not a typo that glued a figure to the word before it (`Bun75 ribu`).
        let before = char_before(text, start);
        if before.is_some_and(is_word_char) && !(start == tok.start && glued_to_word_by_typo(text, tok)) {
            return skip;
        }
        if let (Some(c), None) = (before, glued_sign) {
            if c == '+' {
                return self.skip_phone(tok.end);
            }
            if c == '-' && !money {
                return skip;
            }
            if matches!(c, '/' | ':' | '#' | '@' | '$' | '\\' | '_' | '=' | '*') {
                return skip;
            }
            if matches!(c, '.' | ',') && !money {
                return skip;
            }
        }
        // Glued to something after.
        let after = char_at(text, tok.end);
        let after2 = char_at(text, tok.end + 1);
        let digit_follows = after2.is_some_and(|c| c.is_ascii_digit());
        if matches!(after, Some('/' | ':')) && digit_follows {
            return self.skip_chain(tok.end);
        }
        // `1990-an`, `20-an`: a decade or an age bracket.
        if after == Some('-')
            && text[tok.end + 1..].starts_with("an")
            && !char_at(text, tok.end + 3).is_some_and(is_word_char)
        {
            return Step::Skip(tok.end + 3);
        }
        let leading_zero = tok.groups[0].len() > 1 && tok.groups[0].starts_with('0');
        if leading_zero && tok.seps.is_empty() {
            return self.skip_phone(tok.end);
        }

        // Scale, percent and currency word after the first number.
        let mut suffix = Suffix::read(text, tok.end, cur);
        if suffix.end == tok.end {
            if let Some(c) = after {
                if is_word_char(c) && !money {
                    return skip; // `5G`, `2x`, `10an`
                }
                if is_word_char(c) && money && !suffix.has_scale {
                    return skip;
                }
            }
        }

        // A range: `500-600 ribu`, `Rp1-2 juta`, `antara 10 hingga 20 persen`.
        let mut high_tok: Option<(Token, Suffix)> = None;
        let mut end = suffix.end;
        let range = if glued_sign.is_none() { self.range_tail(start, tok, &suffix, cur) } else { None };
        if let Some((t2, s2, e2)) = range {
            high_tok = Some((t2, s2));
            end = e2;
        } else if matches!(after, Some('-')) && digit_follows {
            // `0813-8007-0175`, `2-1`: a chain of numbers that is not a range.
            return self.skip_chain(tok.end);
        }
        if let Some((_, s2)) = &high_tok {
            if !suffix.has_scale && s2.has_scale {
                suffix.scale = s2.scale;
                suffix.has_scale = true;
            }
            suffix.percent |= s2.percent;
            suffix.rupiah |= s2.rupiah;
            suffix.currency = suffix.currency.or(s2.currency);
        }
        let money = money || suffix.rupiah || suffix.currency.is_some();
        let currency = match cur {
            Cur::Foreign(code) => Some(code),
            _ => suffix.currency,
        };
        let figure = money || suffix.percent || suffix.has_scale;
        // A sign: glued (see above) or a word (`minus 1,2 persen`, `negatif 2 persen`).
        let negative = match glued_sign {
            Some(c) if figure => {
                start -= 1;
                c == b'-'
            }
            Some(b'+') => return self.skip_phone(tok.end),
            Some(_) => return skip,
            None => match sign_word_before(text, start) {
                Some(s) => {
                    start = s;
                    true
                }
                None => false,
            },
        };

        // A day before a month name, a time before `WIB`.
        if month_follows(text, end) {
            return Step::Skip(end);
        }
        if word_after(text, end, &["WIB", "WITA", "WIT", "a.m.", "p.m.", "am", "pm"]).is_some() {
            return Step::Skip(end);
        }

        // The `,-` of `Rp500.000,-`.
        if money
            && text[end..].starts_with(",-")
            && !char_at(text, end + 2).is_some_and(|c| c.is_ascii_digit())
        {
            end += 2;
        }

        // Trailing qualifier and unit.
        let mut trailing: Option<(Approx, Range<usize>)> = None;
        let mut unit_from = end;
        if let Some(le) = word_after(text, end, &["lebih"]) {
            let next = unit_at(text, le).map(|(_, e)| e);
            let follower = word_after(text, le, LEBIH_FOLLOWERS).is_some();
            let punct = matches!(
                char_at(text, skip_space(bytes, le)),
                None | Some('.' | ',' | ';' | ')' | '"' | '\n')
            );
            let comparative = word_after(text, le, &["dari", "daripada"]).is_some();
            if (next.is_some() || follower || punct) && !comparative {
                let ls = le - 5;
                trailing = Some((Approx::Over, ls..le));
                end = le;
                unit_from = le;
            }
        } else if let Some(e) = word_after(text, end, &["ke atas"]) {
            trailing = Some((Approx::Over, skip_space(bytes, end)..e));
            end = e;
            unit_from = e;
        } else if let Some(e) = word_after(text, end, &["ke bawah"]) {
            trailing = Some((Approx::Under, skip_space(bytes, end)..e));
            end = e;
            unit_from = e;
        }
        let unit = unit_at(text, unit_from)
            .map(|(u, _)| u)
            .filter(|u| is_whole_unit(u) || (!money && !suffix.percent && !suffix.has_scale));

        // Context: the words before.
        let prev = words_before(text, start);
        let w1 = prev.first().map(String::as_str).unwrap_or("");
        let bare = !money && !suffix.percent && !suffix.has_scale;
        let sentence_start = {
            let head = text[..start].trim_end_matches(' ');
            head.is_empty() || head.ends_with(['\n', ':', ';'])
        };
        // Labels (`Nomor 14`, `pukul 9`, `peringkat 5`); `ke 5 provinsi` still counts.
        let label = LABEL_WORDS.contains(&w1) && !(w1 == "ke" && unit.is_some() && bare);
        if label && (bare || !matches!(w1, "ke" | "hari" | "periode" | "layanan" | "jam")) {
            return Step::Skip(end);
        }
        let w2 = prev.get(1).map(String::as_str).unwrap_or("");
        if bare && unit.is_none() && (PHONE_WORDS.contains(&w1) || PHONE_WORDS.contains(&w2)) {
            return Step::Skip(end);
        }
        // A currency word before the figure that is not a mark read above (`euro 5`).
        if !money && FOREIGN_CURRENCY.contains(&w1) {
            return Step::Skip(end);
        }
        if w1.starts_with("perm") || w1.starts_with("kepm") || w1.starts_with("permen") {
            return Step::Skip(end);
        }
        // An age: `berusia 45 tahun`, `usia produktif 15-64 tahun`, `usia 56`,
        // `aged 56`, `56 years old`.
        if bare {
            let years_follow = word_after(text, end, &["tahun", "thn"]).is_some();
            let age_word = prev.iter().take(3).any(|w| AGE_WORDS.contains(&w.as_str()));
            let old = word_after(text, end, &["years old", "year old", "years-old", "year-old"]).is_some();
            if AGE_WORDS.contains(&w1) || (age_word && years_follow) || old {
                return Step::Skip(end);
            }
        }
        // A day after a month name, an English date without its year: `Monday, May 25`.
        if bare
            && unit.is_none()
            && tok.seps.is_empty()
            && tok.groups[0].len() <= 2
            && month_before(text, start)
        {
            return Step::Skip(end);
        }
        if bare {
            let n_digits: usize = tok.groups.iter().map(|g| g.len()).sum();
            // A regulation's number before its year: `UU 40 Tahun 2004`.
            if let Some(e) = word_after(text, end, &["tahun"]) {
                let y = skip_space(bytes, e);
                if bytes.len() >= y + 4
                    && bytes[y..y + 4].iter().all(u8::is_ascii_digit)
                    && !bytes.get(y + 4).is_some_and(u8::is_ascii_digit)
                {
                    return Step::Skip(end);
                }
            }
            // A span of years: `RPJMD 2025-2029`.
            if let Some((t2, _)) = &high_tok {
                let year = |t: &Token| {
                    t.seps.is_empty()
                        && t.groups[0].len() == 4
                        && (1900..=2100).contains(&t.groups[0].parse().unwrap_or(0))
                };
                if year(tok) && year(t2) {
                    return Step::Skip(end);
                }
            }
            // A bare year, unless it counts people (`2024 pekerja` after `sebanyak`).
            if tok.seps.is_empty() && tok.groups[0].len() == 4 && high_tok.is_none() {
                let y: u32 = tok.groups[0].parse().unwrap_or(0);
                let counted = unit.as_deref().is_some_and(is_whole_unit)
                    && matches!(
                        w1,
                        "sebanyak" | "sejumlah" | "total" | "jumlah" | "mencapai" | "terdapat" | "ada"
                    );
                if (1900..=2100).contains(&y) && !counted {
                    return Step::Skip(end);
                }
            }
            // A clock time without its zone: `buka 08.00-16.00`, `pukul 9.30`.
            let clock = |t: &Token| {
                t.seps == [b'.'] && t.groups[1].len() == 2 && t.groups[0].len() <= 2 && {
                    let (h, m): (u32, u32) =
                        (t.groups[0].parse().unwrap_or(99), t.groups[1].parse().unwrap_or(99));
                    h <= 24 && m <= 59
                }
            };
            if clock(tok) && high_tok.as_ref().is_none_or(|(t2, _)| clock(t2)) {
                return Step::Skip(end);
            }
            // IDs and unseparated phone numbers.
            if tok.seps.is_empty() && n_digits >= 9 {
                return Step::Skip(end);
            }
            // List numbering: `1. Jaminan`, `2) JKK`, `(3)`.
            let single = tok.seps.is_empty() && n_digits <= 2;
            if single {
                let closer = char_at(text, tok.end);
                let after_closer = char_at(text, tok.end + 1);
                if sentence_start
                    && matches!(closer, Some('.' | ')'))
                    && matches!(after_closer, None | Some(' ' | '\n'))
                {
                    return Step::Skip(end);
                }
                if before == Some('(') && closer == Some(')') {
                    return Step::Skip(end);
                }
            }
        }

        // Value.
        let whole = (money && !suffix.has_scale && !suffix.percent)
            || (bare && unit.as_deref().is_some_and(is_whole_unit));
        let Some(r) = interpret(tok, &self.convention, whole) else { return Step::Skip(end) };
        let value = scaled(r.mantissa, suffix.scale - r.decimals);
        let value = if negative { -value } else { value };
        let step = scaled(1, suffix.scale - r.decimals);
        if !value.is_finite() {
            return Step::Skip(end);
        }
        let mut note = r.note;
        let high = match &high_tok {
            Some((t2, s2)) => {
                let Some(r2) = interpret(t2, &self.convention, whole) else { return Step::Skip(end) };
                note = note.or(r2.note);
                let sc = if s2.has_scale { s2.scale } else { suffix.scale };
                Some(scaled(r2.mantissa, sc - r2.decimals))
            }
            None => None,
        };
        if high.is_some_and(|h| h <= value) {
            return Step::Skip(end);
        }
        let kind = if suffix.percent {
            Kind::Percent
        } else if money {
            Kind::Money
        } else {
            Kind::Count
        };
        let (approx, qualifier) = match (self.qualifier_before(start, prev_end), trailing) {
            (_, Some((a, r))) => (a, Some(r)),
            (Some((a, r)), None) => (a, Some(r)),
            (None, None) if suffix.collective => (Approx::About, None),
            (None, None) => (Approx::Exact, None),
        };
        // A range says nothing about `hingga` before it.
        let (approx, qualifier) = if high.is_some() && approx == Approx::UpTo {
            (Approx::Exact, None)
        } else {
            (approx, qualifier)
        };
        Step::Emit(
            Quantity {
                range: start..end,
                value,
                kind,
                approx,
                step,
                unit,
                reading: note,
                high,
                qualifier,
                currency,
            },
            end,
        )
    }

    /// Skips a chain of digit groups joined by `-`, `/`, `:`, `.` (phone numbers,
    /// dates, times, codes) from `p`.
    fn skip_chain(&self, mut p: usize) -> Step {
        let bytes = self.bytes;
        while p + 1 < bytes.len()
            && matches!(bytes[p], b'-' | b'/' | b':' | b'.' | b',')
            && bytes[p + 1].is_ascii_digit()
        {
            p += 1;
            while p < bytes.len() && bytes[p].is_ascii_digit() {
                p += 1;
            }
        }
        Step::Skip(p)
    }

    /// Skips the rest of a phone number from `p`: digit groups joined by `-`,
    /// `.` or one space (`+62 812 3456 7890`, `0813-8007-0175`).
    fn skip_phone(&self, mut p: usize) -> Step {
        let bytes = self.bytes;
        while p + 1 < bytes.len() && matches!(bytes[p], b'-' | b'.' | b' ') && bytes[p + 1].is_ascii_digit() {
            p += 1;
            while p < bytes.len() && bytes[p].is_ascii_digit() {
                p += 1;
            }
        }
        Step::Skip(p)
    }

    /// The second number of a range after `tok`/`s1` (the figure starts at
    /// `start`): `-600`, ` hingga 20`, ` s.d. 20`, ` and 20` after `between`.
    fn range_tail(
        &self,
        start: usize,
        tok: &Token,
        s1: &Suffix,
        cur: Cur,
    ) -> Option<(Token<'a>, Suffix, usize)> {
        let text = self.text;
        let bytes = self.bytes;
        let p = s1.end;
        let q = skip_space(bytes, p);
        let (conn_end, word_conn) = if bytes.get(q) == Some(&b'-') {
            (q + 1, false)
        } else if let Some(e) = word_after(
            text,
            p,
            &["sampai dengan", "s.d.", "s/d", "hingga", "sampai", "s.d", "dan", "and", "to"],
        ) {
            (e, true)
        } else {
            return None;
        };
        let mut r = skip_space(bytes, conn_end);
        if cur != Cur::None || word_conn || s1.has_scale {
            // `Rp1 juta-Rp2 juta`, `US$1 million-US$2 million`: the same currency again.
            if let Some(e) =
                currency_after(text, r).filter(|(_, c)| *c == cur || cur == Cur::None).map(|(e, _)| e)
            {
                r = e;
            }
        }
        if !bytes.get(r).is_some_and(u8::is_ascii_digit) || self.blocked(r) {
            return None;
        }
        let t2 = lex(text, r);
        if char_at(text, t2.end).is_some_and(|c| c == '-' || c == '/' || c == ':')
            && char_at(text, t2.end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            return None; // a chain: `0813-8007-0175`
        }
        if t2.groups[0].len() > 1 && t2.groups[0].starts_with('0')
            || tok.groups[0].len() > 1 && tok.groups[0].starts_with('0')
        {
            return None;
        }
        let s2 = Suffix::read(text, t2.end, cur);
        // The second end must be the larger (`antara 20 hingga 10` is two numbers).
        let low = interpret(tok, &self.convention, false)
            .map(|r| scaled(r.mantissa, if s1.has_scale { s1.scale } else { s2.scale } - r.decimals));
        let high = interpret(&t2, &self.convention, false).map(|r| scaled(r.mantissa, s2.scale - r.decimals));
        if !matches!((low, high), (Some(l), Some(h)) if h > l) {
            return None;
        }
        if word_conn {
            // `antara 10 hingga 20 persen`, `between 10 and 20 percent`, or the second
            // number carries what the first lacks (`10 hingga 20 persen`, `10 to 20
            // percent`, but `from 10 to 20 percent` is a change).
            let w = words_before(text, start).first().cloned().unwrap_or_default();
            let between = w == "antara" || w == "between";
            let conn = text[skip_space(bytes, p)..conn_end].to_ascii_lowercase();
            let is_and = conn == "dan" || conn == "and";
            let from_to = conn == "to" && w == "from";
            let shares = !s1.has_scale && !s1.percent && (s2.has_scale || s2.percent);
            let joins = between || (shares && !is_and && !from_to);
            if !joins {
                return None;
            }
        }
        if s1.percent && !s2.percent && !word_conn {
            return None;
        }
        let end = s2.end;
        Some((t2, s2, end))
    }

    /// A number in words at `start`.
    fn words(&self, start: usize, prev_end: usize) -> Option<(Quantity, usize)> {
        let text = self.text;
        if self.blocked(start) {
            return None;
        }
        let n = numwords::read(text, start)?;
        let prev = words_before(text, start);
        if prev.first().is_some_and(|w| w == "salah" || w == "ke") {
            return None;
        }
        let mut end = n.end;
        let mut kind = Kind::Count;
        let mut currency = None;
        let mut value = n.value;
        let mut step = n.step;
        if let Some(e) = percent_at(text, end) {
            kind = Kind::Percent;
            end = e;
        } else if let Some(e) = word_after(text, end, &["rupiah"]) {
            kind = Kind::Money;
            end = e;
        } else if let Some((e, code)) = currency_word_after(text, end) {
            // `lima juta dolar AS`.
            kind = Kind::Money;
            currency = Some(code);
            end = e;
        }
        let unit = unit_at(text, end).map(|(u, _)| u);
        if n.fraction {
            // `separuh dari pekerja`, `sepertiga peserta`: a share.
            let of = word_after(text, end, &["dari"]).is_some() || unit.as_deref().is_some_and(is_whole_unit);
            if !of || kind != Kind::Count {
                return None;
            }
            kind = Kind::Percent;
        } else if n.value < 100.0
            && !n.scaled
            && !n.collective
            && kind == Kind::Count
            && !unit.as_deref().is_some_and(is_whole_unit)
        {
            // `dua hari`, `tiga kali`: small words only count a listed unit.
            return None;
        } else if n.value.fract() != 0.0 && !n.scaled && kind == Kind::Count {
            return None; // `setengah` alone: half of something unnamed
        }
        if kind == Kind::Percent && n.fraction {
            value = n.value;
            step = 10.0;
        }
        let base = if n.collective {
            Approx::Over
        } else if n.fraction {
            Approx::About
        } else {
            Approx::Exact
        };
        let (approx, qualifier) = match self.qualifier_before(start, prev_end) {
            Some((a, r)) => (a, Some(r)),
            None => (base, None),
        };
        let q = Quantity {
            range: start..end,
            value,
            kind,
            approx,
            step,
            unit,
            reading: None,
            high: None,
            qualifier,
            currency,
        };
        Some((q, end))
    }
}

enum Step {
    Emit(Quantity, usize),
    Skip(usize),
}

/// Parses `7.996.826`, `41,30`, `16.800` by Indonesian convention. Returns the
/// value and the number of printed decimals.
pub fn parse_indonesian(s: &str) -> Option<(f64, usize)> {
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    let int: String = int.chars().filter(|c| *c != '.').collect();
    if int.is_empty()
        || int.len() > 30
        || frac.len() > 30
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let joined = if frac.is_empty() { int } else { format!("{int}.{frac}") };
    joined.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (v, frac.len()))
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
