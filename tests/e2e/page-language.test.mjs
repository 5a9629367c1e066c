// One language at a time (issue 16): the Indonesian page shows no English
// label and no internal code, the English page no Indonesian one; numbers
// follow the page's convention everywhere it writes them, in the core's
// messages too (a stated figure the core quotes from the article included);
// English plurals are right. Real texts from ../shared/corpus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { openPage, paste, corpus, reportFor } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

// The core's furniture reasons these texts carry, and the words each page must show.
const REASONS = {
  'before the article': ['sebelum isi berita', 'before the article'],
  'after the article': ['setelah isi berita', 'after the article'],
  'photo caption': ['keterangan foto', 'photo caption'],
  'share prompt': ['ajakan berbagi', 'share prompt'],
  'publication date': ['tanggal terbit', 'publication date'],
  'related-article link': ['tautan berita lain', 'link to another story'],
  'site navigation': ['navigasi situs', 'site navigation'],
  byline: ['penulis / editor', 'byline'],
  advertisement: ['iklan', 'advertisement'],
};

/** The report pane's own words: everything but the quotes of the article (excerpts, marks). */
const ownWords = (page) => page.locator('#report').evaluate((root) => {
  const out = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement;
    if (el.closest('.excerpt, blockquote, mark, [hidden], .sr-only, option')) continue;
    if (el.closest('#facts td.c-sentence')) continue;
    out.push(walk.currentNode.data);
  }
  return out.join(' ');
});

for (const name of ['c030.txt', 'c008.txt', 'c023.txt', 'c040.txt']) {
  test(`${name}: the Indonesian page labels its furniture in Indonesian and shows no internal code`, async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const text = await corpus(name);
    const report = await reportFor(text);
    await paste(page, text);
    const tags = await page.locator('#text-view .ftag').allInnerTexts();
    assert.ok(tags.length > 0, 'the text has furniture');
    const seen = new Set(report.furniture.map((f) => f.reason));
    for (const reason of seen) {
      assert.ok(REASONS[reason], `a label for ${reason} in this test`);
      assert.ok(tags.some((x) => x.toLowerCase() === REASONS[reason][0]), `"${REASONS[reason][0]}" among ${tags}`);
    }
    for (const tag of tags) {
      assert.ok(!Object.keys(REASONS).includes(tag.toLowerCase()), `English reason "${tag}" in the Indonesian page`);
    }
    // No internal code (to_register, coverage_rate, ...) anywhere the page writes words.
    const words = await ownWords(page);
    assert.doesNotMatch(words, /\b[a-z]+_[a-z_]+\b/, 'an internal code in the report');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('c007: the derived "still to register" figure is named in words in both languages', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await paste(page, await corpus('c007.txt'));
  const derived = await page.locator('#derived').innerText();
  assert.match(derived, /Perlu didaftarkan/);
  assert.doesNotMatch(derived, /to_register/);
  await page.locator('#lang').click();
  assert.match(await page.locator('#derived').innerText(), /To register/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of [1440, 360]) {
  test(`c007 in English: one number convention in messages, tables and bars, no Indonesian label (${width} px)`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    await page.locator('#lang').click();
    await paste(page, await corpus('c007.txt'));
    const words = await ownWords(page);
    // 610.715 as the English page writes it, in the check's message (which
    // quotes the article's "610.715") and in the table.
    assert.match(await page.locator('#checks').innerText(), /= 610,715; the stated total "610,715"/);
    assert.match(await page.locator('#facts tbody').innerText(), /610,715/);
    assert.match(words, /34\.00%/);
    // No figure in the Indonesian convention outside the article's own text.
    const indonesian = words.match(/\b\d{1,3}(?:\.\d{3})+\b(?!\.\d)|\b\d+,\d{1,2}\b(?!,\d)/g) ?? [];
    assert.deepEqual(indonesian, [], 'Indonesian-style numbers in the English page');
    // No Indonesian label where the page writes words.
    assert.doesNotMatch(words, /\b(?:dihitung|tertulis|Pemeriksaan|Angkatan kerja|Peserta|Sesuai|Tidak sesuai|kurang|poin)\b/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('c040 in English: "1 check", furniture reasons in English; back in Indonesian: no English reason', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.locator('#lang').click();
  await paste(page, await corpus('c040.txt'));
  assert.match(await page.locator('#status').innerText(), /^6 figures, 1 check \(1 inconsistent\) · \d+ ms$/);
  const tags = await page.locator('#text-view .ftag').allInnerTexts();
  assert.deepEqual([...new Set(tags.map((x) => x.toLowerCase()))].sort(), ['photo caption', 'share prompt']);
  await page.locator('#lang').click();
  assert.match(await page.locator('#status').innerText(), /^6 angka, 1 pemeriksaan \(1 tidak sesuai\) · \d+ ms$/);
  const id = await page.locator('#text-view .ftag').allInnerTexts();
  assert.deepEqual([...new Set(id.map((x) => x.toLowerCase()))].sort(), ['ajakan berbagi', 'keterangan foto']);
  // The Indonesian message keeps the Indonesian convention.
  assert.match(await page.locator('#checks').innerText(), /tertulis cakupan "24,22 persen"/);
  assert.deepEqual(problems, []);
  await context.close();
});
