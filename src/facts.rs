//! Stage 6: facts. Decides what each quantity in the article body counts: its
//! metric, region, segment, program and period, or that it is not a statistic
//! of this domain at all (a discount, a count of news stories, a budget).
//!
//! Each sentence arrives read by [`crate::clauses`]: its tokens, its cue words
//! and the relation between each pair of neighbouring figures. A figure's
//! metric is decided, in this order, by
//! 1. what rules it out (a discount, a wage share, an event's attendance, a
//!    count of places, a threshold about unnamed places);
//! 2. its own words: the cue words in its *item* (the words since the figure
//!    or clause break before it) and its *head* (the noun phrase after it);
//! 3. its relations: a rate restating a count takes the count's meaning
//!    (`atau`), the whole of a part is the workforce (`X persen dari Y`, `dari
//!    Y pekerja, baru X`), a list goes on with the meaning it began with;
//! 4. its sentence's cue words, then the sentence before (a list introduced
//!    there, `Dari jumlah itu`, `Namun, yang sudah ...`), which make a reading
//!    of low confidence.
//!
//! Every decision keeps the rule that fired and the words it rested on
//! ([`Because`]), and a reading that rests on anything but the figure's own
//! words or a relation to such a figure is of low confidence.
//!
//! Region, segment and program come from the figure's item first (a list
//! names what differs: `Kabupaten Luwu sebesar 58,17 persen, Kabupaten
//! Enrekang ...`), then its relations, then its sentence and paragraph
//! ([`regions::attribute`]). Only `Body` lines give facts; a figure in the
//! title that the body states again adds a span to the body's fact, and the
//! same statistic stated twice (or rounded once) is one fact with two spans.
//!
//! Cost: linear in the number of quantities; each reads its own sentence (at
//! most [`clauses::MAX_TOKENS`] tokens) and a bounded number of earlier facts.

use crate::case::Lowercase;
use crate::clauses::{self, Relation, Sentence, TokKind};
use crate::cues::{self, Cues};
use crate::dates::{DateMention, Period};
use crate::furniture::{Layout, LineClass};
use crate::quantities::{Approx, Kind, Quantity};
use crate::regions::{self, Level as RegionLevel, RegionId, RegionMention, Role as RegionRole};
use crate::segment::Segments;
use crate::tables;
use crate::unread::{Passed, Why};
use std::ops::Range;

pub use crate::vocab::{Level, Metric, Program, Scheme, Segment};

/// Why a fact was read as it was: one decision, the rule that made it and the
/// words it rested on.
#[derive(Debug, Clone, PartialEq)]
pub struct Because {
    /// What was decided: `metric`, `region`, `segment`, `program`, `period`.
    pub role: &'static str,
    /// The rule that fired (stable identifiers, listed in ARCHITECTURE.md).
    pub rule: &'static str,
    /// The words (byte range of the normalized text); empty when the rule
    /// rested on no words of its own (a default, an inherited reading).
    pub range: Range<usize>,
}

/// One statistic the article states.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub metric: Metric,
    pub value: f64,
    /// The upper end when the text states a range (`500-600 ribu`).
    pub high: Option<f64>,
    pub kind: Kind,
    pub approx: Approx,
    /// Place value of the last printed digit (see [`Quantity::step`]).
    pub step: f64,
    pub region: Option<RegionId>,
    pub segment: Segment,
    pub program: Option<Program>,
    /// The period the figure refers to, as its end point (`2024`, `2024-11`,
    /// `2024-11-25`, `2025-06` for the first semester of 2025).
    pub period: Option<String>,
    /// Where a stated stretch of time began, when it is not `period` itself
    /// (`2025-01` for `Januari hingga Maret 2025`).
    pub period_start: Option<String>,
    pub target_year: Option<i32>,
    /// The total this figure is one listed part of (index into the facts).
    pub part_of: Option<usize>,
    /// For a growth rate: the figure whose change it states (index into the facts).
    pub change_of: Option<usize>,
    /// For a growth rate: the earlier figure it states the change from, when
    /// the article names it (`dibandingkan ... 159.003 orang`).
    pub change_from: Option<usize>,
    /// The earlier fact this one states again with another value (`Klaim
    /// sejumlah kurang lebih Rp700 miliar itu` after `Rp797.995.853.173`).
    pub restates: Option<usize>,
    /// Where it is stated; the first is the main one.
    pub spans: Vec<Range<usize>>,
    /// Index into [`Segments::sentences`].
    pub sentence: usize,
    /// How an ambiguous number was read, from the quantities stage.
    pub reading: Option<&'static str>,
    pub scheme: Scheme,
    pub confidence: Level,
    /// Why the reading is of low confidence (`None` when high).
    pub doubt: Option<std::borrow::Cow<'static, str>>,
    pub because: Vec<Because>,
    /// The figure as printed, qualifier included (`sekitar 41,30 persen`,
    /// `95 persen lebih`), for messages that quote it.
    pub printed: String,
}

/// What the earlier stages found.
pub struct Input<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub layout: &'a Layout,
    pub quantities: &'a [Quantity],
    pub dates: &'a [DateMention],
    pub periods: &'a [Period],
    pub regions: &'a [RegionMention],
}

/// How many earlier facts a back-reference looks through.
const LOOKBACK: usize = 64;

/// One figure's reading: its metric, the rule, the words, and whether it is sure.
#[derive(Debug, Clone, Copy)]
struct Reading {
    metric: Metric,
    rule: &'static str,
    /// Token range of the cue words.
    cue: Option<(usize, usize)>,
    /// Why it is of low confidence.
    doubt: Option<&'static str>,
}

impl Reading {
    fn sure(metric: Metric, rule: &'static str, cue: Option<Range<usize>>) -> Reading {
        Reading { metric, rule, cue: cue.map(|r| (r.start, r.end)), doubt: None }
    }
    fn doubtful(metric: Metric, rule: &'static str, cue: Option<Range<usize>>, why: &'static str) -> Reading {
        Reading { metric, rule, cue: cue.map(|r| (r.start, r.end)), doubt: Some(why) }
    }
}

/// What a figure reads as: a reading, nothing yet (the relations may decide),
/// or not a statistic of the domain at all.
#[derive(Debug, Clone, Copy)]
enum Verdict {
    Is(Reading),
    Open,
    /// Not a fact, and why.
    Not(Why),
}

/// What the sentence before says, for the one after it.
#[derive(Debug, Clone, Default)]
struct Memory {
    /// The sentence index and paragraph.
    sentence: Option<usize>,
    paragraph: usize,
    /// Metrics read in it, by kind, last first.
    counts: Option<Metric>,
    percents: Option<Metric>,
    money: Option<Metric>,
    /// A target named without a figure of its own (`ada beberapa target tambahan`).
    target_topic: bool,
    /// Coverage or participation named (`cakupan`, `terlindungi`).
    coverage_topic: bool,
    /// The only segment its facts had, if one.
    segment: Option<Segment>,
    /// The segment of its last fact that named one (`sektor itu` refers to it).
    last_segment: Option<Segment>,
    program: Option<Program>,
    /// The first count fact of the sentence (the subject a breakdown refers to).
    subject: Option<usize>,
    /// The period the sentence states (end point, start), else its facts'.
    period: Option<(String, Option<String>)>,
    /// The sentence ends with `:`, heading a list.
    heading: bool,
    /// Its counts named two segments or more (a list that may go on).
    segments_listed: bool,
}

/// The words around figure `k` of a sentence, as token ranges.
struct Item {
    /// Since the previous figure or the sentence start.
    lead: Range<usize>,
    /// The lead after its last clause break.
    near: Range<usize>,
    /// After the figure up to the next clause break or figure.
    head: Range<usize>,
    /// After the figure up to the next figure (or the end).
    tail: Range<usize>,
    /// The clause around the figure.
    clause: Range<usize>,
}

fn item(s: &Sentence, k: usize) -> Item {
    let t = s.figs[k];
    // The head ends where a conjunction starts the next item (`70.426 dan
    // peserta yang aktif hanya 29.040`).
    let mut head = s.head(k);
    if let Some(h) =
        s.hits_in(head.clone()).find(|h| h.cues & (cues::CONTINUE | cues::APPOS | cues::AMONG) != 0)
    {
        // `343 ribu di antaranya sudah menjadi peserta`: `di antaranya` marks
        // the figure as a part; what follows is still its own.
        if !(h.cues & cues::AMONG != 0 && h.words.start == head.start) {
            head.end = h.words.start;
        }
    }
    // The item's own words start at its conjunction (`22.724 pekerja dan
    // pekerja BPU sebanyak 18.662`): the words before belong to the figure before.
    let mut near = s.near_lead(k);
    if k > 0 {
        if let Some(h) =
            s.hits_in(near.clone()).filter(|h| h.cues & (cues::CONTINUE | cues::APPOS) != 0).last()
        {
            near.start = h.words.start;
        }
    }
    Item { lead: s.lead(k), near, head, tail: s.gap(k), clause: s.clause(t) }
}

/// What the facts stage finds.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// The facts the article body states, in text order.
    pub facts: Vec<Fact>,
    /// The figures it read and set aside, with why.
    pub passed: Vec<Passed>,
    /// Whether the text names either scheme or one of its programs.
    pub on_topic: bool,
}

/// The facts the article body states, in text order, and the figures set aside.
pub fn extract(input: &Input) -> Extracted {
    // `peserta JKN PPU` is a segment (pekerja penerima upah), not Kabupaten
    // Penajam Paser Utara: a place written as a segment's abbreviation is not a place.
    let kept: Vec<RegionMention> = input
        .regions
        .iter()
        .filter(|m| {
            let t = &input.text[m.range.clone()];
            !["pu", "ppu", "bpu", "pbpu", "pbi", "pmi"].iter().any(|a| t.eq_ignore_ascii_case(a))
        })
        .cloned()
        .collect();
    let input = &Input { regions: &kept, ..*input };
    let attribution = regions::Attribution::new(input.text, input.segments, input.layout, input.regions);
    let cx = clauses::Context {
        text: input.text,
        quantities: input.quantities,
        dates: input.dates,
        periods: input.periods,
        regions: input.regions,
    };
    let mut facts: Vec<Fact> = Vec::new();
    let mut passed: Vec<Passed> = Vec::new();
    let mut title_candidates: Vec<(Metric, f64, Range<usize>)> = Vec::new();
    let quantities = input.quantities;
    let cells = tables::read(input.text, &input.segments.lines, quantities);
    let lead = lead_period(input);
    let (doc_scheme, on_topic) = document_scheme(input);
    JKN_DOC.with(|c| c.set(doc_scheme == Scheme::Jkn));
    let mut memory = Memory::default();
    let mut qi = 0;
    for (si, sentence) in input.segments.sentences.iter().enumerate() {
        let start = qi;
        while qi < quantities.len() && quantities[qi].range.start < sentence.range.end {
            qi += 1;
        }
        let class = input.layout.lines.get(sentence.line).copied();
        let is_title = class == Some(LineClass::Title);
        if !(is_title || class == Some(LineClass::Body)) {
            continue;
        }
        let mut in_sentence: Vec<usize> = Vec::new();
        for (index, q) in quantities.iter().enumerate().take(qi).skip(start) {
            if q.range.start < sentence.range.start {
                continue;
            }
            match cells.binary_search_by_key(&index, |c| c.quantity).ok().map(|i| &cells[i]) {
                Some(cell) if !is_title => {
                    facts.push(table_fact(input, &attribution, cell, q, si, lead.as_ref(), doc_scheme))
                }
                Some(_) => {}
                None => in_sentence.push(index),
            }
        }
        let s = clauses::read(&cx, si, sentence.range.clone(), &in_sentence);
        let heading = input.text[sentence.range.clone()].trim_end().ends_with(':');
        if s.figs.is_empty() {
            if !is_title {
                memory.note_topics(&s, si, sentence.paragraph);
                memory.period =
                    sentence_period(input, si, &facts).or(memory.period.take().filter(|_| heading));
                memory.heading = heading;
            }
            continue;
        }
        let readings = read_sentence(&s, input, &memory, &facts, si, sentence.paragraph);
        #[cfg(all(debug_assertions, not(target_arch = "wasm32")))]
        if std::env::var_os("CAKUPAN_DEBUG").is_some() {
            debug_sentence(&s, &readings);
        }
        let first_new = facts.len();
        for (k, verdict) in readings.iter().enumerate() {
            let reading = match verdict {
                Verdict::Is(r) => r,
                Verdict::Not(why) => {
                    passed.push(Passed { quantity: s.quantity(k), why: *why });
                    continue;
                }
                Verdict::Open => continue,
            };
            let q = &quantities[s.quantity(k)];
            if is_title {
                title_candidates.push((reading.metric, q.value, q.range.clone()));
                continue;
            }
            let fact = build(
                input,
                &attribution,
                &s,
                k,
                q,
                reading,
                &facts,
                first_new,
                &memory,
                lead.as_ref(),
                doc_scheme,
            );
            facts.extend(fact);
        }
        if !is_title {
            memory = Memory::after(&s, si, sentence.paragraph, &facts[first_new..], first_new, &memory);
            memory.heading = heading;
            let of_facts = facts[first_new..]
                .iter()
                .rev()
                .find(|f| !is_target(f.metric) && f.period.is_some())
                .map(|f| (f.period.clone().unwrap_or_default(), f.period_start.clone()));
            // The sentence's own period, unless its figures read it more
            // precisely (`tahun ini` as `2018-06`).
            memory.period = match (sentence_period(input, si, &facts), of_facts) {
                (Some(own), Some(f)) if f.0.len() > own.0.len() && f.0.starts_with(own.0.as_str()) => Some(f),
                (own, f) => own.or(f),
            };
        }
    }
    fill_periods(input, &mut facts);
    link_changes(&mut facts);
    let mut facts = merge_repeats(facts);
    for (metric, value, range) in title_candidates {
        if let Some(f) = facts.iter_mut().find(|f| f.metric == metric && f.value == value) {
            f.spans.push(range);
        }
    }
    let mut facts = in_text_order(facts);
    link_parts(&mut facts);
    Extracted { facts, passed, on_topic }
}

/// The facts sorted by where their main span stands (a merge may have made a
/// later, more precise statement the main one), links remapped.
fn in_text_order(facts: Vec<Fact>) -> Vec<Fact> {
    let mut order: Vec<usize> = (0..facts.len()).collect();
    crate::sort::by_key(&mut order, |&i| facts[i].spans[0].start as u128);
    let mut new_index = vec![0; facts.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Fact>> = facts.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&old| {
            let mut f = slots[old].take().expect("each fact once");
            f.change_of = f.change_of.map(|i| new_index[i]);
            f.change_from = f.change_from.map(|i| new_index[i]);
            f.restates = f.restates.map(|i| new_index[i]);
            f.part_of = f.part_of.map(|i| new_index[i]);
            f
        })
        .collect()
}

impl Memory {
    fn note_topics(&mut self, s: &Sentence, si: usize, paragraph: usize) {
        let all = 0..s.toks.len();
        let target = s.has(all.clone(), cues::TARGET);
        // `kondisi literasi jaminan sosial tenaga kerja di beberapa provinsi`
        // introduces the places' figures that follow.
        let coverage = s.has(all, cues::COVERAGE | cues::PART | cues::JAMSOSTEK | cues::JKN);
        if self.paragraph != paragraph {
            *self = Memory { paragraph, ..Memory::default() };
        }
        self.sentence = Some(si);
        self.target_topic = target;
        self.coverage_topic = coverage || self.coverage_topic;
    }

    fn after(
        s: &Sentence,
        si: usize,
        paragraph: usize,
        new: &[Fact],
        first: usize,
        before: &Memory,
    ) -> Memory {
        let mut m = Memory { sentence: Some(si), paragraph, ..Memory::default() };
        let all = 0..s.toks.len();
        m.target_topic = s.has(all.clone(), cues::TARGET) && !new.iter().any(|f| is_target(f.metric));
        m.coverage_topic = s.has(all, cues::COVERAGE | cues::PART)
            || new.iter().any(|f| matches!(f.metric, Metric::CoverageRate | Metric::Participants))
            || (before.coverage_topic && before.paragraph == paragraph);
        for f in new.iter().rev() {
            let slot = match f.kind {
                Kind::Count => &mut m.counts,
                Kind::Percent => &mut m.percents,
                Kind::Money => &mut m.money,
            };
            if slot.is_none() {
                *slot = Some(f.metric);
            }
        }
        let segs: Vec<Segment> = new.iter().map(|f| f.segment).collect();
        if let Some(&first_seg) = segs.first() {
            if segs.iter().all(|&x| x == first_seg) && first_seg != Segment::All {
                m.segment = Some(first_seg);
            }
        }
        m.last_segment = new.iter().rev().map(|f| f.segment).find(|s| *s != Segment::All);
        let counts = new.iter().filter(|f| f.kind == Kind::Count);
        m.segments_listed = counts.clone().count() >= 2 && counts.clone().any(|f| f.segment != Segment::All);
        m.program = new.iter().rev().find_map(|f| f.program.filter(|p| *p != Program::All));
        m.subject = new.iter().position(|f| f.kind == Kind::Count).map(|i| first + i);
        if new.is_empty() {
            // A sentence whose figures were all set aside keeps the topic.
            m.counts = before.counts.filter(|_| before.paragraph == paragraph);
            m.target_topic = m.target_topic || (before.target_topic && before.paragraph == paragraph);
        }
        m
    }
}

fn is_target(m: Metric) -> bool {
    matches!(m, Metric::TargetRate | Metric::TargetParticipants)
}

/// Words that open a sentence which goes on with the sentence before it.
fn continues_previous(s: &Sentence) -> Option<Range<usize>> {
    let opening = s.first_words(0..s.toks.len(), 5);
    let first = s.first(opening.clone(), cues::AMONG | cues::CONTINUE | cues::BACKREF)?;
    // `Dari jumlah itu`, `Rinciannya`, `Antara lain`, `Sementara itu`, `Kemudian`,
    // `Namun`: at the very start (a quote mark or a comma may precede); or a
    // noun phrase pointing back (`Jumlah pekerja terlindungi itu`, `Angka tersebut`).
    let before_first = s.word_count(0..first.words.start);
    let pointing_back = first.cues & cues::BACKREF != 0
        && s.only(
            0..first.words.start,
            cues::TOTAL
                | cues::PERSON
                | cues::PART
                | cues::ACTIVE
                | cues::COVERAGE
                | cues::BENEFIT
                | cues::JAMSOSTEK
                | cues::JKN,
        )
        && s.hits_in(0..first.words.start)
            .any(|h| h.cues & (cues::TOTAL | cues::BENEFIT | cues::COVERAGE) != 0);
    (before_first <= 1 || pointing_back).then(|| first.words.clone())
}

