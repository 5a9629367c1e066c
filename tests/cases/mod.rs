//! The case-file runner shared by the native harness (`tests/quantities.rs`) and
//! the browser one (`tests/wasm_quantities.rs`). One place parses the plain-text
//! case files and compares; both harnesses only embed the files and report.
//!
//! # Format
//!
//! One case per line: `input => expected`. `#` starts a comment line; blank
//! lines are ignored. In the input and in quoted strings, `\u{200B}` stands for
//! that character, `\n` for a line break, `\t` for a tab and `\\` for a backslash, so invisible
//! characters stay visible in the file. The input is passed through
//! `normalize` exactly as the pipeline does, and every span is compared against
//! the *original* input, in UTF-8 and in UTF-16.
//!
//! `expected` is `none`, or items separated by ` ; `, every item the scanner
//! finds, in order.
//!
//! In quantity files an item is `"text" kind value` then any of:
//! `high=N` (range upper end), `step=N` (checked only when given),
//! `about|over|under|up_to` (absent: exact), `q="qualifier text"` (absent: no
//! qualifier), `unit=word` or `unit="two words"` (absent: none), `reading`
//! (absent: the number was unambiguous Indonesian), `cur=USD` (an amount in
//! another currency, by its ISO 4217 code; absent: rupiah, or not money).
//!
//! In date files an item is either
//! `date "text" YYYY-MM-DD [until=YYYY-MM-DD] [wd=Kamis ok|wrong]` (a date; the
//! weekday the text names, in Indonesian or English (`wd=Monday` is `wd=Senin`),
//! and whether it matches the date), or
//! `period "text" label within|as_of|since [year=N] [rel=N]`.
//! Every date and every period must be listed. A date file also checks that no
//! quantity overlaps a date or period.

use cakupan::dates::{self, Anchor, WEEKDAYS, WEEKDAYS_EN};
use cakupan::normalize::normalize;
use cakupan::quantities::{self, Approx, Kind, Quantity};
use cakupan::report::Utf16Index;
use std::ops::Range;

/// Which scanner a case file exercises.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Quantities,
    Dates,
}

/// Decodes `\u{XXXX}`, `\n`, `\\`.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('u') => {
                let hex: String = it.by_ref().skip_while(|c| *c == '{').take_while(|c| *c != '}').collect();
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
            }
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Splits an item into tokens: bare words, `key=value`, `"quoted"`, `key="quoted"`.
fn tokens(item: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = item.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn unquote(s: &str) -> String {
    unescape(s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s))
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

/// A span of the normalized text, as the original text, checked to agree in
/// UTF-8 and UTF-16.
struct Spans<'a> {
    input: &'a str,
    norm: cakupan::normalize::Normalized,
    units: Vec<u16>,
    index: Utf16Index<'a>,
}

impl<'a> Spans<'a> {
    fn new(input: &'a str) -> Self {
        Spans {
            input,
            norm: normalize(input),
            units: input.encode_utf16().collect(),
            index: Utf16Index::new(input),
        }
    }

    fn original(&self, r: &Range<usize>) -> Result<String, String> {
        let (s, e) = (self.norm.start_to_original(r.start), self.norm.end_to_original(r.end));
        let utf8 =
            self.input.get(s..e).ok_or_else(|| format!("utf8 span {s}..{e} is not on char boundaries"))?;
        let span = self.index.span(s..e);
        let utf16 = String::from_utf16(&self.units[span.utf16[0]..span.utf16[1]])
            .map_err(|_| format!("utf16 span {:?} splits a surrogate pair", span.utf16))?;
        if utf16 != utf8 {
            return Err(format!("utf16 span reads {utf16:?}, utf8 span reads {utf8:?}"));
        }
        Ok(utf8.to_string())
    }
}

fn esc(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\n' => o.push_str("\\n"),
            '\\' => o.push_str("\\\\"),
            c if c.is_control()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{00A0}' | '\u{2060}' | '\u{FEFF}') =>
            {
                o.push_str(&format!("\\u{{{:X}}}", c as u32))
            }
            c => o.push(c),
        }
    }
    o
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i128)
    } else {
        format!("{v}")
    }
}

