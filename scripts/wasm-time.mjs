// Times the WebAssembly core in Node (V8, the engine Chromium uses) on the
// seeds and on 64 KB of concatenated seed text. Used by scripts/size-variants.sh
// to weigh a build's size against its speed; the browser figures of record
// are the perf benchmark's.
//   node scripts/wasm-time.mjs DIR   (DIR has cakupan.js and cakupan_bg.wasm)
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'www/pkg');
const seedsDir = new URL('../tests/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

const t0 = performance.now();
const core = await import(pathToFileURL(`${dir}/cakupan.js`).href);
core.initSync({ module: readFileSync(`${dir}/cakupan_bg.wasm`) });
const t1 = performance.now();
core.analyze(seeds[0]);
const t2 = performance.now();

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (text, runs) => median(Array.from({ length: runs }, () => {
  const s = performance.now();
  core.analyze(text);
  return performance.now() - s;
}));
const perSeed = seeds.map((s) => time(s, 200));
let big = '';
while (big.length < 1 << 16) big += seeds.join('\n\n') + '\n\n';
big = big.slice(0, 1 << 16);
const mb = time(big, 3) * 16;
const f = (x) => x.toFixed(3);
console.log(`init ${f(t1 - t0)} ms | first analysis ${f(t2 - t1)} ms | seeds median ${perSeed.map(f).join(' ')} ms | 64 KB x16 ${f(mb)} ms (${f(1000 / mb)} MB/s)`);