/// Reads every figure of a sentence.
#[allow(clippy::needless_range_loop)] // the loops read and write several figures by index
fn read_sentence(
    s: &Sentence,
    input: &Input,
    memory: &Memory,
    facts: &[Fact],
    si: usize,
    paragraph: usize,
) -> Vec<Verdict> {
    let n = s.figs.len();
    let quantities = input.quantities;
    let q = |k: usize| &quantities[s.quantity(k)];
    let mut verdicts: Vec<Verdict> = (0..n).map(|k| local(s, k, q(k), quantities)).collect();
    // The sentence before in the paragraph, or the one right before across a
    // paragraph break (news sites paste one paragraph a line).
    // `Penerima Upah : 126.293 orang.`: a line of a box of figures under a heading.
    let key_value = n == 1
        && s.figs[0] > 0
        && s.is_break(s.figs[0] - 1)
        && s.toks[s.figs[0] - 1].kind == TokKind::Punct(b':');
    let opener_here = continues_previous(s).is_some() || key_value;
    // A sentence of figures for named places (`Kalimantan Barat tercatat baru
    // mencapai 27,36 persen, Kalimantan Selatan 42,29 persen`) goes on with
    // the sentence that introduced them, even across a paragraph break.
    let places_listed = n >= 2 && s.has(0..s.figs[0], cues::REACHED) && places_before_first_figure(s, input);
    // The sentence right before, not counting the page's lines between
    // (a `BACA JUGA` link inside the article).
    let right_before = memory.sentence.is_some_and(|p| {
        p < si
            && input.segments.sentences[p + 1..si]
                .iter()
                .all(|x| !matches!(input.layout.lines.get(x.line), Some(LineClass::Body)))
    });
    // `Sebanyak 91.410 orang PBPU ...` after `192.741 peserta JKN PPU, 94.935
    // orang PBI`: a list of segments goes on across sentences.
    let segments_listed = right_before && memory.segments_listed;
    let same_paragraph = memory.sentence.is_some_and(|p| {
        (memory.paragraph == paragraph && p + 1 >= si)
            || ((opener_here || places_listed || segments_listed) && right_before)
    });
    // Relations settle what the figures' own words left open, and correct
    // what they contradict; run twice so a chain (`A atau B dari C`) settles.
    for _ in 0..2 {
        for k in 0..n.saturating_sub(1) {
            relate(s, k, quantities, &mut verdicts);
        }
    }
    // `31,95% dari 1.614.923 angkatan kerja ... atau sebanyak 328.119`: a
    // figure after `atau` restates the rate before the base, not the base.
    for k in 2..n {
        let appos = s.has(s.first_words(s.gap(k - 1), 6), cues::APPOS);
        if s.rel[k - 2] == Relation::PartOfNext
            && s.rel[k - 1] != Relation::Restates
            && appos
            && q(k - 2).kind == Kind::Percent
            && q(k).kind == Kind::Count
        {
            if let (Verdict::Is(p), Verdict::Open | Verdict::Is(_)) = (verdicts[k - 2], verdicts[k]) {
                let m = match p.metric {
                    Metric::CoverageRate => Some(Metric::Participants),
                    Metric::UncoveredRate => Some(Metric::Uncovered),
                    Metric::TargetRate => Some(Metric::TargetParticipants),
                    _ => None,
                };
                let weak = matches!(verdicts[k], Verdict::Open)
                    || matches!(verdicts[k], Verdict::Is(r) if r.doubt.is_some());
                if let (Some(m), true) = (m, weak) {
                    verdicts[k] = Verdict::Is(Reading {
                        metric: m,
                        rule: "restates-rate-before-base",
                        cue: None,
                        doubt: p.doubt,
                    });
                }
            }
        }
    }
    // `turun dari 34,17 juta ke 29,2 juta atau hampir 5 juta peserta`: the
    // size of the change just stated, not a count.
    for k in 2..n {
        let appos = s.has(s.first_words(s.gap(k - 1), 3), cues::APPOS);
        let (a, b, c) = (q(k - 2), q(k - 1), q(k));
        let diff = (a.value - b.value).abs();
        if s.rel[k - 2] == Relation::ChangesTo
            && appos
            && a.kind == c.kind
            && b.kind == c.kind
            && diff > 0.0
            && (c.value - diff).abs() <= 0.15 * c.value
        {
            verdicts[k] = Verdict::Not(Why::Change);
        }
    }
    // `targetnya 58.360 peserta dan baru mencapai 51 persen`: the share of
    // the target just named that has been reached.
    for k in 1..n {
        let target_before =
            matches!(verdicts[k - 1], Verdict::Is(r) if r.metric == Metric::TargetParticipants);
        let reached = s.has(s.last_words(s.near_lead(k), 3), cues::REACHED);
        let own_base =
            s.has(s.first_words(s.head(k), 3), cues::OF | cues::WORKFORCE | cues::POPULATION | cues::PART);
        if q(k).kind == Kind::Percent
            && target_before
            && reached
            && !own_base
            && !matches!(verdicts[k], Verdict::Is(r) if r.metric == Metric::TargetRate)
        {
            verdicts[k] = Verdict::Not(Why::TargetShare);
        }
    }
    // The value a figure is compared with counts what that figure counts.
    for k in 0..n {
        if !matches!(verdicts[k], Verdict::Open)
            || q(k).kind != Kind::Count
            || !s.has(s.lead(k), cues::COMPARE)
        {
            continue;
        }
        let before = (0..k).rev().find_map(|j| match verdicts[j] {
            Verdict::Is(r) if q(j).kind == Kind::Count => Some(r.metric),
            _ => None,
        });
        let m = before.or(memory.counts.filter(|_| memory.sentence.is_some_and(|p| p + 1 == si)));
        if let Some(m) = m {
            let h = s.last(s.lead(k), cues::COMPARE).map(|h| h.words.clone());
            verdicts[k] = Verdict::Is(Reading::sure(m, "compared-value", h));
        }
    }
    // A list goes on with the meaning it began with: the figure before it of
    // the same kind counting the same kind of thing (people, employers).
    for k in 1..n {
        if !matches!(verdicts[k], Verdict::Open) {
            continue;
        }
        let class = |j: usize| unit_class(s, j, q(j));
        if let Some(prev) = (0..k).rev().find(|&j| q(j).kind == q(k).kind && class(j) == class(k)) {
            if let Verdict::Is(r) = verdicts[prev] {
                let joined = (prev..k)
                    .all(|j| matches!(s.rel[j], Relation::Next | Relation::Restates | Relation::None));
                if joined
                    && fits_kind(r.metric, q(k).kind)
                    && !matches!(r.metric, Metric::Employers | Metric::Projects)
                    || joined && class(k) == 1
                {
                    verdicts[k] = Verdict::Is(Reading { rule: "list-continues", cue: None, ..r });
                }
            }
        }
    }
    // `ditargetkan meraih 126.000 tenaga kerja, dengan pembagian peserta formal
    // 109.927 peserta, dan peserta informal 24.441 peserta`: a breakdown of a
    // target is a target.
    for k in 1..n {
        let Verdict::Is(r) = verdicts[k] else { continue };
        if q(k).kind != Kind::Count || r.metric != Metric::Participants || r.doubt.is_some() {
            continue;
        }
        let target_before =
            (0..k).rev().find(|&j| q(j).kind == Kind::Count).and_then(|j| match verdicts[j] {
                Verdict::Is(t) if t.metric == Metric::TargetParticipants => Some(j),
                _ => None,
            });
        if let Some(j) = target_before {
            let first = (0..=j)
                .find(|&i| matches!(verdicts[i], Verdict::Is(t) if t.metric == Metric::TargetParticipants))
                .unwrap_or(j);
            let breakdown = s.has(s.figs[first]..s.figs[k], cues::AMONG);
            let no_reach = !s.words_in(s.figs[j]..s.figs[k]).any(|t| {
                s.word(t).is_some_and(|w| {
                    ["baru", "realisasi", "tercapai", "terealisasi", "capaian", "sudah", "telah"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
                })
            });
            if breakdown && no_reach {
                verdicts[k] = Verdict::Is(Reading {
                    metric: Metric::TargetParticipants,
                    rule: "breakdown-of-target",
                    ..r
                });
            }
        }
    }
    // `Jumlah tersebut terdiri dari 29,3 juta pekerja PU, ...`, `Dari jumlah
    // itu, ...`: a breakdown of the figure the sentence before stated counts
    // what it counted.
    if let (Some(subject), true) =
        (memory.subject.and_then(|i| facts.get(i)), memory.sentence.is_some_and(|p| p + 1 == si))
    {
        let opening = s.first_words(0..s.toks.len(), 6);
        let explicit = s.has(opening.clone(), cues::AMONG);
        let breakdown = explicit || (continues_previous(s).is_some() && s.has(opening, cues::TOTAL));
        if breakdown && fits_kind(subject.metric, Kind::Count) {
            for k in 0..n {
                let weak = matches!(verdicts[k], Verdict::Open)
                    || matches!(verdicts[k], Verdict::Is(r) if r.doubt.is_some() || r.rule == "workforce-noun");
                // (Companies break down into companies: `yakni sebanyak 4.751
                // jiwa` after `5.737 badan usaha` counts people.)
                let people = unit_of(s, k, q(k)).is_some_and(is_person_unit);
                let of_things = matches!(subject.metric, Metric::Employers | Metric::Projects) && people;
                if q(k).kind == Kind::Count && weak && counts_people_or_bare(s, k, q(k)) && !of_things {
                    let doubt =
                        (!explicit).then_some("read as a breakdown of the figure in the sentence before");
                    verdicts[k] = Verdict::Is(Reading {
                        metric: subject.metric,
                        rule: "breakdown-of-sentence-before",
                        cue: None,
                        doubt,
                    });
                }
            }
        }
    }
    // The sentence's own cue words, wherever they stand.
    for k in 0..n {
        if matches!(verdicts[k], Verdict::Open) {
            if let Some(r) = sentence_wide(s, k, q(k)) {
                verdicts[k] = Verdict::Is(r);
            }
        }
    }
    // Relations again, for what the sentence's words settled.
    for k in 0..n.saturating_sub(1) {
        relate(s, k, quantities, &mut verdicts);
    }
    // The sentence before: a list it introduced, a total it broke down.
    if same_paragraph {
        let opener = continues_previous(s);
        for k in 0..n {
            // A whole read from a list's item (`4.000 pekerja migran, di mana baru
            // 1.180 orang`) is the target the sentence before introduced.
            let whole_of_list = matches!(verdicts[k], Verdict::Is(r) if r.rule == "whole-before-part")
                && memory.target_topic
                && opener.is_some();
            if !matches!(verdicts[k], Verdict::Open) && !whole_of_list {
                continue;
            }
            let kind = q(k).kind;
            let inherited = match kind {
                Kind::Count => memory.counts,
                Kind::Percent => memory.percents,
                Kind::Money => memory.money,
            };
            let people = kind != Kind::Count || counts_people_or_bare(s, k, q(k));
            if key_value && kind == Kind::Count && people && inherited.is_none() && memory.coverage_topic {
                verdicts[k] = Verdict::Is(Reading::doubtful(
                    Metric::Participants,
                    "box-under-coverage-heading",
                    None,
                    "a line of a box of figures under a heading about coverage",
                ));
                continue;
            }
            if memory.target_topic && kind != Kind::Money && opener.is_some() && people {
                let metric =
                    if kind == Kind::Percent { Metric::TargetRate } else { Metric::TargetParticipants };
                verdicts[k] = Verdict::Is(Reading::doubtful(
                    metric,
                    "target-listed-before",
                    opener.clone(),
                    "the target is named in the sentence before",
                ));
            } else if let (Some(m), true, true) = (
                inherited,
                segments_listed && kind == Kind::Count,
                segment_in(s, s.first_words(s.gap(k), 3)).is_some(),
            ) {
                if people && fits_kind(m, kind) {
                    verdicts[k] = Verdict::Is(Reading::doubtful(
                        m,
                        "segment-list-continues",
                        None,
                        "read as going on with the list of segments in the sentence before",
                    ));
                }
            } else if let (Some(m), true) = (inherited, opener.is_some() || key_value) {
                if people && fits_kind(m, kind) {
                    verdicts[k] = Verdict::Is(Reading::doubtful(
                        m,
                        "continues-sentence-before",
                        opener.clone(),
                        "read as going on with the sentence before",
                    ));
                }
            } else if kind == Kind::Percent
                && memory.coverage_topic
                && percent_may_be_coverage(s, k, q(k))
                && !restates_workforce(s, k, &verdicts)
            {
                verdicts[k] = Verdict::Is(Reading::doubtful(
                    Metric::CoverageRate,
                    "coverage-topic",
                    None,
                    "the sentence names no measure; the paragraph is about coverage",
                ));
            }
        }
    }
    let _ = facts;
    verdicts
}

/// Can a figure of `kind` have `metric`?
fn fits_kind(metric: Metric, kind: Kind) -> bool {
    match kind {
        Kind::Percent => matches!(
            metric,
            Metric::CoverageRate | Metric::UncoveredRate | Metric::TargetRate | Metric::GrowthRate
        ),
        Kind::Money => matches!(metric, Metric::BenefitsPaid | Metric::Contributions | Metric::Dues),
        Kind::Count => matches!(
            metric,
            Metric::Workforce
                | Metric::ToRegister
                | Metric::Participants
                | Metric::Uncovered
                | Metric::TargetParticipants
                | Metric::Employers
                | Metric::Projects
                | Metric::Beneficiaries
        ),
    }
}

/// The noun right after a count: the quantities stage's unit, else the head's first word.
fn unit_of<'a>(s: &Sentence<'a>, k: usize, q: &'a Quantity) -> Option<&'a str> {
    if let Some(u) = q.unit.as_deref() {
        return Some(u);
    }
    if let Some(j) = range_end(s, k) {
        return s.words_in(s.head(j)).next().and_then(|t| s.word(t));
    }
    let head = s.head(k);
    s.words_in(head).next().and_then(|t| s.word(t))
}

/// `10 to 15 days`, `10 hingga 15 hari`: the figure that ends the range
/// figure `k` starts, whose noun both share.
fn range_end(s: &Sentence, k: usize) -> Option<usize> {
    let next = *s.figs.get(k + 1)?;
    let between: Vec<usize> = (s.figs[k] + 1..next).collect();
    let joined = match between.as_slice() {
        [t] => {
            s.word(*t).is_some_and(|w| {
                ["to", "hingga", "sampai", "until"].iter().any(|x| w.eq_ignore_ascii_case(x))
            }) || s.toks[*t].kind == TokKind::Punct(b'-')
        }
        _ => false,
    };
    joined.then_some(k + 1)
}

/// Is the count a count of people, or bare (no noun after it)?
fn counts_people_or_bare(s: &Sentence, k: usize, q: &Quantity) -> bool {
    let mut head = s.head(k);
    if let Some(j) = range_end(s, k) {
        head = s.head(j);
    }
    // `13.471 total kasus`, `jumlah peserta`: past a word for "total".
    if let Some(h) =
        s.hits_in(head.clone()).next().filter(|h| h.words.start == head.start && h.cues & cues::TOTAL != 0)
    {
        head.start = h.words.end;
    }
    let first = s.first_words(head.clone(), 1);
    let people = cues::PERSON
        | cues::PART
        | cues::ACTIVE
        | cues::CASE
        | cues::CHILD
        | cues::SEGMENTS
        | cues::WORKFORCE
        | cues::POPULATION;
    let starts_hit =
        s.hits_in(head.clone()).next().is_some_and(|h| h.words.start == first.start && h.cues & people != 0);
    if first.is_empty() || starts_hit {
        return true;
    }
    match q.unit.as_deref() {
        Some(u) => is_person_unit(u),
        // An unknown word after the figure: a noun we do not count, unless it
        // is a function word (`yang`, `di`, `dari`, `atau`).
        None => s.words_in(first).next().and_then(|t| s.word(t)).is_some_and(is_function_word),
    }
}

/// Units (the quantities stage's closed list) that count people or their cases.
fn is_person_unit(u: &str) -> bool {
    crate::quantities::is_person_unit(u)
}

fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "yang",
        "di",
        "dari",
        "atau",
        "dan",
        "serta",
        "dengan",
        "untuk",
        "pada",
        "per",
        "hingga",
        "sampai",
        "ini",
        "itu",
        "tersebut",
        "se",
        "sudah",
        "telah",
        "baru",
        "lagi",
        "lebih",
        "saja",
        "merupakan",
        "adalah",
        "ialah",
        "yakni",
        "yaitu",
        "berupa",
        "berstatus",
        "sebagai",
        "menjadi",
        "ke",
        "sebesar",
        "sebanyak",
        "mencapai",
        "lalu",
        "kemudian",
        "namun",
        "tetapi",
        "sedangkan",
        "sementara",
        "hanya",
        "the",
        "of",
        "in",
        "as",
        "and",
        "or",
        "to",
        "by",
        "at",
        "from",
        "with",
        "for",
        "is",
        "are",
        "were",
        "was",
        "but",
        "while",
        "only",
    ];
    WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The first `n` words of the head, and the last `n` of the near lead.
fn around(s: &Sentence, it: &Item, before: usize, after: usize) -> (Range<usize>, Range<usize>) {
    (s.last_words(it.near.clone(), before), s.first_words(it.head.clone(), after))
}

/// What a figure's own words say.
fn local(s: &Sentence, k: usize, q: &Quantity, _quantities: &[Quantity]) -> Verdict {
    let it = item(s, k);
    let (just_before, just_after) = around(s, &it, 3, if q.kind == Kind::Percent { 4 } else { 2 });
    // Rules that set a number aside whatever its kind. For a rate, the
    // words that govern it may stand further back (`a return to JHT
    // participants of 5.59 percent`), unless a coverage word comes between.
    let wider = if q.kind == Kind::Percent {
        let six = s.last_words(it.near.clone(), 6);
        s.last(six.clone(), cues::BLOCK)
            .filter(|h| !s.has(h.words.end..six.end, cues::COVERAGE | cues::UNCOVERED))
            .map(|h| h.words.clone())
    } else {
        None
    };
    if let Some(h) = s
        .last(just_before.clone(), cues::BLOCK)
        .map(|h| h.words.clone())
        .or(wider)
        .or_else(|| s.first(just_after.clone(), cues::BLOCK).map(|h| h.words.clone()))
    {
        // `penerima upah` and `iuran` phrases are not blocked by the word `upah`/`dana`.
        let _ = h;
        return Verdict::Not(Why::OtherDomain);
    }
    // An amount in another currency (`US$5,85 miliar`) is never added to
    // rupiah; no metric of this domain is counted in it.
    if q.currency.is_some() {
        return Verdict::Not(Why::OtherCurrency);
    }
    // `Jutaan pekerja`, `ribuan peserta`: "millions of", not a figure.
    let printed = &s.text[q.range.clone()];
    if !printed.bytes().any(|b| b.is_ascii_digit())
        && q.approx == Approx::Over
        && printed.to_ascii_lowercase().ends_with("an")
    {
        return Verdict::Not(Why::ManyWord);
    }
    match q.kind {
        Kind::Percent => local_percent(s, k, q, &it),
        Kind::Money => local_money(s, k, q, &it),
        Kind::Count => local_count(s, k, q, &it),
    }
}

