// The page: several articles, each analysed in a Web Worker as it is typed or
// pasted, and the report of the one being read. A reader's corrections are an
// overlay on the core's reading (ui/edits.js), rechecked in the worker after
// each change; articles, corrections and the language are kept in IndexedDB
// (ui/store.js). State lives here; drawing lives in ui/*.js. Text from an
// article only ever reaches the DOM as text.

import { $, h, flash } from './ui/dom.js';
import { t, setLang, getLang, message, setArticleLanguage } from './ui/i18n.js';
import { createAnalyzer } from './ui/analyzer.js';
import { renderText, textOffset } from './ui/textview.js';
import { renderReport, counts, becauseTip, schemeOf } from './ui/report.js';
import { renderCompare } from './ui/compare.js';
import { factsCsv, checksCsv, reportsJson, reportText, download, renderPrintHead, defaultSeparator } from './ui/export.js';
import {
  emptyOverlay, isEmpty, clone, coreKeys, applyOverlay, shiftOverlay, parseFigure, UNIT, HAS_PROGRAM,
} from './ui/edits.js';
import { createStore } from './ui/store.js';
import { tipOn, hide as hideTip } from './ui/tip.js';
import { htmlReport } from './ui/htmlreport.js';
import { splitPaste } from './ui/split.js';
import { readSharedArticle } from './ui/share.js';

/** Debounce before analysing, in ms; longer for long texts so a paste settles first. */
const debounce = (length) => 120 + Math.min(400, length / 5000);

const state = {
  articles: [], current: null, seq: 0,
  /** The language the reader chose (the switch, ?lang=); null follows the article's. */
  langChoice: null,
  /** `{article, key, error}`: the fact whose editor is open. */
  editing: null,
  /** Whether the form that adds a typed figure is open. */
  adding: false,
  /** The gazetteer, for the region field's suggestions. */
  regions: [],
  /** An element id to focus after the next drawing. */
  focus: null,
};
let textMarks = { facts: new Map(), dates: new Map() };
let reportView = { ensureFactRow: () => {} };
let timer = 0;

const currentArticle = () => state.articles.find((a) => a.key === state.current);

function articleName(a) {
  if (a.label) return a.label;
  const title = a.report?.document?.title;
  if (title) return title.length > 48 ? `${title.slice(0, 46)}…` : title;
  return t('untitled', state.articles.indexOf(a) + 1);
}

function addArticle(text = '', label = null, overlay = null) {
  const a = {
    key: ++state.seq, text, label, report: null, reportText: '', ms: 0, error: null,
    overlay: overlay ?? emptyOverlay(), history: [], future: [], view: null, keys: [], viewSeq: 0,
  };
  state.articles.push(a);
  return a;
}

/** The report as the reader sees it: the core's, or the rechecked one with the corrections. */
const viewOf = (a) => a.view ?? a.report;

/** The analysed articles, named, for the comparison and the exports (with their corrections). */
const analysed = () => state.articles.filter((a) => a.report).map((a) => ({ name: articleName(a), report: viewOf(a) }));

// --- analysis -------------------------------------------------------------

const analyzer = createAnalyzer((key, result) => {
  const a = state.articles.find((x) => x.key === key);
  if (!a) return;
  if (result.error) {
    a.error = result.error;
  } else {
    a.error = null;
    // Corrections follow their figures when the text is typed over.
    if (a.reportText && a.reportText !== result.text) {
      a.overlay = shiftOverlay(a.overlay, a.reportText, result.text);
      a.history = a.history.map((o) => shiftOverlay(o, a.reportText, result.text));
      a.future = a.future.map((o) => shiftOverlay(o, a.reportText, result.text));
    }
    a.report = result.report;
    a.reportText = result.text;
    a.ms = result.ms;
    if (!isEmpty(a.overlay)) {
      recheckArticle(a);
      return;
    }
    a.view = null;
    a.keys = coreKeys(a.report);
  }
  afterReport(a);
});

