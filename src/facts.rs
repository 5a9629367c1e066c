//! Stage 6: facts. Decides what each quantity in the article body counts: its
//! metric, region, segment, program and period, or that it is not a statistic of
//! this domain at all (a discount, a count of news stories, a budget).
//!
//! The reading is local first, then wider. Each quantity has an *item*: the words
//! between the previous quantity of its sentence (or the sentence start) and itself,
//! plus the noun phrase right after it up to the next comma or quantity. In a list
//! (`pekerja formal sebanyak 1.953.661 orang, pekerja informal 889.957 orang`) the
//! item names what differs (the segment, the program, the region); the sentence
//! names what is shared (the metric: `peserta`, `klaim`). What a sentence does not
//! say is inherited from the previous figure of the sentence, and across sentences
//! only where Indonesian signals a back-reference (`Artinya`, `tersebut`).
//!
//! Only `Body` lines give facts. A figure in the title that the body states again
//! becomes one more span of the body's fact; the same statistic stated twice is
//! one fact with two spans.
//!
//! Cost: linear in the number of quantities; each looks at its own sentence only.

use crate::dates::{DateMention, Period};
use crate::furniture::{Layout, LineClass};
use crate::quantities::{Approx, Kind, Quantity};
use crate::regions::{self, Level, RegionId, RegionMention};
use crate::segment::Segments;
use crate::tables;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a fact measures (SPEC.md, "What it reports").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Workforce,
    Participants,
    CoverageRate,
    Uncovered,
    UncoveredRate,
    TargetRate,
    TargetParticipants,
    Employers,
    Projects,
    Contributions,
    Dues,
    BenefitsPaid,
    Beneficiaries,
    GrowthRate,
    /// Derived only: percentage points between a target and the coverage reached.
    TargetGap,
    /// Derived only: workers still to register to reach a target.
    ToRegister,
}

/// Which workers a figure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    #[default]
    All,
    /// Wage earners: penerima upah (PU), pekerja formal.
    Formal,
    /// Non-wage earners: bukan penerima upah (BPU), pekerja mandiri, sektor informal.
    Informal,
    /// Jasa konstruksi (jakon).
    Construction,
    /// Pekerja migran Indonesia (PMI).
    Migrant,
}

/// Which benefit program a sum of money or a count of beneficiaries is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Program {
    #[serde(rename = "all")]
    All,
    /// Jaminan Hari Tua.
    #[serde(rename = "JHT")]
    Jht,
    /// Jaminan Kecelakaan Kerja.
    #[serde(rename = "JKK")]
    Jkk,
    /// Jaminan Kematian.
    #[serde(rename = "JKM")]
    Jkm,
    /// Jaminan Pensiun.
    #[serde(rename = "JP")]
    Jp,
    /// Jaminan Kehilangan Pekerjaan.
    #[serde(rename = "JKP")]
    Jkp,
    /// Scholarships for participants' children.
    #[serde(rename = "beasiswa")]
    Beasiswa,
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
    /// The period the figure refers to (`2024`, `2024-11`), when the text states one.
    pub period: Option<String>,
    pub target_year: Option<i32>,
    /// The total this figure is one listed part of (index into the facts).
    pub part_of: Option<usize>,
    /// For a growth rate: the figure whose change it states (index into the facts).
    pub change_of: Option<usize>,
    /// Where it is stated; the first is the main one.
    pub spans: Vec<Range<usize>>,
    /// Index into [`Segments::sentences`].
    pub sentence: usize,
    /// How an ambiguous number was read, from the quantities stage.
    pub reading: Option<&'static str>,
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

/// The words around one quantity, lowercased.
struct Item {
    /// From the previous quantity of the sentence (or its start) to this one.
    before: String,
    /// From the sentence start to this quantity.
    sentence_before: String,
    /// From this quantity to the next one (or the sentence end).
    after: String,
    /// The start of `after`, up to the first comma or clause break.
    head: String,
    /// The whole sentence.
    sentence: String,
    /// The kind of the quantity just before this one in the sentence, if any.
    previous_kind: Option<Kind>,
    /// `before` without the figure's qualifier (`Dari hampir 2,9 juta` -> `dari`).
    lead_in: String,
}

