// The box beside a paste area (embed.html, and the page of the file:// build):
// an article handed over in the address by a <cakupan-box>'s "full report"
// link (#z=<deflate-raw, base64url> or #t=<percent-encoded>) is put into the
// text area, where the box in full mode reads it. A classic script with no
// imports, so the file:// build can load it. The fragment never leaves the
// browser.
(async () => {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  let text = params.get('t');
  if (text == null && params.has('z') && typeof DecompressionStream === 'function') {
    try {
      const b64 = params.get('z').replace(/-/g, '+').replace(/_/g, '/');
      const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
      const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      text = await new Response(stream).text();
    } catch { text = null; }
  }
  if (text == null) return;
  const area = document.getElementById('teks');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  history.replaceState(null, '', location.pathname + location.search);
})();
