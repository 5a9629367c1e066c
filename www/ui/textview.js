// The article as analysed, with every figure marked by its metric (a colour
// and a text label) and page furniture greyed with its reason. Built from the
// report's UTF-16 spans by slicing the exact text that was analysed into text
// nodes and elements; the text never passes through an HTML parser.

import { h } from './dom.js';
import { metricNameIn, reasonName, t } from './i18n.js';

/** Clamps a report span to the text; null when it is empty or malformed. */
export function clampSpan(span, length) {
  const u = span?.utf16;
  if (!Array.isArray(u)) return null;
  const start = Math.max(0, Math.min(length, Number(u[0]) | 0));
  const end = Math.max(0, Math.min(length, Number(u[1]) | 0));
  return end > start ? [start, end] : null;
}

function sameSpan(a, b) {
  return a?.utf16?.[0] === b?.utf16?.[0] && a?.utf16?.[1] === b?.utf16?.[1];
}

/** Furniture spans, sorted, with neighbours of the same reason merged when only whitespace parts them. */
function furnitureBlocks(text, furniture) {
  const spans = [];
  for (const f of furniture ?? []) {
    const s = clampSpan(f.span, text.length);
    if (s) spans.push({ start: s[0], end: s[1], reason: f.reason });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
    } else if (last && last.reason === s.reason && /^\s*$/.test(text.slice(last.end, s.start))) {
      last.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * Numbers the core did not take as figures (`report.numbers`) that no fact
 * or date mark covers, sorted: drawn quietly, each with its reason.
 */
function quietList(text, report, marks) {
  const out = [];
  (report.numbers ?? []).forEach((n, i) => {
    const s = clampSpan(n.span, text.length);
    if (s) out.push({ start: s[0], end: s[1], number: i });
  });
  out.sort((a, b) => a.start - b.start);
  const kept = [];
  let k = 0;
  for (const q of out) {
    while (k < marks.length && marks[k].end <= q.start) k++;
    const hit = k < marks.length && marks[k].start < q.end;
    const last = kept[kept.length - 1];
    if (!hit && !(last && q.start < last.end)) kept.push(q);
  }
  return kept;
}

/** Figure and date marks, sorted; overlapping marks are merged into one. */
function markList(text, report) {
  const marks = [];
  (report.facts ?? []).forEach((f, i) => {
    const spans = f.spans?.length ? f.spans : [f.span];
    for (const sp of spans) {
      const s = clampSpan(sp, text.length);
      if (s) marks.push({ start: s[0], end: s[1], facts: [i], primary: sameSpan(sp, f.span) ? [i] : [], dates: [] });
    }
  });
  (report.document?.dates ?? []).forEach((d, i) => {
    const s = clampSpan(d.span, text.length);
    if (s) marks.push({ start: s[0], end: s[1], facts: [], primary: [], dates: [i] });
  });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const m of marks) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      for (const k of ['facts', 'primary', 'dates']) last[k].push(...m[k].filter((x) => !last[k].includes(x)));
    } else {
      out.push(m);
    }
  }
  return out;
}

/**
 * Renders `text` annotated by `report` into `root`. Returns
 * `{facts: Map<factIndex, Element>, dates: Map<dateIndex, Element>}`: the mark
 * holding each fact's own span (else its first mention) and each date.
 */
export function renderText(root, text, report) {
  const facts = new Map();
  const dates = new Map();
  const blocks = furnitureBlocks(text, report.furniture);
  const figureMarks = markList(text, report);
  const scheme = (report.document?.scheme ?? []).length === 1 ? report.document.scheme[0] : 'jamsostek';
  // Quiet numbers join the marks as marks of their own (never overlapping one).
  const marks = [...figureMarks, ...quietList(text, report, figureMarks)
    .map((q) => ({ ...q, facts: [], primary: [], dates: [] }))].sort((a, b) => a.start - b.start);
  let mi = 0;

  const markEl = (m, s, e, first) => {
    const content = text.slice(s, e);
    if (m.number != null) {
      const n = report.numbers[m.number];
      return h('button', {
        type: 'button', class: `num-out r-${n.reason}`, 'data-number': String(m.number),
        'aria-label': t('makeFactOf', n.text),
      }, content);
    }
    const metrics = [...new Set(m.facts.map((i) => report.facts[i].metric))];
    const schemeFor = (x) => report.facts[m.facts.find((i) => report.facts[i].metric === x)].scheme ?? scheme;
    const badDate = m.dates.some((i) => report.document.dates[i]?.weekday?.matches === false);
    let el;
    if (m.facts.length) {
      const edited = m.facts.some((i) => report.facts[i].edited);
      el = h('a', { class: `fact m-${metrics[0]}${edited ? ' edited' : ''}`, href: `#fact-${m.facts[0]}`, 'data-facts': m.facts.join(' ') },
        first ? metrics.map((x) => h('span', { class: 'tag' }, metricNameIn(x, schemeFor(x)))) : null,
        first && edited ? h('span', { class: 'tag edited-mark' }, `✎ ${t('edited')}`) : null, content);
      if (badDate) el.classList.add('date-bad');
    } else {
      el = h('span', { class: badDate ? 'date date-bad' : 'date' }, content);
    }
    if (first) {
      el.id = m.facts.length ? `t-fact-${m.facts[0]}` : `t-date-${m.dates[0]}`;
      for (const i of m.facts) if (m.primary.includes(i) || !facts.has(i)) facts.set(i, el);
      for (const i of m.dates) if (!dates.has(i)) dates.set(i, el);
    }
    return el;
  };

  const range = (parent, from, to) => {
    let pos = from;
    while (mi < marks.length && marks[mi].start < to) {
      const m = marks[mi];
      const s = Math.max(m.start, pos);
      const e = Math.min(m.end, to);
      if (s > pos) parent.append(text.slice(pos, s));
      if (e > s) parent.append(markEl(m, s, e, s === m.start));
      pos = Math.max(pos, e);
      if (m.end <= to) mi++;
      else break;
    }
    if (pos < to) parent.append(text.slice(pos, to));
  };

  // The text is drawn in chunks of about CHUNK characters, cut after a line
  // break outside any mark or furniture; the style sheet lets the browser skip
  // the layout of chunks out of view (content-visibility), so a 1 MB paste
  // does not freeze the page.
  const frag = document.createDocumentFragment();
  let bi = 0;
  let pos = 0;
  for (const end of chunkEnds(text, blocks, marks)) {
    const chunk = h('div', { class: 'chunk' });
    while (bi < blocks.length && blocks[bi].start < end) {
      const b = blocks[bi++];
      range(chunk, pos, b.start);
      const why = reasonName(b.reason);
      const el = h('span', { class: 'furniture', title: `${t('furniture')}: ${why}` },
        h('span', { class: 'ftag' }, why));
      range(el, b.start, b.end);
      chunk.append(el);
      pos = b.end;
    }
    range(chunk, pos, end);
    pos = end;
    frag.append(chunk);
  }
  root.replaceChildren(frag);
  return { facts, dates };
}

