// Several articles side by side. Two tables, one column per article:
//   - each region's coverage as the core decided it for every article
//     (report.coverage: stated beats derived, a disputed figure says so);
//   - every figure, one row per region, metric, segment and programme, so
//     articles about the same region line up in one row whatever period each
//     reports (each value carries its period). Where two articles state
//     different figures for the same thing and the same period, the row and
//     the cells are marked "berbeda" / "differs" in words, not only in colour.
// The region column stays in view when the table scrolls sideways.

import { h, scrollBox } from './dom.js';
import { t, col, metricName, segmentName, programName, approxName, METRIC_KEYS } from './i18n.js';
import { formatValue, formatPercent } from './format.js';

const collator = new Intl.Collator('id');
const regionLabel = (region) => region?.name ?? t('noRegion');

function articleHeads(articles) {
  return articles.map((a) => h('th', { scope: 'col', class: 'art' }, a.name));
}

/** A cell of the coverage table: the core's coverage row for one article. */
function coverageCell(row) {
  const out = [];
  if (row.coverage) {
    out.push(h('strong', { class: 'num' }, formatPercent(row.coverage.value)), ' ',
      h('span', { class: `src ${row.coverage.source}` }, row.coverage.source === 'stated' ? t('stated') : t('computed')));
    if (row.coverage.period) out.push(h('span', { class: 'sub' }, ` ${row.coverage.period}`));
    if (row.disputed_by?.length) out.push(' ', h('span', { class: 'disputed' }, t('disputedShort')));
  } else {
    out.push(h('span', { class: 'muted' }, '—'));
  }
  if (row.target) {
    out.push(h('br'), `${row.target.national ? t('nationalTarget') : t('target')} `,
      h('span', { class: 'num' }, formatPercent(row.target.value)), row.target.year ? ` (${row.target.year})` : '');
  }
  return out;
}

function coverageTable(articles) {
  const byRegion = new Map();
  articles.forEach((a, k) => {
    for (const row of a.report.coverage ?? []) {
      const key = `${row.region?.name ?? ''}\u0000${row.segment}`;
      if (!byRegion.has(key)) byRegion.set(key, { region: row.region, segment: row.segment, cells: new Map() });
      if (!byRegion.get(key).cells.has(k)) byRegion.get(key).cells.set(k, row);
    }
  });
  const rows = [...byRegion.values()].sort((a, b) =>
    (b.cells.size > 1) - (a.cells.size > 1) || collator.compare(regionLabel(a.region), regionLabel(b.region))
    || (a.segment === 'all' ? -1 : b.segment === 'all' ? 1 : collator.compare(a.segment, b.segment)));
  if (!rows.length) return h('p', { class: 'muted' }, t('noCoverage'));
  return scrollBox(t('tableOf', t('compareCoverage')), h('table', { class: 'compare compare-coverage' },
    h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'region' }, col('region')), articleHeads(articles))),
    h('tbody', null, rows.map((r) => h('tr', null,
      h('th', { scope: 'row', class: 'region' }, regionLabel(r.region),
        r.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(r.segment)}`) : null),
      articles.map((_, k) => {
        const row = r.cells.get(k);
        return h('td', null, row ? coverageCell(row) : h('span', { class: 'muted' }, '—'));
      }))))));
}

/** The interval a printed figure stands for: half a step either side, wider when `sekitar`; null when open-ended. */
function interval(f) {
  if (f.approx === 'over' || f.approx === 'under' || f.approx === 'up_to') return null;
  const half = (Number.isFinite(f.step) && f.step > 0 ? f.step : 0) / 2 * (f.approx === 'about' ? 2 : 1);
  return [f.value - half, f.value + half];
}

/** Whether two articles' figures for one key and one period cannot be the same figure. */
function disagree(fs1, fs2) {
  for (const a of fs1) {
    for (const b of fs2) {
      if ((a.period ?? '') !== (b.period ?? '')) continue;
      const x = interval(a);
      const y = interval(b);
      if (x && y && (x[1] < y[0] || y[1] < x[0])) return true;
    }
  }
  return false;
}

function factsTable(articles) {
  const groups = new Map();
  articles.forEach((a, k) => {
    for (const f of a.report.facts ?? []) {
      const key = [f.region?.name ?? '', f.metric, f.segment ?? 'all', f.program ?? ''].join('\u0000');
      if (!groups.has(key)) groups.set(key, { f, cells: new Map() });
      const g = groups.get(key);
      if (!g.cells.has(k)) g.cells.set(k, []);
      g.cells.get(k).push(f);
    }
  });
  const order = (m) => METRIC_KEYS.indexOf(m);
  const rows = [...groups.values()].map((g) => {
    // Articles whose figures disagree with another article's, for the same period.
    const bad = new Set();
    const ks = [...g.cells.keys()];
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        if (disagree(g.cells.get(ks[i]), g.cells.get(ks[j]))) { bad.add(ks[i]); bad.add(ks[j]); }
      }
    }
    return { ...g, bad };
  }).sort((a, b) =>
    (b.cells.size > 1) - (a.cells.size > 1)
    || collator.compare(regionLabel(a.f.region), regionLabel(b.f.region))
    || order(a.f.metric) - order(b.f.metric)
    || collator.compare(a.f.segment ?? '', b.f.segment ?? '')
    || collator.compare(a.f.program ?? '', b.f.program ?? ''));
  return scrollBox(t('tableOf', t('compareFacts')), h('table', { class: 'compare compare-facts' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'region' }, col('region')), h('th', { scope: 'col' }, col('metric')),
      articleHeads(articles))),
    h('tbody', null, rows.map(({ f, cells, bad }) => h('tr', { class: bad.size ? 'differs' : null },
      h('th', { scope: 'row', class: 'region' }, regionLabel(f.region),
        bad.size ? [' ', h('span', { class: 'differs-mark', title: t('differsNote') }, `≠ ${t('differs')}`)] : null),
      h('td', null, metricName(f.metric),
        f.segment && f.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(f.segment)}`) : null,
        f.program && f.program !== 'all' ? h('span', { class: 'sub' }, ` · ${programName(f.program)}`) : null),
      articles.map((_, k) => {
        const fs = cells.get(k);
        if (!fs) return h('td', { class: 'num' }, h('span', { class: 'muted' }, '—'));
        return h('td', { class: bad.has(k) ? 'num differs' : 'num' }, fs.map((x, i) => [
          i ? h('br') : '',
          x.approx && x.approx !== 'exact' ? `${approxName(x.approx)} ` : '', formatValue(x.value, x.unit),
          h('span', { class: 'sub' }, ` ${x.period ?? t('noPeriod')}`)]));
      }))))));
}

/** Renders the comparison of `articles` (`[{name, report}]`, two or more) into `root`. */
export function renderCompare(root, articles) {
  root.replaceChildren(
    h('h3', null, t('compareCoverage')),
    coverageTable(articles),
    h('h3', null, t('compareFacts')),
    h('p', { class: 'hint' }, h('span', { class: 'differs-mark' }, `≠ ${t('differs')}`), ` ${t('differsNote')}`),
    factsTable(articles),
  );
}
