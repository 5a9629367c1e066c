//! The regions stage with no gazetteer, for scripts/size-regions.sh only: put
//! in place of src/regions/mod.rs (table.rs removed), it has the same public
//! items, with the same types (src/regions/types.rs), and knows no place.
//! Building the crate with it and comparing the .wasm sizes gives what the
//! gazetteer and its matching code cost. Not compiled into the product. Every
//! answer goes through `black_box`, so that the optimiser cannot tell the
//! answers are empty and drop the code of the other stages that uses them:
//! the difference is the stage's own cost.

mod types;

pub use types::{Level, Region, RegionId, RegionMention, Role};

use crate::furniture::Layout;
use crate::segment::Segments;
use std::hint::black_box;

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
