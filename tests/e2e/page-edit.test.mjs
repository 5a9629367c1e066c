// Correcting the core's reading on the page (issue 15): edit a fact's value,
// metric and region and watch the checks and bars follow; add a missed
// figure by selecting its words, by typing it, or with one click on a quiet
// number; remove one; undo and redo; everything by keyboard alone; the work
// kept across a reload and a browser restart (offline too), or a notice when
// storage is refused; "Hapus semua data"; the HTML report; axe-core with the
// editors open at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { launch, site, CHROMIUM_ARGS } from './browser.mjs';
import { reportFor, seed, openPage, paste } from './page-helpers.mjs';
import { formatValue } from '../../www/ui/format.js';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const S003 = '003_5c7de55c21b6b812.txt';
const S000 = '000_3a9d326befe90443.txt';

/** The status of the check of `kind` (its Indonesian label), or null when there is none. */
const checkStatus = (page, kind) => page.evaluate((k) => {
  const li = [...document.querySelectorAll('#checks li.check')].find((el) => el.querySelector('.kind')?.textContent === k);
  return li ? [...li.classList].find((c) => c !== 'check') : null;
}, kind);

const waitCheck = (page, kind, status) => page.waitForFunction(([k, s]) => {
  const li = [...document.querySelectorAll('#checks li.check')].find((el) => el.querySelector('.kind')?.textContent === k);
  return s === null ? !li : li?.classList.contains(s);
}, [kind, status]);

const coverageText = (page) => page.locator('#summary').innerText();

