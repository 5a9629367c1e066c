// The offline copy of the page, and of the demo news page and the box beside
// a paste area, so that offline each shows itself (an address not stored
// falls back to the page). On install it stores every file they need
// (PRECACHE; tests/e2e/page-files.test.mjs checks the list against www/);
// afterwards each same-origin GET goes to the network first, refreshes
// the stored copy, and falls back to it when the network fails or is slower
// than NETWORK_TIMEOUT_MS. Network-first keeps the page, its modules and its
// WebAssembly from the same release whenever a network is there.
// Cross-origin requests are not touched (the page makes none).

const CACHE = 'cakupan-page-v3';
const NETWORK_TIMEOUT_MS = 4000;

const PRECACHE = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'worker.js',
  'manifest.webmanifest',
  'ui/analyzer.js',
  'ui/compare.js',
  'ui/coverage.js',
  'ui/dom.js',
  'ui/editor.js',
  'ui/edits.js',
  'ui/export.js',
  'ui/format.js',
  'ui/htmlreport.js',
  'ui/i18n.js',
  'ui/report.js',
  'ui/share.js',
  'ui/split.js',
  'ui/store.js',
  'ui/textview.js',
  'ui/tip.js',
  'pkg/cakupan.js',
  'pkg/cakupan_bg.wasm',
  'icons/icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/icon-maskable-512.png',
  'samples/index.json',
  'samples/000_3a9d326befe90443.txt',
  'samples/001_39314790dc0683d8.txt',
  'samples/002_da70ce923e7f6e18.txt',
  'samples/003_5c7de55c21b6b812.txt',
  'samples/004_863b6271acea14ee.txt',
  'demo.html',
  'demo.css',
  'demo.js',
  'embed.html',
  'embed.js',
  'cakupan-box.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('cakupan-page-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function fromNetwork(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((c) => c.put(request, copy)).catch(() => {});
    }
    return response;
  } finally {
    clearTimeout(timer);
  }
}

async function respond(request) {
  try {
    return await fromNetwork(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' })
      ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
