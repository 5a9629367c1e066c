// What cakupan ships, end to end (scripts/package.mjs builds dist/ from www/
// before these run): the npm package as Node and a browser resolve it, the
// static site served under a sub-path, and the file:// build. The package's
// types are checked as a TypeScript consumer's compiler reads them (tsc from
// npm's typescript, strict, resolving through `exports`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, site } from './browser.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${repo}dist/`;
const seed = (name) => readFile(`${repo}tests/seeds/${name}`, 'utf8');
const cargoVersion = async () => (await readFile(`${repo}Cargo.toml`, 'utf8')).match(/^version = "(.*)"/m)[1];

let browser, tmp;
before(async () => {
  execFileSync(process.execPath, [`${repo}scripts/package.mjs`], { stdio: 'pipe' });
  browser = await launch();
  tmp = await mkdtemp(`${tmpdir()}/cakupan-embed-`);
});
after(async () => {
  await browser?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function watch(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(m.text()); });
  return errors;
}

/** The region the box's report gives its first coverage figure (what the box must show). */
const coverageRegion = (page, selector = 'cakupan-box') => page.locator(selector).evaluate(
  (b) => b.report.facts.find((f) => f.metric === 'coverage_rate')?.region?.name ?? 'no coverage figure');

async function boxText(page, selector = 'cakupan-box') {
  await page.waitForFunction((s) => document.querySelector(s)?.report?.facts.length > 0, selector);
  return page.locator(selector).evaluate((b) => b.shadowRoot.textContent);
}

test('the npm package: manifest, files, and `import { analyze } from "cakupan"` in Node', async () => {
  const pkg = JSON.parse(await readFile(`${dist}pkg/package.json`, 'utf8'));
  assert.equal(pkg.name, 'cakupan');
  assert.equal(pkg.version, await cargoVersion());
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './cakupan.d.ts');
  for (const f of pkg.files) assert.ok((await stat(`${dist}pkg/${f}`)).size > 0, `${f} listed but missing`);
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const t of targets) assert.ok(await stat(`${dist}pkg/${t}`), `export target ${t} missing`);
  // The element's types name the report type the core's types declare.
  assert.match(await readFile(`${dist}pkg/cakupan-box.d.ts`, 'utf8'), /import type \{ Report \} from '\.\/cakupan\.js'/);
  assert.match(await readFile(`${dist}pkg/cakupan.d.ts`, 'utf8'), /export interface Report/);

  // A consumer project with the package installed resolves it through `exports`.
  const app = `${tmp}/node-app/`;
  await mkdir(`${app}node_modules`, { recursive: true });
  await cp(`${dist}pkg`, `${app}node_modules/cakupan`, { recursive: true });
  await writeFile(`${app}package.json`, '{"type":"module"}');
  await writeFile(`${app}main.mjs`, `
    import { readFileSync } from 'node:fs';
    import { initSync, analyze, version } from 'cakupan';
    initSync({ module: readFileSync(new URL(import.meta.resolve('cakupan/cakupan_bg.wasm'))) });
    const report = analyze(readFileSync(0, 'utf8'));
    console.log(JSON.stringify({ version: version(), facts: report.facts.map((f) => f.value) }));
  `);
  const out = JSON.parse(execFileSync(process.execPath, [`${app}main.mjs`], { input: await seed('003_5c7de55c21b6b812.txt') }).toString());
  assert.equal(out.version, pkg.version);
  for (const v of [7996826, 3302762, 41.3, 4694054]) assert.ok(out.facts.includes(v), `${v} not in ${out.facts}`);
});

test('the npm package in a browser: the README snippet with node_modules/cakupan/cakupan-box.js', async (t) => {
  const app = `${tmp}/web-app/`;
  await mkdir(`${app}node_modules`, { recursive: true });
  await cp(`${dist}pkg`, `${app}node_modules/cakupan`, { recursive: true });
  const text = (await seed('003_5c7de55c21b6b812.txt')).replace(/[&<>]/g, '');
  await writeFile(`${app}index.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="node_modules/cakupan/cakupan-box.js"></script></head>
    <body><div id="article-body"><pre>${text}</pre></div>
    <cakupan-box for="article-body" mode="full"></cakupan-box></body></html>`);
  const server = await site(app);
  const page = await browser.newPage();
  t.after(async () => { await page.close(); await server.close(); });
  const errors = watch(page);
  await page.goto(`${server.url}index.html`);
  const shown = await boxText(page);
  assert.match(shown, /41\.3\s?%/);
  assert.match(shown, /does not add up: /);
  // No page of its own in the package: no link unless report-href is set.
  assert.equal(await page.locator('cakupan-box').evaluate((b) => b.shadowRoot.querySelector('a')), null);
  assert.deepEqual(errors, []);
});

