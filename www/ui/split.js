// Several articles in one paste. A reader who copies five articles one after
// the other into the box gets one report whose figures cross articles; this
// module finds where one article ends and the next begins, so the page can
// offer to split them:
//   - a separator line of `---` or `===` (three or more), as before;
//   - else the start of a news article: a dateline (`PADANG, HARIANHALUAN.id —`,
//     `Bandarlampung (ANTARA) -`, `Bisnis.com, JAKARTA –`, `KENDARI –`), or a
//     headline followed by a date bar or byline (`Sabtu 30-03-2024,20:04 WIB`,
//     `Penulis: ...`). The piece begins at the article's header: the lines just
//     above its dateline that are a headline, a date bar, a byline, a caption or
//     a site's label, not the last paragraph of the article before.
// A second article start counts only when a real body (a few sentences) lies
// before it, so one article's header block never splits it. Pure functions of
// the text; linear in its length.

/** A line of only `---` or `===` (three or more) separates pasted articles. */
export const SEPARATOR = /^[ \t]*(?:-{3,}|={3,})[ \t]*$/m;

const DAYS = 'senin|selasa|rabu|kamis|jumat|jum\'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember'
  + '|january|february|march|may|june|july|august|october|december'
  + '|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec';

const MONTH_RE = new RegExp(`\\b(?:${MONTHS})\\b`);
const MONTH_G = new RegExp(`\\b(?:${MONTHS})\\b`, 'g');
const DAY_RE = new RegExp(`\\b(?:${DAYS})\\b`);
const DAY_G = new RegExp(`\\b(?:${DAYS})\\b`, 'g');

/**
 * A dateline: a place and/or the outlet (at most 50 characters, five words),
 * then a dash or a bar (`PADANG, HARIANHALUAN.id—`, `Bandarlampung (ANTARA) -`,
 * `Bisnis.com, JAKARTA –`, `KENDARI –`, `NABIRE, TOMEI.ID |`). The head must
 * look like one: a web address, a parenthesised agency, or a place in capitals
 * (not an acronym such as BPJS that opens an ordinary sentence); a title-case
 * place alone (`Ternate –`) only before a long lead on the same line.
 */
const DATELINE = /^[ \t]*(.{2,50}?)[ \t]*(?:-(?=\s|$)|--|–|—|\|)/u;
const HEAD_CHARS = /^[\p{L}\d.,&'’()/ -]+$/u;
const WEB = /[\p{L}\d-]\.(?:com|co\.id|id|co|net|org|tv|news)\b/iu;
const AGENCY = /\((?:\p{Lu}{2,}|[Aa]ntara|[\p{L}.]+\.(?:com|id|co\.id))[^)]*\)/u;
/** Outlet and place glued: `Barometer.co.id-Manado.`, `Palu-TransTV45.Com//`, `JAKARTA. ` (Kontan). */
const DOMAIN = '\\.(?:[Cc]om|COM|co\\.id|CO\\.ID|id|ID)';
const GLUED = new RegExp(`^[ \\t]*(?:[\\p{L}\\d-]+(?:\\.[\\p{L}\\d]+)*${DOMAIN}[-–—]\\p{Lu}[\\p{L} ]{2,24}[.,][ \\t]`
  + `|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?-[\\p{L}\\d.]+${DOMAIN}\\/\\/|\\p{Lu}{4,}(?: \\p{Lu}{3,})?\\.[ \\t]+\\p{Lu})`, 'u');
const ACRONYMS = new Set(['BPJS', 'BPJAMSOSTEK', 'JAMSOSTEK', 'DPRD', 'DPR', 'JKN', 'JHT', 'JKK', 'JKM', 'JKP', 'PHK', 'UMKM',
  'BPU', 'ASN', 'TNI', 'POLRI', 'KPK', 'BPS', 'PMI', 'UCJ', 'UHC', 'APBD', 'APBN', 'OJK', 'PBI', 'PPU', 'PBPU', 'KIS', 'THR', 'UMP', 'UMR']);

/** `{head, rest}` when `line` opens with a dateline, else null. */
function datelineHead(line) {
  if (GLUED.test(line) && !ACRONYMS.has(line.trim().split(/[.\s]/)[0])) return { head: line.trim().split(/[\s/]/)[0], rest: '' };
  const m = DATELINE.exec(line);
  if (!m) return null;
  const head = m[1].trim().replace(/,$/, '').trim();
  if (head.length < 3 || !HEAD_CHARS.test(head)) return null;
  const words = head.split(/[\s,]+/).filter(Boolean);
  if (words.length > 5) return null;
  const rest = line.slice(m[0].length).trim();
  if (WEB.test(head) || AGENCY.test(head)) return { head, rest };
  const first = words[0].replace(/[^\p{L}]/gu, '');
  const caps = first.length >= 3 && first === first.toUpperCase() && /\p{Lu}/u.test(first) && !ACRONYMS.has(first);
  if (caps && (words.length <= 2 || /^[^,\s]+,/.test(head))) return { head, rest };
  if (words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}.]+$/u.test(w)) && rest.length >= 80) return { head, rest };
  return null;
}

