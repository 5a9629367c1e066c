// Exports a newsroom spreadsheet opens (issue 16): the CSV files start with a
// UTF-8 byte-order mark, carry the page's labels beside the codes, give each
// figure at the precision the article printed it with, name the article by
// its full title, use `;` and decimal commas for a spreadsheet set to
// Indonesian (the Indonesian page's default) or `,` and decimal points, and
// give a weekday check's date and days. The export buttons wait for a report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { openPage, paste, corpus, seed, loadSample, SAMPLES, downloaded, parseCsv } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The rows of a downloaded CSV as objects keyed by its header. */
async function records(page, button, sep) {
  const [head, ...body] = parseCsv((await downloaded(page, button)).text, sep);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const C040_TITLE = 'Masih Rendah, Persentase Tenaga Kerja di Sulteng Ikut Kepesertaan Jamsostek Baru 24,22 Persen';

test('the export buttons are disabled until there is a report to export', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  for (const id of ['#csv-facts', '#csv-checks', '#json', '#copy', '#print']) {
    assert.equal(await page.locator(id).isDisabled(), true, `${id} disabled on an empty page`);
  }
  await paste(page, await corpus('c040.txt'));
  for (const id of ['#csv-facts', '#csv-checks', '#json', '#copy', '#print']) {
    assert.equal(await page.locator(id).isDisabled(), false, `${id} enabled with a report`);
  }
  // Removing the only article disables them again.
  await page.locator('#remove').click();
  await page.waitForFunction(() => document.getElementById('csv-facts').disabled);
  assert.deepEqual(problems, []);
  await context.close();
});

test('figures CSV: BOM, labels beside codes, printed precision, full title; `;` with decimal commas, or `,` with points', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { acceptDownloads: true });
  await paste(page, await corpus('c040.txt'));

  // The Indonesian page's default: `;` and decimal commas.
  assert.equal(await page.inputValue('#csv-sep'), ';');
  let rows = await records(page, '#csv-facts', ';');
  const rate = rows.find((r) => r.metric === 'coverage_rate');
  assert.equal(rate.value, '24,22', 'the rate as printed, with a decimal comma');
  assert.equal(rate.metric_label, 'Tingkat cakupan');
  assert.equal(rate.title, C040_TITLE, 'the full title, not a shortened tab name');
  assert.equal(rate.region, 'Sulawesi Tengah');
  assert.equal(rate.region_level_label, 'provinsi');
  const people = rows.find((r) => r.metric === 'participants');
  assert.equal(people.value, '231145');
  assert.equal(people.metric_label, 'Peserta');
  assert.equal(people.segment, 'all');
  assert.equal(people.segment_label, 'Semua');
  const money = rows.find((r) => r.metric === 'benefits_paid');
  assert.equal(money.value, '178300000000');
  assert.equal(money.printed, 'Rp178,3 miliar');

  // A spreadsheet set to English: `,` and decimal points.
  await page.selectOption('#csv-sep', ',');
  rows = await records(page, '#csv-facts', ',');
  assert.equal(rows.find((r) => r.metric === 'coverage_rate').value, '24.22');
  assert.equal(rows.find((r) => r.metric === 'coverage_rate').title, C040_TITLE);
  assert.deepEqual(problems, []);
  await context.close();
});

test('checks CSV: a weekday check gives the date and the two days; others stated and computed at precision with labels', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { acceptDownloads: true });
  await loadSample(page, SAMPLES['000']);
  await page.locator('#add').click();
  await paste(page, await corpus('c040.txt'));
  const rows = await records(page, '#csv-checks', ';');
  const weekday = rows.find((r) => r.kind === 'weekday' && r.status === 'inconsistent');
  assert.ok(weekday, 'seed 000 has an inconsistent weekday check');
  assert.equal(weekday.kind_label, 'Hari dan tanggal');
  assert.equal(weekday.status_label, 'Tidak sesuai');
  assert.equal(weekday.date, '2026-01-02');
  assert.equal(weekday.stated_day, 'Senin');
  assert.equal(weekday.actual_day, 'Jumat');
  assert.equal(weekday.stated, '', 'no weekday numbers');
  assert.equal(weekday.title, 'BPJS Kalwil Kalimantan Gandeng Pers Perkuat Loterasi Jaminan Sosial Tenaga Kerja');
  const coverage = rows.find((r) => r.kind === 'coverage' && r.title === C040_TITLE);
  assert.equal(coverage.kind_label, 'Cakupan');
  assert.equal(coverage.unit, 'percent');
  assert.equal(coverage.stated, '24,22');
  assert.equal(coverage.computed, '24,4272');
  assert.equal(coverage.stated_low, '24,2150');
  assert.equal(coverage.stated_high, '24,2250');
  assert.match(coverage.message, /tertulis cakupan "24,22 persen"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the English page exports English labels and days, `,` by default', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}?lang=en`, { acceptDownloads: true });
  await paste(page, await seed('000_3a9d326befe90443.txt'));
  assert.equal(await page.inputValue('#csv-sep'), ',');
  const rows = await records(page, '#csv-checks', ',');
  const weekday = rows.find((r) => r.kind === 'weekday' && r.status === 'inconsistent');
  assert.equal(weekday.kind_label, 'Weekday and date');
  assert.equal(weekday.stated_day, 'Monday');
  assert.equal(weekday.actual_day, 'Friday');
  assert.equal(weekday.message, weekday.message_en);
  assert.deepEqual(problems, []);
  await context.close();
});