test('the static site works under a sub-path: every request stays under it', async (t) => {
  const prefix = '/berita/alat/cakupan/';
  const server = await site(`${dist}site`, prefix);
  const pages = [];
  t.after(async () => { for (const p of pages) await p.close(); await server.close(); });
  for (const path of ['demo.html', 'embed.html', '']) {
    const page = await browser.newPage();
    pages.push(page);
    const errors = watch(page);
    const outside = [];
    const failed = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !/favicon/.test(r.url())) outside.push(r.url()); });
    page.on('response', (r) => { if (r.status() >= 400 && !/favicon/.test(r.url())) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(server.url + path);
    if (path === 'demo.html') {
      const shown = await boxText(page);
      assert.ok(shown.includes(await coverageRegion(page)), shown);
      assert.match(shown, /41,3\s?%/);
    } else if (path === 'embed.html') {
      await page.fill('#teks', await seed('003_5c7de55c21b6b812.txt'));
      assert.match(await boxText(page), /41,3\s?%/);
    } else {
      await page.waitForLoadState('networkidle');
    }
    assert.deepEqual(outside, [], `${path}: requests outside ${prefix}`);
    assert.deepEqual(failed, [], `${path}: failed requests`);
    assert.deepEqual(errors, [], `${path}: errors`);
  }
});

test('the file:// build analyses a seed pasted into its page, and shows the demo', async (t) => {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watch(page);
  const fetched = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) fetched.push(r.url()); });
  await page.goto(pathToFileURL(`${dist}offline/index.html`).href);
  assert.equal(await page.evaluate(() => globalThis.cakupan.version()), await cargoVersion());
  await page.fill('#teks', await seed('003_5c7de55c21b6b812.txt'));
  const text = await boxText(page);
  assert.ok(text.includes(await coverageRegion(page)), text);
  assert.match(text, /41,3\s?%/);
  assert.match(text, /[1-9]\d* masalah hitungan/);
  assert.match(text, /tidak cocok: /);

  await page.goto(pathToFileURL(`${dist}offline/demo.html`).href);
  assert.match(await boxText(page), /41,3\s?%/);
  await page.waitForFunction(() => document.getElementById('cakupan-note').textContent !== '');
  // The box's "full report" opens the build's own page with the article in its paste area.
  await page.waitForFunction(() => /index\.html#z=/.test(document.querySelector('cakupan-box').shadowRoot.querySelector('a.report').href));
  const [full] = await Promise.all([page.context().waitForEvent('page'), page.locator('cakupan-box').locator('a.report').click()]);
  t.after(() => full.close());
  await full.waitForFunction(() => document.getElementById('teks').value.includes('7.996.826'));
  assert.match(await boxText(full), /[1-9]\d* masalah hitungan/);
  assert.deepEqual(errors, []);
  assert.deepEqual(fetched, []);
});

test('a TypeScript consumer type-checks against the package (tsc --strict)', async () => {
  const app = `${tmp}/ts-app`;
  await mkdir(`${app}/node_modules`, { recursive: true });
  await cp(`${repo}dist/pkg`, `${app}/node_modules/cakupan`, { recursive: true });
  await writeFile(`${app}/tsconfig.json`, JSON.stringify({
    compilerOptions: {
      target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true,
      noEmit: true, lib: ['es2022', 'dom'], skipLibCheck: false,
    },
    files: ['main.ts'],
  }));
  await writeFile(`${app}/main.ts`, `
    import init, { analyze, type Report } from 'cakupan';
    import { CakupanBox, coverageRows, problems } from 'cakupan/box';
    await init();
    const report: Report = analyze('Dari total 7.996.826 pekerja, baru 3.302.762 orang terdaftar.');
    const first: number | undefined = report.facts[0]?.value;
    const rows = coverageRows(report);
    const covered: number | null = rows[0]?.coverage ?? null;
    const worst: 'consistent' | 'warning' | 'inconsistent' | undefined = problems(report)[0]?.status;
    const box: CakupanBox = document.createElement('cakupan-box');
    box.addEventListener('cakupan-report', (event) => { const r: Report = event.detail; console.log(r.schema); });
    const last: Report | null = box.report;
    const again: Promise<Report | null> = box.refresh();
    // @ts-expect-error: report is read-only
    box.report = null;
    // @ts-expect-error: a fact's value is a number
    const wrong: string = report.facts[0].value;
    console.log(first, covered, worst, last, again, wrong);
  `);
  const tsc = `${repo}node_modules/.bin/tsc`;
  try {
    execFileSync(tsc, ['-p', app], { stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`);
  }
});
