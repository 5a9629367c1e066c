// The page's side of the analysis worker. At most one text is in the worker at
// a time; while it works, newer texts wait in `pending`, one per article, each
// replacing the one before. So a burst of typing or a 1 MB paste costs one
// analysis of the latest text, never a queue of stale ones, and an answer for
// a text that has since changed is dropped instead of shown.

/**
 * `onResult(key, {report, ms, text} | {error, text})` is called once for the
 * newest text of each article. Returns `analyze(key, text)`, `busy()`, and
 * `call(op, json)`: a promise of the worker's answer to `recheck` (a report
 * as JSON) or `regions`, answered in the order asked, between analyses.
 */
export function createAnalyzer(onResult) {
  const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let inflight = null;
  let nextId = 1;
  // Calls other than analyse: short, never stale, so each is answered.
  const calls = [];

  function pump() {
    if (inflight) return;
    if (calls.length) {
      const c = calls.shift();
      inflight = { id: nextId++, call: c };
      worker.postMessage({ id: inflight.id, op: c.op, json: c.json });
      return;
    }
    if (pending.size === 0) return;
    const [key, text] = pending.entries().next().value;
    pending.delete(key);
    inflight = { id: nextId++, key, text };
    worker.postMessage({ id: inflight.id, text });
  }

  worker.onmessage = ({ data }) => {
    if (!inflight || data.id !== inflight.id) return;
    const done = inflight;
    inflight = null;
    if (done.call) {
      if (data.error) done.call.reject(new TypeError(data.error));
      else done.call.resolve(JSON.parse(data.json));
      pump();
      return;
    }
    // A newer text for the same article is waiting: this answer is stale.
    if (!pending.has(done.key)) {
      if (data.error) onResult(done.key, { error: data.error, text: done.text });
      else onResult(done.key, { report: JSON.parse(data.json), ms: data.ms, text: done.text });
    }
    pump();
  };
  worker.onerror = (e) => {
    e.preventDefault?.();
    const done = inflight;
    inflight = null;
    if (done?.call) done.call.reject(new Error(e.message || 'worker error'));
    else if (done) onResult(done.key, { error: e.message || 'worker error', text: done.text });
    pump();
  };

  return {
    analyze(key, text) {
      pending.set(key, text);
      pump();
    },
    busy: () => inflight !== null || pending.size > 0 || calls.length > 0,
    call(op, json = null) {
      return new Promise((resolve, reject) => {
        calls.push({ op, json, resolve, reject });
        pump();
      });
    },
  };
}
