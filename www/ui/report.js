// One article's report, in the order a reader needs it: the coverage summary,
// the checks (worst first), the figures table, the derived figures, then what
// the article is. Every part copes with empty arrays and nulls.

import { h, scrollBox } from './dom.js';
import {
  t, col, metaLabel, segmentName, programName, approxName, statusName, kindName, levelName, message,
  metricNameIn, words, getLang,
} from './i18n.js';
import { formatCount, formatPercent, formatPoints, formatValue } from './format.js';
import { coverageRows, notAbout } from './coverage.js';
import { clampSpan, renderExcerpt, lineAround } from './textview.js';
import { formatPeriod } from './edits.js';
import { renderEditor } from './editor.js';
import { tipOn } from './tip.js';

const RANK = { inconsistent: 0, warning: 1, consistent: 2 };
const ICON = { inconsistent: '✗', warning: '!', consistent: '✓' };

export function regionLabel(region) {
  return region?.name ?? t('noRegion');
}

/**
 * "Kalimantan Selatan", plus its level when the name does not already say
 * it ("Kalimantan · wilayah BPJS", but "Kabupaten Kaimana" alone).
 */
export function regionCell(region) {
  if (!region) return h('span', { class: 'muted' }, t('noRegion'));
  const level = region.level && region.level !== 'province' && region.level !== 'nation' ? levelName(region.level) : '';
  const says = level && region.name.toLowerCase().split(/\s+/).includes(level.toLowerCase().split(/\s+/)[0]);
  return [region.name, level && !says ? h('span', { class: 'sub' }, ` · ${level}`) : null];
}

/** A fact's period for people ("Jan–Agu 2023"), and its target year. */
export function periodText(f) {
  const parts = [];
  if (f.period) parts.push(formatPeriod(f.period, f.period_start, getLang()));
  if (f.target_year != null) parts.push(`${t('target')} ${f.target_year}`);
  return parts.join(' · ');
}

/** The scheme a report's figures are about, when it is one (for labels). */
export const schemeOf = (report) => ((report.document?.scheme ?? []).length === 1 ? report.document.scheme[0] : 'jamsostek');

/** `[bar, label]` for one coverage row. Widths are set through the CSSOM (CSP forbids style attributes). */
export function coverageBar(row) {
  const bar = h('div', { class: row.doubts?.length ? 'bar doubtful' : 'bar', 'aria-hidden': 'true' });
  if (row.coverage) {
    const fill = h('div', { class: `fill ${row.coverage.source}${row.coverage.value > 100 ? ' over' : ''}` });
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
    if (row.coverage.period) out.push(` (${formatPeriod(row.coverage.period, null, getLang())})`);
    if (row.coverage.value > 100 && row.coverage.source === 'stated') out.push(' · ', h('span', { class: 'over-note' }, t('overHundred')));
  } else {
    out.push(h('span', { class: 'muted' }, '—'));
  }
  if (row.target) {
    out.push(' · ', `${row.target.national ? t('nationalTarget') : t('target')} `,
      h('span', { class: 'num' }, formatPercent(row.target.value)), row.target.year ? ` (${row.target.year})` : '');
  }
  for (const d of row.doubts ?? []) {
    out.push(' ', h('span', { class: `doubt d-${d}`, title: words('doubtLong', d) }, `⚠ ${words('doubt', d)}`));
  }
  if (row.coverage && row.target && row.gapPoints != null) {
    // "Target reached" only where the core could decide it: a stated rate
    // read with confidence that no check disputes. A computed guess above
    // the target is said to be one.
    if (row.reached === true) {
      out.push(h('br'), h('span', { class: 'reached' }, t('reached')));
    } else if (row.gapPoints > 0) {
      out.push(h('br'), h('span', { class: 'gap' }, t('gapPoints', formatPoints(row.gapPoints))));
      if (row.gapWorkers != null) {
        out.push(' · ', h('span', { class: 'gap' }, t(row.scheme === 'jkn' ? 'gapPeople' : 'gapWorkers', formatCount(row.gapWorkers))));
      }
    } else if (row.reached == null) {
      out.push(h('br'), h('span', { class: 'muted' }, t('aboveTarget')));
    }
  }
  return out;
}

