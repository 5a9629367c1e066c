// Builds the three things cakupan ships, from www/ (run scripts/build.sh first):
//
//   dist/pkg/      the npm package `cakupan`: the ES module (init, initSync,
//                  analyze, version), the .wasm, the TypeScript types, and the
//                  <cakupan-box> element with its types.
//   dist/site/     the static site (the page, the demo, the box) for any static
//                  server, at the root or under any sub-path.
//   dist/offline/  a build that opens from file:// (a USB stick, a shared
//                  folder): one classic script, cakupan.offline.js, carries the
//                  core as base64 and the element; index.html (the box beside a
//                  paste area) and demo.html load it. Chromium refuses module
//                  scripts, fetch() of .wasm, workers and service workers on
//                  file:// pages, so nothing there uses them.
//
//   node scripts/package.mjs
//
// Every text rewrite below checks that it matched, so a change in the files it
// rewrites fails here, not in a user's browser.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const www = `${root}www/`;
const dist = `${root}dist/`;

/** `text.replace(from, to)` that fails unless `from` matched. */
function replace(text, from, to, what) {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`package: could not rewrite ${what} (${from})`);
  return out;
}

const cargo = await readFile(`${root}Cargo.toml`, 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"`, 'm'))[1];
const version = field('version');

const box = await readFile(`${www}cakupan-box.js`, 'utf8');
const boxTypes = await readFile(`${www}cakupan-box.d.ts`, 'utf8');
const glue = await readFile(`${www}pkg/cakupan.js`, 'utf8');
const wasm = await readFile(`${www}pkg/cakupan_bg.wasm`);

await rm(dist, { recursive: true, force: true });

// --- dist/pkg: the npm package -------------------------------------------
const pkg = `${dist}pkg/`;
await mkdir(pkg, { recursive: true });
for (const f of ['cakupan.js', 'cakupan_bg.wasm', 'cakupan.d.ts', 'cakupan_bg.wasm.d.ts']) {
  await cp(`${www}pkg/${f}`, `${pkg}${f}`);
}
let flatBox = replace(box, "const CORE_PATH = './pkg/cakupan.js';", "const CORE_PATH = './cakupan.js';", 'CORE_PATH');
// The package has no page of its own to link to: the link shows when the host
// sets report-href.
flatBox = replace(flatBox, "const PAGE_PATH = './index.html';", 'const PAGE_PATH = null;', 'PAGE_PATH');
await writeFile(`${pkg}cakupan-box.js`, flatBox);
await writeFile(`${pkg}cakupan-box.d.ts`, replace(boxTypes, "from './pkg/cakupan.js'", "from './cakupan.js'", 'box types import'));
const files = ['cakupan.js', 'cakupan_bg.wasm', 'cakupan.d.ts', 'cakupan_bg.wasm.d.ts', 'cakupan-box.js', 'cakupan-box.d.ts'];
const manifest = {
  name: 'cakupan',
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './cakupan.js',
  module: './cakupan.js',
  types: './cakupan.d.ts',
  exports: {
    '.': { types: './cakupan.d.ts', default: './cakupan.js' },
    './box': { types: './cakupan-box.d.ts', default: './cakupan-box.js' },
    './cakupan-box.js': { types: './cakupan-box.d.ts', default: './cakupan-box.js' },
    './cakupan_bg.wasm': './cakupan_bg.wasm',
    './package.json': './package.json',
  },
  files: [...files, 'README.md'],
  sideEffects: ['./cakupan-box.js'],
  keywords: ['bpjs', 'ketenagakerjaan', 'indonesia', 'fact-checking', 'webassembly', 'custom-element'],
};
await writeFile(`${pkg}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
await writeFile(`${pkg}README.md`, `# cakupan ${version}

Reads the numbers in an Indonesian news article about BPJS Ketenagakerjaan
coverage and checks their arithmetic, in the browser (WebAssembly).

\`\`\`js
import init, { analyze } from 'cakupan';
await init();                 // fetches cakupan_bg.wasm beside cakupan.js
const report = analyze(text); // see Report in cakupan.d.ts
\`\`\`

In Node: \`initSync({ module: readFileSync(require.resolve('cakupan/cakupan_bg.wasm')) })\`.

The coverage box for a news page:

\`\`\`html
<script type="module" src="node_modules/cakupan/cakupan-box.js"></script>
<cakupan-box for="article-body" lang="id" mode="compact" report-href="/cakupan/"></cakupan-box>
\`\`\`

It fires \`cakupan-report\` (detail: the Report) and is themed with
\`--cakupan-accent\`, \`--cakupan-bg\`, \`--cakupan-fg\`, \`--cakupan-font\` and the
other \`--cakupan-*\` properties listed in cakupan-box.js.
`);

// --- dist/site: the static site ------------------------------------------
await cp(www, `${dist}site/`, { recursive: true });

// --- dist/offline: the file:// build -------------------------------------
// The wasm-bindgen glue as a classic script: no `export`, no import.meta.
let classicGlue = replace(glue, /^export \{[^}]*\};?\s*$/m, '', 'glue export list');
classicGlue = classicGlue.replace(/^export (function|class|const|let|async function) /gm, '$1 ');
classicGlue = replace(classicGlue, /new URL\('cakupan_bg\.wasm', import\.meta\.url\)/, "'cakupan_bg.wasm'", 'glue import.meta.url');
if (/\bexport\b|import\.meta/.test(classicGlue.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) {
  throw new Error('package: the glue still has an export or import.meta');
}
const classicBox = replace(
  box.replace(/^export (async function|function|class) /gm, '$1 '),
  'const HERE = import.meta.url;',
  'const HERE = document.currentScript?.src ?? location.href;',
  'box import.meta.url',
);
// 76-character lines keep the file viewable in an editor.
const b64 = wasm.toString('base64').replace(/.{1,76}/g, '$&\n');
const offline = `// cakupan ${version}, the file:// build: the WebAssembly core (as base64)
// and the <cakupan-box> element in one classic script. Generated by
// scripts/package.mjs from www/pkg/cakupan.js and www/cakupan-box.js.
// After it runs, globalThis.cakupan = { analyze, version } and
// <cakupan-box> is defined.
(() => {
${classicGlue}
const b64 = \`
${b64}\`;
const bin = atob(b64.replace(/\\s+/g, ''));
const bytes = new Uint8Array(bin.length);
for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
initSync({ module: bytes });
globalThis.cakupan = Object.freeze({ analyze, version });
})();
(() => {
${classicBox}
})();
`;
const off = `${dist}offline/`;
await mkdir(off, { recursive: true });
await writeFile(`${off}cakupan.offline.js`, offline);
await cp(`${www}demo.css`, `${off}demo.css`);
// The pages, with the module scripts swapped for the classic one. The CSP
// stays: script-src 'self' admits a file: script beside a file: page in
// Chromium, and 'wasm-unsafe-eval' admits the synchronous compile.
const toOffline = (html, name) => {
  let out = replace(html, '<script type="module" src="cakupan-box.js"></script>',
    '<script defer src="cakupan.offline.js"></script>', `${name} box script`);
  out = out.replace(/<script type="module" src="([\w.-]+)"><\/script>/g, '<script defer src="$1"></script>');
  return out;
};
await writeFile(`${off}index.html`, toOffline(await readFile(`${www}embed.html`, 'utf8'), 'embed.html'));
await writeFile(`${off}demo.html`, toOffline(await readFile(`${www}demo.html`, 'utf8'), 'demo.html'));
await cp(`${www}demo.js`, `${off}demo.js`);
await cp(`${www}embed.js`, `${off}embed.js`);

const list = async (dir) => (await readdir(dir)).sort().join(' ');
console.log(`dist/pkg:     ${await list(pkg)}`);
console.log(`dist/site:    ${await list(`${dist}site/`)}`);
console.log(`dist/offline: ${await list(off)}`);
