// An article handed to the page in its address, by the <cakupan-box>'s "full
// report" link: `index.html#z=<deflate-raw, base64url>` (or `#t=<percent-
// encoded text>` from a browser without CompressionStream), optionally
// `&check=N`, the check the box named. The fragment never leaves the browser;
// the page reads it once, opens the article and forgets the fragment.

/** `{text, check}` from a location's hash, or null when it carries no article. */
export async function readSharedArticle(hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const check = params.has('check') && /^\d+$/.test(params.get('check')) ? Number(params.get('check')) : null;
  if (params.has('t')) return { text: params.get('t'), check };
  if (!params.has('z') || typeof DecompressionStream !== 'function') return null;
  try {
    const b64 = params.get('z').replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return { text: await new Response(stream).text(), check };
  } catch {
    return null;
  }
}