function afterReport(a) {
  if (a.key === state.current && followLanguage()) {
    renderAll();
    return;
  }
  renderArticleList();
  if (a.key === state.current) renderCurrentReport();
  renderComparison();
  renderExportButtons();
}

/** Recomputes the checks, derived figures and coverage of `a` from its corrected facts, in the worker. */
async function recheckArticle(a) {
  if (!a.report) return;
  if (isEmpty(a.overlay)) {
    a.viewSeq++;
    a.view = null;
    a.keys = coreKeys(a.report);
    afterReport(a);
    return;
  }
  const { report, keys } = applyOverlay(a.report, a.reportText, a.overlay);
  const seq = ++a.viewSeq;
  try {
    const view = await analyzer.call('recheck', JSON.stringify(report));
    if (seq !== a.viewSeq) return;
    a.view = view;
    a.keys = keys;
    a.error = null;
  } catch (e) {
    if (seq !== a.viewSeq) return;
    a.error = t('recheckFailed', e.message);
  }
  afterReport(a);
}

function schedule(a, wait = debounce(a.text.length)) {
  clearTimeout(a.timer);
  a.timer = setTimeout(() => analyzer.analyze(a.key, a.text), wait);
  if (a.key === state.current) setStatus(t('analysing'));
}

/** Writes to the DOM only when the words change: typing must not cause layout. */
function setStatus(words) {
  const el = $('status');
  if (el.textContent !== words) el.textContent = words;
}

// --- drawing --------------------------------------------------------------

function applyStaticWords() {
  document.documentElement.lang = getLang();
  document.title = getLang() === 'en' ? 'cakupan: workers’ social security figures' : 'cakupan: angka jaminan sosial ketenagakerjaan';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  const btn = $('lang');
  btn.textContent = t('switchTo');
  btn.lang = getLang() === 'en' ? 'id' : 'en';
  btn.setAttribute('aria-label', t('switchLabel'));
}

function renderArticleList() {
  $('article-list').replaceChildren(...state.articles.map((a) => h('li', null, h('button', {
    type: 'button',
    class: a.report && viewOf(a).checks?.some((c) => c.status === 'inconsistent') ? 'has-bad' : null,
    'aria-current': a.key === state.current ? 'true' : null,
    onclick: () => select(a.key),
  }, articleName(a)))));
  renderRemoveButton();
}

function renderStatus(a) {
  if (a.error) setStatus(t('failed', a.error));
  else if (a.report && a.reportText === a.text) {
    const c = counts(viewOf(a));
    setStatus(t('status', c.facts, c.checks, c.bad, a.ms));
  } else setStatus(a.text ? t('analysing') : '');
}

function renderCurrentReport() {
  performance.mark('cakupan-draw');
  setArticleLanguage(currentArticle()?.report?.document?.language);
  drawCurrentReport();
  renderPrintHead($('print-head'), currentArticle());
  // Visible in the browser's performance tools, and read by the large-paste test.
  performance.measure('cakupan-draw', 'cakupan-draw');
}

function drawCurrentReport() {
  const a = currentArticle();
  renderStatus(a);
  renderEditTools(a);
  hideTip();
  const view = $('text-view');
  const parts = { summary: $('summary'), checks: $('checks'), facts: $('facts'), derived: $('derived'), document: $('document') };
  if (!a.report || !a.reportText) {
    view.replaceChildren(h('p', { class: 'empty' }, t('emptyText')));
    textMarks = { facts: new Map(), dates: new Map() };
    reportView = { ensureFactRow: () => {} };
    for (const p of Object.values(parts)) p.replaceChildren();
    parts.derived.hidden = true;
    parts.summary.append(h('p', { class: 'muted' }, t('emptyText')));
    return;
  }
  const report = viewOf(a);
  const editing = state.editing?.article === a.key ? state.editing : null;
  const index = editing ? a.keys.indexOf(editing.key) : -1;
  textMarks = renderText(view, a.reportText, report);
  reportView = renderReport(parts, {
    text: a.reportText, report, textMarks, showInText, showFactRow,
    regions: state.regions,
    editing: index >= 0 ? { index, error: editing.error } : null,
    adding: state.adding,
    on: handlers(a),
  });
  if (state.afterRemove) {
    const i = a.keys.indexOf(state.afterRemove);
    state.afterRemove = null;
    if (i >= 0) state.focus = null;
    const button = i >= 0 ? document.querySelector(`#fact-${i} button.edit`) : null;
    if (button) button.focus();
  }
  if (state.focus) {
    const el = document.getElementById(state.focus);
    state.focus = null;
    el?.focus();
  }
}

