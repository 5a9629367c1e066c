// <cakupan-box>: a compact coverage box for the article on the host page.
//
//   <script type="module" src="https://example.org/cakupan/cakupan-box.js"></script>
//   <cakupan-box for="article-body"></cakupan-box>
//
// It reads the text of the element named by `for` (the first <article> if
// absent), runs the WebAssembly core in the browser, and shows, inside Shadow
// DOM: coverage per region against its target, how many checks found a
// problem, and a link to the full report. Nothing leaves the reader's machine.
//
// Attributes: for (element id), lang (id | en; else the nearest [lang], else
// id), mode (compact | full), report-href (link to the full report; default
// the cakupan page beside this script). Event: `cakupan-report`
// (CustomEvent, bubbles and composed, detail: the Report) after every
// analysis, `cakupan-error` (detail: the Error) when the core cannot load.
// Theming: CSS custom properties --cakupan-accent, --cakupan-bg,
// --cakupan-fg, --cakupan-muted, --cakupan-border, --cakupan-bad,
// --cakupan-warn, --cakupan-target, --cakupan-font, --cakupan-font-size,
// --cakupan-radius (custom properties inherit through the shadow boundary;
// nothing else of the host's CSS does).
//
// What it does not do: it never inserts host text as HTML (text only), never
// uses inline style attributes (a strict CSP with style-src 'self' works; the
// host's CSP must allow 'wasm-unsafe-eval'), and does not follow the text
// across iframes or into other shadow roots.
//
// The core is found relative to this file (import.meta.url), so the script
// works under any sub-path. scripts/package.sh rewrites the two constants
// below for the npm package (flat layout, no page to link to) and for the
// file:// build (a classic script that carries the core as base64).
const CORE_PATH = './pkg/cakupan.js';
const PAGE_PATH = './index.html';
const HERE = import.meta.url;

/** Loads and initialises the core once per document; resolves to the module. */
let core;
function loadCore() {
  core ??= (async () => {
    // The file:// build defines the core as a global before this runs.
    if (globalThis.cakupan?.analyze) return globalThis.cakupan;
    const mod = await import(new URL(CORE_PATH, HERE).href);
    await mod.default();
    return mod;
  })();
  return core;
}

const TEXT = {
  id: {
    title: 'Cakupan BPJS Ketenagakerjaan',
    sub: 'menurut angka dalam artikel ini',
    loading: 'Menghitung…',
    target: 'target',
    derived: 'dihitung',
    noFigures: 'Artikel ini tidak menyebut angka cakupan kepesertaan.',
    empty: 'Belum ada teks artikel.',
    problems: (n) => (n === 0 ? 'Tidak ada masalah hitungan' : `${n} masalah hitungan`),
    facts: (n) => `${n} angka dibaca`,
    report: 'Laporan lengkap',
    noTarget: 'Tidak ada elemen artikel untuk dibaca.',
    failed: 'Analisis tidak dapat dimuat.',
    nation: 'Tanpa wilayah',
    segment: { formal: 'penerima upah', informal: 'bukan penerima upah', construction: 'jasa konstruksi', migrant: 'pekerja migran' },
    status: { inconsistent: 'tidak cocok', warning: 'perlu dicek' },
    bar: (c, t) => `cakupan ${c}` + (t ? `, target ${t}` : ''),
  },
  en: {
    title: 'BPJS Ketenagakerjaan coverage',
    sub: "according to this article's figures",
    loading: 'Computing…',
    target: 'target',
    derived: 'computed',
    noFigures: 'This article states no coverage figures.',
    empty: 'No article text yet.',
    problems: (n) => (n === 0 ? 'No arithmetic problems' : `${n} arithmetic problem${n === 1 ? '' : 's'}`),
    facts: (n) => `${n} figure${n === 1 ? '' : 's'} read`,
    report: 'Full report',
    noTarget: 'No article element to read.',
    failed: 'The analysis could not be loaded.',
    nation: 'No region',
    segment: { formal: 'wage earners', informal: 'non-wage earners', construction: 'construction', migrant: 'migrant workers' },
    status: { inconsistent: 'does not add up', warning: 'worth checking' },
    bar: (c, t) => `coverage ${c}` + (t ? `, target ${t}` : ''),
  },
};

