//! Metadata read from single lines: the dateline lead-in (`Banjarmasin
//! (ANTARA) -`, `BANJARMASIN, klikkalsel.com –`, `PROKAL.co, Pontianak–`,
//! `Jakarta, CNN Indonesia --`, `KONTAN.CO.ID - JAKARTA.`, `JAKARTA. BPJS`,
//! `NABIRE, SITUS.ID |`, `POS-KOTA.COM | KUPANG-`, `Situs.co.id-Manado.`, and
//! in English `JAKARTA – The`, `Jakarta (ANTARA) - The`, `Techwire, Jakarta —`,
//! `JAKARTA, Indonesia (AP) —`), bylines (`Penulis:`, `By A and B`, `Written
//! by`), the outlet a copyright line names, and the closing initials that end
//! an article (`(azka)`, `(Red/MC)`, `(nds/krs)`).
//!
//! City or outlet: of two names in a lead-in, the one the gazetteer knows as a
//! place ([`is_place`]) is the city (`Techwire, Jakarta`); when both are
//! places the second says where the first lies (`Kupang, NTT`); when neither
//! is, the first is the city (`MATARAM, Lombok Post`). A domain or a bracket
//! is always the outlet, except a photo credit in the bracket (`(DOC)`).
//!
//! Each function looks at one line and costs one short scan, one regex match
//! or one gazetteer look-up of a few words; none of them knows where the line
//! stands in the page.

use super::labels::Shape;
use crate::case::Lowercase;
use regex::Regex;
use std::sync::OnceLock;

/// A dateline lead-in found at the start of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    /// Byte range of the lead-in within the line, dash included.
    pub lead: std::ops::Range<usize>,
    pub city: Option<String>,
    pub outlet: Option<String>,
    /// An outlet or a date backs it up; a bare `Jakarta -` is weak.
    pub strong: bool,
}

fn domain_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::pattern::compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,3}$", "domain pattern"))
}

pub fn is_domain(s: &str) -> bool {
    domain_re().is_match(s) && s.contains('.') && s.split('.').count() >= 2 && !s.contains("..")
}

/// A part of the lead-in.
enum Part<'a> {
    Domain(&'a str),
    Date,
    Name(&'a str),
}

fn part(s: &str) -> Option<Part<'_>> {
    if is_domain(s) {
        return Some(Part::Domain(s));
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let lower = s.lowercase();
    let day_or_month = |w: &str| {
        let w = w.trim_matches(['(', ')', '.']);
        crate::dates::is_weekday_or_month(w)
            || crate::dates::WEEKDAYS_EN.iter().any(|d| d.eq_ignore_ascii_case(w))
    };
    if s.chars().any(|c| c.is_ascii_digit()) || words.iter().any(|w| day_or_month(w)) {
        return (s.len() <= 30 && !lower.contains(". ")).then_some(Part::Date);
    }
    let name = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
    });
    (name && words.len() <= 3).then_some(Part::Name(s))
}

/// `BANJARBARU` → `Banjarbaru`, `palangka raya` → `Palangka Raya`.
pub fn title_case(s: &str) -> String {
    // Each word's first char upper-cased and the rest lower-cased, char by
    // char, as `char::to_uppercase` and `char::to_lowercase` do (src/case.rs).
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut c = w.chars();
        if let Some(f) = c.next() {
            crate::case::push_upper(&mut out, f);
        }
        for x in c {
            crate::case::push_lower(&mut out, x);
        }
    }
    out
}

