// Shared set-up for the end-to-end tests: a static server on a free port and a
// headless Debian Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves `root` (default www/) and returns `{ url, close }`. */
export async function site(root = 'www', prefix = '/') {
  const server = await serve(root, 0, prefix);
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
