// Several articles side by side: each region's coverage and target as every
// article states them, and one table of all figures keyed by region, period,
// metric, segment and programme with one column per article. Cells where the
// articles give different values for the same key are flagged.

import { h, scrollBox } from './dom.js';
import { t, col, metricName, segmentName, programName, approxName, METRIC_KEYS } from './i18n.js';
import { formatValue } from './format.js';
import { coverageRows } from './coverage.js';
import { coverageBar, coverageWords, regionLabel } from './report.js';

const collator = new Intl.Collator('id');

function articleHeads(articles) {
  return articles.map((a) => h('th', { scope: 'col', class: 'art' }, a.name));
}

function coverageTable(articles) {
  const byRegion = new Map();
  articles.forEach((a, k) => {
    for (const row of coverageRows(a.report)) {
      const key = `${row.key}\u0000${row.segment}`;
      if (!byRegion.has(key)) byRegion.set(key, { region: row.region, segment: row.segment, cells: new Map() });
      if (!byRegion.get(key).cells.has(k)) byRegion.get(key).cells.set(k, row);
    }
  });
  const rows = [...byRegion.values()].sort((a, b) =>
    (b.cells.size > 1) - (a.cells.size > 1) || collator.compare(regionLabel(a.region), regionLabel(b.region)));
  if (!rows.length) return h('p', { class: 'muted' }, t('noCoverage'));
  return scrollBox(t('tableOf', t('compareCoverage')), h('table', { class: 'compare-coverage' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, col('region')), articleHeads(articles))),
    h('tbody', null, rows.map((r) => h('tr', null,
      h('th', { scope: 'row' }, regionLabel(r.region), r.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(r.segment)}`) : null),
      articles.map((_, k) => {
        const row = r.cells.get(k);
        return h('td', null, row ? [coverageBar(row), h('div', { class: 'cov-words' }, coverageWords(row))] : h('span', { class: 'muted' }, '—'));
      }))))));
}

function factsTable(articles) {
  const groups = new Map();
  articles.forEach((a, k) => {
    for (const f of a.report.facts ?? []) {
      const key = [f.region?.name ?? '', f.period ?? '', f.metric, f.segment ?? 'all', f.program ?? ''].join('\u0000');
      if (!groups.has(key)) groups.set(key, { f, cells: new Map() });
      const g = groups.get(key);
      if (!g.cells.has(k)) g.cells.set(k, []);
      g.cells.get(k).push(f);
    }
  });
  const order = (m) => METRIC_KEYS.indexOf(m);
  const rows = [...groups.values()].sort((a, b) =>
    collator.compare(regionLabel(a.f.region), regionLabel(b.f.region))
    || collator.compare(a.f.period ?? '', b.f.period ?? '')
    || order(a.f.metric) - order(b.f.metric)
    || collator.compare(a.f.segment ?? '', b.f.segment ?? ''));
  return scrollBox(t('tableOf', t('compareFacts')), h('table', { class: 'compare-facts' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, col('region')), h('th', { scope: 'col' }, col('period')), h('th', { scope: 'col' }, col('metric')),
      articleHeads(articles))),
    h('tbody', null, rows.map(({ f, cells }) => {
      const values = new Set([...cells.values()].map((fs) => fs.map((x) => x.value).sort().join('|')));
      const differs = cells.size > 1 && values.size > 1;
      return h('tr', { class: differs ? 'differs' : null },
        h('td', null, regionLabel(f.region)),
        h('td', null, f.period ?? t('noPeriod')),
        h('td', null, metricName(f.metric),
          f.segment && f.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(f.segment)}`) : null,
          f.program && f.program !== 'all' ? h('span', { class: 'sub' }, ` · ${programName(f.program)}`) : null),
        articles.map((_, k) => h('td', { class: 'num' }, (cells.get(k) ?? []).map((x, i) => [
          i ? '; ' : '', x.approx && x.approx !== 'exact' ? `${approxName(x.approx)} ` : '', formatValue(x.value, x.unit)]))));
    }))));
}

/** Renders the comparison of `articles` (`[{name, report}]`, two or more) into `root`. */
export function renderCompare(root, articles) {
  root.replaceChildren(
    h('h3', null, t('compareCoverage')),
    coverageTable(articles),
    h('h3', null, t('compareFacts')),
    factsTable(articles),
  );
}
