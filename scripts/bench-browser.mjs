// Times cakupan in headless Chromium (the Debian package, driven by
// playwright-core), on the WASM build in www/pkg/ (run scripts/build.sh first):
//   - `analyze(text)` called in the page on each seed article and on 10 KB,
//     100 KB and 1 MB of concatenated seed text (the same text as the native
//     bench): median of many timed runs, each run including the conversion of
//     the report to a JS object, as the page receives it;
//   - cold start: a fresh browser context navigates to www/bench/ (a minimal page
//     that loads the module, instantiates the WASM and analyses a short
//     article); the figure is the page's own performance.now() when the first
//     report is on screen, i.e. milliseconds since navigation start. Median of
//     repeated navigations.
// Usage: node scripts/bench-browser.mjs [--quick]
// Prints a Markdown table and the browser targets as met or missed. Exits
// non-zero only if the page fails to load or analyze throws, never on timing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { launch, site } from '../tests/e2e/browser.mjs';

const quick = process.argv.includes('--quick');
const SEEDS_DIR = 'tests/seeds';
const KB = 1024;
const MB = 1024 * KB;

if (!existsSync('www/pkg/cakupan.js')) {
  console.error('www/pkg/ is missing: run `bash scripts/build.sh` first');
  process.exit(2);
}

const seeds = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.slice(0, 3), text: readFileSync(`${SEEDS_DIR}/${f}`, 'utf8') }));

// The same concatenation as benches/analyze.rs: seeds joined by blank lines,
// repeated, cut to `size` UTF-8 bytes at a character boundary.
function corpus(size) {
  const parts = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const s = seeds[i % seeds.length].text + '\n\n';
    parts.push(s);
    len += Buffer.byteLength(s);
  }
  let buf = Buffer.from(parts.join(''));
  let cut = size;
  while (cut > 0 && (buf[cut] & 0xc0) === 0x80) cut--;
  return buf.subarray(0, cut).toString('utf8');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const browser = await launch();
const server = await site('www');
let failed = false;
try {
  const version = browser.version();

  // Cold start: a new context (empty cache) per navigation.
  const coldRuns = quick ? 5 : 25;
  const cold = [];
  const coldParts = [];
  for (let i = 0; i < coldRuns; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}bench/`);
    await page.waitForFunction(() => window.firstReportAt !== undefined, null, { timeout: 30_000 });
    if (errors.length) throw new Error(`bench page: ${errors.join('; ')}`);
    const at = await page.evaluate(() => ({
      first: window.firstReportAt,
      ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    }));
    cold.push(at.first);
    coldParts.push(at);
    await context.close();
  }

  // Warm timings in one page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}bench/`);
  await page.waitForFunction(() => window.firstReportAt !== undefined);

  // Runs analyze(text) in the page: `batch` calls per sample (performance.now()
  // is coarse in Chromium, so short runs are timed in batches), `samples`
  // samples after `warm` warm-up calls. Returns the median ms per call.
  const timeIn = (text, samples, batch, warm) =>
    page.evaluate(
      ({ text, samples, batch, warm }) => {
        const { analyze } = window.cakupan;
        let facts = 0;
        for (let i = 0; i < warm; i++) facts = analyze(text).facts.length;
        const times = [];
        for (let s = 0; s < samples; s++) {
          const t0 = performance.now();
          for (let b = 0; b < batch; b++) analyze(text);
          times.push((performance.now() - t0) / batch);
        }
        times.sort((a, b) => a - b);
        return { ms: times[Math.floor(times.length / 2)], min: times[0], facts };
      },
      { text, samples, batch, warm },
    );

  console.log(`cakupan browser benchmark (${quick ? 'quick' : 'full'} mode), ${version} headless`);
  console.log('\n| seed | bytes | facts | analyze in page (ms, median) | min (ms) | MB/s |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const perSeed = [];
  const perSeedMin = [];
  for (const { name, text } of seeds) {
    const bytes = Buffer.byteLength(text);
    const r = await timeIn(text, quick ? 15 : 101, quick ? 5 : 20, quick ? 5 : 50);
    perSeed.push(r.ms);
    perSeedMin.push(r.min);
    console.log(`| ${name} | ${bytes} | ${r.facts} | ${r.ms.toFixed(3)} | ${r.min.toFixed(3)} | ${(bytes / MB / (r.ms / 1e3)).toFixed(1)} |`);
  }
  const typical = median(perSeed);

  const sizes = quick ? [10 * KB, 100 * KB] : [10 * KB, 100 * KB, MB];
  console.log('\n| text | analyze in page (ms, median) | MB/s | time step / size step |');
  console.log('|---|---:|---:|---:|');
  let prev = null;
  for (const size of sizes) {
    const text = corpus(size);
    // Large texts are slow while some stages are superlinear: one run at 1 MB.
    const samples = size >= MB ? 1 : size >= 100 * KB ? 5 : 21;
    const r = await timeIn(text, samples, 1, size >= MB ? 0 : 1);
    const step = prev ? (r.ms / prev.ms) / (size / prev.size) : null;
    const label = size >= MB ? `${size / MB} MB` : `${size / KB} KB`;
    console.log(`| ${label} | ${r.ms.toFixed(2)} | ${(size / MB / (r.ms / 1e3)).toFixed(1)} | ${step ? step.toFixed(2) : '-'} |`);
    prev = { size, ms: r.ms };
  }
  await context.close();

  const coldMs = median(cold);
  console.log(`\ncold start (navigation start -> first report on screen), median of ${coldRuns}: ${coldMs.toFixed(1)} ms`
    + ` (min ${Math.min(...cold).toFixed(1)}, max ${Math.max(...cold).toFixed(1)})`);
  const part = (k, from) => median(coldParts.map((p) => p[k] - (from ? p[from] : 0))).toFixed(1);
  console.log(`  of which (medians): page and modules loaded ${part('module')} ms, WASM fetched and instantiated`
    + ` ${part('init', 'module')} ms, first analysis ${part('analyze', 'init')} ms (it builds the patterns and tables)`);
  console.log(`typical article (median seed) in the page: ${typical.toFixed(3)} ms (fastest sample: ${median(perSeedMin).toFixed(3)} ms)`);
  console.log('\ntargets (browser):');
  const verdict = (ok, what) => console.log(`  ${ok ? 'MET   ' : 'MISSED'}: ${what}`);
  verdict(typical < 1, `a typical article analysed in under 1 ms (${typical.toFixed(3)} ms)`);
  verdict(coldMs < 300, `cold start under 300 ms on localhost (${coldMs.toFixed(1)} ms)`);
  verdict(typical <= 0.25, `issue 17: a typical article in at most 0.25 ms (${typical.toFixed(3)} ms)`);
  verdict(coldMs <= 120, `issue 17: cold start in at most 120 ms (${coldMs.toFixed(1)} ms)`);
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
