//! Label phrases and line shapes: what a single line looks like, before its
//! neighbours are taken into account.
//!
//! A label is a phrase a site prints in front of something that is not the
//! article (`Baca juga:`, `Keterangan Gambar :`, `Editor :`, `Tags`, and in
//! English `Read also:`, `Related News:`, `Photo by`, `Translator:`). Some
//! labels are safe anywhere at the start of a line; others (`Terkini`,
//! `Bagikan`, `Latest`, `Related`) are also ordinary words and count only when
//! the line is short or the label is followed by a colon. Some furniture is
//! told by its shape rather than a label: a view counter (`Read: 512 Views`,
//! `-2047 Dilihat`), a breadcrumb (`Home > Ekonomi`, or glued:
//! `HomeEkonomiBPJS ...`), a share bar of network names (`Facebook Twitter
//! WhatsApp`), an English `By <Name>` byline (not `By the end of 2025, ...`).
//! Cost: a few prefix comparisons and a handful of small regexes per line,
//! on at most its first 600 bytes.

use regex::Regex;
use std::sync::OnceLock;

pub const RELATED: &str = "related-article link";
pub const CAPTION: &str = "photo caption";
pub const BYLINE: &str = "byline";
pub const TAGS: &str = "tags";
pub const RECOMMENDED: &str = "recommended articles";
pub const SHARE: &str = "share prompt";
pub const COPYRIGHT: &str = "copyright notice";
pub const ADVERT: &str = "advertisement";
pub const EMBED: &str = "embedded media";
pub const PAGINATION: &str = "pagination";
pub const NAVIGATION: &str = "site navigation";
pub const SOURCE: &str = "source line";
pub const INITIALS: &str = "closing initials";
pub const SUMMARY: &str = "summary box";
pub const COUNTER: &str = "view counter";

/// Words that open a line with the article's own date (`Published: Monday,
/// 25 May 2021`, `Diterbitkan 5 Februari 2026`), lowercased.
pub const PUBLISHED: &[&str] =
    &["published", "posted", "diterbitkan", "dipublikasikan", "terbit", "dipublish"];

/// When a label counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum When {
    /// At the start of any line.
    Always,
    /// Followed by `:` or `|` (`Editor : Akhmad`, `Penulis: A | Editor: B`),
    /// or on a short line.
    Colon,
    /// Only on a short line (at most six words, no final stop).
    Short,
    /// Only as the whole line (`Menu`, `Ads`): as the first word of a short
    /// line it is as likely a headline's (`Menu Bergizi untuk Pekerja ...`).
    Alone,
}

use crate::case::Lowercase;
use When::*;

