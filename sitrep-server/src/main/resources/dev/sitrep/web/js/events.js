// Sitrep web page: #/events?actor=… — who did what to whom: events per period stacked by type, the counts by type,
// actor and publisher (each a filter), and the table of events with every article that reports each.
import { get } from './api.js';
import { h, outLink, route } from './dom.js';
import { errorBox, facetPanel, pager } from './cards.js';
import { bucketFor, chartFigure, periodStart, periodRange } from './charts.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT', 'FIGHT'];
/** Cooperation in greens and blues, conflict in ambers and reds: a type keeps its colour on every chart. */
const COLOURS = ['#065f46', '#047857', '#059669', '#10b981', '#0e7490', '#0284c7', '#2563eb', '#4f46e5', '#a16207',
  '#ca8a04', '#d97706', '#ea580c', '#dc2626', '#be123c', '#9d174d', '#7c2d12', '#991b1b', '#450a0a'];
const FIELDS = ['actor', 'role', 'type', 'q', 'publisher', 'from', 'to', 'sort'];
const PAGE = 25;

export async function eventsView(view, params) {
  const p = Object.fromEntries(FIELDS.map(f => [f, params.get(f) || '']));
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = p.actor ? `Events: ${p.actor} — Sitrep` : 'Events — Sitrep';
  const select = (name, options, value) => h('select', { name, id: 'events-' + name },
    options.map(([v, label]) => h('option', v === value ? { value: v, selected: '' } : { value: v }, label)));
  const form = h('form', { class: 'filters', id: 'events-form' },
    h('label', { class: 'field' }, h('span', null, 'Actor'), h('input', { type: 'search', name: 'actor', value: p.actor, id: 'events-actor', placeholder: 'e.g. Russia' })),
    h('label', { class: 'field' }, h('span', null, 'As'), select('role', [['', 'source or target'], ['source', 'source'], ['target', 'target']], p.role)),
    h('label', { class: 'field' }, h('span', null, 'Type'), select('type', [['', 'any'], ...TYPES.map(t => [t, t])], p.type)),
    h('label', { class: 'field q' }, h('span', null, 'Words'), h('input', { type: 'search', name: 'q', value: p.q, placeholder: 'in the sentence' })),
    h('label', { class: 'field' }, h('span', null, 'Publisher'), h('input', { type: 'search', name: 'publisher', value: p.publisher })),
    h('label', { class: 'field' }, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: p.from })),
    h('label', { class: 'field' }, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: p.to })),
    h('label', { class: 'field' }, h('span', null, 'Order'), select('sort', [['', 'newest'], ['reports', 'most reported']], p.sort)),
    h('button', { type: 'submit' }, 'Show events'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    window.location.hash = route('/events', Object.fromEntries([...new FormData(form)].filter(([, v]) => v)));
  });
  view.append(form);
  let r;
  try {
    r = await get('events', { ...p, offset, limit: PAGE });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  const who = p.actor ? `${p.actor}${p.role ? ' as ' + p.role : ''}` : 'every actor';
  view.append(h('header', { class: 'page-head' },
    h('h1', null, 'Events: ', h('span', { class: 'topic' }, who)),
    h('p', { class: 'muted' }, `${r.total} event${r.total === 1 ? '' : 's'}${p.type ? ' of type ' + p.type : ''} · the same actors and type reported within two days count once`)));
  if (r.total === 0) {
    view.append(h('p', { class: 'muted' }, 'No stored article reports an event that matches.'));
    return;
  }
  const linkWith = change => route('/events', Object.fromEntries(Object.entries({ ...p, ...change }).filter(([, v]) => v)));
  view.append(h('div', { class: 'columns' },
    h('div', { class: 'events-main' }, typeChart(r.days)),
    h('aside', { class: 'side facets' },
      facetPanel('By type', 'type', entries(r.facets.type), v => linkWith({ type: v, offset: '' }), p.type),
      facetPanel('By actor', 'actor', entries(r.facets.actor), v => linkWith({ actor: v, role: '', offset: '' }), p.actor),
      facetPanel('By publisher', 'publisher', entries(r.facets.publisher), v => linkWith({ publisher: v, offset: '' }), p.publisher))),
    h('div', { class: 'table-wrap' }, eventTable(r.items)),
    pager(r, o => linkWith({ offset: String(o) })));
}