/// Words that, right before a percentage, say it is not a coverage figure.
const NOT_COVERAGE: &[&str] = &[
    "diskon",
    "potongan",
    "bunga",
    "inflasi",
    "pajak",
    "suku bunga",
    "rabat",
    "cashback",
    "keringanan",
    "relaksasi",
    "denda",
    "imbal hasil",
    "yield",
    "kurs",
    "pangsa",
    "suara",
    "kepuasan",
    "survei",
];
const NOT_PAID: &[&str] = &[
    "saldo",
    "batas",
    "maksimal",
    "maksimum",
    "plafon",
    "pinjaman",
    "kredit",
    "gaji",
    "upah minimum",
    "umk",
    "ump",
    "anggaran",
    "apbd",
    "apbn",
    "nilai kontrak",
    "kontrak",
    "dana kelolaan",
    "aset",
    "investasi",
    "remitansi",
    "hibah",
    "harga",
    "tarif",
    "denda",
];
const UNCOVERED: &[&str] = &[
    "belum terlindungi",
    "belum terdaftar",
    "belum menjadi peserta",
    "belum ikut",
    "belum mengikuti",
    "belum tercover",
    "belum terlindung",
    "belum mendapatkan perlindungan",
    "belum mendapat perlindungan",
    "belum memiliki perlindungan",
    "belum memiliki jaminan",
    "tidak terlindungi",
    "tanpa perlindungan",
];
const TARGET: &[&str] = &["target", "menargetkan", "ditargetkan", "sasaran", "diharapkan mencapai"];
const GROWTH: &[&str] = &[
    "naik",
    "meningkat",
    "tumbuh",
    "turun",
    "menurun",
    "kenaikan",
    "pertumbuhan",
    "peningkatan",
    "penurunan",
    "bertambah",
    "berkurang",
];
const DECLINE: &[&str] =
    &["turun", "menurun", "penurunan", "berkurang", "merosot", "anjlok", "terkoreksi", "susut", "menyusut"];
const COVERAGE: &[&str] = &[
    "cakupan",
    "kepesertaan",
    "capaian",
    "coverage",
    "terlindungi",
    "terdaftar",
    "perlindungan",
    "tercover",
    "terlindung",
];
const PARTICIPANTS: &[&str] = &[
    "peserta",
    "terdaftar",
    "terlindungi",
    "melindungi",
    "dilindungi",
    "kepesertaan",
    "aktif",
    "tercover",
    "didaftarkan",
    "mendaftarkan",
    "terlindung",
    "ikut serta",
];
const WORKFORCE: &[&str] =
    &["total", "jumlah", "angkatan kerja", "terdapat", "populasi", "dari sekitar", "dari keseluruhan"];
const BENEFITS: &[&str] = &[
    "klaim",
    "manfaat",
    "santunan",
    "dibayarkan",
    "membayarkan",
    "pembayaran",
    "beasiswa",
    "disalurkan",
    "menyalurkan",
];
const PEOPLE: &[&str] = &[
    "penduduk",
    "orang",
    "pekerja",
    "peserta",
    "tenaga",
    "jiwa",
    "buruh",
    "karyawan",
    "pegawai",
    "nelayan",
    "petani",
    "pedagang",
    "pengemudi",
    "ojek",
    "guru",
    "honorer",
    "perangkat",
    "relawan",
    "warga",
    "penerima",
    "pmi",
    "tki",
    "kader",
    "pecalang",
    "sopir",
    "kurir",
];
/// Words that make a count hypothetical (`Untuk melindungi 10.000 nelayan, ...`).
const HYPOTHETICAL: &[&str] = &[
    "untuk melindungi",
    "untuk mendaftarkan",
    "seandainya",
    "jika",
    "apabila",
    "bila",
    "maksimal",
    "paling banyak",
];
/// Words that make `peserta` the people attending an event, not insured workers.
const EVENT: &[&str] = &[
    "diikuti",
    "dihadiri",
    "acara",
    "kegiatan",
    "sosialisasi",
    "pelatihan",
    "workshop",
    "seminar",
    "rapat",
    "lomba",
    "undangan",
    "hadirin",
    "webinar",
    "bimtek",
];
/// Vague subjects (`sejumlah kabupaten`, `daerah yang capaiannya`): a threshold
/// about unnamed places, not a statistic of one.
const VAGUE_SUBJECT: &[&str] = &[
    "sejumlah",
    "beberapa",
    "sebagian",
    "banyak daerah",
    "masing-masing",
    "yang capaiannya",
    "yang cakupannya",
    "yang kepesertaannya",
    "berkisar",
];
const EMPLOYERS: &[&str] = &["pemberi kerja", "badan usaha", "perusahaan", "employer"];
const CONSEQUENCE: &[&str] = &[
    "artinya",
    "dengan demikian",
    "ini berarti",
    "hal ini berarti",
    "jadi,",
    "sehingga",
    "jumlah itu",
    "jumlah tersebut",
    "angka itu",
    "angka tersebut",
    "dengan kata lain",
];

fn has(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| contains_word(hay, w))
}