const CSS = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.box { all: initial; display: block; box-sizing: border-box; max-width: 100%;
  font-family: var(--cakupan-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--cakupan-font-size, 14px); line-height: 1.4; text-align: start;
  color: var(--cakupan-fg, #1b1b1b); background: var(--cakupan-bg, #ffffff);
  border: 1px solid var(--cakupan-border, #d6d6d0); border-top: 3px solid var(--cakupan-accent, #0b6e4f);
  border-radius: var(--cakupan-radius, 6px); padding: 12px 14px; visibility: visible;
  direction: ltr; unicode-bidi: isolate; /* all: initial leaves these two alone */ }
div, p, ul, li, span, strong, a, h2 { all: unset; box-sizing: border-box; }
div, p, ul, h2 { display: block; }
li { display: block; margin: 8px 0 0; }
h2 { font-weight: 700; font-size: 1.05em; }
strong { font-weight: 700; }
.sub { display: block; color: var(--cakupan-muted, #5b5b55); font-size: .86em; }
.row-head { display: flex; justify-content: space-between; gap: 8px; }
.name { font-weight: 600; }
.seg, .period, .derived { color: var(--cakupan-muted, #5b5b55); font-weight: 400; font-size: .86em; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { position: relative; display: block; height: 8px; margin-top: 3px; border-radius: 4px;
  background: color-mix(in srgb, var(--cakupan-accent, #0b6e4f) 14%, transparent); }
.fill { position: absolute; left: 0; top: 0; bottom: 0; display: block; border-radius: 4px;
  background: var(--cakupan-accent, #0b6e4f); }
.fill.derived { opacity: .55; }
.mark { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; display: block;
  background: var(--cakupan-target, #1b1b1b); }
.none, .msg { color: var(--cakupan-muted, #5b5b55); margin-top: 8px; }
.problems { margin-top: 10px; font-weight: 600; }
.problems.bad { color: var(--cakupan-bad, #a4161a); }
.problems.warn { color: var(--cakupan-warn, #8a5a00); }
.problems.ok { color: var(--cakupan-accent, #0b6e4f); }
.checks li { margin-top: 4px; padding-left: 8px; border-left: 3px solid var(--cakupan-warn, #8a5a00); }
.checks li.inconsistent { border-left-color: var(--cakupan-bad, #a4161a); }
.foot { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; margin-top: 10px; }
.count { color: var(--cakupan-muted, #5b5b55); font-size: .86em; }
a { color: var(--cakupan-accent, #0b6e4f); text-decoration: underline; cursor: pointer; }
a:focus-visible { outline: 2px solid var(--cakupan-accent, #0b6e4f); outline-offset: 2px; }
`;

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// Elements whose end is a line break in the text handed to the core; the
// core's segmenter reads blank lines as paragraph ends.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT',
  'BUTTON', 'SELECT', 'CAKUPAN-BOX']);

/**
 * The text of `el` as a reader sees its structure: paragraphs separated by
 * blank lines, <br> as a line break. It walks the DOM instead of using
 * innerText so the host's CSS (display:none, text-transform, ::before
 * content) cannot change what is analysed. Linear in the subtree's size.
 */
export function articleText(el) {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const out = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        out.push(n.data.replace(/[ \t\r\n]+/g, ' '));
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const tag = n.tagName.toUpperCase();
        if (SKIP.has(tag) || n.hidden) continue;
        if (tag === 'BR') { out.push('\n'); continue; }
        if (tag === 'PRE') { out.push('\n\n', n.textContent, '\n\n'); continue; }
        const block = BLOCK.has(tag);
        if (block) out.push('\n\n');
        walk(n);
        if (block) out.push('\n\n');
      }
    }
  };
  walk(el);
  return out.join('')
    .split('\n').map((line) => line.trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Regions with their coverage and target, in the order the article names them. */
export function coverageRows(report) {
  const rows = new Map();
  const row = (region, segment) => {
    const key = `${region?.name ?? ''}\u0000${segment}`;
    if (!rows.has(key)) rows.set(key, { region, segment, coverage: null, derived: false, period: null, target: null, targetYear: null });
    return rows.get(key);
  };
  const later = (a, b) => (b ?? '') >= (a ?? '');
  for (const f of report.facts) {
    if (f.metric === 'coverage_rate') {
      const r = row(f.region, f.segment);
      if (r.coverage === null || r.derived || later(r.period, f.period)) {
        Object.assign(r, { coverage: f.value, derived: false, period: f.period });
      }
    } else if (f.metric === 'target_rate') {
      const r = row(f.region, f.segment);
      if (r.target === null || (f.target_year ?? 0) >= (r.targetYear ?? 0)) {
        Object.assign(r, { target: f.value, targetYear: f.target_year });
      }
    }
  }
  for (const d of report.derived ?? []) {
    if (d.metric !== 'coverage_rate') continue;
    const r = row(d.region, d.segment);
    if (r.coverage === null) Object.assign(r, { coverage: d.value, derived: true, period: d.period });
  }
  return [...rows.values()];
}

/** The checks that found a problem, worst first. */
export function problems(report) {
  const rank = { inconsistent: 0, warning: 1 };
  return report.checks
    .filter((c) => c.status in rank)
    .sort((a, b) => rank[a.status] - rank[b.status]);
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

export class CakupanBox extends HTMLElement {
  static observedAttributes = ['for', 'lang', 'mode', 'report-href'];

  #root;
  #report = null;
  #error = null;
  #source = null;
  #observer = null;
  #onInput = () => this.#schedule();
  #timer = 0;
  #run = 0;
  #text = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
  }

  /** The last report, or null before the first analysis finishes. */
  get report() { return this.#report; }

  connectedCallback() {
    this.#watch();
    this.#paint();
    this.refresh().catch(() => {});
  }

  disconnectedCallback() { this.#unwatch(); }

  attributeChangedCallback(name, old, value) {
    if (!this.isConnected || old === value) return;
    if (name === 'for') {
      this.#watch();
      this.refresh().catch(() => {});
    } else {
      this.#paint();
    }
  }

  /** Re-reads the article and analyses it again; resolves to the report. */
  refresh() { return this.#analyse(true); }

  async #analyse(force) {
    const run = ++this.#run;
    if (!this.#source) {
      this.#paint();
      return null;
    }
    try {
      const mod = await loadCore();
      if (run !== this.#run) return this.#report;
      const text = articleText(this.#source);
      // A mutation that leaves the text as it was (a host re-rendering the
      // same paragraphs, or writing next to them) costs no analysis.
      if (!force && text === this.#text && this.#report) return this.#report;
      const report = mod.analyze(text);
      this.#text = text;
      this.#report = report;
      this.#error = null;
      this.#paint();
      this.dispatchEvent(new CustomEvent('cakupan-report', { detail: report, bubbles: true, composed: true }));
      return report;
    } catch (error) {
      this.#error = error;
      this.#paint();
      this.dispatchEvent(new CustomEvent('cakupan-error', { detail: error, bubbles: true, composed: true }));
      throw error;
    }
  }

  #language() {
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').toLowerCase();
    return lang.startsWith('en') ? 'en' : 'id';
  }

  #watch() {
    this.#unwatch();
    const id = this.getAttribute('for');
    this.#source = id ? document.getElementById(id) : document.querySelector('article');
    if (!this.#source) return;
    // Re-analyse when the host changes the article (debounced): edits to a
    // textarea, or text loaded into the element later.
    this.#source.addEventListener('input', this.#onInput);
    this.#observer = new MutationObserver(this.#onInput);
    this.#observer.observe(this.#source, { childList: true, subtree: true, characterData: true });
  }

  #unwatch() {
    this.#source?.removeEventListener('input', this.#onInput);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#analyse(false).catch(() => {}), 250);
  }

  #paint() {
    const lang = this.#language();
    const t = TEXT[lang];
    const full = this.getAttribute('mode') === 'full';
    const nf = new Intl.NumberFormat(lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 2 });
    const pct = (v) => `${nf.format(v)}%`;

    const box = el('section', 'box');
    box.setAttribute('lang', lang);
    box.setAttribute('part', 'box');
    box.setAttribute('aria-label', t.title);
    const head = el('div', 'head');
    head.append(el('h2', null, t.title), el('span', 'sub', t.sub));
    box.append(head);

    const report = this.#report;
    if (this.#error) {
      box.append(el('p', 'msg', t.failed));
    } else if (!this.#source && this.isConnected) {
      box.append(el('p', 'msg', t.noTarget));
    } else if (!report) {
      box.append(el('p', 'msg', t.loading));
    } else {
      let rows = coverageRows(report);
      if (!full) {
        // Compact: one row per region, the whole workforce where stated.
        const byRegion = new Map();
        for (const r of rows) {
          const key = r.region?.name ?? '';
          const have = byRegion.get(key);
          if (!have || (have.segment !== 'all' && r.segment === 'all') || (have.coverage === null && r.coverage !== null && r.segment === have.segment)) byRegion.set(key, r);
        }
        rows = [...byRegion.values()];
      }
      rows = rows.filter((r) => r.coverage !== null || r.target !== null);
      if (this.#text === '') {
        box.append(el('p', 'none', t.empty));
      } else if (rows.length === 0) {
        box.append(el('p', 'none', t.noFigures));
      } else {
        const list = el('ul', 'regions');
        for (const r of rows) {
          const li = el('li', 'region');
          const rh = el('div', 'row-head');
          const name = el('span', 'name', r.region?.name ?? t.nation);
          if (r.segment !== 'all') name.append(' ', el('span', 'seg', `(${t.segment[r.segment] ?? r.segment})`));
          if (full && r.period) name.append(' ', el('span', 'period', r.period));
          const figures = el('span', 'num');
          if (r.coverage !== null) {
            figures.append(pct(r.coverage));
            if (r.derived) figures.append(' ', el('span', 'derived', `(${t.derived})`));
          }
          if (r.target !== null) {
            figures.append(r.coverage !== null ? ' / ' : '', `${t.target} ${pct(r.target)}`);
            if (r.targetYear) figures.append(` (${r.targetYear})`);
          }
          rh.append(name, figures);
          const bar = el('span', 'bar');
          bar.setAttribute('role', 'img');
          bar.setAttribute('aria-label', t.bar(r.coverage !== null ? pct(r.coverage) : '–', r.target !== null ? pct(r.target) : null));
          const clamp = (v) => `${Math.max(0, Math.min(100, v))}%`;
          if (r.coverage !== null) {
            const fill = el('span', r.derived ? 'fill derived' : 'fill');
            fill.style.width = clamp(r.coverage);
            bar.append(fill);
          }
          if (r.target !== null) {
            const mark = el('span', 'mark');
            mark.style.left = clamp(r.target);
            bar.append(mark);
          }
          li.append(rh, bar);
          list.append(li);
        }
        box.append(list);
      }

      const bad = problems(report);
      const worst = bad[0]?.status;
      const p = el('p', `problems ${worst === 'inconsistent' ? 'bad' : worst === 'warning' ? 'warn' : 'ok'}`, t.problems(bad.length));
      box.append(p);
      if (full && bad.length) {
        const list = el('ul', 'checks');
        for (const c of bad) {
          const li = el('li', c.status);
          li.append(el('strong', null, `${t.status[c.status]}: `), c.message[lang] ?? c.message.id);
          list.append(li);
        }
        box.append(list);
      }
    }

    const foot = el('div', 'foot');
    foot.append(el('span', 'count', report ? t.facts(report.facts.length) : ''));
    const href = this.getAttribute('report-href') ?? (PAGE_PATH ? new URL(PAGE_PATH, HERE).href : null);
    if (href) {
      const a = el('a', 'report', `${t.report} →`);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      foot.append(a);
    }
    box.append(foot);
    this.#root.replaceChildren(box);
  }
}

if (!customElements.get('cakupan-box')) customElements.define('cakupan-box', CakupanBox);
