// A small static file server for the page and the tests: correct MIME types
// (application/wasm for .wasm), no caching, no directory listings, localhost only.
//   node scripts/serve.mjs [ROOT=www] [PORT=8080] [PREFIX=/]
// With PREFIX=/sub/path/ the files are served under that path (sub-path hosting).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

export function serve(root, port = 0, prefix = '/') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) { res.writeHead(404); res.end('not found'); return; }
      path = '/' + path.slice(prefix.length);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403); res.end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'www', port = '8080', prefix = '/'] = process.argv.slice(2);
  const server = await serve(root, Number(port), prefix);
  console.log(`cakupan is served at http://localhost:${server.address().port}${prefix}`);
}
