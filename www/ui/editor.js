// The form that corrects one fact, opened in place under its row of the
// facts table: metric, segment, programme and qualifier as choices, the
// region typed with the gazetteer's names as suggestions, the value in
// Indonesian format, the period as people write it, the target year. Each
// field applies when it changes (a choice picked, Enter or leaving a text
// field), and the page rechecks at once. Keyboard alone can do all of it.

import { h } from './dom.js';
import { t, metricNameIn, segmentName, programName, approxName } from './i18n.js';
import {
  EDIT_METRICS, SEGMENTS, PROGRAMS, APPROXES, UNIT, HAS_PROGRAM, parseFigure, formatPeriod, parsePeriod,
} from './edits.js';

const plain = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });

/** The value as the field shows it: Indonesian grouping and decimals, no unit. */
export const valueText = (v) => (Number.isFinite(v) ? plain.format(v) : '');

/** The datalist of region names the region fields suggest from; made once. */
export function regionList(regions) {
  let list = document.getElementById('region-names');
  if (!list) {
    list = h('datalist', { id: 'region-names' }, regions.map((r) => h('option', { value: r.name })));
    document.body.append(list);
  }
  return list;
}

/**
 * Reads one field's text into the fact's terms. Returns `{changes}` or
 * `{error}`. `regions` is the gazetteer.
 */
export function readField(field, raw, fact, regions) {
  const s = String(raw ?? '').trim();
  switch (field) {
    case 'metric': {
      const changes = { metric: s, unit: UNIT[s] ?? fact.unit };
      if (HAS_PROGRAM.has(s) && fact.program == null) changes.program = 'all';
      if (!HAS_PROGRAM.has(s)) changes.program = null;
      return { changes };
    }
    case 'value': {
      const f = parseFigure(s);
      if (!f) return { error: t('invalidValue') };
      return { changes: { value: f.value, step: f.step, high: null, printed: s } };
    }
    case 'approx':
    case 'segment':
      return { changes: { [field]: s } };
    case 'program':
      return { changes: { program: s || null } };
    case 'region': {
      if (!s) return { changes: { region: null } };
      const low = s.toLowerCase();
      const r = regions.find((x) => x.name.toLowerCase() === low);
      if (!r) return { error: t('invalidRegion') };
      return { changes: { region: { name: r.name, level: r.level, code: r.code ?? null } } };
    }
    case 'period': {
      const p = parsePeriod(s);
      if (!p) return { error: t('invalidPeriod') };
      return { changes: p };
    }
    case 'target_year': {
      if (!s) return { changes: { target_year: null } };
      if (!/^\d{4}$/.test(s)) return { error: t('invalidYear') };
      return { changes: { target_year: Number(s) } };
    }
    default:
      return { error: field };
  }
}

/** What each field shows for `fact`. */
function shown(fact, field, lang) {
  switch (field) {
    case 'value': return valueText(fact.value);
    case 'region': return fact.region?.name ?? '';
    case 'period': return formatPeriod(fact.period, fact.period_start, lang);
    case 'target_year': return fact.target_year == null ? '' : String(fact.target_year);
    case 'program': return fact.program ?? '';
    case 'approx': return fact.approx ?? 'exact';
    case 'segment': return fact.segment ?? 'all';
    default: return fact[field] ?? '';
  }
}

/**
 * The editor of fact number `n` (1-based, as the table shows it). `on` has
 * `apply(changes)`, `remove()`, `revert()`, `close()`; `lang` the page's
 * language; `error` a field's message to show (`{field, text}`).
 */
export function renderEditor(fact, n, { regions, scheme, lang, error, on }) {
  const id = (f) => `ed-${f}`;
  const fields = new Map();

  const labelled = (field, label, control, hint = null) => {
    const hintId = hint ? `${id(field)}-hint` : null;
    const errId = `${id(field)}-err`;
    const bad = error?.field === field;
    control.id = id(field);
    control.name = field;
    control.setAttribute('aria-describedby', [hintId, bad ? errId : null].filter(Boolean).join(' ') || null);
    if (!control.getAttribute('aria-describedby')) control.removeAttribute('aria-describedby');
    if (bad) control.setAttribute('aria-invalid', 'true');
    fields.set(field, control);
    return h('div', { class: `field f-${field}` },
      h('label', { for: id(field) }, label),
      control,
      hint ? h('span', { class: 'hint', id: hintId }, hint) : null,
      bad ? h('span', { class: 'error', id: errId }, error.text) : null);
  };
  const select = (field, options, label) => {
    const value = shown(fact, field, lang);
    const el = h('select', null, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
    return labelled(field, label, el);
  };
  const input = (field, label, hint, attrs = {}) => {
    const el = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs });
    el.value = error?.field === field ? error.raw : shown(fact, field, lang);
    return labelled(field, label, el, hint);
  };

  const metricOptions = EDIT_METRICS.map((m) => [m, metricNameIn(m, fact.scheme ?? scheme)]);
  const form = h('form', { class: 'editor', 'aria-labelledby': 'editor-h', novalidate: true },
    h('h3', { id: 'editor-h' }, t('editorTitle', n)),
    h('div', { class: 'fields' },
      select('metric', metricOptions, t('fieldMetric')),
      input('value', t('fieldValue'), t('valueHint'), { inputmode: 'decimal' }),
      select('approx', APPROXES.map((a) => [a, approxName(a) || '—']), t('fieldApprox')),
      input('region', t('fieldRegion'), t('regionHint'), { list: 'region-names' }),
      select('segment', SEGMENTS.map((s) => [s, segmentName(s)]), t('fieldSegment')),
      select('program', [['', t('noProgram')], ...PROGRAMS.map((p) => [p, programName(p)])], t('fieldProgram')),
      input('period', t('fieldPeriod'), t('periodHint')),
      input('target_year', t('fieldTargetYear'), null, { inputmode: 'numeric', maxlength: '4', size: '5' })),
    h('div', { class: 'editor-actions' },
      h('button', { type: 'button', class: 'danger', onclick: () => on.remove() }, t('removeFact')),
      fact.edited && !fact.added ? h('button', { type: 'button', onclick: () => on.revert() }, t('revertFact')) : null,
      h('button', { type: 'button', class: 'close', onclick: () => on.close() }, t('close'))));

  regionList(regions);
  // A field applies once per value: Enter fires both change and submit.
  const applied = new Map();
  const apply = (field) => {
    const el = fields.get(field);
    if (applied.get(field) === el.value) return;
    if (el.value === shown(fact, field, lang) && error?.field !== field) return;
    applied.set(field, el.value);
    const read = readField(field, el.value, fact, regions);
    on.apply(read.changes ?? null, read.error ? { field, text: read.error, raw: el.value } : null, field);
  };
  for (const field of fields.keys()) fields.get(field).addEventListener('change', () => apply(field));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const el = document.activeElement;
    if (el?.name && fields.has(el.name)) apply(el.name);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      on.close();
    }
  });
  return form;
}