/** Seed 003 pasted, with the index of its uncovered figure (4.694.054). */
async function seed003(page) {
  const text = await seed(S003);
  await paste(page, text);
  const report = await reportFor(text);
  return { text, report, uncovered: report.facts.findIndex((f) => f.metric === 'uncovered') };
}

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector, { shift = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('editing a value, a metric and a region changes the checks and the bars; removing and undoing too', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const { report, uncovered } = await seed003(page);
  assert.equal(await checkStatus(page, 'Selisih'), 'inconsistent');

  // The value: the uncovered figure corrected to what the subtraction gives.
  await page.locator(`#fact-${uncovered} button.edit`).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-metric', 'the editor opens with focus on its first field');
  await page.fill('#ed-value', '4.694.064');
  await page.press('#ed-value', 'Enter');
  await waitCheck(page, 'Selisih', 'consistent');
  const row = page.locator(`#fact-${uncovered}`);
  assert.match(await row.locator('.c-value').innerText(), /4\.694\.064\s*diubah/);
  assert.match(await row.locator('.original').innerText(), /4\.694\.054/, 'the core\'s reading stays beside the edit');
  assert.equal(await page.locator(`#text-view a.fact.edited[data-facts~="${uncovered}"]`).count(), 1, 'the highlight is marked as edited');
  assert.match(await page.locator('#checks li.check.consistent', { hasText: 'Selisih' }).innerText(), /diubah: #4/);

  // The metric: the stated rate read as a target instead. The bar now rests on
  // a computed rate, is marked so, and the target is not "reached" by it.
  const rate = report.facts.findIndex((f) => f.metric === 'coverage_rate');
  await page.locator(`#fact-${rate} button.edit`).click();
  await page.selectOption('#ed-metric', 'target_rate');
  await waitCheck(page, 'Cakupan', null);
  await page.waitForFunction(() => /target 41,30%/.test(document.getElementById('summary').textContent));
  const summary = await coverageText(page);
  assert.match(summary, /41,30% dihitung/);
  assert.match(summary, /hanya dihitung/);
  assert.doesNotMatch(summary, /target tercapai/);

  // The region: the target moved to Kalimantan Selatan gives it a row of its own.
  await page.fill('#ed-region', 'Kalimantan Selatan');
  await page.press('#ed-region', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#summary .coverage li').length === 2);
  assert.match(await coverageText(page), /Kalimantan Selatan/);
  assert.match(await page.locator(`#fact-${rate} .c-region`).innerText(), /Kalimantan Selatan/);

  // An unknown region is refused with a message, and nothing changes.
  await page.fill('#ed-region', 'Atlantis');
  await page.press('#ed-region', 'Enter');
  await page.locator('#ed-region[aria-invalid="true"]').waitFor();
  assert.match(await page.locator('.editor .error').innerText(), /Wilayah tidak dikenal/);
  await page.locator('.editor button.close').click();

  // Not a statistic: the uncovered figure removed, its check gone.
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.locator('.editor button.danger').click();
  await waitCheck(page, 'Selisih', null);
  assert.equal(await page.locator('#facts tr.fact').count(), report.facts.length - 1);

  // Undo brings it back as it was (corrected, consistent); redo removes it again.
  await page.locator('#undo').click();
  await waitCheck(page, 'Selisih', 'consistent');
  assert.equal(await page.locator('#facts tr.fact').count(), report.facts.length);
  await page.locator('#redo').click();
  await waitCheck(page, 'Selisih', null);
  await page.locator('#undo').click();
  await waitCheck(page, 'Selisih', 'consistent');

  // Back to the core's reading, per fact and then per article.
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.getByRole('button', { name: 'Kembali ke bacaan awal' }).click();
  await waitCheck(page, 'Selisih', 'inconsistent');
  await page.locator('#revert-all').click();
  await waitCheck(page, 'Cakupan', 'consistent');
  assert.equal(await page.locator('#facts tr.edited').count(), 0);
  assert.equal(await page.locator('#summary .coverage li').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missed figure is added by selecting its words, by typing it, or with one click on a quiet number', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  const { report, uncovered } = await seed003(page);
  // Take the uncovered figure out, then give it back by selecting it in the text.
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.locator('.editor button.danger').click();
  await waitCheck(page, 'Selisih', null);
  await page.evaluate(() => {
    const view = document.getElementById('text-view');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode;
      const at = n.data.indexOf('4.694.054 pekerja');
      if (at >= 0) {
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + '4.694.054'.length);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(r);
        return;
      }
    }
    throw new Error('figure not in the text view');
  });
  const button = page.locator('#add-selection');
  await button.waitFor();
  assert.match(await button.innerText(), /Jadikan angka: “4\.694\.054”/);
  await button.click();
  // The new figure's editor is open, its metric to be confirmed.
  await page.locator('#ed-metric').waitFor();
  await page.selectOption('#ed-metric', 'uncovered');
  await waitCheck(page, 'Selisih', 'inconsistent');
  const added = page.locator('#facts tr.fact', { has: page.locator('.edited-tag.added') });
  assert.equal(await added.count(), 1);
  assert.match(await added.locator('.c-value').innerText(), /4\.694\.054/);
  assert.match(await added.locator('.c-region').innerText(), /Kalimantan/, 'the region of the figures before it in its paragraph');
  assert.equal(await page.locator('#text-view a.fact.edited', { hasText: '4.694.054' }).count(), 1, 'marked in the text');
  await page.locator('.editor button.close').click();

  // A quiet number: drawn apart from the figures, with its reason on focus, one click from being one.
  const quiet = page.locator('#text-view button.num-out', { hasText: 'Rp200 Juta' });
  assert.equal(await quiet.count(), 1);
  await quiet.focus();
  await page.locator('#tip:not([hidden])').waitFor();
  assert.match(await page.locator('#tip').innerText(), /bukan isi berita/);
  assert.equal(await quiet.getAttribute('aria-describedby'), 'tip');
  const before = await page.locator('#facts tr.fact').count();
  await quiet.click();
  await page.waitForFunction((n) => document.querySelectorAll('#facts tr.fact').length === n + 1, before);
  assert.equal(await page.inputValue('#ed-metric'), 'benefits_paid', 'a rupiah amount starts as money');
  assert.equal(await page.inputValue('#ed-value'), '200.000.000');

  // Typed: the add form finds the figure in the text.
  await page.locator('.editor button.close').click();
  await page.locator('#facts tr.fact', { has: page.locator('.c-value', { hasText: 'Rp200 juta' }) }).locator('button.edit').click();
  await page.locator('.editor button.danger').click();
  await page.locator('#add-fact').click();
  await page.fill('#add-text', 'Rp1 Miliar');
  await page.press('#add-text', 'Enter');
  await page.locator('#ed-value').waitFor();
  assert.equal(await page.inputValue('#ed-value'), '1.000.000.000');
  assert.equal(await page.locator('#text-view a.fact.edited', { hasText: 'Rp1 Miliar' }).count(), 1);
  assert.equal(await page.locator('#facts tr.fact').count(), report.facts.length + 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard alone: open an editor, correct a value, pick a metric, remove a figure, undo, close', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  const { report, uncovered } = await seed003(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await tabTo(page, `#fact-${uncovered} button.edit`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ed-metric');
  await tabTo(page, '#ed-value');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4.694.064');
  await page.keyboard.press('Enter');
  await waitCheck(page, 'Selisih', 'consistent');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ed-value', 'focus stays in the field after the recheck');
  // Escape closes the editor and gives focus back to its button.
  await page.keyboard.press('Escape');
  await page.waitForFunction((i) => document.activeElement?.matches(`#fact-${i} button.edit`), uncovered);
  assert.equal(await page.locator('.editor').count(), 0);

  // A metric picked with the arrow keys.
  const workforce = report.facts.findIndex((f) => f.metric === 'workforce');
  await tabTo(page, `#fact-${workforce} button.edit`, { shift: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ed-metric');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#facts tr.fact .c-metric')?.textContent.startsWith('Peserta'));
  await waitCheck(page, 'Selisih', null);

  // "Not a statistic" by keyboard, then Ctrl+Z (outside a text field) undoes it.
  await tabTo(page, '.editor button.danger');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#facts tr.fact').length === n - 1, report.facts.length);
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((n) => document.querySelectorAll('#facts tr.fact').length === n, report.facts.length);
  await page.keyboard.press('Control+Z');
  await waitCheck(page, 'Selisih', 'consistent');

  // Adding by typing, from the keyboard.
  await tabTo(page, '#add-fact');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'add-text');
  await page.keyboard.type('Rp1 Miliar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ed-metric');
  assert.equal(await page.locator('#facts tr.fact').count(), report.facts.length + 1);
  assert.deepEqual(problems, []);
  await context.close();
});