function renderEditTools(a) {
  const n = a ? Object.keys(a.overlay.changed).length + a.overlay.removed.length + a.overlay.added.length : 0;
  $('undo').disabled = !a?.history.length;
  $('redo').disabled = !a?.future.length;
  $('revert-all').disabled = n === 0;
  const words = n ? t('editsCount', n) : '';
  if ($('edit-count').textContent !== words) $('edit-count').textContent = words;
}

function renderComparison() {
  const list = analysed();
  const section = $('compare-section');
  section.hidden = list.length < 2;
  // The way to the comparison from the top of the page.
  const link = $('compare-link');
  link.hidden = list.length < 2;
  if (list.length >= 2 && link.textContent !== t('compareLink', list.length)) link.textContent = t('compareLink', list.length);
  if (list.length >= 2) renderCompare($('compare'), list);
  else $('compare').replaceChildren();
}

function renderSplitOffer() {
  const a = currentArticle();
  const split = splitPaste(a.text);
  const parts = split?.parts ?? [];
  const box = $('split');
  if (box.hidden !== parts.length < 2) box.hidden = parts.length < 2;
  if (parts.length >= 2 && $('split-text').textContent !== t('split', parts.length, split.by)) {
    $('split-text').textContent = t('split', parts.length, split.by);
    $('split-button').textContent = t('splitButton', parts.length);
  }
}

/** Export buttons work only when some article has a report. */
function renderExportButtons() {
  const none = !state.articles.some((a) => a.report);
  // Until the reader picks one, the CSV separator follows the page's language.
  if (!state.sepChosen && $('csv-sep').value !== defaultSeparator()) $('csv-sep').value = defaultSeparator();
  for (const el of document.querySelectorAll('#export-buttons button, #csv-sep')) if (el.disabled !== none) el.disabled = none;
}

function renderRemoveButton() {
  const disabled = state.articles.length < 2 && !currentArticle()?.text;
  if ($('remove').disabled !== disabled) $('remove').disabled = disabled;
}

function renderAll() {
  applyStaticWords();
  renderArticleList();
  renderCurrentReport();
  renderComparison();
  renderSplitOffer();
  renderExportButtons();
}

// --- linking the text and the tables --------------------------------------

/** Scrolls the text to the marks of the given facts (and date) and flashes them. */
function showInText(factIndices, dateIndex = null) {
  const els = factIndices.map((i) => textMarks.facts.get(i)).filter(Boolean);
  if (dateIndex != null && textMarks.dates.has(dateIndex)) els.push(textMarks.dates.get(dateIndex));
  els.slice(1).forEach((el) => flash(el, { focus: false }));
  if (els[0]) flash(els[0]);
}

/** Scrolls the facts table to fact `i`'s row and flashes it. */
function showFactRow(i) {
  reportView.ensureFactRow(i);
  flash(document.getElementById(`fact-${i}`));
}

