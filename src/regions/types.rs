//! The regions stage's types: what a place is, and what a mention of one in
//! the text says. Kept apart from the stage's code so that the size probe
//! (scripts/size-regions.sh) builds a stand-in for the stage with these very
//! types.

use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Nation,
    Area,
    Province,
    Regency,
    City,
}

/// A place a figure can belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    /// As in the official list: `Kalimantan Selatan`, `Kabupaten Banjar`,
    /// `Kota Banjarmasin`; areas as BPJS names them (`Kalimantan`); the nation
    /// is `Indonesia`.
    pub name: &'static str,
    pub level: Level,
    /// Official code (`63` for Kalimantan Selatan, `63.03` for Kabupaten
    /// Banjar); none for areas and the nation.
    pub code: Option<&'static str>,
}

/// Index into the gazetteer; stable within one build.
pub type RegionId = usize;

/// The part a place name plays where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Names a place the nearby figures may be about (`di wilayah Kalimantan`,
    /// `Pemkab Banjar`, `BPJS Ketenagakerjaan Kalbar`, `Presiden`).
    Subject,
    /// Part of a person's title (`Kepala BPJS Ketenagakerjaan Kanwil
    /// Kalimantan`, `Sekretaris Daerah Banjar`, `Bupati Banjar`).
    Title,
    /// A branch office (`Cabang Banjarmasin`): the figure's region only when
    /// the office itself states the figure in the same clause.
    Office,
    /// Where an event or a speech took place (`di salah satu hotel di
    /// Banjarmasin`, `kata Erfan di Banjarmasin`, `di Banjarmasin, Senin`).
    Venue,
    /// Part of an institution's name that is not about coverage (`DPRD Kalsel`,
    /// `Bank Indonesia`, `Polda Kalbar`).
    Org,
    /// A province that only locates the place before it (`Banjarmasin,
    /// Provinsi Kalimantan Selatan`).
    Locator,
    /// Refers back to a place named earlier (`di daerah`, `daerah tersebut`,
    /// `di sana`); `region` is the nearest earlier subject or title, which
    /// [`Attribution`](super::Attribution) settles again knowing the dateline and page furniture.
    Anaphor,
}

/// A place named in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionMention {
    /// The name with its prefix (`Pemerintah Kabupaten Banjar`).
    pub range: Range<usize>,
    pub region: RegionId,
    pub role: Role,
}