/// Label phrases, lowercased, matched at the start of a line on a word boundary.
const LABELS: &[(&str, &str, When)] = &[
    ("baca juga", RELATED, Always),
    ("baca lainnya", RELATED, Always),
    ("baca selengkapnya", RELATED, Always),
    ("baca berita", RELATED, Always),
    ("baca artikel", RELATED, Always),
    ("baca:", RELATED, Always),
    ("baca :", RELATED, Always),
    ("simak juga", RELATED, Always),
    ("simak video", RELATED, Always),
    ("simak berita", RELATED, Always),
    ("simak selengkapnya", RELATED, Always),
    ("lihat juga", RELATED, Always),
    ("lihat video", RELATED, Always),
    ("tonton juga", RELATED, Always),
    ("tonton video", RELATED, Always),
    ("artikel terkait", RELATED, Always),
    ("berita terkait", RELATED, Always),
    ("read also", RELATED, Always),
    ("also read", RELATED, Always),
    ("read more", RELATED, Always),
    ("read next", RELATED, Always),
    ("read:", RELATED, Always),
    ("read :", RELATED, Always),
    ("see also", RELATED, Always),
    ("you may also like", RELATED, Always),
    ("you might also like", RELATED, Always),
    ("related news", RELATED, Colon),
    ("related articles", RELATED, Colon),
    ("related article", RELATED, Colon),
    ("related stories", RELATED, Colon),
    ("related posts", RELATED, Colon),
    ("related", RELATED, Colon),
    ("more stories", RELATED, Short),
    ("more news", RELATED, Short),
    ("artikel lainnya", RELATED, Short),
    ("berita lainnya", RELATED, Short),
    ("artikel selanjutnya", RELATED, Short),
    ("keterangan gambar", CAPTION, Always),
    ("keterangan foto", CAPTION, Always),
    ("ket foto", CAPTION, Always),
    ("ket. foto", CAPTION, Always),
    ("ket:", CAPTION, Always),
    ("ket.:", CAPTION, Always),
    ("foto:", CAPTION, Always),
    ("foto :", CAPTION, Always),
    ("foto ist", CAPTION, Always),
    ("foto istimewa", CAPTION, Always),
    ("foto/", CAPTION, Always),
    ("foto dok", CAPTION, Always),
    ("foto bersama", CAPTION, Always),
    ("fotobersama", CAPTION, Always),
    ("foto ilustrasi", CAPTION, Always),
    ("ilustrasi:", CAPTION, Always),
    ("ilustrasi -", CAPTION, Always),
    ("ilustrasi.", CAPTION, Always),
    ("ilustrasi", CAPTION, Always),
    ("caption:", CAPTION, Always),
    ("sumber foto", CAPTION, Always),
    ("sumber gambar", CAPTION, Always),
    ("photo:", CAPTION, Always),
    ("photo :", CAPTION, Always),
    ("photos:", CAPTION, Always),
    ("photo by", CAPTION, Always),
    ("photo credit", CAPTION, Always),
    ("file photo", CAPTION, Always),
    ("image:", CAPTION, Always),
    ("image credit", CAPTION, Always),
    ("illustration", CAPTION, Colon),
    ("photo author", CAPTION, Always),
    ("dok.", CAPTION, Always),
    ("dokumentasi", CAPTION, Colon),
    ("penulis", BYLINE, Colon),
    ("editor", BYLINE, Colon),
    ("reporter", BYLINE, Colon),
    ("pewarta", BYLINE, Colon),
    ("penyunting", BYLINE, Colon),
    ("redaktur", BYLINE, Colon),
    ("kontributor", BYLINE, Colon),
    ("wartawan", BYLINE, Colon),
    ("jurnalis", BYLINE, Colon),
    ("oleh", BYLINE, Colon),
    ("author", BYLINE, Colon),
    ("writer", BYLINE, Colon),
    ("written by", BYLINE, Always),
    ("reported by", BYLINE, Always),
    ("edited by", BYLINE, Always),
    ("reporting by", BYLINE, Always),
    ("(reporting by", BYLINE, Always),
    ("translator", BYLINE, Colon),
    ("translated by", BYLINE, Always),
    ("contributor", BYLINE, Colon),
    ("laporan wartawan", BYLINE, Always),
    ("laporan reporter", BYLINE, Always),
    ("laporan jurnalis", BYLINE, Always),
    ("sumber", SOURCE, Colon),
    ("tags", TAGS, Colon),
    ("tag", TAGS, Colon),
    ("tagar", TAGS, Colon),
    ("topik", TAGS, Colon),
    ("kata kunci", TAGS, Colon),
    ("keyword", TAGS, Colon),
    ("keywords", TAGS, Colon),
    ("topics", TAGS, Colon),
    ("topic", TAGS, Colon),
    ("category", TAGS, Colon),
    ("categories", TAGS, Colon),
    ("kategori", TAGS, Colon),
    ("rubrik", TAGS, Colon),
    ("rekomendasi", RECOMMENDED, Short),
    ("berita terkini", RECOMMENDED, Short),
    ("terkini", RECOMMENDED, Short),
    ("berita terbaru", RECOMMENDED, Short),
    ("terbaru", RECOMMENDED, Short),
    ("terpopuler", RECOMMENDED, Short),
    ("populer", RECOMMENDED, Short),
    ("berita populer", RECOMMENDED, Short),
    ("paling banyak dibaca", RECOMMENDED, Short),
    ("terpopuler", RECOMMENDED, Short),
    ("trending", RECOMMENDED, Short),
    ("pilihan editor", RECOMMENDED, Short),
    ("pilihan redaksi", RECOMMENDED, Short),
    ("berita pilihan", RECOMMENDED, Short),
    ("video pilihan", RECOMMENDED, Short),
    ("editor's pick", RECOMMENDED, Short),
    ("most popular", RECOMMENDED, Short),
    ("most read", RECOMMENDED, Short),
    ("popular", RECOMMENDED, Short),
    ("latest news", RECOMMENDED, Short),
    ("latest", RECOMMENDED, Short),
    ("top stories", RECOMMENDED, Short),
    ("recommended", RECOMMENDED, Short),
    ("editor's picks", RECOMMENDED, Short),
    ("editors' picks", RECOMMENDED, Short),
    ("editor's choice", RECOMMENDED, Short),
    ("must read", RECOMMENDED, Short),
    ("ringkasan berita", SUMMARY, Short),
    ("ringkasan", SUMMARY, Short),
    ("rangkuman", SUMMARY, Short),
    ("poin penting", SUMMARY, Short),
    ("poin utama", SUMMARY, Short),
    ("intisari", SUMMARY, Short),
    ("highlights", SUMMARY, Short),
    ("key points", SUMMARY, Short),
    ("key takeaways", SUMMARY, Short),
    ("ikuti kami", SHARE, Always),
    ("ikuti berita", SHARE, Always),
    ("ikuti saluran", SHARE, Always),
    ("ikuti update", SHARE, Always),
    ("dapatkan update", SHARE, Always),
    ("dapatkan berita", SHARE, Always),
    ("simak breaking news", SHARE, Always),
    ("cek berita", SHARE, Always),
    ("gabung", SHARE, Short),
    ("bagikan", SHARE, Short),
    ("share", SHARE, Short),
    ("salin tautan", SHARE, Short),
    ("salin link", SHARE, Short),
    ("copy link", SHARE, Short),
    ("unduh aplikasi", SHARE, Always),
    ("download aplikasi", SHARE, Always),
    ("komentar", SHARE, Short),
    ("comments", SHARE, Short),
    ("comment", SHARE, Short),
    ("leave a comment", SHARE, Always),
    ("leave a reply", SHARE, Always),
    ("post a comment", SHARE, Always),
    ("subscribe to", SHARE, Always),
    ("subscribe", SHARE, Short),
    ("sign up", SHARE, Short),
    ("newsletter", SHARE, Short),
    ("follow us", SHARE, Always),
    ("download the app", SHARE, Always),
    ("download our app", SHARE, Always),
    ("like this", SHARE, Short),
    ("tulis komentar", SHARE, Short),
    ("lihat komentar", SHARE, Short),
    ("©", COPYRIGHT, Always),
    ("(c)", COPYRIGHT, Short),
    ("copyright", COPYRIGHT, Always),
    ("hak cipta", COPYRIGHT, Always),
    ("all right reserved", COPYRIGHT, Always),
    ("all rights reserved", COPYRIGHT, Always),
    ("dilarang mengambil", COPYRIGHT, Always),
    ("dilarang keras", COPYRIGHT, Always),
    ("dilarang mengutip", COPYRIGHT, Always),
    ("advertisement", ADVERT, Always),
    ("scroll to continue", ADVERT, Always),
    ("scroll to resume", ADVERT, Always),
    ("lanjutkan membaca", ADVERT, Always),
    ("continue reading", ADVERT, Always),
    ("artikel dilanjutkan", ADVERT, Always),
    ("iklan", ADVERT, Short),
    ("sponsored", ADVERT, Short),
    ("paid content", ADVERT, Short),
    ("ads", ADVERT, Alone),
    ("konten sponsor", ADVERT, Short),
    ("[gambas", EMBED, Always),
    ("[video", EMBED, Always),
    ("[embed", EMBED, Always),
    ("video:", EMBED, Always),
    ("infografis", EMBED, Always),
    ("infografik", EMBED, Always),
    ("halaman selanjutnya", PAGINATION, Always),
    ("halaman berikutnya", PAGINATION, Always),
    ("halaman", PAGINATION, Short),
    ("selanjutnya", PAGINATION, Short),
    ("sebelumnya", PAGINATION, Short),
    ("next", PAGINATION, Short),
    ("smallest font", NAVIGATION, Always),
    ("largest font", NAVIGATION, Always),
    ("font size", NAVIGATION, Short),
    ("ukuran font", NAVIGATION, Short),
    ("ukuran huruf", NAVIGATION, Short),
    ("skip to content", NAVIGATION, Always),
    ("menu", NAVIGATION, Alone),
    ("home", NAVIGATION, Short),
    ("beranda", NAVIGATION, Short),
];

