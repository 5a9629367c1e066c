// A reader's corrections of one article, kept as an overlay on the core's
// reading rather than mixed into it: "back to the core's reading" deletes an
// entry, undo restores an earlier overlay, and what is saved is the text and
// the overlay alone (the core reads the text again on load).
//
//   overlay = { changed: {key: {field: value}}, removed: [key], added: [fact] }
//
// A core fact's key is where its figure stands in the text (`start:end` in
// UTF-16, `#n` for a second fact on the same span); an added fact has its own
// `id`. When the text is typed over, keys are moved with it (`shiftOverlay`).
// Pure data: no DOM.

/** The unit each metric's figure is counted in (SPEC.md). */
export const UNIT = {
  workforce: 'persons', participants: 'persons', uncovered: 'persons', target_participants: 'persons',
  beneficiaries: 'persons', to_register: 'persons',
  coverage_rate: 'percent', uncovered_rate: 'percent', target_rate: 'percent', growth_rate: 'percent',
  employers: 'employers', projects: 'projects',
  contributions: 'IDR', dues: 'IDR', benefits_paid: 'IDR',
};
export const EDIT_METRICS = Object.keys(UNIT);
export const SEGMENTS = ['all', 'formal', 'informal', 'construction', 'migrant', 'pbi'];
export const PROGRAMS = ['all', 'JHT', 'JKK', 'JKM', 'JP', 'JKP', 'beasiswa'];
export const APPROXES = ['exact', 'about', 'over', 'under', 'up_to'];
/** Metrics that name a programme (claims, cases, contributions). */
export const HAS_PROGRAM = new Set(['contributions', 'dues', 'benefits_paid', 'beneficiaries']);
/** The fields a reader may change, and what the core's reading of them was. */
export const FIELDS = ['metric', 'value', 'unit', 'approx', 'step', 'high', 'region', 'segment', 'program', 'period',
  'period_start', 'target_year'];

export const emptyOverlay = () => ({ changed: {}, removed: [], added: [] });
export const isEmpty = (o) => !o || (!Object.keys(o.changed).length && !o.removed.length && !o.added.length);
export const clone = (o) => JSON.parse(JSON.stringify(o ?? emptyOverlay()));

/** Keys of the core's facts, in their order: `start:end`, `start:end#2` for a second fact on one span. */
export function coreKeys(report) {
  const seen = new Map();
  return (report.facts ?? []).map((f) => {
    const u = f.span?.utf16 ?? [-1, -1];
    const base = `${u[0]}:${u[1]}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}#${n}` : base;
  });
}

const encoder = new TextEncoder();
/** A report span for `[s, e)` of `text`, in both encodings. */
export function spanOf(text, s, e) {
  const a = encoder.encode(text.slice(0, s)).length;
  return { utf8: [a, a + encoder.encode(text.slice(s, e)).length], utf16: [s, e] };
}

/**
 * The sentence around `[s, e)`: from after the previous full stop, question
 * or exclamation mark followed by a space, or line break, to the next one. A
 * dot inside a figure (`4.694.064`) is not an end.
 */
export function sentenceAround(text, s, e) {
  let from = s;
  while (from > 0) {
    const c = text[from - 1];
    if (c === '\n') break;
    if (/[.!?]/.test(c) && /\s/.test(text[from] ?? ' ') && from - 1 < s) break;
    from--;
  }
  while (from < s && /\s/.test(text[from])) from++;
  let to = e;
  while (to < text.length) {
    const c = text[to];
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && /\s|$/.test(text[to] ?? '')) break;
  }
  return [from, to];
}

/** The core's reading of a fact, as exports carry it beside an edit. */
function originalOf(f) {
  const o = {};
  for (const k of FIELDS) o[k] = f[k] ?? null;
  o.printed = f.printed ?? f.text ?? null;
  return o;
}

/**
 * The report as the reader corrected it, ready for `recheck`: removed facts
 * left out (kept in `removed` for the exports), changed ones with `edited:
 * true` and the core's `original` reading, added ones (`added: true`) placed
 * in text order. Returns `{report, keys}`, `keys[i]` naming fact i.
 */
