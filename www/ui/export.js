// Exports of every analysed article: CSV of the figures and of the checks
// (machine-readable: plain numbers with `.` decimals, RFC 4180 quoting, text
// cells that a spreadsheet would run as a formula are prefixed with `'`), one
// JSON document with the full reports, and a plain-text report for the
// clipboard. Downloads are made from Blobs in the page: nothing is uploaded.

import { t, metricName, segmentName, programName, approxName, statusName, kindName, message } from './i18n.js';
import { formatValue, formatPercent, formatCount, formatPoints } from './format.js';
import { coverageRows } from './coverage.js';

function cell(v) {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (values) => values.map(cell).join(',');

export const FACT_COLUMNS = ['article', 'n', 'metric', 'value', 'unit', 'approx', 'region', 'region_level', 'region_code',
  'segment', 'program', 'period', 'target_year', 'text', 'start', 'end', 'sentence'];

export function factsCsv(articles) {
  const rows = [line(FACT_COLUMNS)];
  for (const a of articles) {
    (a.report.facts ?? []).forEach((f, i) => rows.push(line([
      a.name, i + 1, f.metric, f.value, f.unit, f.approx, f.region?.name, f.region?.level, f.region?.code,
      f.segment, f.program, f.period, f.target_year, f.text, f.span?.utf16?.[0], f.span?.utf16?.[1], f.sentence,
    ])));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export const CHECK_COLUMNS = ['article', 'kind', 'status', 'facts', 'stated', 'computed', 'difference', 'message_id', 'message_en'];

export function checksCsv(articles) {
  const rows = [line(CHECK_COLUMNS)];
  for (const a of articles) {
    for (const c of a.report.checks ?? []) {
      rows.push(line([a.name, c.kind, c.status, (c.facts ?? []).map((i) => i + 1).join(' '), c.stated, c.computed,
        c.difference, c.message?.id, c.message?.en]));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function reportsJson(articles) {
  return `${JSON.stringify({
    format: 'cakupan-export/1',
    articles: articles.map((a) => ({ name: a.name, report: a.report })),
  }, null, 2)}\n`;
}

/** The report as plain text, in the page's language, for the clipboard. */
export function reportText(articles) {
  const out = [];
  for (const a of articles) {
    const r = a.report;
    out.push(`== ${a.name}`);
    const d = r.document ?? {};
    const about = [d.outlet, d.dateline, d.published].filter(Boolean).join(', ');
    if (about) out.push(about);
    out.push('', `${t('coverage')}:`);
    const rows = coverageRows(r);
    if (!rows.length) out.push(`  ${t('noCoverage')}`);
    for (const row of rows) {
      const parts = [`  ${row.region?.name ?? t('noRegion')}${row.segment !== 'all' ? ` (${segmentName(row.segment)})` : ''}:`];
      if (row.coverage) parts.push(`${formatPercent(row.coverage.value)} ${row.coverage.source === 'stated' ? t('stated') : t('computed')}`);
      if (row.target) parts.push(`${row.target.national ? t('nationalTarget') : t('target')} ${formatPercent(row.target.value)}`);
      if (row.gapPoints > 0) parts.push(t('gapPoints', formatPoints(row.gapPoints)));
      if (row.gapWorkers != null) parts.push(t('gapWorkers', formatCount(row.gapWorkers)));
      out.push(parts.join(' '));
    }
    out.push('', `${t('checks')}:`);
    for (const c of r.checks ?? []) out.push(`  [${statusName(c.status)}] ${kindName(c.kind)}: ${message(c.message)}`);
    if (!(r.checks ?? []).length) out.push(`  ${t('noChecks')}`);
    out.push('', `${t('facts')}:`);
    (r.facts ?? []).forEach((f, i) => {
      const ctx = [f.region?.name, f.segment !== 'all' ? segmentName(f.segment) : null, programName(f.program) || null, f.period]
        .filter(Boolean).join(', ');
      const q = approxName(f.approx);
      out.push(`  ${i + 1}. ${metricName(f.metric)}: ${q ? `${q} ` : ''}${formatValue(f.value, f.unit)}${ctx ? ` (${ctx})` : ''}`);
    });
    for (const dv of r.derived ?? []) {
      out.push(`  * ${metricName(dv.metric)}: ${formatValue(dv.value, dv.unit)} (${t('computedBadge')}) ${message(dv.message)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

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