/// `20 persen dari total pekerja yang ada`: a figure of all the workers,
/// whatever segment the figure before counted.
fn of_all_workers(s: &Sentence, it: &Item) -> bool {
    let tail = s.first_words(it.tail.clone(), 4);
    s.first(s.first_words(it.tail.clone(), 2), cues::OF).is_some_and(|of| {
        let base = of.words.end..tail.end.max(of.words.end);
        let whole = s.words_in(base.clone()).any(|t| {
            s.word(t).is_some_and(|w| {
                ["total", "seluruh", "semua", "jumlah", "keseluruhan", "all"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            })
        });
        whole
            && s.has(base.clone(), cues::TOTAL | cues::WORKFORCE | cues::POPULATION)
            && !s.has(base, cues::SEGMENTS)
    })
}

/// Is there a growth or decline word just before the figure that states its
/// change (`naik 23 persen`), not the level reached (`meningkat mencapai 50%`)?
fn change_word(s: &Sentence, it: &Item) -> Option<(Range<usize>, bool)> {
    let near = s.last_words(it.near.clone(), 3);
    let h = s.last(near, cues::GROWTH | cues::DECLINE)?;
    // Nothing but a preposition may stand between: `naik sebesar 23%`, `turun 5 persen`.
    let between = h.words.end..it.near.end;
    if s.has(between.clone(), cues::CHANGE_TO | cues::OF) || s.word_count(between.clone()) > 2 {
        return None;
    }
    if s.words_in(between).any(|t| {
        s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("mencapai") || w.eq_ignore_ascii_case("hingga"))
    }) {
        return None;
    }
    Some((h.words.clone(), h.cues & cues::DECLINE != 0))
}

fn local_percent(s: &Sentence, k: usize, q: &Quantity, it: &Item) -> Verdict {
    let (just_before, just_after) = around(s, it, 3, 4);
    // `2 persen ditanggung oleh pekerja`, `0,30 persen dari upah sebulan`: a share of wages.
    if s.has(just_after.clone(), cues::RATE_OF_WAGE) || s.has(just_before.clone(), cues::RATE_OF_WAGE) {
        return Verdict::Not(Why::WageShare);
    }
    // A range of rates (`30 hingga 40 persen`) or a threshold about unnamed
    // places (`sejumlah daerah di bawah 50 persen`, `tujuh provinsi ... di bawah 95%`).
    let sentence_before = 0..s.figs[k];
    let named_place = false;
    if q.high.is_some() && !named_place {
        return Verdict::Not(Why::RateRange);
    }
    if q.approx != Approx::Exact && s.has(s.last_words(sentence_before.clone(), 12), cues::VAGUE) {
        return Verdict::Not(Why::PlacesThreshold);
    }
    if places_counted_before(s, k) {
        return Verdict::Not(Why::PlacesThreshold);
    }
    // `X persen merupakan pekerja informal`, `70 persen dari jumlah tersebut adalah pekerja informal`.
    if let Some(h) = s.first(s.first_words(it.head.clone(), 5), cues::SHARE) {
        let rest = h.words.end..it.tail.end;
        if s.has(s.first_words(rest, 4), cues::SEGMENTS | cues::PERSON) {
            return Verdict::Not(Why::ShareOfSegment);
        }
    }
    if s.first_words(it.head.clone(), 1)
        .clone()
        .any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("persennya")))
    {
        return Verdict::Not(Why::ShareOfBefore);
    }
    // `Perusahaan besar ... hampir 90 persen sudah melindungi`: a share of companies.
    if s.has(s.last_words(it.near.clone(), 6), cues::EMPLOYER)
        && !s.has(s.last_words(it.near.clone(), 6), cues::PART | cues::COVERAGE | cues::PERSON)
    {
        return Verdict::Not(Why::ShareOfCompanies);
    }
    // `berkontribusi atas 22 persen`, `menyumbang 40 persen`: a share of a total.
    if s.has(s.last_words(it.near.clone(), 3), cues::SHARE_OF)
        && !s.has(s.last_words(it.near.clone(), 3), cues::PART | cues::COVERAGE)
    {
        return Verdict::Not(Why::ShareOfTotal);
    }
    // `48,7 persen dari total PMI yang terdaftar`: a share of the
    // participants, not of the workforce.
    if let Some(of) = s.first(s.first_words(it.tail.clone(), 10), cues::OF) {
        // The base runs to its predicate (`dari pekerja seluruh Indonesia
        // telah mendaftarkan`); a relative clause (`dari total PMI yang
        // terdaftar`) is part of it.
        let rest = of.words.end..it.tail.end;
        let stop =
            s.hits_in(rest.clone()).find(|h| h.cues & cues::REACHED != 0).map_or(rest.end, |h| h.words.start);
        let base = s.first_words(rest.start..stop, 6);
        let relative =
            s.words_in(base.clone()).any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("yang")))
                && s.hits_in(base.clone()).last().is_some_and(|h| h.cues & (cues::PART | cues::ACTIVE) != 0);
        if relative
            || s.has(base.clone(), cues::PART | cues::ACTIVE)
                && !s.has(base, cues::WORKFORCE | cues::POPULATION | cues::UNCOVERED)
        {
            return Verdict::Not(Why::ShareOfParticipants);
        }
    }
    // Not covered.
    if let Some(h) = uncovered_near(s, it, 4, 6) {
        return Verdict::Is(Reading::sure(Metric::UncoveredRate, "uncovered-words", Some(h)));
    }
    // Achievement of a target (`62,65 persen dari target`, `menembus target hingga 120 persen`).
    if s.has(just_after.clone(), cues::ACHIEVE) || s.has(s.last_words(it.near.clone(), 4), cues::ACHIEVE) {
        return Verdict::Not(Why::TargetShare);
    }
    if let Some((w, _)) = change_word(s, it) {
        return Verdict::Is(Reading::sure(Metric::GrowthRate, "change-word", Some(w)));
    }
    if s.has(just_after.clone(), cues::COMPARE) {
        let h = s.first(just_after, cues::COMPARE).map(|h| h.words.clone());
        return Verdict::Is(Reading::sure(Metric::GrowthRate, "compared-with", h));
    }
    // `berkomitmen mendorong UCJ hingga mencapai 71 persen`, `agar ... mencapai 100%`.
    if let Some(h) = s.last(s.last_words(it.near.clone(), 8), cues::AIM) {
        return Verdict::Is(Reading::sure(Metric::TargetRate, "aim-words", Some(h.words.clone())));
    }
    // A target: named before the figure in its sentence, with no figure
    // reached in between (`menargetkan cakupan ... 35 persen`).
    if let Some(h) = target_before(s, k) {
        return Verdict::Is(Reading::sure(Metric::TargetRate, "target-earlier", Some(h)));
    }
    if let Some(h) = s.first(s.first_words(it.tail.clone(), 6), cues::TARGET) {
        if s.has(s.first_words(it.tail.clone(), 6), cues::REACHED) || q.approx == Approx::UpTo {
            return Verdict::Is(Reading::sure(
                Metric::TargetRate,
                "target-words-after",
                Some(h.words.clone()),
            ));
        }
    }
    // Benchmarks: `masih jauh dari angka 100 persen`, `minimal di atas 70 persen`.
    // (`Minimal sudah di atas 70 persen itu sudah bagus`: a norm the sentence
    // opens with, for a figure its own words do not call coverage.)
    let norm = s.word(0).is_some_and(|w| {
        ["minimal", "setidaknya", "sekurangnya", "idealnya", "at least", "ideally"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    }) && !s.has(it.near.clone(), cues::COVERAGE | cues::PART | cues::ACTIVE);
    if norm || s.has(just_before.clone(), cues::HYPO) {
        return Verdict::Not(Why::Benchmark);
    }
    // Coverage words in the figure's own clause.
    let clause = it.clause.clone();
    if let Some(h) = s.last(it.near.clone(), cues::COVERAGE | cues::PART | cues::ACTIVE) {
        return Verdict::Is(Reading::sure(Metric::CoverageRate, "coverage-words", Some(h.words.clone())));
    }
    if let Some(h) = s.first(s.first_words(it.head.clone(), 6), cues::COVERAGE | cues::PART) {
        return Verdict::Is(Reading::sure(
            Metric::CoverageRate,
            "coverage-words-after",
            Some(h.words.clone()),
        ));
    }
    if let Some(h) = s.last(clause, cues::COVERAGE | cues::PART) {
        return Verdict::Is(Reading::sure(Metric::CoverageRate, "coverage-clause", Some(h.words.clone())));
    }
    // `sudah mencapai 96,15 persen dari jumlah total masyarakat`: the share
    // of the population or the workforce reached is the coverage, unless the
    // words after say which part of it (`... adalah pekerja informal`).
    if let Some(of) = s.first(s.first_words(it.tail.clone(), 2), cues::OF) {
        let base = s.first_words(of.words.end..it.tail.end, 4);
        let reached = s.has(s.last_words(it.near.clone(), 3), cues::REACHED);
        let whose = s.first(base.clone(), cues::WORKFORCE | cues::POPULATION);
        let part_named = s
            .has(s.first_words(of.words.end..it.tail.end, 8), cues::SEGMENTS | cues::SHARE | cues::UNCOVERED);
        if let (true, Some(h), false) = (reached, whose, part_named) {
            return Verdict::Is(Reading::doubtful(
                Metric::CoverageRate,
                "share-of-population-reached",
                Some(h.words.clone()),
                "the share of the population or the workforce reached; no coverage word",
            ));
        }
    }
    Verdict::Open
}

/// Does a count of places stand before figure `k` in its sentence
/// (`tujuh provinsi dari 38 provinsi yang cakupannya di bawah 95%`)?
fn places_counted_before(s: &Sentence, k: usize) -> bool {
    let _ = (s, k);
    false
}

/// Uncovered words in the figure's item: `belum terdaftar`, `tanpa
/// perlindungan`, or a negation before a word of registration or protection.
fn uncovered_near(s: &Sentence, it: &Item, before: usize, after: usize) -> Option<Range<usize>> {
    let _ = before;
    let near = it.near.clone();
    let tail = s.first_words(it.tail.clone(), after);
    for r in [tail.clone(), near] {
        if let Some(h) = s.first(r.clone(), cues::UNCOVERED) {
            return Some(h.words.clone());
        }
        // A negation, then within two words a word of registration or protection.
        let hits: Vec<&cues::Hit> = s.hits_in(r.clone()).collect();
        for (i, h) in hits.iter().enumerate() {
            if h.cues & cues::NEG == 0 {
                continue;
            }
            if let Some(p) = hits[i + 1..].iter().find(|p| p.cues & (cues::PART | cues::ACTIVE) != 0) {
                if s.word_count(h.words.end..p.words.start) <= 2 {
                    return Some(h.words.start..p.words.end);
                }
            }
            // `belum ada perlindungan`, `belum memiliki jaminan`
            let next: Vec<usize> = s.words_in(h.words.end..r.end).take(3).collect();
            if next.iter().any(|&t| {
                s.word(t).is_some_and(|w| {
                    [
                        "perlindungan",
                        "jaminan",
                        "protection",
                        "registered",
                        "covered",
                        "punya",
                        "memiliki",
                        "mendaftar",
                        "masuk",
                        "tersentuh",
                        "ter",
                    ]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                })
            }) {
                return Some(h.words.start..next.last().map_or(h.words.end, |t| t + 1));
            }
        }
    }
    None
}