/// Phrases that mark a line as furniture wherever they stand in it: they do
/// not occur in news prose.
const ANYWHERE: &[(&str, &str)] = &[
    ("google news", SHARE),
    ("whatsapp channel", SHARE),
    ("saluran whatsapp", SHARE),
    ("grup telegram", SHARE),
    ("klik link", SHARE),
    ("your inbox", SHARE),
    ("all right reserved", COPYRIGHT),
    ("all rights reserved", COPYRIGHT),
    ("tanpa seizin redaksi", COPYRIGHT),
    ("tanpa izin tertulis", COPYRIGHT),
    ("scroll to continue", ADVERT),
    ("[gambas:", EMBED),
];

/// [`ANYWHERE`] as one pattern, so a line is scanned once for all of them.
fn anywhere_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let alternatives: Vec<String> = ANYWHERE.iter().map(|(p, _)| regex::escape(p)).collect();
        crate::pattern::compile(&alternatives.join("|"), "anywhere pattern")
    })
}

/// The longest line searched for [`ANYWHERE`] phrases, in bytes.
const MAX_ANYWHERE: usize = 600;

/// What a line looks like on its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    pub words: usize,
    /// Words that start with a capital letter or a digit.
    pub capital_words: usize,
    /// Words that start with a capital letter.
    pub capital_alpha_words: usize,
    /// Words that start with a letter.
    pub alpha_words: usize,
    /// Words that carry a sentence and are rare in headlines (`yang`,
    /// `bahwa`, `the`, `said`: [`crate::language::is_prose_word`]).
    pub prose_words: usize,
    /// Ends with a sentence stop (`.`, `!`, `?`, `:` or a closing quote after one).
    pub terminal: bool,
    /// Starts with a list bullet (`-`, `•`, `*`, `·`, `»`, `>`).
    pub bullet: bool,
    pub lower_start: bool,
}