async function editSeed003(page) {
  const { uncovered } = await seed003(page);
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.fill('#ed-value', '4.694.064');
  await page.press('#ed-value', 'Enter');
  await waitCheck(page, 'Selisih', 'consistent');
  await page.locator('#add').click();
  await paste(page, await seed(S000));
  await page.locator('#lang').click();
  return uncovered;
}

async function expectKept(page, uncovered) {
  await page.waitForFunction(() => document.querySelectorAll('#article-list button').length === 2);
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language chosen');
  assert.equal(await page.inputValue('#text'), await seed(S000), 'the article that was open');
  await page.locator('#article-list button').first().click();
  await page.waitForFunction((i) => document.querySelector(`#fact-${i} .edited-tag`)?.textContent === 'edited', uncovered);
  // The English page writes figures the English way.
  assert.match(await page.locator(`#fact-${uncovered} .c-value`).innerText(), /4,694,064/);
  assert.equal(await page.locator('#checks li.check.inconsistent').count(), 0, 'the corrected verdict');
  // Back to the article that was open, as the reader left it (the page keeps
  // which article is open too).
  await page.locator('#article-list button').nth(1).click();
  await page.waitForFunction(() => document.querySelector('#article-list li:nth-child(2) button')?.getAttribute('aria-current') === 'true');
  await page.waitForTimeout(300); // the choice is saved a moment after
}

test('articles, corrections and the language survive a reload', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  const uncovered = await editSeed003(page);
  await page.waitForTimeout(400);
  await page.reload();
  await expectKept(page, uncovered);
  assert.deepEqual(problems, []);
  await context.close();
});

test('they survive a browser restart with the same profile, and open offline', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cakupan-profile-'));
  const open = () => chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS,
  });
  let context;
  try {
    context = await open();
    let page = context.pages()[0] ?? await context.newPage();
    await page.goto(server.url);
    const uncovered = await editSeed003(page);
    // The offline copy is installed by the first visit.
    await page.waitForFunction(() => navigator.serviceWorker?.controller || navigator.serviceWorker?.ready.then(() => true));
    await page.waitForTimeout(400);
    await context.close();

    context = await open();
    page = context.pages()[0] ?? await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await expectKept(page, uncovered);
    await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    await expectKept(page, uncovered);
    assert.deepEqual(errors, []);
  } finally {
    // Closed whatever happened, so a failure does not leave Chromium running.
    await context?.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});