/// A target word before figure `k` in its sentence, with no sign between that
/// a level was reached (`baru`, `realisasi`, `tercapai`).
fn target_before(s: &Sentence, k: usize) -> Option<Range<usize>> {
    let fig = s.figs[k];
    let h = s.last(0..fig, cues::TARGET)?;
    let between = h.words.end..fig;
    // `target ... baru mencapai 69 persen`: the level reached against the target.
    let reached = s.words_in(between.clone()).any(|t| {
        s.word(t).is_some_and(|w| {
            [
                "baru",
                "realisasi",
                "realisasinya",
                "tercapai",
                "terealisasi",
                "teralisasi",
                "capaian",
                "sudah",
                "telah",
                "reached",
                "achieved",
                "hanya",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
    });
    // Another figure between the target word and this one belongs to the target
    // unless a list goes on (`target PU 382.124 ...; BPU targetnya 58.360`).
    if reached || s.has(between.clone(), cues::ACHIEVE) {
        return None;
    }
    // A participation word after the target word but before the figure in a
    // later clause of its own (`Target 2025 ..., realisasi ... 33,85 persen`).
    Some(h.words.clone())
}

fn local_money(s: &Sentence, k: usize, q: &Quantity, it: &Item) -> Verdict {
    let (_, just_after) = around(s, it, 3, 3);
    let per_person =
        s.has(just_after.clone(), cues::PER) || s.has(s.last_words(it.near.clone(), 2), cues::PER);
    // `tunggakan iuran Rp40 miliar`, `piutang iuran`, `dana kelolaan`: the
    // noun phrase's head is not a sum paid or collected.
    if let Some((c, _)) = phrase_head(s, it.near.clone(), cues::BLOCK | cues::CONTRIB | cues::BENEFIT) {
        if c & cues::BLOCK != 0 {
            return Verdict::Not(Why::NotAmountPaid);
        }
    }
    // `setiap anak menerima Rp 2 juta per tahun`: what one person gets.
    let sentence_contrib = s.has(0..s.toks.len(), cues::CONTRIB);
    let monthly = s.words_in(just_after.clone()).any(|t| {
        s.word(t).is_some_and(|w| {
            ["bulan", "sebulan", "month", "bulannya"].iter().any(|x| w.eq_ignore_ascii_case(x))
        })
    });
    if per_person && !sentence_contrib && (!monthly || s.has(0..s.toks.len(), cues::BENEFIT)) {
        return Verdict::Not(Why::PerPerson);
    }
    // The nearest benefit or contribution word before the figure in its sentence.
    let before = 0..s.figs[k];
    let benefit = s.last(before.clone(), cues::BENEFIT);
    let contrib = s.last(before.clone(), cues::CONTRIB);
    let after_benefit = s.first(s.first_words(it.head.clone(), 3), cues::BENEFIT);
    let pick = match (benefit, contrib) {
        (Some(b), Some(c)) if b.words.start > c.words.start => Some((Metric::BenefitsPaid, b.words.clone())),
        (Some(b), None) => Some((Metric::BenefitsPaid, b.words.clone())),
        (_, Some(c)) => Some((Metric::Contributions, c.words.clone())),
        (None, None) => after_benefit.map(|h| (Metric::BenefitsPaid, h.words.clone())),
    };
    // `Untuk program JKK Rp27.468.971.851 dengan 3.982 kasus`: a sum said of
    // a benefit program is what it paid.
    let pick = pick.or_else(|| {
        program_in(s, it.lead.start..it.head.end, s.figs[k]).map(|(_, w)| (Metric::BenefitsPaid, w))
    });
    let Some((metric, cue)) = pick else { return Verdict::Open };
    // `Ahli waris peserta ... menerima santunan Rp42 juta`: what one recipient
    // gets, unless the sentence counts recipients or a total.
    let receives = s.words_in(s.last_words(it.near.clone(), 4)).any(|t| {
        s.word(t).is_some_and(|w| {
            ["menerima", "mendapat", "mendapatkan", "berhak", "memperoleh"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
    });
    let counted = s.has(0..s.toks.len(), cues::TOTAL) || s.figs.len() > 1;
    if metric == Metric::BenefitsPaid && receives && !counted {
        return Verdict::Not(Why::PerRecipient);
    }
    match metric {
        Metric::BenefitsPaid if per_person => Verdict::Not(Why::PerPerson),
        Metric::BenefitsPaid => {
            // `santunan Rp42 juta` for each heir: an entitlement.
            let entitled = s.last_words(it.near.clone(), 3);
            let each = s.words_in(entitled).any(|t| {
                s.word(t).is_some_and(|w| {
                    ["berhak", "setiap", "masing", "mencapai"].iter().any(|x| w.eq_ignore_ascii_case(x))
                })
            }) && s.has(s.first_words(it.head.clone(), 3), cues::PER);
            if each {
                return Verdict::Not(Why::PerPerson);
            }
            Verdict::Is(Reading::sure(metric, "benefit-words", Some(cue)))
        }
        _ => {
            let monthly = s.words_in(just_after.clone()).any(|t| {
                s.word(t).is_some_and(|w| {
                    ["bulan", "sebulan", "month", "bulannya"].iter().any(|x| w.eq_ignore_ascii_case(x))
                })
            });
            if monthly || per_person || q.value < 10_000_000.0 {
                Verdict::Is(Reading::sure(Metric::Dues, "dues-words", Some(cue)))
            } else {
                Verdict::Is(Reading::sure(Metric::Contributions, "contribution-words", Some(cue)))
            }
        }
    }
}

fn local_count(s: &Sentence, k: usize, q: &Quantity, it: &Item) -> Verdict {
    let (just_before, _) = around(s, it, 3, 2);
    let head_start = s.first_words(it.head.clone(), 2);
    let unit = unit_of(s, k, q).unwrap_or("");
    let unit_is = |xs: &[&str]| xs.iter().any(|x| unit.eq_ignore_ascii_case(x));
    if unit_is(&["proyek", "projects", "project"]) {
        return Verdict::Is(Reading::sure(Metric::Projects, "project-noun", Some(head_start)));
    }
    // Employers: the noun after the figure, or before it with no people noun after.
    if let Some(h) = s.first(head_start.clone(), cues::EMPLOYER) {
        return Verdict::Is(Reading::sure(Metric::Employers, "employer-noun", Some(h.words.clone())));
    }
    let people_after = s.has(head_start.clone(), cues::PERSON | cues::PART | cues::CASE);
    if !people_after {
        if let Some(h) = s.last(s.last_words(it.near.clone(), 8), cues::EMPLOYER) {
            if unit.is_empty()
                || unit_is(&["unit", "entitas"])
                || s.word_count(it.head.clone()) == 0
                || is_function_word(unit)
            {
                return Verdict::Is(Reading::sure(
                    Metric::Employers,
                    "employer-words",
                    Some(h.words.clone()),
                ));
            }
        }
    }
    if !counts_people_or_bare(s, k, q) {
        return Verdict::Not(Why::NotPeople);
    }
    // `diikuti 200 peserta`, `sosialisasi dihadiri 80 pekerja`: people at an
    // event; but `diikuti 502 kasus JKK` follows a list (cases are no audience).
    let cases = s.has(head_start.clone(), cues::CASE);
    // `Diikuti Maluku dengan 156 ribu orang`: a ranking that goes on, not an audience.
    let ranking = s.word(0).is_some_and(|w| w.eq_ignore_ascii_case("diikuti"))
        && s.word(1).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && s.words_in(0..s.figs[k]).any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("dengan")));
    if !cases
        && !ranking
        && (s.has(just_before.clone(), cues::EVENT) || s.has(head_start.clone(), cues::EVENT))
    {
        return Verdict::Not(Why::Event);
    }
    // `pekerja BPU sebanyak 18.8662 pekerja`: digits grouped as no number is
    // written (three decimals or more on a count of people) are a misprint.
    // (`51,495` is thousands written the English way, not a misprint.)
    let printed = &s.text[q.range.clone()];
    let last_group =
        printed.rsplit(['.', ',']).next().map_or(0, |g| g.bytes().take_while(u8::is_ascii_digit).count());
    if q.value.fract() != 0.0 && q.step < 0.01 && q.value < 1000.0 && last_group != 3 {
        return Verdict::Not(Why::Misprint);
    }
    // `serapan capaian 100 pekerja formal`: a whole number up to a hundred
    // right after a word for coverage is a share that lost its `persen`.
    let coverage_before = s.last(s.last_words(it.near.clone(), 1), cues::COVERAGE).is_some();
    if coverage_before && q.value <= 100.0 && q.value.fract() == 0.0 && q.high.is_none() {
        return Verdict::Not(Why::PercentWithoutSign);
    }
    // `diserahkan santunan kepada dua ahli waris`: a handful of people is an
    // anecdote, not a statistic.
    if q.value < 10.0 && q.high.is_none() {
        return Verdict::Not(Why::Handful);
    }
    if s.has(s.last_words(it.near.clone(), 3), cues::HYPO) {
        return Verdict::Not(Why::Hypothetical);
    }
    // Beneficiaries: cases, claims, heirs, children paid a scholarship, or
    // people a sum was paid to (`kepada 50.600 peserta`).
    let sentence = 0..s.toks.len();
    let benefit_in_sentence = s.has(sentence.clone(), cues::BENEFIT);
    if let Some(h) = s
        .first(s.first_words(it.head.clone(), 3), cues::CASE)
        .filter(|h| s.only(it.head.start..h.words.start, cues::TOTAL))
    {
        if benefit_in_sentence || !s.has(h.words.clone(), cues::PERSON) {
            return Verdict::Is(Reading::sure(Metric::Beneficiaries, "case-noun", Some(h.words.clone())));
        }
    }
    if s.has(head_start.clone(), cues::CHILD)
        && (benefit_in_sentence || s.has(sentence.clone(), cues::BEASISWA))
    {
        return Verdict::Is(Reading::sure(Metric::Beneficiaries, "children-paid", Some(head_start)));
    }
    if benefit_in_sentence {
        let to = s.words_in(s.last_words(it.near.clone(), 2)).any(|t| {
            s.word(t).is_some_and(|w| {
                ["kepada", "untuk", "bagi", "to", "for"].iter().any(|x| w.eq_ignore_ascii_case(x))
            })
        });
        if to && s.last(0..s.figs[k], cues::BENEFIT).is_some() {
            return Verdict::Is(Reading::sure(
                Metric::Beneficiaries,
                "paid-to",
                Some(s.last_words(it.near.clone(), 1)),
            ));
        }
    }
    if unit_is(&["anak", "kasus", "klaim", "children", "cases"]) {
        // Children or cases with no payment named here: only a sentence this
        // one goes on with can say what they are.
        return Verdict::Open;
    }
    // Not covered: `belum terdaftar`, `yang belum mendapat perlindungan`.
    if let Some(h) = uncovered_near(s, it, 4, 12) {
        return Verdict::Is(Reading::sure(Metric::Uncovered, "uncovered-words", Some(h)));
    }
    // `dibandingkan dengan 2017 sebanyak 120.093 orang`, `jika dibandingkan
    // periode sama tahun lalu yang sejumlah 212.266`: the value compared with,
    // which counts what the figure it is compared with counts (decided by the sentence).
    if s.has(it.lead.clone(), cues::COMPARE) && !s.has(it.near.clone(), cues::PART | cues::WORKFORCE) {
        return Verdict::Open;
    }
    // Gaps to a target and changes are flows, not stocks.
    // `masih harus mengejar penambahan ... sebanyak 237.360 orang agar mencapai
    // target`, `kekurangan sekitar 22.042 pekerja`: workers still to register.
    if let Some(h) =
        s.last(it.near.clone(), cues::GAP).or_else(|| s.first(s.first_words(it.tail.clone(), 5), cues::GAP))
    {
        if !s.has(s.last_words(it.near.clone(), 4), cues::TARGET) {
            return Verdict::Is(Reading::sure(
                Metric::ToRegister,
                "still-to-register",
                Some(h.words.clone()),
            ));
        }
    }
    if let Some(h) = s.last(s.last_words(it.near.clone(), 2), cues::GROWTH | cues::DECLINE) {
        if !s.has(h.words.end..it.near.end, cues::CHANGE_TO | cues::OF) {
            return Verdict::Not(Why::Change);
        }
    }
    // The noun phrase that leads into the figure names what it counts; in
    // Indonesian its first noun is its head (`potensi peserta ... sebanyak X`
    // is a potential; `target peserta PU X` a target; `tambahan peserta X` an addition).
    // `Masih ada 19.515 jiwa yang ... agar terlindungi`, `sisanya X pekerja`:
    // those still to be covered.
    if s.has(s.last_words(it.near.clone(), 3), cues::REMAIN)
        && s.has(it.clause.clone(), cues::PART | cues::AIM | cues::NEG)
    {
        let h = s.last(s.last_words(it.near.clone(), 3), cues::REMAIN).map(|h| h.words.clone());
        return Verdict::Is(Reading::sure(Metric::Uncovered, "still-to-cover", h));
    }
    // `menanggung iuran 20 ribu pekerja rentan`, `pembayaran iuran ... bagi
    // 2.125 orang`: people whose contributions are paid are participants.
    if let Some(h) = s.last(s.last_words(it.near.clone(), 4), cues::CONTRIB) {
        if counts_people_or_bare(s, k, q) && !s.has(h.words.end..it.near.end, cues::BENEFIT | cues::TARGET) {
            return Verdict::Is(Reading::sure(
                Metric::Participants,
                "contributions-paid-for",
                Some(h.words.clone()),
            ));
        }
    }
    let metric_cues = cues::TARGET
        | cues::AIM
        | cues::WORKFORCE
        | cues::POPULATION
        | cues::PART
        | cues::ACTIVE
        | cues::FLOW
        | cues::COVERAGE
        | cues::GROWTH
        | cues::DECLINE;
    if let Some((cue, words)) = phrase_head(s, it.near.clone(), metric_cues) {
        // `meningkat menjadi X`, `rising from X to Y`: a level, not the change.
        let reached_level = s.has(words.end..it.near.end, cues::CHANGE_TO | cues::OF)
            || s.words_in(words.end..it.near.end)
                .any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("mencapai")));
        let m = if cue & cues::FLOW != 0 {
            return Verdict::Not(Why::Addition);
        } else if cue & (cues::GROWTH | cues::DECLINE) != 0 {
            if !reached_level {
                return Verdict::Not(Why::Change);
            }
            // `Jumlah peserta naik dari X menjadi Y`: a level of the measure
            // named before the verb.
            let before = it.near.start..words.start;
            let level = cues::WORKFORCE | cues::POPULATION | cues::PART | cues::ACTIVE | cues::TARGET;
            return match phrase_head(s, before, level) {
                Some((c, w)) => {
                    let m = if c & cues::TARGET != 0 {
                        Metric::TargetParticipants
                    } else if c & (cues::WORKFORCE | cues::POPULATION) != 0 {
                        Metric::Workforce
                    } else {
                        Metric::Participants
                    };
                    Verdict::Is(Reading::sure(m, "level-of-change", Some(w)))
                }
                // No measure named before the verb: the figure's noun may say
                // (`turun menjadi 29,98 juta peserta`).
                None => match s.first(s.first_words(it.head.clone(), 2), cues::PART | cues::ACTIVE) {
                    Some(p) => Verdict::Is(Reading::sure(
                        Metric::Participants,
                        "level-of-change",
                        Some(p.words.clone()),
                    )),
                    None => Verdict::Open,
                },
            };
        } else if cue & (cues::TARGET | cues::AIM) != 0 {
            Metric::TargetParticipants
        } else if cue & cues::WORKFORCE != 0 {
            Metric::Workforce
        } else if cue & cues::POPULATION != 0 {
            // The population is the workforce of health insurance (JKN) only;
            // a region's population is not its workforce.
            if !s.has(0..s.toks.len(), cues::JKN) && !jkn_context(s) {
                return Verdict::Not(Why::Population);
            }
            Metric::Workforce
        } else {
            Metric::Participants
        };
        let rule = match m {
            Metric::TargetParticipants => "target-words",
            Metric::Workforce => "workforce-words",
            _ => "participant-words",
        };
        // `capaian 43,7 ribu pekerja`: a word for coverage before a count says
        // it was reached, less surely than a word for registration.
        if cue & (cues::PART | cues::ACTIVE | cues::TARGET | cues::AIM | cues::WORKFORCE | cues::POPULATION)
            == 0
        {
            return Verdict::Is(Reading::doubtful(
                m,
                "reached-words",
                Some(words),
                "a count after a word for coverage or achievement",
            ));
        }
        return Verdict::Is(Reading::sure(m, rule, Some(words)));
    }
    if s.first(head_start.clone(), cues::FLOW).is_some() && !s.has(0..s.figs[k], cues::TARGET | cues::AIM) {
        return Verdict::Not(Why::Addition);
    }
    // A target named earlier in the sentence (`ditargetkan ... meraih 126.000
    // tenaga kerja, dengan pembagian peserta formal 109.927`), or after the
    // figure (`Sejuta pekerja ... diharapkan dapat terlindungi`).
    if let Some(h) = target_before(s, k) {
        return Verdict::Is(Reading::sure(Metric::TargetParticipants, "target-earlier", Some(h)));
    }
    let own_tail = {
        let t = it.tail.clone();
        let end =
            s.hits_in(t.clone()).find(|h| h.cues & cues::CONTINUE != 0).map_or(t.end, |h| h.words.start);
        t.start..end
    };
    if let Some(h) = s.first(s.first_words(own_tail.clone(), 6), cues::TARGET | cues::AIM) {
        if !s.has(it.tail.start..h.words.start, cues::REACHED | cues::PART)
            || s.has(s.first_words(it.head.clone(), 1), cues::PERSON)
        {
            return Verdict::Is(Reading::sure(
                Metric::TargetParticipants,
                "target-words-after",
                Some(h.words.clone()),
            ));
        }
    }
    // `987.949 orang penduduk ... sudah terdaftar sebagai peserta`: the
    // predicate outranks the noun.
    if let Some(p) = s.hits_in(it.head.clone()).find(|h| {
        h.cues & (cues::PART | cues::ACTIVE) != 0 && s.word_count(it.head.start..h.words.start) < 10
    }) {
        let before = s.last_words(it.head.start..p.words.start, 1);
        let marked = s.has(before.clone(), cues::REACHED)
            || s.words_in(before).any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("yang")));
        if marked && !s.has(it.head.start..p.words.start, cues::OF | cues::NEG) {
            return Verdict::Is(Reading::sure(
                Metric::Participants,
                "participant-predicate",
                Some(p.words.clone()),
            ));
        }
    }
    // The noun after the figure.
    let workforce = cues::WORKFORCE | cues::POPULATION;
    let head6 = s.first_words(it.head.clone(), 5);
    let w_after =
        s.first(head6.clone(), workforce).filter(|w| !s.has(it.head.start..w.words.start, cues::OF));
    let p_after = s.first(head6.clone(), cues::PART | cues::ACTIVE);
    // `terdapat 753.088 pekerja ... dari total potensi tersebut`: the part of a
    // whole named after it.
    // (An aside in parentheses is not the figure's own: `63 million workers
    // (around half of total active population)`.)
    let paren =
        (it.tail.start..it.tail.end).find(|&t| s.toks[t].kind == TokKind::Punct(b'(')).unwrap_or(it.tail.end);
    let whole_after = s
        .first(s.first_words(it.tail.start..paren, 8), cues::OF)
        .is_some_and(|of| s.has(s.first_words(of.words.end..it.tail.end, 3), workforce | cues::TOTAL));
    if let Some(w) = w_after {
        if p_after.is_none_or(|p| p.words.start > w.words.start) {
            return Verdict::Is(Reading::sure(Metric::Workforce, "workforce-noun", Some(w.words.clone())));
        }
    }
    if let Some(p) = p_after {
        return Verdict::Is(Reading::sure(
            Metric::Participants,
            "participant-words-after",
            Some(p.words.clone()),
        ));
    }
    // `yang sudah terdaftar` further along the figure's clause.
    if let Some(p) = s.first(s.first_words(it.head.clone(), 8), cues::PART | cues::ACTIVE) {
        if !s.has(it.head.start..p.words.start, cues::OF) {
            return Verdict::Is(Reading::sure(
                Metric::Participants,
                "participant-words-after",
                Some(p.words.clone()),
            ));
        }
    }
    if whole_after {
        let h = s.first(s.first_words(it.tail.clone(), 8), cues::OF).map(|h| h.words.clone());
        return Verdict::Is(Reading::sure(Metric::Participants, "part-of-potential", h));
    }
    // `13.925 pekerja migran (PMI) asal Kabupaten Lombok Timur yang berangkat
    // sepanjang 2024 tercatat sebagai peserta`: the predicate further along,
    // before any other figure or conjunction.
    if let Some(p) = s.first(own_tail.clone(), cues::PART) {
        let between = own_tail.start..p.words.start;
        let broken = (between.clone()).any(|t| matches!(s.toks[t].kind, TokKind::Punct(b',' | b';' | b':')));
        if !broken
            && !s.has(between, cues::OF | cues::NEG | cues::TARGET | cues::AIM)
            && s.word_count(own_tail.start..p.words.start) <= 14
        {
            return Verdict::Is(Reading::sure(
                Metric::Participants,
                "participant-predicate-later",
                Some(p.words.clone()),
            ));
        }
    }
    // `dari total 503.582 orang tenaga kerja`: the whole a figure before is part of.
    let opener = s.last_words(it.near.clone(), 2);
    if s.has(opener.clone(), cues::OF)
        && s.has(opener.clone(), cues::TOTAL)
        && !s.has(s.first_words(it.head.clone(), 4), cues::PART | cues::ACTIVE)
    {
        return Verdict::Is(Reading::sure(Metric::Workforce, "whole-after-dari-total", Some(opener)));
    }
    // `jumlahnya mencapai 205 ribu orang` said of a group of workers in a
    // sentence that says nothing of registration: how many workers there are.
    // (`jika digabungkan dengan pekerja informal sebanyak 2 juta orang`: an addend.)
    let combined = s.last(it.near.clone(), cues::COMBINED);
    if let Some(t) = s.last(s.last_words(it.near.clone(), 4), cues::TOTAL).or(combined) {
        let people = s.has(head_start, cues::PERSON) || unit_is(&["orang", "jiwa", "pekerja"]);
        let scope = if combined.is_some() { it.clause.clone() } else { sentence };
        if people && !s.has(scope, cues::PART | cues::ACTIVE | cues::UNCOVERED | cues::BENEFIT) {
            return Verdict::Is(Reading::doubtful(
                Metric::Workforce,
                "total-of-workers",
                Some(t.words.clone()),
                "a total of workers read as the workforce; the sentence names no measure",
            ));
        }
    }
    Verdict::Open
}

/// The head of the noun phrase that ends `r` (a figure's lead): the last cue
/// of `cues` in `r`, walked back over the cue words right before it (`potensi
/// peserta`, `target peserta`, `tambahan peserta`), stopping at words that
/// carry none. Returns the head's cues and words.
fn phrase_head(s: &Sentence, r: Range<usize>, want: Cues) -> Option<(Cues, Range<usize>)> {
    let hits: Vec<&cues::Hit> = s.hits_in(r.clone()).collect();
    let last = hits.iter().rposition(|h| h.cues & want != 0)?;
    let mut head = last;
    // Walk back over adjacent metric words; modifiers (`PU`, `BPJS
    // Ketenagakerjaan`, `sektor`) may stand between.
    let mut i = last;
    while i > 0 {
        let prev = hits[i - 1];
        let between = prev.words.end..hits[i].words.start;
        // `target tahun ini untuk peserta PU`: a preposition joins the phrase.
        let joined = s.word_count(between.clone()) == 0
            || (s.word_count(between.clone()) == 1
                && s.words_in(between).any(|t| {
                    s.word(t)
                        .is_some_and(|w| ["untuk", "bagi", "for"].iter().any(|x| w.eq_ignore_ascii_case(x)))
                }));
        if !joined || prev.cues & (cues::REACHED | cues::NEG | cues::OF) != 0 {
            break;
        }
        if prev.cues & want != 0 {
            head = i - 1;
        } else if prev.cues & (cues::SEGMENTS | cues::JAMSOSTEK | cues::JKN | cues::PERSON | cues::TOTAL) == 0
        {
            break;
        }
        i -= 1;
    }
    // Within the phrase a target, an addition or a potential outranks a word
    // of registration (`target peserta`, `tambahan peserta`, `potensi peserta`).
    for rank in [cues::WORKFORCE, cues::TARGET, cues::FLOW, cues::GROWTH | cues::DECLINE, cues::POPULATION] {
        if rank & want == 0 {
            continue;
        }
        if let Some(h) = hits[head..=last].iter().find(|h| h.cues & rank != 0) {
            return Some((rank, h.words.clone()));
        }
    }
    Some((hits[head].cues & want, hits[head].words.clone()))
}

