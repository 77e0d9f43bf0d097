// Sitrep web page: DOM helpers. Every piece of article data is untrusted, so nodes are built with
// createElement/textContent only; nothing here ever assigns innerHTML.

/** Creates an element; attributes "class", "on<event>" (listener) and plain attributes; children are nodes or text. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside address that opens in a new tab, or plain text when the address is not http(s). */
export function outLink(url, label) {
  const safe = safeUrl(url);
  if (!safe) return h('span', { class: 'url' }, label || url || '');
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'url' }, label || url);
}

/** Builds a link to a view of this page (hash route). */
export function route(path, params) {
  const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString() : '';
  return '#' + path + (qs ? '?' + qs : '');
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few character references an HTML-escaping server writes, as text (never as markup). */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref] : m;
  });
}

/**
 * A search snippet as nodes: the server escapes everything except <mark>…</mark>, so exactly those two tags are
 * turned into a <mark> element and every other character becomes text (a stray tag would show literally).
 */
export function snippet(html) {
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of String(html || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { mark = document.createElement('mark'); out.append(mark); continue; }
    if (part === '</mark>') { mark = null; continue; }
    if (part) (mark || out).append(document.createTextNode(decodeEntities(part)));
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An article's publication day as a time element: the day as given, "undated", or for a day inferred from the
 * text "≈ 12 Feb 2025 (inferred)" with the evidence and the range it allows as the tooltip.
 */
export function publishedTime(a) {
  const inferred = a.publishedInferred;
  if (!a.published || !inferred) return h('time', { datetime: a.published || '' }, a.published || 'undated');
  const [y, m, d] = a.published.split('-').map(Number);
  const range = 'between ' + inferred.earliest + ' and ' + (inferred.latest || 'now');
  return h('time', { datetime: a.published, class: 'inferred', title: (inferred.basis || '') + ' (' + range + ')' },
    '≈ ' + d + ' ' + (MONTHS[m - 1] || '') + ' ' + y + ' (inferred)');
}
