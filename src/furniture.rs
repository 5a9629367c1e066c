//! Stage 3: furniture. Decides which lines are the article and which are the
//! page around it, and reads the article's metadata.
//!
//! People paste what they selected: the site's headline lists, `Baca juga:`
//! links, photo captions, `Penulis:`/`Editor:` lines, tags, copyright and share
//! prompts, view counters, a site's date bar, the teaser above the article.
//! Indonesian and English pages alike (`Read also:`, `Photo by`, `By <name>`,
//! `Read: 512 Views`). Each line gets a [`LineClass`]; furniture keeps a short
//! reason so the page can show why it was set aside. Figures on furniture lines
//! never become facts. A summary box (`Poin Penting:`, `Ringkasan Berita`) is
//! not furniture: its heading is, its points are the article's own statements.
//!
//! How a line is judged, in order:
//! 1. **Labels** (`labels.rs`): phrases a site prints before furniture, matched
//!    at the start of the line (`Baca juga`, `Keterangan Gambar`, `Editor :`,
//!    `Related News:`), a few phrases matched anywhere (`Google News`, `tanpa
//!    seizin redaksi`), line shapes (counters, breadcrumbs, share bars, `By`
//!    bylines), photo credits at the end (`(ANTARA/HO-...)`, `Foto/IST |`) and
//!    stray fragments.
//! 2. **Position**: the article starts at its dateline (`meta.rs`; also a
//!    lead-in alone on its line, `Denpasar (ANTARA) -`), or at the first
//!    paragraph of prose when there is none; a teaser that repeats that
//!    paragraph above the headline moves the start to the repeat. It ends at
//!    its closing initials (`(azka)`, `(Red/MC)`) or at the first byline or
//!    copyright line after the body. Above the start: the title, the
//!    publication date, a date bar, headline lists; below the end: everything.
//! 3. **Neighbours**: a heading label (`Berita Terkait`, `Baca Lainnya :`,
//!    `Most Read`) takes the short lines under it; a line that continues a
//!    furniture line (lowercase start, no stop before it) joins it; three or
//!    more headline lines in a row are a headline list; a repeat of an earlier
//!    paragraph or of a photo caption is set aside.
//!
//! Metadata: the title, the outlet and dateline city, the publication date (a
//! date line under the title, or above it when none stands under it, or one
//! labelled `Published:`/`Diterbitkan`; not a date bar above a dated title),
//! authors and editors (from byline lines, a name by the publication date,
//! and closing initials when no editor is named). The outlet comes from the
//! dateline, else an author line, else the copyright line.
//!
//! Cost: linear in the number of lines; each line is matched against a fixed
//! set of prefixes and a handful of regexes. What it does not do: read HTML,
//! guess furniture from figures, or judge a line by the words of the seeds.

mod labels;
mod meta;

pub use meta::title_case;

use crate::case::Lowercase;
use crate::dates::DateMention;
use crate::segment::Segments;
use labels::Shape;
use std::ops::Range;

/// What a line of the paste is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineClass {
    Blank,
    /// The article's headline.
    Title,
    /// Article text.
    Body,
    /// Page furniture, with the reason it was set aside.
    Furniture(&'static str),
}

/// The article's metadata as the text states it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    /// Byte range of the dateline lead-in (`Banjarmasin (ANTARA) -`), if any.
    pub dateline_range: Option<Range<usize>>,
    /// The article's own date (not a site's date bar); set by [`classify`]
    /// from the dates stage's results.
    pub published: Option<crate::dates::Date>,
    /// Where the publication date is written (on a furniture line, or in the
    /// dateline), so the report can still list it among the article's dates.
    pub published_range: Option<Range<usize>>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    /// The closing initials that end the article, as written (`Red/MC`).
    pub initials: Option<String>,
}

/// Line classes and metadata.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub lines: Vec<LineClass>,
    pub meta: Meta,
}