/// Settles figures `k` and `k + 1` by their relation.
fn relate(s: &Sentence, k: usize, quantities: &[Quantity], v: &mut [Verdict]) {
    let qa = &quantities[s.quantity(k)];
    let qb = &quantities[s.quantity(k + 1)];
    let rel = s.rel[k];
    let gap = s.gap(k);
    let cue = Some((gap.start, gap.end));
    match rel {
        Relation::Restates => {
            // A count and its rate: each takes its meaning from the other.
            let (pk, ck) = match (qa.kind, qb.kind) {
                (Kind::Percent, Kind::Count) => (k, k + 1),
                (Kind::Count, Kind::Percent) => (k + 1, k),
                (Kind::Money, Kind::Money) => {
                    match (v[k], v[k + 1]) {
                        (Verdict::Is(a), Verdict::Open) => {
                            v[k + 1] = Verdict::Is(Reading { rule: "restated", cue: None, ..a })
                        }
                        (Verdict::Open, Verdict::Is(b)) => {
                            v[k] = Verdict::Is(Reading { rule: "restated", cue: None, ..b })
                        }
                        _ => {}
                    }
                    return;
                }
                _ => return,
            };
            let rate_of = |m: Metric| match m {
                Metric::Participants => Some(Metric::CoverageRate),
                Metric::Uncovered => Some(Metric::UncoveredRate),
                Metric::TargetParticipants => Some(Metric::TargetRate),
                _ => None,
            };
            let count_of = |m: Metric| match m {
                Metric::CoverageRate => Some(Metric::Participants),
                Metric::UncoveredRate => Some(Metric::Uncovered),
                Metric::TargetRate => Some(Metric::TargetParticipants),
                _ => None,
            };
            // `target ... PU sebanyak 382.124 atau baru mencapai 69 persen`, `dari
            // target 53.390 peserta ... baru teralisasi 39.421 atau 73 persen`:
            // the share of a target reached, not coverage.
            let count_is_target = matches!(v[ck], Verdict::Is(r) if r.metric == Metric::TargetParticipants);
            let target_before =
                (0..ck).any(|j| matches!(v[j], Verdict::Is(r) if r.metric == Metric::TargetParticipants));
            let count_reached = matches!(v[ck], Verdict::Is(r) if r.metric == Metric::Participants);
            let reached = s.words_in(s.near_lead(pk)).any(|t| {
                s.word(t).is_some_and(|w| {
                    ["baru", "sudah", "mencapai", "melampaui", "terealisasi", "teralisasi", "tercapai"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
                })
            });
            if (count_is_target && reached) || (target_before && count_reached) {
                v[pk] = Verdict::Not(Why::TargetShare);
                return;
            }
            // `1.200.000 pekerja terdaftar dari total 2.000.000 pekerja, atau 60
            // persen`: the rate after a whole restates the part's share of it.
            let share_of_part = pk == k + 1
                && k > 0
                && s.rel[k - 1] == Relation::PartOfNext
                && matches!(v[k - 1], Verdict::Is(r) if r.metric == Metric::Participants);
            match (v[pk], v[ck]) {
                (Verdict::Is(_) | Verdict::Open | Verdict::Not(_), Verdict::Is(c))
                    if c.metric == Metric::Workforce && share_of_part =>
                {
                    v[pk] = Verdict::Is(Reading::sure(Metric::CoverageRate, "share-of-part-restated", None));
                }
                // `81,33 juta orang atau 59,97 persen` of the workers: a share, not coverage.
                (Verdict::Is(p), Verdict::Is(c))
                    if c.metric == Metric::Workforce
                        && p.metric == Metric::CoverageRate
                        && p.rule != "coverage-words" =>
                {
                    v[pk] = Verdict::Not(Why::ShareOfWorkforce);
                }
                (Verdict::Is(p), Verdict::Is(c)) => {
                    // The count's own words decide against a rate read from the sentence.
                    if let Some(m) = rate_of(c.metric) {
                        if m != p.metric && p.rule.starts_with("coverage") {
                            v[pk] = Verdict::Is(Reading {
                                metric: m,
                                rule: "rate-of-count",
                                cue,
                                doubt: c.doubt,
                            });
                        }
                    }
                }
                (Verdict::Open, Verdict::Is(c)) | (Verdict::Not(_), Verdict::Is(c))
                    if matches!(v[pk], Verdict::Open) =>
                {
                    if let Some(m) = rate_of(c.metric) {
                        v[pk] =
                            Verdict::Is(Reading { metric: m, rule: "rate-of-count", cue, doubt: c.doubt });
                    }
                }
                (Verdict::Is(p), Verdict::Open) => {
                    if let Some(m) = count_of(p.metric) {
                        v[ck] =
                            Verdict::Is(Reading { metric: m, rule: "count-of-rate", cue, doubt: p.doubt });
                    }
                }
                _ => {}
            }
        }
        Relation::PartOfNext => {
            // `X persen dari Y`, `X dari Y pekerja`: Y is the whole.
            let whole_words = s.first_words(gap.clone(), 6);
            let whole_is_target = s.has(whole_words.clone(), cues::TARGET);
            // Words after the whole (`dari 5 juta tenaga kerja di Sumut terdaftar
            // sebagai peserta`) are the part's predicate, not the whole's; a
            // target named earlier in the sentence is not the whole's either.
            // (`1.200.000 pekerja terdaftar dari total 2.000.000 pekerja`: the
            // part's word before `dari` is no word of the whole's.)
            let of_at = s.first(gap.clone(), cues::OF).map_or(gap.end, |h| h.words.start);
            let weak = |v: &Verdict| {
                matches!(v, Verdict::Open)
                    || matches!(v, Verdict::Is(r) if matches!(r.rule, "participant-words-after" | "participant-predicate" | "participant-predicate-later" | "target-earlier" | "target-words-after"))
                    || matches!(v, Verdict::Is(r) if r.metric == Metric::Participants && r.cue.is_some_and(|(a, _)| a < of_at))
            };
            if qb.kind == Kind::Count && weak(&v[k + 1]) && !whole_is_target {
                let part_ok = match v[k] {
                    Verdict::Is(r) => matches!(
                        r.metric,
                        Metric::CoverageRate
                            | Metric::Participants
                            | Metric::Uncovered
                            | Metric::UncoveredRate
                    ),
                    Verdict::Open => qa.kind == Kind::Count,
                    Verdict::Not(_) => false,
                };
                if part_ok {
                    v[k + 1] =
                        Verdict::Is(Reading::sure(Metric::Workforce, "whole-of-part", Some(gap.clone())));
                }
            }
            if qa.kind == Kind::Percent
                && matches!(v[k], Verdict::Open)
                && !whole_is_target
                && (matches!(v[k + 1], Verdict::Is(r) if r.metric == Metric::Workforce)
                    || matches!(v[k + 1], Verdict::Open))
            {
                v[k] = Verdict::Is(Reading::sure(Metric::CoverageRate, "share-of-whole", Some(gap.clone())));
            }
            if qa.kind == Kind::Count
                && matches!(v[k], Verdict::Open)
                && matches!(v[k + 1], Verdict::Is(r) if r.metric == Metric::Workforce)
            {
                v[k] = Verdict::Is(Reading::sure(Metric::Participants, "part-of-whole", Some(gap)));
            }
        }
        Relation::WholeOfNext => {
            // `dari X pekerja, baru Y`: X is the whole, Y the part.
            if qa.kind != Kind::Count {
                return;
            }
            if matches!(v[k + 1], Verdict::Is(r) if r.rule == "breakdown-of-whole") {
                return;
            }
            let part_is = |v: &Verdict, m: &[Metric]| matches!(v, Verdict::Is(r) if m.contains(&r.metric));
            let part_open = matches!(v[k + 1], Verdict::Open);
            // `dari total 753.088 pekerja yang menjadi peserta, 434.580 merupakan
            // pekerja jasa konstruksi`: a part that only names its segment breaks
            // the whole down; it counts what the whole counts.
            let part_head = s.first_words(s.head(k + 1), 4);
            let breakdown = !s
                .has(s.last_words(s.near_lead(k + 1), 4), cues::PART | cues::ACTIVE | cues::REACHED)
                && s.has(part_head, cues::SEGMENTS);
            if let (Verdict::Is(w), Verdict::Open, true) = (v[k], v[k + 1], breakdown) {
                if qb.kind == Kind::Count && fits_kind(w.metric, Kind::Count) {
                    v[k + 1] = Verdict::Is(Reading {
                        rule: "breakdown-of-whole",
                        cue: Some((gap.start, gap.end)),
                        ..w
                    });
                    return;
                }
            }
            if let (Verdict::Is(w), true) = (v[k], part_open) {
                if w.metric == Metric::Workforce {
                    let m =
                        if qb.kind == Kind::Percent { Metric::CoverageRate } else { Metric::Participants };
                    v[k + 1] = Verdict::Is(Reading::sure(m, "part-after-whole", Some(gap)));
                    return;
                }
            }
            let whole_open_or_people = match v[k] {
                Verdict::Open => true,
                Verdict::Is(r) => matches!(r.metric, Metric::Participants) && r.rule != "target-words",
                Verdict::Not(_) => false,
            };
            if whole_open_or_people
                && (part_open
                    || part_is(&v[k + 1], &[Metric::Participants, Metric::CoverageRate, Metric::Uncovered]))
            {
                if part_is(&v[k + 1], &[Metric::TargetParticipants]) {
                    return;
                }
                v[k] =
                    Verdict::Is(Reading::sure(Metric::Workforce, "whole-before-part", Some(s.near_lead(k))));
                if part_open {
                    let m =
                        if qb.kind == Kind::Percent { Metric::CoverageRate } else { Metric::Participants };
                    v[k + 1] = Verdict::Is(Reading::sure(m, "part-after-whole", Some(gap)));
                }
            }
        }
        // `menargetkan ... dari 16,08 persen menjadi 20 persen`: the first is where it stands.
        Relation::ChangesTo if matches!((v[k], v[k + 1]), (Verdict::Is(a), Verdict::Is(b)) if is_target(a.metric) && is_target(b.metric)) =>
        {
            let current = if qa.kind == Kind::Percent { Metric::CoverageRate } else { Metric::Participants };
            v[k] = Verdict::Is(Reading::sure(current, "changes-from-current", cue.map(|(a, b)| a..b)));
        }
        Relation::ChangesTo => match (v[k], v[k + 1]) {
            (Verdict::Is(a), Verdict::Open) => {
                v[k + 1] = Verdict::Is(Reading { rule: "changes-to", cue, ..a })
            }
            (Verdict::Open, Verdict::Is(b)) => v[k] = Verdict::Is(Reading { rule: "changes-from", cue, ..b }),
            _ => {}
        },
        Relation::Next | Relation::None => {}
    }
}

/// The sentence's cue words when the figure's own say nothing.
fn sentence_wide(s: &Sentence, k: usize, q: &Quantity) -> Option<Reading> {
    let all = 0..s.toks.len();
    let why = "decided by words elsewhere in the sentence";
    match q.kind {
        Kind::Count => {
            if !counts_people_or_bare(s, k, q) {
                return None;
            }
            // The nearest measure named before the figure in its sentence.
            let want = cues::TARGET
                | cues::WORKFORCE
                | cues::POPULATION
                | cues::PART
                | cues::ACTIVE
                | cues::UNCOVERED
                | cues::COVERAGE;
            let (cue, words) = phrase_head(s, 0..s.figs[k], want)?;
            // `belum 100% pekerjanya terdaftar`: registered, negated.
            let negated =
                cue & (cues::PART | cues::ACTIVE) != 0 && s.has(s.last_words(0..words.start, 4), cues::NEG);
            let m = if cue & cues::UNCOVERED != 0 || negated {
                Metric::Uncovered
            } else if cue & cues::TARGET != 0 {
                Metric::TargetParticipants
            } else if cue & (cues::WORKFORCE | cues::POPULATION) != 0 {
                Metric::Workforce
            } else {
                Metric::Participants
            };
            let _ = all;
            // `peserta ... terdiri atas berbagai jenis pekerja, termasuk pekerja
            // formal sebanyak X`: the items of a breakdown of the subject.
            if s.has(words.end..s.figs[k], cues::AMONG) {
                return Some(Reading::sure(m, "breakdown-of-subject", Some(words)));
            }
            Some(Reading::doubtful(m, "sentence-words", Some(words), why))
        }
        Kind::Percent => {
            if !percent_may_be_coverage(s, k, q) {
                return None;
            }
            s.first(all, cues::COVERAGE | cues::PART | cues::ACTIVE).map(|h| {
                Reading::doubtful(Metric::CoverageRate, "sentence-words", Some(h.words.clone()), why)
            })
        }
        Kind::Money => None,
    }
}

/// Could a percentage with no words of its own be a coverage rate?
fn percent_may_be_coverage(s: &Sentence, k: usize, q: &Quantity) -> bool {
    let it = item(s, k);
    q.value > 0.0
        && q.value <= 200.0
        && !s.has(s.first_words(it.head.clone(), 3), cues::BLOCK | cues::RATE_OF_WAGE)
        && !s.has(s.last_words(it.near.clone(), 3), cues::HYPO | cues::BLOCK)
}

/// The segment words in a token range, when they name exactly one segment
/// (`All` when they name several: `formal maupun informal`).
fn segment_in(s: &Sentence, r: Range<usize>) -> Option<(Segment, Range<usize>)> {
    let mut found: Option<(Segment, Range<usize>)> = None;
    // `digabungkan`: all segments together, unless a segment follows
    // (`digabungkan dengan pekerja informal sebanyak 2 juta`: those are informal).
    let mut combined: Option<Range<usize>> = None;
    let mut several = false;
    for h in s.hits_in(r) {
        // `penerima upah di luar jasa konstruksi dan PMI`: what follows is left out.
        if h.cues & cues::EXCEPT != 0 && found.is_some() {
            break;
        }
        if h.cues & cues::COMBINED != 0 {
            combined = Some(h.words.clone());
            continue;
        }
        let seg = if h.cues & cues::INFORMAL != 0 {
            Segment::Informal
        } else if h.cues & cues::FORMAL != 0 {
            Segment::Formal
        } else if h.cues & cues::CONSTRUCTION != 0 {
            Segment::Construction
        } else if h.cues & cues::MIGRANT != 0 {
            Segment::Migrant
        } else if h.cues & cues::NON_PBI != 0 {
            Segment::NonPbi
        } else if h.cues & cues::PBI != 0 {
            Segment::Pbi
        } else {
            continue;
        };
        match &found {
            Some((f, _)) if *f != seg => several = true,
            Some(_) => {}
            None => found = Some((seg, h.words.clone())),
        }
    }
    if several {
        return found.map(|(_, r)| (Segment::All, r));
    }
    // `di sektor formal dan informal`: the pair goes on past the range's end.
    if let Some((seg, w)) = &found {
        let next = s.words_in(w.end..s.toks.len()).next();
        let joined = next.and_then(|t| s.word(t)).is_some_and(|x| {
            ["dan", "maupun", "serta", "atau", "and", "or"].iter().any(|c| x.eq_ignore_ascii_case(c))
        });
        let other = next.and_then(|t| s.hits_in(t + 1..s.toks.len()).next()).filter(|h| {
            let gap = next.map_or(0, |t| t + 1)..h.words.start;
            s.word_count(gap.clone()) <= 1
                && !s.figs.iter().any(|f| gap.contains(f))
                && h.cues & (cues::INFORMAL | cues::FORMAL) != 0
                && (h.cues & cues::INFORMAL != 0) != (*seg == Segment::Informal)
        });
        if joined && other.is_some() && matches!(seg, Segment::Formal | Segment::Informal) {
            return Some((Segment::All, w.clone()));
        }
    }
    match (found, combined) {
        (Some((seg, w)), Some(c)) if w.start > c.start => Some((seg, w)),
        (_, Some(c)) => Some((Segment::All, c)),
        (found, None) => found,
    }
}

/// The program words in a token range nearest to token `t`.
fn program_in(s: &Sentence, r: Range<usize>, t: usize) -> Option<(Program, Range<usize>)> {
    s.hits_in(r)
        .filter_map(|h| {
            let p = if h.cues & cues::JHT != 0 {
                Program::Jht
            } else if h.cues & cues::JKK != 0 {
                Program::Jkk
            } else if h.cues & cues::JKM != 0 {
                Program::Jkm
            } else if h.cues & cues::JKP != 0 {
                Program::Jkp
            } else if h.cues & cues::JP != 0 {
                Program::Jp
            } else if h.cues & cues::BEASISWA != 0 {
                Program::Beasiswa
            } else {
                return None;
            };
            Some((p, h.words.clone()))
        })
        .min_by_key(|(_, w)| if w.start > t { w.start - t } else { t - w.end + 1 })
}

/// Builds the fact (or, for a rate shared by a list of places, the facts) of
/// figure `k` read as `r`.
#[allow(clippy::too_many_arguments)]
fn build(
    input: &Input,
    attribution: &regions::Attribution,
    s: &Sentence,
    k: usize,
    q: &Quantity,
    r: &Reading,
    facts: &[Fact],
    first_new: usize,
    memory: &Memory,
    lead: Option<&Period>,
    doc_scheme: Scheme,
) -> Vec<Fact> {
    let si = s.index;
    let it = item(s, k);
    let fig = s.figs[k];
    let mut because = Vec::new();
    let cue_span = r.cue.map(|(a, b)| s.span(a..b)).unwrap_or(0..0);
    because.push(Because { role: "metric", rule: r.rule, range: cue_span });
    // `sebanyak 58,39 pekerja formal ... belum terlindungi`: a decimal cannot
    // count workers; it is a rate printed without `persen`.
    let as_rate = q.kind == Kind::Count
        && q.reading.is_none()
        && q.value < 100.0
        && q.value.fract() != 0.0
        && q.step >= 0.01
        && matches!(r.metric, Metric::Participants | Metric::Uncovered);
    let (metric, kind) = match (as_rate, r.metric) {
        (true, Metric::Participants) => (Metric::CoverageRate, Kind::Percent),
        (true, _) => (Metric::UncoveredRate, Kind::Percent),
        (false, m) => (m, q.kind),
    };
    if as_rate {
        because.push(Because { role: "metric", rule: "decimal-count-is-a-rate", range: q.range.clone() });
    }
    let prev_here = facts[first_new..].iter().rev().find(|f| f.sentence == si);

    // Segment: the figure's own words (its item, then its head), then its
    // partner in a relation, then the list or sentence it belongs to.
    // The item's own words after its `dari` (`... jasa konstruksi dari semesta
    // Coverage sebesar X`: the segments before `dari` are the part's).
    let own_near = match s.last(it.near.clone(), cues::OF) {
        Some(of)
            if s.has(
                s.first_words(of.words.end..it.near.end, 3),
                cues::WORKFORCE | cues::TOTAL | cues::POPULATION,
            ) =>
        {
            of.words.end..it.near.end
        }
        _ => it.near.clone(),
    };
    // The head up to its conjunction, unless the conjunction joins two
    // segments (`formal dan informal`).
    let seg_head = {
        let full = s.head(k);
        let own = it.head.clone();
        let joined = own.end < full.end
            && s.has(s.last_words(own.clone(), 1), cues::SEGMENTS)
            && s.has(s.first_words(own.end..full.end, 2), cues::SEGMENTS);
        if joined {
            full
        } else {
            own
        }
    };
    // `1.159.887 pekerja baik dari sektor penerima upah, bukan penerima upah
    // dan juga jasa konstruksi`: `baik` lists every segment it names.
    let both = s
        .words_in(seg_head.clone())
        .take(4)
        .any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("baik")));
    let seg_head =
        if both { seg_head.start..s.first_words(seg_head.start..s.toks.len(), 14).end } else { seg_head };
    let seg_item = segment_in(s, own_near)
        .or_else(|| segment_in(s, seg_head))
        .or_else(|| {
            // Before the clause break: the words since the figure before it
            // and its own head (`tenaga kerja formal se-Jabar, setidaknya baru X`).
            let from = if k == 0 { 0 } else { s.head(k - 1).end.min(fig) };
            segment_in(s, from..fig)
        })
        .or_else(|| {
            // `sekitar 61 persen atau 460.000 pekerja di perusahaan`: the figure
            // that restates this one names its workers.
            (k + 1 < s.figs.len() && s.rel[k] == Relation::Restates)
                .then(|| segment_in(s, s.head(k + 1)))
                .flatten()
        })
        .or_else(|| {
            // `48,7 persen dari total PMI yang terdaftar ..., yakni 750.498 orang`:
            // the figure names the base the one before it was a share of.
            let base_before = k > 0 && s.has(s.first_words(s.head(k - 1), 1), cues::OF);
            (base_before && s.has(it.near.clone(), cues::APPOS | cues::AMONG))
                .then(|| segment_in(s, s.head(k - 1)))
                .flatten()
        });
    let partner =
        |j: usize| facts[first_new..].iter().find(|f| f.spans[0] == input.quantities[s.quantity(j)].range);
    // `101 ribu pekerja jakon, dengan capaian saat ini 43,7 ribu pekerja`:
    // what has been reached of the figure before is about the same workers.
    let with_reached = k > 0
        && s.words_in(it.near.clone())
            .next()
            .and_then(|t| s.word(t))
            .is_some_and(|w| w.eq_ignore_ascii_case("dengan"))
        && s.has(it.near.clone(), cues::REACHED | cues::COVERAGE);
    let related = (k > 0
        && (matches!(s.rel[k - 1], Relation::Restates | Relation::PartOfNext | Relation::WholeOfNext)
            || with_reached))
        .then(|| partner(k - 1))
        .flatten();
    // A sum paid to the count just before it, in one clause (`70 kasus
    // dengan total Rp 1,28 miliar`): that count's segment (and below, the
    // program that introduces the count).
    let sum_paid_to_count = k > 0
        && metric == Metric::BenefitsPaid
        && input.quantities[s.quantity(k - 1)].kind == Kind::Count
        && s.clause(s.figs[k]).contains(&s.figs[k - 1]);
    let paid_to = sum_paid_to_count.then_some(prev_here).flatten().filter(|f| {
        f.metric == Metric::Beneficiaries
            && f.spans.first().is_some_and(|r| *r == input.quantities[s.quantity(k - 1)].range)
    });
    let segment = match seg_item {
        Some((seg, w)) => {
            because.push(Because { role: "segment", rule: "segment-words", range: s.span(w) });
            Some(seg)
        }
        None if paid_to.is_some_and(|f| f.segment != Segment::All) => {
            because.push(Because { role: "segment", rule: "segment-of-count-paid", range: 0..0 });
            paid_to.map(|f| f.segment)
        }
        None => related
            // `hanya sekitar 20 persen dari total pekerja yang ada`: a rate of
            // all the workers, whatever the figure before counted.
            .filter(|_| !of_all_workers(s, &it))
            .map(|f| {
                because.push(Because { role: "segment", rule: "segment-of-related", range: 0..0 });
                f.segment
            })
            .or_else(|| {
                // `13.245 perusahaan dengan 485.215 tenaga kerja`: the workers of
                // companies earn wages.
                let with = s.words_in(s.last_words(it.near.clone(), 3)).any(|t| {
                    s.word(t).is_some_and(|w| {
                        ["dengan", "yakni", "yaitu"].iter().any(|x| w.eq_ignore_ascii_case(x))
                    })
                });
                let of_employers = (0..k)
                    .rev()
                    .find(|&j| input.quantities[s.quantity(j)].kind == Kind::Count)
                    .and_then(partner)
                    .is_some_and(|f| f.metric == Metric::Employers);
                (with && of_employers && metric.counts_people()).then(|| {
                    because.push(Because { role: "segment", rule: "workers-of-employers", range: 0..0 });
                    Segment::Formal
                })
            })
            .or_else(|| {
                // `dari sektor itu`, `segmen tersebut`: the segment last named.
                let same_paragraph = memory.paragraph == input.segments.sentences[si].paragraph;
                let backref = s.hits_in(it.lead.clone()).any(|h| {
                    h.cues & cues::BACKREF != 0
                        && s.last_words(0..h.words.start, 1).any(|t| {
                            s.word(t).is_some_and(|w| {
                                ["sektor", "segmen", "kelompok", "kategori", "sector", "segment"]
                                    .iter()
                                    .any(|x| w.eq_ignore_ascii_case(x))
                            })
                        })
                });
                (backref && same_paragraph).then_some(memory.last_segment).flatten().inspect(|_| {
                    because.push(Because { role: "segment", rule: "segment-named-before", range: 0..0 })
                })
            })
            .or_else(|| {
                // `Dari jumlah tersebut`: the segment of the sentence before.
                let opener = continues_previous(s).is_some()
                    || s.first(s.first_words(0..s.toks.len(), 6), cues::BACKREF).is_some_and(|h| {
                        s.word_count(0..h.words.start) <= 4
                            && s.has(s.last_words(0..h.words.start, 1), cues::PLACES)
                    });
                let of_total = s.has(it.near.start..it.tail.end, cues::TOTAL)
                    && s.has(it.near.start..it.tail.end, cues::OF)
                    || of_all_workers(s, &it);
                let adjacent = memory.sentence.is_some_and(|p| p + 1 == si);
                // `Dari jumlah itu`: a breakdown of the sentence's subject,
                // whatever else the sentence before listed.
                let among = s.has(s.first_words(0..s.toks.len(), 3), cues::AMONG);
                let subject_segment = memory
                    .subject
                    .and_then(|i| facts.get(i))
                    .map(|f| f.segment)
                    .filter(|seg| among && *seg != Segment::All);
                // `jika digabungkan dengan tenaga kerja informal ..., kepesertaan
                // hanya 10,9 persen`: all the segments together.
                let combined = s.has(0..fig, cues::COMBINED);
                (opener
                    && !of_total
                    && !combined
                    && (adjacent || memory.paragraph == input.segments.sentences[si].paragraph))
                    .then_some(memory.segment.or(subject_segment))
                    .flatten()
                    .inspect(|_| {
                        because.push(Because {
                            role: "segment",
                            rule: "segment-of-sentence-before",
                            range: 0..0,
                        })
                    })
            })
            .or_else(|| {
                // A sentence that names one segment before its first figure
                // speaks of it throughout (`Potensi coverage formal berjumlah X
                // jiwa dan yang terdaftar Y jiwa`), except of a whole it breaks down.
                let whole = k < s.rel.len() && s.rel[k] == Relation::WholeOfNext
                    || s.has(s.last_words(it.near.clone(), 3), cues::TOTAL);
                let subject = 0..s.figs[0];
                let combined = s.has(subject.clone(), cues::COMBINED);
                (!whole && !combined)
                    .then(|| segment_in(s, subject))
                    .flatten()
                    .filter(|(seg, _)| *seg != Segment::All)
                    .map(|(seg, w)| {
                        because.push(Because {
                            role: "segment",
                            rule: "segment-of-sentence",
                            range: s.span(w),
                        });
                        seg
                    })
            }),
    };
    let segment = segment
        .filter(|_| {
            !matches!(metric, Metric::Employers | Metric::Contributions | Metric::Dues | Metric::Projects)
        })
        .unwrap_or(if metric == Metric::Projects {
            Segment::Construction
        } else if metric == Metric::Dues {
            Segment::Informal
        } else {
            Segment::All
        });

    // Program, for money paid and its beneficiaries, and for the change of a
    // sum a program paid (`klaim JHT ... tumbuh 17%`).
    let growth_program = (metric == Metric::GrowthRate)
        .then(|| {
            program_in(s, it.near.start..it.head.end, fig)
                .map(|(p, _)| p)
                .or_else(|| prev_here.filter(|p| p.metric.has_program()).and_then(|p| p.program))
                .or_else(|| {
                    let money_before =
                        (0..k).rev().any(|j| input.quantities[s.quantity(j)].kind == Kind::Money);
                    (!money_before && s.has(0..s.toks.len(), cues::BENEFIT | cues::CASE))
                        .then(|| program_in(s, 0..s.toks.len(), fig).map(|(p, _)| p))
                        .flatten()
                        .or(memory.program.filter(|_| s.has(0..s.toks.len(), cues::BENEFIT | cues::CASE)))
                })
        })
        .flatten()
        .filter(|p| *p != Program::All);
    let program = metric.has_program().then(|| {
        // `9.195 klaim diikuti klaim Kecelakaan Kerja`: the item ends where the
        // next one is introduced.
        let next_item = s.words_in(it.head.clone()).find(|&t| {
            s.word(t).is_some_and(|w| {
                [
                    "diikuti",
                    "disusul",
                    "kemudian",
                    "lalu",
                    "sedangkan",
                    "sementara",
                    "followed",
                    "tersebut",
                    "itu",
                    "maka",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
            })
        });
        let item_range = it.near.start..next_item.unwrap_or(it.head.end);
        // `dari total Rp 583,74 miliar tersebut`: a figure that refers back
        // takes no program from the words before it.
        let refers_back = s.has(s.first_words(s.head(k), 1), cues::BACKREF);
        match program_in(s, item_range, fig)
            .or_else(|| (!refers_back).then(|| program_in(s, it.lead.clone(), fig)).flatten())
        {
            Some((p, w)) => {
                because.push(Because { role: "program", rule: "program-words", range: s.span(w) });
                p
            }
            None => {
                // A sum paid after the count it was paid to, in one clause
                // (`JKM untuk 766 tenaga kerja dengan total klaim Rp 20,7 miliar`):
                // the program that introduces the count.
                let paid_to = sum_paid_to_count.then(|| program_in(s, s.near_lead(k - 1), fig)).flatten();
                // One program named before the figure and no other in the
                // sentence (`klaim jaminan pensiun (JP) turun 8% yakni 130.870
                // dengan nominal Rp 649,41 miliar`): the sentence's program.
                // Not for a new item of a list (`..., dan jasa konstruksi 18
                // kasus`), nor for the sum paid to one.
                // (An item's own words open with its conjunction, see [`item`].)
                let opens_item = |near: Range<usize>| {
                    s.hits_in(near.clone())
                        .any(|h| h.words.start == near.start && h.cues & cues::CONTINUE != 0)
                };
                let new_item = k > 0 && opens_item(it.near.clone());
                let counted =
                    k > 1 && s.clause(s.figs[k]).contains(&s.figs[k - 1]) && opens_item(item(s, k - 1).near);
                let only = if refers_back || paid_to.is_some() || new_item || counted {
                    None
                } else {
                    let mut named = s.hits_in(0..s.toks.len()).filter(|h| h.cues & cues::PROGRAMS != 0);
                    let first = named.next().filter(|h| h.words.end <= fig);
                    let first_program = first.and_then(|h| program_in(s, h.words.clone(), fig));
                    first_program.filter(|(p, _)| {
                        named.all(|h| program_in(s, h.words.clone(), fig).is_some_and(|(q, _)| q == *p))
                    })
                };
                if let Some((p, w)) = paid_to.or(only) {
                    because.push(Because { role: "program", rule: "program-of-clause", range: s.span(w) });
                    return p;
                }
                // A case count beside a sum: that sum's program (`JHT Rp43 T untuk 3,39 juta kasus`).
                // Not across a conjunction that starts a new item (`... Rp 3,9
                // miliar dan program jasa konstruksi 70 kasus`).
                let beside = prev_here
                    .filter(|p| !new_item && p.metric.has_program() && p.metric != metric)
                    .and_then(|p| p.program);
                // A sentence that goes on with the one before, naming no program
                // (`Selain itu, 26 anak ... mendapatkan Rp 52 juta`).
                let sentence_names_one = program_in(s, 0..s.toks.len(), fig).is_some();
                let carried = (!sentence_names_one && continues_previous(s).is_some())
                    .then_some(memory.program)
                    .flatten();
                match (beside, carried) {
                    (Some(p), _) if p != Program::All => {
                        because.push(Because { role: "program", rule: "program-of-sum-beside", range: 0..0 });
                        p
                    }
                    (_, Some(p)) => {
                        because.push(Because {
                            role: "program",
                            rule: "program-of-sentence-before",
                            range: 0..0,
                        });
                        p
                    }
                    _ => Program::All,
                }
            }
        }
    });

    // Period and target year.
    let target_year = is_target(metric)
        .then(|| {
            let sentence = input.segments.sentences[si].range.clone();
            input
                .periods
                .iter()
                .filter(|p| p.range.start >= sentence.start && p.range.end <= sentence.end)
                .find_map(|p| {
                    if p.year > 0 {
                        Some(p.year)
                    } else {
                        p.relative.and_then(|off| article_year(input).map(|y| y + off))
                    }
                })
                .or_else(|| facts.iter().rev().take(LOOKBACK).find_map(|f| f.target_year))
                .or_else(|| {
                    // `hingga akhir tahun`, `tahun ini`: the article's year.
                    let words = 0..s.toks.len();
                    let this_year = s.words_in(words).any(|t| {
                        s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("akhir"))
                            && s.word(t + 1).is_some_and(|w| w.eq_ignore_ascii_case("tahun"))
                    });
                    this_year.then(|| article_year(input)).flatten()
                })
        })
        .flatten();
    let (period, period_start) = if target_year.is_some() {
        (None, None)
    } else {
        match period_for(input, s, k, facts, memory, metric) {
            Some((end, start, source)) => {
                because.push(Because { role: "period", rule: period_rule(source), range: 0..0 });
                (Some(end), start)
            }
            None => match lead {
                Some(p) => {
                    let (e, st) = end_point(&p.label);
                    match finer_period(input, si, facts, &e) {
                        Some((end, start)) => {
                            because.push(Because { role: "period", rule: "period-carried", range: 0..0 });
                            (Some(end), start)
                        }
                        None => {
                            because.push(Because {
                                role: "period",
                                rule: period_rule(PeriodSource::Article),
                                range: 0..0,
                            });
                            (Some(e), st)
                        }
                    }
                }
                None => (None, None),
            },
        }
    };

    // `turun 5 persen` is a change of -5 %.
    let declines =
        metric == Metric::GrowthRate && change_word(s, &it).is_some_and(|(_, d)| d) && q.value > 0.0;
    // A count of people cannot be fractional: `51,495` read as a decimal is
    // thousands grouping (`tercapai 51,495 atau 86,08 persen`).
    let value = if q.kind == Kind::Count
        && metric.counts_people()
        && q.value.fract() != 0.0
        && q.reading == Some(crate::quantities::READ_COMMA_DECIMAL)
    {
        (q.value * 1000.0).round()
    } else {
        q.value
    };
    // A sign the article printed (`minus 1,2 persen`) is already in the value.
    let value = if declines { -value.abs() } else { value };
    // `18.8662 pekerja`: a count of people printed with a fraction is a typo.
    let odd_count = q.kind == Kind::Count && metric.counts_people() && value.fract() != 0.0;
    let (confidence, doubt) = match (r.doubt, odd_count) {
        _ if as_rate => (Level::Low, Some("a rate printed without `persen`")),
        (Some(d), _) => (Level::Low, Some(d)),
        (None, true) => (Level::Low, Some("a count of people printed with a fraction")),
        (None, false) => (Level::High, None),
    };
    let doubt = doubt.map(std::borrow::Cow::Borrowed);

    // Scheme.
    let scheme = if s.has(0..s.toks.len(), cues::JKN) {
        Scheme::Jkn
    } else if s.has(0..s.toks.len(), cues::JAMSOSTEK) {
        Scheme::Jamsostek
    } else {
        doc_scheme
    };

    // Region: a place named in the figure's own item, else its clause, else the
    // paragraph and article. A rate said of a list of places (`Kabupaten
    // Sukamara dan Barito Utara ... lebih dari 80%`) is each place's.
    let mut places = places_in_item(input, s, k);
    // `pemerintah pusat menargetkan ... 32,62 persen untuk Lampung`: a place
    // the figure is said of outranks the nation acting in its clause.
    if let (Some(after), [(only, _)]) = (region_after(input, s, k), places.as_slice()) {
        if regions::get(*only).level == RegionLevel::Nation && after != *only {
            places.clear();
            let _ = after;
        }
    }
    // `Kanwil Banuspa mencatat 1.021.455 pekerja di Provinsi Bali`, `Cabang
    // Banda Aceh mencatat 812.905 pekerja di Provinsi Aceh`: the place the
    // figure is `di` outranks the office or the wider area that reports it.
    if let (Some(after), [(place, range)]) = (region_after(input, s, k), places.as_slice()) {
        let office = input.regions.iter().any(|m| m.range == *range && m.role == RegionRole::Office);
        let area = regions::get(*place).level == RegionLevel::Area;
        if after != *place && (office || area || regions::contains(*place, after)) {
            places.clear();
        }
    }
    let mut regions_out: Vec<(Option<RegionId>, &'static str, Range<usize>)> = Vec::new();
    if places.len() >= 2 && q.kind == Kind::Percent {
        for (id, range) in &places {
            regions_out.push((Some(*id), "each-place-of-list", range.clone()));
        }
    } else if let Some((id, range)) = places.last() {
        regions_out.push((Some(*id), "place-in-item", range.clone()));
    } else {
        let after = region_after(input, s, k);
        let id = after.or_else(|| regions::attribute(attribution, q.range.start));
        match id {
            Some(id) if after.is_some() => regions_out.push((Some(id), "place-after-figure", 0..0)),
            Some(id) => regions_out.push((Some(id), "place-of-sentence-or-paragraph", 0..0)),
            // An article that names no place speaks of the nation.
            None => regions_out.push((regions::by_name("Indonesia"), "no-place-named", 0..0)),
        }
    }

    let printed = printed(input.text, q);
    // `Klaim sejumlah kurang lebih Rp700 miliar itu`: the figure refers back
    // to one stated before; `Rp0,5 triliun lebih atau tepatnya Rp535,9 miliar`
    // restates the one before it.
    if s.has(s.first_words(s.head(k), 1), cues::BACKREF)
        || (k > 0 && s.rel[k - 1] == Relation::Restates && input.quantities[s.quantity(k - 1)].kind == q.kind)
    {
        because.push(Because {
            role: "restates",
            rule: "refers-back",
            range: s.span(s.first_words(s.head(k), 1)),
        });
    }
    regions_out
        .into_iter()
        .map(|(region, rule, range)| {
            let mut because = because.clone();
            because.push(Because { role: "region", rule, range });
            Fact {
                metric,
                value,
                high: q.high,
                kind,
                approx: q.approx,
                step: q.step,
                region,
                segment,
                program: program.or(growth_program),
                period: period.clone(),
                period_start: period_start.clone(),
                target_year,
                part_of: None,
                change_of: None,
                change_from: None,
                restates: None,
                spans: vec![q.range.clone()],
                sentence: si,
                reading: q.reading,
                scheme,
                confidence,
                doubt: doubt.clone(),
                because,
                printed: printed.clone(),
            }
        })
        .collect()
}