const CHUNK = 4000;

/** Where the chunks of the text view end: just after a line break that no mark or furniture block spans. */
function chunkEnds(text, blocks, marks) {
  const ends = [];
  let bi = 0;
  let mi = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    let nl = text.indexOf('\n', start + CHUNK);
    while (nl >= 0) {
      const cut = nl + 1;
      while (bi < blocks.length && blocks[bi].end <= cut) bi++;
      while (mi < marks.length && marks[mi].end <= cut) mi++;
      const inside = (bi < blocks.length && blocks[bi].start < cut) || (mi < marks.length && marks[mi].start < cut);
      if (!inside) { end = cut; break; }
      nl = text.indexOf('\n', cut);
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/**
 * The offset in the article's text of a DOM position (`node`, `offset`)
 * inside the text view drawn by `renderText`: the labels the view adds
 * (metric tags, furniture reasons) are not part of the text and are skipped.
 */
export function textOffset(root, node, offset) {
  const skip = (n) => n.parentElement?.closest('.tag, .ftag');
  // A position between an element's children: the text before child `offset`.
  if (node.nodeType !== Node.TEXT_NODE) {
    const child = node.childNodes[offset];
    if (child) {
      node = child;
      offset = 0;
    } else {
      // After the last child: the end of the last text node inside `node`.
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      let last = null;
      while (walker.nextNode()) if (!skip(walker.currentNode)) last = walker.currentNode;
      if (!last) return null;
      node = last;
      offset = last.length;
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pos = 0;
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (node.nodeType !== Node.TEXT_NODE && (n.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) {
      // `node` is an element that starts before this text node.
      return pos;
    }
    if (skip(n)) {
      if (n === node) return pos;
      continue;
    }
    if (n === node) return pos + offset;
    pos += n.length;
  }
  return node.nodeType === Node.TEXT_NODE ? null : pos;
}

/**
 * One sentence (or line) of the text with the given spans marked: the context
 * shown under a check and in the facts table.
 */
export function renderExcerpt(text, [from, to], spans, cls = 'inv') {
  const inside = spans
    .map((s) => clampSpan(s, text.length))
    .filter((s) => s && s[0] >= from && s[1] <= to)
    .sort((a, b) => a[0] - b[0]);
  const el = h('span', { class: 'excerpt' });
  let pos = from;
  for (const [s, e] of inside) {
    if (s < pos) continue;
    if (s > pos) el.append(text.slice(pos, s));
    el.append(h('mark', { class: cls }, text.slice(s, e)));
    pos = e;
  }
  if (pos < to) el.append(text.slice(pos, to));
  return el;
}

/**
 * The line around a span, cut at word boundaries to at most ~240 characters:
 * context for a date. Returns `[from, to, cutBefore, cutAfter]`.
 */
export function lineAround(text, [s, e]) {
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  let lineEnd = text.indexOf('\n', e);
  if (lineEnd < 0) lineEnd = text.length;
  let from = lineStart;
  let to = lineEnd;
  if (s - from > 120) {
    const space = text.indexOf(' ', s - 120);
    from = space >= 0 && space < s ? space + 1 : s - 120;
  }
  if (to - e > 120) {
    const space = text.lastIndexOf(' ', e + 120);
    to = space > e ? space : e + 120;
  }
  return [from, to, from > lineStart, to < lineEnd];
}