/// Consecutive furniture lines with one reason (blank lines between them
/// included), for showing a block greyed out once instead of line by line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Line indices, `[start, end)`.
    pub lines: Range<usize>,
    pub reason: &'static str,
}

impl Layout {
    /// Is the line body text (so its figures may become facts)?
    pub fn is_body(&self, line: usize) -> bool {
        matches!(self.lines.get(line), Some(LineClass::Body))
    }

    /// Does a date at `range` on `line` belong to the article: on a body line,
    /// or the publication date itself (which stands on a furniture line)?
    pub fn is_article_date(&self, line: usize, range: &Range<usize>) -> bool {
        self.is_body(line) || self.meta.published_range.as_ref() == Some(range)
    }

    /// Furniture merged into blocks: consecutive furniture lines with the same
    /// reason, blank lines between them included (not trailing ones).
    pub fn blocks(&self) -> Vec<Block> {
        let mut out: Vec<Block> = Vec::new();
        let mut last_nonblank: Option<usize> = None;
        for (i, c) in self.lines.iter().enumerate() {
            match *c {
                LineClass::Blank => continue,
                LineClass::Furniture(reason) => {
                    let joins = match (out.last(), last_nonblank) {
                        (Some(b), Some(prev)) => b.reason == reason && b.lines.end == prev + 1,
                        _ => false,
                    };
                    if joins {
                        out.last_mut().expect("block").lines.end = i + 1;
                    } else {
                        out.push(Block { lines: i..i + 1, reason });
                    }
                }
                _ => {}
            }
            last_nonblank = Some(i);
        }
        out
    }
}

/// Reasons given to lines by their position or neighbours.
pub const BEFORE: &str = "before the article";
pub const AFTER: &str = "after the article";
pub const HEADLINES: &str = "headline list";
pub const DATE_BAR: &str = "site date bar";
pub const PUBLICATION_DATE: &str = "publication date";
pub const REPEATED: &str = "repeated text";
pub const REPEATED_CAPTION: &str = "repeats a photo caption";