/// The figure as printed, with its qualifier where it stands next to it.
fn printed(text: &str, q: &Quantity) -> String {
    match &q.qualifier {
        Some(r) if r.end <= q.range.start && q.range.start - r.end <= 2 => {
            text.get(r.start..q.range.end).unwrap_or("").to_string()
        }
        Some(r) if r.start >= q.range.end => text.get(q.range.start..r.end).unwrap_or("").to_string(),
        _ => text.get(q.range.clone()).unwrap_or("").to_string(),
    }
}

/// Places named in figure `k`'s item (since the previous figure, up to the
/// next clause break after it) that may own it: subjects and branch offices,
/// never a title, a venue or an institution; a province that only locates the
/// regency before it is left out.
fn places_in_item(input: &Input, s: &Sentence, k: usize) -> Vec<(RegionId, Range<usize>)> {
    let it = item(s, k);
    // `adalah Deiyai dan Paniai, yang masing-masing mencatat 100 persen`: the
    // places named before `masing-masing` each state the figure.
    let each =
        s.words_in(it.near.clone()).any(|t| s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("masing")));
    let from = if each { it.lead.clone() } else { it.near.clone() };
    let lo = s.span(from);
    let lo = if lo.is_empty() { input.quantities[s.quantity(k)].range.start } else { lo.start };
    let hi = input.quantities[s.quantity(k)].range.start;
    let mut out: Vec<(RegionId, Range<usize>)> = Vec::new();
    let first = input.regions.partition_point(|m| m.range.start < lo);
    for m in &input.regions[first..] {
        if m.range.start >= hi {
            break;
        }
        if !matches!(m.role, RegionRole::Subject | RegionRole::Office) {
            continue;
        }
        // The dateline names where the story was filed, not whose figure it is.
        if input
            .layout
            .meta
            .dateline_range
            .as_ref()
            .is_some_and(|d| d.start < m.range.end && m.range.start < d.end)
        {
            continue;
        }
        if regions::get(m.region).level == RegionLevel::Nation && out.is_empty() {
            out.push((m.region, m.range.clone()));
            continue;
        }
        // `Kabupaten Gianyar, Bali`: a province after a place within it
        // locates it; but a figure placed `di` the province a few words on
        // (`BPJS Ketenagakerjaan Manado mencatat UCJ di Sulawesi Utara`) is
        // the province's.
        if out.last().is_some_and(|(prev, r)| {
            let gap = input.text.get(r.end..m.range.start).unwrap_or("x").trim();
            let located_di = gap.split_whitespace().count() >= 3 && gap.ends_with(" di");
            regions::contains(m.region, *prev) && !located_di
        }) {
            continue;
        }
        out.push((m.region, m.range.clone()));
    }
    // A list's commas break the clause, so its first places lie before the
    // item's words (`Kota Palangka Raya, Kabupaten Kotawaringin Barat, ...,
    // dan Pulang Pisau tercatat ... di bawah 50%`): places joined to the
    // first by commas and `dan` alone belong to it, back to the figure before.
    if let Some((_, first_range)) =
        out.first().filter(|(id, _)| regions::get(*id).level != RegionLevel::Nation)
    {
        let floor = s.span(it.lead.clone()).start.min(lo);
        let mut start = first_range.start;
        let mut before: Vec<(RegionId, Range<usize>)> = Vec::new();
        for m in input.regions[..first].iter().rev() {
            if m.range.start < floor || m.range.end > start {
                break;
            }
            let gap = input.text.get(m.range.end..start).unwrap_or("x");
            let joined = gap
                .split([' ', ','])
                .all(|x| x.is_empty() || ["dan", "serta", "and"].iter().any(|w| x.eq_ignore_ascii_case(w)));
            if !joined || !matches!(m.role, RegionRole::Subject | RegionRole::Office) {
                break;
            }
            before.push((m.region, m.range.clone()));
            start = m.range.start;
        }
        if !before.is_empty() {
            before.reverse();
            before.append(&mut out);
            out = before;
        }
    }
    // A list of places shares one level (`Kota Palangka Raya, Kabupaten Kotawaringin Barat, Gunung Mas`).
    if out.len() >= 2 {
        let tier = |id: RegionId| match regions::get(id).level {
            RegionLevel::Regency | RegionLevel::City => 3,
            l => l as u8,
        };
        let t = tier(out[out.len() - 1].0);
        out.retain(|(id, _)| tier(*id) == t);
        // Places joined by commas and `dan` only, with no other words between them, form a list.
        let joined = out.windows(2).all(|w| {
            let between = input.text.get(w[0].1.end..w[1].1.start).unwrap_or("x");
            between.split([' ', ',']).all(|x| {
                x.is_empty()
                    || x.eq_ignore_ascii_case("dan")
                    || x.eq_ignore_ascii_case("serta")
                    || x.eq_ignore_ascii_case("and")
            })
        });
        if !joined {
            let last = out.pop().expect("two places");
            out = vec![last];
        }
    }
    out
}

