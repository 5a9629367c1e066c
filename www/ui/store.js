// Keeps the reader's work on this machine, in IndexedDB: the articles' texts,
// their labels, the corrections (ui/edits.js overlays), which one is open, and
// the language chosen. One record, written a moment after each change, so a
// reload or a browser restart finds everything; nothing is ever sent anywhere.
//
// Storage may be refused (a private window, a blocked site, a disabled
// profile) or full: then `save` and `load` fail, the page says so once
// (`onTrouble`), and goes on working without them.

const DB = 'cakupan';
const STORE = 'state';
const KEY = 'work';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let dbPromise = null;
function open() {
  dbPromise ??= new Promise((resolve, reject) => {
    let req;
    try {
      req = indexedDB.open(DB, 1);
    } catch (e) {
      reject(e);
      return;
    }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
  dbPromise.catch(() => { dbPromise = null; });
  return dbPromise;
}

async function tx(mode, fn) {
  const db = await open();
  const t = db.transaction(STORE, mode);
  const done = new Promise((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onabort = () => reject(t.error ?? new Error('transaction aborted'));
    t.onerror = () => reject(t.error ?? new Error('transaction failed'));
  });
  const result = await fn(t.objectStore(STORE));
  await done;
  return result;
}

/**
 * `createStore(onTrouble)` returns `{load(), save(state), clear()}`. `save`
 * waits `delay` ms and keeps only the latest state; `flush()` writes at once.
 */
export function createStore(onTrouble, delay = 250) {
  let timer = 0;
  let latest = null;
  let troubled = false;
  const trouble = (e) => {
    if (!troubled) {
      troubled = true;
      onTrouble(e);
    }
  };
  const write = async () => {
    timer = 0;
    const value = latest;
    latest = null;
    if (value == null) return;
    try {
      await tx('readwrite', (s) => request(s.put(value, KEY)));
    } catch (e) {
      trouble(e);
    }
  };
  return {
    async load() {
      try {
        return (await tx('readonly', (s) => request(s.get(KEY)))) ?? null;
      } catch (e) {
        trouble(e);
        return null;
      }
    },
    save(state) {
      latest = state;
      clearTimeout(timer);
      timer = setTimeout(write, delay);
    },
    flush() {
      clearTimeout(timer);
      return write();
    },
    async clear() {
      clearTimeout(timer);
      latest = null;
      try {
        await tx('readwrite', (s) => request(s.delete(KEY)));
      } catch (e) {
        trouble(e);
      }
      try { localStorage.removeItem('cakupan-lang'); } catch { /* nothing stored there */ }
    },
    get troubled() { return troubled; },
  };
}