$('text-view').addEventListener('click', (e) => {
  const quiet = e.target.closest?.('button.num-out');
  if (quiet) {
    // One click makes a number the core set aside a figure.
    const a = currentArticle();
    const n = viewOf(a)?.numbers?.[Number(quiet.dataset.number)];
    if (n) addFact(a, n.span.utf16[0], n.span.utf16[1], n.text);
    return;
  }
  const mark = e.target.closest?.('a.fact');
  if (!mark) return;
  e.preventDefault();
  const [first, ...rest] = mark.dataset.facts.split(' ').map(Number);
  rest.forEach((i) => {
    reportView.ensureFactRow(i);
    flash(document.getElementById(`fact-${i}`), { focus: false });
  });
  showFactRow(first);
});


// --- corrections ------------------------------------------------------------

/** Changes `a`'s overlay by `fn`, remembering the one before for undo, and rechecks. */
function edit(a, fn) {
  a.history.push(clone(a.overlay));
  if (a.history.length > 200) a.history.shift();
  a.future = [];
  fn(a.overlay);
  recheckArticle(a);
  save();
}

/** Leaves out of a fact's changes those that give back the core's reading. */
function prune(a, key) {
  const c = a.overlay.changed[key];
  const core = a.report.facts[coreKeys(a.report).indexOf(key)];
  if (!c || !core) return;
  for (const k of Object.keys(c)) {
    if (JSON.stringify(c[k] ?? null) === JSON.stringify(core[k] ?? null)) delete c[k];
  }
  if (!Object.keys(c).length) delete a.overlay.changed[key];
}

function changeFact(a, key, changes) {
  edit(a, (o) => {
    if (key.startsWith('added:')) {
      const item = o.added.find((x) => `added:${x.id}` === key);
      if (item) Object.assign(item, changes);
      return;
    }
    o.changed[key] = { ...(o.changed[key] ?? {}), ...changes };
    prune(a, key);
  });
}

function removeFact(a, key) {
  edit(a, (o) => {
    if (key.startsWith('added:')) o.added = o.added.filter((x) => `added:${x.id}` !== key);
    else {
      delete o.changed[key];
      if (!o.removed.includes(key)) o.removed.push(key);
    }
  });
}

function revertFact(a, key) {
  edit(a, (o) => { delete o.changed[key]; });
}

/** Moves article `a` one step back (undo) or forward (redo) in its corrections. */
function step(a, from, to) {
  if (!from?.length) return;
  to.push(clone(a.overlay));
  a.overlay = from.pop();
  recheckArticle(a);
  save();
}

function undo(a = currentArticle()) { step(a, a?.history, a?.future); }

function redo(a = currentArticle()) { step(a, a?.future, a?.history); }

/** The editor's and the add form's callbacks for article `a`. */
function handlers(a) {
  const keyOf = (i) => a.keys[i];
  const open = (key, field = 'metric') => {
    state.editing = { article: a.key, key, error: null };
    state.focus = `ed-${field}`;
  };
  return {
    toggle(i) {
      const key = keyOf(i);
      if (state.editing?.key === key && state.editing.article === a.key) {
        state.editing = null;
        state.focus = null;
        renderCurrentReport();
        document.querySelector(`#fact-${i} button.edit`)?.focus();
        return;
      }
      open(key);
      renderCurrentReport();
    },
    editor(i) {
      const key = keyOf(i);
      return {
        apply(changes, error, field) {
          state.focus = `ed-${field}`;
          if (error) {
            state.editing = { article: a.key, key, error };
            renderCurrentReport();
            return;
          }
          state.editing = { article: a.key, key, error: null };
          changeFact(a, key, changes);
        },
        remove() {
          state.editing = null;
          // Focus moves to the next figure's edit button, or the table's heading.
          const next = a.keys[i + 1];
          removeFact(a, key);
          state.focus = next ? null : 'facts-h';
          state.afterRemove = next ?? null;
        },
        revert() {
          state.focus = 'ed-metric';
          revertFact(a, key);
        },
        close() {
          state.editing = null;
          renderCurrentReport();
          document.querySelector(`#fact-${i} button.edit`)?.focus();
        },
      };
    },
    addForm(show) {
      state.adding = show;
      state.focus = show ? 'add-text' : 'add-fact';
      renderCurrentReport();
    },
    addTyped(text) {
      // The first place the text stands in the article that no figure holds yet.
      const taken = (viewOf(a).facts ?? []).map((f) => f.span?.utf16).filter(Boolean);
      let at = a.reportText.indexOf(text);
      while (at >= 0 && taken.some(([s, e]) => at < e && at + text.length > s)) at = a.reportText.indexOf(text, at + 1);
      state.adding = false;
      if (!addFact(a, at >= 0 ? at : null, at >= 0 ? at + text.length : null, text) && at < 0) setStatus(t('addNotFound'));
    },
  };
}

