//! Stage 2: segment. Decides where lines, paragraphs and sentences begin and end.
//!
//! A line is what the paste had between two `\n`. A paragraph is a run of lines
//! with no blank line between them, except that a line ending in sentence
//! punctuation also closes its paragraph (news sites paste one paragraph per line).
//! Sentences are split at `.`, `!`, `?` followed by a space and a capital, a digit
//! or a quote, unless the word before the stop is an abbreviation Indonesian
//! writing uses (`No.`, `Rp.`, `H.`, `Hj.`, `dr.`, `S.IP.`, `M.Si.`) or a
//! single initial. Stops inside numbers (`3.302.762`) and dates (`5/2/2026`) never
//! split because no space follows them.
//!
//! All ranges are byte offsets into the normalized text.

use crate::case::Lowercase;
use std::ops::Range;

/// The text's lines, paragraphs and sentences.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Every line, without its `\n`, blank ones included.
    pub lines: Vec<Range<usize>>,
    /// Sentences in order; each lies within one line.
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Index into [`Segments::lines`].
    pub line: usize,
    /// Paragraph number, counted over non-blank lines.
    pub paragraph: usize,
}

/// Words that end with a stop but do not end a sentence, lowercased: titles
/// and degrees before or after a name (`H.`, `Hj.`, `dr.`, `Ir.`, `S.IP.`,
/// `M.Si.`, `Ns.`), ranks, and the abbreviations that stand before a number or
/// a name (`No.`, `Rp.`, `Jl.`, `Kab.`, `PT.`). Words that also end sentences in
/// ordinary prose (`desa`, `ibu`, `WIB`, `dll`, `dkk`) are deliberately absent:
/// `hingga ke pelosok desa. BPJS ...` is two sentences.
const ABBREVIATIONS: &[&str] = &[
    "no", "nomor", "nmr", "rp", "h", "hj", "dr", "drs", "dra", "ir", "prof", "st", "sp", "jl", "jln", "kab",
    "kec", "kel", "tbk", "pt", "cv", "ud", "s.ip", "m.si", "s.sos", "s.h", "m.h", "s.e", "m.m", "s.pd",
    "m.pd", "s.t", "m.t", "s.kom", "s.ag", "m.ag", "s.ked", "s.kep", "s.farm", "a.md", "m.kes", "sh", "se",
    "msi", "spd", "skm", "mkes", "apt", "ns", "kh", "tgk", "ust", "bpk", "sdr", "sdri", "a.n", "u.p", "yth",
    "hlm", "vol", "tel", "telp", "tgl", "thn", "gg", "kom", "kol", "brigjen", "kombes", "akbp", "ipda",
    "iptu", "aiptu", "bripka", "pol", "purn", "irjen", "mayjen", "letjen", "laksda", "marsda", "kapt",
    "jend", "mr", "mrs", "ms", "inc", "co", "ltd", "vs", "etc", "e.g", "i.e",
];

/// Splits `text` into lines, paragraphs and sentences.
pub fn segment(text: &str) -> Segments {
    let mut seg = Segments::default();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            seg.lines.push(start..i);
            start = i + 1;
        }
    }
    seg.lines.push(start..text.len());

    let mut paragraph = 0;
    let mut previous_blank = true;
    let mut previous_closed = false;
    for (li, line) in seg.lines.iter().enumerate() {
        let s = &text[line.clone()];
        if s.trim().is_empty() {
            previous_blank = true;
            continue;
        }
        if (!previous_blank && previous_closed) || (previous_blank && li > 0) {
            paragraph += 1;
        }
        previous_blank = false;
        previous_closed = ends_sentence(s.trim_end());
        for r in sentences_in(s) {
            seg.sentences.push(Sentence {
                range: line.start + r.start..line.start + r.end,
                line: li,
                paragraph,
            });
        }
    }
    seg
}

fn ends_sentence(s: &str) -> bool {
    matches!(s.as_bytes().last(), Some(b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b':'))
}

/// Sentence ranges within one line, trimmed of surrounding spaces.
fn sentences_in(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') && is_boundary(line, i) {
            // Closing quotes and brackets stay with the sentence they end.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            push_trimmed(line, start..end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(line, start..line.len(), &mut out);
    out
}