/// Classifies every line and reads the metadata.
pub fn classify(text: &str, seg: &Segments, dates: &[DateMention]) -> Layout {
    let n = seg.lines.len();
    let raw: Vec<&str> = seg.lines.iter().map(|r| &text[r.clone()]).collect();
    let shapes: Vec<Shape> = raw.iter().map(|s| Shape::of(s)).collect();
    // `None`: not decided yet.
    let mut class: Vec<Option<LineClass>> = raw
        .iter()
        .zip(&shapes)
        .map(|(s, sh)| {
            if s.trim().is_empty() {
                Some(LineClass::Blank)
            } else {
                labels::label(s, sh).map(LineClass::Furniture)
            }
        })
        .collect();
    let mut meta = Meta::default();

    // The article's start: its dateline, else its first paragraph of prose.
    // A photo caption opened by capitalised keywords (`BUKA ACARA - ...`) is
    // not the first paragraph, unless they read as a dateline (`TENGGARONG -`).
    let first_prose = (0..n).find(|&i| {
        class[i].is_none()
            && shapes[i].is_prose()
            && !(labels::is_caps_caption(raw[i]) && meta::dateline(raw[i]).is_none())
    });
    let mut dateline = None;
    for i in 0..n {
        if class[i].is_some() {
            continue;
        }
        if let Some(d) = meta::dateline(raw[i]) {
            // A bare `Jakarta -` counts only as the first paragraph of prose.
            if d.strong || Some(i) == first_prose {
                dateline = Some((i, d));
                break;
            }
        }
        // `Denpasar (ANTARA) -` alone on its line, the article on the next.
        if let Some((d, next)) = lead_alone(&raw, &class, i) {
            if d.strong || Some(next) == first_prose {
                dateline = Some((i, d));
                break;
            }
        }
    }
    let mut start = dateline.as_ref().map(|(i, _)| *i).or(first_prose);
    // A teaser above the headline that repeats the lead (`JAKARTA. BPJS ...`,
    // the headline, `JAKARTA. BPJS ...`): the article starts at the copy below.
    if let Some(j) = start.and_then(|s| repeated_lead(&raw, &shapes, &class, s)) {
        start = Some(j);
        dateline = meta::dateline(raw[j]).map(|d| (j, d));
    }
    if let Some((i, d)) = &dateline {
        let base = seg.lines[*i].start;
        meta.dateline = d.city.clone();
        meta.outlet = d.outlet.clone();
        meta.dateline_range = Some(base + d.lead.start..base + d.lead.end);
    }

    // Photo captions opened by a capitalised keyword (`BUKA ACARA -`), anywhere
    // but on the dateline itself.
    for i in 0..n {
        if class[i].is_none() && Some(i) != start && labels::is_caps_caption(raw[i]) {
            class[i] = Some(LineClass::Furniture(labels::CAPTION));
        }
    }
    follow_headings(&mut class, &shapes, &raw);
    follow_continuations(&mut class, &shapes);

    // Prose lines not yet decided, counted from the end: an end marker with
    // more prose after it is not the end.
    let mut prose_after = vec![0usize; n + 1];
    for i in (0..n).rev() {
        prose_after[i] = prose_after[i + 1] + usize::from(class[i].is_none() && shapes[i].is_prose());
    }
    let start_line = start.unwrap_or(0);
    let mut end = n;
    for i in start_line..n {
        let marker = match class[i] {
            Some(LineClass::Furniture(labels::INITIALS)) => {
                meta.initials = meta::closing_initials(raw[i]);
                Some(i + 1)
            }
            Some(LineClass::Furniture(r)) if i > start_line => {
                [labels::BYLINE, labels::COPYRIGHT, labels::SOURCE].contains(&r).then_some(i)
            }
            None => meta::closing_initials(raw[i]).map(|ini| {
                meta.initials = Some(ini);
                i + 1
            }),
            _ => None,
        };
        if let Some(e) = marker {
            if prose_after[e] < 2 {
                end = e;
                break;
            }
            meta.initials = None;
        }
    }

    let line_dates = first_date_per_line(seg, dates);
    if let Some(start) = start {
        read_head(&raw, &shapes, seg, &mut class, start, &line_dates, dates, &mut meta);
        // A date written in the dateline itself (`Jakarta, 5 Februari 2026 -`).
        if let Some(r) = meta.dateline_range.clone() {
            if let Some(d) = dates.iter().find(|d| d.range.start >= r.start && d.range.end <= r.end) {
                meta.published = Some(d.date);
                meta.published_range = Some(d.range.clone());
            }
        }
    }
    headline_runs(&mut class, &shapes, &raw, start_line..end);
    // Below the last paragraph of prose, short lines are the page's, not the article's.
    // A copy cut off mid-sentence ends on a line of prose with no stop: the
    // text's last line, a dozen words mostly in lower case.
    let cut_off = |i: usize| {
        let sh = &shapes[i];
        (i + 1..n).all(|j| raw[j].trim().is_empty())
            && sh.words >= 10
            && sh.capital_alpha_words * 2 < sh.alpha_words
    };
    if let Some(last) =
        (start_line..end).rev().find(|&i| class[i].is_none() && (shapes[i].is_prose() || cut_off(i)))
    {
        end = end.min(last + 1);
    }
    for c in class.iter_mut().skip(end) {
        if c.is_none() {
            *c = Some(LineClass::Furniture(AFTER));
        }
    }
    let mut lines: Vec<LineClass> = class.into_iter().map(|c| c.unwrap_or(LineClass::Body)).collect();
    repeats(&raw, &shapes, &mut lines);

    // Bylines, wherever they stand.
    let mut named_outlet = None;
    let mut copyright_outlet = None;
    for (i, c) in lines.iter().enumerate() {
        match *c {
            LineClass::Furniture(labels::BYLINE) => {
                let o = meta::read_byline(raw[i], &mut meta.authors, &mut meta.editors);
                named_outlet = named_outlet.or(o);
            }
            LineClass::Furniture(labels::COPYRIGHT) if copyright_outlet.is_none() => {
                let lower = raw[i].lowercase();
                if lower.contains('©') || lower.contains("copyright") {
                    copyright_outlet = meta::copyright_outlet(raw[i]);
                }
            }
            _ => {}
        }
    }
    if meta.outlet.is_none() {
        meta.outlet = named_outlet.or(copyright_outlet);
    }
    // Closing initials name the desk when no editor line does. A single
    // capitalised word of four letters or more (`(ANTARA)`) names a source
    // instead, and `(*)` names nobody.
    if let Some(ini) = meta.initials.as_deref().map(str::trim) {
        let source =
            !ini.contains(['/', ' ']) && ini.len() >= 4 && ini.chars().all(|c| c.is_ascii_uppercase());
        if source {
            meta.outlet.get_or_insert_with(|| ini.to_string());
        } else if meta.editors.is_empty() && ini.chars().any(char::is_alphabetic) {
            meta.editors.push(ini.to_string());
        }
    }
    Layout { lines, meta }
}

