// Pasting each seed shows exactly the facts and checks the core reports for
// it (the core is run in Node on the same text), each value in Indonesian
// format, every fact marked in the highlighted text with its metric label,
// and the checks ordered worst first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { reportFor, seedNames, seed, openPage, paste } from './page-helpers.mjs';
import { formatValue } from '../../www/ui/format.js';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const RANK = { inconsistent: 0, warning: 1, consistent: 2 };
const METRIC_ID = {
  workforce: 'Angkatan kerja', participants: 'Peserta', coverage_rate: 'Tingkat cakupan', uncovered: 'Belum terlindungi',
  uncovered_rate: '% belum terlindungi', target_rate: 'Target cakupan', target_participants: 'Target peserta',
  employers: 'Pemberi kerja', projects: 'Proyek konstruksi', contributions: 'Iuran', dues: 'Iuran per orang',
  benefits_paid: 'Klaim dibayar', beneficiaries: 'Penerima manfaat', growth_rate: 'Pertumbuhan',
};

for (const name of await seedNames()) {
  test(`seed ${name}: the page shows the core's facts and checks`, async () => {
    const text = await seed(name);
    const report = await reportFor(text);
    const { context, page, problems } = await openPage(browser, server.url);
    await paste(page, text);

    const rows = page.locator('#facts tbody tr');
    assert.equal(await rows.count(), report.facts.length, 'one table row per fact');
    for (const [i, f] of report.facts.entries()) {
      const row = rows.nth(i);
      assert.equal(await row.locator('.c-value').innerText(), formatValue(f.value, f.unit), `fact ${i} value`);
      assert.equal(await row.locator('.c-region').evaluate((td) => td.firstChild.textContent),
        f.region ? f.region.name : '(wilayah tidak disebut)', `fact ${i} region`);
      // Its source text is marked in the highlighted article, with the metric's label.
      const marks = await page.locator(`#text-view a.fact[data-facts~="${i}"]`).evaluateAll((els) =>
        els.map((el) => ({ text: el.lastChild.textContent, tags: [...el.querySelectorAll('.tag')].map((t) => t.textContent) })));
      assert.ok(marks.length >= 1, `fact ${i} (${f.text}) has a mark in the text`);
      assert.ok(marks.some((m) => m.text.includes(f.text)), `a mark of fact ${i} holds "${f.text}": ${JSON.stringify(marks)}`);
      assert.ok(marks.every((m) => m.tags.includes(METRIC_ID[f.metric])), `marks of fact ${i} carry the label ${METRIC_ID[f.metric]}`);
    }

    const items = page.locator('#checks li.check');
    assert.equal(await items.count(), report.checks.length, 'one item per check');
    const shown = await items.evaluateAll((els) => els.map((el) => ({
      status: [...el.classList].find((c) => c !== 'check'), msg: el.querySelector('.msg').textContent,
    })));
    const want = report.checks.map((c, i) => ({ c, i }))
      .sort((a, b) => RANK[a.c.status] - RANK[b.c.status] || a.i - b.i)
      .map(({ c }) => ({ status: c.status, msg: c.message.id }));
    assert.deepEqual(shown, want, 'checks in Indonesian, worst first');

    // Furniture is greyed with its reason.
    if (report.furniture.length) {
      const title = await page.locator('#text-view .furniture').first().getAttribute('title');
      assert.match(title, /^bukan isi artikel: /);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('seed 003: the four figures, in Indonesian format, and the difference that is off by 10', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await paste(page, await seed('003_5c7de55c21b6b812.txt'));
  const table = await page.locator('#facts tbody').innerText();
  for (const figure of ['7.996.826', '3.302.762', '41,30%', '4.694.054']) {
    assert.ok(table.includes(figure), `${figure} missing from the facts table:\n${table}`);
  }
  const first = page.locator('#checks li.check').first();
  assert.match(await first.innerText(), /Tidak sesuai/);
  assert.match(await first.innerText(), /= 4\.694\.064; tertulis belum terlindungi "4\.694\.054" \(angka pasti\): tidak sesuai, selisih 10/);
  // The involved figures are highlighted in the check's sentence.
  const marked = await first.locator('mark.inv').allInnerTexts();
  assert.ok(marked.includes('4.694.054'), `marked: ${marked}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('seed 000: the Monday that was a Friday is an inconsistent check with its date marked', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await paste(page, await seed('000_3a9d326befe90443.txt'));
  const first = page.locator('#checks li.check').first();
  assert.match(await first.innerText(), /Jumat, bukan Senin/);
  assert.deepEqual(await first.locator('mark.inv').first().innerText(), 'Senin (2/1/2026)');
  assert.equal(await page.locator('#text-view .date-bad').first().innerText(), 'Senin (2/1/2026)');
  assert.deepEqual(problems, []);
  await context.close();
});
