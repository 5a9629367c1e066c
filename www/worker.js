// The analysis runs here, off the page's main thread, so typing never waits
// for it. Messages in: `{id, text}` (analyse a text), `{id, op: 'recheck',
// json}` (recompute a corrected report's checks, derived figures and
// coverage) or `{id, op: 'regions'}` (the gazetteer). Out: `{id, json, ms}`
// (the answer as a JSON string) or `{id, error}`. A string crosses to the page
// as one cheap copy, and the page parses only the answers it still needs
// (ui/analyzer.js): a stale report of a 1 MB paste costs the page nothing.
import init, { analyze, recheck, regions } from './pkg/cakupan.js';

// The first analysis builds the patterns and tables (about 0.1 s in Chromium,
// docs/PERFORMANCE.md): done here, while the reader is still reading the page,
// so the first article pasted is answered as fast as the next ones.
const WARM_UP = 'Jakarta - Hingga 31 Januari 2025 tercatat 1.000 pekerja (Foto: Antara).';
const ready = init().then(() => {
  try { analyze(WARM_UP); } catch { /* an error shows on the reader's own text */ }
});

self.onmessage = async ({ data }) => {
  const { id, op = 'analyze' } = data;
  try {
    await ready;
    const start = performance.now();
    let out;
    if (op === 'recheck') out = recheck(JSON.parse(data.json));
    else if (op === 'regions') out = regions();
    else out = analyze(String(data.text ?? ''));
    self.postMessage({ id, json: JSON.stringify(out), ms: Math.round(performance.now() - start) });
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e) });
  }
};
