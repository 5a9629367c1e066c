// The page: several articles, each analysed in a Web Worker as it is typed or
// pasted, and the report of the one being read. State lives here; drawing
// lives in ui/*.js. Text from an article only ever reaches the DOM as text.

import { $, h, flash } from './ui/dom.js';
import { t, setLang, getLang, setArticleLanguage } from './ui/i18n.js';
import { createAnalyzer } from './ui/analyzer.js';
import { renderText } from './ui/textview.js';
import { renderReport, counts } from './ui/report.js';
import { renderCompare } from './ui/compare.js';
import { factsCsv, checksCsv, reportsJson, reportText, download, renderPrintHead, defaultSeparator } from './ui/export.js';
import { splitPaste } from './ui/split.js';
import { readSharedArticle } from './ui/share.js';

/** Debounce before analysing, in ms; longer for long texts so a paste settles first. */
const debounce = (length) => 120 + Math.min(400, length / 5000);

const state = { articles: [], current: null, seq: 0 };
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

function addArticle(text = '', label = null) {
  const a = { key: ++state.seq, text, label, report: null, reportText: '', ms: 0, error: null };
  state.articles.push(a);
  return a;
}

/** The analysed articles, named, for the comparison and the exports. */
const analysed = () => state.articles.filter((a) => a.report).map((a) => ({ name: articleName(a), report: a.report }));

// --- analysis -------------------------------------------------------------

const analyzer = createAnalyzer((key, result) => {
  const a = state.articles.find((x) => x.key === key);
  if (!a) return;
  if (result.error) {
    a.error = result.error;
  } else {
    a.error = null;
    a.report = result.report;
    a.reportText = result.text;
    a.ms = result.ms;
  }
  renderArticleList();
  if (key === state.current) renderCurrentReport();
  renderComparison();
  renderExportButtons();
});

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
    class: a.report && a.report.checks?.some((c) => c.status === 'inconsistent') ? 'has-bad' : null,
    'aria-current': a.key === state.current ? 'true' : null,
    onclick: () => select(a.key),
  }, articleName(a)))));
  renderRemoveButton();
}

function renderStatus(a) {
  if (a.error) setStatus(t('failed', a.error));
  else if (a.report && a.reportText === a.text) {
    const c = counts(a.report);
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
  textMarks = renderText(view, a.reportText, a.report);
  reportView = renderReport(parts, { text: a.reportText, report: a.report, textMarks, showInText, showFactRow });
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

// --- articles --------------------------------------------------------------

function select(key) {
  state.current = key;
  const a = currentArticle();
  $('text').value = a.text;
  renderArticleList();
  renderCurrentReport();
  renderSplitOffer();
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
});

$('split-button').addEventListener('click', () => {
  const a = currentArticle();
  const [head, ...rest] = splitPaste(a.text)?.parts ?? [a.text];
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

// --- language ----------------------------------------------------------------

$('lang').addEventListener('click', () => {
  setLang(getLang() === 'en' ? 'id' : 'en');
  try { localStorage.setItem('cakupan-lang', getLang()); } catch { /* private mode: the choice lasts this visit */ }
  renderAll();
});

// --- start ---------------------------------------------------------------------

try { setLang(new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('cakupan-lang') ?? 'id'); } catch { setLang('id'); }
try { $('csv-sep').value = localStorage.getItem('cakupan-csv-sep') ?? defaultSeparator(); } catch { $('csv-sep').value = defaultSeparator(); }
state.current = addArticle().key;
renderAll();
setupSamples();
openShared();

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
