// Sitrep web page: #/article/ID — the cleaned text with its statements and named actors marked, its warning
// flags, and where it came from.
import { get } from './api.js';
import { h, outLink, route, publishedTime } from './dom.js';
import { errorBox } from './cards.js';

const FLAG_TEXT = {
  'spun-text': 'This text looks machine-rewritten (spun): wording may differ from the original report.',
  'machine-translated': 'This text looks machine-translated: quotes may not be verbatim.',
  'mojibake-repaired': 'Garbled characters (mojibake) were repaired in this text.',
  'from-aggregate-page': 'This article was split out of a page that held several articles.',
  'duplicate-paragraphs-removed': 'Repeated paragraphs were removed.',
  'boilerplate-removed': 'Navigation and promotional lines were removed.',
};
const WARNINGS = new Set(['spun-text', 'machine-translated', 'mojibake-repaired', 'from-aggregate-page']);

export async function articleView(view, params, id) {
  let a;
  try {
    a = await get('articles/' + encodeURIComponent(id));
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  document.title = `${a.title || 'Article'} — Sitrep`;
  const flags = a.flags || [];
  const body = h('div', { class: 'article-text', id: 'article-text' }, markedText(a.text || '', a.quotes || [], a.entities || []));
  view.append(...[
    h('header', { class: 'page-head' },
      h('h1', { class: 'article-title' }, a.title || 'Untitled article'),
      h('p', { class: 'meta' },
        publishedTime(a),
        a.publisher ? h('span', { class: 'publisher' }, a.publisher) : null,
        a.author ? h('span', { class: 'author' }, 'by ', a.author) : null,
        a.section ? h('span', null, a.section) : null,
        a.language ? h('span', null, a.language) : null)),
    flags.length ? h('div', { class: 'flags' }, flags.map(f => h('div', {
      class: 'notice ' + (WARNINGS.has(f) ? 'warn' : 'info') + ' flag-' + f, 'data-flag': f, role: 'note' },
    h('strong', null, f), ' — ', FLAG_TEXT[f] || 'Flagged while cleaning.'))) : null,
    h('div', { class: 'columns' },
      h('section', null, h('div', { class: 'legend muted' }, h('span', { class: 'quote' }, 'statement'), ' ', h('span', { class: 'entity' }, 'named actor')), body),
      h('aside', { class: 'side' }, sources(a), actors(a.entities || []), statements(a.quotes || []))),
  ].filter(Boolean));
  const at = params.get('at');
  if (at !== null) {
    const target = body.querySelector(`[data-quote-start="${CSS.escape(at)}"]`);
    // The router scrolls to it once the view is in the document.
    if (target) body.querySelectorAll(`[data-quote="${target.dataset.quote}"]`).forEach(x => x.classList.add('focus'));
    else if (at === '0' && (a.quotes || []).some(inTitle)) view.querySelector('.article-title').classList.add('focus');
  }
}

/** A statement quoted in the title: the empty span 0..0, its words in the title (see the JSON contract). */
function inTitle(q) {
  return q.start === 0 && q.end === 0 && !!q.text;
}

/**
 * The text as nodes: every boundary of a quote or entity span cuts it into segments; each segment is a text node,
 * wrapped in a span for the quote and a link for the entity that cover it. Offsets are UTF-16 indices, as in JS.
 */
export function markedText(text, quotes, entities) {
  const n = text.length;
  const clamp = x => Math.max(0, Math.min(n, x | 0));
  const qs = quotes.map((q, i) => ({ start: clamp(q.start), end: clamp(q.end), i, q })).filter(q => q.end > q.start);
  const es = entities.flatMap(e => (e.spans || []).map(([s, t]) => ({ start: clamp(s), end: clamp(t), e }))).filter(e => e.end > e.start);
  const cuts = [...new Set([0, n, ...qs.flatMap(q => [q.start, q.end]), ...es.flatMap(e => [e.start, e.end])])].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [s, t] = [cuts[k], cuts[k + 1]];
    let node = document.createTextNode(text.slice(s, t));
    const ent = es.find(e => e.start <= s && t <= e.end);
    if (ent) {
      node = h('a', { class: 'entity t-' + String(ent.e.type).toLowerCase(), href: route('/actor/' + encodeURIComponent(ent.e.id)), title: `${ent.e.name} (${ent.e.type})` }, node);
    }
    const quote = qs.find(q => q.start <= s && t <= q.end);
    if (quote) {
      const attrs = { class: 'quote', 'data-quote': String(quote.i), title: quote.q.speaker ? `${quote.q.speaker}${quote.q.cue ? ' · ' + quote.q.cue : ''}` : 'unattributed statement' };
      if (s === quote.start) attrs['data-quote-start'] = String(quote.start);
      node = h('span', attrs, node);
    }
    out.append(node);
  }
  return out;
}

function sources(a) {
  return h('section', { class: 'panel source' }, h('h2', null, 'Source'),
    h('dl', null,
      h('dt', null, 'Address'), h('dd', null, a.url ? outLink(a.url) : h('span', { class: 'muted' }, 'none given')),
      h('dt', null, 'Crawled from'), h('dd', { class: 'source-path' }, a.source || ''),
      a.duplicateOf ? [h('dt', null, 'Duplicate of'), h('dd', null, h('a', { href: route('/article/' + encodeURIComponent(a.duplicateOf)) }, a.duplicateOf))] : null,
      h('dt', null, 'Id'), h('dd', { class: 'mono' }, a.id || '')));
}

function actors(entities) {
  if (entities.length === 0) return null;
  const top = [...entities].sort((x, y) => (y.mentions || 0) - (x.mentions || 0)).slice(0, 20);
  return h('section', { class: 'panel' }, h('h2', null, 'Named here'),
    h('ul', { class: 'entities' }, top.map(e => h('li', null,
      h('a', { href: route('/actor/' + encodeURIComponent(e.id)), class: 'entity-link' }, e.name),
      h('span', { class: 'type t-' + String(e.type).toLowerCase() }, e.type),
      h('span', { class: 'count' }, String(e.mentions || 0))))));
}

function statements(quotes) {
  if (quotes.length === 0) return null;
  return h('section', { class: 'panel' }, h('h2', null, 'Statements'),
    h('ol', { class: 'statement-list' }, quotes.map((q, i) => h('li', null,
      h('a', { href: '#', class: 'jump', onclick: e => { e.preventDefault(); jump(i, q); } }, q.speaker || 'Unattributed'),
      q.cue ? [' ', h('span', { class: 'cue' }, q.cue)] : null, ': ',
      h('span', { class: 'words' }, q.text || '')))));
}

function jump(i, quote) {
  const el = inTitle(quote) ? document.querySelector('.article-title') : document.querySelector(`.article-text [data-quote="${i}"]`);
  if (!el) return;
  document.querySelectorAll('.article-text .focus, .article-title.focus').forEach(x => x.classList.remove('focus'));
  if (el.classList.contains('article-title')) el.classList.add('focus');
  else document.querySelectorAll(`.article-text [data-quote="${i}"]`).forEach(x => x.classList.add('focus'));
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
