// One tooltip for the whole page: why a figure was read as it was (its
// `because`), why a number is not a figure, what weakens a coverage bar. It
// shows on focus and on hover of its target, which then points at it with
// aria-describedby so a screen reader reads it too; Escape hides it. Its
// content is built with h(): text from the article stays text.

import { h } from './dom.js';

let tip = null;
let owner = null;
let anchor = null;

function ensure() {
  if (tip) return tip;
  tip = h('div', { id: 'tip', role: 'tooltip', class: 'tip', hidden: true });
  // Inside the main landmark, like everything the page shows.
  (document.querySelector('main') ?? document.body).append(tip);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  // A scroll moves the tooltip with its target while the target is focused
  // or under the pointer, and hides it otherwise (it would cover what it is
  // not about).
  document.addEventListener('scroll', () => {
    if (!owner) return;
    if (anchor?.isConnected && (owner === document.activeElement || anchor.matches(':hover'))) place(anchor);
    else hide();
  }, { capture: true, passive: true });
  return tip;
}

/** Shows `content` (nodes or strings) beside `el`; `described` (default `el`) points at it. */
export function show(el, content, described = el) {
  const t = ensure();
  if (owner && owner !== described) owner.removeAttribute('aria-describedby');
  owner = described;
  anchor = el;
  t.replaceChildren(...[content].flat().filter((x) => x != null));
  t.hidden = false;
  described.setAttribute('aria-describedby', 'tip');
  place(el);
}

function place(el) {
  const t = tip;
  const r = el.getBoundingClientRect();
  const width = Math.min(360, innerWidth - 16);
  t.style.maxWidth = `${width}px`;
  const left = Math.max(8, Math.min(r.left, innerWidth - width - 8));
  t.style.left = `${left + scrollX}px`;
  const below = r.bottom + 6;
  t.style.top = `${below + scrollY}px`;
  // Above the target when there is no room below it.
  const height = t.offsetHeight;
  if (below + height > innerHeight && r.top - height - 6 > 0) t.style.top = `${r.top - height - 6 + scrollY}px`;
}

export function hide(el = null) {
  if (!tip || (el && el !== owner && !el.contains(owner))) return;
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

/**
 * Wires `root` so that any descendant matching `selector` shows
 * `content(el)` on focus and hover (delegated: one listener for many marks).
 */
export function tipOn(root, selector, content) {
  const enter = (e) => {
    const el = e.target.closest?.(selector);
    if (!el || !root.contains(el)) return;
    const c = content(el);
    if (c) show(el, c, e.type === 'focusin' ? e.target : el);
  };
  const leave = (e) => {
    const el = e.target.closest?.(selector);
    if (el && !el.contains(e.relatedTarget)) hide(el);
  };
  root.addEventListener('focusin', enter);
  root.addEventListener('mouseover', enter);
  root.addEventListener('focusout', leave);
  root.addEventListener('mouseout', leave);
}
