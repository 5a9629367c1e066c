// The analysis runs here, off the page's main thread, so typing never waits
// for it. Messages in: `{id, text}` (analyse a text), `{id, op: 'recheck',
// json}` (recompute a corrected report's checks, derived figures and
// coverage) or `{id, op: 'regions'}` (the gazetteer). Out: `{id, json, ms}`
// (the answer as a JSON string) or `{id, error}`. A string crosses to the page
// as one cheap copy, and the page parses only the answers it still needs
// (ui/analyzer.js): a stale report of a 1 MB paste costs the page nothing.
import init, { analyze, recheck, regions } from './pkg/cakupan.js';

const ready = init();

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