test('with storage refused the page says so once and keeps working', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('#storage-note:not([hidden])').waitFor();
  assert.match(await page.locator('#storage-note').innerText(), /ditolak atau penuh/);
  const { uncovered } = await seed003(page);
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.fill('#ed-value', '4.694.064');
  await page.press('#ed-value', 'Enter');
  await waitCheck(page, 'Selisih', 'consistent');
  assert.equal(await page.locator('#storage-note').count(), 1, 'one notice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Hapus semua data" asks first, then removes every article and correction', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await editSeed003(page);
  await page.locator('#clear-all').click();
  await page.locator('#clear-dialog[open]').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('#clear-dialog:not([open])').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#article-list button').count(), 2, 'cancelled: nothing removed');
  await page.locator('#clear-all').click();
  await page.locator('#clear-yes').click();
  await page.waitForFunction(() => document.querySelectorAll('#article-list button').length === 1 && !document.getElementById('text').value);
  await page.reload();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#article-list button').count(), 1);
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.getAttribute('html', 'lang'), 'id', 'the language choice is gone too');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the HTML report holds every fact and check, marks the corrections, has no script and opens offline', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { acceptDownloads: true });
  const { report, uncovered } = await seed003(page);
  await page.locator(`#fact-${uncovered} button.edit`).click();
  await page.fill('#ed-value', '4.694.064');
  await page.press('#ed-value', 'Enter');
  await waitCheck(page, 'Selisih', 'consistent');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#html-report').click()]);
  assert.equal(download.suggestedFilename(), 'cakupan-laporan.html');
  const dir = await mkdtemp(join(tmpdir(), 'cakupan-report-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const html = await readFile(path, 'utf8');
  assert.doesNotMatch(html, /<script|\son[a-z]+=|<link|<img|src=|href=/i, 'nothing that runs or loads');
  await context.close();

  // Opened from disk in a browser with no network.
  const offline = await browser.newContext({ offline: true });
  const view = await offline.newPage();
  const requests = [];
  offline.on('request', (r) => requests.push(r.url()));
  await view.goto(pathToFileURL(path).href);
  const text = await view.locator('body').innerText();
  const checks = await view.locator('.check').allInnerTexts();
  assert.equal(checks.length, report.checks.length, 'every check');
  assert.ok(checks.some((c) => /Sesuai/.test(c) && /4\.694\.064; tertulis belum terlindungi "4\.694\.064"/.test(c)), checks.join('\n'));
  for (const [i, f] of report.facts.entries()) {
    const value = i === uncovered ? '4.694.064' : formatValue(f.value, f.unit);
    assert.ok(text.includes(value), `fact ${i} (${value}) in the report`);
  }
  assert.match(text, /4\.694\.064\s*diubah\s*bacaan awal: Belum terlindungi · 4\.694\.054/, 'the correction marked, with the first reading');
  assert.equal(await view.locator('mark').count(), report.facts.length, 'each figure highlighted in the text');
  assert.ok(text.includes('Dari total 7.996.826 pekerja'), 'the article text');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
  await offline.close();
  await rm(dir, { recursive: true, force: true });
  assert.deepEqual(problems, []);
});

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
async function audit(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

for (const width of [1280, 360]) {
  test(`axe-core finds no violations with the editors open (${width} px)`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    const { uncovered } = await seed003(page);
    await page.locator(`#fact-${uncovered} button.edit`).click();
    await page.fill('#ed-region', 'Atlantis');
    await page.press('#ed-region', 'Enter');
    await page.locator('#ed-region[aria-invalid="true"]').waitFor();
    await page.locator('#add-fact').click();
    await page.locator('#add-text').waitFor();
    assert.deepEqual(await audit(page), [], 'fact editor (with an error) and add form open');
    await page.locator('#text-view a.fact').first().focus();
    await page.locator('#tip:not([hidden])').waitFor();
    assert.deepEqual(await audit(page), [], 'with a tooltip shown');
    await page.locator('#clear-all').click();
    await page.locator('#clear-dialog[open]').waitFor();
    assert.deepEqual(await audit(page), [], 'the confirmation open');
    await page.keyboard.press('Escape');
    // No sideways scrolling at this width.
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), 'no sideways scroll');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
