// The page end to end: paste a seed, see its figures and checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, site } from './browser.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); await server?.close(); });

const seed = (name) => readFile(new URL(`../seeds/${name}`, import.meta.url), 'utf8');

test('pasting seed 003 shows its four figures and the difference that is off by 10', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await page.fill('#text', await seed('003_5c7de55c21b6b812.txt'));
  const table = page.locator('#facts tbody');
  await table.locator('tr').first().waitFor();
  const text = await table.innerText();
  for (const figure of ['7.996.826', '3.302.762', '41,3', '4.694.054']) {
    assert.ok(text.includes(figure), `${figure} missing from the facts table:\n${text}`);
  }
  const checks = await page.locator('#checks').innerText();
  assert.match(checks, /4\.694\.064, bukan 4\.694\.054 \(selisih 10\)/);
  assert.deepEqual(errors, []);
  await page.close();
});