/// Lines looked at below a lead-in standing alone, or below a teaser for the
/// lead's repeat.
const LOOKAHEAD: usize = 8;

/// A dateline lead-in alone on line `i` (`Denpasar (ANTARA) -`, `Blitar,
/// (DOC) -`), read together with the next non-blank line, and that line.
fn lead_alone(raw: &[&str], class: &[Option<LineClass>], i: usize) -> Option<(meta::Dateline, usize)> {
    let line = raw[i].trim_end();
    if line.len() > 60 || !line.ends_with(['-', ':', '|']) {
        return None;
    }
    let next = (i + 1..raw.len().min(i + LOOKAHEAD)).find(|&j| class[j] != Some(LineClass::Blank))?;
    if class[next].is_some() {
        return None;
    }
    let joined = format!("{line} {}", raw[next].trim_start());
    let mut d = meta::dateline(&joined)?;
    if d.lead.end < line.len() {
        return None;
    }
    d.lead.end = line.len();
    Some((d, next))
}

/// The line below `start` that repeats it word for word, with a headline or
/// another short line between them: `start` was a teaser above the title.
fn repeated_lead(raw: &[&str], shapes: &[Shape], class: &[Option<LineClass>], start: usize) -> Option<usize> {
    let key = repeat_key(raw[start])?;
    let end = raw.len().min(start + LOOKAHEAD);
    let j = (start + 1..end).find(|&j| class[j].is_none() && repeat_key(raw[j]).as_ref() == Some(&key))?;
    let between = (start + 1..j).any(|m| class[m].is_none() && !shapes[m].is_prose() && shapes[m].words >= 3);
    between.then_some(j)
}

/// The index into `dates` of the first date on each line.
fn first_date_per_line(seg: &Segments, dates: &[DateMention]) -> Vec<Option<usize>> {
    let mut out = vec![None; seg.lines.len()];
    for (k, d) in dates.iter().enumerate() {
        let l = seg.line_at(d.range.start);
        if let Some(slot) = out.get_mut(l) {
            slot.get_or_insert(k);
        }
    }
    out
}

/// Is the line little more than a date and a time (`- Selasa, 18 Maret 2025 |
/// 11:10 WIB`, `Kompas.com - 05/02/2026, 13:45 WIB`)?
fn is_date_line(line: &str, line_start: usize, d: &DateMention) -> bool {
    let (s, e) = (d.range.start - line_start, d.range.end - line_start);
    let (Some(before), Some(after)) = (line.get(..s), line.get(e..)) else { return false };
    let others = format!("{before} {after}");
    let words = others
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| {
            !matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "WIB" | "WITA" | "WIT" | "pukul" | "Pukul"
            )
        })
        .count();
    words <= 5
}

