//! Language: decides whether a text (or one paragraph of it) is written in
//! Indonesian or in English, from its function words alone.
//!
//! Each word is looked up in one small table of function words (`WORDS`):
//! Indonesian `yang`, `dan`, `di`, `dari`, `ini`, `dengan`, `untuk`, `pada`,
//! `adalah`..., English `the`, `and`, `of`, `to`, `in`, `is`, `with`, `for`,
//! `that`, `are`.... Figures, names and loanwords (`coverage`, `BPJS`) never
//! count for either side, so a page full of numbers decides nothing. A word
//! counts when it is written in lower case or with a capital first letter only
//! (`The`, `Yang`); an all-capitals token is more often an acronym (`AS`,
//! `DI`) than a function word.
//!
//! **What "neither" means.** [`detect`] answers `None` when the text gives too
//! little evidence to tell:
//! - fewer than [`MIN_HITS`] function words of the winning language (empty
//!   text, only figures, a short headline, a list of names);
//! - they make up less than [`MIN_SHARE_PERCENT`] of its words: a few hits
//!   among many other words are chance (gibberish, a table of names);
//! - the winner has less than two thirds of all the function words seen,
//!   counting a handful of very common French, Dutch, German and Spanish ones
//!   (`le`, `la`, `les`, `est`, `het`, `een`, `und`, `der`, `que`): a French
//!   text, which has English `a` too, is neither, and so is a text that mixes
//!   Indonesian and English about evenly ([`per_paragraph`] tells its
//!   paragraphs apart).
//!
//! Malay shares Indonesian's function words and reads as Indonesian; that is
//! deliberate (its news about workers' social security reads the same way).
//!
//! The same table marks the words that carry a sentence and are rare in
//! headlines (`yang`, `bahwa`, `the`, `said`), which the furniture stage uses
//! to tell a headline from prose ([`is_prose_word`]).
//!
//! Cost: one pass over the bytes of the text, and for each ASCII word of at
//! most nine letters one binary search in a table of about 140 words; nothing
//! is allocated per word.

use crate::segment::Segments;
use serde::Serialize;
use std::ops::Range;

/// A language the product reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Indonesian (`"id"`).
    Id,
    /// English (`"en"`).
    En,
}

/// Whose function word a word is: one of the two languages, or another
/// language's (evidence that the text is neither).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Id,
    En,
    Other,
}

use Side::{En, Id, Other};