export function applyOverlay(core, text, overlay) {
  const keys = coreKeys(core);
  const removed = new Set(overlay?.removed ?? []);
  const changed = overlay?.changed ?? {};
  const items = [];
  const gone = [];
  (core.facts ?? []).forEach((f, i) => {
    const key = keys[i];
    if (removed.has(key)) { gone.push({ ...f, removed: true }); return; }
    const c = changed[key];
    items.push({ key, fact: c ? { ...f, ...c, edited: true, original: originalOf(f) } : f, at: f.span?.utf16?.[0] ?? Infinity, i });
  });
  for (const a of overlay?.added ?? []) {
    const { id, at: start, end, ...rest } = a;
    const fact = { ...rest, edited: true, added: true, original: null };
    if (Number.isInteger(start) && Number.isInteger(end) && end <= text.length && end > start) {
      fact.span = spanOf(text, start, end);
      fact.spans = [fact.span];
      fact.text = text.slice(start, end);
      const [ss, se] = sentenceAround(text, start, end);
      fact.sentence_span = spanOf(text, ss, se);
      fact.sentence = text.slice(ss, se);
    } else {
      fact.span = null;
      fact.spans = [];
      fact.sentence_span = null;
      fact.sentence = '';
    }
    items.push({ key: `added:${id}`, fact, at: fact.span ? start : Infinity, i: Infinity });
  }
  // Core facts keep their order among themselves; an added fact goes before
  // the first core fact that stands after it in the text. Links between core
  // facts (part_of, change_of, change_from, restates) are renumbered to the new positions.
  const coreItems = items.filter((x) => x.i !== Infinity);
  const addedItems = items.filter((x) => x.i === Infinity).sort((a, b) => a.at - b.at);
  const ordered = [];
  let k = 0;
  for (const c of coreItems) {
    while (k < addedItems.length && addedItems[k].at < c.at) ordered.push(addedItems[k++]);
    ordered.push(c);
  }
  ordered.push(...addedItems.slice(k));
  const newIndex = new Map(ordered.filter((x) => x.i !== Infinity).map((x, n) => [x.i, ordered.indexOf(x)]));
  const relink = (j) => (j == null ? null : newIndex.get(j) ?? null);
  const facts = ordered.map(({ fact, i }) => (i === Infinity ? fact
    : { ...fact, part_of: relink(fact.part_of), change_of: relink(fact.change_of), change_from: relink(fact.change_from), restates: relink(fact.restates) }));
  const report = { ...core, facts, removed: gone };
  return { report, keys: ordered.map((x) => x.key) };
}

/**
 * Moves the overlay's keys after the text changed from `before` to `after`
 * by one stretch of typing: figures before the change keep their place,
 * figures after it move by the change's length, and edits of figures the
 * typing touched are dropped (the figure they were about is gone).
 */