impl Shape {
    pub fn of(line: &str) -> Shape {
        let t = line.trim();
        let bullet = t.starts_with(['-', '•', '*', '·', '»', '>', '▪', '◦']) || numbered(t);
        let body = t.trim_start_matches(['-', '•', '*', '·', '»', '>', '▪', '◦', ' ']);
        let mut s = Shape { bullet, ..Shape::default() };
        for w in body.split_whitespace() {
            s.words += 1;
            let first = w.trim_start_matches(['"', '\'', '(', '[']).chars().next();
            match first {
                Some(c) if c.is_alphabetic() => {
                    s.alpha_words += 1;
                    if c.is_uppercase() {
                        s.capital_words += 1;
                        s.capital_alpha_words += 1;
                    }
                }
                Some(c) if c.is_ascii_digit() => s.capital_words += 1,
                _ => {}
            }
            if crate::language::is_prose_word(w.trim_matches(|c: char| !c.is_alphanumeric())) {
                s.prose_words += 1;
            }
        }
        s.lower_start = body.chars().next().is_some_and(char::is_lowercase);
        // `... kata dia. (azka)`: the sentence before the closing initials decides.
        let initials = ends_with_bracket(t) && super::meta::closing_initials(t).is_some();
        let t = match (t.rfind('('), initials) {
            (Some(p), true) if p > 0 => t[..p].trim_end(),
            _ => t,
        };
        let end = t.trim_end_matches(['"', '\'', ')', ']']);
        let closed = t.len() != end.len();
        s.terminal = match end.chars().last() {
            Some('.' | '!' | '?') => true,
            Some(':') => !closed,
            _ => false,
        };
        s
    }

    /// A paragraph of prose: a stop at the end and a few words, or long.
    pub fn is_prose(&self) -> bool {
        (self.terminal && self.words >= 6) || self.words >= 20
    }

    /// A headline: a handful of mostly capitalised words, no final stop.
    pub fn is_headline(&self) -> bool {
        let t = (3..=25).contains(&self.words)
            && !self.terminal
            && self.alpha_words > 0
            && self.capital_alpha_words * 10 >= self.alpha_words * 6;
        t && self.prose_words <= 1
    }

    /// At most six words and no final stop.
    pub fn is_short(&self) -> bool {
        self.words <= 6 && !self.terminal
    }
}

/// Ends with `)` or `).`: a cheap test before the closing-bracket regexes.
fn ends_with_bracket(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(')') || t.ends_with(").")
}

/// `1. Judul berita`, `2) Judul`: a numbered list item.
fn numbered(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && b.get(digits + 1) == Some(&b' ')
        && t[digits + 2..].chars().next().is_some_and(char::is_uppercase)
}

/// The reason a line is furniture by its label alone, if it has one.
pub fn label(line: &str, shape: &Shape) -> Option<&'static str> {
    let t = line.trim().trim_start_matches(['-', '•', '*', '·', '»', '>', '▪', '◦', ' ', '|']);
    // Labels stand in the first few words; the phrases matched anywhere stand
    // in short lines (a long paragraph that mentions Google News is prose).
    let mut head_end = t.len().min(MAX_ANYWHERE);
    while !t.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let lower = t[..head_end].lowercase();
    // `Read: 512 Views`, `-2047 Dilihat`: a counter, whatever label it wears.
    if is_counter(&lower, shape) {
        return Some(COUNTER);
    }
    if is_breadcrumb(t) {
        return Some(NAVIGATION);
    }
    if is_ad_slot(&lower) {
        return Some(ADVERT);
    }
    let first = lower.as_bytes().first().copied();
    for &(phrase, reason, when) in LABELS {
        // (The first byte alone turns most labels away, without a call.)
        if phrase.as_bytes().first().copied() != first {
            continue;
        }
        let Some(rest) = lower.strip_prefix(phrase) else { continue };
        let boundary = phrase.ends_with(|c: char| !c.is_alphanumeric())
            || !matches!(rest.chars().next(), Some(c) if c.is_alphanumeric());
        if !boundary {
            continue;
        }
        // `Penulis: A`, `Editor | B`, or `Penulis A | Editor B` (a bar between labelled parts).
        let colon = rest.trim_start().starts_with([':', '|']) || (rest.contains('|') && shape.words <= 12);
        let ok = match when {
            Always => true,
            Colon => colon || shape.is_short(),
            Short => shape.is_short() || (colon && shape.words <= 12),
            Alone => rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty(),
        };
        if ok {
            return Some(reason);
        }
    }
    if t.len() <= MAX_ANYWHERE {
        if let Some(m) = anywhere_re().find(&lower) {
            return ANYWHERE.iter().find(|(p, _)| *p == m.as_str()).map(|(_, r)| *r);
        }
    }
    // `(nds/krs)` alone on its line: the article's closing initials.
    if t.starts_with('(') && super::meta::closing_initials(t).is_some() {
        return Some(INITIALS);
    }
    if t.len() <= 120 && t.contains(" - ") && author_line().is_match(t) {
        return Some(BYLINE);
    }
    if is_by_line(t, shape) {
        return Some(BYLINE);
    }
    if is_social_bar(&lower) {
        return Some(SHARE);
    }
    if t.len() <= 80 && t.contains(',') && name_role_line().is_match(t) {
        return Some(BYLINE);
    }
    if ends_with_bracket(t) && ends_with_photo_credit(t) {
        return Some(CAPTION);
    }
    if t.len() <= MAX_ANYWHERE && ends_with_bare_credit(t, &lower) {
        return Some(CAPTION);
    }
    if is_fragment(t) {
        return Some("fragment");
    }
    None
}

