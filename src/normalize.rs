//! Stage 1: normalize. Decides which characters the later stages see.
//!
//! Pasted text carries Windows line endings, non-breaking and zero-width spaces
//! (sometimes inside a number: `3.302.762` with a U+200B), curly quotes and
//! typographic dashes. The later stages match on a cleaned copy with only ASCII
//! spaces (and tabs, which separate the cells of a pasted table), `\n` line
//! ends, straight quotes and `-` dashes. [`Normalized`] keeps a
//! sparse map of every edit so that any offset into the cleaned copy maps back to
//! the text exactly as it was passed in.
//!
//! Cost: one pass over the input; the map holds one entry per edited run, so an
//! ordinary article has a handful. This stage does not lowercase or strip anything
//! visible: a reader's sentence is still that sentence, byte for byte, but for the
//! characters listed in [`replacement`].

/// The cleaned text and the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The text the later stages read.
    pub text: String,
    /// Edits in order of position; between two edits the texts agree byte for byte.
    edits: Vec<Edit>,
}

/// The original bytes `orig` became the normalized bytes `norm`.
#[derive(Debug, Clone, Copy)]
struct Edit {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// What a character becomes in the normalized text: `None` keeps it, `Some("")`
/// drops it.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\r' => "",
        // zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => "",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{000B}' | '\u{000C}' => " ",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        c if c.is_control() && c != '\n' && c != '\t' => " ",
        _ => return None,
    })
}

/// Cleans `input` for matching. Never fails; any string is accepted.
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut edits: Vec<Edit> = Vec::new();
    let mut copied_from = 0; // start of the run of original bytes not yet copied
    for (i, c) in input.char_indices() {
        let Some(rep) = replacement(c) else { continue };
        // A `\r` right before `\n` is dropped; a lone `\r` is a line end.
        let rep = if c == '\r' && !input[i + 1..].starts_with('\n') { "\n" } else { rep };
        text.push_str(&input[copied_from..i]);
        let norm_start = text.len();
        text.push_str(rep);
        let end = i + c.len_utf8();
        match edits.last_mut() {
            // Adjacent edits merge, so a run of zero-width characters is one edit.
            Some(last) if last.orig_end == i && last.norm_end == norm_start => {
                last.orig_end = end;
                last.norm_end = text.len();
            }
            _ => edits.push(Edit { norm_start, norm_end: text.len(), orig_start: i, orig_end: end }),
        }
        copied_from = end;
    }
    text.push_str(&input[copied_from..]);
    Normalized { text, edits }
}

impl Normalized {
    /// Maps a normalized offset where a span *starts* to the original text.
    /// At a dropped character the span starts after it.
    pub fn start_to_original(&self, pos: usize) -> usize {
        self.map(pos, false)
    }

    /// Maps a normalized offset where a span *ends* to the original text.
    /// At a dropped character the span ends before it.
    pub fn end_to_original(&self, pos: usize) -> usize {
        self.map(pos, true)
    }

    fn map(&self, pos: usize, is_end: bool) -> usize {
        // The last edit that starts at or before `pos`.
        let idx = self.edits.partition_point(|e| e.norm_start <= pos);
        if idx == 0 {
            return pos;
        }
        let e = self.edits[idx - 1];
        if pos == e.norm_start && is_end {
            return e.orig_start;
        }
        if pos >= e.norm_end {
            return e.orig_end + (pos - e.norm_end);
        }
        // Inside a multi-byte replacement (`…` became `...`): the whole original char.
        if is_end {
            e.orig_end
        } else {
            e.orig_start
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged_and_maps_to_itself() {
        let n = normalize("Dari total 7.996.826 pekerja");
        assert_eq!(n.text, "Dari total 7.996.826 pekerja");
        assert_eq!(n.start_to_original(11), 11);
        assert_eq!(n.end_to_original(20), 20);
    }

    #[test]
    fn zero_width_space_inside_a_number_is_dropped_and_spans_map_back() {
        let input = "baru 3.302\u{200B}.762 orang";
        let n = normalize(input);
        assert_eq!(n.text, "baru 3.302.762 orang");
        let (s, e) = (n.text.find('3').unwrap(), n.text.find(" orang").unwrap());
        let (os, oe) = (n.start_to_original(s), n.end_to_original(e));
        assert_eq!(&input[os..oe], "3.302\u{200B}.762");
    }

    #[test]
    fn crlf_nbsp_quotes_and_dashes() {
        let input = "“Rp\u{00A0}16.800”\r\nPontianak–";
        let n = normalize(input);
        assert_eq!(n.text, "\"Rp 16.800\"\nPontianak-");
        let s = n.text.find("16").unwrap();
        assert_eq!(&input[n.start_to_original(s)..n.end_to_original(s + 6)], "16.800");
        let q = n.text.len();
        assert_eq!(n.end_to_original(q), input.len());
    }

    #[test]
    fn lone_carriage_return_is_a_line_end() {
        assert_eq!(normalize("a\rb").text, "a\nb");
    }
}
