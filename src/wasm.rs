//! The WebAssembly boundary, and the only file that imports `wasm_bindgen`.
//!
//! One coarse call per user action: `analyze(text)` runs the whole pipeline and
//! returns the report as a plain, JSON-compatible JS object (objects, not Maps;
//! `null`, not `undefined`). Arguments come in as `JsValue` and are checked by
//! the helpers at the end of this file (`expect_string`, `type_error`), so a
//! wrong type is a `TypeError` naming what was expected and what was given,
//! never a trap. The TypeScript types below describe the report and go into
//! the generated `.d.ts`, with `analyze(text: string): Report`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &'static str = r#"
/** `[start, end)` offsets into the text exactly as passed in. */
export interface Span { utf8: [number, number]; utf16: [number, number]; }
export type Metric = "workforce" | "participants" | "coverage_rate" | "uncovered" | "uncovered_rate"
  | "target_rate" | "target_participants" | "employers" | "projects" | "contributions" | "dues"
  | "benefits_paid" | "beneficiaries" | "growth_rate" | "to_register"
  /** derived figures only */
  | "target_gap";
export type Approx = "exact" | "about" | "over" | "under" | "up_to";
export type Segment = "all" | "formal" | "informal" | "construction" | "migrant" | "pbi" | "non_pbi";
export type Program = "all" | "JHT" | "JKK" | "JKM" | "JP" | "JKP" | "beasiswa";
export type Status = "consistent" | "warning" | "inconsistent";
export type Scheme = "jamsostek" | "jkn";
export type Language = "id" | "en";
export interface Region { name: string; level: "nation" | "area" | "province" | "regency" | "city"; code: string | null; }
export interface Message { id: string; en: string; }
export interface DateMention {
  date: string; until: string | null; text: string; span: Span;
  weekday: { stated: string; actual: string; matches: boolean } | null;
}
export interface Document {
  title: string | null; outlet: string | null; dateline: string | null; published: string | null;
  dates: DateMention[]; authors: string[]; editors: string[];
  /** The language of the text, decided from its words; null when neither Indonesian nor English. */
  language: Language | null;
  /** The schemes its figures are about. */
  scheme: Scheme[];
}
/** One decision behind a fact's reading: its metric, region, segment, program or period. */
export interface Because {
  role: "metric" | "region" | "segment" | "program" | "period" | "restates";
  /** The rule that fired (stable identifiers, ARCHITECTURE.md). */
  rule: string;
  /** The words it rested on, as in the input; empty when none. */
  text: string; span: Span | null;
}
export interface Fact {
  metric: Metric; value: number; high: number | null; unit: "persons" | "employers" | "projects" | "IDR" | "percent";
  approx: Approx;
  /** The place value of the last printed digit, which sets the figure's rounding interval. */
  step: number;
  region: Region | null; segment: Segment; program: Program | null;
  /** End point of the period (`2025-06` for semester I 2025). */
  period: string | null;
  /** Where a stretch of time began (`2025-01`), when stated. */
  period_start: string | null;
  target_year: number | null;
  /** The figure with its qualifier, as printed (`sekitar 41,30 persen`). */
  printed: string;
  text: string; span: Span; spans: Span[]; sentence: string; sentence_span: Span;
  /** How an ambiguous number was read, if it was. */
  reading: string | null;
  /** Index of the total this figure is a listed part of. */
  part_of: number | null;
  /** For a growth rate: index of the figure whose change it states. */
  change_of: number | null;
  /** For a growth rate: the earlier value it is compared with. */
  change_from: number | null;
  /** The figure this one restates. */
  restates: number | null;
  scheme: Scheme;
  confidence: { level: "high" | "low"; reason: string | null };
  because: Because[];
}
export type Role = "participants" | "workforce" | "coverage_rate" | "uncovered" | "uncovered_rate" | "part"
  | "total" | "earlier" | "later" | "change" | "target_rate" | "previous_target_rate" | "target_participants"
  | "to_register" | "first" | "restated";