/**
 * Adds the figure printed at `[at, end)` of the article (or, with `at`
 * null, a figure that is not in the text) and opens its editor, so the
 * reader confirms what it counts. Returns false when `printed` holds no figure.
 */
function addFact(a, at, end, printed) {
  const figure = parseFigure(printed);
  if (!figure || !a.report) {
    setStatus(t('noFigure'));
    return false;
  }
  const unit = figure.unit ?? 'persons';
  const metric = unit === 'percent' ? 'coverage_rate' : unit === 'IDR' ? 'benefits_paid' : 'participants';
  // Region and period as the nearest figure before it reads them (else the
  // first after it): an article mostly speaks of one place and time. The
  // editor opens at once, so the reader confirms them.
  const facts = (viewOf(a).facts ?? []).filter((f) => f.span);
  const near = at == null ? null
    : [...facts].reverse().find((f) => f.span.utf16[1] <= at) ?? facts.find((f) => f.span.utf16[0] >= at) ?? null;
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const fact = {
    id, at, end, metric, value: figure.value, unit: UNIT[metric], approx: 'exact', step: figure.step, high: null,
    region: near?.region ?? null, segment: 'all', program: HAS_PROGRAM.has(metric) ? 'all' : null,
    period: near?.period ?? null, period_start: near?.period_start ?? null, target_year: null,
    scheme: schemeOf(viewOf(a)), printed, reading: null, part_of: null, change_of: null,
    confidence: { level: 'high', reason: null }, because: [],
  };
  state.editing = { article: a.key, key: `added:${id}`, error: null };
  state.focus = 'ed-metric';
  edit(a, (o) => { o.added.push(fact); });
  return true;
}

// Why each figure was read as it was, and why each quiet number is not one:
// on focus and hover of its mark in the text.
tipOn($('text-view'), 'a.fact, button.num-out', (el) => {
  const report = viewOf(currentArticle());
  if (!report) return null;
  if (el.matches('button.num-out')) {
    const n = report.numbers?.[Number(el.dataset.number)];
    if (!n) return null;
    return [h('strong', null, message(n.message)),
      n.reason === 'not_understood' ? h('p', null, t('notUnderstood')) : null,
      h('p', { class: 'muted' }, t('makeFact'))];
  }
  return el.dataset.facts.split(' ').map(Number).flatMap((i) => becauseTip(report.facts?.[i]) ?? []);
});

// --- adding a figure by selecting its words ------------------------------------

let selection = null;
function selectionInView() {
  const sel = document.getSelection();
  const view = $('text-view');
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const r = sel.getRangeAt(0);
  if (!view.contains(r.startContainer) || !view.contains(r.endContainer)) return null;
  let s = textOffset(view, r.startContainer, r.startOffset);
  let e = textOffset(view, r.endContainer, r.endOffset);
  const text = currentArticle()?.reportText ?? '';
  if (s == null || e == null || e <= s) return null;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s || e - s > 200) return null;
  return { s, e, text: text.slice(s, e), rect: r.getBoundingClientRect() };
}

