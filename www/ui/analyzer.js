// The page's side of the analysis worker. At most one text is in the worker at
// a time; while it works, newer texts wait in `pending`, one per article, each
// replacing the one before. So a burst of typing or a 1 MB paste costs one
// analysis of the latest text, never a queue of stale ones, and an answer for
// a text that has since changed is dropped instead of shown.

/**
 * `onResult(key, {report, ms, text} | {error, text})` is called once for the
 * newest text of each article. Returns `analyze(key, text)` and `busy()`.
 */
export function createAnalyzer(onResult) {
  const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let inflight = null;
  let nextId = 1;

  function pump() {
    if (inflight || pending.size === 0) return;
    const [key, text] = pending.entries().next().value;
    pending.delete(key);
    inflight = { id: nextId++, key, text };
    worker.postMessage({ id: inflight.id, text });
  }

  worker.onmessage = ({ data }) => {
    if (!inflight || data.id !== inflight.id) return;
    const done = inflight;
    inflight = null;
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
    if (done) onResult(done.key, { error: e.message || 'worker error', text: done.text });
    pump();
  };

  return {
    analyze(key, text) {
      pending.set(key, text);
      pump();
    },
    busy: () => inflight !== null || pending.size > 0,
  };
}
