// Sitrep web page: #/search — articles matching a query (with filters and paging), the statements about it,
// and the actors it names.
import { get } from './api.js';
import { h, route } from './dom.js';
import { errorBox, facetPanel, pager, quoteList, resultCard } from './cards.js';

const PAGE = 10;

export async function searchView(view, params) {
  const q = params.get('q') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const publisher = params.get('publisher') || '';
  const entity = params.get('entity') || '';
  const language = params.get('language') || '';
  const flag = params.get('flag') || '';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = q ? `${q} — Sitrep` : 'Sitrep';

  view.append(filterForm({ q, from, to, publisher, entity, language, flag }));
  const results = h('section', { class: 'results', 'aria-label': 'articles' });
  const side = h('aside', { class: 'side' });
  view.append(h('div', { class: 'columns' }, results, side));

  if (!q && !from && !to && !publisher && !entity && !language && !flag) {
    results.append(h('h2', null, 'Latest statements'));
    side.append(h('h2', null, 'Most mentioned'));
    const [quotes, entities] = await Promise.allSettled([get('quotes', { limit: 10 }), get('entities', { limit: 15 })]);
    results.append(quotes.status === 'fulfilled' ? quoteList(quotes.value.items) : errorBox(quotes.reason));
    side.append(entities.status === 'fulfilled' ? entityList(entities.value.items) : errorBox(entities.reason));
    return;
  }

  const filters = { q, from, to, publisher, entity, language, flag };
  const [articles, quotes, entities] = await Promise.allSettled([
    get('search', { ...filters, limit: PAGE, offset, facets: true }),
    q ? get('quotes', { about: q, from, to, limit: 10 }) : Promise.resolve({ items: [] }),
    q ? get('entities', { q, limit: 10 }) : Promise.resolve({ items: [] }),
  ]);
  if (articles.status === 'rejected') {
    // One explanation is enough: the side lists would fail on the same query.
    results.append(errorBox(articles.reason));
    return;
  }
  {
    const page = articles.value;
    results.append(h('h2', null, `${page.total} article${page.total === 1 ? '' : 's'}`, q ? ` for “${q}”` : ''));
    if (page.items.length === 0) results.append(h('p', { class: 'muted' }, 'Nothing matches. Try fewer words or a wider date range.'));
    results.append(h('div', { class: 'result-list' }, page.items.map(resultCard)));
    const nav = pager(page, o => route('/search', { ...filters, offset: o || null }));
    if (nav) results.append(nav);
    // The search as a feed a reader can follow, and every matching article as a file.
    const qs = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    results.append(h('p', { class: 'follow muted' },
      h('a', { href: '/api/feed' + (qs ? '?' + qs : ''), class: 'feed-link', type: 'application/atom+xml' }, 'Follow this search (Atom feed)'),
      ' · export every article: ',
      h('a', { href: '/api/export/search?format=csv' + (qs ? '&' + qs : ''), class: 'export-link', download: '' }, 'CSV'), ' ',
      h('a', { href: '/api/export/search?format=jsonl' + (qs ? '&' + qs : ''), download: '' }, 'JSON Lines')));
  }
  {
    // Counts over every matching article, each a filter; the one in use takes itself off.
    const f = articles.value.facets || {};
    const linkWith = change => route('/search', { ...filters, ...change, offset: null });
    side.append(h('div', { class: 'facets', 'aria-label': 'narrow the search' },
      facetPanel('By publisher', 'publisher', f.publisher, v => linkWith({ publisher: v }), publisher),
      facetPanel('By actor', 'entity', f.entity, v => linkWith({ entity: v }), entity),
      facetPanel('By flag', 'flag', f.flag, v => linkWith({ flag: v }), flag),
      facetPanel('By language', 'language', f.language, v => linkWith({ language: v }), language)));
  }
  if (q) {
    side.append(h('h2', null, 'Actors'));
    side.append(entities.status === 'fulfilled' ? entityList(entities.value.items) : errorBox(entities.reason));
    side.append(h('h2', null, 'Statements'));
    side.append(quotes.status === 'fulfilled' ? quoteList(quotes.value.items, 'No statements about this.') : errorBox(quotes.reason));
    side.append(h('p', null, h('a', { href: route('/statements', { about: q, from, to }), class: 'to-statements' }, 'Every statement about this →')));
    side.append(h('p', null, h('a', { href: route('/topic', { q, from, to }), class: 'to-topic' }, 'Timeline of this topic →')));
  }
}

function filterForm(v) {
  const field = (name, label, type, value, extra) =>
    h('label', { class: 'field ' + name }, h('span', null, label), h('input', { name, type, value, ...extra }));
  const form = h('form', { class: 'filters', id: 'search-form', role: 'search' },
    field('q', 'Query', 'search', v.q, { placeholder: 'e.g. Zelensky AND "air defence"', id: 'q' }),
    field('from', 'From', 'date', v.from),
    field('to', 'To', 'date', v.to),
    field('publisher', 'Publisher', 'text', v.publisher, { placeholder: 'any' }),
    // Filters set from the counts stay when the words change.
    ['entity', 'language', 'flag'].filter(k => v[k]).map(k => h('input', { type: 'hidden', name: k, value: v[k] })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    window.location.hash = route('/search', data);
  });
  return form;
}

/** Actor chips: name, type and mention count, linked to the actor page. */
export function entityList(items) {
  if (!items || items.length === 0) return h('p', { class: 'muted' }, 'No actors.');
  return h('ul', { class: 'entities' }, items.map(e => h('li', null,
    h('a', { href: route('/actor/' + encodeURIComponent(e.id)), class: 'entity-link' }, e.name),
    h('span', { class: 'type t-' + String(e.type).toLowerCase() }, e.type),
    h('span', { class: 'count', title: 'mentions' }, String(e.mentions)))));
}