document.addEventListener('selectionchange', () => {
  const button = $('add-selection');
  const found = selectionInView();
  if (!found || !parseFigure(found.text)) {
    if (!button.hidden && document.activeElement !== button) button.hidden = true;
    if (!found) return;
  }
  selection = found;
  if (!parseFigure(found.text)) return;
  button.textContent = t('addFromSelection', found.text.length > 40 ? `${found.text.slice(0, 38)}…` : found.text);
  button.hidden = false;
  const width = Math.min(button.offsetWidth || 200, innerWidth - 16);
  button.style.left = `${Math.max(8, Math.min(found.rect.left, innerWidth - width - 8)) + scrollX}px`;
  button.style.top = `${found.rect.bottom + 6 + scrollY}px`;
});

$('add-selection').addEventListener('click', () => {
  const a = currentArticle();
  $('add-selection').hidden = true;
  if (!selection || !a?.report) return;
  const { s, e, text } = selection;
  selection = null;
  document.getSelection()?.removeAllRanges();
  addFact(a, s, e, text);
});

// --- articles --------------------------------------------------------------

function select(key) {
  state.current = key;
  state.editing = null;
  state.adding = false;
  const a = currentArticle();
  $('text').value = a.text;
  if (followLanguage()) {
    renderAll();
  } else {
    renderArticleList();
    renderCurrentReport();
    renderSplitOffer();
  }
  save();
}

function setText(a, text) {
  a.text = text;
  schedule(a, 0);
}

/** Puts texts into articles: the current one if it is empty, new ones otherwise. */
function openTexts(items) {
  let first = null;
  for (const { text, label } of items) {
    const cur = currentArticle();
    let a = state.articles.find((x) => x.text === text);
    if (a) {
      // Already open (a sample clicked twice): show it rather than add a copy.
      first ??= a;
      continue;
    }
    if (cur && !cur.text.trim() && !first) {
      a = cur;
      a.label = label;
    } else {
      a = addArticle('', label);
    }
    setText(a, text);
    first ??= a;
  }
  if (first) select(first.key);
}

$('text').addEventListener('input', () => {
  const a = currentArticle();
  a.text = $('text').value;
  schedule(a);
  renderSplitOffer();
  renderRemoveButton();
  save();
});

$('split-button').addEventListener('click', () => {
  const a = currentArticle();
  const [head, ...rest] = splitPaste(a.text)?.parts ?? [a.text];
  // The pieces are new articles: corrections of the whole do not carry over.
  a.overlay = emptyOverlay();
  a.history = [];
  a.future = [];
  a.reportText = '';
  setText(a, head);
  for (const text of rest) setText(addArticle(), text);
  select(a.key);
});

// The link to the comparison scrolls the report pane, not the whole window,
// and leaves the keyboard at the comparison's heading.
$('compare-link').addEventListener('click', (e) => {
  e.preventDefault();
  const heading = $('compare-h');
  heading.tabIndex = -1;
  const pane = $('report');
  if (getComputedStyle(pane).overflowY === 'auto' && pane.scrollHeight > pane.clientHeight) {
    // A desktop: the report pane scrolls on its own; the window stays put.
    const sticky = pane.querySelector('.report-head')?.offsetHeight ?? 0;
    pane.scrollBy({ top: heading.getBoundingClientRect().top - pane.getBoundingClientRect().top - sticky - 8 });
  } else {
    heading.scrollIntoView({ block: 'start' });
  }
  heading.focus({ preventScroll: true });
});

$('add').addEventListener('click', () => {
  select(addArticle().key);
  $('text').focus();
});

$('remove').addEventListener('click', () => {
  const i = state.articles.findIndex((a) => a.key === state.current);
  state.articles.splice(i, 1);
  if (!state.articles.length) addArticle();
  select(state.articles[Math.max(0, i - 1)].key);
  renderComparison();
  renderExportButtons();
  save();
});

$('files').addEventListener('change', async (e) => {
  const files = [...e.target.files];
  const texts = await Promise.all(files.map(async (f) => ({ text: await f.text(), label: f.name.replace(/\.txt$/i, '') })));
  openTexts(texts);
  e.target.value = '';
});