/// Pushes `r` (a range of `line`) without its surrounding whitespace, unless
/// nothing else is left. Shared with the table reader's cells.
pub(crate) fn push_trimmed(line: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &line[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Is the stop at `i` the end of a sentence?
fn is_boundary(line: &str, i: usize) -> bool {
    let bytes = line.as_bytes();
    // Repeated stops (`...`) end where the run ends.
    if bytes.get(i + 1).is_some_and(|&b| matches!(b, b'.' | b'!' | b'?')) {
        return false;
    }
    // What follows: optional closing quotes/brackets, then a space, then a sentence start.
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
        j += 1;
    }
    if j >= bytes.len() {
        return true;
    }
    if bytes[j] != b' ' {
        return false;
    }
    while j < bytes.len() && bytes[j] == b' ' {
        j += 1;
    }
    let Some(next) = line[j..].chars().next() else { return true };
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '\'' | '(' | '-')) {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the stop, back to a space or an opening bracket.
    let before = &line[..i];
    let word_start = before.rfind([' ', '(', '"', '\'', ',']).map_or(0, |p| p + 1);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // A single letter is an initial (`H. Isam`), and so is a run of them (`S.IP`).
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false;
    }
    let lower = word.lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // Dotted abbreviations such as `S.IP` or `M.Si`: letters with inner stops.
    if lower.contains('.') && lower.split('.').all(|p| p.len() <= 3 && p.chars().all(char::is_alphabetic)) {
        return false;
    }
    true
}

impl Segments {
    /// The sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.range.start <= pos);
        if idx == 0 {
            return None;
        }
        let s = &self.sentences[idx - 1];
        (pos < s.range.end.max(s.range.start + 1)).then_some(idx - 1)
    }

    /// The line containing byte `pos`.
    pub fn line_at(&self, pos: usize) -> usize {
        self.lines.partition_point(|l| l.start <= pos).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| &text[s.range.clone()]).collect()
    }

    #[test]
    fn splits_at_stops_but_not_in_numbers_or_dates() {
        let t = "Dari total 7.996.826 pekerja, baru 3.302.762 orang. Kamis (5/2/2026) ia bicara.";
        assert_eq!(
            sentences(t),
            ["Dari total 7.996.826 pekerja, baru 3.302.762 orang.", "Kamis (5/2/2026) ia bicara."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let t = "Wakil Gubernur Krisantus Kurniawan, S.IP., M.Si, hadir. Peraturan No. 29 berlaku. H. Isam datang.";
        assert_eq!(
            sentences(t),
            [
                "Wakil Gubernur Krisantus Kurniawan, S.IP., M.Si, hadir.",
                "Peraturan No. 29 berlaku.",
                "H. Isam datang."
            ]
        );
    }

    #[test]
    fn ordinary_words_before_a_stop_still_end_sentences() {
        let t = "Ia menyapa warga di pelosok desa. BPJS hadir pukul 10.00 WIB. Manfaatnya JHT, JKK, dll. Rp. 5.000 dibayar dr. Ani.";
        assert_eq!(
            sentences(t),
            [
                "Ia menyapa warga di pelosok desa.",
                "BPJS hadir pukul 10.00 WIB.",
                "Manfaatnya JHT, JKK, dll.",
                "Rp. 5.000 dibayar dr. Ani."
            ]
        );
    }

    #[test]
    fn degrees_ranks_and_numbers_after_a_stop() {
        let t = "Kepala Dinas Hj. Siti Aminah, S.Sos., M.Si. membuka acara. Sebanyak 3.302.762 pekerja terdaftar per 5/2/2026. Kombes Pol. Budi hadir.";
        assert_eq!(
            sentences(t),
            [
                "Kepala Dinas Hj. Siti Aminah, S.Sos., M.Si. membuka acara.",
                "Sebanyak 3.302.762 pekerja terdaftar per 5/2/2026.",
                "Kombes Pol. Budi hadir."
            ]
        );
    }

    #[test]
    fn quoted_sentence_keeps_its_closing_quote() {
        let t = "\"Ini penting.\" Kata dia.";
        assert_eq!(sentences(t), ["\"Ini penting.\"", "Kata dia."]);
    }

    #[test]
    fn paragraphs_are_lines_and_blank_separated_blocks() {
        let s = segment("Satu.\nDua.\n\nTiga");
        let p: Vec<usize> = s.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(p, [0, 1, 2]);
    }
}
