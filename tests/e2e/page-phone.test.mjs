// First visit on a phone, and print (issue 16): at 360 px the one-line
// explanation is on the first screen and every control is a 44 px touch
// target; the sample buttons are named by their headlines; printed, the report
// opens with a header naming the tool, the article's title, outlet and date,
// shows no timing line, and every table fits an A4 page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { openPage, paste, corpus, reportFor, seed, seedNames, loadSample, SAMPLES } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every visible control of the header, the input pane and the report's head, with its size. */
const controls = (page) => page.evaluate(() => [...document.querySelectorAll(
  '.top button, .top a, .input-pane button, .input-pane select, .input-pane .file-btn label, .input-pane a, .report-head button, .report-head select')]
  .filter((el) => el.checkVisibility())
  .map((el) => { const r = el.getBoundingClientRect(); return { what: `${el.tagName} ${el.id || el.textContent.trim().slice(0, 30)}`, w: r.width, h: r.height }; }));

test('360 px, first visit: the one-line explanation is visible and every control is at least 44 px', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 360, height: 740 } });
  await page.locator('#sample-buttons button').first().waitFor();
  const line = page.locator('.top .tagline-short');
  assert.ok(await line.isVisible(), 'the explanation is shown');
  assert.equal(await line.innerText(), 'Periksa angka BPJS dalam berita, di peramban Anda.');
  const box = await line.boundingBox();
  const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  assert.ok(box.y + box.height < 740 && box.height < lineHeight * 1.5, `one line on the first screen (${JSON.stringify(box)})`);
  // With an article loaded and two compared, the same holds for every control.
  await loadSample(page, SAMPLES['003']);
  await loadSample(page, SAMPLES['004']);
  await page.locator('#compare-link:not([hidden])').waitFor();
  const small = (await controls(page)).filter((c) => c.w < 44 || c.h < 44);
  assert.deepEqual(small, [], 'controls smaller than 44 × 44 px');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the sample buttons are named by the headlines of their articles', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.locator('#sample-buttons button').first().waitFor();
  const names = await page.locator('#sample-buttons button.sample:not(.all)').evaluateAll((bs) => bs.map((b) => b.textContent));
  const titles = await Promise.all((await seedNames()).map(async (n) => (await reportFor(await seed(n))).document.title));
  assert.equal(names.length, titles.length);
  titles.forEach((title, k) => {
    if (title) assert.ok(names[k].startsWith(title), `button ${k}: "${names[k]}" does not start with "${title}"`);
    assert.doesNotMatch(names[k], /^\d{3} ·/);
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed on A4: a header with the tool, title, outlet and date; no timing line; every table fits the page', async () => {
  // A4's printable width at the page's 12 mm margins: 186 mm at 96 px per inch.
  const width = Math.floor((186 / 25.4) * 96);
  const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 1000 } });
  await paste(page, await corpus('c009.txt'));
  await page.locator('#add').click();
  await paste(page, await corpus('c040.txt'));
  await page.locator('#article-list button').first().click();
  await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
  await page.emulateMedia({ media: 'print' });

  const head = page.locator('#print-head');
  assert.ok(await head.isVisible(), 'the print header is printed');
  const words = await head.innerText();
  assert.match(words, /^cakupan/);
  assert.match(words, /Ada 118 Ribu Pekerja Formal di Bengkulu Belum Terlindungi BPJS Ketenagakerjaan/);
  assert.match(words, /LyfeBengkulu\.com · Bengkulu · 11 Oktober 2022/);
  // The header comes first on the page.
  const top = await head.boundingBox();
  const report = await page.locator('#summary-section').boundingBox();
  assert.ok(top.y < report.y);

  // No timing line: nothing printed says how many milliseconds the analysis took.
  const printed = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(printed, /\d+\s*ms\b/);
  assert.equal(await page.locator('#status').isVisible(), false);

  // Every table fits: nothing wider than the printable width, nothing cut by a scroll box.
  const tables = await page.evaluate(() => [...document.querySelectorAll('table')].filter((t) => t.checkVisibility()).map((t) => ({
    cls: t.className, right: t.getBoundingClientRect().right, scroll: t.parentElement.scrollWidth - t.parentElement.clientWidth,
    cells: [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
  })));
  assert.ok(tables.length >= 3, `tables printed: ${tables.map((x) => x.cls)}`);
  for (const t of tables) {
    assert.ok(t.right <= width + 0.5, `${t.cls} ends at ${t.right} px, past ${width}`);
    assert.ok(t.scroll <= 1, `${t.cls} is cut by ${t.scroll} px`);
    assert.equal(t.cells, 0, `${t.cls} has cells whose content overflows`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'nothing wider than the page');
  // Chromium lays the same out on A4 paper without complaint.
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  assert.ok(pdf.length > 10_000);
  assert.deepEqual(problems, []);
  await context.close();
});