/// `hay` contains `word` starting at a word boundary. Short words (abbreviations
/// such as `pu`, `jp`, `pmi`) must also end at one; longer ones may carry a
/// suffix (`terdaftarnya`, `pesertanya`).
fn contains_word(hay: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let at = from + i;
        let starts = hay[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let ends =
            word.len() > 4 || hay[at + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if starts && ends {
            return true;
        }
        from = at + word.len();
    }
    false
}

/// Position of the last occurrence of any of `words` in `hay`.
fn last_of(hay: &str, words: &[&str]) -> Option<usize> {
    words.iter().filter_map(|w| hay.rfind(w)).max()
}

/// The facts the article body states, in text order.
pub fn extract(input: &Input) -> Vec<Fact> {
    let attribution = regions::Attribution::new(input.text, input.segments, input.layout, input.regions);
    let mut facts: Vec<Fact> = Vec::new();
    let mut title_candidates: Vec<(Metric, f64, Range<usize>)> = Vec::new();
    let quantities = input.quantities;
    let cells = tables::read(input.text, &input.segments.lines, quantities);
    let lead = lead_period(input);
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
        // Figures in a table are read by their column.
        let mut in_sentence: Vec<&Quantity> = Vec::new();
        for (index, q) in quantities.iter().enumerate().take(qi).skip(start) {
            if q.range.start < sentence.range.start {
                continue;
            }
            // Cells come in quantity order.
            match cells.binary_search_by_key(&index, |c| c.quantity).ok().map(|i| &cells[i]) {
                Some(cell) if !is_title => {
                    facts.push(table_fact(input, &attribution, cell, q, si, lead.as_ref()))
                }
                Some(_) => {}
                None => in_sentence.push(q),
            }
        }
        if in_sentence.is_empty() {
            continue;
        }
        let previous_sentence = previous_sentence_text(input, si);
        let opening_end = input.text[sentence.range.clone()]
            .char_indices()
            .nth(40)
            .map_or(sentence.range.end, |(i, _)| sentence.range.start + i);
        let sentence_opening = input.text[sentence.range.start..opening_end].to_lowercase();
        let mut previous_in_sentence: Option<usize> = None; // index into facts
        for (k, q) in in_sentence.iter().enumerate() {
            let prev_end = if k == 0 { sentence.range.start } else { in_sentence[k - 1].range.end };
            let next_start = in_sentence.get(k + 1).map_or(sentence.range.end, |n| n.range.start);
            // Each figure reads a bounded window of its sentence, so a paste with no
            // full stops and thousands of numbers stays linear.
            let (lo, hi) = window(input.text, sentence.range.clone(), q.range.clone());
            let item = Item {
                before: input.text[prev_end.max(lo)..q.range.start].to_lowercase(),
                sentence_before: input.text[lo..q.range.start].to_lowercase(),
                // A quantity can run past its sentence's end (`0\nlebih`): clamp.
                after: input.text
                    [q.range.end.min(next_start)..next_start.min(hi).max(q.range.end.min(next_start))]
                    .to_lowercase(),
                head: apposition_head(input.text, &in_sentence, k, sentence.range.end),
                sentence: input.text[lo..hi].to_lowercase(),
                previous_kind: k.checked_sub(1).map(|p| in_sentence[p].kind),
                lead_in: {
                    let end = q
                        .qualifier
                        .as_ref()
                        .filter(|r| r.end <= q.range.start)
                        .map_or(q.range.start, |r| r.start);
                    input.text[prev_end..end.max(prev_end)].to_lowercase()
                },
            };
            let breakdown = breakdown_of_previous(q, &item, &facts);
            let metric = classify(q, &item, &previous_sentence).or(breakdown.map(|f| f.0));
            let Some(metric) = metric else { continue };
            if is_title {
                title_candidates.push((metric, q.value, q.range.clone()));
                continue;
            }
            let prev_fact = previous_in_sentence.map(|i| &facts[i]);
            let segment = segment_of(metric, &item).or_else(|| {
                let inherited = prev_fact.map(|f| f.segment).or_else(|| {
                    CONSEQUENCE
                        .iter()
                        .any(|c| sentence_opening.starts_with(c))
                        .then(|| {
                            facts
                                .iter()
                                .rev()
                                .take(LOOKBACK)
                                .find(|f| f.sentence + 1 == si)
                                .map(|f| f.segment)
                        })
                        .flatten()
                });
                inherited
                    .filter(|_| !matches!(metric, Metric::Employers | Metric::Contributions | Metric::Dues))
            });
            let program = match metric {
                Metric::BenefitsPaid | Metric::Beneficiaries => {
                    Some(program_of(&item.before).unwrap_or_else(|| {
                        // A count of beneficiaries right after a sum of money is paid under that sum's program.
                        match prev_fact {
                            Some(p)
                                if metric == Metric::Beneficiaries && p.metric == Metric::BenefitsPaid =>
                            {
                                p.program.unwrap_or(Program::All)
                            }
                            _ => Program::All,
                        }
                    }))
                }
                _ => None,
            };
            // A target's year: stated in its sentence, else that of the target stated
            // before it (`untuk mencapai target tersebut ...`).
            let target_year = (metric == Metric::TargetRate || metric == Metric::TargetParticipants)
                .then(|| {
                    period_in(input.periods, sentence.range.clone())
                        .map(|p| p.year)
                        .filter(|y| *y > 0)
                        .or_else(|| facts.iter().rev().take(LOOKBACK).find_map(|f| f.target_year))
                })
                .flatten();
            let period = if target_year.is_some() {
                None
            } else {
                period_for(input, &facts, si, prev_end..next_start, q.range.start, metric)
                    .or_else(|| lead.as_ref().map(|p| p.label.clone()))
            };
            // `Rp5,060 triliun ..., meningkat 11,72 persen`: the change of the figure before it.
            let change_of = (metric == Metric::GrowthRate)
                .then(|| previous_in_sentence.filter(|&i| facts[i].metric != Metric::GrowthRate))
                .flatten();
            // `turun 5 persen` is a change of -5 %.
            let declines = metric == Metric::GrowthRate && has(&tail(&item.before, 40), DECLINE);
            facts.push(Fact {
                metric,
                value: if declines { -q.value } else { q.value },
                high: q.high,
                kind: q.kind,
                approx: q.approx,
                step: q.step,
                region: region_after(input, q, &item)
                    .or(breakdown.and_then(|f| f.1))
                    .or_else(|| region_for(&attribution, q.range.start)),
                // Dues stated as a sum per person are what a non-wage earner (BPU)
                // pays; a wage earner's dues are a share of the wage.
                segment: segment.unwrap_or(if metric == Metric::Dues {
                    Segment::Informal
                } else {
                    Segment::All
                }),
                program,
                period,
                target_year,
                part_of: None,
                change_of,
                spans: vec![q.range.clone()],
                sentence: si,
                reading: q.reading,
            });
            previous_in_sentence = Some(facts.len() - 1);
        }
    }
    let mut facts = merge_repeats(facts);
    for (metric, value, range) in title_candidates {
        if let Some(f) = facts.iter_mut().find(|f| f.metric == metric && f.value == value) {
            f.spans.push(range);
        }
    }
    link_parts(&mut facts);
    facts
}