/// `186.540 pekerja di Provinsi Papua`, `13.925 PMI asal Kabupaten Lombok Timur`:
/// a region named right after the figure's noun is the figure's own.
fn region_after(input: &Input, s: &Sentence, k: usize) -> Option<RegionId> {
    let head = s.head(k);
    let q = &input.quantities[s.quantity(k)];
    let head_end = s.span(head.clone()).end.max(q.range.end);
    let m = input.regions.iter().find(|m| {
        m.range.start >= q.range.end && m.range.start < head_end && m.role == RegionRole::Subject
    })?;
    let between = input.text[q.range.end..m.range.start].lowercase();
    let words: Vec<&str> = between.split_whitespace().collect();
    let linked = matches!(
        words.last(),
        Some(
            &("di"
                | "asal"
                | "dari"
                | "se"
                | "in"
                | "untuk"
                | "bagi"
                | "for"
                | "seluruh"
                | "penduduk"
                | "pekerja"
                | "warga")
        )
    ) || words.last().is_some_and(|w| w.starts_with("se-"));
    (linked && words.len() <= 5).then_some(m.region)
}

/// The scheme a document is about: JKN when its body speaks of health
/// insurance more than of workers' social security.
/// The scheme the text is about, and whether it names either at all (a
/// scheme or one of its programs, in its title or body).
fn document_scheme(input: &Input) -> (Scheme, bool) {
    let (mut jkn, mut jamsostek, mut programs) = (0usize, 0usize, 0usize);
    let text = input.text;
    for (li, line) in input.segments.lines.iter().enumerate() {
        if !matches!(input.layout.lines.get(li), Some(LineClass::Body | LineClass::Title)) {
            continue;
        }
        let words: Vec<&str> =
            text[line.clone()].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let breaks = vec![false; words.len()];
        for h in cues::scan(&words, &breaks) {
            if h.cues & cues::JKN != 0 {
                jkn += 1;
            }
            if h.cues & cues::JAMSOSTEK != 0 {
                jamsostek += 1;
            }
            if h.cues & cues::PROGRAMS != 0 {
                programs += 1;
            }
        }
    }
    let scheme = if jkn > jamsostek { Scheme::Jkn } else { Scheme::Jamsostek };
    (scheme, jkn + jamsostek + programs > 0)
}

/// A period label as its end point, and where it started when it is a
/// stretch: `2025-S1` -> `2025-06`; `2025-Q1` -> `2025-03`;
/// `2025-01/2025-03` -> `2025-03` from `2025-01`.
pub fn end_point(label: &str) -> (String, Option<String>) {
    if let Some((a, b)) = label.split_once('/') {
        let (end, _) = end_point(b);
        return (end, Some(a.to_string()));
    }
    if let Some((y, part)) = label.split_once('-') {
        let month = match part {
            "S1" => Some(("06", "01")),
            "S2" => Some(("12", "07")),
            "Q1" => Some(("03", "01")),
            "Q2" => Some(("06", "04")),
            "Q3" => Some(("09", "07")),
            "Q4" => Some(("12", "10")),
            _ => None,
        };
        if let Some((end, start)) = month {
            if y.len() == 4 {
                return (format!("{y}-{end}"), Some(format!("{y}-{start}")));
            }
        }
    }
    (label.to_string(), None)
}

/// `dari tahun sebelumnya`, `dibandingkan tahun lalu`: the period a change is
/// counted from, not the period of the figures around it.
fn base_of_change(input: &Input, p: &Period) -> bool {
    let before = input.text[..p.range.start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").lowercase();
    (p.relative.is_some_and(|r| r < 0)
        && ["dari", "dibanding", "dibandingkan", "daripada", "from", "than", "with"].contains(&word.as_str()))
        || ["dibanding", "dibandingkan", "compared"].contains(&word.as_str())
}

/// A more precise period stated for the figures just before, within `year`
/// (`hingga Agustus 2021` in a story about 2021; `semester I tahun 2018`
/// before `klaim tahun ini terdiri dari ...`): those figures' time goes on.
fn finer_period(input: &Input, si: usize, facts: &[Fact], year: &str) -> Option<(String, Option<String>)> {
    if year.len() != 4 {
        return None;
    }
    let paragraph = input.segments.sentences[si].paragraph;
    let nested = |end: &str, start: Option<&str>| {
        end.len() > year.len() && end.starts_with(year) && start.is_none_or(|s| s.starts_with(year))
    };
    facts
        .iter()
        .rev()
        .take(LOOKBACK)
        .filter(|f| paragraph.saturating_sub(input.segments.sentences[f.sentence].paragraph) <= 2)
        .find(|f| {
            !is_target(f.metric) && nested(f.period.as_deref().unwrap_or(""), f.period_start.as_deref())
        })
        .map(|f| (f.period.clone().unwrap_or_default(), f.period_start.clone()))
        // The story's own period, when it is that year's part (`selama
        // semester I tahun 2018` in the lead).
        .or_else(|| {
            let (end, start) = end_point(&lead_period(input)?.label);
            nested(&end, start.as_deref()).then_some((end, start))
        })
}

/// The period the article's title or lead paragraph sets for the whole story
/// (`Bayar Klaim Rp1,52 Triliun Sepanjang 2024`), when it names exactly one.
fn lead_period(input: &Input) -> Option<Period> {
    let lines = &input.layout.lines;
    let first_body = lines.iter().position(|c| *c == LineClass::Body)?;
    let in_lead = |p: &&Period| {
        let line = input.segments.line_at(p.range.start);
        let before = input.text[input.segments.lines[line].start..p.range.start].lowercase();
        // `Kejar Target 75 Persen ... pada 2026`: a target's year, not the story's period.
        (line == first_body || lines.get(line) == Some(&LineClass::Title))
            && !["target", "menargetkan", "ditargetkan", "sasaran"].iter().any(|w| before.contains(w))
            && p.relative.is_none()
    };
    let mut found = input.periods.iter().filter(in_lead);
    let first = found.next()?;
    // `Hingga Maret 2015` in the title and `Januari hingga Maret 2015` in the
    // lead end at the same point: one period.
    let end = end_point(&first.label).0;
    found.all(|p| end_point(&p.label).0 == end).then(|| first.clone())
}

/// A fact from a table cell: the column's metric, the row label's region.
fn table_fact(
    input: &Input,
    attribution: &regions::Attribution,
    cell: &tables::Cell,
    q: &Quantity,
    si: usize,
    lead: Option<&Period>,
    scheme: Scheme,
) -> Fact {
    let label_region = input
        .regions
        .iter()
        .find(|m| m.range.start >= cell.label.start && m.range.end <= cell.label.end)
        .map(|m| m.region);
    // The table's period: the one stated nearest before its header, else the lead's.
    let header_start = input.segments.lines[cell.header_line].start;
    let period = input
        .periods
        .iter()
        .rfind(|p| p.range.end <= header_start && header_start - p.range.end < 600)
        .or(lead)
        .map(|p| end_point(&p.label));
    let header = input.segments.lines[cell.header_line].clone();
    Fact {
        metric: cell.metric,
        value: q.value,
        high: q.high,
        kind: q.kind,
        approx: q.approx,
        step: q.step,
        region: label_region.or_else(|| regions::attribute(attribution, q.range.start)),
        segment: Segment::All,
        program: cell.metric.has_program().then_some(Program::All),
        period: period.as_ref().map(|p| p.0.clone()),
        period_start: period.and_then(|p| p.1),
        target_year: None,
        part_of: None,
        change_of: None,
        change_from: None,
        restates: None,
        spans: vec![q.range.clone()],
        sentence: si,
        reading: q.reading,
        scheme,
        confidence: Level::High,
        doubt: None,
        because: vec![
            Because { role: "metric", rule: "table-column", range: header },
            Because { role: "region", rule: "table-row", range: cell.label.clone() },
        ],
        printed: printed(input.text, q),
    }
}

/// The year of the article: its publication date, else its first dated line.
/// The day the article was written: its publication date, else the first
/// date its body gives with a weekday (`kata dia, Selasa (20/05/2025)`).
fn article_date(input: &Input) -> Option<crate::dates::Date> {
    input.layout.meta.published.or_else(|| {
        input
            .dates
            .iter()
            .find(|d| {
                d.stated_weekday.is_some() && input.layout.is_body(input.segments.line_at(d.range.start))
            })
            .map(|d| d.date)
    })
}

fn article_year(input: &Input) -> Option<i32> {
    input.layout.meta.published.map(|d| d.year).or_else(|| input.dates.first().map(|d| d.date.year))
}

/// Where a figure's period came from, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PeriodSource {
    /// Stated in the figure's own item or sentence.
    Own,
    /// The sentence it continues, or the figure it is compared with.
    Near,
    /// The paragraph's earlier figure.
    Paragraph,
    /// A statement about the data elsewhere, or the story's lead.
    Article,
}

/// The period of figure `k`: stated in its own item (the words since the
/// figure before it, and its own head: `Pada 2019, ... 539.299 orang, lalu
/// menurun pada 2020 menjadi 389.760`), else in its sentence before it
/// (`Sepanjang tahun 2025, ... Rp1 triliun`); else the period of the sentence
/// it goes on with (`Rinciannya ...`, a line after a `...:` heading); else the
/// period of the figure before it in the paragraph. `periode yang sama` takes
/// the period of the figure it compares with, in the year it names. Returns the
/// end point, the start, and where it came from.
fn period_for(
    input: &Input,
    s: &Sentence,
    k: usize,
    facts: &[Fact],
    memory: &Memory,
    metric: Metric,
) -> Option<(String, Option<String>, PeriodSource)> {
    let si = s.index;
    let sentence = input.segments.sentences[si].range.clone();
    let pos = input.quantities[s.quantity(k)].range.start;
    let in_sentence: Vec<&Period> = input
        .periods
        .iter()
        .filter(|p| p.range.start >= sentence.start && p.range.end <= sentence.end)
        // `tumbuh 9,3 persen dari tahun sebelumnya`: the base of a change, not its period;
        // nor of the value it changed to (`dari tahun sebelumnya, Rp 80 triliun menjadi Rp 88 triliun`).
        .filter(|p| !(metric == Metric::GrowthRate && p.relative.is_some_and(|r| r < 0)))
        .filter(|p| {
            !((k > 0 && s.rel[k - 1] == Relation::ChangesTo || s.has(s.near_lead(k), cues::CHANGE_TO))
                && base_of_change(input, p))
        })
        .collect();
    let it = item(s, k);
    let lead = s.span(it.lead.clone());
    let lead = if lead.is_empty() { pos..pos } else { lead.start..pos };
    let head = s.span(it.head.clone());
    let head = if head.is_empty() { pos..pos } else { pos..head.end };
    let within = |p: &&&Period, r: &Range<usize>| p.range.start >= r.start && p.range.end <= r.end;
    // `periode yang sama tahun lalu`, `periode yang sama pada 2020`: the period
    // of the figure compared with, in another year.
    let same_period = s.words_in(s.near_lead(k)).any(|t| {
        s.word(t).is_some_and(|w| w.eq_ignore_ascii_case("periode"))
            && s.words_in(t + 1..s.figs[k])
                .take(2)
                .any(|u| s.word(u).is_some_and(|w| w.eq_ignore_ascii_case("sama")))
    });
    if same_period {
        let compared = facts.iter().rev().take(8).find_map(|f| f.period.clone().filter(|p| p.len() > 4));
        let year = in_sentence
            .iter()
            .rfind(|p| within(p, &lead))
            .and_then(|p| resolve(input, p, si, facts, metric))
            .and_then(|l| l.get(..4).map(str::to_string));
        if let (Some(c), Some(y)) = (compared, year) {
            return Some((format!("{y}{}", &c[4..]), None, PeriodSource::Own));
        }
    }
    // `dibandingkan dengan 2017 sebanyak 120.093 orang`: a bare year right
    // before the figure is its year.
    let bare_year = s.words_in(s.last_words(s.near_lead(k), 3)).find_map(|t| {
        let w = s.word(t)?;
        let y: i32 = w.parse().ok().filter(|_| w.len() == 4)?;
        (1990..=2100).contains(&y).then_some(y)
    });
    if let Some(y) = bare_year {
        return Some((y.to_string(), None, PeriodSource::Own));
    }
    let own = in_sentence
        .iter()
        .filter(|p| within(p, &lead))
        .max_by_key(|p| p.range.start)
        .or_else(|| in_sentence.iter().filter(|p| within(p, &head)).min_by_key(|p| p.range.start))
        .or_else(|| in_sentence.iter().filter(|p| p.range.end <= pos).max_by_key(|p| p.range.start));
    if let Some(p) = own {
        return resolve(input, p, si, facts, metric).map(|l| {
            let (e, st) = end_point(&l);
            // `tahun ini`: this year so far, as the figures before count it.
            match finer_period(input, si, facts, &e).filter(|_| p.relative == Some(0) && p.label == "Y") {
                Some((end, start)) => (end, start, PeriodSource::Own),
                None => (e, st, PeriodSource::Own),
            }
        });
    }
    // `saat ini`, `per hari ini`, `hingga kini`: as of the day the article
    // was written (its date, or the date its quotes are attributed to).
    let now = s.words_in(0..s.toks.len()).any(|t| {
        let w = |u: usize| s.word(u).map(str::to_ascii_lowercase);
        match w(t).as_deref() {
            Some("saat" | "hari") => w(t + 1).as_deref() == Some("ini"),
            Some("kini") => t > 0 && matches!(w(t - 1).as_deref(), Some("hingga" | "sampai" | "per")),
            Some("currently") => true,
            _ => false,
        }
    });
    if now && !is_target(metric) {
        if let Some(d) = article_date(input) {
            return Some((d.iso(), None, PeriodSource::Own));
        }
    }
    // The sentence this one goes on with: its stated period, else its figures'.
    let continues = memory.sentence.is_some_and(|p| p + 1 == si)
        && (continues_previous(s).is_some()
            || memory.heading
            || memory.paragraph == input.segments.sentences[si].paragraph);
    if continues {
        if let Some(p) = memory.period.clone() {
            return Some((p.0, p.1, PeriodSource::Near));
        }
    }
    // A paragraph speaks of one time: a figure that states none takes the
    // period of the figure before it in the paragraph (`Berdasarkan data per 31
    // Desember 2024, ... Sisanya, 141.606 pekerja, belum terlindungi.`).
    let paragraph = input.segments.sentences[si].paragraph;
    facts
        .iter()
        .rev()
        .take(LOOKBACK)
        .find(|f| {
            input.segments.sentences[f.sentence].paragraph == paragraph
                && f.sentence < si
                && !is_target(f.metric)
        })
        .and_then(|f| f.period.clone().map(|p| (p, f.period_start.clone(), PeriodSource::Paragraph)))
}

