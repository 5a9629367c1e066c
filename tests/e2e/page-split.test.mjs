// Several articles in one paste (issue 16): five real articles pasted one
// after the other with no separator line are found by their datelines and
// headlines, the page offers to split them, and the split gives five
// articles, each with its own text and its own figures. A single article,
// even one whose page repeats its body or prints a deck above its dateline,
// gets no offer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { openPage, paste, corpus, reportFor } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

// Five news articles of different outlets and shapes: a dateline with the
// outlet (c007), a headline, date bar and byline (c009), a headline with
// advertisements around it (c023), a headline, caption and share prompt
// (c040), ANTARA's dateline (c011).
const FIVE = ['c007.txt', 'c009.txt', 'c023.txt', 'c040.txt', 'c011.txt'];

for (const [joiner, label] of [['\n\n', 'blank lines'], ['\n', 'single line breaks']]) {
  test(`five articles pasted with ${label} between them are offered a split into five, each its own`, async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const texts = await Promise.all(FIVE.map((f) => corpus(f)));
    await paste(page, texts.map((x) => x.trim()).join(joiner));
    const offer = page.locator('#split');
    await offer.waitFor({ state: 'visible' });
    assert.match(await offer.innerText(), /5 artikel/);
    await page.locator('#split-button').click();
    await page.locator('#article-list li:nth-child(5)').waitFor();
    assert.equal(await page.locator('#article-list li').count(), 5);
    // Each article holds exactly one of the texts, and its report only that text's figures.
    for (let k = 0; k < 5; k++) {
      await page.locator('#article-list button').nth(k).click();
      assert.equal(await page.inputValue('#text'), texts[k].trim(), `article ${k + 1} is ${FIVE[k]}`);
      await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
      const want = (await reportFor(texts[k].trim())).facts.length;
      assert.match(await page.locator('#status').innerText(), new RegExp(`^${want} angka`), FIVE[k]);
    }
    // The five are compared side by side.
    await page.locator('#compare-section:not([hidden])').waitFor();
    assert.equal(await page.locator('#compare table.compare-facts thead th.art').count(), 5);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('one article is never offered a split: a deck above the dateline, a body printed twice, a byline after the text', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  for (const name of ['c034.txt', 'c047.txt', 'c046.txt', 'c013.txt', 'c005.txt']) {
    await paste(page, await corpus(name));
    assert.equal(await page.locator('#split').isVisible(), false, `${name} offered a split`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