/// The figure's head noun phrase. Two figures joined by `atau` (`70,55 persen
/// atau 372.603 pekerja lainnya belum terlindungi`) state one thing, so the
/// first takes the second's head too.
fn apposition_head(text: &str, in_sentence: &[&Quantity], k: usize, sentence_end: usize) -> String {
    let q = in_sentence[k];
    let next_start = in_sentence.get(k + 1).map_or(sentence_end, |n| n.range.start);
    let own = clause_head(&text[q.range.end.min(next_start)..next_start]).to_lowercase();
    // `975.620 pekerja atau 68,8 persen yang belum terlindungi`: a noun may stand before `atau`.
    let words: Vec<&str> = own.split_whitespace().collect();
    let joiner = |w: &[&str]| {
        matches!(w, ["atau"] | ["atau", "sekitar"] | ["atau", "setara"] | ["setara"] | ["setara", "dengan"])
    };
    let joined = joiner(&words) || (words.len() >= 2 && joiner(&words[1..]));
    match in_sentence.get(k + 1) {
        Some(next) if joined => {
            let after_next = in_sentence.get(k + 2).map_or(sentence_end, |n| n.range.start);
            format!("{own} {}", clause_head(&text[next.range.end.min(after_next)..after_next]).to_lowercase())
        }
        _ => own,
    }
}

/// The text before the first comma, semicolon or clause word.
fn clause_head(after: &str) -> &str {
    let end = after.find([',', ';', '(']).unwrap_or(after.len());
    &after[..end]
}

/// The previous sentence of the paragraph (its last [`WINDOW`] bytes), lowercased.
fn previous_sentence_text(input: &Input, si: usize) -> String {
    let s = &input.segments.sentences;
    if si == 0 || s[si - 1].paragraph != s[si].paragraph {
        return String::new();
    }
    let r = s[si - 1].range.clone();
    let mut start = r.end.saturating_sub(WINDOW).max(r.start);
    while !input.text.is_char_boundary(start) {
        start += 1;
    }
    input.text[start..r.end].to_lowercase()
}

/// How far around a figure its sentence is read, in bytes, each way. Ordinary
/// sentences are shorter; a pasted table or a text without full stops is not.
const WINDOW: usize = 400;
/// How many earlier facts a back-reference looks through.
const LOOKBACK: usize = 64;

/// The part of `sentence` within [`WINDOW`] bytes of `q`, at char boundaries.
fn window(text: &str, sentence: Range<usize>, q: Range<usize>) -> (usize, usize) {
    let mut lo = q.start.saturating_sub(WINDOW).max(sentence.start).min(q.start);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (q.end + WINDOW).min(sentence.end).max(q.end.min(sentence.end));
    while hi < text.len() && !text.is_char_boundary(hi) {
        hi += 1;
    }
    (lo, hi.max(lo))
}

fn classify(q: &Quantity, item: &Item, previous_sentence: &str) -> Option<Metric> {
    match q.kind {
        Kind::Percent => classify_percent(q, item, previous_sentence),
        Kind::Money => classify_money(q.value, item),
        Kind::Count => classify_count(q, item),
    }
}