/** `Selasa, 11 Oktober 2022 07:39 WIB`, `18/03/2026`, `Thursday, November 6, 2025`, `Nusantaratv.com - 16 November 2022`. */
function isDateBar(line) {
  const s = line.trim();
  if (s.length > 90 || s.length < 6 || /^["“']|[.!?"”]$/.test(s)) return false;
  const lower = s.toLowerCase();
  const numeric = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/.test(s);
  const named = MONTH_RE.test(lower) && /\b(?:19|20)\d{2}\b/.test(s);
  const day = DAY_RE.test(lower);
  const time = /\b\d{1,2}[:.]\d{2}\b/.test(s) && /\b(?:wib|wita|wit)\b/.test(lower);
  if (!(numeric || named || (day && time))) return false;
  // Little else on the line: a name, an outlet, `Diterbitkan`, `Date`.
  const rest = lower.replace(MONTH_G, ' ').replace(DAY_G, ' ').replace(/\b(?:wib|wita|wit)\b/g, ' ')
    .replace(/[\d/:.,|()-]+/g, ' ').split(/\s+/).filter((w) => w.length > 1);
  return rest.length <= 4;
}

const BYLINE_WORDS = /^[ \t]*(?:(?:penulis|reporter|editor|pewarta|redaktur|penyunting|author|writer)\s*[:|]|laporan wartawan\b)/iu;
const BY_NAME = /^[ \t]*(?:[Oo]leh|[Bb]y)\s+\p{Lu}/u;
/** `Penulis: A | Editor: B`, `Oleh Ahmad`, `Laporan Wartawan Tribunnews.com, A`: a short line. */
const isByline = (line) => line.trim().length <= 140 && (BYLINE_WORDS.test(line) || BY_NAME.test(line));
const LABEL = /^[ \t]*(?:(?:advertisement|iklan|bagikan|share|ilustrasi|foto|category|kategori)\b|home|beranda)/iu;

const SMALL = new Set(['di', 'ke', 'dan', 'dari', 'yang', 'untuk', 'atau', 'dengan', 'pada', 'dalam', 'oleh', 'bagi', 'tak',
  'the', 'of', 'to', 'in', 'and', 'for', 'on', 'at', 'by', 'a', 'an', 'be', 'is']);

/** Most words (not the small ones) open with a capital or a figure: `Ada 118 Ribu Pekerja Formal di Bengkulu`. */
function isTitleCase(s) {
  const words = s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+/u, '')).filter((w) => w && !SMALL.has(w.toLowerCase()));
  if (!words.length) return false;
  const big = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return big / words.length >= 0.85;
}

