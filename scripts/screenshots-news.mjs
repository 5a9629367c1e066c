// Screenshots for issue 16's note: corpus articles c007 and c040 in the page
// and the demo news page with its <cakupan-box>, at 1440 px and 360 px.
//   node scripts/screenshots-news.mjs TAG   -> docs/screenshots/{c007,c040,demo}-TAG-{1440,360}.png
//                                              and first-visit-TAG-360.png (the empty page on a phone)
// The 1440 px shots are one window; the 360 px shots are 1560 px of the page
// from the report (or, on the demo, from the box). Needs the WebAssembly build in www/pkg (bash scripts/build.sh).
import { mkdir, readFile } from 'node:fs/promises';
import { launch, site } from '../tests/e2e/browser.mjs';
import { SHARED } from '../tests/e2e/page-helpers.mjs';

const tag = process.argv[2] ?? 'after';
const out = new URL('../docs/screenshots/', import.meta.url);
const corpus = new URL(`file://${SHARED}/corpus/`);
await mkdir(out, { recursive: true });
const server = await site();
const browser = await launch();

async function shot(name, width, open, from = null) {
  const height = width > 1000 ? 900 : 780;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  const path = new URL(`${name}-${tag}-${width}.png`, out).pathname;
  const full = width <= 400;
  // At 360 px: 1560 px of the page from the element `from` (the report, the box).
  const [top, size] = await page.evaluate((sel) => [
    Math.max(0, (document.querySelector(sel)?.getBoundingClientRect().top ?? 0) + scrollY - 40),
    document.documentElement.scrollHeight], from);
  const y = Math.max(0, Math.min(top, size - 1560));
  await page.screenshot({ path, fullPage: full, clip: full ? { x: 0, y, width, height: Math.min(size - y, 1560) } : undefined });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`docs/screenshots/${name}-${tag}-${width}.png`);
  await context.close();
}

const article = (file) => async (page) => {
  const text = await readFile(new URL(file, process.env.CORPUS ? `file://${process.env.CORPUS}/` : corpus), 'utf8');
  await page.goto(server.url);
  await page.fill('#text', text);
  await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
};
const first = async (page) => {
  await page.goto(server.url);
  await page.locator('#sample-buttons button').first().waitFor();
};
const demo = async (page) => {
  await page.goto(`${server.url}demo.html`);
  await page.waitForFunction(() => document.querySelector('cakupan-box')?.report);
};

try {
  for (const width of [1440, 360]) {
    await shot('c007', width, article('c007.txt'), '#report');
    await shot('c040', width, article('c040.txt'), '#report');
    await shot('demo', width, demo, 'cakupan-box');
  }
  // The first visit on a phone: the top of the empty page.
  await shot('first-visit', 360, first, 'body');
} finally {
  await browser.close();
  await server.close();
}