fn classify_percent(q: &Quantity, item: &Item, previous_sentence: &str) -> Option<Metric> {
    if has(&item.before, NOT_COVERAGE) {
        return None;
    }
    if (q.approx != Approx::Exact || q.high.is_some()) && has(&tail(&item.sentence_before, 80), VAGUE_SUBJECT)
    {
        return None;
    }
    let near_before: String = tail(&item.before, 40);
    if has(&item.head, UNCOVERED) || has(&near_before, UNCOVERED) {
        return Some(Metric::UncoveredRate);
    }
    if has(&near_before, GROWTH) {
        return Some(Metric::GrowthRate);
    }
    if has(&item.sentence_before, TARGET) {
        return Some(Metric::TargetRate);
    }
    // `4,5 juta orang atau 38,2 persen dari total angkatan kerja`: a share of the workforce.
    let share_of_workforce = has(
        &item.head,
        &["dari total", "dari jumlah", "dari angkatan kerja", "dari seluruh", "dari keseluruhan"],
    );
    if has(&item.sentence, COVERAGE) || share_of_workforce || has(&item.sentence, PARTICIPANTS) {
        return Some(Metric::CoverageRate);
    }
    // `Kalimantan Barat tercatat baru mencapai 27,36 persen`: a region's own figure,
    // after a sentence that set the topic (coverage, protection, social security).
    if has(previous_sentence, COVERAGE) || has(previous_sentence, &["jaminan sosial", "literasi", "bpjs"]) {
        return Some(Metric::CoverageRate);
    }
    None
}

/// The last `n` bytes of `s`, at a char boundary.
fn tail(s: &str, n: usize) -> String {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s[start..].to_string()
}

fn classify_money(value: f64, item: &Item) -> Option<Metric> {
    // Thresholds, balances, loans, wages and budgets are not what the programs paid.
    if has(&tail(&item.before, 30), NOT_PAID) {
        return None;
    }
    // `santunan Rp42 juta`, `Rp1,5 jt per tahun` for each heir or child: what one
    // person is entitled to, not what was paid in all.
    let per_person =
        ["per anak", "per orang", "per tahun", "per jenjang", "per peserta", "/anak", "setiap anak"];
    let entitled = [
        "menerima santunan",
        "mendapat santunan",
        "mendapatkan santunan",
        "berhak",
        "masing-masing",
        "setiap",
    ];
    let benefit_near = has(&item.sentence_before, BENEFITS);
    if benefit_near && (has(&item.head, &per_person) || has(&tail(&item.before, 40), &entitled)) {
        return None;
    }
    let sb = &item.sentence_before;
    let benefit = last_of(sb, BENEFITS);
    let dues = last_of(sb, &["iuran"]);
    match (benefit, dues) {
        (Some(b), Some(d)) if b > d => Some(Metric::BenefitsPaid),
        (Some(_), None) => Some(Metric::BenefitsPaid),
        (_, Some(_)) => {
            let per =
                ["per bulan", "/bulan", "sebulan", "setiap bulan", "tiap bulan", "per orang", "per peserta"];
            // A sum a worker pays (`Rp370.000 untuk masa penempatan`) is a rate of dues,
            // however the period is put; collected contributions run to billions.
            if has(&item.head, &per) || has(&item.after, &per) || value < 10_000_000.0 {
                Some(Metric::Dues)
            } else {
                Some(Metric::Contributions)
            }
        }
        (None, None) => None,
    }
}