export interface Check {
  kind: "coverage" | "difference" | "complement" | "parts_sum" | "growth" | "target_gap" | "restatement" | "weekday";
  status: Status; facts: number[]; date: number | null; stated: number; computed: number;
  /** computed - stated */
  difference: number;
  /** The reading of the stated figures under which the verdict holds. */
  reading: "rounded" | "truncated" | "incomplete_list" | "from_previous_target" | "none";
  /** The formula's figures and their roles, the stated figure last. */
  terms: { role: Role; fact: number }[];
  /** What the stated figure may mean under that reading (the tolerance), and what the computation gives; null ends are unbounded. */
  stated_range: { lo: number | null; hi: number | null };
  computed_range: { lo: number | null; hi: number | null };
  /** The fact whose low-confidence reading turned an inconsistency into a warning. */
  doubt: number | null;
  message: Message;
}
export interface Derived {
  metric: Metric; value: number; unit: "persons" | "employers" | "projects" | "IDR" | "percent" | "points"; region: Region | null; segment: Segment;
  program: Program | null; period: string | null; from: number[];
  formula: { implied_workforce: { from_parts: boolean } } | "coverage" | "uncovered" | "earlier_value" | "change" | "target_gap" | { to_register: { implied: boolean } };
  message: Message;
}
/** One region's coverage as the page and the box draw it: decided by the core. */
export interface Coverage {
  region: Region | null; segment: Segment; scheme: Scheme;
  coverage: { value: number; source: "stated" | "derived"; index: number; period: string | null; confidence: "high" | "low" } | null;
  target: { value: number; year: number | null; fact: number; national: boolean } | null;
  gap_points: number | null; gap_workers: number | null;
  /** Checks (indices) that dispute the coverage figure. */
  disputed_by: number[];
  /** Whether the target is reached; null unless the rate is stated, undisputed and read with high confidence. */
  reached: boolean | null;
}
export interface Furniture { reason: string; text: string; span: Span; }
/** A number in the text that no fact covers, and why. */
export interface NumberOut {
  text: string; span: Span;
  reason: "year" | "date" | "time" | "regulation" | "code" | "furniture" | "headline" | "not_domain" | "not_understood";
  /** The precise reason, e.g. `per_person`, `wage_share`, `share_of_workforce`. */
  why: string;
  message: Message;
}
export interface Warning { code: string; message: Message; }
export interface Report {
  schema: string; document: Document; facts: Fact[]; checks: Check[]; derived: Derived[];
  coverage: Coverage[]; furniture: Furniture[]; numbers: NumberOut[]; warnings: Warning[];
}
"#;

/// Analyses an article's text and returns its report, a plain JSON-compatible
/// object. Throws a `TypeError` if `text` is not a string; a string with lone
/// surrogates is read with U+FFFD in place of each.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let text = expect_string(&text, "analyze(text)")?;
    let report = crate::analyze(&text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(|e| JsError::new(&e.to_string()).into())
}

/// Recomputes a report's checks, derived figures and coverage from its
/// facts (as a person corrected them) and its document. Throws a `TypeError`
/// naming the field when the report is malformed (`facts[2].value: expected a
/// finite number, got the string "x"`); never returns a partial result.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn recheck(#[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue) -> Result<JsValue, JsValue> {
    if !report.is_object() || js_sys::Array::is_array(&report) {
        return Err(type_error("recheck(report)", "a report object", &report));
    }
    let value: serde_json::Value = serde_wasm_bindgen::from_value(report.clone()).map_err(|e| {
        JsValue::from(js_sys::TypeError::new(&format!("recheck(report): not a plain JSON object ({e})")))
    })?;
    let rechecked = crate::recheck::recheck(&value)
        .map_err(|e| JsValue::from(js_sys::TypeError::new(&format!("recheck(report): {e}"))))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&rechecked, &serializer).map_err(|e| JsError::new(&e.to_string()).into())
}

/// Every place the gazetteer knows: the nation, BPJS's regional areas, the
/// provinces, regencies and cities, each `{name, level, code}` (for the
/// page's region editor).
#[wasm_bindgen(unchecked_return_type = "Region[]")]
pub fn regions() -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(crate::regions::all(), &serializer)
        .map_err(|e| JsError::new(&e.to_string()).into())
}

/// The version of cakupan.
// No argument to check: JavaScript drops extra ones.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

// ---- Checking what JavaScript passes in ----
//
// Every export takes its arguments as `JsValue` and checks them here, because
// wasm-bindgen's glue for a `&str` or a struct parameter does not: given a
// number, `null` or an object it fails inside WebAssembly (a trap, or "memory
// access out of bounds") instead of throwing something a caller can catch.

/// `value` as a Rust string, or a `TypeError` naming `what` (the function and
/// parameter, or a field's path) and the kind of value given.
fn expect_string(value: &JsValue, what: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| type_error(what, "a string", value))
}

/// A `TypeError` saying "`what`: expected `expected`, got `kind of value`".
fn type_error(what: &str, expected: &str, got: &JsValue) -> JsValue {
    js_sys::TypeError::new(&format!("{what}: expected {expected}, got {}", kind(got))).into()
}

/// What kind of JavaScript value `value` is: `typeof`, with `null` and arrays
/// told apart from objects.
fn kind(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}
