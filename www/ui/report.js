// One article's report, in the order a reader needs it: the coverage summary,
// the checks (worst first), the figures table, the derived figures, then what
// the article is. Every part copes with empty arrays and nulls.

import { h, scrollBox } from './dom.js';
import {
  t, col, metaLabel, metricName, segmentName, programName, approxName, statusName, kindName, levelName, message,
} from './i18n.js';
import { formatCount, formatPercent, formatPoints, formatValue } from './format.js';
import { coverageRows } from './coverage.js';
import { clampSpan, renderExcerpt, lineAround } from './textview.js';

const RANK = { inconsistent: 0, warning: 1, consistent: 2 };
const ICON = { inconsistent: '✗', warning: '!', consistent: '✓' };

export function regionLabel(region) {
  return region?.name ?? t('noRegion');
}

/** "Kalimantan Selatan" plus its level, for tables. */
function regionCell(region) {
  if (!region) return h('span', { class: 'muted' }, t('noRegion'));
  return [region.name, region.level && region.level !== 'province' ? h('span', { class: 'sub' }, ` ${levelName(region.level)}`) : null];
}

function periodText(f) {
  const parts = [];
  if (f.period) parts.push(f.period);
  if (f.target_year != null) parts.push(`${t('target')} ${f.target_year}`);
  return parts.join(' · ');
}

/** `[bar, label]` for one coverage row. Widths are set through the CSSOM (CSP forbids style attributes). */
export function coverageBar(row) {
  const bar = h('div', { class: 'bar', 'aria-hidden': 'true' });
  if (row.coverage) {
    const fill = h('div', { class: `fill ${row.coverage.source}` });
    fill.style.width = `${Math.max(0, Math.min(100, row.coverage.value))}%`;
    bar.append(fill);
  }
  if (row.target) {
    const mark = h('div', { class: row.target.national ? 'goal national' : 'goal' });
    mark.style.left = `${Math.max(0, Math.min(100, row.target.value))}%`;
    bar.append(mark);
  }
  return bar;
}

/** The words beside a coverage bar. */
export function coverageWords(row) {
  const out = [];
  if (row.coverage) {
    out.push(h('strong', { class: 'num' }, formatPercent(row.coverage.value)),
      ' ', h('span', { class: `src ${row.coverage.source}` }, row.coverage.source === 'stated' ? t('stated') : t('computed')));
    if (row.coverage.period) out.push(` (${row.coverage.period})`);
  } else {
    out.push(h('span', { class: 'muted' }, '—'));
  }
  if (row.target) {
    out.push(' · ', `${row.target.national ? t('nationalTarget') : t('target')} `,
      h('span', { class: 'num' }, formatPercent(row.target.value)), row.target.year ? ` (${row.target.year})` : '');
  }
  if (row.gapPoints != null) {
    out.push(h('br'));
    if (row.gapPoints > 0) {
      out.push(h('span', { class: 'gap' }, t('gapPoints', formatPoints(row.gapPoints))));
      if (row.gapWorkers != null) out.push(' · ', h('span', { class: 'gap' }, t('gapWorkers', formatCount(row.gapWorkers))));
    } else {
      out.push(h('span', { class: 'reached' }, t('reached')));
    }
  }
  return out;
}