/// Reads a dateline lead-in at the start of `line`, if the line opens with one
/// and goes on as prose.
pub fn dateline(line: &str) -> Option<Dateline> {
    let lead_ws = line.len() - line.trim_start().len();
    let t = line.trim_start();
    if t.starts_with(['-', '•', '*', '·', '"', '\'', '(', '[']) {
        return None;
    }
    // `JAKARTA. BPJS ...` (Kontan's lead with the site's name left out),
    // `Jakarta. The Ombudsman ...`: a place the gazetteer knows and a stop.
    // Weak, like a bare `Jakarta -`.
    if let Some((c, len)) = city_after(t) {
        if t[c.len()..].starts_with(". ") && is_place(c) && Shape::of(&t[len..]).is_prose() {
            return Some(Dateline {
                lead: lead_ws..lead_ws + len,
                city: Some(title_case(c)),
                outlet: None,
                strong: false,
            });
        }
    }
    // `Palu-TransTV45.Com//Sulawesi Tengah BPJS ...`: a city glued to the
    // site's domain, then `//` or a space.
    if let Some((city, after)) = t.split_once('-') {
        let domain_end = after.find(['/', ' ']).unwrap_or(after.len());
        let domain = &after[..domain_end];
        let sep = after[domain_end..].len() - after[domain_end..].trim_start_matches(['/', ' ']).len();
        if !city.contains(' ') && is_place(city) && is_domain(domain) && sep > 0 {
            let len = city.len() + 1 + domain_end + sep;
            if Shape::of(&t[len..]).is_prose() {
                return Some(Dateline {
                    lead: lead_ws..lead_ws + len,
                    city: Some(title_case(city)),
                    outlet: Some(domain.to_string()),
                    strong: true,
                });
            }
        }
    }
    let bytes = t.as_bytes();
    // The first dash that stands apart from a word (`Pontianak- `, ` -Upaya`, ` -- `),
    // or a bar (`NABIRE, SITUS.ID | ...`), or a dash glued to a site's domain
    // (`Kabarmanado.co.id-Manado.`, `harianpagi.com, JAKARTA-Badan`, an em dash
    // before normalization), outside brackets, within the first 90 bytes.
    let mut depth = 0i32;
    let mut dash = None;
    for (i, &b) in bytes.iter().enumerate().take(90) {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'.' if i + 1 < bytes.len() && bytes[i + 1] == b' ' && depth == 0 => {
                // A sentence ended before any dash: not a lead-in (Kontan's
                // `KONTAN.CO.ID - JAKARTA.` has its dash first).
                return None;
            }
            // `MEDAN (Waspada): ...`: a colon right after the outlet's bracket.
            b':' if depth == 0 && i > 0 && bytes[i - 1] == b')' => {
                dash = Some(i);
                break;
            }
            b'|' if depth == 0 => {
                dash = Some(i);
                break;
            }
            b'-' if depth == 0 => {
                let spaced_before = i > 0 && bytes[i - 1] == b' ';
                let spaced_after = bytes.get(i + 1).is_some_and(|&c| c == b' ' || c == b'-');
                let after_domain = bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
                    && t[..i].split(',').any(|p| is_domain(p.trim()));
                if spaced_before || spaced_after || after_domain {
                    dash = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let p = dash?;
    let mut dash_end = p;
    while dash_end < bytes.len() && matches!(bytes[dash_end], b'-' | b':' | b'|') {
        dash_end += 1;
    }
    while dash_end < bytes.len() && bytes[dash_end] == b' ' {
        dash_end += 1;
    }
    let lead = t[..p].trim();
    let rest = &t[dash_end..];
    if lead.is_empty() || lead.contains('"') {
        return None;
    }
    if !rest.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"') {
        return None;
    }
    if !Shape::of(rest).is_prose() {
        return None;
    }

    // `City (Outlet)`: the bracket names the outlet.
    let (before, paren) = match (lead.ends_with(')'), lead.rfind('(')) {
        (true, Some(open)) => {
            (lead[..open].trim().trim_end_matches(',').trim(), Some(lead[open + 1..lead.len() - 1].trim()))
        }
        _ => (lead, None),
    };
    let mut names = Vec::new();
    let mut domain = None;
    let mut dated = false;
    for piece in before.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match part(piece)? {
            Part::Domain(d) => domain = domain.or(Some(d)),
            Part::Date => dated = true,
            Part::Name(n) => names.push(n),
        }
    }
    if names.len() > 2 {
        return None;
    }
    let mut end = lead_ws + dash_end;
    // A credit in the bracket (`Blitar, (DOC) -`) names no outlet.
    let credit = paren.is_some_and(|o| super::labels::CREDIT_WORDS.contains(&o.lowercase().as_str()));
    let (city, outlet) = match (paren, domain) {
        (Some(_), _) if credit => (names.first().copied(), None),
        (Some(o), _) if !o.is_empty() && o.len() <= 40 => (names.first().copied(), Some(o)),
        (Some(_), _) => return None,
        (None, Some(d)) => {
            if names.is_empty() {
                // `KONTAN.CO.ID - JAKARTA. BPJS ...`, `POS-KOTA.COM | KUPANG- BPJS
                // ...`, `Kabarmanado.co.id-Manado. Badan ...`: the city follows.
                let city = city_after(rest);
                if let Some((c, len)) = city {
                    end += len;
                    (Some(c), Some(d))
                } else {
                    (None, Some(d))
                }
            } else {
                (names.first().copied(), Some(d))
            }
        }
        (None, None) => match names.as_slice() {
            // `Techwire, Jakarta -` (the site, then the city), `JAKARTA,
            // Indonesia -` or `Kupang, NTT -` (the city, then where it lies),
            // `MATARAM, Lombok Post -` (the city, then the paper): the
            // gazetteer says which is the place.
            [a, b] => match (is_place(a), is_place(b)) {
                (false, true) => (Some(*b), Some(*a)),
                (true, true) => (Some(*a), None),
                _ => (Some(*a), Some(*b)),
            },
            [city] => (Some(*city), None),
            _ => return None,
        },
    };
    if city.is_none() && outlet.is_none() {
        return None;
    }
    let strong = outlet.is_some() || dated || paren.is_some();
    if !strong {
        // A bare `Jakarta -`: accept a capitalised place name, a single
        // all-caps word (`TENGGARONG -`), or several the gazetteer knows as one
        // place (an all-caps pair such as `BUKA ACARA -` is a photo caption's
        // keyword, not a place).
        let c = city?;
        let all_caps = c.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase);
        if all_caps && c.split_whitespace().count() > 1 && !is_place(c) {
            return None;
        }
    }
    Some(Dateline {
        lead: lead_ws..end,
        city: city.map(title_case),
        outlet: outlet.map(str::to_string),
        strong,
    })
}

