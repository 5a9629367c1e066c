// Using the page: facts linked both ways between the table and the text, the
// comparison of several articles, the exports, the clipboard, the print view
// and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { reportFor, seed, openPage, paste, loadSample, SAMPLES, downloaded, parseCsv } from './page-helpers.mjs';
import { formatValue } from '../../www/ui/format.js';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const S000 = '000_3a9d326befe90443.txt';
const S003 = '003_5c7de55c21b6b812.txt';
const S004 = '004_863b6271acea14ee.txt';

/** True when `el` is inside the visible part of its scrolling pane and of the window. */
const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  let pane = el.parentElement;
  while (pane && getComputedStyle(pane).overflowY !== 'auto') pane = pane.parentElement;
  const p = pane ? pane.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  return r.bottom > Math.max(0, p.top) && r.top < Math.min(innerHeight, p.bottom);
});

for (const width of [1280, 360]) {
  test(`clicking a fact in the table flashes its span in the text, and the reverse (${width} px)`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 800 } });
    await paste(page, await seed(S003));
    const report = await reportFor(await seed(S003));
    const i = report.facts.findIndex((f) => f.metric === 'uncovered');
    assert.ok(i >= 0);

    // table -> text
    await page.locator(`#fact-${i} a.metric`).click();
    const mark = page.locator(`#text-view a.fact[data-facts~="${i}"]`).first();
    await page.waitForFunction((n) => document.activeElement?.matches(`#text-view a.fact[data-facts~="${n}"]`), i);
    assert.ok(await mark.evaluate((el) => el.classList.contains('flash')), 'the span flashes');
    assert.match(await mark.innerText(), /4\.694\.054/);
    await page.waitForFunction((n) => {
      const r = document.querySelector(`#text-view a.fact[data-facts~="${n}"]`).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, i);
    assert.ok(await inView(mark), 'the span is scrolled into view');

    // text -> table, with the keyboard: the mark is a link.
    const j = report.facts.findIndex((f) => f.metric === 'workforce');
    await page.locator(`#text-view a.fact[data-facts~="${j}"]`).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.activeElement?.id === `fact-${n}`, j);
    assert.ok(await page.locator(`#fact-${j}`).evaluate((el) => el.classList.contains('flash')), 'the row flashes');
    await page.waitForFunction((n) => {
      const r = document.getElementById(`fact-${n}`).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, j);

    // A check's "show in text" flashes all of its figures.
    await page.locator('#checks li.check.inconsistent button.link').first().click();
    const flashing = await page.locator('#text-view .flash').count();
    assert.ok(flashing >= 2, `figures of the check flash (${flashing})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('several articles: one table of all facts by region, and coverage side by side', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await loadSample(page, SAMPLES['000']);
  await loadSample(page, SAMPLES['004']);
  await page.locator('#compare-section:not([hidden])').waitFor();
  const r000 = await reportFor(await seed(S000));
  const r004 = await reportFor(await seed(S004));

  // The coverage comparison: one column per article, Kalimantan Barat's rows carry 004's target.
  const cov = page.locator('#compare table.compare-coverage');
  assert.deepEqual(await cov.locator('thead th').allInnerTexts(), ['Wilayah', SAMPLES['000'], SAMPLES['004']]);
  const kalbar = cov.locator('tbody tr', { has: page.locator('th', { hasText: /^Kalimantan Barat$/ }) });
  assert.equal(await kalbar.count(), 1);
  const cells = await kalbar.locator('td').allInnerTexts();
  assert.match(cells[1], /target 59,56%/);
  // Seed 000 states Kalimantan Barat's coverage, 27,36%: side by side with 004's target.
  assert.match(cells[0], /^27,36% tertulis/);

  // The facts comparison holds every fact of both articles, in its article's column.
  const rows = await page.locator('#compare table.compare-facts tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  for (const [col, report] of [[2, r000], [3, r004]]) {
    for (const f of report.facts) {
      const region = f.region?.name ?? '(wilayah tidak disebut)';
      const hit = rows.find((r) => r[0].startsWith(region) && r[col].includes(formatValue(f.value, f.unit)));
      assert.ok(hit, `${f.text} (${region}) in column ${col}:\n${rows.map((r) => r.join(' | ')).join('\n')}`);
    }
  }
  // Rows both articles share come first; within each group rows are ordered by region.
  const shared = (r) => r.slice(2).filter((c) => c !== '—').length > 1;
  const sorted = (keys) => assert.deepEqual(keys, [...keys].sort((a, b) => new Intl.Collator('id').compare(a, b)));
  const firstAlone = rows.findIndex((r) => !shared(r));
  assert.ok(rows.slice(firstAlone).every((r) => !shared(r)), 'shared rows first');
  sorted(rows.slice(0, firstAlone).map((r) => r[0]));
  sorted(rows.slice(firstAlone).map((r) => r[0]));

  // A sample clicked again is shown, not added twice.
  // The click fetches the sample before it selects the article: wait for that.
  await page.getByRole('button', { name: SAMPLES['000'] }).first().click();
  await page.waitForFunction((name) =>
    document.querySelector('#article-list button[aria-current="true"]')?.textContent === name, SAMPLES['000']);
  assert.equal(await page.locator('#article-list li').count(), 2);

  // Removing an article removes its column; one article left hides the comparison.
  await page.locator('#remove').click();
  await page.locator('#compare-section[hidden]').waitFor({ state: 'attached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting two articles separated by a --- line offers to split them', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await paste(page, `${await seed(S003)}\n\n-----\n\n${await seed(S004)}`);
  await page.locator('#split-button').click();
  await page.locator('#article-list li:nth-child(2)').waitFor();
  await page.locator('#compare-section:not([hidden])').waitFor();
  assert.equal(await page.locator('#article-list li').count(), 2);
  assert.equal(await page.inputValue('#text'), (await seed(S003)).trim());
  assert.deepEqual(problems, []);
  await context.close();
});

test('CSV and JSON exports hold every fact and check of every article; copy and print work', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await loadSample(page, SAMPLES['003']);
  await loadSample(page, SAMPLES['000']);
  const reports = { [SAMPLES['003']]: await reportFor(await seed(S003)), [SAMPLES['000']]: await reportFor(await seed(S000)) };

  // The Indonesian page's CSV: `;` between cells, decimal commas.
  const facts = await downloaded(page, '#csv-facts');
  assert.equal(facts.name, 'cakupan-angka.csv');
  const [head, ...rows] = parseCsv(facts.text, ';');
  assert.deepEqual(head.slice(0, 8), ['article', 'title', 'outlet', 'published', 'n', 'metric', 'metric_label', 'value']);
  const at = (name) => head.indexOf(name);
  const want = Object.entries(reports).flatMap(([name, r]) => r.facts.map((f, i) =>
    [name, String(i + 1), f.metric, f.unit, f.approx, f.region?.name ?? '', f.text]));
  const got = rows.map((r) => ['article', 'n', 'metric', 'unit', 'approx', 'region', 'text'].map((c) => r[at(c)]));
  assert.deepEqual(got, want);

  const checks = await downloaded(page, '#csv-checks');
  const [chead, ...crows] = parseCsv(checks.text, ';');
  const cat = (name) => chead.indexOf(name);
  const cwant = Object.entries(reports).flatMap(([name, r]) => r.checks.map((c) => [name, c.kind, c.status, c.message.id, c.message.en]));
  assert.deepEqual(crows.map((r) => ['article', 'kind', 'status', 'message_id', 'message_en'].map((c) => r[cat(c)])), cwant);
  assert.ok(crows.some((r) => r[cat('kind')] === 'difference' && r[cat('status')] === 'inconsistent' && r[cat('difference')] === '10'));

  const json = await downloaded(page, '#json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.format, 'cakupan-export/1');
  assert.deepEqual(doc.articles.map((a) => a.name), Object.keys(reports));
  assert.deepEqual(doc.articles.map((a) => a.report), Object.values(reports));

  await page.locator('#copy').click();
  await page.locator('#export-status', { hasText: 'disalin' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /== Nor Fajri Dorong Perluasan Kepesertaan BPJS Ketenagakerjaan/);
  assert.match(clip, /= 4\.694\.064; tertulis belum terlindungi "4\.694\.054" \(angka pasti\): tidak sesuai, selisih 10/);
  assert.match(clip, /Angkatan kerja: 7\.996\.826/);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#text').isVisible(), false, 'the text box is not printed');
  assert.equal(await page.locator('.export').isVisible(), false, 'the buttons are not printed');
  assert.equal(await page.locator('#facts table').isVisible(), true, 'the report is printed');
  assert.equal(await page.locator('#text-view').isVisible(), true, 'the highlighted text is printed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switch turns labels, metric names and check sentences to English and back', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await paste(page, await seed(S003));
  const report = await reportFor(await seed(S003));
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await page.locator('#checks-h').innerText(), 'Pemeriksaan');

  await page.getByRole('button', { name: 'Switch the page to English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('#checks-h').innerText(), 'Checks');
  assert.equal(await page.locator('#facts thead th').nth(1).innerText(), 'Metric');
  // The core's English messages, with the figures they quote from the article
  // in the English convention too ("4,694,054", not "4.694.054").
  const msgs = await page.locator('#checks .msg').allInnerTexts();
  for (const c of report.checks) {
    const en = c.message.en.replace(/"[^"]*"/g, (q) => q.replace(/\d[\d.,]*\d/g, (n) => n.replace(/[.,]/g, (x) => (x === '.' ? ',' : '.'))));
    assert.ok(msgs.includes(en), `${en} in ${msgs}`);
  }
  assert.ok((await page.locator('#facts tbody').innerText()).includes('Workforce'));
  // Numbers in the English convention.
  assert.ok((await page.locator('#facts tbody').innerText()).includes('7,996,826'));
  assert.equal(await page.locator('#text-view .tag').first().innerText(), 'Workforce');

  // The choice survives a reload.
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'Ganti bahasa halaman ke Bahasa Indonesia' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await page.locator('#checks-h').innerText(), 'Pemeriksaan');
  assert.deepEqual(problems, []);
  await context.close();
});