function renderSummary(root, ctx) {
  const { report } = ctx;
  const rows = coverageRows(report);
  const list = rows.length
    ? h('ul', { class: 'coverage' }, rows.map((r) => h('li', null,
      h('div', { class: 'cov-name' }, regionLabel(r.region),
        r.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(r.segment)}`) : null),
      coverageBar(r),
      h('div', { class: 'cov-words' }, coverageWords(r)))))
    : h('p', { class: 'muted' }, t('noCoverage'));
  const warnings = (report.warnings ?? []).map((w) => h('li', { class: 'warn' }, message(w.message)));
  root.replaceChildren(
    h('h3', { id: 'coverage-h' }, t('coverage')),
    list,
    warnings.length ? h('div', { class: 'notes' }, h('h3', null, t('notes')), h('ul', null, warnings)) : '',
  );
}

/** The sentences a check is about, with its figures marked. */
function checkContext(ctx, check) {
  const { text, report } = ctx;
  const groups = new Map();
  for (const i of check.facts ?? []) {
    const f = report.facts?.[i];
    if (!f) continue;
    const s = clampSpan(f.sentence_span, text.length) ?? clampSpan(f.span, text.length);
    if (!s) continue;
    const key = s.join(':');
    if (!groups.has(key)) groups.set(key, { range: s, spans: [] });
    groups.get(key).spans.push(...(f.spans?.length ? f.spans : [f.span]));
  }
  const date = check.date != null ? report.document?.dates?.[check.date] : null;
  if (date) {
    const s = clampSpan(date.span, text.length);
    if (s) {
      const [from, to, before, after] = lineAround(text, s);
      groups.set(`${from}:${to}`, { range: [from, to], spans: [date.span], before, after });
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.range[0] - b.range[0])
    .map((g) => h('blockquote', null, g.before ? '… ' : '', renderExcerpt(text, g.range, g.spans), g.after ? ' …' : ''));
}

/** Rows drawn at a time in long lists; a button draws the next batch. */
const CHECK_BATCH = 100;
const FACT_BATCH = 300;

/**
 * Appends `make(i)` for i in [0, count) to `list`, `batch` at a time, with a
 * "show more" button after it. Returns `ensure(i)`, which draws up to item i.
 * Long reports (a 1 MB paste finds thousands of figures) stay quick to draw.
 */
function batched(list, count, batch, make) {
  let shown = 0;
  const more = h('button', { type: 'button', class: 'more', onclick: () => grow(shown + batch) });
  const grow = (n) => {
    const end = Math.min(count, n);
    const frag = document.createDocumentFragment();
    for (; shown < end; shown++) frag.append(make(shown));
    list.append(frag);
    more.hidden = shown >= count;
    more.textContent = t('showMore', count - shown);
  };
  grow(batch);
  return { more, ensure: (i) => { if (i >= shown) grow(i + 1); } };
}

function renderChecks(root, ctx) {
  const checks = (ctx.report.checks ?? []).map((c, i) => ({ c, i }))
    .sort((a, b) => (RANK[a.c.status] ?? 3) - (RANK[b.c.status] ?? 3) || a.i - b.i);
  if (!checks.length) {
    root.replaceChildren(h('p', { class: 'muted' }, t('noChecks')));
    return;
  }
  const list = h('ol', { class: 'checks' });
  const { more } = batched(list, checks.length, CHECK_BATCH, (k) => {
    const { c, i } = checks[k];
    return h('li', { class: `check ${c.status}`, id: `check-${i}` },
      h('div', { class: 'check-head' },
        h('span', { class: `badge ${c.status}` }, `${ICON[c.status] ?? '?'} ${statusName(c.status)}`),
        h('span', { class: 'kind' }, kindName(c.kind))),
      h('p', { class: 'msg' }, message(c.message)),
      checkContext(ctx, c),
      (c.facts?.length || c.date != null)
        ? h('button', { type: 'button', class: 'link', onclick: () => ctx.showInText(c.facts ?? [], c.date) }, t('showInText'))
        : null);
  });
  root.replaceChildren(list, more);
}

function renderFacts(root, ctx) {
  const { report, text } = ctx;
  const facts = report.facts ?? [];
  if (!facts.length) {
    root.replaceChildren(h('p', { class: 'muted' }, t('noFacts')));
    return () => {};
  }
  const head = h('tr', null, ['n', 'metric', 'value', 'region', 'segment', 'program', 'period', 'approx', 'sentence']
    .map((k) => h('th', { scope: 'col', class: `c-${k}` }, col(k))));
  const body = h('tbody');
  const { more, ensure } = batched(body, facts.length, FACT_BATCH, (i) => {
    const f = facts[i];
    const sentence = clampSpan(f.sentence_span, text.length);
    const mark = ctx.textMarks.facts.get(i);
    return h('tr', { id: `fact-${i}`, tabindex: '-1' },
      h('td', { class: 'c-n num' }, String(i + 1)),
      h('td', { class: 'c-metric' }, h('a', {
        class: `metric m-${f.metric}`, href: mark ? `#${mark.id}` : '#text-view',
        onclick: (e) => { e.preventDefault(); ctx.showInText([i]); },
      }, metricName(f.metric))),
      h('td', { class: 'c-value num' }, formatValue(f.value, f.unit)),
      h('td', { class: 'c-region' }, regionCell(f.region)),
      h('td', { class: 'c-segment' }, f.segment && f.segment !== 'all' ? segmentName(f.segment) : ''),
      h('td', { class: 'c-program' }, programName(f.program)),
      h('td', { class: 'c-period' }, periodText(f)),
      h('td', { class: 'c-approx' }, approxName(f.approx)),
      h('td', { class: 'c-sentence' }, sentence ? renderExcerpt(text, sentence, [f.span]) : f.sentence ?? ''));
  });
  root.replaceChildren(scrollBox(t('tableOf', t('facts')), h('table', { class: 'facts' },
    h('caption', { class: 'sr-only' }, t('facts')), h('thead', null, head), body)), more);
  return ensure;
}

