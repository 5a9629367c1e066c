// <cakupan-box> end to end, from www/: the demo news page, a host page with
// hostile CSS, and the attributes, events and live updates a host relies on.
// The repository root is served so the fixtures under tests/e2e/fixtures/ can
// load ../../../www/cakupan-box.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, site } from './browser.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let browser, server;
before(async () => { browser = await launch(); server = await site(repo); });
after(async () => { await browser?.close(); await server?.close(); });

/** A new page (closed when test `t` ends) that records page errors and every request leaving the server's origin. */
async function open(t, path) {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) foreign.push(r.url()); });
  await page.goto(server.url + path);
  return { page, errors, foreign };
}

/** Waits until the box has a report, then returns its shadow root's text. */
/** The region the box's report gives its first coverage figure (what the box must show). */
const coverageRegion = (page, selector = 'cakupan-box') => page.locator(selector).evaluate(
  (b) => b.report.facts.find((f) => f.metric === 'coverage_rate')?.region?.name ?? 'no coverage figure');

async function boxText(page, selector = 'cakupan-box') {
  await page.waitForFunction((s) => document.querySelector(s)?.report, selector);
  return page.locator(selector).evaluate((b) => b.shadowRoot.textContent);
}

test('the demo news page shows the box for its article, and the host hears the report', async (t) => {
  const { page, errors, foreign } = await open(t, 'www/demo.html');
  const text = await boxText(page);
  assert.ok(text.includes(await coverageRegion(page)), text);
  assert.match(text, /41,3\s?%/);
  // The article's 4.694.054 is off by 10 from 7.996.826 - 3.302.762: the
  // box names the problem in one line, not a bare count.
  assert.match(text, /[1-9]\d* masalah hitungan/);
  assert.match(text, /Selisih: tertulis 4\.694\.054, dihitung 4\.694\.064/);
  // The bar's length is the coverage.
  const bar = await page.locator('cakupan-box').evaluate((b) => {
    const fill = b.shadowRoot.querySelector('.fill').getBoundingClientRect();
    const track = b.shadowRoot.querySelector('.bar').getBoundingClientRect();
    return fill.width / track.width;
  });
  assert.ok(Math.abs(bar - 0.413) < 0.01, `bar fill is ${bar} of the track`);
  // The link to the full report (the page, the article in the fragment), and
  // the host's own line written from the event.
  await page.waitForFunction(() => /#z=/.test(document.querySelector('cakupan-box').shadowRoot.querySelector('a.report').href));
  const href = await page.locator('cakupan-box').evaluate((b) => b.shadowRoot.querySelector('a.report').href);
  assert.ok(href.startsWith(`${server.url}www/index.html#z=`), href);
  await page.waitForFunction(() => document.getElementById('cakupan-note').textContent !== '');
  assert.match(await page.locator('#cakupan-note').innerText(), /\d+ angka, [1-9]\d* masalah/);
  // What the box analysed is the article body, not the sidebar's headlines.
  const analysed = await page.locator('cakupan-box').evaluate((b) => b.report.facts.map((f) => f.text).join(' | '));
  assert.doesNotMatch(analysed, /1\.250|Rp60/);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});

test('hostile host CSS neither breaks the box nor is disturbed by it', async (t) => {
  const { page, errors } = await open(t, 'tests/e2e/fixtures/hostile.html');
  const text = await boxText(page);
  assert.ok(text.includes(await coverageRegion(page)), text);
  assert.match(text, /41,3\s?%/);
  const look = await page.locator('cakupan-box').evaluate((b) => {
    const box = b.shadowRoot.querySelector('.box');
    const s = getComputedStyle(box);
    const fill = b.shadowRoot.querySelector('.fill');
    const name = b.shadowRoot.querySelector('.name');
    return {
      rect: box.getBoundingClientRect().toJSON(),
      color: s.color, fontSize: s.fontSize, visibility: s.visibility, letterSpacing: s.letterSpacing,
      transform: s.textTransform, direction: s.direction,
      fillWidth: fill.getBoundingClientRect().width, fillDisplay: getComputedStyle(fill).display,
      nameVisible: name.checkVisibility({ visibilityProperty: true }),
    };
  });
  assert.ok(look.rect.width > 150 && look.rect.height > 60, `box is ${look.rect.width}x${look.rect.height}`);
  assert.notEqual(look.color, 'rgba(0, 0, 0, 0)');
  assert.equal(look.fontSize, '14px');
  assert.equal(look.visibility, 'visible');
  assert.equal(look.letterSpacing, 'normal');
  assert.equal(look.transform, 'none');
  assert.equal(look.direction, 'ltr');
  assert.ok(look.fillWidth > 10, `bar fill is ${look.fillWidth}px wide`);
  assert.ok(look.nameVisible);
  // The host's element with a class the box also uses keeps the host's style.
  const probe = await page.locator('#probe .fill').evaluate((e) => getComputedStyle(e).position);
  assert.equal(probe, 'static');
  // The box added no stylesheet to the host document.
  assert.equal(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length), 1);
  if (process.env.EMBED_SHOTS) await page.screenshot({ path: `${process.env.EMBED_SHOTS}/hostile.png` });
  assert.deepEqual(errors, []);
});