/** The API's event counts ({value: count}) as the facet panel's entries. */
function entries(counts) {
  return Object.entries(counts || {}).map(([value, count]) => ({ value, label: value, count }));
}

/** Events per day, week or month (to fit the span), stacked by type. */
function typeChart(days) {
  const dates = days.map(d => d.date);
  const bucket = bucketFor(dates);
  const title = `Events per ${bucket}, by type`;
  const { figure, canvas } = chartFigure(title, { 'data-bucket': bucket, 'data-points': String(days.length) },
    days.length === 0 ? 'No dated events.' : null);
  if (!canvas) return figure;
  const periods = periodRange(dates, bucket);
  const sums = new Map();
  for (const d of days) {
    const at = periodStart(d.date, bucket);
    for (const [type, n] of Object.entries(d.types)) {
      if (!sums.has(type)) sums.set(type, new Map());
      sums.get(type).set(at, (sums.get(type).get(at) || 0) + n);
    }
  }
  const types = TYPES.filter(t => sums.has(t));
  requestAnimationFrame(() => {
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: periods,
        datasets: types.map(t => ({ label: t, data: periods.map(x => sums.get(t).get(x) || 0),
          backgroundColor: COLOURS[TYPES.indexOf(t)], maxBarThickness: 48 })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: types.length > 1, position: 'bottom' } },
      },
    });
    figure.dataset.drawn = 'true';
  });
  return figure;
}

function actorCell(actors) {
  if (!actors.length) return h('span', { class: 'muted' }, 'unnamed');
  return actors.map((a, i) => [i ? ' and ' : null,
    a.actorId ? h('a', { href: route('/actor/' + encodeURIComponent(a.actorId)), title: a.text }, a.actor) : h('span', { title: a.text }, a.actor || a.text),
    a.role || a.on ? h('span', { class: 'muted role' }, ` (${[a.role, a.on].filter(Boolean).join(', ')})`) : null]);
}

/** One row per event: day, type, who, the action, to whom, how widely reported, and the evidence with its reports. */
function eventTable(items) {
  return h('table', { class: 'events' },
    h('thead', null, h('tr', null, ['Day', 'Type', 'Source', 'Action', 'Target', 'Reports', 'Evidence'].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', null, items.map(e => {
      const first = e.reports[0] || {};
      const day = e.first ? (first.publishedInferred ? '≈ ' + e.first : e.first) + (e.last && e.last !== e.first ? ' – ' + e.last.slice(5) : '') : 'undated';
      return h('tr', { class: 'event', 'data-type': e.type, 'data-articles': String(e.articles) },
        h('td', { class: 'day' }, h('time', { datetime: e.first || '' }, day)),
        h('td', { class: 'ptype' }, h('span', { class: 'event-type', title: 'CAMEO ' + (e.cameo || '') }, e.type)),
        h('td', null, actorCell(e.source)),
        h('td', { class: 'cue' }, e.cue),
        h('td', null, actorCell(e.target)),
        h('td', { class: 'reports' }, `${e.articles} article${e.articles === 1 ? '' : 's'}`, h('br'), h('span', { class: 'muted' }, `${e.publishers} publisher${e.publishers === 1 ? '' : 's'}`)),
        h('td', { class: 'evidence' },
          h('a', { href: route('/article/' + encodeURIComponent(first.articleId || ''), first.start != null ? { at: first.start } : null), class: 'open-article' }, e.evidence || ''),
          h('span', { class: 'muted' }, ' — ', first.publisher || 'unknown publisher'),
          e.reports.length > 1 ? h('details', { class: 'sources' },
            h('summary', null, `also in ${e.reports.length - 1} report${e.reports.length === 2 ? '' : 's'}`),
            h('ul', null, e.reports.slice(1).map(s => h('li', { class: 'source-item' },
              h('span', { class: 'date' }, s.published || 'undated'), ' ', h('span', { class: 'publisher' }, s.publisher || 'unknown publisher'), ' ',
              h('a', { href: route('/article/' + encodeURIComponent(s.articleId), s.start != null ? { at: s.start } : null), class: 'open-copy' }, s.title || 'untitled article'),
              s.url ? [' ', outLink(s.url, 'address')] : null)))) : null));
    })));
}
