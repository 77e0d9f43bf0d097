// Sitrep web page: #/stories — the events in the store, biggest first; #/story/ID — one story's articles in date
// order, its main actors and what was said, each statement once with the copies that repeat it.
import { get } from './api.js';
import { h, route, publishedTime } from './dom.js';
import { errorBox, pager, quoteList } from './cards.js';

const PAGE = 20;

export async function storiesView(view, params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = 'Stories — Sitrep';
  const form = h('form', { class: 'filters', id: 'stories-form' },
    h('label', { class: 'field' }, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: from })),
    h('label', { class: 'field' }, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: to })),
    h('button', { type: 'submit' }, 'Show stories'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    window.location.hash = route('/stories', Object.fromEntries(new FormData(form)));
  });
  view.append(form);
  let page;
  try {
    page = await get('stories', { from, to, limit: PAGE, offset });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  view.append(h('h1', null, `${page.total} stor${page.total === 1 ? 'y' : 'ies'}`));
  if (page.items.length === 0) view.append(h('p', { class: 'muted' }, 'No stories in this period.'));
  view.append(h('div', { class: 'story-list' }, page.items.map(storyCard)));
  const nav = pager(page, o => route('/stories', { from, to, offset: o || null }));
  if (nav) view.append(nav);
}

function storyCard(s) {
  return h('article', { class: 'card story-card', 'data-story': s.id },
    h('h3', null, h('a', { href: route('/story/' + encodeURIComponent(s.id)), class: 'story-title' }, s.title || 'untitled story')),
    h('div', { class: 'meta' },
      h('span', { class: 'size' }, `${s.articles} article${s.articles === 1 ? '' : 's'}`,
        s.articles > s.originals ? ` (${s.articles - s.originals} cop${s.articles - s.originals === 1 ? 'y' : 'ies'})` : ''),
      h('span', { class: 'span' }, span(s)),
      (s.publishers || []).length ? h('span', { class: 'publishers' }, s.publishers.join(', ')) : null),
    actorLine(s.actors));
}

function span(s) {
  if (!s.first) return 'undated';
  return s.first === s.last ? s.first : `${s.first} – ${s.last}`;
}

function actorLine(actors) {
  if (!actors || actors.length === 0) return null;
  return h('p', { class: 'actors' }, 'Actors: ', actors.map((a, i) => [i ? ', ' : '',
    h('a', { href: route('/search', { q: '"' + a.replaceAll('"', '') + '"' }), class: 'actor' }, a)]));
}

export async function storyView(view, params, id) {
  let s;
  try {
    s = await get('stories/' + encodeURIComponent(id), { limit: 200 });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  document.title = `${s.title || 'Story'} — Sitrep`;
  view.append(
    h('header', { class: 'page-head' },
      h('h1', { class: 'story-name' }, s.title || 'Untitled story'),
      h('p', { class: 'muted' }, `${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.originals} original · ${span(s)}`),
      actorLine(s.actors)),
    h('div', { class: 'columns' },
      h('section', null, h('h2', null, 'What was said'), quoteList(s.statements, 'No statements in this story.')),
      h('aside', { class: 'side' }, h('h2', null, 'Articles in date order'),
        h('ol', { class: 'story-articles' }, (s.items || []).map(articleItem)))));
}

function articleItem(a) {
  return h('li', { class: 'story-article' + (a.duplicateOf ? ' copy' : ''), 'data-id': a.id },
    h('a', { href: route('/article/' + encodeURIComponent(a.id)), class: 'story-article-title' }, a.title || 'untitled article'),
    h('div', { class: 'meta' },
      publishedTime(a),
      h('span', { class: 'publisher' }, a.publisher || 'unknown publisher'),
      a.duplicateOf ? h('span', { class: 'flag copy-of' }, 'copy') : h('span', { class: 'original' }, 'original'),
      (a.flags || []).filter(f => f === 'spun-text' || f === 'machine-translated').map(f => h('span', { class: 'flag', 'data-flag': f }, f))));
}