function renderSummary(root, ctx) {
  const { report } = ctx;
  // A text in neither language, or about neither scheme: say so at the top
  // instead of drawing bars from figures that were probably misread.
  const off = notAbout(report);
  if (off.length) {
    const rest = (report.warnings ?? []).filter((w) => !off.includes(w));
    root.replaceChildren(
      h('div', { class: 'notice', role: 'note', 'aria-labelledby': 'notice-h' },
        h('h3', { id: 'notice-h' }, t('noticeTitle')),
        off.map((w) => h('p', null, message(w.message)))),
      rest.length ? h('div', { class: 'notes' }, h('h3', null, t('notes')), h('ul', null, rest.map((w) => h('li', { class: 'warn' }, message(w.message))))) : '',
    );
    return;
  }
  const rows = coverageRows(report);
  const list = rows.length
    ? h('ul', { class: 'coverage' }, rows.map((r) => h('li', { class: r.doubts.length ? 'doubtful' : null },
      h('div', { class: 'cov-name' }, regionLabel(r.region),
        r.segment !== 'all' ? h('span', { class: 'sub' }, ` · ${segmentName(r.segment)}`) : null,
        r.scheme === 'jkn' ? h('span', { class: 'scheme' }, ` ${t('jkn')}`) : null),
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
      (c.facts ?? []).some((j) => ctx.report.facts?.[j]?.edited)
        ? h('p', { class: 'uses-edit' }, `✎ ${t('edited')}: ${(c.facts ?? []).filter((j) => ctx.report.facts?.[j]?.edited).map((j) => `#${j + 1}`).join(', ')}`)
        : null,
      checkContext(ctx, c),
      (c.facts?.length || c.date != null)
        ? h('button', { type: 'button', class: 'link', onclick: () => ctx.showInText(c.facts ?? [], c.date) }, t('showInText'))
        : null);
  });
  root.replaceChildren(list, more);
}

/** The words that decided a fact's reading, for its tooltip (on focus and hover of its mark and its row). */
export function becauseTip(f) {
  if (!f) return null;
  const items = (f.because ?? []).map((b) => h('li', null,
    h('span', { class: 'role' }, `${words('roles', b.role)}: `),
    b.text ? `“${b.text}”` : h('span', { class: 'muted' }, words('rules', b.rule) === b.rule ? t('fromContext') : words('rules', b.rule))));
  const out = [h('strong', null, t('because'))];
  if (items.length) out.push(h('ul', null, items));
  if (f.confidence?.level === 'low') {
    out.push(h('p', { class: 'low' }, `⚠ ${t('confidenceLow')}${f.confidence.reason ? `: ${f.confidence.reason}` : ''}`));
  }
  if (f.added) out.push(h('p', null, t('added')));
  else if (f.edited && f.original) out.push(h('p', null, t('originalWas', originalText(f))));
  return out;
}

/** The core's reading of an edited fact, in one line. */
export function originalText(f) {
  const o = f.original;
  if (!o) return '';
  const scheme = f.scheme;
  const bits = [metricNameIn(o.metric, scheme), o.printed ?? formatValue(o.value, o.unit)];
  if (o.region?.name && o.region.name !== f.region?.name) bits.push(o.region.name);
  if (o.segment && o.segment !== (f.segment ?? 'all') && o.segment !== 'all') bits.push(segmentName(o.segment));
  if ((o.period ?? null) !== (f.period ?? null) && o.period) bits.push(formatPeriod(o.period, o.period_start, getLang()));
  return bits.join(' · ');
}

/** The keyboard's way to add a missed figure: type it as printed; it is found in the text. */
function addForm(ctx) {
  const input = h('input', { type: 'text', id: 'add-text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'add-hint' });
  const form = h('form', { class: 'add-form', 'aria-labelledby': 'add-h', novalidate: true },
    h('h3', { id: 'add-h' }, t('addTitle')),
    h('label', { for: 'add-text' }, t('addTextLabel')), ' ', input,
    h('span', { class: 'hint', id: 'add-hint' }, t('addHint')),
    h('div', { class: 'editor-actions' },
      h('button', { type: 'submit' }, t('addSubmit')),
      h('button', { type: 'button', onclick: () => ctx.on.addForm(false) }, t('cancel'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) ctx.on.addTyped(input.value.trim());
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); ctx.on.addForm(false); }
  });
  return form;
}

/** Columns of the facts table that are left out when no fact fills them. */
const FOLDABLE = {
  segment: (f) => f.segment && f.segment !== 'all',
  program: (f) => f.program && f.program !== 'all',
  period: (f) => f.period || f.target_year != null,
  approx: (f) => f.approx && f.approx !== 'exact',
};

/**
 * The facts table: one row per fact; the source sentence once per run of
 * facts from one sentence (a cell spanning their rows); segment, programme,
 * period and qualifier columns only when some fact has one; an edit button
 * per row that opens the editor in place, under its row.
 */
function renderFacts(root, ctx) {
  const { report, text } = ctx;
  const facts = report.facts ?? [];
  const addButton = ctx.adding ? addForm(ctx) : h('button', {
    type: 'button', id: 'add-fact', class: 'add-fact', 'aria-expanded': 'false', onclick: () => ctx.on.addForm(true),
  }, t('addFact'));
  if (!facts.length) {
    root.replaceChildren(h('p', { class: 'muted' }, t('noFacts')), addButton);
    return () => {};
  }
  const scheme = schemeOf(report);
  const shownCols = ['n', 'metric', 'value', 'region',
    ...Object.keys(FOLDABLE).filter((k) => facts.some(FOLDABLE[k])), 'edit', 'sentence'];
  const head = h('tr', null, shownCols.map((k) => h('th', { scope: 'col', class: `c-${k}` }, k === 'edit' ? t('colEdit') : col(k))));
  const body = h('tbody');
  // Runs of facts from the same sentence.
  const sentenceOf = (f) => {
    const s = clampSpan(f.sentence_span, text.length);
    return s ? s.join(':') : null;
  };
  const runLength = (i) => {
    const key = sentenceOf(facts[i]);
    let n = 1;
    while (key && i + n < facts.length && sentenceOf(facts[i + n]) === key) n++;
    return n;
  };
  const startsRun = (i) => i === 0 || !sentenceOf(facts[i]) || sentenceOf(facts[i - 1]) !== sentenceOf(facts[i]);
  const editing = ctx.editing?.index ?? -1;
  const colsBeforeSentence = shownCols.length - 1;

  const cell = {
    n: (f, i) => h('td', { class: 'c-n num' }, String(i + 1)),
    metric: (f, i) => {
      const mark = ctx.textMarks.facts.get(i);
      return h('td', { class: 'c-metric', 'data-label': col('metric') }, h('a', {
        class: `metric m-${f.metric}`, href: mark ? `#${mark.id}` : '#text-view',
        onclick: (e) => { e.preventDefault(); ctx.showInText([i]); },
      }, metricNameIn(f.metric, f.scheme ?? scheme)),
      f.confidence?.level === 'low' && !f.edited ? h('span', { class: 'doubt d-low' }, ` ⚠ ${t('confidenceLow')}`) : null);
    },
    value: (f) => h('td', { class: 'c-value num', 'data-label': col('value') }, formatValue(f.value, f.unit),
      f.edited ? h('span', { class: f.added ? 'edited-tag added' : 'edited-tag' }, t(f.added ? 'added' : 'edited')) : null,
      f.edited && f.original ? h('span', { class: 'original' }, t('originalWas', originalText(f))) : null),
    region: (f) => h('td', { class: 'c-region', 'data-label': col('region') }, regionCell(f.region)),
    segment: (f) => h('td', { class: 'c-segment', 'data-label': col('segment') }, f.segment && f.segment !== 'all' ? segmentName(f.segment) : ''),
    program: (f) => h('td', { class: 'c-program', 'data-label': col('program') }, f.program && f.program !== 'all' ? programName(f.program) : ''),
    period: (f) => h('td', { class: 'c-period', 'data-label': col('period') }, periodText(f)),
    approx: (f) => h('td', { class: 'c-approx', 'data-label': col('approx') }, approxName(f.approx)),
    edit: (f, i) => h('td', { class: 'c-edit' }, h('button', {
      type: 'button', class: 'edit', 'aria-expanded': editing === i ? 'true' : 'false',
      'aria-controls': editing === i ? 'fact-editor' : null, 'aria-label': t('editFact', i + 1),
      onclick: () => ctx.on.toggle(i),
    }, t('edit'))),
    sentence: (f, i) => {
      if (!startsRun(i)) return null;
      const n = runLength(i);
      const rows = n + (editing >= i && editing < i + n ? 1 : 0);
      const sentence = clampSpan(f.sentence_span, text.length);
      const spans = facts.slice(i, i + n).map((x) => x.span).filter(Boolean);
      return h('td', { class: 'c-sentence', rowspan: rows > 1 ? String(rows) : null, 'aria-label': t('sentenceOf', i + 1) },
        sentence ? renderExcerpt(text, sentence, spans) : f.sentence ?? '');
    },
  };

  const { more, ensure } = batched(body, facts.length, FACT_BATCH, (i) => {
    const f = facts[i];
    const row = h('tr', {
      id: `fact-${i}`, tabindex: '-1', 'data-i': String(i),
      class: ['fact', f.edited ? 'edited' : null, startsRun(i) ? 'run-start' : null].filter(Boolean).join(' '),
    }, shownCols.map((k) => cell[k](f, i)));
    if (i !== editing) return row;
    const frag = document.createDocumentFragment();
    frag.append(row, h('tr', { class: 'editor-row', id: 'fact-editor' },
      h('td', { colspan: String(colsBeforeSentence) }, renderEditor(f, i + 1, {
        regions: ctx.regions, scheme, lang: getLang(), error: ctx.editing.error, on: ctx.on.editor(i),
      }))));
    return frag;
  });
  const table = h('table', { class: 'facts' },
    h('caption', { class: 'sr-only' }, t('facts')), h('thead', null, head), body);
  tipOn(body, 'tr.fact', (row) => becauseTip(facts[Number(row.dataset.i)]));
  root.replaceChildren(table, more, addButton);
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
  const scheme = schemeOf(ctx.report);
  const body = h('tbody', null, derived.map((d) => h('tr', null,
    h('td', null, metricNameIn(d.metric, scheme), ' ', h('span', { class: 'badge computed' }, t('computedBadge'))),
    h('td', { class: 'num' }, formatValue(d.value, d.unit)),
    h('td', null, regionCell(d.region)),
    h('td', null, d.segment && d.segment !== 'all' ? segmentName(d.segment) : ''),
    h('td', null, formatPeriod(d.period, null, getLang())),
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