fn classify_count(q: &Quantity, item: &Item) -> Option<Metric> {
    // The noun after the figure: the quantities stage's unit, else the head's first word.
    // A copula may stand between (`248.110 merupakan pekerja penerima upah`).
    let first_word: String = item
        .head
        .split_whitespace()
        .find(|w| {
            !matches!(*w, "merupakan" | "adalah" | "ialah" | "yakni" | "yaitu" | "berupa" | "berstatus")
        })
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let unit = q.unit.as_deref().unwrap_or(first_word.as_str());
    if unit == "proyek" {
        return Some(Metric::Projects);
    }
    let head_start: String = item.head.chars().take(30).collect();
    if matches!(unit, "perusahaan" | "badan" | "pemberi") || has(&head_start, EMPLOYERS) {
        return Some(Metric::Employers);
    }
    // `baru 5,87 juta dari 22,9 juta pekerja ... yang terlindungi`: the part before `dari`.
    let part_of_next = item.head.trim() == "dari" && has(&item.sentence, PARTICIPANTS);
    let people = PEOPLE.contains(&unit)
        || item.head.trim_start().starts_with("yang")
        || unit == "anak"
        || part_of_next
        || (item.previous_kind == Some(Kind::Count)
            && item.before.trim() == "dari"
            && PEOPLE.contains(&unit));
    if !people && !matches!(unit, "kasus" | "klaim") {
        return None;
    }
    let near_before = tail(&item.before, 30);
    if has(&near_before, EVENT) || has(&item.head, EVENT) || has(&near_before, HYPOTHETICAL) {
        return None;
    }
    if part_of_next {
        return Some(Metric::Participants);
    }
    if has(&item.sentence, BENEFITS)
        && (has(&near_before, &["kepada", "untuk", "bagi", "penerima"])
            || has(
                &item.head.chars().take(24).collect::<String>(),
                &["ahli waris", "penerima", "kasus", "klaim"],
            )
            || matches!(unit, "anak" | "kasus" | "klaim" | "penerima"))
    {
        return Some(Metric::Beneficiaries);
    }
    if unit == "anak" || unit == "kasus" || unit == "klaim" {
        return None;
    }
    // `Sisanya, 141.606 pekerja, belum terlindungi.`
    let after_head: String = item.after.chars().take(60).collect();
    let the_rest = has(&item.head, &["lainnya", "sisanya"]) || has(&near_before, &["sisanya"]);
    if has(&item.head, UNCOVERED)
        || has(&after_head, UNCOVERED)
        || (the_rest
            && (has(&item.sentence, UNCOVERED) || has(&item.sentence, &["tanpa jaring", "tanpa jaminan"])))
    {
        return Some(Metric::Uncovered);
    }
    // `Dari 4.612.000 pekerja, baru 1.146.880 orang yang terdaftar`, `24,6 persen
    // dari 758.300 pekerja`: the base of a share.
    let contrast = ["baru", "hanya", "sudah", "telah", "sebanyak", "sekitar", "tercatat"];
    // `baru 5,87 juta dari 22,9 juta pekerja`: the whole after the part.
    let share_base = matches!(item.previous_kind, Some(Kind::Percent))
        || (item.previous_kind == Some(Kind::Count) && item.before.trim() == "dari");
    if item.lead_in.trim_end().ends_with("dari") && (has(&item.after, &contrast) || share_base) {
        return Some(Metric::Workforce);
    }
    // `menambah sekitar 43 ribu peserta baru`: an increment, not a count of participants.
    if has(&near_before, &["menambah", "penambahan", "tambahan"])
        || has(&item.head, &["peserta baru", "pekerja baru"])
    {
        return None;
    }
    if has(&item.head, PARTICIPANTS)
        || has(&near_before, &["menanggung iuran", "membayarkan iuran", "mendaftarkan"])
    {
        return Some(Metric::Participants);
    }
    if has(&item.before, TARGET) && has(&item.sentence, PARTICIPANTS) {
        return Some(Metric::TargetParticipants);
    }
    // `di antara peserta bukan penerima upah tersebut terdapat 41.200 orang`: among participants.
    let clause = item.before.rsplit([',', ';']).next().unwrap_or("");
    if has(clause, &["peserta", "terdaftar"]) && !has(clause, &["dari total", "dari jumlah"]) {
        return Some(Metric::Participants);
    }
    if has(&near_before, WORKFORCE)
        || has(clause, WORKFORCE)
        || has(&item.head, &["angkatan kerja", "yang ada"])
    {
        return Some(Metric::Workforce);
    }
    // `baru 3.302.762 orang atau sekitar 41,30 persen yang telah terdaftar`: the cue
    // may stand anywhere in the sentence.
    if has(&item.sentence, PARTICIPANTS) {
        return Some(Metric::Participants);
    }
    None
}

/// The segment the item names, if it names exactly one.
fn segment_of(metric: Metric, item: &Item) -> Option<Segment> {
    if metric == Metric::Projects {
        return Some(Segment::Construction);
    }
    // The words that lead into the figure name its segment first (`bukan penerima
    // upah 52.310 orang dan jasa konstruksi ...`); the noun after it only when
    // they name none (`110.000 pekerja informal`).
    let clause = item.before.rsplit([',', ';', ':']).next().unwrap_or("");
    segment_named(clause).or_else(|| segment_named(&item.head)).or_else(|| segment_named(&item.before))
}

/// The segment `text` names, if it names one; `All` when it names several.
fn segment_named(local: &str) -> Option<Segment> {
    let without_bpu = local.replace("bukan penerima upah", "");
    let informal = has(
        local,
        &["bukan penerima upah", "bpu", "informal", "pekerja mandiri", "pekerja rentan", "sektor rentan"],
    );
    let formal = has(&without_bpu, &["penerima upah", "pu", "formal"]);
    let construction = has(local, &["jasa konstruksi", "jakon", "konstruksi"]);
    let migrant = has(local, &["pekerja migran", "pmi", "tki"]);
    let found: Vec<Segment> = [
        (formal, Segment::Formal),
        (informal, Segment::Informal),
        (construction, Segment::Construction),
        (migrant, Segment::Migrant),
    ]
    .into_iter()
    .filter_map(|(hit, s)| hit.then_some(s))
    .collect();
    match found.as_slice() {
        [one] => Some(*one),
        [] => None,
        // `formal maupun informal`: both named, so the figure is about all workers.
        _ => Some(Segment::All),
    }
}

