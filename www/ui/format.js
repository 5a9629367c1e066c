// Numbers in the page's language, one convention per language everywhere:
// Indonesian `.` groups thousands and `,` marks decimals (7.996.826; 41,30%;
// Rp1 triliun; Rp70,2 miliar), English the other way round (7,996,826;
// 41.30%; Rp1 trillion; Rp70.2 billion). The core's messages follow the same
// convention (i18n.js `message`).

import { getLang } from './i18n.js';

const LOCALES = { id: 'id-ID', en: 'en-US' };
const SCALES = {
  id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta']],
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
};

const formats = new Map();
/** An Intl.NumberFormat for the current language, made once. */
function nf(kind) {
  const key = `${getLang()}:${kind}`;
  if (!formats.has(key)) {
    const locale = LOCALES[getLang()] ?? LOCALES.id;
    const options = {
      count: { maximumFractionDigits: 2 },
      pct: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
      scaled: { maximumFractionDigits: 3 },
    }[kind];
    formats.set(key, new Intl.NumberFormat(locale, options));
  }
  return formats.get(key);
}

/** 7996826 → "7.996.826" (English: "7,996,826"); non-finite numbers → "—". */
export function formatCount(n) {
  return Number.isFinite(n) ? nf('count').format(n) : '—';
}

/** 41.3 → "41,30%" (English: "41.30%"). */
export function formatPercent(n) {
  return Number.isFinite(n) ? `${nf('pct').format(n)}%` : '—';
}

/** 1e12 → "Rp1 triliun", 70.2e9 → "Rp70,2 miliar", 16800 → "Rp16.800" (English: trillion, billion, million). */
export function formatRupiah(n) {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  for (const [size, word] of SCALES[getLang()] ?? SCALES.id) {
    if (abs >= size) return `Rp${nf('scaled').format(n / size)} ${word}`;
  }
  return `Rp${nf('count').format(n)}`;
}

/** A value in its unit: "percent" and "IDR" get their signs; anything else is a count. */
export function formatValue(value, unit) {
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'IDR') return formatRupiah(value);
  if (unit === 'points') return formatPoints(value);
  return formatCount(value);
}

/** Percentage points: 18.2 → "18,20" (English: "18.20"). */
export function formatPoints(n) {
  return Number.isFinite(n) ? nf('pct').format(n) : '—';
}

/**
 * A figure at the precision it was printed with: `step` is the place value of
 * its last printed digit (0.01 for 24,22; 1000 for 610 ribu), so 24.22 stays
 * "24,22" and never "24,220000000000002". For the CSV export: `decimal` is the
 * decimal mark, no thousands grouping.
 */
export function atPrecision(value, step, decimal = '.') {
  if (!Number.isFinite(value)) return '';
  const places = Number.isFinite(step) && step > 0 && step < 1 ? Math.min(10, Math.round(-Math.log10(step))) : 0;
  // Whole numbers print whole; a figure with more digits than `step` says keeps up to 10.
  let s = places ? value.toFixed(places) : (Number.isInteger(value) ? String(value) : String(+value.toFixed(10)));
  if (decimal !== '.') s = s.replace('.', decimal);
  return s;
}