/// The city that follows a site's name and its dash: `JAKARTA. BPJS ...`,
/// `KUPANG- BPJS ...`, `Manado. Badan ...`, `Pontianak-RK. Jumlah ...` (a
/// paper's initials after the city). The city is in capitals or a place the
/// gazetteer knows. Returns it and the length of the lead-in it ends.
fn city_after(rest: &str) -> Option<(&str, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::pattern::compile(
            r"^(?P<c>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})(?:-[A-Z]{1,4})?\s*[.:-]\s+",
            "city after pattern",
        )
    });
    let m = re.captures(rest)?;
    let c = m.name("c")?.as_str();
    let ok = c.chars().all(|ch| ch.is_uppercase() || ch == ' ') || is_place(c);
    ok.then(|| (c, m.get(0).map_or(0, |w| w.end())))
}

/// Does the gazetteer know `name` as one place (`Jakarta`, `BANDA ACEH`,
/// `Kupang`, `NTT`, `Indonesia`)? The name is read after `di` so that a place
/// that is also an everyday word (`Padang`, `Serang`) counts too.
pub fn is_place(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() || name.len() > 40 {
        return false;
    }
    let caps = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    // `NTT`, `DKI`: short names stay in capitals; `BANDA ACEH` is title-cased.
    let written = if caps && name.len() > 4 { title_case(name) } else { name.to_string() };
    let probe = format!("di {written}");
    crate::regions::scan(&probe).iter().any(|m| m.range == (3..probe.len()))
}

/// Closing initials at the end of a line after the last sentence, or alone on
/// a line: `... layak. (Red/MC)`, `(azka)`, `(AOL Lis/*).`, `(nds/krs)`.
pub fn closing_initials(line: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::pattern::compile(
            r#"(?:^|[.!?"'])\s*\(\s*(?P<i>[A-Za-z*]{1,12}(?:\s*[ /,]\s*[A-Za-z*]{1,12}){0,3})\s*\)\.?\s*$"#,
            "closing initials pattern",
        )
    });
    re.captures(line.trim()).map(|c| c["i"].to_string())
}