/// The program the item names first (`jaminan hari tua sebesar ...`).
fn program_of(before: &str) -> Option<Program> {
    const CUES: &[(&str, Program)] = &[
        ("hari tua", Program::Jht),
        ("jht", Program::Jht),
        ("kecelakaan kerja", Program::Jkk),
        ("jkk", Program::Jkk),
        ("kematian", Program::Jkm),
        ("jkm", Program::Jkm),
        ("pensiun", Program::Jp),
        ("jp", Program::Jp),
        ("kehilangan pekerjaan", Program::Jkp),
        ("jkp", Program::Jkp),
        ("beasiswa", Program::Beasiswa),
    ];
    CUES.iter()
        .filter_map(|(cue, p)| {
            let mut from = 0;
            while let Some(i) = before[from..].find(cue) {
                let at = from + i;
                let starts = before[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let ends = before[at + cue.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                if starts && ends {
                    return Some((at, *p));
                }
                from = at + cue.len();
            }
            None
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, p)| p)
}

/// The period the article's title or lead paragraph sets for the whole story
/// (`Bayar Klaim Rp1,52 Triliun Sepanjang 2024`), when it names exactly one.
fn lead_period(input: &Input) -> Option<Period> {
    let lines = &input.layout.lines;
    let first_body = lines.iter().position(|c| *c == LineClass::Body)?;
    let in_lead = |p: &&Period| {
        let line = input.segments.line_at(p.range.start);
        let before = input.text[input.segments.lines[line].start..p.range.start].to_lowercase();
        // `Kejar Target 75 Persen ... pada 2026`: a target's year, not the story's period.
        (line == first_body || lines.get(line) == Some(&LineClass::Title)) && !has(&before, TARGET)
    };
    let mut found = input.periods.iter().filter(in_lead);
    let first = found.next()?;
    found.all(|p| p.label == first.label).then(|| first.clone())
}

/// A fact from a table cell: the column's metric, the row label's region.
fn table_fact(
    input: &Input,
    attribution: &regions::Attribution,
    cell: &tables::Cell,
    q: &Quantity,
    si: usize,
    lead: Option<&Period>,
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
        .map(|p| p.label.clone());
    Fact {
        metric: cell.metric,
        value: q.value,
        high: q.high,
        kind: q.kind,
        approx: q.approx,
        step: q.step,
        region: label_region.or_else(|| region_for(attribution, q.range.start)),
        segment: Segment::All,
        program: matches!(cell.metric, Metric::BenefitsPaid | Metric::Beneficiaries).then_some(Program::All),
        period,
        target_year: None,
        part_of: None,
        change_of: None,
        spans: vec![q.range.clone()],
        sentence: si,
        reading: q.reading,
    }
}

/// The year of the article: its publication date, else its first dated line.
fn article_year(input: &Input) -> Option<i32> {
    input.layout.meta.published.map(|d| d.year).or_else(|| input.dates.first().map(|d| d.date.year))
}

fn period_in(periods: &[Period], range: Range<usize>) -> Option<&Period> {
    periods.iter().find(|p| p.range.start >= range.start && p.range.end <= range.end)
}

/// The period stated nearest the figure within its own item (`Rp5,060 triliun
/// lebih pada tahun 2024`); else the sentence's period nearest before it
/// (`Sepanjang tahun 2025, ... Rp1 triliun`), else after it; else, for a sentence
/// that refers back (`Klaim tersebut ...`, `Artinya ...`), the period of the
/// previous figure of the paragraph.
fn period_for(
    input: &Input,
    facts: &[Fact],
    si: usize,
    item_range: Range<usize>,
    pos: usize,
    metric: Metric,
) -> Option<String> {
    let sentence = input.segments.sentences[si].range.clone();
    let in_sentence: Vec<&Period> = input
        .periods
        .iter()
        .filter(|p| p.range.start >= sentence.start && p.range.end <= sentence.end)
        // `tumbuh 9,3 persen dari tahun sebelumnya`: the base of a change, not its period.
        .filter(|p| !(metric == Metric::GrowthRate && p.relative.is_some_and(|r| r < 0)))
        .collect();
    // A period can overlap the figure (`hingga 2025 juta`): distance 0, no underflow.
    let distance =
        |p: &Period| if p.range.start >= pos { p.range.start - pos } else { pos.saturating_sub(p.range.end) };
    let in_item =
        in_sentence.iter().filter(|p| p.range.start >= item_range.start && p.range.end <= item_range.end);
    let before = in_sentence.iter().filter(|p| p.range.end <= pos);
    // A period after a later figure belongs to that figure, not to this one.
    let chosen = in_item.min_by_key(|p| distance(p)).or_else(|| before.max_by_key(|p| p.range.start));
    if let Some(p) = chosen {
        return resolve(input, p, si, facts, metric);
    }
    // A paragraph speaks of one time: a figure that states none takes the
    // period of the figure before it in the paragraph (`Berdasarkan data per 31
    // Desember 2024, ... Sisanya, 141.606 pekerja, belum terlindungi.`).
    let paragraph = input.segments.sentences[si].paragraph;
    facts
        .iter()
        .rev()
        .take(LOOKBACK)
        .find(|f| input.segments.sentences[f.sentence].paragraph == paragraph && f.sentence < si)
        .and_then(|f| f.period.clone())
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
    let base = input
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
        // `nilai klaim tersebut naik ... dibandingkan tahun sebelumnya`: the year of
        // the figure being compared.
        .or_else(|| {
            facts
                .iter()
                .rev()
                .take(LOOKBACK)
                .filter(|f| f.metric == metric)
                .find_map(|f| f.period.as_deref().and_then(|l| l.get(..4)).and_then(|y| y.parse().ok()))
        })
        .or_else(|| article_year(input))?;
    Some((base + offset).to_string())
}

/// One statistic stated twice is one fact with several spans. Links between
/// facts (`change_of`) follow the merge.
fn merge_repeats(facts: Vec<Fact>) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    let mut new_index = Vec::with_capacity(facts.len());
    // Facts by what they state, so each repeat is found in constant time.
    type Key = (Metric, u64, Option<RegionId>, Segment, Option<Program>);
    let mut seen: std::collections::HashMap<Key, Vec<usize>> = std::collections::HashMap::new();
    for f in facts {
        let key = (f.metric, f.value.to_bits(), f.region, f.segment, f.program);
        let candidates = seen.entry(key).or_default();
        let same = candidates
            .iter()
            .copied()
            .find(|&i| out[i].period == f.period || out[i].period.is_none() || f.period.is_none());
        if same.is_none() {
            candidates.push(out.len());
        }
        match same {
            Some(i) => {
                let o = &mut out[i];
                o.spans.extend(f.spans);
                if o.period.is_none() {
                    o.period = f.period;
                }
                new_index.push(i);
            }
            None => {
                new_index.push(out.len());
                out.push(f);
            }
        }
    }
    for f in &mut out {
        f.change_of = f.change_of.map(|i| new_index[i]);
    }
    out
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
            Metric::Participants | Metric::Workforce | Metric::Uncovered => f.segment != Segment::All,
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
            near.clone().rev().filter(|&j| j != i).find(|&j| {
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
                                && regions::get(outer).level != Level::Nation
                        })
                })
                .min_by_key(|&j| facts[j].spans[0].start.abs_diff(f.spans[0].start))
        } else {
            None
        };
        facts[i].part_of = total;
    }
}

