// What the page must never do: run pasted markup, let a request leave the
// origin, break its own Content-Security-Policy, or fail an accessibility
// audit (axe-core) on a desktop or at 360 px, in either language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, site } from './browser.mjs';
import { seed, openPage, paste, loadSample, SAMPLES, ALL_SAMPLES } from './page-helpers.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOAD = [
  '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>',
  'Jakarta (ANTARA) - BPJS Ketenagakerjaan mencatat 1.234.567 peserta <b onmouseover="window.__xss=3">aktif</b>',
  'dari 2.500.000 pekerja, atau 49,38 persen. <svg onload="window.__xss=4"></svg>',
  '<iframe src="javascript:window.__xss=5"></iframe> Baca juga: <a href="https://example.com/">klik</a>',
  '"><img src="https://tracker.example/p.png"> <link rel=stylesheet href="https://cdn.example/x.css">',
].join('\n');

test('an XSS payload pasted as text stays text and does not run', async () => {
  const { context, page, problems, offOrigin } = await openPage(browser, server.url);
  await paste(page, PAYLOAD);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const view = page.locator('#text-view');
  assert.equal(await view.locator('img, script, svg, iframe, b, link').count(), 0, 'no element was made from the text');
  assert.ok((await view.innerText()).includes('<img src=x onerror="window.__xss=1">'), 'the markup is shown as text');
  assert.equal(await page.locator('body img, body iframe, body svg').count(), 0);
  // The figures in the text are still read.
  assert.ok((await page.locator('#facts').innerText()).includes('1.234.567'));
  await page.locator('#text-view a.fact').first().hover();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no request leaves the origin while loading, analysing all samples and exporting', async () => {
  // Service workers allowed here, so their fetches are seen too.
  const { context, page, problems, offOrigin } = await openPage(browser, server.url, { serviceWorkers: 'allow', acceptDownloads: true });
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  await loadSample(page, ALL_SAMPLES, SAMPLES['000']);
  await page.locator('#article-list li:nth-child(5)').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#article-list button').length === 5
    && document.querySelectorAll('#compare table').length === 2);
  await paste(page, `${await seed('001_39314790dc0683d8.txt')}\n${PAYLOAD}`);
  await Promise.all([page.waitForEvent('download'), page.locator('#json').click()]);
  assert.ok(seen.some((u) => u.endsWith('/pkg/cakupan_bg.wasm')), 'the worker\'s requests are observed');
  assert.deepEqual(offOrigin, [], 'requests to other origins');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page declares a strict Content-Security-Policy with no inline script or style', async () => {
  const html = await readFile(new URL('../../www/index.html', import.meta.url), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or handler');
});

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

async function audit(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // target-size (WCAG 2.2, 2.5.8) is off in axe by default: on here.
    const r = await window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['360 px', { width: 360, height: 800 }]]) {
  test(`axe-core finds no violations (${label}, empty, loaded, compared, English)`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport });
    // Keyboard: the first Tab reaches the skip link, which leads to the report.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#report');
    assert.deepEqual(await audit(page), [], 'empty page');
    await loadSample(page, SAMPLES['000']);
    await loadSample(page, SAMPLES['004']);
    await page.locator('#compare-section:not([hidden])').waitFor();
    assert.deepEqual(await audit(page), [], 'two articles compared');
    await page.locator('#lang').click();
    assert.deepEqual(await audit(page), [], 'in English');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
