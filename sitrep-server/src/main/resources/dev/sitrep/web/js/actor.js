// Sitrep web page: #/actor/ID — who an actor is, when they were in the news, with whom, where, and what they said.
import { get } from './api.js';
import { h, route } from './dom.js';
import { errorBox, quoteList } from './cards.js';
import { countBy, dayChart } from './charts.js';
import { networkSvg } from './network.js';

export async function actorView(view, params, id) {
  let p;
  try {
    p = await get('entities/' + encodeURIComponent(id));
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  document.title = `${p.name} — Sitrep`;
  const mentions = new Map((p.mentionsPerDay || []).map(d => [d.date, d.count]));
  const statements = countBy(p.quotes, q => q.published);
  view.append(
    h('header', { class: 'page-head actor-head' },
      h('h1', { class: 'actor-name' }, p.name),
      h('span', { class: 'type t-' + String(p.type).toLowerCase() }, p.type),
      h('p', { class: 'muted' }, `${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}`),
      p.aliases && p.aliases.length ? h('p', { class: 'aliases' }, 'Also called: ', p.aliases.map((a, i) => [i ? ', ' : '', h('span', { class: 'alias' }, a)])) : null,
      roles(p.roles)),
    h('div', { class: 'grid2' },
      h('section', { class: 'panel' }, dayChart(statements.size ? 'Mentions and statements per day' : 'Mentions per day',
        [{ label: 'mentions', counts: mentions }, statements.size ? { label: 'statements', counts: statements, kind: 'line' } : null].filter(Boolean))),
      h('section', { class: 'panel' }, h('h2', null, 'Mentioned together with'),
        p.coMentions && p.coMentions.length ? networkSvg(p, p.coMentions) : h('p', { class: 'muted' }, 'Nobody yet.'))),
    h('div', { class: 'columns' },
      h('section', null, h('h2', null, 'What they said'), quoteList(p.quotes, 'No statements attributed.')),
      h('aside', { class: 'side' }, h('h2', null, 'Publishers covering them'), publishers(p.publishers),
        h('p', null, h('a', { href: route('/search', { q: '"' + p.name.replaceAll('"', '') + '"' }) }, 'Articles naming them →')))));
}

// "US Secretary of Defense, 2025-01-25 –": an open end means in office; the organisation is the tooltip, since
// office names mostly carry it already.
function roles(list) {
  if (!list || list.length === 0) return null;
  return h('ul', { class: 'roles' }, list.map(r => h('li', r.organisation ? { title: r.organisation } : null,
    h('strong', null, r.role || ''),
    h('span', { class: 'muted' }, `, ${r.from || '?'} –${r.to ? ' ' + r.to : ''}`))));
}

function publishers(list) {
  if (!list || list.length === 0) return h('p', { class: 'muted' }, 'No publisher known.');
  const max = Math.max(...list.map(p => p.count));
  return h('ul', { class: 'bars' }, list.map(p => h('li', null,
    h('span', { class: 'bar-label' }, p.name || 'unknown'),
    bar(100 * p.count / max, p.count))));
}

// Widths go through the CSSOM: the page's Content-Security-Policy refuses style attributes in markup.
function bar(percent, label) {
  const el = h('span', { class: 'bar' }, String(label));
  el.style.width = Math.max(8, Math.round(percent)) + '%';
  return el;
}