/// Byline labels and the list each fills.
const AUTHOR_LABELS: &[&str] = &[
    "penulis",
    "reporter",
    "pewarta",
    "wartawan",
    "jurnalis",
    "kontributor",
    "oleh",
    "author",
    "writer",
    "contributor",
    "by",
    "written by",
    "reported by",
    "reporting by",
    "writing by",
];
const EDITOR_LABELS: &[&str] = &["editor", "penyunting", "redaktur", "edited by", "editing by"];

/// Reads `Penulis: A | Editor: B`, `Editor : Akhmad`, `Pewarta: A dan B`,
/// `Oleh Nama`, `Laporan Wartawan Tribunnews.com, Nama`, `Nama - detikJatim`,
/// `By A and B`, `Written by A | Edited by B`, `(Reporting by A; Editing by B)`. A translator (`Translator:`,
/// `Translated by`) is neither an author nor an editor. After `By` only
/// people's names count (`By Office of the Deputy ...` names a desk), and a
/// date after the names (`By A   Date 7 Oktober 2022`) is not one of them.
/// Returns the outlet an author line names, if any.
pub fn read_byline(line: &str, authors: &mut Vec<String>, editors: &mut Vec<String>) -> Option<String> {
    let t = line.trim().trim_start_matches(['-', '•', '*', '·', '»', '>', ' ']);
    if let Some(c) = super::labels::author_line().captures(t) {
        push_names(&c["name"], authors);
        return Some(c["outlet"].to_string());
    }
    if let Some(c) = super::labels::name_role_line().captures(t) {
        let role = c["role"].lowercase();
        let list = if EDITOR_LABELS.contains(&role.as_str()) { editors } else { authors };
        push_names(&c["name"], list);
        return None;
    }
    let lower_t = t.lowercase();
    if lower_t.starts_with("laporan ") {
        // `Laporan Wartawan Tribunnews.com, Nama`
        if let Some((_, name)) = t.rsplit_once(',') {
            push_names(name, authors);
        }
        return t
            .split_whitespace()
            .find(|w| is_domain(w.trim_end_matches(',')))
            .map(|w| w.trim_end_matches(',').to_string());
    }
    // `(Reporting by A; Editing by B)`: a wire's closing credits, parts split by `;`.
    let wire = t.starts_with('(') && t.ends_with(')') && t.len() >= 2;
    let (t, seps): (&str, &[char]) = if wire { (&t[1..t.len() - 1], &['|', ';']) } else { (t, &['|']) };
    for piece in t.split(seps) {
        let piece = piece.trim();
        // `Editor: B`, or a label and a name with no colon (`Oleh A`, `Penulis A
        // | Editor B`, `Written by A`).
        let (label, value) = match piece.split_once(':') {
            Some((l, v)) => (l.trim().lowercase(), v),
            None => match by_label(piece).or_else(|| piece.split_once(' ')) {
                Some((l, v)) => (l.lowercase(), v),
                None => continue,
            },
        };
        if label == "by" {
            let value = before_date(value);
            let person = value.split_whitespace().all(|w| {
                matches!(w, "and" | "dan" | "&") || w.chars().next().is_some_and(|c| !c.is_lowercase())
            });
            if person {
                push_names(value, authors);
            }
        } else if AUTHOR_LABELS.contains(&label.as_str()) {
            push_names(value, authors);
        } else if EDITOR_LABELS.contains(&label.as_str()) {
            push_names(value, editors);
        }
    }
    None
}

/// `Written by A` → (`Written by`, `A`); `By A` → (`By`, `A`).
fn by_label(piece: &str) -> Option<(&str, &str)> {
    let p = piece.find("by ").or_else(|| piece.find("By ")).or_else(|| piece.find("BY "))?;
    let head = &piece[..p];
    (head.is_empty() || (head.ends_with(' ') && head.split_whitespace().count() == 1))
        .then(|| (piece[..p + 2].trim(), &piece[p + 3..]))
}

