// Comparison (issue 16): three DIY articles that report different periods line
// up in one row per region and metric; two articles that state different
// figures for the same thing and period get a visible "berbeda" mark in
// words; the comparison is reached from the top of the page; on a phone the
// region column stays in view when the table scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { openPage, paste, corpus } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Pastes each text into a new article and waits for the comparison. */
async function openAll(page, texts) {
  for (const [k, text] of texts.entries()) {
    if (k) await page.locator('#add').click();
    await paste(page, text);
  }
  await page.waitForFunction((n) => document.querySelectorAll('#compare table.compare-facts thead th.art').length === n, texts.length);
}

/** The comparison's facts rows as arrays of cell texts. */
const factRows = (page) => page.locator('#compare table.compare-facts tbody tr').evaluateAll((trs) =>
  trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));

for (const width of [1440, 360]) {
  test(`three DIY articles line up: one row for DI Yogyakarta's participants with all three figures (${width} px)`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    await openAll(page, await Promise.all(['c023.txt', 'c024.txt', 'c031.txt'].map(corpus)));
    const rows = await factRows(page);
    const participants = rows.filter((r) => r[0].startsWith('DI Yogyakarta') && r[1] === 'Peserta');
    assert.equal(participants.length, 1, rows.map((r) => r.join(' | ')).join('\n'));
    const [row] = participants;
    assert.match(row[2], /421\.000/);
    assert.match(row[3], /386\.878/);
    assert.match(row[3], /2018-08/, 'each value carries its period');
    assert.match(row[4], /328\.119/);
    // Rows the articles share come first.
    assert.ok(rows.indexOf(row) < rows.findIndex((r) => r.slice(2).filter((c) => c !== '—').length === 1));

    // The link at the top says how many articles are compared and leads there.
    const link = page.locator('#compare-link');
    assert.equal(await link.innerText(), 'Bandingkan 3 artikel');
    await link.click();
    await page.waitForFunction(() => {
      const r = document.getElementById('compare-section').getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });

    if (width === 360) {
      // The table scrolls sideways inside its box; the region column stays put.
      const box = page.locator('#compare table.compare-facts').locator('xpath=..');
      const before = await page.locator('#compare table.compare-facts tbody th.region').first().boundingBox();
      await box.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
      const after = await page.locator('#compare table.compare-facts tbody th.region').first().boundingBox();
      assert.ok(await box.evaluate((el) => el.scrollLeft > 50), 'the table is wider than the phone');
      assert.ok(Math.abs(after.x - before.x) < 1, `the region column moved from ${before.x} to ${after.x}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page itself does not scroll sideways');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('two articles with different figures for the same region, period and metric are marked "berbeda" in words', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  const c007 = await corpus('c007.txt');
  // The same release printed by a second outlet with one figure changed.
  const other = c007.replace('sebanyak 610.715 pekerja', 'sebanyak 610.000 pekerja');
  assert.notEqual(other, c007);
  await openAll(page, [c007, other]);
  const rows = await factRows(page);
  const differs = rows.filter((r) => /≠ berbeda/.test(r[0]));
  assert.deepEqual(differs.map((r) => [r[0].replace(/\s*≠ berbeda/, ''), r[1]]), [['Sumatera Barat', 'Peserta']]);
  // The marked cells name the two figures; same figures elsewhere are not marked.
  const marked = await page.locator('#compare table.compare-facts td.differs').allInnerTexts();
  assert.equal(marked.length, 2);
  assert.match(marked[0], /610\.715/);
  assert.match(marked[1], /610\.000/);
  assert.ok(await page.locator('#compare .differs-mark').first().isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
