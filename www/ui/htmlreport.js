// "Unduh laporan (HTML)": one self-contained HTML file for an editor who does
// not have the tool. Per article: what it is, the coverage, the checks with
// their explanations, the figures (corrections marked, with the tool's first
// reading beside them, and the figures a reader removed), and the text with
// its figures highlighted. No script, no external resource (its CSP forbids
// both), readable offline and printable. Every string from the article or the
// report is escaped.

import {
  t, col, metaLabel, segmentName, programName, approxName, statusName, kindName, message, metricNameIn, words, getLang,
} from './i18n.js';
import { formatPercent, formatValue, formatPoints, formatCount } from './format.js';
import { coverageRows, notAbout } from './coverage.js';
import { formatPeriod } from './edits.js';
import { originalText, schemeOf } from './report.js';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff;margin:0 auto;max-width:62rem;padding:1rem}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.2rem;color:#1f4e5f;border-top:2px solid #1f4e5f;padding-top:.6rem;margin-top:2rem}
h3{font-size:1rem;margin:1.1rem 0 .3rem}.muted{color:#575757}.small{font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;border-bottom:1px solid #ddd;padding:.25rem .4rem;vertical-align:top}
thead th{background:#eeede7}td.num{text-align:right;white-space:nowrap}
.check{border:1px solid #d6d4cc;border-left:5px solid #999;border-radius:4px;padding:.3rem .6rem;margin:.4rem 0;break-inside:avoid}
.check.inconsistent{border-left-color:#a4161a}.check.warning{border-left-color:#c98a00}.check.consistent{border-left-color:#1e6b2e}
.status{font-weight:700}.inconsistent .status{color:#a4161a}.warning .status{color:#7a4f00}.consistent .status{color:#1e6b2e}
.tag{font-size:.75rem;border:1px solid currentColor;border-radius:3px;padding:0 .25rem;margin-left:.3rem;white-space:nowrap}
.edited{color:#7a3d00;background:#fff1dc}.added{color:#0f5132;background:#e3f2e5}.doubt{color:#7a4f00;background:#fdf1d6}
.orig{display:block;color:#575757;font-size:.8rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #d6d4cc;border-radius:4px;padding:.6rem .75rem;line-height:1.7}
mark{background:#e2eef8;border-bottom:2px solid #1d5c8a;color:inherit;padding:0 .1rem}mark.ed{background:#fff1dc;border-bottom-color:#b34700}
mark sup{font-size:.7rem;color:#1d5c8a;font-weight:700;margin-right:.15rem}
.notice{border:2px solid #7a4f00;background:#fdf1d6;padding:.4rem .7rem;border-radius:4px}
tr,li{break-inside:avoid}@media print{body{max-width:none;padding:0;font-size:10.5pt}h2{break-before:page}h2:first-of-type{break-before:auto}}
`;

function coverageHtml(report) {
  const off = notAbout(report);
  if (off.length) return `<div class="notice">${off.map((w) => `<p>${esc(message(w.message))}</p>`).join('')}</div>`;
  const rows = coverageRows(report);
  if (!rows.length) return `<p class="muted">${esc(t('noCoverage'))}</p>`;
  return `<ul>${rows.map((r) => {
    const bits = [];
    if (r.coverage) {
      bits.push(`<strong>${esc(formatPercent(r.coverage.value))}</strong> ${esc(r.coverage.source === 'stated' ? t('stated') : t('computed'))}`);
      if (r.coverage.period) bits.push(`(${esc(formatPeriod(r.coverage.period, null, getLang()))})`);
    }
    if (r.target) bits.push(`· ${esc(r.target.national ? t('nationalTarget') : t('target'))} ${esc(formatPercent(r.target.value))}${r.target.year ? ` (${r.target.year})` : ''}`);
    for (const d of r.doubts) bits.push(`<span class="tag doubt">⚠ ${esc(words('doubt', d))}</span>`);
    if (r.reached === true) bits.push(`· ${esc(t('reached'))}`);
    else if (r.coverage && r.target && r.gapPoints > 0) {
      bits.push(`· ${esc(t('gapPoints', formatPoints(r.gapPoints)))}`);
      if (r.gapWorkers != null) bits.push(`· ${esc(t(r.scheme === 'jkn' ? 'gapPeople' : 'gapWorkers', formatCount(r.gapWorkers)))}`);
    }
    const seg = r.segment !== 'all' ? ` · ${esc(segmentName(r.segment))}` : '';
    return `<li><strong>${esc(r.region?.name ?? t('noRegion'))}</strong>${seg}: ${bits.join(' ')}</li>`;
  }).join('')}</ul>`;
}

function checksHtml(report) {
  const checks = report.checks ?? [];
  if (!checks.length) return `<p class="muted">${esc(t('noChecks'))}</p>`;
  return checks.map((c) => {
    const figs = (c.facts ?? []).map((i) => {
      const f = report.facts?.[i];
      if (!f) return '';
      const mark = f.added ? `<span class="tag added">${esc(t('added'))}</span>` : f.edited ? `<span class="tag edited">${esc(t('edited'))}</span>` : '';
      return `<li>#${i + 1} ${esc(metricNameIn(f.metric, f.scheme))}: ${esc(formatValue(f.value, f.unit))}${mark}</li>`;
    }).join('');
    return `<div class="check ${esc(c.status)}"><span class="status">${esc(statusName(c.status))}</span> · ${esc(kindName(c.kind))}`
      + `<p>${esc(message(c.message))}</p>${figs ? `<ul class="small">${figs}</ul>` : ''}</div>`;
  }).join('');
}

function factsHtml(report) {
  const facts = report.facts ?? [];
  const scheme = schemeOf(report);
  if (!facts.length) return `<p class="muted">${esc(t('noFacts'))}</p>`;
  const cols = ['n', 'metric', 'value', 'region', 'segment', 'program', 'period', 'approx', 'sentence'];
  const rows = facts.map((f, i) => {
    const mark = f.added ? `<span class="tag added">${esc(t('added'))}</span>` : f.edited ? `<span class="tag edited">${esc(t('edited'))}</span>` : '';
    const orig = f.edited && f.original ? `<span class="orig">${esc(t('originalWas', originalText(f)))}</span>` : '';
    const low = f.confidence?.level === 'low' && !f.edited ? `<span class="tag doubt">⚠ ${esc(t('confidenceLow'))}</span>` : '';
    const period = [f.period ? formatPeriod(f.period, f.period_start, getLang()) : '', f.target_year != null ? `${t('target')} ${f.target_year}` : ''].filter(Boolean).join(' · ');
    return `<tr class="${f.edited ? 'edited-row' : ''}"><td class="num">${i + 1}</td><td>${esc(metricNameIn(f.metric, f.scheme ?? scheme))}${low}</td>`
      + `<td class="num">${esc(formatValue(f.value, f.unit))}${mark}${orig}</td><td>${esc(f.region?.name ?? t('noRegion'))}</td>`
      + `<td>${esc(f.segment && f.segment !== 'all' ? segmentName(f.segment) : '')}</td><td>${esc(f.program && f.program !== 'all' ? programName(f.program) : '')}</td>`
      + `<td>${esc(period)}</td><td>${esc(approxName(f.approx))}</td><td class="small">${esc(f.sentence ?? '')}</td></tr>`;
  }).join('');
  return `<table><thead><tr>${cols.map((k) => `<th scope="col">${esc(col(k))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function removedHtml(report) {
  const gone = report.removed ?? [];
  if (!gone.length) return '';
  return `<h3>${esc(t('removedFacts'))}</h3><ul>${gone.map((f) =>
    `<li>${esc(metricNameIn(f.metric, f.scheme))}: ${esc(f.printed ?? f.text ?? formatValue(f.value, f.unit))}${f.region ? ` (${esc(f.region.name)})` : ''}</li>`).join('')}</ul>`;
}

/** The article with each figure marked and numbered as in the table. */
function textHtml(text, report) {
  const spans = [];
  (report.facts ?? []).forEach((f, i) => {
    const u = f.span?.utf16;
    if (Array.isArray(u) && u[1] > u[0] && u[1] <= text.length) spans.push({ s: u[0], e: u[1], i, f });
  });
  spans.sort((a, b) => a.s - b.s);
  let pos = 0;
  let out = '';
  for (const m of spans) {
    if (m.s < pos) continue;
    out += esc(text.slice(pos, m.s));
    out += `<mark class="${m.f.edited ? 'ed' : ''}" title="${esc(metricNameIn(m.f.metric, m.f.scheme))}"><sup>#${m.i + 1}</sup>${esc(text.slice(m.s, m.e))}</mark>`;
    pos = m.e;
  }
  out += esc(text.slice(pos));
  return `<div class="text">${out}</div>`;
}

function metaHtml(report) {
  const d = report.document ?? {};
  const rows = [['title', d.title], ['outlet', d.outlet], ['dateline', d.dateline], ['published', d.published],
    ['authors', (d.authors ?? []).join(', ')], ['editors', (d.editors ?? []).join(', ')]].filter(([, v]) => v);
  return rows.length ? `<p class="small">${rows.map(([k, v]) => `${esc(metaLabel(k))}: ${esc(v)}`).join(' · ')}</p>` : '';
}

/** The whole file, for `[{name, report, text}]`. */
export function htmlReport(articles) {
  const lang = getLang();
  const when = new Date().toISOString().slice(0, 10);
  const body = articles.map((a) => {
    const edited = (a.report.facts ?? []).some((f) => f.edited) || (a.report.removed ?? []).length;
    return `<section><h2>${esc(a.name)}</h2>${metaHtml(a.report)}`
      + `<h3>${esc(t('coverage'))}</h3>${coverageHtml(a.report)}`
      + `<h3>${esc(t('checks'))}</h3>${checksHtml(a.report)}`
      + `<h3>${esc(t('facts'))}</h3>${edited ? `<p class="small">${esc(t('editedNote'))}</p>` : ''}${factsHtml(a.report)}${removedHtml(a.report)}`
      + `<h3>${esc(t('highlighted'))}</h3>${textHtml(a.text, a.report)}</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'">
<title>${esc(`cakupan · ${articles.map((a) => a.name).join(' · ')}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>cakupan · ${esc(t('report'))}</h1><p class="muted small">${esc(t('reportBy'))} ${when}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}
