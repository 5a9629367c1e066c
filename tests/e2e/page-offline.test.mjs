// Installable and offline: the manifest is served and complete, and after one
// visit the service worker has stored everything, so with the server gone the
// page reloads, loads a sample and analyses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { seed, SAMPLES } from './page-helpers.mjs';

test('after one visit the page opens and analyses without a network', { timeout: 60_000 }, async () => {
  const browser = await launch();
  const server = await site();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);

    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      return (await fetch(href)).json();
    });
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.sizes === '192x192') && manifest.icons.some((i) => i.sizes === '512x512'));

    // Wait until the worker is active and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // The network goes away: the server stops and the browser is offline.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.locator('h1').innerText(), 'cakupan');
    await page.getByRole('button', { name: SAMPLES['003'] }).click();
    await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
    assert.ok((await page.locator('#facts').innerText()).includes('7.996.826'));
    // Pasted text is analysed offline too.
    await page.fill('#text', (await seed('004_863b6271acea14ee.txt')));
    await page.waitForFunction(() => document.getElementById('facts').textContent.includes('59,56%'));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});
