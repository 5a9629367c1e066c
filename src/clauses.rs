//! Stage 6a: clauses. Reads each sentence once into tokens (words, figures,
//! punctuation), finds its cue words ([`crate::cues`]) and its clause breaks,
//! and names the relation between each pair of neighbouring figures: the same
//! statistic restated (`130.300 orang atau 65,60 persen`), a part of a whole
//! (`26,72 persen dari potensi 2,81 juta`, `dari 47.010 peserta, yang aktif
//! 24.286`), a change (`dari 29,98 juta ke 27,79 juta`), or the next item of a
//! list (`PU 411.791 peserta dan BPU 198.924 peserta`). The facts stage reads
//! these instead of raw text.
//!
//! Cost: linear in the sentence; each token is looked at a bounded number of
//! times. A sentence longer than [`MAX_TOKENS`] tokens (a paste without full
//! stops) is read in windows of that many tokens.

use crate::cues::{self, Cues, Hit};
use crate::dates::{DateMention, Period};
use crate::quantities::{Kind, Quantity};
use crate::regions::RegionMention;
use std::ops::Range;

/// The most tokens read as one sentence.
pub const MAX_TOKENS: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// A quantity (index into the quantities); its whole span, scale words
    /// and `persen` included.
    Figure(usize),
    /// Punctuation that matters for clauses: `,` `;` `:` `(` `)` `"` `-`
    /// (as a dash between spaces) `/` `.`.
    Punct(u8),
    /// Words that belong to a date, a period or a figure's qualifier.
    Skip,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    pub range: Range<usize>,
    pub kind: TokKind,
}

/// How two neighbouring figures of a sentence relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same statistic in another form (`X orang atau Y persen`, `Y persen
    /// (X pekerja)`, `Rp0,5 triliun lebih atau tepatnya Rp535,9 miliar`).
    Restates,
    /// The first is a share of the second (`X persen dari Y`, `X dari Y pekerja`).
    PartOfNext,
    /// The first is the whole the second is part of (`dari X pekerja, baru Y`,
    /// `X orang, dan Y di antaranya`).
    WholeOfNext,
    /// The first is the earlier value, the second the later one (`dari X
    /// menjadi Y`, `dari X ke Y`).
    ChangesTo,
    /// The second continues a list the first began (`, `, `dan`, `serta`, `;`).
    Next,
    /// Nothing said.
    None,
}

/// One sentence (or window of a long one), read.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub text: &'a str,
    pub index: usize,
    pub toks: Vec<Tok>,
    /// Cue hits over the word tokens; `Hit::words` are token indices.
    pub hits: Vec<Hit>,
    /// Token index of each figure, in order.
    pub figs: Vec<usize>,
    /// The relation between figure `k` and figure `k + 1`.
    pub rel: Vec<Relation>,
}

/// The earlier stages' results a sentence is read from.
pub struct Context<'a> {
    pub text: &'a str,
    pub quantities: &'a [Quantity],
    pub dates: &'a [DateMention],
    pub periods: &'a [Period],
    pub regions: &'a [RegionMention],
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Ranges in `list` (sorted by start) that overlap `r`.
fn overlapping<'b, T>(list: &'b [T], r: &Range<usize>, range: impl Fn(&T) -> Range<usize>) -> bool {
    let i = list.partition_point(|x| range(x).end <= r.start);
    list.get(i).is_some_and(|x| range(x).start < r.end)
}

