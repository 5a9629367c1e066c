//! Stage 3: furniture. Decides which lines are the article and which are the
//! page around it, and reads the article's metadata.
//!
//! People paste what they selected: the site's headline lists, `Baca juga:`
//! links, photo captions, `Penulis:`/`Editor:` lines, tags and copyright lines.
//! Each line gets a [`LineClass`]; furniture keeps a short reason so the page can
//! show why it was set aside. Figures on furniture lines never become facts.
//!
//! Metadata: the title (the headline line before the dateline), the outlet and
//! dateline city (`BANJARMASIN, klikkalsel.com -`, `Banjarmasin (ANTARA) -`,
//! `PROKAL.co, Pontianak-`), authors and editors.

use crate::dates::DateMention;
use crate::segment::Segments;
use regex::Regex;
use std::sync::OnceLock;

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
    pub dateline_range: Option<std::ops::Range<usize>>,
    /// The article's own date (not a site's date bar); set by [`classify`]
    /// from the dates stage's results.
    pub published: Option<crate::dates::Date>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
}

/// Line classes and metadata.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub lines: Vec<LineClass>,
    pub meta: Meta,
}

impl Layout {
    /// Is the line body text (so its figures may become facts)?
    pub fn is_body(&self, line: usize) -> bool {
        matches!(self.lines.get(line), Some(LineClass::Body))
    }
}

/// Label phrases that open a furniture line, lowercased, with the reason shown.
const LABELS: &[(&str, &str)] = &[
    ("baca juga", "related-article link"),
    ("baca lainnya", "related-article link"),
    ("baca selengkapnya", "related-article link"),
    ("keterangan gambar", "photo caption"),
    ("keterangan foto", "photo caption"),
    ("foto:", "photo caption"),
    ("foto ", "photo caption"),
    ("penulis", "byline"),
    ("editor", "byline"),
    ("reporter", "byline"),
    ("pewarta", "byline"),
    ("tags", "tags"),
    ("tag:", "tags"),
    ("rekomendasi", "recommendations"),
    ("berita terkini", "recommendations"),
    ("berita terkait", "recommendations"),
    ("terkini", "recommendations"),
    ("ikuti kami", "share prompt"),
    ("bagikan", "share prompt"),
    ("all right reserved", "copyright"),
    ("dilarang mengambil", "copyright"),
    ("©", "copyright"),
    ("copyright", "copyright"),
    ("advertisement", "advertisement"),
    ("scroll to continue", "advertisement"),
    ("photo author", "byline"),
];

fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)^\s*(?:
              (?P<c1>[A-Z][A-Za-z]+(?:\ [A-Z][A-Za-z]+)?)\s*\((?P<o1>[A-Za-z][\w.]*)\)\s*-
            | (?P<c2>[A-Z][A-Za-z]+(?:\ [A-Z][A-Za-z]+)?),\s*(?P<o2>[A-Za-z][\w]*\.(?:[\w.]+))\s*-
            | (?P<o3>[A-Za-z][\w]*\.(?:[\w.]+)),\s*(?P<c3>[A-Z][A-Za-z]+(?:\ [A-Z][A-Za-z]+)?)\s*-
            )",
        )
        .expect("dateline pattern")
    })
}

/// Classifies every line and reads the metadata.
pub fn classify(text: &str, seg: &Segments, dates: &[DateMention]) -> Layout {
    let mut lines = Vec::with_capacity(seg.lines.len());
    let mut meta = Meta::default();
    let mut dateline_line = None;
    for (i, r) in seg.lines.iter().enumerate() {
        let s = text[r.clone()].trim();
        if s.is_empty() {
            lines.push(LineClass::Blank);
            continue;
        }
        if dateline_line.is_none() {
            if let Some(c) = dateline_re().captures(s) {
                let city = c.name("c1").or(c.name("c2")).or(c.name("c3")).map(|m| title_case(m.as_str()));
                let outlet = c.name("o1").or(c.name("o2")).or(c.name("o3")).map(|m| m.as_str().to_string());
                let lead = text[r.clone()].len() - text[r.clone()].trim_start().len();
                meta.dateline = city;
                meta.outlet = outlet;
                meta.dateline_range = Some(r.start + lead..r.start + lead + c.get(0).expect("match").end());
                dateline_line = Some(i);
            }
        }
        lines.push(match label_reason(s) {
            Some(reason) => {
                read_byline(s, &mut meta);
                LineClass::Furniture(reason)
            }
            None => LineClass::Body,
        });
    }
    // Before the dateline: a headline list (bulleted lines) and the title.
    if let Some(d) = dateline_line {
        for i in 0..d {
            if lines[i] != LineClass::Body {
                continue;
            }
            let s = text[seg.lines[i].clone()].trim();
            if s.starts_with(['-', '•', '*']) {
                lines[i] = LineClass::Furniture("headline list");
            }
        }
        // The title: the longest non-bulleted line before the dateline without a final stop.
        let title = (0..d)
            .filter(|&i| lines[i] == LineClass::Body)
            .filter(|&i| !text[seg.lines[i].clone()].trim_end().ends_with('.'))
            .max_by_key(|&i| text[seg.lines[i].clone()].trim().len());
        if let Some(t) = title {
            lines[t] = LineClass::Title;
            meta.title = Some(text[seg.lines[t].clone()].trim().to_string());
        }
        for class in &mut lines[..d] {
            if *class == LineClass::Body {
                *class = LineClass::Furniture("before the dateline");
            }
        }
    }
    let _ = dates;
    Layout { lines, meta }
}

fn label_reason(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    LABELS.iter().find(|(label, _)| lower.starts_with(label)).map(|(_, reason)| *reason)
}

/// `Penulis: A | Editor: B`, `Editor : Akhmad`.
fn read_byline(line: &str, meta: &mut Meta) {
    for part in line.split('|') {
        let Some((label, value)) = part.split_once(':') else { continue };
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        match label.trim().to_lowercase().as_str() {
            "penulis" | "reporter" | "pewarta" => meta.authors.push(value),
            "editor" => meta.editors.push(value),
            _ => {}
        }
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn layout(text: &str) -> Layout {
        classify(text, &segment(text), &crate::dates::scan(text))
    }

    #[test]
    fn dateline_forms() {
        let l = layout("BANJARMASIN, klikkalsel.com - Anggota DPRD.");
        assert_eq!(l.meta.dateline.as_deref(), Some("Banjarmasin"));
        assert_eq!(l.meta.outlet.as_deref(), Some("klikkalsel.com"));
        let l = layout("Banjarmasin (ANTARA) - Badan.");
        assert_eq!(
            (l.meta.dateline.as_deref(), l.meta.outlet.as_deref()),
            (Some("Banjarmasin"), Some("ANTARA"))
        );
        let l = layout("PROKAL.co, Pontianak- BPJS.");
        assert_eq!(
            (l.meta.dateline.as_deref(), l.meta.outlet.as_deref()),
            (Some("Pontianak"), Some("PROKAL.co"))
        );
    }

    #[test]
    fn related_links_and_bylines_are_furniture() {
        let l = layout("Judul Berita\nJakarta (ANTARA) - Isi.\nBaca juga: 4.400 petani\nEditor : Akhmad");
        assert_eq!(l.lines[2], LineClass::Furniture("related-article link"));
        assert_eq!(l.meta.editors, ["Akhmad"]);
        assert_eq!(l.meta.title.as_deref(), Some("Judul Berita"));
    }
}
