// The page's files agree with each other: the sample articles are exact
// copies of tests/seeds (so they cannot drift), and the service worker's
// offline list names every file the page loads and nothing that is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, access } from 'node:fs/promises';

const www = new URL('../../www/', import.meta.url);
const seeds = new URL('../seeds/', import.meta.url);

test('www/samples holds exact copies of every seed, all listed in samples/index.json', async () => {
  const seedFiles = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort();
  const sampleFiles = (await readdir(new URL('samples/', www))).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(sampleFiles, seedFiles);
  for (const f of seedFiles) {
    assert.ok((await readFile(new URL(f, seeds))).equals(await readFile(new URL(`samples/${f}`, www))), `${f} differs from tests/seeds; copy it again`);
  }
  const index = JSON.parse(await readFile(new URL('samples/index.json', www), 'utf8'));
  assert.deepEqual(index.map((s) => s.file).sort(), seedFiles);
  assert.equal(new Set(index.map((s) => s.label)).size, index.length, 'labels are distinct');
});

test('the service worker stores every file the page needs, and each of them exists', async () => {
  const sw = await readFile(new URL('sw.js', www), 'utf8');
  const list = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
  const manifest = JSON.parse(await readFile(new URL('manifest.webmanifest', www), 'utf8'));
  const ui = (await readdir(new URL('ui/', www))).filter((f) => f.endsWith('.js')).map((f) => `ui/${f}`);
  const samples = (await readdir(new URL('samples/', www))).map((f) => `samples/${f}`);
  const needed = ['./', 'index.html', 'style.css', 'app.js', 'worker.js', 'manifest.webmanifest',
    'pkg/cakupan.js', 'pkg/cakupan_bg.wasm', ...ui, ...samples, ...manifest.icons.map((i) => i.src),
    // The demo news page and the box beside the page, offline too.
    'demo.html', 'demo.css', 'demo.js', 'embed.html', 'embed.js', 'cakupan-box.js'];
  assert.deepEqual([...new Set(list)].sort(), [...new Set(needed)].sort());
  for (const f of list.filter((x) => x !== './')) await access(new URL(f, www));
  // Every module the page imports is in the list.
  for (const f of ['app.js', 'worker.js', ...ui]) {
    const src = await readFile(new URL(f, www), 'utf8');
    for (const [, spec] of src.matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)) {
      const path = new URL(spec, new URL(f, www)).pathname.slice(www.pathname.length);
      assert.ok(list.includes(path), `${f} imports ${path}, which sw.js does not store`);
    }
  }
});