/// Words that count readers: `Read: 512 Views`, `Dibaca 1.204 kali`,
/// `-2047 Dilihat`. (`kali` alone is any "times": `naik 3 kali`.)
const COUNTER_WORDS: &[&str] = &["views", "view", "reads", "dilihat", "dibaca", "pembaca"];

/// A short line with a figure and a word that counts readers.
fn is_counter(lower: &str, shape: &Shape) -> bool {
    shape.words <= 5
        && lower.len() <= 60
        && lower.bytes().any(|b| b.is_ascii_digit())
        && lower.split(|c: char| !c.is_alphabetic()).any(|w| COUNTER_WORDS.contains(&w))
}

/// An ad slot's label: `banner 300x250`, `Banner`, `728x90`.
fn is_ad_slot(lower: &str) -> bool {
    let rest = lower.strip_prefix("banner").unwrap_or(lower).trim();
    if rest.is_empty() {
        return lower.starts_with("banner");
    }
    let size = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    rest.split_once('x').is_some_and(|(w, h)| size(w) && size(h))
}

/// `Home > Ekonomi > Bisnis`, `Beranda » Berita`, or a breadcrumb pasted
/// without its separators (`HomeEkonomiBPJS Catat ...`): `Home` or
/// `Beranda` followed by a separator or glued to a capitalised word.
fn is_breadcrumb(t: &str) -> bool {
    ["Home", "HOME", "Beranda", "BERANDA"].iter().any(|h| {
        t.strip_prefix(h).is_some_and(|rest| {
            let glued = rest.chars().next().is_some_and(char::is_uppercase)
                && rest.chars().nth(1).is_some_and(char::is_lowercase);
            glued || rest.trim_start().starts_with(['>', '»', '›', '/', '|'])
        })
    })
}

/// `By Dewi Lestari`, `By Rina Putri | 12 March 2026`: an English byline. The
/// word after `By` is capitalised (`By the end of 2025 ...` is prose) and the
/// line is not a sentence (`By December, BPJS had ...` is).
fn is_by_line(t: &str, shape: &Shape) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else { return false };
    rest.trim_start().chars().next().is_some_and(char::is_uppercase) && !shape.is_prose()
}

/// Social networks on a share bar, lowercased.
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "line",
    "email",
    "e-mail",
    "pinterest",
    "instagram",
    "threads",
    "tiktok",
    "youtube",
    "reddit",
    "messenger",
];
/// The other words of a share bar.
const SHARE_BUTTONS: &[&str] = &["copy", "link", "salin", "tautan", "share", "bagikan", "print", "cetak"];

/// `Facebook Twitter WhatsApp`, `Share: Facebook | X | Copy link`: a line of
/// social networks and share buttons only, with at least two networks.
fn is_social_bar(lower: &str) -> bool {
    if lower.len() > 120 {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | ':' | '·' | '•'))
        .filter(|w| !w.is_empty())
        .collect();
    let networks = words.iter().filter(|w| NETWORKS.contains(w)).count();
    networks >= 2 && networks + words.iter().filter(|w| SHARE_BUTTONS.contains(w)).count() == words.len()
}

/// A caption whose credit ends the line without brackets: `... Sulawesi
/// Tengah. Foto/IST |`, `... Bali-Foto : Humas Pemkab-`, `... on
/// Monday. Photo: Antara/Rina Putri`. The credit is short and has no stop.
/// `lower` is `t` in lower case.
fn ends_with_bare_credit(t: &str, lower: &str) -> bool {
    // The pattern needs `foto` or `photo` (ASCII letters in any case; no other
    // character lowers to one of theirs): a line without either is answered
    // without building it, which most articles' first analysis (the page's
    // cold start) then never does.
    if !lower.contains("foto") && !lower.contains("photo") {
        return false;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| crate::pattern::compile(BARE_CREDIT, "bare credit pattern"));
    re.is_match(t.trim_end_matches(['|', '-', ' ']))
}

