// Building DOM without HTML strings: every string given as a child becomes a
// text node, so text from an article can never turn into markup. Nothing in
// the page uses innerHTML.

/**
 * `h('a', {href: '#x', class: 'fact'}, 'text', otherNode)`. Attribute values
 * of `null`, `undefined` or `false` are left out; `true` sets an empty
 * attribute; keys starting with `on` add event listeners.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export const $ = (id) => document.getElementById(id);

/** Scrolls `el` into view inside its scrolling pane and makes it flash once. */
export function flash(el, { focus = true } = {}) {
  if (!el) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.classList.remove('flash');
  // Restart the animation: reading offsetWidth forces a style flush.
  void el.offsetWidth;
  el.classList.add('flash');
  if (focus) el.focus({ preventScroll: true });
}

/**
 * A wide table in a box that scrolls sideways on narrow screens. The box is
 * focusable and named, so keyboard users can scroll it too.
 */
export function scrollBox(label, table) {
  return h('div', { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': label }, table);
}