/// The name that opens a publication date line (`Maria Lumowa - Kamis, 15
/// Januari 2026`): one to four capitalised words and a dash, not a site's
/// domain (`Situsberita.com - 16 November 2022`) nor a place.
fn name_before_date(line: &str, date_at: usize) -> Option<&str> {
    let head = line.get(..date_at)?.trim_end();
    let name = head.strip_suffix('-')?.trim();
    let ok = short_name(name)
        && !meta::is_domain(name)
        && !meta::is_place(name)
        && !name.split_whitespace().any(crate::dates::is_weekday_or_month);
    ok.then_some(name)
}

/// The name after `by` that follows a date (`Posted on 12 January 2026 by
/// Lena Hartati`): one to four capitalised words.
fn name_after_date(line: &str, date_end: usize) -> Option<&str> {
    let tail = line.get(date_end..)?.trim_start();
    let name = tail.strip_prefix("by ").or_else(|| tail.strip_prefix("By "))?.trim();
    short_name(name).then_some(name)
}

/// One to four capitalised words of letters (and initials' stops).
fn short_name(name: &str) -> bool {
    (1..=4).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// Does the line state a time of day (`11:10 WIB`, `13.45`)?
fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    let clock = (1..b.len().saturating_sub(2)).any(|i| {
        matches!(b[i], b':' | b'.')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && !matches!(b.get(i + 3), Some(c) if c.is_ascii_digit())
    });
    clock || line.split_whitespace().any(|w| matches!(w, "WIB" | "WITA" | "WIT"))
}