function renderDerived(root, ctx) {
  const derived = ctx.report.derived ?? [];
  if (!derived.length) {
    root.replaceChildren();
    root.hidden = true;
    return;
  }
  root.hidden = false;
  const head = h('tr', null, ['metric', 'value', 'region', 'segment', 'period', 'message']
    .map((k) => h('th', { scope: 'col' }, col(k))));
  const body = h('tbody', null, derived.map((d) => h('tr', null,
    h('td', null, metricName(d.metric), ' ', h('span', { class: 'badge computed' }, t('computedBadge'))),
    h('td', { class: 'num' }, formatValue(d.value, d.unit)),
    h('td', null, regionCell(d.region)),
    h('td', null, d.segment && d.segment !== 'all' ? segmentName(d.segment) : ''),
    h('td', null, d.period ?? ''),
    h('td', null, message(d.message),
      d.from?.length ? h('span', { class: 'from' }, ` (${t('fromFacts')} `,
        d.from.map((i, k) => [k ? ', ' : '', h('a', {
          href: `#fact-${i}`, onclick: (e) => { e.preventDefault(); ctx.showFactRow(i); },
        }, `#${i + 1}`)]), ')') : null))));
  root.replaceChildren(
    h('h2', { id: 'derived-h' }, t('derived')),
    h('p', { class: 'hint' }, t('derivedNote')),
    scrollBox(t('tableOf', t('derived')), h('table', { class: 'derived' }, h('thead', null, head), body)),
  );
}

function renderDocument(root, ctx) {
  const d = ctx.report.document ?? {};
  const rows = [];
  const add = (key, value) => {
    if (value == null || value === '' || (Array.isArray(value) && !value.length)) return;
    rows.push(h('dt', null, metaLabel(key)), h('dd', null, Array.isArray(value) ? value.join(', ') : value));
  };
  add('title', d.title);
  add('outlet', d.outlet);
  add('dateline', d.dateline);
  add('published', d.published);
  add('authors', d.authors);
  add('editors', d.editors);
  add('dates', (d.dates ?? []).map((x) => (x.until ? `${x.date} – ${x.until}` : x.date)));
  root.replaceChildren(...(rows.length ? [h('h3', null, t('document')), h('dl', { class: 'meta' }, rows)] : []));
}

/**
 * Renders the whole report of the current article into the page's report
 * sections. Returns `{ensureFactRow(i)}`: draws the facts table down to row i.
 */
export function renderReport(parts, ctx) {
  renderSummary(parts.summary, ctx);
  renderChecks(parts.checks, ctx);
  const ensureFactRow = renderFacts(parts.facts, ctx);
  renderDerived(parts.derived, ctx);
  renderDocument(parts.document, ctx);
  return { ensureFactRow };
}

/** Counts for the status line. */
export function counts(report) {
  const checks = report.checks ?? [];
  return { facts: (report.facts ?? []).length, checks: checks.length, bad: checks.filter((c) => c.status === 'inconsistent').length };
}
