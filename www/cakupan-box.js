// <cakupan-box>: a compact coverage box for the article on the host page.
//
//   <script type="module" src="https://example.org/cakupan/cakupan-box.js"></script>
//   <cakupan-box for="article-body"></cakupan-box>
//
// It reads the text of the element named by `for` (the first <article> if
// absent), runs the WebAssembly core in the browser, and shows, inside Shadow
// DOM: coverage per region against its target (the core's `coverage` list,
// drawn as it is: the box decides nothing), the first problem a check found,
// named in one line, and a link to the full report. The box is read-only.
// Nothing leaves the reader's machine: the "full report" link carries the
// article in its #fragment, which a browser never sends to a server, and the
// cakupan page opens it there, analysed.
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
    kind: {
      coverage: 'Cakupan', difference: 'Selisih', complement: 'Sisanya', parts_sum: 'Jumlah bagian', growth: 'Pertumbuhan',
      target_gap: 'Jarak ke target', restatement: 'Angka yang diulang', weekday: 'Hari dan tanggal',
    },
    problem: (kind, stated, computed) => `${kind}: tertulis ${stated}, dihitung ${computed}`,
    weekday: (kind, date, stated, actual) => `${kind}: ${date} jatuh pada ${actual}, bukan ${stated}`,
    more: (n) => `dan ${n} lainnya`,
    disputed: 'dibantah pemeriksaan',
    low: 'bacaan belum pasti',
    days: {},
    scale: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta']],
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
    kind: {
      coverage: 'Coverage', difference: 'Difference', complement: 'Complement', parts_sum: 'Parts and total', growth: 'Growth',
      target_gap: 'Gap to target', restatement: 'Restated figure', weekday: 'Weekday and date',
    },
    problem: (kind, stated, computed) => `${kind}: stated ${stated}, computed ${computed}`,
    weekday: (kind, date, stated, actual) => `${kind}: ${date} was a ${actual}, not a ${stated}`,
    more: (n) => `and ${n} more`,
    disputed: 'disputed by a check',
    low: 'uncertain reading',
    days: {
      senin: 'Monday', selasa: 'Tuesday', rabu: 'Wednesday', kamis: 'Thursday', jumat: 'Friday', sabtu: 'Saturday', minggu: 'Sunday',
    },
    scale: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
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
.fill.disputed { background: repeating-linear-gradient(135deg, var(--cakupan-bad, #a4161a) 0 4px, transparent 4px 7px); opacity: 1; }
.flag { display: block; color: var(--cakupan-bad, #a4161a); font-size: .86em; }
.flag.low { color: var(--cakupan-warn, #8a5a00); }
.mark { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; display: block;
  background: var(--cakupan-target, #1b1b1b); }
.none, .msg { color: var(--cakupan-muted, #5b5b55); margin-top: 8px; }
.problems { margin-top: 10px; font-weight: 600; }
.problem { display: block; margin-top: 6px; font-weight: 600; color: var(--cakupan-bad, #a4161a); min-height: 24px; line-height: 1.4;
  padding: 2px 0; overflow-wrap: anywhere; }
.problem.warning { color: var(--cakupan-warn, #8a5a00); }
.problem:focus-visible { outline: 2px solid var(--cakupan-accent, #0b6e4f); outline-offset: 1px; }
.more { display: block; color: var(--cakupan-muted, #5b5b55); font-size: .86em; }
.problems.bad { color: var(--cakupan-bad, #a4161a); }
.problems.warn { color: var(--cakupan-warn, #8a5a00); }
.problems.ok { color: var(--cakupan-accent, #0b6e4f); }
.checks li { margin-top: 4px; padding-left: 8px; border-left: 3px solid var(--cakupan-warn, #8a5a00); }
.checks li.inconsistent { border-left-color: var(--cakupan-bad, #a4161a); }
.foot { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; margin-top: 10px; }
.foot a { display: inline-block; min-height: 24px; line-height: 24px; }
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

/**
 * The core's coverage list (`report.coverage`) as rows for the box, in the
 * core's order. The core decided each row (stated beats derived, targets
 * joined to their region, whether a check disputes the figure); this only
 * renames fields.
 */
export function coverageRows(report) {
  return (report.coverage ?? []).map((c) => ({
    region: c.region,
    segment: c.segment,
    coverage: c.coverage ? c.coverage.value : null,
    derived: c.coverage ? c.coverage.source !== 'stated' : false,
    period: c.coverage?.period ?? null,
    target: c.target ? c.target.value : null,
    targetYear: c.target?.year ?? null,
    disputed: (c.disputed_by ?? []).length > 0,
    low: c.coverage?.confidence === 'low',
    reached: c.reached ?? null,
  }));
}

/**
 * The link to the full report for `text`: `base` with the article in its
 * fragment (`#z=` deflate-raw and base64url, or `#t=` percent-encoded where
 * CompressionStream is missing) and, when given, the check to show
 * (`&check=2`). A fragment never leaves the browser.
 */
export async function reportLink(base, text, check = null) {
  const url = new URL(base, document.baseURI);
  let hash;
  if (typeof CompressionStream === 'function') {
    const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    hash = `z=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  } else {
    hash = `t=${encodeURIComponent(text)}`;
  }
  if (check != null) hash += `&check=${check}`;
  url.hash = hash;
  return url.href;
}

/** The checks that found a problem, worst first. */
export function problems(report) {
  const rank = { inconsistent: 0, warning: 1 };
  return report.checks
    .filter((c) => c.status in rank)
    .sort((a, b) => rank[a.status] - rank[b.status] || report.checks.indexOf(a) - report.checks.indexOf(b));
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
  #links = { text: null, hrefs: new Map() };

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

  /** The full report's address for the current text (and check), made once per text and base. */
  #href(base, check = null) {
    const key = `${base}\u0000${check}`;
    if (this.#links.text !== this.#text) this.#links = { text: this.#text, hrefs: new Map() };
    const links = this.#links;
    if (links.hrefs.has(key)) return links.hrefs.get(key);
    links.hrefs.set(key, base);
    reportLink(base, this.#text ?? '', check).then((href) => {
      if (this.#links !== links) return;
      links.hrefs.set(key, href);
      for (const a of this.#root.querySelectorAll('a[data-key]')) if (a.dataset.key === key) a.href = href;
    }).catch(() => {});
    return base;
  }

  #paint() {
    const lang = this.#language();
    const t = TEXT[lang];
    const full = this.getAttribute('mode') === 'full';
    const locale = lang === 'en' ? 'en-US' : 'id-ID';
    const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const nf0 = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const pct = (v) => `${nf.format(v)}%`;
    const value = (v, unit) => {
      if (!Number.isFinite(v)) return '–';
      if (unit === 'percent') return pct(v);
      if (unit === 'IDR') {
        for (const [size, word] of t.scale) if (Math.abs(v) >= size) return `Rp${nf.format(v / size)} ${word}`;
        return `Rp${nf0.format(v)}`;
      }
      return nf0.format(v);
    };
    const base = this.getAttribute('report-href') ?? (PAGE_PATH ? new URL(PAGE_PATH, HERE).href : null);
    const link = (cls, text, check = null) => {
      const a = el('a', cls, text);
      a.href = this.#href(base, check);
      a.dataset.key = `${base}\u0000${check}`;
      a.target = '_blank';
      a.rel = 'noopener';
      return a;
    };

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
        // Compact: one row per region, the whole workforce where the core has it.
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
          const flags = [r.disputed ? t.disputed : null, r.low ? t.low : null].filter(Boolean);
          bar.setAttribute('aria-label', t.bar(r.coverage !== null ? pct(r.coverage) : '–', r.target !== null ? pct(r.target) : null)
            + (flags.length ? ` (${flags.join(', ')})` : ''));
          const clamp = (v) => `${Math.max(0, Math.min(100, v))}%`;
          if (r.coverage !== null) {
            const fill = el('span', `fill${r.derived ? ' derived' : ''}${r.disputed ? ' disputed' : ''}`);
            fill.style.width = clamp(r.coverage);
            bar.append(fill);
          }
          if (r.target !== null) {
            const mark = el('span', 'mark');
            mark.style.left = clamp(r.target);
            bar.append(mark);
          }
          li.append(rh, bar);
          if (r.disputed) li.append(el('span', 'flag', `⚠ ${t.disputed}`));
          else if (r.low) li.append(el('span', 'flag low', `? ${t.low}`));
          list.append(li);
        }
        box.append(list);
      }

      // The problems, named: the worst in one line (all of them in full mode),
      // each a link to its check in the full report.
      const bad = problems(report);
      const worst = bad[0]?.status;
      box.append(el('p', `problems ${worst === 'inconsistent' ? 'bad' : worst === 'warning' ? 'warn' : 'ok'}`, t.problems(bad.length)));
      const named = (c) => {
        const words = problemLine(report, c, t, value);
        const line = base ? link(`problem ${c.status}`, words, report.checks.indexOf(c)) : el('span', `problem ${c.status}`, words);
        line.title = c.message?.[lang] ?? c.message?.id ?? words;
        return line;
      };
      if (full && bad.length) {
        // Full: every problem, named and explained in the core's words.
        const list = el('ul', 'checks');
        for (const c of bad) {
          const li = el('li', c.status);
          li.append(named(c), el('strong', null, `${t.status[c.status]}: `), c.message?.[lang] ?? c.message?.id ?? '');
          list.append(li);
        }
        box.append(list);
      } else if (bad.length) {
        box.append(named(bad[0]));
      }
      if (!full && bad.length > 1) box.append(el('span', 'more', t.more(bad.length - 1)));
    }

    const foot = el('div', 'foot');
    foot.append(el('span', 'count', report ? t.facts(report.facts.length) : ''));
    if (base) foot.append(link('report', `${t.report} →`));
    box.append(foot);
    this.#root.replaceChildren(box);
  }
}

/**
 * One line that names a problem: "Selisih: tertulis 4.694.054, dihitung
 * 4.694.064", "Hari dan tanggal: Senin (2/1/2026) jatuh pada Jumat, bukan
 * Senin". Its colour says how bad; its title holds the core's whole message.
 */
function problemLine(report, check, t, value) {
  const kind = t.kind[check.kind] ?? check.kind;
  if (check.kind === 'weekday') {
    const d = report.document?.dates?.[check.date];
    const day = (x) => t.days[String(x ?? '').toLowerCase()] ?? x ?? '';
    return t.weekday(kind, d?.text ?? d?.date ?? '', day(d?.weekday?.stated), day(d?.weekday?.actual));
  }
  const last = check.terms?.length ? check.terms[check.terms.length - 1].fact : check.facts?.[check.facts.length - 1];
  const unit = report.facts?.[last]?.unit ?? '';
  return t.problem(kind, value(check.stated, unit), value(check.computed, unit));
}

if (!customElements.get('cakupan-box')) customElements.define('cakupan-box', CakupanBox);
