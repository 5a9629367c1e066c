// Numbers the Indonesian way, in every language of the page: `.` groups
// thousands, `,` marks decimals (7.996.826; 41,30%; Rp1 triliun; Rp70,2 miliar),
// so the table reads like the article it came from.

const count = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const scaled = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

const SCALES = [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta']];

/** 7996826 → "7.996.826"; non-finite numbers → "—". */
export function formatCount(n) {
  return Number.isFinite(n) ? count.format(n) : '—';
}

/** 41.3 → "41,30%". */
export function formatPercent(n) {
  return Number.isFinite(n) ? `${pct.format(n)}%` : '—';
}

/** 1e12 → "Rp1 triliun", 70.2e9 → "Rp70,2 miliar", 16800 → "Rp16.800". */
export function formatRupiah(n) {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (abs >= size) return `Rp${scaled.format(n / size)} ${word}`;
  }
  return `Rp${count.format(n)}`;
}

/** A value in its unit: "percent" and "IDR" get their signs; anything else is a count. */
export function formatValue(value, unit) {
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'IDR') return formatRupiah(value);
  return formatCount(value);
}

/** Percentage points: 18.2 → "18,20". */
export function formatPoints(n) {
  return pct.format(n);
}
