// The native CLI and the WebAssembly build give the same report, field by
// field, for every seed and every text of the development corpus: the page, the
// box and an archive run read an article the same way. The WebAssembly module
// is the one scripts/build.sh wrote to www/pkg/ (run in Node, as the npm
// package runs); the CLI is the release binary. The corpus is read where it
// lives, beside the project ($CAKUPAN_SHARED, ../shared or /work/shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHARED } from './page-helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

const corpusDir = () => `${SHARED}/corpus`;

test('the CLI and the WebAssembly build report the same, for every seed and corpus text', async () => {
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'cakupan'], { cwd: repo, stdio: 'pipe' });
  const { initSync, analyze } = await import(`${repo}www/pkg/cakupan.js`);
  initSync({ module: readFileSync(`${repo}www/pkg/cakupan_bg.wasm`) });

  const files = readdirSync(`${repo}tests/seeds`).filter((f) => f.endsWith('.txt')).map((f) => `${repo}tests/seeds/${f}`);
  const corpus = corpusDir();
  assert.ok(corpus, 'the development corpus beside the project (set CAKUPAN_SHARED)');
  files.push(...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => `${corpus}/${f}`));
  assert.ok(files.length >= 67, `${files.length} texts`);

  for (const file of files) {
    const native = JSON.parse(execFileSync(`${repo}target/release/cakupan`, [file], { maxBuffer: 64 << 20 }).toString('utf8'));
    const wasm = analyze(readFileSync(file, 'utf8'));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(wasm)), native, `${file}: the reports differ`);
  }
});