/// A period's label, with a relative year (`tahun lalu`, `tahun ini`,
/// `tahun sebelumnya`) made absolute: counted from the last year its paragraph
/// names before it (`Per Mei 2025 ... Dibandingkan tahun sebelumnya`), else from
/// the year of the last figure of the same metric, else from the article's year.
fn resolve(input: &Input, p: &Period, si: usize, facts: &[Fact], metric: Metric) -> Option<String> {
    let Some(offset) = p.relative else { return Some(p.label.clone()) };
    let sentences = &input.segments.sentences;
    let paragraph = sentences[si].paragraph;
    let paragraph_start = sentences[..=si]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == paragraph)
        .last()
        .map_or(0, |s| s.range.start);
    // `tahun lalu tumbuh 10% dari tahun sebelumnya`: a relative period after
    // another in the same sentence counts from it.
    let sentence = &sentences[si].range;
    let chained = input
        .periods
        .iter()
        .filter(|o| o.range.start >= sentence.start && o.range.end <= p.range.start && o.year == 0)
        .rfind(|o| o.relative.is_some_and(|r| r != 0 || o.label == "Y") && offset != 0)
        .and_then(|o| {
            let r = o.relative?;
            Some(article_year(input)? + r)
        });
    // `tahun lalu`, `last year`, `tahun ini`: counted from when the article
    // was written; `sebelumnya`, `kemudian`: from the year just named.
    let said = input.text[p.range.clone()].lowercase();
    let deictic = ["lalu", "kemarin", "last", "ago", "ini", "this"]
        .iter()
        .any(|w| said.split_whitespace().any(|x| x == *w));
    let base = deictic
        .then(|| article_year(input))
        .flatten()
        .or_else(|| {
            input
                .periods
                .iter()
                .filter(|o| {
                    o.relative.is_none()
                        && o.year > 0
                        && o.range.start >= paragraph_start
                        && o.range.end <= p.range.start
                })
                .map(|o| o.year)
                .next_back()
        })
        .or(chained)
        // `tahun ini`: the article's year, else the story's.
        .or_else(|| {
            (offset == 0)
                .then(|| {
                    article_year(input).or_else(|| lead_period(input).map(|p| p.year).filter(|y| *y > 0))
                })
                .flatten()
        })
        // `nilai klaim tersebut naik ... dibandingkan tahun sebelumnya`: the year of
        // the figure being compared.
        .or_else(|| {
            facts
                .iter()
                .rev()
                .take(LOOKBACK)
                .filter(|f| f.metric == metric && f.sentence != si)
                .find_map(|f| f.period.as_deref().and_then(|l| l.get(..4)).and_then(|y| y.parse().ok()))
        })
        .or_else(|| article_year(input))?;
    // `--10`: a month of that year.
    Some(match p.label.strip_prefix("--") {
        Some(month) => format!("{base:04}-{month}"),
        None => (base + offset).to_string(),
    })
}

/// One statistic stated twice is one fact with several spans: the same value,
/// or the same figure rounded (`Rp 49 triliun` for `Rp 49,04 triliun` in the
/// same scope). Links between facts (`change_of`) follow the merge.
fn merge_repeats(facts: Vec<Fact>) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    let mut new_index = Vec::with_capacity(facts.len());
    type Key = (Metric, Option<Program>);
    let mut seen: crate::hash::Map<Key, Vec<usize>> = Default::default();
    let unsegmented = |f: &Fact| f.segment == Segment::All && !f.because.iter().any(|b| b.role == "segment");
    for f in facts {
        let key = (f.metric, f.program);
        let candidates = seen.entry(key).or_default();
        let periods_agree = |o: &Fact| periods_nest(&o.period, &f.period);
        // The same exact figure restated without its segment (`Jumlah tersebut
        // ... sebanyak 118.849`) is the figure stated before.
        let specific = |o: &Fact| {
            o.value == f.value
                && (o.step <= 1.0 && o.value.abs() >= 1000.0 || o.step < 1.0 && o.value.fract() != 0.0)
        };
        let segments_agree =
            |o: &Fact| o.segment == f.segment || (specific(o) && (unsegmented(o) || unsegmented(&f)));
        // A specific figure (`89.266`, `16,08 persen`) stated again is the same
        // statistic even where the sentence names another place.
        let regions_agree = |o: &Fact| o.region == f.region || specific(o);
        let same = candidates.iter().copied().rev().take(LOOKBACK).find(|&i| {
            periods_agree(&out[i])
                && regions_agree(&out[i])
                && segments_agree(&out[i])
                && (out[i].value == f.value
                    || out[i].segment == f.segment && (rounds_to(&out[i], &f) || rounds_to(&f, &out[i])))
        });
        match same {
            Some(i) => {
                let o = &mut out[i];
                if unsegmented(o) && !unsegmented(&f) {
                    o.segment = f.segment;
                    o.because.extend(f.because.iter().filter(|b| b.role == "segment").cloned());
                }
                // The more precise figure leads.
                if f.step < o.step && f.value != o.value {
                    let mut f = f;
                    f.spans.append(&mut o.spans);
                    f.period = f.period.or(o.period.take());
                    f.because = std::mem::take(&mut o.because);
                    *o = Fact { because: f.because.clone(), ..f };
                } else {
                    o.spans.extend(f.spans);
                    // The more specific period (`2026-03` beside `2026`).
                    if o.period.as_ref().map_or(0, String::len) < f.period.as_ref().map_or(0, String::len) {
                        o.period = f.period;
                        o.period_start = f.period_start;
                    }
                }
                new_index.push(i);
            }
            None => {
                candidates.push(out.len());
                new_index.push(out.len());
                out.push(f);
            }
        }
    }
    for f in &mut out {
        f.change_of = f.change_of.map(|i| new_index[i]);
        f.change_from = f.change_from.map(|i| new_index[i]);
        f.restates = f.restates.map(|i| new_index[i]);
    }
    // A restatement merged into what it restates is no restatement.
    for (i, f) in out.iter_mut().enumerate() {
        if f.restates == Some(i) {
            f.restates = None;
        }
    }
    out
}

/// Is `rough` the figure `exact` rounded to `rough`'s printed precision
/// (`Rp 49 triliun` for `Rp 49,04 triliun`; `118 ribu` for `118.849`)? Only for
/// a rough figure printed with a scale word.
fn rounds_to(rough: &Fact, exact: &Fact) -> bool {
    let coarse = match rough.kind {
        // `coverage 31 persen` after `31,32 persen`.
        Kind::Percent => rough.step >= 1.0,
        _ => rough.step >= 1000.0,
    };
    if rough.kind != exact.kind || rough.step <= exact.step || !coarse {
        return false;
    }
    if rough.high.is_some() || exact.high.is_some() {
        return false;
    }
    let lo = rough.value - rough.step / 2.0;
    let hi = rough.value + rough.step / 2.0;
    let truncated = exact.value >= rough.value && exact.value < rough.value + rough.step;
    (exact.value >= lo && exact.value < hi) || truncated
}

/// Ties listed parts to the total they break down, with the same metric, kind
/// and agreeing periods: parts by segment or program follow their total (`...
/// terdiri atas pekerja formal ..., informal ...`); parts by region (the rows of
/// a table, the provinces of an area) may stand before or after it.
pub fn link_parts(facts: &mut [Fact]) {
    for i in 0..facts.len() {
        let f = &facts[i];
        let by_breakdown = match f.metric {
            Metric::BenefitsPaid | Metric::Beneficiaries => f.program.is_some_and(|p| p != Program::All),
            Metric::Participants | Metric::Workforce | Metric::Uncovered | Metric::TargetParticipants => {
                f.segment != Segment::All
            }
            _ => false,
        };
        let same = |t: &Fact| {
            t.metric == f.metric
                && t.kind == f.kind
                && (t.period == f.period || t.period.is_none() || f.period.is_none())
        };
        // A total stands near its parts: look through the LOOKBACK facts each way.
        let near = i.saturating_sub(LOOKBACK)..(i + LOOKBACK + 1).min(facts.len());
        let total = if by_breakdown {
            // A total restated (`Klaim sejumlah kurang lebih Rp700 miliar itu`)
            // is the figure it restates.
            near.clone().rev().filter(|&j| j != i && facts[j].restates.is_none()).find(|&j| {
                let t = &facts[j];
                same(t)
                    && t.region == f.region
                    && match f.metric {
                        Metric::BenefitsPaid | Metric::Beneficiaries => t.program == Some(Program::All),
                        _ => t.segment == Segment::All,
                    }
                    && t.spans[0].start < f.spans[0].start
            })
        } else if f.kind != Kind::Percent && f.region.is_some() {
            // The nearest figure for a region that strictly contains this one's.
            near.clone()
                .filter(|&j| j != i)
                .filter(|&j| {
                    let t = &facts[j];
                    same(t)
                        && t.segment == f.segment
                        && t.program == f.program
                        && t.region.zip(f.region).is_some_and(|(outer, inner)| {
                            outer != inner
                                && regions::contains(outer, inner)
                                && regions::get(outer).level != RegionLevel::Nation
                        })
                })
                .min_by_key(|&j| facts[j].spans[0].start.abs_diff(f.spans[0].start))
        } else {
            None
        };
        facts[i].part_of = total;
    }
}

#[allow(dead_code)]
fn tok_is_word(s: &Sentence, t: usize) -> bool {
    s.toks.get(t).is_some_and(|tok| tok.kind == TokKind::Word)
}

#[allow(dead_code)]
fn cue_names(c: Cues) -> Vec<&'static str> {
    (0..64).filter(|b| c & (1 << b) != 0).map(|b| cues::name(1 << b)).collect()
}

#[cfg(all(debug_assertions, not(target_arch = "wasm32")))]
fn debug_sentence(s: &Sentence, readings: &[Verdict]) {
    let mut line = String::new();
    for (t, tok) in s.toks.iter().enumerate() {
        let text = &s.text[tok.range.clone()];
        match tok.kind {
            TokKind::Figure(_) => line.push_str(&format!(" [{text}]")),
            TokKind::Skip => line.push_str(&format!(" ~{text}")),
            _ => {
                if let Some(h) = s.hits.iter().find(|h| h.words.start == t) {
                    line.push_str(&format!(" <{}", cue_names(h.cues).join(",")));
                    line.push('>');
                }
                line.push(' ');
                line.push_str(text);
            }
        }
    }
    eprintln!("S{}:{}", s.index, line);
    eprintln!("   rel {:?}", s.rel);
    for (k, r) in readings.iter().enumerate() {
        let r = match r {
            Verdict::Is(r) => format!("{:?} {}", r.metric, r.rule),
            Verdict::Not(why) => format!("not: {why:?}"),
            Verdict::Open => "open".into(),
        };
        eprintln!("   {} {r}", &s.text[s.toks[s.figs[k]].range.clone()]);
    }
}

/// Is the sentence about health insurance (JKN)? Set by the caller through
/// the document's scheme when the sentence itself does not say.
fn jkn_context(s: &Sentence) -> bool {
    JKN_DOC.with(|c| c.get()) && !s.has(0..s.toks.len(), cues::JAMSOSTEK)
}

thread_local! {
    /// Whether the document being read is about JKN (set once per [`extract`]).
    static JKN_DOC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What a count counts, roughly: 0 people (or nothing named), 1 employers, 2 other things.
fn unit_class(s: &Sentence, k: usize, q: &Quantity) -> u8 {
    if q.kind != Kind::Count {
        return 0;
    }
    let head = s.first_words(s.head(k), 2);
    if s.has(head.clone(), cues::EMPLOYER) {
        1
    } else if counts_people_or_bare(s, k, q) {
        0
    } else {
        2
    }
}

fn period_rule(source: PeriodSource) -> &'static str {
    match source {
        PeriodSource::Own => "period-stated",
        PeriodSource::Near => "period-of-sentence-before",
        PeriodSource::Paragraph => "period-of-paragraph",
        PeriodSource::Article => "period-of-article",
    }
}

/// The period a sentence states for its figures (its last one that is not a
/// target's year), as an end point and a start.
fn sentence_period(input: &Input, si: usize, facts: &[Fact]) -> Option<(String, Option<String>)> {
    let sentence = input.segments.sentences[si].range.clone();
    let before = &input.text[sentence.clone()];
    input
        .periods
        .iter()
        .filter(|p| p.range.start >= sentence.start && p.range.end <= sentence.end)
        .filter(|p| {
            let lead = before[..p.range.start - sentence.start].to_ascii_lowercase();
            !["target", "menargetkan", "ditargetkan", "sasaran"].iter().any(|w| lead.contains(w))
        })
        .rfind(|p| !base_of_change(input, p))
        .and_then(|p| resolve(input, p, si, facts, Metric::Participants))
        .map(|l| end_point(&l))
}

/// Periods the article states once for many figures: a sentence about the
/// data (`Ini data sampai bulan Agustus 2025`, `laporan ... yang dirilis per 31
/// Maret 2025`, `merupakan akumulasi data hingga Maret 2026`) dates the figures
/// before it in its section that state none, and the figures after it; and a
/// figure that states no period takes the one the figures before it had, a
/// few paragraphs back at most (an article keeps to its time until it names
/// another). Targets keep their own year.
fn fill_periods(input: &Input, facts: &mut [Fact]) {
    const REACH: usize = 3; // paragraphs
    let sentences = &input.segments.sentences;
    let paragraph = |f: &Fact| sentences[f.sentence].paragraph;
    let stated = |f: &Fact| f.because.iter().any(|b| b.role == "period" && b.rule != "period-of-article");
    // Statements about the data: figure-less body sentences with a period and a data word.
    let mut statements: Vec<(usize, usize, String, Option<String>)> = Vec::new(); // (sentence, paragraph, end, start)
    for (si, sent) in sentences.iter().enumerate() {
        if !input.layout.is_body(sent.line)
            || input
                .quantities
                .iter()
                .any(|q| q.range.start >= sent.range.start && q.range.end <= sent.range.end)
        {
            continue;
        }
        let lower = input.text[sent.range.clone()].to_ascii_lowercase();
        let data = ["data", "laporan", "posisi", "akumulasi", "rekapitulasi", "report", "as of"]
            .iter()
            .any(|w| lower.contains(w));
        if !data {
            continue;
        }
        if let Some((end, start)) = sentence_period(input, si, facts) {
            statements.push((si, sent.paragraph, end, start));
        }
    }
    for &(si, para, ref end, ref start) in &statements {
        // Back: the figures of the section before it that state no period.
        for f in facts.iter_mut().rev().filter(|f| f.sentence < si) {
            if para.saturating_sub(paragraph(f)) > REACH * 2 || stated(f) {
                break;
            }
            if f.period.is_none() && f.target_year.is_none() {
                f.period = Some(end.clone());
                f.period_start = start.clone();
                f.because.push(Because { role: "period", rule: "period-of-data-statement", range: 0..0 });
            }
        }
        // Forward: until a figure states its own.
        for f in facts.iter_mut().filter(|f| f.sentence > si) {
            if stated(f) || paragraph(f).saturating_sub(para) > REACH * 2 {
                break;
            }
            if f.target_year.is_none() && !f.because.iter().any(|b| b.rule == "period-of-data-statement") {
                f.period = Some(end.clone());
                f.period_start = start.clone();
                f.because.retain(|b| b.role != "period");
                f.because.push(Because { role: "period", rule: "period-of-data-statement", range: 0..0 });
            }
        }
    }
    // Forward: a figure with no period takes that of the figures before it.
    let mut last: Option<(usize, String, Option<String>)> = None; // (paragraph, end, start)
    for f in facts.iter_mut() {
        if is_target(f.metric) {
            continue;
        }
        match (&f.period, &last) {
            (None, Some((p, end, start))) if paragraph(f).saturating_sub(*p) <= REACH => {
                f.period = Some(end.clone());
                f.period_start = start.clone();
                f.because.push(Because { role: "period", rule: "period-carried", range: 0..0 });
            }
            (Some(end), _) => last = Some((paragraph(f), end.clone(), f.period_start.clone())),
            _ => {}
        }
    }
}

/// Do two periods agree: equal, one unstated, or one within the other (`2026`
/// and `2026-03`)?
pub fn periods_nest(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        _ => true,
    }
}

/// Does percentage `k` restate a count read as the workforce (`81,33 juta
/// orang atau 59,97 persen`)? Then it is a share of the population, not coverage.
fn restates_workforce(s: &Sentence, k: usize, verdicts: &[Verdict]) -> bool {
    let is_w = |j: usize| matches!(verdicts.get(j), Some(Verdict::Is(r)) if r.metric == Metric::Workforce);
    (k > 0 && s.rel[k - 1] == Relation::Restates && is_w(k - 1))
        || (k + 1 < s.figs.len() && s.rel[k] == Relation::Restates && is_w(k + 1))
}

/// Ties each growth rate to the figure whose change it states (the figure
/// before it in its sentence, else the last of the sentence before) and to the
/// figure it names as the earlier value (`jika dibandingkan ... yang sejumlah
/// 212.266`); ties a figure that refers back (`Rp700 miliar itu`) to the
/// earlier figure of the same measure it restates.
fn link_changes(facts: &mut [Fact]) {
    for i in 0..facts.len() {
        let si = facts[i].sentence;
        if facts[i].metric == Metric::GrowthRate {
            let before = (0..i).rev().take(LOOKBACK).find(|&j| {
                let f = &facts[j];
                f.metric != Metric::GrowthRate
                    && (f.sentence == si || f.sentence + 1 == si && f.kind != Kind::Percent)
            });
            facts[i].change_of = before;
            let from = (i + 1..facts.len())
                .take_while(|&j| facts[j].sentence == si)
                .find(|&j| facts[j].because.iter().any(|b| b.rule == "compared-value"));
            facts[i].change_from = from;
        }
        if facts[i].because.iter().any(|b| b.role == "restates") {
            let f = &facts[i];
            let earlier = (0..i).rev().take(LOOKBACK).find(|&j| {
                let o = &facts[j];
                o.metric == f.metric
                    && o.region == f.region
                    && o.program == f.program
                    && o.segment == f.segment
                    && o.kind == f.kind
            });
            facts[i].restates = earlier.filter(|&j| facts[j].value != facts[i].value);
        }
    }
}

/// Does a place stand right before the sentence's first figure (`Kalimantan
/// Barat tercatat baru mencapai 27,36 persen`)?
fn places_before_first_figure(s: &Sentence, input: &Input) -> bool {
    let r = s.span(0..s.figs[0]);
    input
        .regions
        .iter()
        .any(|m| m.range.start >= r.start && m.range.end <= r.end && m.role == RegionRole::Subject)
}