/** A headline: a few words, short, no sentence end, starts with a capital or a figure. */
function isHeadline(line) {
  const s = line.trim();
  if (s.length < 15 || s.length > 170) return false;
  // One sentence at most: no `. Next` inside.
  if (/[.!?]["”]?\s+\p{Lu}/u.test(s)) return false;
  if (!/^[\p{Lu}\d]/u.test(s) || isByline(s) || CLOSING.test(s) || LABEL.test(s) || isDateBar(s)) return false;
  if (/[.,;:!"”’]$/.test(s) && !/\.\.\.$/.test(s)) return false;
  return s.split(/\s+/).length >= 3;
}

/** What closes an article on a news page: its credits and the site's lists after it. */
const CLOSING = /^[ \t]*(?:pewarta|copyright|©|baca juga|baca:|berita terkait|artikel terkait|latest news|related|tags?\b|topik|terpopuler|most popular|sumber\s*:)/iu;

/** A caption or a site's short label above a lead: ends in a parenthesis, names a photo, or is a few words. */
function isHeaderBits(line) {
  const s = line.trim();
  if (!s) return true;
  if (LABEL.test(s) || isByline(s) || isDateBar(s)) return true;
  if (s.length <= 200 && /\((?:foto|photo|ist|dok|doc|istimewa|freepik)[^)]*\)\s*\.?$/iu.test(s)) return true;
  if (s.length <= 300 && /\b(?:foto|photo)\s*[:/]/iu.test(s) && !/[.!?]["”]?$/.test(s.replace(/\)$/, ''))) return true;
  // A caption signed with a dash (`... Bengkulu.--`, `... Maimoen.-JUSI FEBRIANTO UNTUK RADARMAS-`).
  if (s.length <= 240 && /(?:\.\s*[-–—]{1,2}|[-–—]\p{Lu}[\p{Lu}\s]+[-–—])$/u.test(s)) return true;
  return s.length <= 25 && !/[.!?"”]$/.test(s) && !/^["“']/.test(s) && (!/\s/.test(s) || isTitleCase(s));
}

/** Lines of `text` with their offsets. */
function lines(text) {
  const out = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end, s: text.slice(start, end).replace(/\r$/, '') });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

/** How much body text (sentences) lies in lines [from, to): characters in lines of 80 or more. */
function bodyBetween(ls, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) if (ls[i].s.trim().length >= 80) n += ls[i].s.length;
  return n;
}

/** Whether one of the four non-blank lines at or above line `i` (not above `floor`) reads `text`. */
function appearsAbove(ls, i, floor, text) {
  for (let seen = 0; i > floor && i >= 0 && seen < 4; i--) {
    const s = ls[i].s.trim();
    if (!s) continue;
    if (s === text) return true;
    seen++;
  }
  return false;
}

/** The line an article whose dateline (or headline) is on line `at` begins on: back over its header block. */
function headerStart(ls, at, floor) {
  let i = at;
  let kept = 0;
  const headlines = new Set();
  while (i - 1 > floor && kept < 8) {
    const s = ls[i - 1].s;
    const trimmed = s.trim();
    if (!trimmed) { i--; continue; }
    if (CLOSING.test(s)) break;
    if (isHeaderBits(s)) { i--; kept++; continue; }
    // A headline and a deck in title case; a headline in sentence case only
    // when the site prints it twice.
    const twice = headlines.has(trimmed) || appearsAbove(ls, i - 2, floor, trimmed);
    if (isHeadline(s) && (twice || (isTitleCase(trimmed) && headlines.size < 2))) { i--; kept++; headlines.add(trimmed); continue; }
    // A short label between the two copies of a headline (`id BPJS Ketenagakerjaan`).
    if (trimmed.length <= 40 && [...headlines].some((x) => appearsAbove(ls, i - 2, floor, x))) { i--; kept++; continue; }
    break;
  }
  while (i < at && !ls[i].s.trim()) i++;
  return i;
}

/** Minimum body (characters in sentence-length lines) an article must have before the next one may start. */
const MIN_BODY = 300;
/** A headline's deck (lead lines printed above the dateline) is shorter than this. */
const MAX_DECK = 800;

/**
 * Offsets where articles begin in `text` (the first is 0), found from datelines
 * and headlines with a date bar or byline under them. One offset when the text
 * reads as one article.
 */
export function articleStarts(text) {
  const ls = lines(text);
  const anchors = [];
  for (let i = 0; i < ls.length; i++) {
    const s = ls[i].s;
    if (!s.trim()) continue;
    if (datelineHead(s)) { anchors.push({ line: i, kind: 'dateline' }); continue; }
    // A headline with a date bar or a byline within the next three lines.
    if (isHeadline(s) && isTitleCase(s.trim())) {
      let seen = 0;
      for (let j = i + 1; j < ls.length && seen < 3; j++) {
        const n = ls[j].s.trim();
        if (!n) continue;
        seen++;
        if (isDateBar(n) || isByline(n)) { anchors.push({ line: i, kind: 'headline' }); i = j; break; }
      }
    }
  }
  const starts = [0];
  let prevAnchor = -1;
  let prevStart = 0;
  let awaiting = false;
  const seen = new Set();
  for (const { line: a, kind } of anchors) {
    const from = prevAnchor < 0 ? 0 : prevAnchor;
    // A copy of a line already seen opening an article (a page that
    // repeats its body) is not a new article.
    const key = ls[a].s.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    // A headline with its date bar opens an article whose dateline comes
    // after a deck or a caption: that dateline is the same article's.
    // (A caption may open with a dateline's shape too: `RAPAT KERJA - ...`.)
    if (kind === 'dateline' && awaiting && bodyBetween(ls, from, a) < MAX_DECK) continue;
    const start = headerStart(ls, a, prevAnchor);
    // The article before must have a body of its own between its anchor and this start.
    if (start > prevStart && bodyBetween(ls, from, start) >= MIN_BODY) {
      starts.push(ls[start].start);
      prevStart = start;
    }
    prevAnchor = a;
    awaiting = kind === 'headline';
  }
  // The first "start" is the text's beginning; a first anchor with nothing
  // of substance above it is the same article.
  if (starts.length > 1 && !text.slice(0, starts[1]).trim()) starts.splice(1, 1);
  return starts;
}

/** Splits text at separator lines; empty pieces are dropped. */
export function splitAtSeparators(text) {
  return text.split(new RegExp(SEPARATOR.source, 'gm')).map((s) => s.trim()).filter(Boolean);
}

let cache = { text: null, result: null };

/**
 * The articles in a paste: `{parts, by}` with `by` `separator` (--- or ===
 * lines) or `detected` (datelines and headlines), or null when it reads as one
 * article. Remembers the last answer, so calling it on every keystroke is cheap
 * while the text does not change.
 */
export function splitPaste(text) {
  if (cache.text === text) return cache.result;
  let result = null;
  if (text && SEPARATOR.test(text)) {
    const parts = splitAtSeparators(text);
    if (parts.length >= 2) result = { parts, by: 'separator' };
  }
  if (!result && text) {
    const starts = articleStarts(text);
    if (starts.length >= 2) {
      const parts = starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length).trim()).filter(Boolean);
      if (parts.length >= 2) result = { parts, by: 'detected' };
    }
  }
  cache = { text, result };
  return result;
}
