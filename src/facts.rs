//! Stage 6: facts. Decides what each quantity in the article body counts: its
//! metric, region, segment, program and period, or that it is not a statistic
//! of this domain at all.
//!
//! Reads only the normalized text through the earlier stages' results; it never
//! looks at furniture lines.

use crate::dates::DateMention;
use crate::furniture::Layout;
use crate::quantities::{Approx, Kind, Quantity};
use crate::regions::{self, RegionId, RegionMention};
use crate::segment::Segments;
use serde::Serialize;
use std::ops::Range;

/// What a fact measures (SPEC.md, "What it reports").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    #[default]
    All,
    Formal,
    Informal,
    Construction,
    Migrant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Program {
    #[serde(rename = "all")]
    All,
    #[serde(rename = "JHT")]
    Jht,
    #[serde(rename = "JKK")]
    Jkk,
    #[serde(rename = "JKM")]
    Jkm,
    #[serde(rename = "JP")]
    Jp,
    #[serde(rename = "JKP")]
    Jkp,
    #[serde(rename = "beasiswa")]
    Beasiswa,
}

/// One statistic the article states.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub metric: Metric,
    pub value: f64,
    pub kind: Kind,
    pub approx: Approx,
    /// Place value of the last printed digit (see [`Quantity::step`]).
    pub step: f64,
    pub region: Option<RegionId>,
    pub segment: Segment,
    pub program: Option<Program>,
    pub period: Option<String>,
    pub target_year: Option<i32>,
    /// Where it is stated; the first is the main one.
    pub spans: Vec<Range<usize>>,
    /// Index into [`Segments::sentences`].
    pub sentence: usize,
}

/// What the earlier stages found.
pub struct Input<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub layout: &'a Layout,
    pub quantities: &'a [Quantity],
    pub dates: &'a [DateMention],
    pub regions: &'a [RegionMention],
}

/// The facts the article body states, in text order.
pub fn extract(input: &Input) -> Vec<Fact> {
    let mut facts = Vec::new();
    for q in input.quantities {
        let Some(si) = input.segments.sentence_at(q.range.start) else { continue };
        let sentence = &input.segments.sentences[si];
        if !input.layout.is_body(sentence.line) {
            continue;
        }
        let sent = &input.text[sentence.range.clone()];
        let before = input.text[sentence.range.start..q.range.start].to_lowercase();
        let after = input.text[q.range.end..sentence.range.end].to_lowercase();
        let Some(metric) = classify(q, &before, &after) else { continue };
        let region = region_for(input, sentence.range.clone(), q.range.start);
        facts.push(Fact {
            metric,
            value: q.value,
            kind: q.kind,
            approx: q.approx,
            step: q.step,
            region,
            segment: Segment::All,
            program: matches!(metric, Metric::BenefitsPaid | Metric::Beneficiaries).then_some(Program::All),
            period: None,
            target_year: None,
            spans: vec![q.range.clone()],
            sentence: si,
        });
        let _ = sent;
    }
    facts
}

fn any(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| hay.contains(w))
}

fn classify(q: &Quantity, before: &str, after: &str) -> Option<Metric> {
    let after_head: String = after.chars().take(60).collect();
    match q.kind {
        Kind::Percent => {
            if any(before, &["diskon", "potongan", "bunga"]) {
                None
            } else if any(&after_head, &["belum terlindungi", "belum terdaftar", "belum menjadi peserta"]) {
                Some(Metric::UncoveredRate)
            } else if any(before, &["target"]) {
                Some(Metric::TargetRate)
            } else if any(before, &["naik", "meningkat", "tumbuh", "turun"]) {
                Some(Metric::GrowthRate)
            } else if any(
                before,
                &["cakupan", "kepesertaan", "capaian", "coverage", "terlindungi", "terdaftar"],
            ) || any(&after_head, &["terdaftar", "terlindungi"])
            {
                Some(Metric::CoverageRate)
            } else {
                None
            }
        }
        Kind::Money => {
            if any(before, &["klaim", "manfaat", "santunan"]) {
                Some(Metric::BenefitsPaid)
            } else if any(before, &["iuran"]) && any(&after_head, &["per bulan", "/bulan", "sebulan"]) {
                Some(Metric::Dues)
            } else if any(before, &["iuran"]) {
                Some(Metric::Contributions)
            } else {
                None
            }
        }
        Kind::Count => {
            let unit = q.unit.as_deref().unwrap_or("");
            let people =
                matches!(unit, "pekerja" | "orang" | "peserta" | "tenaga" | "jiwa" | "buruh" | "karyawan");
            if any(&after_head, &["belum"]) && people {
                Some(Metric::Uncovered)
            } else if unit == "proyek" {
                Some(Metric::Projects)
            } else if any(&after_head, &["pemberi kerja", "badan usaha", "perusahaan"]) {
                Some(Metric::Employers)
            } else if people && any(before.rsplit(',').next().unwrap_or(""), &["total", "jumlah", "dari"]) {
                Some(Metric::Workforce)
            } else if people
                || any(&after_head, &["terdaftar", "peserta", "terlindungi"])
                || any(before, &["melindungi", "terdaftar"])
            {
                Some(Metric::Participants)
            } else {
                None
            }
        }
    }
}

/// The region the sentence names before the figure, else the nearest earlier
/// region of the paragraph, else the article's most-named region.
fn region_for(input: &Input, sentence: Range<usize>, pos: usize) -> Option<RegionId> {
    let in_sentence = input
        .regions
        .iter()
        .rfind(|m| m.range.start >= sentence.start && m.range.end <= sentence.end && m.range.start < pos);
    if let Some(m) = in_sentence {
        return Some(m.region);
    }
    let body_mentions: Vec<&RegionMention> = input
        .regions
        .iter()
        .filter(|m| input.layout.is_body(input.segments.line_at(m.range.start)))
        .collect();
    let mut counts: Vec<(RegionId, usize)> = Vec::new();
    for m in &body_mentions {
        match counts.iter_mut().find(|(r, _)| *r == m.region) {
            Some(c) => c.1 += 1,
            None => counts.push((m.region, 1)),
        }
    }
    counts
        .sort_by(|a, b| b.1.cmp(&a.1).then(regions::get(a.0).name.len().cmp(&regions::get(b.0).name.len())));
    counts.first().map(|c| c.0)
}
