//! The domain's vocabulary: what a figure measures ([`Metric`]), whose workers
//! it is about ([`Segment`]), which benefit program ([`Program`]) and which
//! social-security scheme ([`Scheme`]). A leaf module: every stage that names
//! these imports them from here, and this module imports nothing of the crate.

use serde::{Deserialize, Serialize};

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
    /// Workers still to register to reach a target, stated (`masih harus
    /// menambah 176.502 peserta lagi`) or derived.
    ToRegister,
}

impl Metric {
    /// Every metric a fact (not a derived figure) can have, in the order the
    /// page lists them.
    pub const STATED: [Metric; 15] = [
        Metric::Workforce,
        Metric::Participants,
        Metric::CoverageRate,
        Metric::Uncovered,
        Metric::UncoveredRate,
        Metric::TargetRate,
        Metric::TargetParticipants,
        Metric::Employers,
        Metric::Projects,
        Metric::Contributions,
        Metric::Dues,
        Metric::BenefitsPaid,
        Metric::Beneficiaries,
        Metric::GrowthRate,
        Metric::ToRegister,
    ];

    /// Counts of people (the ones a coverage rate divides).
    pub fn counts_people(self) -> bool {
        matches!(
            self,
            Metric::Workforce
                | Metric::Participants
                | Metric::Uncovered
                | Metric::TargetParticipants
                | Metric::Beneficiaries
                | Metric::ToRegister
        )
    }

    /// Sums of money and counts of beneficiaries, which carry a program.
    pub fn has_program(self) -> bool {
        matches!(self, Metric::BenefitsPaid | Metric::Beneficiaries)
    }
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
    /// JKN: penerima bantuan iuran (PBI), members whose contribution the
    /// state pays (APBN or APBD).
    Pbi,
    /// JKN: members who are not PBI (PPU, PBPU and BP together).
    NonPbi,
}

/// Which benefit program a sum of money or a count of beneficiaries is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Program {
    #[serde(rename = "all")]
    All,
    /// Jaminan Hari Tua (old-age savings).
    #[serde(rename = "JHT")]
    Jht,
    /// Jaminan Kecelakaan Kerja (work accident).
    #[serde(rename = "JKK")]
    Jkk,
    /// Jaminan Kematian (death).
    #[serde(rename = "JKM")]
    Jkm,
    /// Jaminan Pensiun (pension).
    #[serde(rename = "JP")]
    Jp,
    /// Jaminan Kehilangan Pekerjaan (job loss).
    #[serde(rename = "JKP")]
    Jkp,
    /// Scholarships for participants' children.
    #[serde(rename = "beasiswa")]
    Beasiswa,
}

/// Which social-security scheme a figure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// Workers' social security: BPJS Ketenagakerjaan (BPJAMSOSTEK, Jamsostek).
    #[default]
    Jamsostek,
    /// Health insurance: JKN, run by BPJS Kesehatan. Participants are JKN
    /// members, the workforce is the population in scope.
    Jkn,
}

/// How sure the reading of a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    #[default]
    High,
    Low,
}
