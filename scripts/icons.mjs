// Renders www/icons/icon.svg into the PNG icons the web app manifest lists
// (192 and 512 px, and a 512 px "maskable" one with a safe margin), in headless
// Chromium. Run it after changing the SVG:  node scripts/icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/browser.mjs';

const svg = await readFile(new URL('../www/icons/icon.svg', import.meta.url), 'utf8');
const browser = await launch();
const page = await browser.newPage();
for (const [name, size, pad] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['icon-maskable-512.png', 512, 0.1]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * pad));
  const bg = pad ? 'background:#1f4e5f;' : 'background:transparent;';
  await page.setContent(`<body style="margin:0;${bg}display:grid;place-items:center;height:${size}px">`
    + svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) + '</body>');
  const png = await page.screenshot({ omitBackground: !pad });
  await writeFile(new URL(`../www/icons/${name}`, import.meta.url), png);
  console.log(`www/icons/${name}: ${png.length} bytes`);
}
await browser.close();
