// A 1 MB paste: the analysis runs in the worker, so while it works the page's
// main thread stays free (a timer keeps firing on time and typing is
// answered), and the report that arrives is for the latest text only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, site } from './browser.mjs';
import { seedNames, seed } from './page-helpers.mjs';

test('a 1 MB paste is analysed off the main thread; typing meanwhile is answered and the last text wins',
  { timeout: 240_000 }, async () => {
    const browser = await launch();
    const server = await site();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      const seeds = await Promise.all((await seedNames()).map(seed));
      const lead = 'Semarang (ANTARA) - BPJS Ketenagakerjaan Jawa Tengah mencatat 2.100.000 peserta aktif.';
      let text = `${lead}\n\n`;
      while (text.length < 1_000_000) text += seeds.join('\n\n');

      // Paste: one input event with the whole text, as a real paste makes.
      await page.evaluate((t) => {
        const el = document.getElementById('text');
        el.value = t;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      // Type while the worker is busy with the paste: the status says so at once.
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
      await page.focus('#text');
      await page.evaluate((n) => document.getElementById('text').setSelectionRange(n, n), lead.length);
      await page.keyboard.type(' Tercatat 12.345 peserta baru.');
      assert.match(await page.locator('#status').innerText(), /Menganalisis/);
      // Then watch the main thread with a 20 ms timer until the report is drawn.
      const beat = await page.evaluate(async () => {
        const beats = [];
        let last = performance.now();
        const timer = setInterval(() => { const now = performance.now(); beats.push([last, now]); last = now; }, 20);
        const status = document.getElementById('status');
        while (!/·\s*\d+\s*ms/.test(status.textContent)) await new Promise((ok) => setTimeout(ok, 50));
        await new Promise((ok) => setTimeout(ok, 100));
        clearInterval(timer);
        // Drawing the report is main-thread work by nature; the wait before it must not be.
        const draws = performance.getEntriesByName('cakupan-draw', 'measure');
        const draw = draws[draws.length - 1];
        const waiting = beats.filter(([, end]) => end <= draw.startTime);
        return { n: waiting.length, max: Math.max(0, ...waiting.map(([a, b]) => b - a)), draw: draw.duration };
      });
      // The text drawn, without the labels the page adds, is the final text, typed sentence included.
      const drawn = await page.locator('#text-view .chunk').first().evaluate((chunk) => {
        const walk = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
        let out = '';
        while (walk.nextNode()) if (!walk.currentNode.parentElement.matches('.tag, .ftag')) out += walk.currentNode.data;
        return out;
      });
      assert.ok(drawn.startsWith(`${lead} Tercatat 12.345 peserta baru.\n`), drawn.slice(0, 200));
      assert.ok(beat.n > 10, `the timer ran (${beat.n} beats)`);
      assert.ok(beat.max < 1000, `longest main-thread stall while the worker analyses: ${Math.round(beat.max)} ms`);
      console.log(`# status: ${await page.locator('#status').innerText()}; longest stall ${Math.round(beat.max)} ms over ${beat.n} beats; drawing took ${Math.round(beat.draw)} ms`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
