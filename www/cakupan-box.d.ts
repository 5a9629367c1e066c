// Types for <cakupan-box> (cakupan-box.js). The report's shape is `Report`
// from the core's generated types.
import type { Report } from './pkg/cakupan.js';

export type { Report };

/** One row of the box: a row of the core's `report.coverage`, renamed (the box decides nothing). */
export interface CoverageRow {
  region: Report['coverage'][number]['region'];
  segment: Report['coverage'][number]['segment'];
  /** Coverage in percent (41.3 for 41,3 %), or null when only a target is stated. */
  coverage: number | null;
  /** True when `coverage` is derived from other figures, not stated. */
  derived: boolean;
  period: string | null;
  /** Target coverage in percent, or null. */
  target: number | null;
  targetYear: number | null;
  /** A check disputes the coverage figure (`disputed_by` is not empty). */
  disputed: boolean;
  /** The coverage figure was read with low confidence. */
  low: boolean;
  /** Whether the target is reached, as the core decided it; null when it cannot say. */
  reached: boolean | null;
}

/**
 * `<cakupan-box for="article-body" lang="id" mode="compact" report-href="/cakupan/">`
 *
 * Attributes: `for` (id of the element whose text is analysed; default the
 * first `<article>`), `lang` (`id` | `en`; default the nearest `[lang]`),
 * `mode` (`compact` | `full`), `report-href` (link to the full report; the
 * link carries the article in its #fragment, so the page opens it analysed).
 * Events: `cakupan-report` (detail: Report), `cakupan-error` (detail: Error).
 */
export declare class CakupanBox extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The last report, or null before the first analysis finishes. */
  readonly report: Report | null;
  /** Re-reads the article and analyses it again; resolves to the report (null without an article). */
  refresh(): Promise<Report | null>;
}

/** The text the box analyses: paragraphs as blank-line-separated lines, independent of CSS. */
export declare function articleText(element: Element): string;
/** The core's coverage list (`report.coverage`) as the box's rows, in the core's order. */
export declare function coverageRows(report: Report): CoverageRow[];
/**
 * The full report's address: `base` with `text` in its fragment (`#z=` deflate-raw
 * base64url, or `#t=` percent-encoded) and, if given, the index of a check to show.
 */
export declare function reportLink(base: string, text: string, check?: number | null): Promise<string>;
/** The checks whose status is `inconsistent` or `warning`, worst first. */
export declare function problems(report: Report): Report['checks'];

declare global {
  interface HTMLElementTagNameMap { 'cakupan-box': CakupanBox; }
  interface HTMLElementEventMap {
    'cakupan-report': CustomEvent<Report>;
    'cakupan-error': CustomEvent<unknown>;
  }
}