/// Reads the sentence `range` (index `index`) of `cx.text`; `qs` are the
/// indices of the quantities within it that the facts stage reads.
pub fn read<'a>(cx: &Context<'a>, index: usize, range: Range<usize>, qs: &[usize]) -> Sentence<'a> {
    let text = cx.text;
    let b = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::new();
    let mut qk = 0;
    let mut i = range.start;
    // Qualifier ranges of the figures: their words are part of the figure.
    let quals: Vec<Range<usize>> = qs.iter().filter_map(|&q| cx.quantities[q].qualifier.clone()).collect();
    while i < range.end && toks.len() < MAX_TOKENS {
        if let Some(&q) = qs.get(qk) {
            let qr = &cx.quantities[q].range;
            if i >= qr.start {
                toks.push(Tok {
                    range: qr.start..qr.end.min(range.end).max(qr.start),
                    kind: TokKind::Figure(q),
                });
                i = qr.end.max(i + 1);
                qk += 1;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if is_word_char(c) {
            let mut j = i;
            for (k, ch) in text[i..range.end].char_indices() {
                if !is_word_char(ch) && ch != '\'' {
                    j = i + k;
                    break;
                }
                j = i + k + ch.len_utf8();
            }
            // Stop a word where the next figure starts (`Bun75`).
            if let Some(&q) = qs.get(qk) {
                j = j.min(cx.quantities[q].range.start.max(i + 1));
            }
            while !text.is_char_boundary(j) {
                j += 1;
            }
            let r = i..j;
            let skip = quals.iter().any(|q| q.start <= r.start && r.end <= q.end)
                || overlapping(cx.dates, &r, |d| d.range.clone())
                || overlapping(cx.periods, &r, |p| p.range.clone());
            toks.push(Tok { range: r, kind: if skip { TokKind::Skip } else { TokKind::Word } });
            i = j.max(i + 1);
            continue;
        }
        let kind = match b[i] {
            b',' | b';' | b':' | b'(' | b')' | b'"' | b'/' | b'.' | b'[' | b']' => Some(TokKind::Punct(b[i])),
            b'-' if i > range.start && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') => {
                Some(TokKind::Punct(b'-'))
            }
            b'\'' if i > range.start && !b[i - 1].is_ascii_alphanumeric() => Some(TokKind::Punct(b'"')),
            _ => None,
        };
        if let Some(kind) = kind {
            toks.push(Tok { range: i..i + 1, kind });
        }
        i += c.len_utf8().max(1);
    }
    // `penerima upah di luar jasa konstruksi (jakon) dan PMI`: a short aside in
    // brackets of words only (an abbreviation, a gloss) does not end a clause.
    let mut t = 0;
    while t < toks.len() {
        if toks[t].kind == TokKind::Punct(b'(') {
            let close = (t + 1..(t + 5).min(toks.len())).find(|&u| toks[u].kind == TokKind::Punct(b')'));
            if let Some(u) =
                close.filter(|&u| u > t + 1 && toks[t + 1..u].iter().all(|x| x.kind == TokKind::Word))
            {
                toks[t].kind = TokKind::Skip;
                toks[u].kind = TokKind::Skip;
                t = u;
            }
        }
        t += 1;
    }
    // Cues over the words; a figure, a skipped word or a clause break between
    // two words stops a phrase.
    let mut words: Vec<&str> = Vec::new();
    let mut word_tok: Vec<usize> = Vec::new();
    let mut breaks: Vec<bool> = Vec::new();
    let mut broken = false;
    for (t, tok) in toks.iter().enumerate() {
        match tok.kind {
            TokKind::Word => {
                words.push(&text[tok.range.clone()]);
                word_tok.push(t);
                breaks.push(broken);
                broken = false;
            }
            TokKind::Punct(b'/') => {}
            _ => broken = true,
        }
    }
    let hits = cues::scan(&words, &breaks)
        .into_iter()
        .map(|h| Hit { words: word_tok[h.words.start]..word_tok[h.words.end - 1] + 1, cues: h.cues })
        .collect();
    let figs: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.kind, TokKind::Figure(_)))
        .map(|(i, _)| i)
        .collect();
    let mut s = Sentence { text, index, toks, hits, figs, rel: Vec::new() };
    s.rel = (0..s.figs.len().saturating_sub(1)).map(|k| s.relation(cx, k)).collect();
    s
}

