// Sitrep web page: #/topic?q= — how much was written about a topic each day, and the key statements in order.
import { get } from './api.js';
import { h, route } from './dom.js';
import { errorBox, quoteList } from './cards.js';
import { dayChart } from './charts.js';

export async function topicView(view, params) {
  const q = params.get('q') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  document.title = q ? `Timeline: ${q} — Sitrep` : 'Topic timeline — Sitrep';
  const form = h('form', { class: 'filters', id: 'topic-form' },
    h('label', { class: 'field q' }, h('span', null, 'Topic'), h('input', { type: 'search', name: 'q', value: q, id: 'topic-q', placeholder: 'e.g. ceasefire' })),
    h('label', { class: 'field' }, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: from })),
    h('label', { class: 'field' }, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: to })),
    h('button', { type: 'submit' }, 'Show timeline'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    window.location.hash = route('/topic', Object.fromEntries(new FormData(form)));
  });
  view.append(form);
  if (!q) {
    view.append(h('p', { class: 'muted' }, 'Name a topic to see its articles per day and its key statements.'));
    return;
  }
  let t;
  try {
    t = await get('timeline', { q, from, to });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  const days = new Map((t.days || []).map(d => [d.date, d.articles]));
  const total = [...days.values()].reduce((a, b) => a + b, 0);
  view.append(
    h('header', { class: 'page-head' }, h('h1', null, 'Timeline: ', h('span', { class: 'topic' }, t.query || q)),
      h('p', { class: 'muted' }, `${total} dated article${total === 1 ? '' : 's'} · `, h('a', { href: route('/search', { q, from, to }) }, 'list them'))),
    h('section', { class: 'panel' }, dayChart('Articles per day', [{ label: 'articles', counts: days }])),
    h('section', { class: 'timeline' }, h('h2', null, 'Key statements'), quoteList(t.statements, 'No statements on this topic.')));
}