/// The names before a date or a run of spaces: `A   Date 7 Oktober 2022` → `A`.
fn before_date(value: &str) -> &str {
    let mut end = value.len();
    if let Some(p) = value.trim_start().find("  ") {
        end = end.min(p + value.len() - value.trim_start().len());
    }
    for w in [" Date", " date", " Published", " Updated"] {
        if let Some(p) = value.find(w) {
            end = end.min(p);
        }
    }
    if let Some(p) = value.find(|c: char| c.is_ascii_digit()) {
        end = end.min(p);
    }
    value[..end].trim().trim_end_matches([',', '-', '|']).trim()
}

/// Splits `A, B dan C` (or `A and B`) into names and keeps the ones that look
/// like names.
pub fn push_names(value: &str, out: &mut Vec<String>) {
    let value = value.replace(" dan ", ",").replace(" and ", ",").replace(" & ", ",").replace(';', ",");
    for name in value.split(',') {
        let name = name.trim().trim_end_matches('.').trim();
        let words = name.split_whitespace().count();
        if name.is_empty() || words > 6 || name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
}

/// The outlet a copyright line names: `© 2025 TRIBUNnews.com Network` →
/// `TRIBUNnews.com`, `COPYRIGHT © ANTARA 2025` → `ANTARA`, `COPYRIGHT ©
/// ANTARA News Gorontalo 2019` → `ANTARA News Gorontalo`, `© 2024 The Jakarta
/// Chronicle. All rights reserved.` → `The Jakarta Chronicle`: a domain, else
/// the first run of capitalised words (at most four), which a figure, a bar,
/// a stop or a lower-case word ends.
pub fn copyright_outlet(line: &str) -> Option<String> {
    let raw: Vec<&str> = line.split_whitespace().collect();
    let word = |w: &str| w.trim_matches([',', '.', ';', ':']).to_string();
    if let Some(d) = raw.iter().map(|w| word(w)).find(|w| is_domain(w)) {
        return Some(d);
    }
    let capital = |w: &str| {
        w.chars().count() >= 2
            && w.chars().all(|c| c.is_alphabetic() || c == '\'')
            && w.chars().next().is_some_and(char::is_uppercase)
    };
    const SKIP: &[&str] = &["copyright", "hak", "cipta", "all", "rights", "right", "reserved"];
    let first = raw.iter().position(|w| {
        let w = word(w);
        capital(&w) && w.len() >= 3 && !SKIP.contains(&w.lowercase().as_str())
    })?;
    let mut run: Vec<String> = Vec::new();
    for w in &raw[first..] {
        let clean = word(w);
        if run.len() == 4
            || !capital(&clean)
            || (!run.is_empty() && SKIP.contains(&clean.lowercase().as_str()))
        {
            break;
        }
        run.push(clean);
        if w.ends_with(['.', ',', ';']) {
            break;
        }
    }
    Some(run.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(s: &str) -> Option<(Option<String>, Option<String>, String)> {
        dateline(s).map(|d| (d.city, d.outlet, s[d.lead].to_string()))
    }

    fn some(
        city: Option<&str>,
        outlet: Option<&str>,
        lead: &str,
    ) -> Option<(Option<String>, Option<String>, String)> {
        Some((city.map(String::from), outlet.map(String::from), lead.to_string()))
    }

    #[test]
    fn dateline_shapes() {
        let body = "BPJS Ketenagakerjaan mencatat kenaikan jumlah peserta tahun ini.";
        assert_eq!(
            dl(&format!("Banjarmasin (ANTARA) - {body}")),
            some(Some("Banjarmasin"), Some("ANTARA"), "Banjarmasin (ANTARA) - ")
        );
        assert_eq!(
            dl(&format!("BANJARMASINPOST.CO.ID, BANJARBARU - {body}")),
            some(Some("Banjarbaru"), Some("BANJARMASINPOST.CO.ID"), "BANJARMASINPOST.CO.ID, BANJARBARU - ")
        );
        assert_eq!(
            dl(&format!("PROKAL.co, Pontianak- {body}")),
            some(Some("Pontianak"), Some("PROKAL.co"), "PROKAL.co, Pontianak- ")
        );
        assert_eq!(
            dl(&format!("Jakarta, CNN Indonesia -- {body}")),
            some(Some("Jakarta"), Some("CNN Indonesia"), "Jakarta, CNN Indonesia -- ")
        );
        assert_eq!(
            dl(&format!("Kendari-BeritaSultra.Com//{body}")),
            some(Some("Kendari"), Some("BeritaSultra.Com"), "Kendari-BeritaSultra.Com//")
        );
        assert_eq!(
            dl(&format!("KONTAN.CO.ID - JAKARTA. {body}")),
            some(Some("Jakarta"), Some("KONTAN.CO.ID"), "KONTAN.CO.ID - JAKARTA. ")
        );
        assert_eq!(
            dl(&format!("Palangka Raya, 12 Maret 2025 - {body}")),
            some(Some("Palangka Raya"), None, "Palangka Raya, 12 Maret 2025 - ")
        );
        assert_eq!(dl(&format!("Jakarta - {body}")), some(Some("Jakarta"), None, "Jakarta - "));
        assert_eq!(dl(&format!("KOMPAS.com - {body}")), some(None, Some("KOMPAS.com"), "KOMPAS.com - "));
        assert_eq!(
            dl(&format!("Jakarta, 5/2 (ANTARA) - {body}")),
            some(Some("Jakarta"), Some("ANTARA"), "Jakarta, 5/2 (ANTARA) - ")
        );
        assert_eq!(
            dl(&format!("MATARAM, Lombok Post - {body}")),
            some(Some("Mataram"), Some("Lombok Post"), "MATARAM, Lombok Post - ")
        );
        assert_eq!(
            dl(&format!("MEDAN (Waspada): {body}")),
            some(Some("Medan"), Some("Waspada"), "MEDAN (Waspada): ")
        );
        assert_eq!(
            dl(&format!("Techwire, Jakarta - {body}")),
            some(Some("Jakarta"), Some("Techwire"), "Techwire, Jakarta - ")
        );
        assert_eq!(
            dl(&format!("JAKARTA, Indonesia - {body}")),
            some(Some("Jakarta"), None, "JAKARTA, Indonesia - ")
        );
        assert_eq!(dl(&format!("Kupang, NTT - {body}")), some(Some("Kupang"), None, "Kupang, NTT - "));
        assert_eq!(
            dl(&format!("NABIRE, SITUSLOKAL.ID | {body}")),
            some(Some("Nabire"), Some("SITUSLOKAL.ID"), "NABIRE, SITUSLOKAL.ID | ")
        );
        assert_eq!(
            dl(&format!("POS-WILAYAH.COM | KUPANG- {body}")),
            some(Some("Kupang"), Some("POS-WILAYAH.COM"), "POS-WILAYAH.COM | KUPANG- ")
        );
        assert_eq!(
            dl(&format!("Kabarmanado.co.id-Manado. {body}")),
            some(Some("Manado"), Some("Kabarmanado.co.id"), "Kabarmanado.co.id-Manado. ")
        );
        assert_eq!(
            dl(&format!("harianpagi.com, JAKARTA-{body}")),
            some(Some("Jakarta"), Some("harianpagi.com"), "harianpagi.com, JAKARTA-")
        );
        assert_eq!(
            dl(&format!("kalbarpos.co.id - Pontianak-KP. {body}")),
            some(Some("Pontianak"), Some("kalbarpos.co.id"), "kalbarpos.co.id - Pontianak-KP. ")
        );
        assert_eq!(dl(&format!("Blitar, (DOC) - {body}")), some(Some("Blitar"), None, "Blitar, (DOC) - "));
        assert_eq!(dl(&format!("Kepala BPJS-Ketenagakerjaan {body}")), None);
        assert_eq!(dl(&format!("JAKARTA. {body}")), some(Some("Jakarta"), None, "JAKARTA. "));
        assert_eq!(dl(&format!("BERITA. {body}")), None);
        assert_eq!(dl(&format!("Jakarta. {body}")), some(Some("Jakarta"), None, "Jakarta. "));
        assert_eq!(
            dl(&format!("JAKARTA, Monday - {body}")),
            some(Some("Jakarta"), None, "JAKARTA, Monday - ")
        );
        assert_eq!(
            dl(&format!("JAKARTA, Jan 5 (Reuters) - {body}")),
            some(Some("Jakarta"), Some("Reuters"), "JAKARTA, Jan 5 (Reuters) - ")
        );
        assert_eq!(dl(&format!("Menurut Dia. {body}")), None);
        assert_eq!(dl(&format!("BUKA ACARA -Sekretaris Daerah {body}")), None);
        assert_eq!(dl(&format!("TENGGARONG - {body}")), some(Some("Tenggarong"), None, "TENGGARONG - "));
        assert_eq!(
            dl(&format!("PALANGKA RAYA - {body}")),
            some(Some("Palangka Raya"), None, "PALANGKA RAYA - ")
        );
        assert_eq!(dl(&format!("Menurut dia, BPJS - {body}")), None);
        assert_eq!(dl("Jakarta - Berita Terkini"), None);
    }

    #[test]
    fn initials_and_bylines() {
        assert_eq!(closing_initials("kata dia. (Red/MC)").as_deref(), Some("Red/MC"));
        assert_eq!(closing_initials("Heldamarlina. (AOL Lis/*).  ").as_deref(), Some("AOL Lis/*"));
        assert_eq!(closing_initials("(nds/krs)").as_deref(), Some("nds/krs"));
        assert_eq!(closing_initials("bagi penerima upah (PU)."), None);
        let (mut a, mut e) = (Vec::new(), Vec::new());
        read_byline("Penulis: Nurholis Huda | Editor: Irfani Rahman", &mut a, &mut e);
        read_byline("Pewarta: Sri Lestari dan Budi; Andi", &mut a, &mut e);
        assert_eq!(a, ["Nurholis Huda", "Sri Lestari", "Budi", "Andi"]);
        assert_eq!(e, ["Irfani Rahman"]);
        let (mut a2, mut e2) = (Vec::new(), Vec::new());
        read_byline("By Dewi Lestari and Hadi Pranoto", &mut a2, &mut e2);
        read_byline("By Biro Humas     Date 7 Oktober 2022", &mut a2, &mut e2);
        read_byline("By Office of the Deputy for Communication & Translation", &mut a2, &mut e2);
        read_byline("Written by Sari Dewi | Edited by Yohanes Wibowo", &mut a2, &mut e2);
        read_byline("Translator: Tegar Nurfitra", &mut a2, &mut e2);
        read_byline("(Reporting by Rina Putri; Editing by Tom Hale)", &mut a2, &mut e2);
        assert_eq!(a2, ["Dewi Lestari", "Hadi Pranoto", "Biro Humas", "Sari Dewi", "Rina Putri"]);
        assert_eq!(e2, ["Yohanes Wibowo", "Tom Hale"]);
        assert_eq!(
            copyright_outlet("COPYRIGHT © ANTARA News Gorontalo 2019").as_deref(),
            Some("ANTARA News Gorontalo")
        );
        assert_eq!(
            copyright_outlet("© Copyright 2024 Kabarjatim | All Right Reserved").as_deref(),
            Some("Kabarjatim")
        );
        assert_eq!(
            copyright_outlet("Copyright © 2026 The Jakarta Chronicle. All rights reserved.").as_deref(),
            Some("The Jakarta Chronicle")
        );
        assert_eq!(copyright_outlet("© 2025 TRIBUNnews.com Network").as_deref(), Some("TRIBUNnews.com"));
        let o = read_byline("Laporan Wartawan Tribunkaltim.co, Rina Marlina", &mut a, &mut e);
        assert_eq!(o.as_deref(), Some("Tribunkaltim.co"));
        assert_eq!(a.last().map(String::as_str), Some("Rina Marlina"));
    }
}