/// `186.540 pekerja di Provinsi Papua`, `13.925 PMI asal Kabupaten Lombok Timur`:
/// a region named right after the figure's noun is the figure's own.
fn region_after(input: &Input, q: &Quantity, item: &Item) -> Option<RegionId> {
    let head_end = q.range.end + item.head.len();
    let m = input.regions.iter().find(|m| {
        m.range.start >= q.range.end && m.range.start < head_end && m.role == regions::Role::Subject
    })?;
    let between = input.text[q.range.end..m.range.start].to_lowercase();
    let words: Vec<&str> = between.split_whitespace().collect();
    let linked = matches!(words.last(), Some(&("di" | "asal" | "dari" | "se")))
        || words.last().is_some_and(|w| w.starts_with("se-"));
    (linked && words.len() <= 5).then_some(m.region)
}

/// `Dari jumlah itu, pekerja penerima upah sebanyak 121.870 orang, ...`: a
/// sentence that breaks down the figure before it counts the same thing, in the
/// same region. Returns that figure's metric and region.
fn breakdown_of_previous(q: &Quantity, item: &Item, facts: &[Fact]) -> Option<(Metric, Option<RegionId>)> {
    const OPENERS: &[&str] = &[
        "dari jumlah itu",
        "dari jumlah tersebut",
        "dari total itu",
        "dari total tersebut",
        "dari angka itu",
        "dari angka tersebut",
        "rinciannya",
        "jumlah itu terdiri",
        "jumlah tersebut terdiri",
        "di antaranya",
        "dibandingkan tahun",
        "dibanding tahun",
    ];
    let opening = item.sentence.trim_start_matches(['"', '\'', ' ']);
    if q.kind != Kind::Count || !OPENERS.iter().any(|o| opening.starts_with(o)) {
        return None;
    }
    // The sentence's subject figure: the first count of the last sentence that has one.
    let recent = &facts[facts.len().saturating_sub(LOOKBACK)..];
    let last = recent.iter().rev().find(|f| f.kind == Kind::Count)?;
    let subject = recent.iter().find(|f| f.kind == Kind::Count && f.sentence == last.sentence)?;
    Some((subject.metric, subject.region))
}

/// The region a figure at `pos` belongs to (see [`regions::attribute`]).
fn region_for(attribution: &regions::Attribution, pos: usize) -> Option<RegionId> {
    regions::attribute(attribution, pos)
}