fn describe_quantity(sp: &Spans, q: &Quantity) -> String {
    let text = sp.original(&q.range).unwrap_or_else(|e| format!("<{e}>"));
    let kind = match q.kind {
        Kind::Count => "count",
        Kind::Money => "money",
        Kind::Percent => "percent",
    };
    let mut s = format!("\"{}\" {kind} {}", esc(&text), fmt_num(q.value));
    if let Some(h) = q.high {
        s += &format!(" high={}", fmt_num(h));
    }
    s += &format!(" step={}", fmt_num(q.step));
    match q.approx {
        Approx::Exact => {}
        Approx::About => s += " about",
        Approx::Over => s += " over",
        Approx::Under => s += " under",
        Approx::UpTo => s += " up_to",
    }
    if let Some(r) = &q.qualifier {
        s += &format!(" q=\"{}\"", esc(&sp.original(r).unwrap_or_default()));
    }
    if let Some(u) = &q.unit {
        if u.contains(' ') {
            s += &format!(" unit=\"{u}\"");
        } else {
            s += &format!(" unit={u}");
        }
    }
    if q.reading.is_some() {
        s += " reading";
    }
    if let Some(c) = q.currency {
        s += &format!(" cur={c}");
    }
    s
}

fn check_quantity(sp: &Spans, q: &Quantity, item: &str) -> Result<(), String> {
    let toks = tokens(item);
    let mut it = toks.iter();
    let text = unquote(it.next().ok_or("empty item")?);
    let got_text = sp.original(&q.range)?;
    if got_text != text {
        return Err(format!("span {got_text:?}, expected {text:?}"));
    }
    let mut approx = Approx::Exact;
    let mut kind = None;
    let mut value = None;
    let mut high = None;
    let mut qual: Option<String> = None;
    let mut unit: Option<String> = None;
    let mut reading = false;
    let mut currency: Option<String> = None;
    for t in it {
        match t.split_once('=') {
            Some(("high", v)) => high = Some(v.parse::<f64>().map_err(|_| format!("bad high {v}"))?),
            Some(("step", v)) => {
                let step: f64 = v.parse().map_err(|_| format!("bad step {v}"))?;
                if !close(step, q.step) {
                    return Err(format!("step {}, expected {step}", q.step));
                }
            }
            Some(("q", v)) => qual = Some(unquote(v)),
            Some(("unit", v)) => unit = Some(unquote(v)),
            Some(("cur", v)) => currency = Some(v.to_string()),
            Some((k, _)) => return Err(format!("unknown key {k}")),
            None => match t.as_str() {
                "count" => kind = Some(Kind::Count),
                "money" => kind = Some(Kind::Money),
                "percent" => kind = Some(Kind::Percent),
                "about" => approx = Approx::About,
                "over" => approx = Approx::Over,
                "under" => approx = Approx::Under,
                "up_to" => approx = Approx::UpTo,
                "reading" => reading = true,
                v => value = Some(v.parse::<f64>().map_err(|_| format!("bad token {v}"))?),
            },
        }
    }
    let kind = kind.ok_or("item names no kind")?;
    let value = value.ok_or("item names no value")?;
    let mut errs = Vec::new();
    if kind != q.kind {
        errs.push(format!("kind {:?}, expected {kind:?}", q.kind));
    }
    if !close(value, q.value) {
        errs.push(format!("value {}, expected {value}", q.value));
    }
    match (high, q.high) {
        (None, None) => {}
        (Some(a), Some(b)) if close(a, b) => {}
        (a, b) => errs.push(format!("high {b:?}, expected {a:?}")),
    }
    if approx != q.approx {
        errs.push(format!("approx {:?}, expected {approx:?}", q.approx));
    }
    let got_qual = q.qualifier.as_ref().map(|r| sp.original(r)).transpose()?;
    if got_qual != qual {
        errs.push(format!("qualifier {got_qual:?}, expected {qual:?}"));
    }
    if q.unit != unit {
        errs.push(format!("unit {:?}, expected {unit:?}", q.unit));
    }
    if q.currency != currency.as_deref() {
        errs.push(format!("currency {:?}, expected {currency:?}", q.currency));
    }
    if q.reading.is_some() != reading {
        errs.push(format!("reading {:?}, expected {}", q.reading, if reading { "a note" } else { "none" }));
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join(", "))
    }
}

fn anchor_name(a: Anchor) -> &'static str {
    match a {
        Anchor::Within => "within",
        Anchor::AsOf => "as_of",
        Anchor::Since => "since",
    }
}

fn describe_date(sp: &Spans, d: &dates::DateMention) -> String {
    let text = sp.original(&d.range).unwrap_or_else(|e| format!("<{e}>"));
    let mut s = format!("date \"{}\" {}", esc(&text), d.date.iso());
    if let Some(u) = d.until {
        s += &format!(" until={}", u.iso());
    }
    if let Some(w) = d.stated_weekday {
        let ok = if w == d.date.weekday() { "ok" } else { "wrong" };
        s += &format!(" wd={} {ok}", WEEKDAYS[w as usize]);
    }
    s
}

