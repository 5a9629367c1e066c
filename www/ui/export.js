// Exports of every analysed article: CSV of the figures and of the checks for
// a newsroom's spreadsheet, one JSON document with the full reports, and a
// plain-text report for the clipboard. Downloads are made from Blobs in the
// page: nothing is uploaded.
//
// The CSV files open as they should in a spreadsheet set to Indonesian or to
// English: UTF-8 with a byte-order mark (so "Kab. Kepulauan Talaud" and
// "–" survive), RFC 4180 quoting, and a choice of separator: `,` with `.`
// decimals, or `;` with `,` decimals (what a spreadsheet set to Indonesian
// expects). Every code (metric, segment, status...) has the label the page
// shows beside it, values are given at the precision the article printed them
// with, and each row names its article's full title. Text cells a spreadsheet
// would run as a formula get a leading `'`.

import {
  t, getLang, metricName, segmentName, programName, approxName, statusName, kindName, levelName, message, dayName,
} from './i18n.js';
import { formatValue, formatPercent, formatCount, formatPoints, atPrecision } from './format.js';

/** The CSV dialects: `,` with a `.` decimal mark, `;` with a `,` decimal mark. */
export const DIALECTS = { ',': '.', ';': ',' };

function cellOf(sep) {
  return (v) => {
    if (v == null) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return s.includes('"') || s.includes(sep) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
}

/** A CSV document: BOM, header, rows, CRLF line ends. */
function csv(header, rows, sep) {
  const cell = cellOf(sep);
  const line = (values) => values.map(cell).join(sep);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** The decimal places a printed figure carries (`step` 0.01 → 2). */
const placesOf = (step) => (Number.isFinite(step) && step > 0 && step < 1 ? Math.min(10, Math.round(-Math.log10(step))) : 0);

/** The article's full title, else the name the page gives it. */
const titleOf = (a) => a.report.document?.title || a.name;

export const FACT_COLUMNS = [
  'article', 'title', 'outlet', 'published', 'n', 'metric', 'metric_label', 'value', 'unit', 'printed', 'approx',
  'approx_label', 'region', 'region_level', 'region_level_label', 'region_code', 'segment', 'segment_label', 'program',
  'program_label', 'period', 'target_year', 'confidence', 'confidence_reason', 'text', 'start', 'end', 'sentence',
  'edited', 'original_metric', 'original_value', 'original_region', 'original_segment', 'original_program', 'original_period',
];

/**
 * The figures of every article, one row each. `sep` is `,` (decimal `.`) or
 * `;` (decimal `,`).
 */
export function factsCsv(articles, { sep = ',' } = {}) {
  const decimal = DIALECTS[sep] ?? '.';
  const rows = [];
  const row = (a, d, f, n, edited) => {
    const o = f.original;
    return [
      a.name, titleOf(a), d.outlet, d.published, n, f.metric, metricName(f.metric), atPrecision(f.value, f.step, decimal),
      f.unit, f.printed, f.approx, approxName(f.approx), f.region?.name, f.region?.level, f.region ? levelName(f.region.level) : '',
      f.region?.code, f.segment, segmentName(f.segment), f.program, f.program ? programName(f.program) : '', f.period,
      f.target_year, f.confidence?.level, f.confidence?.reason, f.text, f.span?.utf16?.[0], f.span?.utf16?.[1], f.sentence,
      edited, o?.metric, o ? atPrecision(o.value, f.step, decimal) : '', o?.region?.name, o?.segment, o?.program, o?.period,
    ];
  };
  for (const a of articles) {
    const d = a.report.document ?? {};
    // A reader's corrections (the page's editor) are marked: changed with the
    // core's reading beside them, added, or removed (listed after the others).
    (a.report.facts ?? []).forEach((f, i) => rows.push(row(a, d, f, i + 1, f.added ? 'added' : f.edited ? 'changed' : '')));
    for (const f of a.report.removed ?? []) rows.push(row(a, d, f, '', 'removed'));
  }
  return csv(FACT_COLUMNS, rows, sep);
}

export const CHECK_COLUMNS = [
  'article', 'title', 'n', 'kind', 'kind_label', 'status', 'status_label', 'facts', 'unit', 'stated', 'computed',
  'difference', 'stated_low', 'stated_high', 'date', 'date_text', 'stated_day', 'actual_day', 'message', 'message_id', 'message_en',
];

/** `x` rounded for a computed cell: two more places than the stated figure for a percentage, whole persons and rupiah. */
function computedCell(x, unit, step, decimal) {
  if (x == null || !Number.isFinite(x)) return '';
  const places = unit === 'percent' || unit === 'points' ? Math.max(2, placesOf(step) + 2) : placesOf(step);
  let s = x.toFixed(places);
  if (decimal !== '.') s = s.replace('.', decimal);
  return s;
}

/**
 * The checks of every article, one row each. A weekday check gives its date,
 * the day the article printed and the day it really was; the others the
 * stated and computed figures in the stated figure's unit and precision, the
 * range the stated figure may mean (the tolerance) and the message.
 */
export function checksCsv(articles, { sep = ',' } = {}) {
  const decimal = DIALECTS[sep] ?? '.';
  const rows = [];
  for (const a of articles) {
    const r = a.report;
    (r.checks ?? []).forEach((c, k) => {
      const base = [a.name, titleOf(a), k + 1, c.kind, kindName(c.kind), c.status, statusName(c.status),
        (c.facts ?? []).map((i) => i + 1).join(' ')];
      const msg = [message(c.message, r.document?.language), c.message?.id, c.message?.en];
      if (c.kind === 'weekday') {
        const d = r.document?.dates?.[c.date];
        rows.push([...base, '', '', '', '', '', '', d?.date, d?.text, dayName(d?.weekday?.stated), dayName(d?.weekday?.actual), ...msg]);
        return;
      }
      const statedIndex = c.terms?.length ? c.terms[c.terms.length - 1].fact : c.facts?.[c.facts.length - 1];
      const stated = r.facts?.[statedIndex];
      const unit = stated?.unit ?? '';
      const step = stated?.step;
      rows.push([...base, unit, stated ? atPrecision(c.stated, step, decimal) : computedCell(c.stated, unit, step, decimal),
        computedCell(c.computed, unit, step, decimal), computedCell(c.difference, unit, step, decimal),
        computedCell(c.stated_range?.lo, unit, step, decimal), computedCell(c.stated_range?.hi, unit, step, decimal),
        '', '', '', '', ...msg]);
    });
  }
  return csv(CHECK_COLUMNS, rows, sep);
}

export function reportsJson(articles) {
  return `${JSON.stringify({
    format: 'cakupan-export/1',
    articles: articles.map((a) => ({ name: a.name, report: a.report })),
  }, null, 2)}\n`;
}

/** One line of the core's coverage list, in words. */
function coverageLine(report, row) {
  const parts = [`  ${row.region?.name ?? t('noRegion')}${row.segment !== 'all' ? ` (${segmentName(row.segment)})` : ''}:`];
  if (row.coverage) {
    parts.push(`${formatPercent(row.coverage.value)} ${row.coverage.source === 'stated' ? t('stated') : t('computed')}`);
    if (row.coverage.period) parts.push(`(${row.coverage.period})`);
    if (row.disputed_by?.length) parts.push(`[${t('disputed', row.disputed_by.map((i) => i + 1))}]`);
  }
  if (row.target) parts.push(`${row.target.national ? t('nationalTarget') : t('target')} ${formatPercent(row.target.value)}`);
  if (row.gap_points > 0) parts.push(t('gapPoints', formatPoints(row.gap_points)));
  if (row.gap_workers != null) parts.push(t('gapWorkers', formatCount(row.gap_workers)));
  if (row.reached) parts.push(t('reached'));
  return parts.join(' ');
}

/** The report as plain text, in the page's language, for the clipboard. */
export function reportText(articles) {
  const out = [];
  for (const a of articles) {
    const r = a.report;
    const lang = r.document?.language;
    out.push(`== ${titleOf(a)}`);
    const d = r.document ?? {};
    const about = [d.outlet, d.dateline, d.published].filter(Boolean).join(', ');
    if (about) out.push(about);
    out.push('', `${t('coverage')}:`);
    const rows = r.coverage ?? [];
    if (!rows.length) out.push(`  ${t('noCoverage')}`);
    for (const row of rows) out.push(coverageLine(r, row));
    out.push('', `${t('checks')}:`);
    (r.checks ?? []).forEach((c, k) => out.push(`  ${k + 1}. [${statusName(c.status)}] ${kindName(c.kind)}: ${message(c.message, lang)}`));
    if (!(r.checks ?? []).length) out.push(`  ${t('noChecks')}`);
    out.push('', `${t('facts')}:`);
    (r.facts ?? []).forEach((f, i) => {
      const ctx = [f.region?.name, f.segment !== 'all' ? segmentName(f.segment) : null, programName(f.program) || null, f.period]
        .filter(Boolean).join(', ');
      const q = approxName(f.approx);
      out.push(`  ${i + 1}. ${metricName(f.metric)}: ${q ? `${q} ` : ''}${formatValue(f.value, f.unit)}${ctx ? ` (${ctx})` : ''}`);
    });
    for (const dv of r.derived ?? []) {
      out.push(`  * ${metricName(dv.metric)}: ${formatValue(dv.value, dv.unit)} (${t('computedBadge')}) ${message(dv.message, lang)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The language's usual CSV separator: `;` for Indonesian spreadsheets, `,` for English ones. */
export const defaultSeparator = () => (getLang() === 'en' ? ',' : ';');

/** Saves `content` as a file called `name`. */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2022-10-11` → "11 Oktober 2022" (English: "October 11, 2022"); null stays null. */
function longDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso ?? '')) return iso ?? null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(getLang() === 'en' ? 'en-US' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * Fills the header printed above the report (hidden on screen): the tool, the
 * article's full title, its outlet and its date, and when it was printed.
 */
export function renderPrintHead(root, article) {
  const d = article?.report?.document ?? {};
  const lines = [];
  const title = d.title || (article ? article.label : '') || '';
  const about = [d.outlet, d.dateline, longDate(d.published)].filter(Boolean).join(' · ');
  root.replaceChildren();
  const tool = document.createElement('p');
  tool.className = 'print-tool';
  tool.textContent = t('printTool', new Date().toISOString().slice(0, 10));
  lines.push(tool);
  if (title) {
    const h = document.createElement('p');
    h.className = 'print-title';
    h.textContent = title;
    lines.push(h);
  }
  if (about) {
    const p = document.createElement('p');
    p.className = 'print-about';
    p.textContent = about;
    lines.push(p);
  }
  root.append(...lines);
}