test('attributes: lang, mode and for repaint or re-analyse; edits to the article re-analyse', async (t) => {
  const { page, errors } = await open(t, 'tests/e2e/fixtures/host.html');
  let text = await boxText(page, '#box');
  assert.match(text, /Kalimantan Timur/);
  assert.match(text, /60\s?%/);
  assert.match(text, /Laporan lengkap/);

  await page.locator('#box').evaluate((b) => b.setAttribute('lang', 'en'));
  text = await page.locator('#box').evaluate((b) => b.shadowRoot.textContent);
  assert.match(text, /Full report/);
  assert.match(text, /No arithmetic problems/);

  await page.locator('#box').evaluate((b) => b.setAttribute('report-href', 'https://example.org/cakupan/'));
  await page.waitForFunction(() => document.getElementById('box').shadowRoot.querySelector('a.report').href.startsWith('https://example.org/cakupan/#'));

  // An article with no coverage figure at all: the box says so.
  const next = page.evaluate(() => new Promise((ok) => document.addEventListener('cakupan-report', (e) => ok(e.detail.facts.length), { once: true })));
  await page.locator('#box').evaluate((b) => b.setAttribute('for', 'b'));
  assert.equal(await next, 0);
  text = await page.locator('#box').evaluate((b) => b.shadowRoot.textContent);
  assert.match(text, /states no coverage figures/);

  // Back to article a, then the host rewrites a figure: the box follows,
  // and a full box lists the problem in words.
  await page.locator('#box').evaluate((b) => { b.setAttribute('for', 'a'); b.setAttribute('mode', 'full'); b.setAttribute('lang', 'id'); });
  await page.waitForFunction(() => /60/.test(document.getElementById('box').shadowRoot.textContent));
  const changed = page.evaluate(() => new Promise((ok) => document.getElementById('box').addEventListener('cakupan-report', (e) => ok(e.detail), { once: true })));
  await page.locator('#a p').evaluate((p) => { p.firstChild.data = p.firstChild.data.replace('60 persen', '70 persen'); });
  const report = await changed;
  assert.ok(report.facts.some((f) => f.metric === 'coverage_rate' && f.value === 70));
  text = await page.locator('#box').evaluate((b) => b.shadowRoot.textContent);
  assert.match(text, /70\s?%/);
  assert.match(text, /[1-9]\d* masalah hitungan/);
  assert.match(text, /tidak cocok: /);
  assert.deepEqual(errors, []);
});

test('the rows are the core\'s coverage list, renamed; problems worst first; text keeps paragraphs', async (t) => {
  const { page } = await open(t, 'tests/e2e/fixtures/host.html');
  const got = await page.evaluate(async () => {
    const { coverageRows, problems, articleText } = await import('/www/cakupan-box.js');
    const region = (name) => ({ name, level: 'province', code: null });
    // A report whose facts would say otherwise: the box must follow `coverage`.
    const report = {
      facts: [{ metric: 'coverage_rate', value: 99, region: region('Kalimantan Selatan'), segment: 'all', period: null }],
      derived: [],
      coverage: [
        { region: region('Kalimantan Barat'), segment: 'all', scheme: 'jamsostek',
          coverage: { value: 27.36, source: 'stated', index: 0, period: '2025-06', confidence: 'high' },
          target: { value: 59.56, year: 2025, fact: 1, national: false }, gap_points: 32.2, gap_workers: null, disputed_by: [2], reached: false },
        { region: region('Kalimantan Utara'), segment: 'informal', scheme: 'jamsostek',
          coverage: { value: 45.5, source: 'derived', index: 0, period: null, confidence: 'low' },
          target: null, gap_points: null, gap_workers: null, disputed_by: [], reached: null },
      ],
      checks: [{ status: 'warning' }, { status: 'consistent' }, { status: 'inconsistent' }],
    };
    const div = document.createElement('div');
    div.innerHTML = '<h1>Judul</h1><p>Satu <b>dua</b><br>tiga</p><script>x = 1</script><p hidden>tersembunyi</p><ul><li>a</li><li>b</li></ul>';
    return {
      rows: coverageRows(report).map((r) => [r.region.name, r.segment, r.coverage, r.derived, r.target, r.targetYear, r.disputed, r.low]),
      problems: problems(report).map((c) => c.status),
      text: articleText(div),
    };
  });
  assert.deepEqual(got.rows, [
    ['Kalimantan Barat', 'all', 27.36, false, 59.56, 2025, true, false],
    ['Kalimantan Utara', 'informal', 45.5, true, null, null, false, true],
  ]);
  assert.deepEqual(got.problems, ['inconsistent', 'warning']);
  assert.equal(got.text, 'Judul\n\nSatu dua\ntiga\n\na\n\nb');
});
