// The box and the demo (issues 15 and 16): the box's "Laporan lengkap" opens
// the page with the box's article loaded and analysed; the problem the box
// names in one line links to that check in the page; the box draws the
// core's coverage list, with the core's "disputed" verdict; the demo news page
// fits 360 px; offline the demo shows itself, not the tool page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, site } from './browser.mjs';
import { corpus } from './page-helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let browser, server;
before(async () => { browser = await launch(); server = await site(repo); });
after(async () => { await browser?.close(); await server?.close(); });

/** A context and page on `path` (under the repository root), with its errors recorded. */
async function open(t, path, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(m.text()); });
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.querySelector('cakupan-box')?.report);
  return { context, page, errors };
}

/** Clicks the link `selector` in the box's shadow root once it carries the article; returns the page it opens. */
async function follow(context, page, selector) {
  await page.waitForFunction((s) => /#z=/.test(document.querySelector('cakupan-box').shadowRoot.querySelector(s)?.href ?? ''), selector);
  const [opened] = await Promise.all([context.waitForEvent('page'), page.locator('cakupan-box').locator(selector).click()]);
  await opened.waitForLoadState();
  await opened.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
  return opened;
}

test('"Laporan lengkap" opens the page with the box\'s article loaded and analysed', async (t) => {
  const { context, page, errors } = await open(t, 'www/demo.html');
  const analysed = await page.locator('cakupan-box').evaluate(async (b) => {
    const { articleText } = await import(new URL('cakupan-box.js', location.href).href);
    return articleText(document.getElementById(b.getAttribute('for')));
  });
  const full = await follow(context, page, 'a.report');
  assert.equal(await full.inputValue('#text'), analysed, 'the page holds the text the box analysed');
  const table = await full.locator('#facts tbody').innerText();
  for (const figure of ['7.996.826', '3.302.762', '4.694.054']) assert.ok(table.includes(figure), figure);
  assert.equal(await full.evaluate(() => location.hash), '', 'the article leaves the address once opened');
  assert.deepEqual(errors, []);
});

test('the compact box names its problem in one line, and the line opens the page at that check', async (t) => {
  const { context, page, errors } = await open(t, 'www/demo.html');
  const line = page.locator('cakupan-box').locator('a.problem');
  assert.equal(await line.count(), 1);
  assert.equal(await line.innerText(), 'Selisih: tertulis 4.694.054, dihitung 4.694.064');
  // One line in the 20rem sidebar.
  const lines = await line.evaluate((a) => Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight)));
  assert.ok(lines <= 2, `${lines} lines`);
  const report = await page.locator('cakupan-box').evaluate((b) => b.report);
  const index = report.checks.findIndex((c) => c.kind === 'difference' && c.status === 'inconsistent');
  const full = await follow(context, page, 'a.problem');
  await full.waitForFunction((i) => document.activeElement?.id === `check-${i}`, index);
  assert.match(await full.locator(`#check-${index}`).innerText(), /tertulis belum terlindungi "4\.694\.054"/);
  assert.deepEqual(errors, []);
});

test('the box draws the core\'s coverage: c040\'s 24,22 % is marked as disputed by its check', async (t) => {
  const { page, errors } = await open(t, 'tests/e2e/fixtures/host.html');
  const text = await corpus('c040.txt');
  const next = page.evaluate(() => new Promise((ok) => document.getElementById('box').addEventListener('cakupan-report', (e) => ok(e.detail), { once: true })));
  await page.locator('#a').evaluate((el, lines) => {
    el.replaceChildren(...lines.filter((l) => l.trim()).map((l) => Object.assign(document.createElement('p'), { textContent: l })));
  }, text.split('\n'));
  const report = await next;
  assert.deepEqual(report.coverage.map((c) => [c.region?.name, c.coverage?.value, c.disputed_by.length > 0]), [['Sulawesi Tengah', 24.22, true]]);
  const shown = await page.locator('#box').evaluate((b) => b.shadowRoot.textContent);
  assert.match(shown, /Sulawesi Tengah/);
  assert.match(shown, /24,22\s?%/);
  assert.match(shown, /dibantah pemeriksaan/);
  assert.equal(await page.locator('#box').evaluate((b) => b.shadowRoot.querySelector('.fill').classList.contains('disputed')), true);
  assert.match(await page.locator('#box').evaluate((b) => b.shadowRoot.querySelector('.bar').getAttribute('aria-label')), /dibantah/);
  assert.deepEqual(errors, []);
});

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

for (const width of [1440, 360]) {
  test(`the demo news page fits ${width} px without sideways scrolling, the box whole; axe-core finds nothing`, async (t) => {
    const { page, errors } = await open(t, 'www/demo.html', { viewport: { width, height: 800 } });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
      `the page is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
    const box = await page.locator('cakupan-box').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `the box spans ${box.x}–${box.x + box.width}`);
    // Accessible, the box's shadow DOM included, touch target sizes too.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => (await window.axe.run(document, {
      resultTypes: ['violations'], rules: { 'target-size': { enabled: true } },
    })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
}

test('offline, the demo page shows itself with its box, not the tool page', { timeout: 60_000 }, async () => {
  const own = await site();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${own.url}demo.html`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await own.close();
    await context.setOffline(true);
    await page.goto(`${own.url}demo.html`);
    assert.match(await page.title(), /Warta Banua \(demo\)/);
    await page.waitForFunction(() => document.querySelector('cakupan-box')?.report);
    assert.match(await page.locator('cakupan-box').evaluate((b) => b.shadowRoot.textContent), /41,3\s?%/);
    // The page beside it is there offline too.
    await page.goto(own.url);
    assert.equal(await page.locator('h1').innerText(), 'cakupan');
  } finally {
    await context.close();
    await own.close().catch(() => {});
  }
});