/// Function words, lowercased and sorted, with their language and whether
/// they carry a sentence (common in prose, rare in headlines). A word belongs
/// here only if it is frequent in one language and absent from the others'
/// ordinary prose (`di` is Italian too, `para` Spanish, `des` the Indonesian
/// short form of Desember: none of them is listed as another language's).
/// A few domain words frequent in Indonesian news (`tahun`, `jumlah`,
/// `sebanyak`) are listed too: Indonesian has fewer short function words
/// than English, and these never occur in English prose.
const WORDS: &[(&str, Side, bool)] = &[
    ("a", En, false),
    ("about", En, false),
    ("adalah", Id, true),
    ("agar", Id, false),
    ("akan", Id, true),
    ("also", En, false),
    ("an", En, false),
    ("and", En, false),
    ("antara", Id, false),
    ("are", En, false),
    ("as", En, false),
    ("at", En, false),
    ("atau", Id, false),
    ("avec", Other, false),
    ("bagi", Id, false),
    ("bahwa", Id, true),
    ("be", En, false),
    ("been", En, true),
    ("belum", Id, false),
    ("bisa", Id, false),
    ("but", En, false),
    ("by", En, false),
    ("dalam", Id, false),
    ("dan", Id, false),
    ("dans", Other, false),
    ("dapat", Id, false),
    ("dari", Id, false),
    ("das", Other, false),
    ("del", Other, false),
    ("den", Other, false),
    ("dengan", Id, false),
    ("der", Other, false),
    ("di", Id, false),
    ("dia", Id, false),
    ("du", Other, false),
    ("een", Other, false),
    ("el", Other, false),
    ("en", Other, false),
    ("est", Other, false),
    ("et", Other, false),
    ("for", En, false),
    ("from", En, false),
    ("had", En, true),
    ("hanya", Id, false),
    ("has", En, true),
    ("have", En, true),
    ("he", En, false),
    ("het", Other, false),
    ("ia", Id, false),
    ("il", Other, false),
    ("in", En, false),
    ("ini", Id, true),
    ("into", En, false),
    ("is", En, false),
    ("ist", Other, false),
    ("it", En, false),
    ("its", En, false),
    ("itu", Id, true),
    ("jelas", Id, true),
    ("juga", Id, true),
    ("jumlah", Id, false),
    ("kami", Id, true),
    ("karena", Id, false),
    ("kata", Id, true),
    ("ke", Id, false),
    ("kepada", Id, false),
    ("kita", Id, true),
    ("la", Other, false),
    ("le", Other, false),
    ("lebih", Id, false),
    ("les", Other, false),
    ("los", Other, false),
    ("masih", Id, true),
    ("melalui", Id, false),
    ("mereka", Id, false),
    ("merupakan", Id, true),
    ("mit", Other, false),
    ("more", En, false),
    ("namun", Id, false),
    ("ne", Other, false),
    ("nicht", Other, false),
    ("not", En, false),
    ("of", En, false),
    ("oleh", Id, false),
    ("on", En, false),
    ("or", En, false),
    ("pada", Id, false),
    ("para", Id, false),
    ("pas", Other, false),
    ("por", Other, false),
    ("pour", Other, false),
    ("que", Other, false),
    ("qui", Other, false),
    ("saat", Id, true),
    ("said", En, true),
    ("sebagai", Id, false),
    ("sebanyak", Id, false),
    ("sebesar", Id, false),
    ("secara", Id, false),
    ("sejak", Id, false),
    ("sekitar", Id, false),
    ("seluruh", Id, false),
    ("serta", Id, false),
    ("setiap", Id, false),
    ("she", En, false),
    ("sont", Other, false),
    ("sudah", Id, true),
    ("sur", Other, false),
    ("tahun", Id, false),
    ("telah", Id, true),
    ("terhadap", Id, false),
    ("tersebut", Id, true),
    ("than", En, false),
    ("that", En, true),
    ("the", En, true),
    ("their", En, false),
    ("there", En, false),
    ("these", En, true),
    ("they", En, false),
    ("this", En, true),
    ("tidak", Id, false),
    ("to", En, false),
    ("ujar", Id, true),
    ("und", Other, false),
    ("une", Other, false),
    ("ungkap", Id, true),
    ("untuk", Id, false),
    ("van", Other, false),
    ("von", Other, false),
    ("was", En, true),
    ("we", En, false),
    ("were", En, true),
    ("which", En, true),
    ("who", En, false),
    ("will", En, false),
    ("with", En, false),
    ("would", En, true),
    ("yang", Id, true),
];

/// The longest word in [`WORDS`], in bytes.
const MAX_WORD: usize = 9;

/// The fewest function words of one language that decide a text's language.
pub const MIN_HITS: usize = 2;
/// The smallest share of a text's words, in percent, that the winning
/// language's function words must make up (in the development corpus whole
/// articles stand at 15-25 for Indonesian and 29-34 for English).
pub const MIN_SHARE_PERCENT: usize = 8;

/// The entry for a word written in lower case (ASCII), if it is a function word.
fn entry(lower: &[u8]) -> Option<(Side, bool)> {
    // The words of one first letter (WORDS is sorted), then a plain compare:
    // a handful of candidates, most rejected by their length.
    let first = *lower.first()?;
    if !first.is_ascii_lowercase() {
        return None;
    }
    let (from, to) = BY_LETTER[(first - b'a') as usize];
    WORDS[from as usize..to as usize]
        .iter()
        .find(|(w, _, _)| w.as_bytes() == lower)
        .map(|&(_, side, prose)| (side, prose))
}

/// For each letter `a` to `z`, the range of [`WORDS`] that starts with it.
const BY_LETTER: [(u16, u16); 26] = {
    let mut out = [(0u16, 0u16); 26];
    let mut i = 0;
    while i < WORDS.len() {
        let k = (WORDS[i].0.as_bytes()[0] - b'a') as usize;
        if out[k].1 == 0 {
            out[k].0 = i as u16;
        }
        out[k].1 = i as u16 + 1;
        i += 1;
    }
    out
};