// --- samples ----------------------------------------------------------------

async function loadSamples(list) {
  const texts = await Promise.all(list.map(async (s) => ({ text: await (await fetch(`samples/${s.file}`)).text(), label: s.label })));
  openTexts(texts);
}

async function setupSamples() {
  try {
    const list = await (await fetch('samples/index.json')).json();
    // Each sample is named by its headline, its outlet beside it.
    $('sample-buttons').replaceChildren(
      ...list.map((s) => h('button', { type: 'button', class: 'sample', title: s.label, onclick: () => loadSamples([s]) },
        s.label, s.outlet ? h('span', { class: 'outlet' }, ` · ${s.outlet}`) : null)),
      h('button', { type: 'button', class: 'sample all', 'data-i18n': 'allSamples', onclick: () => loadSamples(list) }, t('allSamples')),
    );
  } catch {
    $('sample-buttons').replaceChildren();
  }
}

// --- export -----------------------------------------------------------------

function exported(msg) {
  $('export-status').textContent = msg;
}

/** The CSV separator the reader chose, else the one the page's language uses. */
const csvSep = () => ($('csv-sep').value === ',' || $('csv-sep').value === ';' ? $('csv-sep').value : defaultSeparator());
$('csv-sep').addEventListener('change', () => {
  state.sepChosen = true;
  try { localStorage.setItem('cakupan-csv-sep', $('csv-sep').value); } catch { /* kept for this visit */ }
});
$('csv-facts').addEventListener('click', () => download('cakupan-angka.csv', factsCsv(analysed(), { sep: csvSep() }), 'text/csv;charset=utf-8'));
$('csv-checks').addEventListener('click', () => download('cakupan-pemeriksaan.csv', checksCsv(analysed(), { sep: csvSep() }), 'text/csv;charset=utf-8'));
$('json').addEventListener('click', () => download('cakupan.json', reportsJson(analysed()), 'application/json'));
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(reportText(analysed()));
    exported(t('copied'));
  } catch {
    exported(t('copyFailed'));
  }
});
$('print').addEventListener('click', () => window.print());
$('html-report').addEventListener('click', () => {
  const list = state.articles.filter((a) => a.report).map((a) => ({ name: articleName(a), report: viewOf(a), text: a.reportText }));
  if (!list.length) return;
  download('cakupan-laporan.html', htmlReport(list), 'text/html;charset=utf-8');
  exported(t('htmlMade'));
});

// --- undo, redo, back to the core's reading -----------------------------------

$('undo').addEventListener('click', () => undo());
$('redo').addEventListener('click', () => redo());
$('revert-all').addEventListener('click', () => {
  const a = currentArticle();
  if (!a || isEmpty(a.overlay)) return;
  state.editing = null;
  edit(a, (o) => { o.changed = {}; o.removed = []; o.added = []; });
});
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  // In a text field, Ctrl+Z undoes typing, not corrections.
  if (e.target.closest?.('input, textarea, select')) return;
  const k = e.key.toLowerCase();
  if (k === 'z' && !e.shiftKey) { e.preventDefault(); undo(); } else if (k === 'y' || (k === 'z' && e.shiftKey)) { e.preventDefault(); redo(); }
});

// --- keeping the work --------------------------------------------------------------

const store = createStore(() => {
  const note = $('storage-note');
  note.textContent = t('storageFailed');
  note.hidden = false;
});

function save() {
  store.save({
    version: 1,
    articles: state.articles.map((a) => ({ text: a.text, label: a.label, overlay: a.overlay })),
    current: state.articles.findIndex((a) => a.key === state.current),
    lang: state.langChoice,
  });
}
// A tab closed right after an edit still keeps it.
addEventListener('pagehide', () => { store.flush(); });

