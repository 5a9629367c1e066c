// Takes the README's screenshots of the page: a desktop window and a 360 px
// phone, both with the five sample articles loaded and seed 000 in view.
// Needs the WebAssembly build in www/pkg (bash scripts/build.sh).
//   node scripts/screenshots.mjs   -> docs/screenshot-desktop.png, docs/screenshot-360.png
import { mkdir } from 'node:fs/promises';
import { launch, site } from '../tests/e2e/browser.mjs';

const out = new URL('../docs/', import.meta.url);
await mkdir(out, { recursive: true });
const server = await site();
const browser = await launch();

async function shot(name, viewport, { fullPage = false, scrollTo = null } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.getByRole('button', { name: /Kelima contoh/ }).click();
  await page.locator('#article-list button').nth(4).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#compare-section:not([hidden]) table').length === 2);
  await page.locator('#article-list button').first().click();
  await page.locator('#facts tbody tr').first().waitFor();
  if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
  const path = new URL(name, out);
  await page.screenshot({ path: path.pathname, fullPage });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`docs/${name}`);
  await context.close();
}

try {
  await shot('screenshot-desktop.png', { width: 1440, height: 900 });
  await shot('screenshot-360.png', { width: 360, height: 1400 }, { scrollTo: '#text' });
} finally {
  await browser.close();
  await server.close();
}