/// The lines above the article: the title, the publication date (a date line
/// under the title), a site's date bar (a date line above it), and the rest,
/// set aside.
#[allow(clippy::too_many_arguments)]
fn read_head(
    raw: &[&str],
    shapes: &[Shape],
    seg: &Segments,
    class: &mut [Option<LineClass>],
    start: usize,
    line_dates: &[Option<usize>],
    dates: &[DateMention],
    meta: &mut Meta,
) {
    let mut date_line = vec![false; start];
    for i in 0..start {
        let Some(k) = line_dates[i] else { continue };
        let byline = class[i] == Some(LineClass::Furniture(labels::BYLINE));
        date_line[i] = byline || (class[i].is_none() && is_date_line(raw[i], seg.lines[i].start, &dates[k]));
    }
    // The title: the first headline-like line above the start that is not a
    // date, a list item or a sentence.
    // A headline has five words or more; a three- or four-word line above it is
    // more often the site's name or a section kicker, so it is the title only
    // when nothing longer follows.
    let candidate = |i: usize, min: usize| {
        class[i].is_none()
            && !date_line[i]
            && !shapes[i].bullet
            && (min..=30).contains(&shapes[i].words)
            && !raw[i].trim_end().ends_with('.')
    };
    let title = (0..start).find(|&i| candidate(i, 5)).or_else(|| (0..start).find(|&i| candidate(i, 3)));
    // A date line above the title is the site's date bar, unless no date
    // line stands under the title (then it is the article's own date) or it
    // says it is the publication date (`Published: ...`, `Diterbitkan ...`).
    let dated_below = title.is_some_and(|t| (t + 1..start).any(|i| date_line[i]));
    let labelled: Vec<bool> = (0..start)
        .map(|i| {
            let t = raw[i].trim_start().as_bytes();
            date_line[i]
                && labels::PUBLISHED
                    .iter()
                    .any(|p| t.len() >= p.len() && t[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        })
        .collect();
    // Labelled lines first, then the others, each in page order.
    let order =
        (0..start).filter(|&i| labelled[i]).chain((0..start).filter(|&i| date_line[i] && !labelled[i]));
    for i in order {
        let published = labelled[i]
            || match title {
                Some(t) => i > t || !dated_below,
                None => has_time(raw[i]),
            };
        if published && meta.published.is_none() {
            if let Some(k) = line_dates[i] {
                meta.published = Some(dates[k].date);
                meta.published_range = Some(dates[k].range.clone());
                // `Maria Lumowa - Kamis, 15 Januari 2026 14:05 WITA`, `Posted on 12
                // January 2026 by Lena Hartati`: the author's name by the date.
                let line_start = seg.lines[i].start;
                let name = name_before_date(raw[i], dates[k].range.start - line_start)
                    .or_else(|| name_after_date(raw[i], dates[k].range.end - line_start));
                if let Some(name) = name {
                    meta::push_names(name, &mut meta.authors);
                }
            }
        }
        if class[i].is_none() {
            class[i] = Some(LineClass::Furniture(if published { PUBLICATION_DATE } else { DATE_BAR }));
        }
    }
    if let Some(t) = title {
        class[t] = Some(LineClass::Title);
        meta.title = Some(raw[t].trim().to_string());
    }
    // A summary box's points (`Poin Penting:`, then bulleted or full
    // sentences) are the article's own statements, wherever the box stands;
    // a blank line after its first point ends the box. `None`: no box;
    // `Some(false)`: under its heading; `Some(true)`: among its points.
    let mut summary: Option<bool> = None;
    for i in 0..start {
        match class[i] {
            Some(LineClass::Furniture(labels::SUMMARY)) => summary = Some(false),
            Some(LineClass::Blank) => {
                if summary == Some(true) {
                    summary = None;
                }
            }
            None if summary.is_some() && (shapes[i].bullet || shapes[i].terminal) => {
                class[i] = Some(LineClass::Body);
                summary = Some(true);
            }
            None => {
                summary = None;
                let list = shapes[i].bullet && shapes[i].words >= 4;
                class[i] = Some(LineClass::Furniture(if list { HEADLINES } else { BEFORE }));
            }
            _ => summary = None,
        }
    }
}

/// A heading label standing alone (`Berita Terkait`, `Baca Lainnya :`,
/// `Tags`, `Related Articles`) takes the lines under it that are not prose. A
/// list that starts right under its heading ends at the first blank line; one
/// that starts after a blank line ends at two blank lines in a row. Prose
/// always ends it. A summary box's heading (`Poin Penting:`, `Ringkasan
/// Berita`) takes nothing: its points are the article's own statements.
fn follow_headings(class: &mut [Option<LineClass>], shapes: &[Shape], raw: &[&str]) {
    const HEADINGS: &[&str] = &[labels::RELATED, labels::RECOMMENDED, labels::TAGS, labels::SHARE];
    // The heading's reason, whether its list is spaced out, blank lines just seen.
    let mut current: Option<(&'static str, Option<bool>)> = None;
    let mut blanks = 0;
    for i in 0..class.len() {
        if class[i] == Some(LineClass::Blank) {
            blanks += 1;
            if let Some((_, spaced)) = &mut current {
                match *spaced {
                    None => *spaced = Some(true),
                    Some(false) => current = None,
                    Some(true) if blanks >= 2 => current = None,
                    Some(true) => {}
                }
            }
            continue;
        }
        blanks = 0;
        match class[i] {
            Some(LineClass::Furniture(r)) => {
                let heading =
                    HEADINGS.contains(&r) && shapes[i].words <= 5 && !raw[i].trim_end().ends_with('.');
                if heading {
                    current = Some((r, None));
                } else if shapes[i].is_prose() {
                    current = None;
                }
            }
            Some(_) => current = None,
            None => match &mut current {
                Some((r, spaced)) if !shapes[i].is_prose() => {
                    class[i] = Some(LineClass::Furniture(r));
                    spaced.get_or_insert(false);
                }
                _ => current = None,
            },
        }
    }
}

/// A line that starts in lowercase right under a furniture line with no stop
/// at its end continues it (`Dilarang mengambil ... artikel` / `di atas ...`).
fn follow_continuations(class: &mut [Option<LineClass>], shapes: &[Shape]) {
    for i in 1..class.len() {
        if let (Some(LineClass::Furniture(r)), None) = (class[i - 1], class[i]) {
            if !shapes[i - 1].terminal && shapes[i].lower_start {
                class[i] = Some(LineClass::Furniture(r));
            }
        }
    }
}

/// Three or more headline lines in a row inside the article (blank lines
/// between them allowed) are a list of other stories. A list of the article's
/// own in title case (`Jaminan Kecelakaan Kerja: Rp412 Miliar`) is told apart
/// by its colons and its short items.
fn headline_runs(class: &mut [Option<LineClass>], shapes: &[Shape], raw: &[&str], range: Range<usize>) {
    let item = |i: usize| {
        shapes[i].is_headline() && !shapes[i].is_prose() && shapes[i].words >= 4 && !raw[i].contains(':')
    };
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, class: &mut [Option<LineClass>]| {
        let words: usize = run.iter().map(|&i| shapes[i].words).sum();
        if run.len() >= 3 && words >= 6 * run.len() {
            for &i in run.iter() {
                class[i] = Some(LineClass::Furniture(HEADLINES));
            }
        }
        run.clear();
    };
    for i in range {
        match class[i] {
            Some(LineClass::Blank) => continue,
            None if item(i) => run.push(i),
            _ => flush(&mut run, class),
        }
    }
    flush(&mut run, class);
}

/// Words of a line for comparing repeats: lowercase letters and digits.
fn repeat_key(line: &str) -> Option<String> {
    let t = labels::strip_label(line);
    // The words in lower case joined by single spaces, built in one string.
    let mut key = String::with_capacity(t.len());
    let mut words = 0;
    for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if words > 0 {
            key.push(' ');
        }
        if w.is_ascii() {
            key.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            key.push_str(&w.lowercase());
        }
        words += 1;
    }
    (words >= 6).then_some(key)
}

/// Where a line's words were first seen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seen {
    Caption,
    Title,
    Body,
}

/// The same paragraph twice (a teaser and the body, a caption and its repeat,
/// a whole article pasted twice): the later copy of a body paragraph or of the
/// title is set aside, and so is a body line without a final stop that
/// repeats a photo caption (one with a stop is the article's own sentence).
fn repeats(raw: &[&str], shapes: &[Shape], lines: &mut [LineClass]) {
    let mut seen: crate::hash::Map<String, Seen> = Default::default();
    for i in 0..lines.len() {
        let first = match lines[i] {
            LineClass::Furniture(labels::CAPTION) => Seen::Caption,
            LineClass::Title => Seen::Title,
            LineClass::Body => Seen::Body,
            _ => continue,
        };
        let Some(k) = repeat_key(raw[i]) else { continue };
        match (first, seen.get(&k)) {
            (Seen::Body, Some(Seen::Caption)) if !shapes[i].terminal => {
                lines[i] = LineClass::Furniture(REPEATED_CAPTION)
            }
            (Seen::Body, Some(Seen::Body | Seen::Title)) => lines[i] = LineClass::Furniture(REPEATED),
            (_, Some(_)) => {}
            (_, None) => {
                seen.insert(k, first);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn layout(text: &str) -> Layout {
        classify(text, &segment(text), &crate::dates::scan(text))
    }

    #[test]
    fn odd_text_gets_a_layout_without_panicking() {
        let long_line = "9".repeat(100_000);
        let many_lines = "Baca juga: x\n(azka)\n- \n•\nKOMPAS.com - \n".repeat(2_000);
        for text in [
            "",
            "\n\n\n",
            "é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é:é",
            "😀😀😀 - 😀😀😀😀 😀😀😀 😀😀 😀😀😀 😀😀.",
            "ÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ - ÀÀÀ ÀÀÀ ÀÀÀ ÀÀÀ ÀÀÀ ÀÀÀ.",
            "1. \n2) \n(\n)\n(()\n-\n--\n---- ----",
            "Jakarta, (ANTARA) - (",
            "X, y.z - Aaaa bbbb cccc dddd eeee ffff.",
            long_line.as_str(),
            many_lines.as_str(),
        ] {
            let l = layout(text);
            assert_eq!(l.lines.len(), segment(text).lines.len());
        }
    }

    #[test]
    fn a_short_kicker_above_the_headline_is_not_the_title() {
        let l = layout(
            "Berita Daerah Kalsel\nPemprov Kalsel Tanggung Iuran 60 Ribu Pekerja Rentan\nBanjarbaru, radarbanjarmasin.id - Pemprov Kalsel menanggung iuran 60.000 pekerja rentan tahun ini.",
        );
        assert_eq!(l.meta.title.as_deref(), Some("Pemprov Kalsel Tanggung Iuran 60 Ribu Pekerja Rentan"));
        assert_eq!(l.lines[0], LineClass::Furniture(BEFORE));
    }

    #[test]
    fn a_source_in_closing_brackets_is_not_an_editor() {
        let l = layout("Jakarta - BPJS Ketenagakerjaan mencatat 45 juta peserta aktif tahun ini. (ANTARA)");
        assert!(l.meta.editors.is_empty());
        assert_eq!(l.meta.outlet.as_deref(), Some("ANTARA"));
        let l = layout("Jakarta - BPJS Ketenagakerjaan mencatat 45 juta peserta aktif tahun ini. (nds/krs)");
        assert_eq!(l.meta.editors, ["nds/krs"]);
    }

    #[test]
    fn a_title_case_list_of_the_articles_own_figures_stays_body() {
        let l = layout(
            "Jakarta - BPJS Ketenagakerjaan merinci klaim yang dibayarkan sepanjang tahun lalu.\n- Jaminan Kecelakaan Kerja: Rp412 Miliar untuk 31.270 Kasus\n- Jaminan Kematian: Rp287 Miliar untuk 6.380 Ahli Waris\n- Jaminan Hari Tua: Rp3,91 Triliun untuk 298.450 Peserta\nIa menyebut klaim itu naik dibanding tahun sebelumnya.",
        );
        assert!((0..5).all(|i| l.is_body(i)), "{:?}", l.lines);
        let l = layout(
            "Jakarta - BPJS Ketenagakerjaan merinci klaim yang dibayarkan sepanjang tahun lalu.\nPemkot Medan Salurkan Bansos kepada 12.000 Keluarga Penerima\nHarga Cabai Merah di Medan Tembus Rp80 Ribu per Kilogram\nBandara Kualanamu Layani 9,1 Juta Penumpang Sepanjang Tahun\nIa menyebut klaim itu naik dibanding tahun sebelumnya.",
        );
        assert_eq!(l.lines[1..4], [LineClass::Furniture(HEADLINES); 3]);
    }

    #[test]
    fn a_caps_caption_above_a_bare_dateline_is_not_the_article() {
        let l = layout(
            "Disnaker Samarinda Ajak Pelaku UMKM Daftarkan Pekerja\nSOSIALISASI UMKM - Kepala BPJS Ketenagakerjaan memberi paparan kepada 120 pelaku UMKM, Senin (13/10/2025).\nJakarta - BPJS Ketenagakerjaan mencatat 45 juta peserta aktif tahun ini.",
        );
        assert_eq!(l.meta.dateline.as_deref(), Some("Jakarta"));
        assert_eq!(l.lines, [LineClass::Title, LineClass::Furniture(labels::CAPTION), LineClass::Body]);
    }

    #[test]
    fn blocks_merge_consecutive_lines_with_one_reason() {
        let l = layout("Judul Berita Tentang Pekerja Rentan Kalsel\nJakarta - Isi berita yang panjang dan lengkap di sini.\nBaca juga: A\n\nBaca juga: B\nEditor: C");
        let blocks: Vec<(Range<usize>, &str)> = l.blocks().into_iter().map(|b| (b.lines, b.reason)).collect();
        assert_eq!(blocks, [(2..5, labels::RELATED), (5..6, labels::BYLINE)]);
    }
}
