// Screenshots of the page being used, for docs/screenshots/: a figure being
// corrected (seed 003's uncovered figure set to what the subtraction gives,
// its editor open) at 1280 and 360 px, an English article (corpus c052) and a
// JKN article (corpus c058) at 1280 px, and a corpus article whose checks
// all agree (c025), with a figure's `because` shown on hover. Needs the WebAssembly build in
// www/pkg (bash scripts/build.sh) and ../shared/corpus beside the repository.
//   node scripts/screenshots-page.mjs
import { mkdir, readFile } from 'node:fs/promises';
import { launch, site } from '../tests/e2e/browser.mjs';
import { SHARED } from '../tests/e2e/page-helpers.mjs';

const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const server = await site();
const browser = await launch();
const seed003 = await readFile(new URL('../tests/seeds/003_5c7de55c21b6b812.txt', import.meta.url), 'utf8');
const corpus = (name) => readFile(`${SHARED}/corpus/${name}`, 'utf8');

async function open(viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  const paste = async (text) => {
    await page.fill('#text', text);
    await page.waitForFunction(() => /·\s*\d+\s*ms/.test(document.getElementById('status').textContent));
  };
  const save = async (name, options = {}) => {
    await page.screenshot({ path: new URL(name, out).pathname, ...options });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`docs/screenshots/${name}`);
    await context.close();
  };
  return { page, paste, save };
}

async function editing(width, height) {
  const { page, paste, save } = await open({ width, height });
  await paste(seed003);
  const row = await page.evaluate(() => [...document.querySelectorAll('#facts tr.fact')]
    .findIndex((tr) => tr.querySelector('.c-metric').textContent.startsWith('Belum terlindungi')));
  await page.locator(`#fact-${row} button.edit`).click();
  await page.fill('#ed-value', '4.694.064');
  await page.press('#ed-value', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#checks li.check.inconsistent').length === 0);
  if (width >= 1000) {
    await page.locator('#checks li.check', { hasText: 'diubah' }).scrollIntoViewIfNeeded();
    await page.locator('.report-pane').evaluate((el) => { el.scrollTop += 180; });
    await page.locator('#text-view a.fact.edited').scrollIntoViewIfNeeded();
    await page.locator('#text-view a.fact.edited').hover();
    await page.locator('#tip:not([hidden])').waitFor();
  } else {
    await page.mouse.move(0, 0);
    await page.locator(`#fact-${row}`).scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, -120));
  }
  await save(`editing-${width}.png`);
}

try {
  await editing(1280, 900);
  await editing(360, 1400);
  {
    const { paste, save } = await open({ width: 1280, height: 900 });
    await paste(await corpus('c052.txt'));
    await save('english-1280.png');
  }
  {
    const { page, paste, save } = await open({ width: 1280, height: 900 });
    await paste(await corpus('c058.txt'));
    await page.locator('#facts').scrollIntoViewIfNeeded();
    await page.locator('.report-pane').evaluate((el) => { el.scrollTop = 0; });
    await save('jkn-1280.png');
  }
  {
    const { page, paste, save } = await open({ width: 1280, height: 900 });
    await paste(await corpus('c025.txt'));
    await page.waitForFunction(() => document.querySelectorAll('#checks li.check').length > 0
      && document.querySelectorAll('#checks li.check.inconsistent, #checks li.check.warning').length === 0);
    await page.locator('#text-view a.fact').first().scrollIntoViewIfNeeded();
    await page.locator('#text-view a.fact').first().hover();
    await page.locator('#tip:not([hidden])').waitFor();
    await save('consistent-1280.png');
  }
} finally {
  await browser.close();
  await server.close();
}
