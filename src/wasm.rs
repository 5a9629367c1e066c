//! The WebAssembly boundary, and the only file that imports `wasm_bindgen`.
//!
//! One coarse call per user action: `analyze(text)` runs the whole pipeline and
//! returns the report as a plain, JSON-compatible JS object (objects, not Maps;
//! `null`, not `undefined`). The TypeScript types below describe that object and
//! go into the generated `.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &'static str = r#"
/** `[start, end)` offsets into the text exactly as passed in. */
export interface Span { utf8: [number, number]; utf16: [number, number]; }
export type Metric = "workforce" | "participants" | "coverage_rate" | "uncovered" | "uncovered_rate"
  | "target_rate" | "target_participants" | "employers" | "projects" | "contributions" | "dues"
  | "benefits_paid" | "beneficiaries" | "growth_rate"
  /** derived figures only */
  | "target_gap" | "to_register";
export type Approx = "exact" | "about" | "over" | "under" | "up_to";
export type Segment = "all" | "formal" | "informal" | "construction" | "migrant";
export type Program = "all" | "JHT" | "JKK" | "JKM" | "JP" | "JKP" | "beasiswa";
export type Status = "consistent" | "warning" | "inconsistent";
export interface Region { name: string; level: "nation" | "area" | "province" | "regency" | "city"; code: string | null; }
export interface Message { id: string; en: string; }
export interface DateMention {
  date: string; until: string | null; text: string; span: Span;
  weekday: { stated: string; actual: string; matches: boolean } | null;
}
export interface Document {
  title: string | null; outlet: string | null; dateline: string | null; published: string | null;
  dates: DateMention[]; authors: string[]; editors: string[];
}
export interface Fact {
  metric: Metric; value: number; high: number | null; unit: "persons" | "employers" | "projects" | "IDR" | "percent";
  approx: Approx; region: Region | null; segment: Segment; program: Program | null;
  period: string | null; target_year: number | null;
  text: string; span: Span; spans: Span[]; sentence: string; sentence_span: Span;
  /** How an ambiguous number was read, if it was. */
  reading: string | null;
  /** Index of the total this figure is a listed part of. */
  part_of: number | null;
  /** For a growth rate: index of the figure whose change it states. */
  change_of: number | null;
}
export interface Check {
  kind: "coverage" | "difference" | "complement" | "parts_sum" | "growth" | "target_gap" | "weekday";
  status: Status; facts: number[]; date: number | null; stated: number; computed: number;
  /** computed - stated */
  difference: number;
  /** The reading of the stated figures under which the verdict holds. */
  reading: "rounded" | "truncated" | "incomplete_list" | "none";
  message: Message;
}
export interface Derived {
  metric: Metric; value: number; unit: "persons" | "employers" | "projects" | "IDR" | "percent" | "points"; region: Region | null; segment: Segment;
  program: Program | null; period: string | null; from: number[]; message: Message;
}
export interface Furniture { reason: string; text: string; span: Span; }
export interface Warning { code: string; message: Message; }
export interface Report {
  schema: string; document: Document; facts: Fact[]; checks: Check[]; derived: Derived[];
  furniture: Furniture[]; warnings: Warning[];
}
"#;

/// Analyses an article's text and returns its report.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let report = crate::analyze(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