/// [`ends_with_bare_credit`]'s pattern. It was
/// `(?:^|[\s.,-])(?i:foto|photo)\s*(?:[:/]|\bby\b)\s*[^.:()]{1,50}$`; its two
/// Unicode word boundaries (which need a table the WebAssembly build has not,
/// src/pattern.rs) are spelt out here. Before `by`: the `o` of `foto` is a
/// word character, so a boundary there means white space came between. After
/// it: the next character is not a word character, and it is either white
/// space or the first of the 1 to 50 that end the line. Same matches (a test
/// compares the two).
const BARE_CREDIT: &str = r"(?:^|[\s.,-])(?i:foto|photo)(?:\s*[:/]\s*[^.:()]{1,50}|\s+by(?:\s+[^.:()]{1,50}|[^.:()\w][^.:()]{0,49}))$";

/// A line is only punctuation, a file name or a single stray token (`.jpg)`, `X`).
fn is_fragment(t: &str) -> bool {
    if t.len() > 80 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
    if letters == 0 && digits == 0 {
        return true;
    }
    let lower = t.lowercase();
    if words.len() == 1 && [".jpg", ".jpeg", ".png", ".webp", ".gif"].iter().any(|e| lower.contains(e)) {
        return true;
    }
    words.len() == 1 && letters <= 2 && digits == 0
}

/// `Nama Penulis - detikFinance`, `Nama Penulis - Kompas.com`: an author line
/// that names the outlet after a dash.
pub fn author_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"^(?P<name>[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,4})\s+-\s+(?P<outlet>detik\w*|[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,3})\s*(?:\||,|$)", "author line pattern")
    })
}

/// `Feby Novalius, Jurnalis`: a name with its role after a comma.
pub fn name_role_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::compile(r"^(?P<name>[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,4}),\s*(?P<role>(?i:jurnalis|wartawan|reporter|kontributor|penulis|editor|redaktur))\s*$", "name and role pattern")
    })
}

/// Words that open a photo credit (`(Foto: Humas)`, `(Dok. BPJS)`, `(Ist)`,
/// `(Photo by: ...)`), lowercased. In a dateline's bracket (`Blitar, (DOC)
/// -`) they name no outlet.
pub const CREDIT_WORDS: &[&str] =
    &["foto", "photo", "image", "dok", "doc", "dokumentasi", "ist", "istimewa", "ilustrasi", "illustration"];

/// A caption credit at the end of a line: `(ANTARA/HO-BPJS Ketenagakerjaan)`,
/// `(KOMPAS.com/Dian Erika)`, `(Foto: Humas)`, `(Dok. BPJS Ketenagakerjaan)`,
/// `(Photo by: Biro Pers/Rina)`.
/// Closing initials such as `(Red/MC)` or `(nds/krs)` are not credits.
fn ends_with_photo_credit(t: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| crate::pattern::compile(&photo_credit_pattern(), "photo credit pattern"));
    re.is_match(t)
}

/// [`ends_with_photo_credit`]'s pattern. A credit word (`Foto`, `Dok.`) and
/// whatever follows it in the bracket were `(?i:CREDITS)\.?\b[^()]*`; its
/// Unicode word boundary (which needs a table the WebAssembly build has not,
/// src/pattern.rs) is spelt out: what follows the word, if anything, starts
/// with no word character (a stop after the word is such a start, so the
/// optional stop adds nothing). Same matches (a test compares the two).
fn photo_credit_pattern() -> String {
    r"(?x)\(\s*(?:
            (?i:CREDITS)(?:[^()\w][^()]*)?
          | [A-Za-z][\w.-]*(?:\ [A-Za-z][\w.-]*)?/[^()]*[A-Z][a-z]+[^()]*
        )\)\.?\s*$"
        .replace("CREDITS", &CREDIT_WORDS.join("|"))
}

/// `BUKA ACARA - Sekretaris Daerah ...`: a capitalised keyword and a dash, the
/// way Tribun and many local sites open a photo caption. A dateline such as
/// `JAKARTA - ` has the same shape, so the caller rules that line out first.
pub fn is_caps_caption(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        crate::pattern::compile(
            r"^[A-Z][A-Z\d'&]+(?:\s+[A-Z][A-Z\d'&]*){0,4}\s*-+\s*\S",
            "caps caption pattern",
        )
    });
    let t = line.trim();
    // A lead paragraph of several sentences after an unknown dateline
    // (`SOREANG INSPIRA – Dari sekitar 1,6 juta pekerja ... . Pada akhir
    // tahun ini, ...`) is the article, not a caption: a caption is one sentence.
    let sentences =
        t.match_indices(". ").filter(|(i, _)| t[i + 2..].starts_with(|c: char| c.is_uppercase())).count();
    re.is_match(t) && !(sentences >= 1 && t.len() > 200)
}