fn describe_period(sp: &Spans, p: &dates::Period) -> String {
    let text = sp.original(&p.range).unwrap_or_else(|e| format!("<{e}>"));
    let mut s = format!("period \"{}\" {} {}", esc(&text), p.label, anchor_name(p.anchor));
    if p.year != 0 {
        s += &format!(" year={}", p.year);
    }
    if let Some(r) = p.relative {
        s += &format!(" rel={r}");
    }
    s
}

/// Runs one case; `Err` says what differs, with the full actual result in case-file syntax.
pub fn run_case(mode: Mode, input_raw: &str, expected: &str) -> Result<(), String> {
    let input = unescape(input_raw);
    let sp = Spans::new(&input);
    let text = sp.norm.text.clone();
    let items: Vec<&str> =
        if expected.trim() == "none" { vec![] } else { expected.split(" ; ").map(str::trim).collect() };
    let (got, errs): (Vec<String>, Vec<String>) = match mode {
        Mode::Quantities => {
            let qs = quantities::scan(&text);
            let got: Vec<String> = qs.iter().map(|q| describe_quantity(&sp, q)).collect();
            let mut errs = Vec::new();
            if qs.len() != items.len() {
                errs.push(format!("{} quantities, expected {}", qs.len(), items.len()));
            } else {
                for (i, (q, item)) in qs.iter().zip(&items).enumerate() {
                    if let Err(e) = check_quantity(&sp, q, item) {
                        errs.push(format!("item {}: {e}", i + 1));
                    }
                }
            }
            (got, errs)
        }
        Mode::Dates => {
            let ds = dates::scan(&text);
            let ps = dates::scan_periods(&text);
            let mut got: Vec<String> = ds.iter().map(|d| describe_date(&sp, d)).collect();
            got.extend(ps.iter().map(|p| describe_period(&sp, p)));
            let mut errs = Vec::new();
            let want_d: Vec<String> =
                items.iter().filter(|w| w.starts_with("date ")).map(|w| unescape_quoted(w)).collect();
            let want_p: Vec<String> =
                items.iter().filter(|w| w.starts_with("period ")).map(|w| unescape_quoted(w)).collect();
            if want_d.len() + want_p.len() != items.len() {
                errs.push("every item must start with `date` or `period`".to_string());
            }
            let got_d: Vec<String> = ds.iter().map(|d| unescape_quoted(&describe_date(&sp, d))).collect();
            let got_p: Vec<String> = ps.iter().map(|p| unescape_quoted(&describe_period(&sp, p))).collect();
            if want_d != got_d {
                errs.push("dates differ".to_string());
            }
            if want_p != got_p {
                errs.push("periods differ".to_string());
            }
            // No number of a date or period may come out as a quantity.
            let qs = quantities::scan(&text);
            for q in &qs {
                let inside = ds.iter().map(|d| &d.range).chain(ps.iter().map(|p| &p.range));
                for r in inside {
                    if q.range.start < r.end && r.start < q.range.end {
                        errs.push(format!(
                            "quantity {} overlaps a date or period",
                            describe_quantity(&sp, q)
                        ));
                    }
                }
            }
            (got, errs)
        }
    };
    if errs.is_empty() {
        Ok(())
    } else {
        let got = if got.is_empty() { "none".to_string() } else { got.join(" ; ") };
        Err(format!("{}\n    got: {got}", errs.join("; ")))
    }
}

/// Tokens of a date/period item with quoted text decoded and an English
/// weekday named as the Indonesian one, for comparison.
fn unescape_quoted(s: &str) -> String {
    let weekday = |t: &str| {
        let en = t.strip_prefix("wd=")?;
        WEEKDAYS_EN.iter().position(|w| *w == en).map(|i| format!("wd={}", WEEKDAYS[i]))
    };
    tokens(s)
        .iter()
        .map(|t| if t.starts_with('"') { unquote(t) } else { weekday(t).unwrap_or_else(|| t.clone()) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs every case in `file`; returns the number of cases and the failures,
/// each with its line number, input and what was found.
pub fn run_file(mode: Mode, name: &str, file: &str) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for (n, line) in file.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        count += 1;
        let Some((input, expected)) = line.split_once(" => ") else {
            failures.push(format!("{name}:{}: no ` => ` in {line:?}", n + 1));
            continue;
        };
        if let Err(e) = run_case(mode, input.trim(), expected) {
            failures.push(format!("{name}:{}: {}\n    {e}", n + 1, input.trim()));
        }
    }
    (count, failures)
}