impl<'a> Sentence<'a> {
    /// The word at token `t`, if it is one.
    pub fn word(&self, t: usize) -> Option<&'a str> {
        let tok = self.toks.get(t)?;
        (tok.kind == TokKind::Word).then(|| &self.text[tok.range.clone()])
    }

    /// The quantity index of figure `k`.
    pub fn quantity(&self, k: usize) -> usize {
        match self.toks[self.figs[k]].kind {
            TokKind::Figure(q) => q,
            _ => unreachable!("figs holds figure tokens"),
        }
    }

    pub fn is_break(&self, t: usize) -> bool {
        matches!(self.toks[t].kind, TokKind::Punct(b',' | b';' | b':' | b'(' | b')' | b'"' | b'-' | b'.'))
    }

    /// Token range of the clause around token `t`: from the break before it
    /// to the break after it.
    pub fn clause(&self, t: usize) -> Range<usize> {
        let start = (0..t).rev().find(|&i| self.is_break(i)).map_or(0, |i| i + 1);
        let end = (t + 1..self.toks.len()).find(|&i| self.is_break(i)).unwrap_or(self.toks.len());
        start..end
    }

    /// Cue hits lying wholly within token range `r`.
    pub fn hits_in(&self, r: Range<usize>) -> impl Iterator<Item = &Hit> + '_ {
        let first = self.hits.partition_point(|h| h.words.start < r.start);
        self.hits[first..].iter().take_while(move |h| h.words.end <= r.end)
    }

    /// Does any hit within `r` carry one of `cues`?
    pub fn has(&self, r: Range<usize>, cues: Cues) -> bool {
        self.hits_in(r).any(|h| h.cues & cues != 0)
    }

    /// The last hit within `r` carrying one of `cues`.
    pub fn last(&self, r: Range<usize>, cues: Cues) -> Option<&Hit> {
        self.hits_in(r).filter(|h| h.cues & cues != 0).last()
    }

    /// The first hit within `r` carrying one of `cues`.
    pub fn first(&self, r: Range<usize>, cues: Cues) -> Option<&Hit> {
        self.hits_in(r).find(|h| h.cues & cues != 0)
    }

    /// The words (token indices) within `r`, skipping punctuation.
    pub fn words_in(&self, r: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        r.filter(move |&t| self.toks.get(t).is_some_and(|tok| tok.kind == TokKind::Word))
    }

    /// Does token range `r` hold only words carrying `cues` (or nothing)?
    pub fn only(&self, r: Range<usize>, cues: Cues) -> bool {
        let mut t = r.start;
        while t < r.end {
            match self.toks[t].kind {
                TokKind::Word => match self.hits_in(t..r.end).next().filter(|h| h.words.start == t) {
                    Some(h) if h.cues & cues != 0 => t = h.words.end,
                    _ => return false,
                },
                _ => t += 1,
            }
        }
        true
    }

    /// Byte range of tokens `r`.
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        match (self.toks.get(r.start), r.end.checked_sub(1).and_then(|e| self.toks.get(e))) {
            (Some(a), Some(b)) if r.start < r.end => a.range.start..b.range.end,
            _ => 0..0,
        }
    }

    /// Token range between figure `k` and figure `k + 1`.
    pub fn gap(&self, k: usize) -> Range<usize> {
        self.figs[k] + 1..self.figs.get(k + 1).copied().unwrap_or(self.toks.len())
    }

    /// Token range from the figure before `k` (or the sentence start) to figure `k`.
    pub fn lead(&self, k: usize) -> Range<usize> {
        let start = if k == 0 { 0 } else { self.figs[k - 1] + 1 };
        start..self.figs[k]
    }

    /// The head of figure `k`: its tokens after it up to the next break or figure.
    pub fn head(&self, k: usize) -> Range<usize> {
        let start = self.figs[k] + 1;
        let end = (start..self.figs.get(k + 1).copied().unwrap_or(self.toks.len()))
            .find(|&t| self.is_break(t))
            .unwrap_or(self.figs.get(k + 1).copied().unwrap_or(self.toks.len()));
        start..end
    }

    /// The lead of figure `k` after its last clause break.
    pub fn near_lead(&self, k: usize) -> Range<usize> {
        let lead = self.lead(k);
        let start = lead.clone().rev().find(|&t| self.is_break(t)).map_or(lead.start, |t| t + 1);
        start..lead.end
    }

    /// The last `n` words before token `t` within `r`.
    pub fn last_words(&self, r: Range<usize>, n: usize) -> Range<usize> {
        let mut count = 0;
        let mut start = r.end;
        for t in r.clone().rev() {
            if self.toks[t].kind == TokKind::Word {
                count += 1;
                start = t;
                if count == n {
                    break;
                }
            }
        }
        start.max(r.start)..r.end
    }

    /// The first `n` words of range `r`.
    pub fn first_words(&self, r: Range<usize>, n: usize) -> Range<usize> {
        let mut count = 0;
        let mut end = r.start;
        for t in r.clone() {
            if self.toks[t].kind == TokKind::Word {
                count += 1;
                end = t + 1;
                if count == n {
                    break;
                }
            }
        }
        r.start..end.min(r.end).max(r.start)
    }

    /// The number of word tokens in `r`.
    pub fn word_count(&self, r: Range<usize>) -> usize {
        self.words_in(r).count()
    }

    /// Does the token range `r` contain the punctuation `p`?
    pub fn has_punct(&self, r: Range<usize>, p: u8) -> bool {
        r.into_iter().any(|t| self.toks.get(t).is_some_and(|tok| tok.kind == TokKind::Punct(p)))
    }

    fn relation(&self, cx: &Context, k: usize) -> Relation {
        let (a, b) = (&cx.quantities[self.quantity(k)], &cx.quantities[self.quantity(k + 1)]);
        let gap = self.gap(k);
        let n = self.word_count(gap.clone());
        // Words that carry no relation of their own: what the first figure
        // counts, adverbs of degree and reaching, the figure's own noun.
        let filler = cues::PERSON | cues::REACHED | cues::PART | cues::ACTIVE;
        // `X orang atau Y persen`, `Y persen (X pekerja)`, `X atau setara Y`.
        let appos = self.first(gap.clone(), cues::APPOS);
        // `26.994 orang (55,11 persen)`, `25 persen (1,25 juta pekerja)`.
        let paren = self.toks.get(gap.end.saturating_sub(1)).is_some_and(|t| t.kind == TokKind::Punct(b'('))
            && self.word_count(gap.clone()) <= 3;
        if (appos.is_some() || paren)
            && n <= 8
            && !self.has(gap.clone(), cues::OF | cues::TARGET | cues::CHANGE_TO)
        {
            let before = appos.map_or(gap.start, |h| h.words.start);
            // Only the first figure's noun may stand before `atau`.
            let limit = if a.kind != b.kind { 8 } else { 3 };
            if self.word_count(gap.start..before) <= limit && (a.kind != b.kind || a.kind == Kind::Money) {
                return Relation::Restates;
            }
        }
        // `dari X menjadi Y`, `dari X ke Y`, `X ... menjadi Y`.
        if self.has(gap.clone(), cues::CHANGE_TO) && a.kind == b.kind && n <= 6 {
            let lead = self.near_lead(k);
            let from = self.last_words(lead, 2);
            if self.has(from, cues::OF) || self.has(gap.clone(), cues::GROWTH | cues::DECLINE) {
                return Relation::ChangesTo;
            }
        }
        // `X persen dari Y`, `X dari (total) Y`.
        if let Some(of) = self.first(gap.clone(), cues::OF) {
            let before = gap.start..of.words.start;
            let after = of.words.end..gap.end;
            let plain = self.word_count(before.clone()) <= 3
                && self.only(before, filler | cues::AMONG)
                && self.word_count(after.clone()) <= 5
                && !self.has_punct(after.clone(), b',');
            if plain && (a.kind == Kind::Percent || a.kind == b.kind) && b.kind != Kind::Percent {
                return Relation::PartOfNext;
            }
        }
        // `dari X pekerja, baru Y`, `dari X potensi angkatan kerja, tercapai Y`.
        let lead = self.near_lead(k);
        if a.kind == Kind::Count && b.kind != Kind::Money {
            let opener = self.last_words(lead.clone(), 3);
            let from =
                self.has(opener, cues::OF) && !self.has(self.last_words(lead.clone(), 1), cues::CHANGE_TO);
            if from && n <= 12 && !self.has(gap.clone(), cues::CHANGE_TO) {
                return Relation::WholeOfNext;
            }
        }
        // `terdapat sekitar 110.000 pekerja ..., namun baru 13.000 yang
        // terdaftar`: a whole, then the part of it that registered.
        let joined = self.has(gap.clone(), cues::CONTINUE) || self.has_punct(gap.clone(), b',');
        if a.kind == Kind::Count && b.kind == Kind::Count && n <= 12 && joined {
            let before_b = self.last_words(gap.clone(), 2);
            let contrast = self.words_in(before_b).any(|t| {
                self.word(t).is_some_and(|w| {
                    ["baru", "hanya", "sudah", "telah", "only", "just"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
                })
            });
            let registered = self.has(self.first_words(self.head(k + 1), 4), cues::PART | cues::ACTIVE);
            let whole_words = !self.has(self.gap(k).start..gap.end, cues::PART | cues::ACTIVE | cues::NEG);
            if contrast && registered && whole_words {
                return Relation::WholeOfNext;
            }
        }
        // `349 ribu orang, dan 343 ribu di antaranya`.
        if a.kind == Kind::Count && b.kind == Kind::Count && n <= 4 {
            let after_b = self.head(k + 1);
            if self.has(self.first_words(after_b, 2), cues::AMONG) {
                return Relation::WholeOfNext;
            }
        }
        if n <= 10 && self.has(gap.clone(), cues::CONTINUE)
            || self.has_punct(gap.clone(), b',')
            || self.has_punct(gap, b';')
        {
            return Relation::Next;
        }
        Relation::None
    }
}