/// Copies an ASCII word of at most [`MAX_WORD`] letters into `buf` in lower
/// case, if it is written in lower case or with a capital first letter only.
fn lowered<'b>(word: &[u8], buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    if word.is_empty() || word.len() > MAX_WORD {
        return None;
    }
    for (i, &b) in word.iter().enumerate() {
        if b.is_ascii_uppercase() && i > 0 {
            return None;
        }
        buf[i] = b.to_ascii_lowercase();
    }
    Some(&buf[..word.len()])
}

/// The language of one word as it is written (`The`, `yang`), if it is one
/// of the function words.
pub fn word_language(word: &str) -> Option<Language> {
    let mut buf = [0u8; MAX_WORD];
    match lowered(word.as_bytes(), &mut buf).and_then(entry) {
        Some((Id, _)) => Some(Language::Id),
        Some((En, _)) => Some(Language::En),
        _ => None,
    }
}

/// Is `word` (any case) one that carries a sentence in prose and is rare in
/// headlines: Indonesian `yang`, `bahwa`, `tersebut`, `kata`; English `the`,
/// `that`, `said`, `was`?
pub fn is_prose_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > MAX_WORD {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    for (i, &c) in b.iter().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    entry(&buf[..b.len()]).is_some_and(|(_, prose)| prose)
}

/// Words and function words counted over a stretch of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words: runs of letters (a run of digits is not a word).
    pub words: usize,
    /// Indonesian function words.
    pub id: usize,
    /// English function words.
    pub en: usize,
    /// Function words of other languages (French, Dutch, German, Spanish).
    pub other: usize,
}

impl Counts {
    /// The language these counts decide (see the module docs), if any.
    pub fn language(&self) -> Option<Language> {
        let (lang, best) = if self.id >= self.en { (Language::Id, self.id) } else { (Language::En, self.en) };
        let all = self.id + self.en + self.other;
        let decided = best >= MIN_HITS && best * 100 >= self.words * MIN_SHARE_PERCENT && best * 3 >= all * 2;
        decided.then_some(lang)
    }
}

/// Counts the words of `text` and its function words of each language.
/// A word is a run of letters (ASCII letters, or any character outside ASCII
/// that is alphabetic); digits, punctuation and spaces end it, so `2,8juta`
/// has one word and `BPJS-TK` two.
pub fn count(text: &str) -> Counts {
    let mut c = Counts::default();
    let mut buf = [0u8; MAX_WORD];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !is_letter_at(text, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() && is_letter_at(text, i) {
            if bytes[i] >= 0x80 {
                ascii = false;
                // Skip the rest of this character.
                i += 1;
                while i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
        c.words += 1;
        if ascii {
            if let Some((side, _)) = lowered(&bytes[start..i], &mut buf).and_then(entry) {
                match side {
                    Id => c.id += 1,
                    En => c.en += 1,
                    Other => c.other += 1,
                }
            }
        }
    }
    c
}

/// Is the character starting at byte `i` a letter? Continuation bytes of a
/// character are never a start, so they answer `false`.
fn is_letter_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return b.is_ascii_alphabetic();
    }
    text.get(i..).and_then(|s| s.chars().next()).is_some_and(char::is_alphabetic)
}

/// The language of a whole text, or `None` when it gives too little evidence
/// (see the module docs for what "neither" means).
pub fn detect(text: &str) -> Option<Language> {
    count(text).language()
}

/// The language of each paragraph: an Indonesian page quoting an English
/// paragraph, or the reverse. `paragraphs` are byte ranges of `text` (such as
/// [`paragraph_ranges`] gives); a range that is out of bounds or not on
/// character boundaries gets `None`, as does a paragraph too short to tell
/// (a caller may fall back on the document's language for those).
pub fn per_paragraph(text: &str, paragraphs: &[Range<usize>]) -> Vec<Option<Language>> {
    paragraphs.iter().map(|r| text.get(r.clone()).and_then(detect)).collect()
}

