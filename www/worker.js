// The analysis runs here, off the page's main thread, so typing never waits
// for it. Messages: `{id, text}` in; `{id, json, ms}` (the report as a JSON
// string) or `{id, error}` out. A string crosses to the page as one cheap
// copy, and the page parses only the answers it still needs (ui/analyzer.js):
// a stale report of a 1 MB paste costs the page nothing.
import init, { analyze } from './pkg/cakupan.js';

const ready = init();

self.onmessage = async ({ data }) => {
  const { id, text } = data;
  try {
    await ready;
    const start = performance.now();
    const json = JSON.stringify(analyze(String(text ?? '')));
    self.postMessage({ id, json, ms: Math.round(performance.now() - start) });
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e) });
  }
};
