//! The regions stage with no gazetteer, for scripts/size-regions.sh only: the
//! same public items as src/regions/mod.rs, knowing no place. Building the
//! crate with this file in place of src/regions/ and comparing the .wasm
//! sizes gives what the gazetteer and its matching code cost. Not compiled
//! into the product. Every answer goes through `black_box`, so that the
//! optimiser cannot tell the answers are empty and drop the code of the other
//! stages that uses them: the difference is the gazetteer's own cost.

use crate::furniture::Layout;
use crate::segment::Segments;
use serde::Serialize;
use std::hint::black_box;
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    pub name: &'static str,
    pub level: Level,
    pub code: Option<&'static str>,
}

pub type RegionId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Subject,
    Title,
    Office,
    Venue,
    Org,
    Locator,
    Anaphor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RegionMention {
    pub range: Range<usize>,
    pub region: RegionId,
    pub role: Role,
}

static NATION: [Region; 1] = [Region { name: "Indonesia", level: Level::Nation, code: None }];

pub fn get(_id: RegionId) -> &'static Region {
    &black_box(&NATION)[0]
}

pub fn by_name(name: &str) -> Option<RegionId> {
    black_box(name);
    black_box(None)
}

pub fn all() -> &'static [Region] {
    black_box(&NATION)
}

pub fn province_of(id: RegionId) -> Option<RegionId> {
    black_box(Some(id))
}

pub fn contains(outer: RegionId, inner: RegionId) -> bool {
    black_box(outer == inner)
}

pub fn scan(text: &str) -> Vec<RegionMention> {
    black_box(text);
    black_box(Vec::new())
}

#[derive(Debug, Clone)]
pub struct Attribution<'a> {
    _text: &'a str,
}

pub const CLAUSE_REACH: usize = 400;

impl<'a> Attribution<'a> {
    pub fn new(text: &'a str, _: &Segments, _: &Layout, _: &[RegionMention]) -> Attribution<'a> {
        Attribution { _text: text }
    }
    pub fn main(&self) -> Option<RegionId> {
        black_box(Some(0))
    }
}

pub fn attribute(ctx: &Attribution, pos: usize) -> Option<RegionId> {
    black_box((ctx, pos));
    black_box(Some(0))
}