/// The byte range of each paragraph the segment stage numbered, from its
/// first sentence's start to its last sentence's end, in paragraph order
/// (paragraph `k` of [`crate::segment::Sentence::paragraph`] is at index `k`;
/// a number with no sentence gets an empty range).
pub fn paragraph_ranges(seg: &Segments) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in &seg.sentences {
        while out.len() <= s.paragraph {
            out.push(s.range.start..s.range.start);
        }
        let r = &mut out[s.paragraph];
        if r.start == r.end {
            *r = s.range.clone();
        } else {
            r.end = r.end.max(s.range.end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn the_table_is_sorted_lowercase_and_short() {
        for pair in WORDS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (w, _, _) in WORDS {
            assert!(w.len() <= MAX_WORD && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn indonesian_and_english_texts() {
        let id = "BPJS Ketenagakerjaan mencatat 3.302.762 peserta aktif di Kalimantan Selatan hingga akhir \
                  Desember 2025. Jumlah itu adalah 41,30 persen dari pekerja yang ada, kata dia pada Kamis.";
        assert_eq!(detect(id), Some(Language::Id));
        let en =
            "The Workers Social Security Agency recorded 41.2 million active participants at the end of \
                  2025, which is 45 percent of the workforce, the agency said in a statement on Monday.";
        assert_eq!(detect(en), Some(Language::En));
    }

    #[test]
    fn neither_when_there_is_too_little_to_tell() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("   \n\n  "), None);
        assert_eq!(detect("3.302.762 41,30 7.996.826 2025 5/2/2026 Rp16.800"), None);
        // A headline with one function word; a list of names.
        assert_eq!(detect("Ribuan Pekerja Jambi Belum Terlindungi Jaminan Sosial"), None);
        assert_eq!(
            detect("Banjarmasin Banjarbaru Martapura Pelaihari Kandangan Barabai Amuntai Tanjung"),
            None
        );
        // Two hits among many other words are chance.
        assert_eq!(detect(&format!("{} di dan", "Kalimantan ".repeat(40))), None);
        // French: `a` is English too, but French function words outnumber it.
        let fr = "Le gouvernement a annoncé que la couverture sociale des travailleurs indépendants \
                  progresse lentement dans les provinces, selon une étude publiée a Djakarta mardi.";
        assert_eq!(detect(fr), None);
        // Gibberish with no function word at all.
        assert_eq!(detect("Blorft zazzle quimby frotz gnarp wibble snorkel plinth vorpal"), None);
        // Capitals only: acronyms, not function words.
        assert_eq!(detect("BPJS DI AS DAN THE IS IN OF TO ATAU YANG"), None);
    }

    #[test]
    fn an_even_mix_is_neither_but_its_paragraphs_are_told_apart() {
        let text = "Menurut dia, jumlah peserta yang terdaftar di Kalsel sudah naik dari tahun lalu dan akan \
                    terus bertambah pada tahun ini.\n\n\
                    The agency said that the number of participants in the province has risen since last year.";
        assert_eq!(detect(text), None);
        let seg = segment(text);
        let paragraphs = paragraph_ranges(&seg);
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(per_paragraph(text, &paragraphs), [Some(Language::Id), Some(Language::En)]);
    }

    #[test]
    fn a_quoted_english_paragraph_does_not_change_an_indonesian_page() {
        let text = "Kepala BPJS Ketenagakerjaan mengatakan bahwa cakupan kepesertaan di provinsi ini masih \
                    rendah. Ia menyebut baru 41 persen pekerja yang terlindungi dan sisanya belum terdaftar \
                    karena sebagian besar bekerja di sektor informal.\n\
                    \"We are working with the regional government to cover informal workers,\" he said.\n\
                    Pemerintah daerah juga akan menanggung iuran untuk 60.000 pekerja rentan pada tahun depan.";
        assert_eq!(detect(text), Some(Language::Id));
        let langs = per_paragraph(text, &paragraph_ranges(&segment(text)));
        assert_eq!(langs, [Some(Language::Id), Some(Language::En), Some(Language::Id)]);
    }

    #[test]
    fn words_are_runs_of_letters() {
        let c = count("Rp16.800 per-bulan, yang dan the 2025 éé");
        assert_eq!(c, Counts { words: 7, id: 2, en: 1, other: 0 });
        assert_eq!(word_language("The"), Some(Language::En));
        assert_eq!(word_language("THE"), None);
        assert_eq!(word_language("yang"), Some(Language::Id));
        assert!(is_prose_word("Yang") && is_prose_word("SAID") && !is_prose_word("di"));
        // Out-of-bounds or split ranges are not paragraphs.
        assert_eq!(per_paragraph("é yang", &[0..1, 0..100]), [None, None]);
    }

    #[test]
    fn serializes_as_short_codes() {
        assert_eq!(serde_json::to_string(&Language::Id).unwrap(), "\"id\"");
        assert_eq!(serde_json::to_string(&Language::En).unwrap(), "\"en\"");
    }
}
