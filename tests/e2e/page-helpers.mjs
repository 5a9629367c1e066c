// Helpers for the page's end-to-end tests: the seeds, the same WebAssembly
// build the page runs (loaded in Node, so a test knows what the page should
// show without trusting the page), and a page opened with its errors, CSP
// violations and off-origin requests recorded.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import init, { analyze } from '../../www/pkg/cakupan.js';

const root = new URL('../../', import.meta.url);
let ready;

/** The report the core gives for `text`, computed in Node from www/pkg. */
export async function reportFor(text) {
  ready ??= readFile(new URL('www/pkg/cakupan_bg.wasm', root)).then((bytes) => init({ module_or_path: bytes }));
  await ready;
  return analyze(text);
}

export async function seedNames() {
  return (await readdir(new URL('tests/seeds/', root))).filter((f) => f.endsWith('.txt')).sort();
}

export const seed = (name) => readFile(new URL(`tests/seeds/${name}`, root), 'utf8');

export async function expected() {
  return JSON.parse(await readFile(new URL('tests/seeds/expected.json', root), 'utf8'));
}

/**
 * A fresh context and page on `url`. `problems` collects page errors, console
 * errors, CSP violations and every request whose origin is not the page's.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  const offOrigin = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'blob:' && u.protocol !== 'data:' && u.origin !== origin) offOrigin.push(r.url());
  });
  await page.goto(url);
  return { context, page, problems, offOrigin };
}

/** The sample buttons' names: each sample's headline (www/samples/index.json). */
export const SAMPLES = Object.fromEntries(JSON.parse(await readFile(new URL('www/samples/index.json', root), 'utf8'))
  .map((s) => [s.file.slice(0, 3), s.label]));
export const ALL_SAMPLES = 'Kelima contoh';

/** Where the shared texts live, beside the project: $CAKUPAN_SHARED, ../shared, or /work/shared. */
export const SHARED = [process.env.CAKUPAN_SHARED, fileURLToPath(new URL('../shared', root)), '/work/shared']
  .find((d) => d && existsSync(`${d}/corpus/expected.json`));
if (!SHARED) throw new Error('the development corpus was not found beside the project (set CAKUPAN_SHARED)');

/** A corpus text from the shared corpus (c007.txt ...). */
export const corpus = (name) => readFile(`${SHARED}/corpus/${name}`, 'utf8');

/** Fills the current article's text box and waits until its report is drawn. */
export async function paste(page, text) {
  await page.fill('#text', text);
  await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
}

/**
 * Clicks a sample button and waits for its report: the click fetches the
 * sample first, so until the sample is the current article the status may
 * still show the previous article's report. `shows` is the article the click
 * selects (the first sample for the button that loads them all).
 */
export async function loadSample(page, label, shows = label) {
  // A sample button's name is its headline, then its outlet.
  await page.getByRole('button', { name: label }).first().click();
  await page.waitForFunction((name) =>
    document.querySelector('#article-list button[aria-current="true"]')?.textContent === name
    && /·\s*\d+\s*ms/.test(document.getElementById('status').textContent), shows);
}

/** Clicks `button` and reads what it downloads: its suggested name and its text. */
export async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Parses CSV text (RFC 4180) with the separator `sep` into rows of cells; the text must start with a UTF-8 byte-order mark. */
export function parseCsv(text, sep = ',') {
  assert.equal(text[0], '\uFEFF', 'the CSV starts with a UTF-8 byte-order mark');
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}