/// The text after a leading label, for comparing a caption with body text:
/// `BUKA ACARA -Sekretaris ...` and `Keterangan Gambar : Sekretaris ...` both
/// give `Sekretaris ...`.
pub fn strip_label(line: &str) -> &str {
    let t = line.trim();
    if let Some(p) = t.find(':').filter(|&p| p < 40) {
        return t[p + 1..].trim();
    }
    if is_caps_caption(t) {
        if let Some(p) = t.find('-') {
            return t[p..].trim_start_matches(['-', ' ']);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The credit patterns as they were written with Unicode word boundaries
    /// (native builds keep regex's tables, so these compile here) against
    /// their spelt-out forms, on strings made of the pieces that decide a
    /// boundary: ASCII and other letters, marks, digits, white space and the
    /// punctuation the patterns name.
    #[test]
    #[allow(clippy::disallowed_methods)] // the originals, compiled with regex's Unicode tables
    fn spelt_out_word_boundaries_match_as_the_originals_did() {
        let photo_credit = r"(?x)\(\s*(?:
                (?i:CREDITS)\.?\b[^()]*
              | [A-Za-z][\w.-]*(?:\ [A-Za-z][\w.-]*)?/[^()]*[A-Z][a-z]+[^()]*
            )\)\.?\s*$"
            .replace("CREDITS", &CREDIT_WORDS.join("|"));
        let pairs = [
            (
                Regex::new(r"(?:^|[\s.,-])(?i:foto|photo)\s*(?:[:/]|\bby\b)\s*[^.:()]{1,50}$").unwrap(),
                crate::pattern::compile(BARE_CREDIT, "bare credit"),
            ),
            (
                Regex::new(&photo_credit).unwrap(),
                crate::pattern::compile(&photo_credit_pattern(), "photo credit"),
            ),
        ];
        let pieces = [
            "Foto",
            "foto",
            "PHOTO",
            "Dok",
            "do\u{212A}",
            "ist",
            "by",
            "By",
            "b",
            "y",
            " ",
            "\u{1680}",
            "\t",
            "é",
            "x",
            "Ab",
            "1",
            "\u{663}",
            ".",
            ":",
            "/",
            "(",
            ")",
            "\u{301}",
            "_",
            "-",
            ",",
            "\u{17F}",
            "·",
            "\u{200D}",
            "ΣΑ",
        ];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut matched = [0usize; 2];
        for _ in 0..60_000 {
            let mut t = String::new();
            let n = 1 + next() % 9;
            for _ in 0..n {
                t.push_str(pieces[next() % pieces.len()]);
            }
            for (k, (original, spelt)) in pairs.iter().enumerate() {
                for s in [
                    t.clone(),
                    format!("({t})"),
                    format!("x ({t}"),
                    format!("({t})."),
                    format!("a. Foto by{t}"),
                ] {
                    let m = original.is_match(&s);
                    assert_eq!(spelt.is_match(&s), m, "pattern {k} on {s:?}");
                    if k == 0 {
                        // The check before the pattern turns away no line it matches.
                        let trimmed = s.trim_end_matches(['|', '-', ' ']);
                        let lower = s.lowercase();
                        assert_eq!(ends_with_bare_credit(&s, &lower), spelt.is_match(trimmed), "{s:?}");
                    }
                    matched[k] += m as usize;
                }
            }
        }
        assert!(matched.iter().all(|&m| m > 1000), "{matched:?}");
    }

    #[test]
    fn bare_credits_in_any_case_and_lines_without_foto_or_photo() {
        let credit = |t: &str| ends_with_bare_credit(t, &t.lowercase());
        for yes in
            ["Bali. FOTO: Antara", "Senin. pHoTo: Rina Putri", "Tengah. Foto/IST |", "Bali-fotO : Humas"]
        {
            assert!(credit(yes), "{yes}");
        }
        for no in ["", "Bali. oto: Antara", "Bali. Fot: Antara", "Bali. hoto: Antara", "Bali. f oto: Antara"]
        {
            assert!(!credit(no), "{no}");
        }
    }

    fn l(s: &str) -> Option<&'static str> {
        label(s, &Shape::of(s))
    }

    #[test]
    fn labels_need_a_word_boundary_and_short_lines_for_common_words() {
        assert_eq!(l("Baca Juga : Pemko Banjarmasin Gelontorkan Rp200 Juta"), Some(RELATED));
        assert_eq!(l("Editor : Akhmad"), Some(BYLINE));
        assert_eq!(l("Editorial pekan ini membahas BPJS dan pekerja informal di desa."), None);
        assert_eq!(l("Terkini"), Some(RECOMMENDED));
        assert_eq!(l("Terkini, BPJS Ketenagakerjaan mencatat 3.000 peserta baru di Kalsel."), None);
        assert_eq!(l("Selanjutnya, Adi menjelaskan manfaat program ini bagi pekerja."), None);
        assert_eq!(l("Penulis: Nurholis Huda | Editor: Irfani Rahman"), Some(BYLINE));
    }

    #[test]
    fn credits_and_fragments() {
        assert_eq!(l("Petugas melayani peserta. (ANTARA/HO-BPJS Ketenagakerjaan)"), Some(CAPTION));
        assert_eq!(l("kata dia. (Red/MC)"), None);
        assert_eq!(l(".jpg)"), Some("fragment"));
        assert_eq!(l("X"), Some("fragment"));
        assert_eq!(l("Rina Wulandari - detikJatim"), Some(BYLINE));
        assert_eq!(l("Feby Novalius, Jurnalis"), Some(BYLINE));
    }

    #[test]
    fn english_labels() {
        assert_eq!(l("Read also: Informal workers urged to join social security"), Some(RELATED));
        assert_eq!(l("Related News: BPJS pays Rp52 trillion in claims"), Some(RELATED));
        assert_eq!(l("Related to this, the agency said it would add 120 service points."), None);
        assert_eq!(l("Photo by: Biro Pers/Rina"), Some(CAPTION));
        assert_eq!(
            l("Workers queue at a branch office in Jakarta. (Photo by: Biro Pers/Rina)"),
            Some(CAPTION)
        );
        assert_eq!(l("Translator: Rina Putri, Tegar Nurfitra"), Some(BYLINE));
        assert_eq!(l("By Dewi Lestari"), Some(BYLINE));
        assert_eq!(l("By the end of 2025, the agency covered 41 million active workers."), None);
        assert_eq!(l("By December, BPJS Ketenagakerjaan had paid Rp52 trillion in claims."), None);
        assert_eq!(l("Category: Economy"), Some(TAGS));
        assert_eq!(l("Read: 512 Views"), Some(COUNTER));
        assert_eq!(l("1.204 views"), Some(COUNTER));
        assert_eq!(l("Latest News"), Some(RECOMMENDED));
        assert_eq!(l("Subscribe to our newsletter"), Some(SHARE));
        assert_eq!(l("Facebook Twitter WhatsApp"), Some(SHARE));
        assert_eq!(l("Share: Facebook | X | Copy link"), Some(SHARE));
        assert_eq!(l("Facebook and Twitter users shared the news widely across the country."), None);
        assert_eq!(l("Comments"), Some(SHARE));
        assert_eq!(l("Copyright © 2026 The Jakarta Chronicle. All rights reserved."), Some(COPYRIGHT));
    }

    #[test]
    fn indonesian_page_widgets() {
        assert_eq!(l("oleh -2047 Dilihat"), Some(COUNTER));
        assert_eq!(l("Dibaca 2.310 kali"), Some(COUNTER));
        assert_eq!(l("- Naik 3 kali"), None);
        assert_eq!(l("Sebanyak 2.310 pekerja dibaca namanya satu per satu kali ini dalam acara itu."), None);
        assert_eq!(l("banner 300x250"), Some(ADVERT));
        assert_eq!(l("728x90"), Some(ADVERT));
        assert_eq!(l("Banner Raksasa Ajakan Daftar BPJS Ketenagakerjaan Dipasang"), None);
        assert_eq!(l("Menu"), Some(NAVIGATION));
        assert_eq!(l("Menu Bergizi Gratis Jangkau 4.000 Pekerja Pabrik"), None);
        assert_eq!(l("Smallest Font Largest Font"), Some(NAVIGATION));
        assert_eq!(l("HomeEkonomiBPJS Ketenagakerjaan Catat 3,3 Juta Peserta..."), Some(NAVIGATION));
        assert_eq!(l("Beranda » Ekonomi » Bisnis"), Some(NAVIGATION));
        assert_eq!(l("Homestay di Batu ramai dikunjungi wisatawan selama libur panjang tahun ini."), None);
        assert_eq!(l("Petugas melayani peserta di kantor cabang Tenggarong. Foto/IST |"), Some(CAPTION));
        assert_eq!(
            l("Kepala Cabang menyerahkan santunan kepada ahli waris-Foto : Humas Pemkab-"),
            Some(CAPTION)
        );
    }

    #[test]
    fn shapes() {
        assert!(Shape::of(
            "Perluas Akses Keadilan Warga Banua, Kemenkum RI Resmikan 2.015 Pos Bantuan Hukum di Kalsel"
        )
        .is_headline());
        assert!(!Shape::of("Adi mengungkapkan bahwa tingkat kepesertaan masih rendah.").is_headline());
        assert!(Shape::of("Adi mengungkapkan bahwa tingkat kepesertaan masih rendah.").is_prose());
        assert!(is_caps_caption("BUKA ACARA -Sekretaris Daerah Banjar membuka kegiatan"));
        assert!(!is_caps_caption("BANJARMASIN, klikkalsel.com - Anggota DPRD"));
    }
}