export function shiftOverlay(overlay, before, after) {
  if (isEmpty(overlay) || before === after) return overlay;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const cutEnd = before.length - s;
  const delta = after.length - before.length;
  const move = (start, end) => {
    if (end <= p) return [start, end];
    if (start >= cutEnd) return [start + delta, end + delta];
    return null;
  };
  const moveKey = (key) => {
    const m = /^(\d+):(\d+)(#\d+)?$/.exec(key);
    if (!m) return null;
    const r = move(Number(m[1]), Number(m[2]));
    return r ? `${r[0]}:${r[1]}${m[3] ?? ''}` : null;
  };
  const out = emptyOverlay();
  for (const [key, c] of Object.entries(overlay.changed)) {
    const k = moveKey(key);
    if (k) out.changed[k] = c;
  }
  out.removed = overlay.removed.map(moveKey).filter(Boolean);
  for (const a of overlay.added) {
    if (!Number.isInteger(a.at)) { out.added.push(a); continue; }
    const r = move(a.at, a.end);
    if (r) out.added.push({ ...a, at: r[0], end: r[1] });
  }
  return out;
}

// --- figures as a person types them ----------------------------------------

const SCALE = {
  ribu: 1e3, rb: 1e3, thousand: 1e3, k: 1e3,
  juta: 1e6, jt: 1e6, million: 1e6, m: 1e6,
  miliar: 1e9, milyar: 1e9, billion: 1e9,
  triliun: 1e12, trillion: 1e12, t: 1e12,
};

/**
 * A figure typed or selected the Indonesian way: `4.694.064`, `41,30`,
 * `41,3 persen`, `Rp1,5 triliun`, `2,9 juta`, `sekitar 3,8 juta`. Returns
 * `{value, step, unit}` (`step`: the place value of the last digit, which
 * sets the figure's rounding; `unit`: `percent` or `IDR` when the words say
 * so, else null), or null when there is no figure. A dot followed by exactly
 * three digits groups thousands; any other dot or comma is the decimal mark.
 */
export function parseFigure(input) {
  const s = String(input ?? '').trim().toLowerCase();
  const m = /(-)?\s*(\d[\d.,]*)\s*(ribu|rb|thousand|juta|jt|million|miliar|milyar|billion|triliun|trillion|[kmt](?![a-z]))?/.exec(s);
  if (!m) return null;
  let digits = m[2].replace(/[.,]$/, '');
  let decimals = 0;
  const comma = digits.lastIndexOf(',');
  if (comma >= 0) {
    decimals = digits.length - comma - 1;
    digits = `${digits.slice(0, comma).replace(/[.,]/g, '')}.${digits.slice(comma + 1)}`;
  } else {
    const groups = digits.split('.');
    if (groups.length > 1 && groups.slice(1).every((g) => g.length === 3)) {
      digits = groups.join('');
    } else if (groups.length === 2) {
      decimals = groups[1].length;
    } else {
      digits = groups.join('');
    }
  }
  let value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const scale = SCALE[m[3]] ?? 1;
  value *= scale;
  if (m[1]) value = -value;
  const step = 10 ** -decimals * scale;
  let unit = null;
  if (/%|persen|percent/.test(s)) unit = 'percent';
  else if (/rp|idr|rupiah/.test(s)) unit = 'IDR';
  return { value: Number(value.toPrecision(15)), step: Number(step.toPrecision(15)), unit };
}

// --- periods as people write them -------------------------------------------

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** One point of a period label (`2023`, `2023-08`, `2023-08-31`, `2025-S1`, `2025-Q3`, `Y`, `Y-1`) for people. */
function periodPoint(label, lang, withYear = true) {
  const months = lang === 'en' ? MONTHS_EN : MONTHS_ID;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (m) return `${Number(m[3])} ${months[Number(m[2]) - 1]}${withYear ? ` ${m[1]}` : ''}`;
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return `${months[Number(m[2]) - 1]}${withYear ? ` ${m[1]}` : ''}`;
  m = /^(?:(\d{4})-)?([SQ])(\d)$/.exec(label);
  if (m) {
    const word = m[2] === 'S' ? (lang === 'en' ? 'H' : 'Semester ') : (lang === 'en' ? 'Q' : 'Triwulan ');
    const n = lang === 'en' ? m[3] : ROMAN[Number(m[3]) - 1] ?? m[3];
    return `${word}${n}${m[1] ? ` ${m[1]}` : ''}`;
  }
  m = /^Y([+-]\d+)?$/.exec(label);
  if (m) {
    const r = Number(m[1] ?? 0);
    if (r === 0) return lang === 'en' ? 'this year' : 'tahun ini';
    if (r === -1) return lang === 'en' ? 'last year' : 'tahun lalu';
    if (r === 1) return lang === 'en' ? 'next year' : 'tahun depan';
    return lang === 'en' ? `${Math.abs(r)} years ${r < 0 ? 'ago' : 'later'}` : `${Math.abs(r)} tahun ${r < 0 ? 'sebelumnya' : 'kemudian'}`;
  }
  return label;
}

/**
 * A fact's period for people: `Agu 2023`, `Jan–Agu 2023`, `31 Des 2021`,
 * `Semester I 2025`, `tahun ini`; never an ISO code or a bare `Y`.
 */
export function formatPeriod(end, start = null, lang = 'id') {
  if (!end) return '';
  if (start && start !== end) {
    const sameYear = start.slice(0, 4) === end.slice(0, 4) && /^\d{4}/.test(start);
    return `${periodPoint(start, lang, !sameYear)}–${periodPoint(end, lang)}`;
  }
  return periodPoint(end, lang);
}

const MONTH_WORDS = [
  ['jan', 'januari', 'january'], ['feb', 'februari', 'february', 'pebruari'], ['mar', 'maret', 'march'],
  ['apr', 'april'], ['mei', 'may'], ['jun', 'juni', 'june'], ['jul', 'juli', 'july'],
  ['agu', 'ags', 'agt', 'agustus', 'aug', 'august'], ['sep', 'sept', 'september'], ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november', 'nopember'], ['des', 'desember', 'dec', 'december'],
];
const monthOf = (w) => MONTH_WORDS.findIndex((ws) => ws.includes(w.toLowerCase().replace(/\.$/, ''))) + 1;

function parsePoint(s, fallbackYear) {
  const t = s.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (m) return { label: t, year: m[1] };
  m = /^(semester|triwulan|kuartal|H|Q)\s*(IV|I{1,3}|[1-4])(?:\s+(\d{4}))?$/i.exec(t);
  if (m) {
    const n = /^\d$/.test(m[2]) ? Number(m[2]) : ROMAN.indexOf(m[2].toUpperCase()) + 1;
    const kind = /^(semester|h)$/i.test(m[1]) ? 'S' : 'Q';
    if ((kind === 'S' && n > 2) || n < 1) return null;
    return { label: m[3] ? `${m[3]}-${kind}${n}` : `${kind}${n}`, year: m[3] };
  }
  m = /^(?:(\d{1,2})\s+)?([A-Za-z.]+)(?:\s+(\d{4}))?$/.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    const year = m[3] ?? fallbackYear;
    if (!month || !year) return null;
    const mm = String(month).padStart(2, '0');
    return { label: m[1] ? `${year}-${mm}-${String(Number(m[1])).padStart(2, '0')}` : `${year}-${mm}`, year };
  }
  return null;
}

/**
 * Reads a period typed in the forms `formatPeriod` writes (`Agu 2023`,
 * `Jan–Agu 2023`, `31 Des 2021`, `2023`) or as ISO (`2023-08`). Returns
 * `{period, period_start}`, both null for an empty field, or null when the
 * text is not a period.
 */
export function parsePeriod(input) {
  const s = String(input ?? '').trim();
  if (!s) return { period: null, period_start: null };
  const parts = s.split(/\s*(?:–|—|-(?!\d{2}\b)|s\.?d\.?|sampai|to)\s*/i).filter(Boolean);
  if (parts.length === 1 || /^\d{4}-\d{2}(-\d{2})?$/.test(s)) {
    const p = parsePoint(s);
    return p ? { period: p.label, period_start: null } : null;
  }
  if (parts.length !== 2) return null;
  const end = parsePoint(parts[1]);
  if (!end) return null;
  const start = parsePoint(parts[0], end.year);
  return start ? { period: end.label, period_start: start.label } : null;
}