$('clear-all').addEventListener('click', () => {
  const dialog = $('clear-dialog');
  dialog.returnValue = '';
  dialog.showModal();
});
$('clear-dialog').addEventListener('close', async () => {
  if ($('clear-dialog').returnValue !== 'clear') {
    $('clear-all').focus();
    return;
  }
  await store.clear();
  state.articles = [];
  state.editing = null;
  state.adding = false;
  state.langChoice = null;
  state.current = addArticle().key;
  $('text').value = '';
  followLanguage();
  renderAll();
  renderSplitOffer();
  setStatus(t('cleared'));
  $('text').focus();
});

// --- language ----------------------------------------------------------------

$('lang').addEventListener('click', () => {
  state.langChoice = getLang() === 'en' ? 'id' : 'en';
  setLang(state.langChoice);
  try { localStorage.setItem('cakupan-lang', getLang()); } catch { /* private mode: the choice lasts this visit */ }
  renderAll();
  save();
});

/**
 * The page's language: the reader's choice, else the language of the article
 * being read (an English article, English words). Returns true when it changed.
 */
function followLanguage() {
  const article = viewOf(currentArticle() ?? {})?.document?.language;
  const want = state.langChoice ?? (article === 'en' ? 'en' : 'id');
  if (want === getLang()) return false;
  setLang(want);
  return true;
}

// --- start ---------------------------------------------------------------------

// The facts table's header row sticks just below the report's own sticky head.
const reportHead = document.querySelector('.report-head');
new ResizeObserver(() => {
  document.documentElement.style.setProperty('--report-head-h', `${reportHead.offsetHeight}px`);
}).observe(reportHead);

try {
  state.langChoice = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('cakupan-lang');
} catch { state.langChoice = null; }
if (state.langChoice !== 'en' && state.langChoice !== 'id') state.langChoice = null;
setLang(state.langChoice ?? 'id');
try {
  const sep = localStorage.getItem('cakupan-csv-sep');
  if (sep === ',' || sep === ';') { $('csv-sep').value = sep; state.sepChosen = true; }
} catch { /* the separator follows the language */ }
state.current = addArticle().key;
renderAll();
setupSamples();
analyzer.call('regions').then((list) => { state.regions = list; }).catch(() => { /* the region field takes exact names only */ });

// The work kept from an earlier visit: its articles are analysed again and
// their corrections laid over the new reports. Then an article handed over in
// the address, which the page shows.
const restored = store.load().then((saved) => {
  if (!saved?.articles?.length) return;
  // Something typed or opened before the saved work came back is kept too.
  const fresh = state.articles.filter((a) => a.text);
  state.articles = [];
  for (const s of saved.articles) {
    const a = addArticle(String(s.text ?? ''), s.label ?? null, s.overlay ?? null);
    if (a.text) schedule(a, 0);
  }
  for (const a of fresh) {
    if (!state.articles.some((x) => x.text === a.text)) state.articles.push(a);
  }
  if (state.langChoice == null && (saved.lang === 'en' || saved.lang === 'id')) state.langChoice = saved.lang;
  const cur = state.articles[saved.current] ?? state.articles[0];
  select(cur.key);
  followLanguage();
  renderAll();
});
restored.then(openShared, openShared);

/**
 * An article handed over in the address (the <cakupan-box>'s "full report"
 * link): opened and analysed, the check it names shown once its report is
 * drawn; the fragment is then dropped from the address.
 */
async function openShared() {
  const shared = await readSharedArticle(location.hash);
  if (!shared?.text) return;
  history.replaceState(null, '', location.pathname + location.search);
  openTexts([{ text: shared.text, label: null }]);
  if (shared.check == null) return;
  const a = currentArticle();
  let tries = 0;
  const show = () => {
    if (a.report && a.reportText === a.text) {
      const el = document.getElementById(`check-${shared.check}`);
      if (el) { el.tabIndex = -1; flash(el); }
    } else if (tries++ < 600) {
      setTimeout(show, 50);
    }
  };
  show();
}
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => { /* no offline copy; the page still works */ });
}
