// Sitrep web page: #/positions?issue=… — who stands where on an issue: a chart per speaker (statements supporting
// above the line, opposing below, per week or month), the changes, and every statement with its stance.
import { get } from './api.js';
import { h, route } from './dom.js';
import { errorBox, quoteCard } from './cards.js';
import { chartFigure, periodStart } from './charts.js';

const DEFAULT_ISSUES = [
  ['ukraine-nato', 'Ukraine should join NATO'],
  ['reassurance-force', 'Europe should deploy a reassurance force in Ukraine'],
  ['defence-spending', 'Allies should spend 5% of GDP on defence'],
  ['russia-defeat', 'Russia should be defeated'],
  ['russia-sanctions', 'Sanctions on Russia should be kept or tightened'],
  ['ukraine-ceasefire', 'There should be a ceasefire in Ukraine'],
  ['us-aid-ukraine', 'The US should keep sending military aid to Ukraine'],
];

export async function positionsView(view, params) {
  const issue = params.get('issue') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const bucket = params.get('bucket') || 'auto';
  const actor = params.get('actor') || '';
  const stance = params.get('stance') || '';
  document.title = issue ? `Positions: ${issue} — Sitrep` : 'Positions — Sitrep';
  const form = h('form', { class: 'filters', id: 'positions-form' },
    h('label', { class: 'field q' }, h('span', null, 'Issue'),
      h('input', { type: 'search', name: 'issue', value: issue, id: 'positions-issue', list: 'issues', placeholder: 'e.g. Ukraine should join NATO' }),
      h('datalist', { id: 'issues' }, DEFAULT_ISSUES.map(([id, p]) => h('option', { value: id }, p)))),
    h('label', { class: 'field' }, h('span', null, 'From'), h('input', { type: 'date', name: 'from', value: from })),
    h('label', { class: 'field' }, h('span', null, 'To'), h('input', { type: 'date', name: 'to', value: to })),
    h('label', { class: 'field' }, h('span', null, 'Speaker'), h('input', { type: 'search', name: 'actor', value: actor, id: 'positions-actor', placeholder: 'e.g. Hegseth' })),
    h('label', { class: 'field' }, h('span', null, 'Stance'),
      h('select', { name: 'stance', id: 'positions-stance' }, [['', 'any'], ['supports', 'supports'], ['opposes', 'opposes'], ['neither', 'neither']]
        .map(([v, label]) => h('option', v === stance ? { value: v, selected: '' } : { value: v }, label)))),
    h('label', { class: 'field' }, h('span', null, 'By'),
      h('select', { name: 'bucket' }, ['auto', 'week', 'month'].map(b => h('option', b === bucket ? { value: b, selected: '' } : { value: b }, b)))),
    h('button', { type: 'submit' }, 'Show positions'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    window.location.hash = route('/positions', Object.fromEntries(new FormData(form)));
  });
  view.append(form);
  if (!issue) {
    view.append(h('p', { class: 'muted' }, 'Name an issue — a proposition such as “Ukraine should join NATO”, or pick a default one — to see who supports it, who opposes it, and when that changed.'));
    return;
  }
  let r;
  try {
    r = await get('positions', { issue, from, to, bucket, actor });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  const statements = r.actors.reduce((n, a) => n + a.statements.length, 0);
  view.append(h('header', { class: 'page-head' },
    h('h1', null, 'Positions: ', h('span', { class: 'topic' }, r.issue.proposition)),
    h('p', { class: 'muted' }, `${r.actors.length} speaker${r.actors.length === 1 ? '' : 's'} · ${statements} statement${statements === 1 ? '' : 's'} on the issue · by ${r.bucket}`)));
  if (r.actors.length === 0) {
    view.append(h('p', { class: 'muted' }, 'No statement in the store speaks to this issue.'));
    return;
  }
  // A stance filter keeps the statements taking it, and the speakers who made one; positions and charts stay whole.
  const shown = stance ? r.actors.filter(a => a.statements.some(s => s.stance === stance)) : r.actors;
  if (shown.length === 0) {
    view.append(h('p', { class: 'muted' }, `No statement on this issue ${stance === 'neither' ? 'takes no side' : stance + ' it'}.`));
    return;
  }
  view.append(h('div', { class: 'positions' }, shown.map(a => actorPanel(a, r.bucket, stance))));
}

/** One speaker: the overall position, the chart, the changes, and the statements with their stance. */
function actorPanel(a, bucket, stance) {
  const name = a.actorId ? h('a', { href: route('/actor/' + encodeURIComponent(a.actorId)) }, a.actor) : a.actor;
  return h('section', { class: 'panel position', 'data-actor': a.actor, 'data-position': a.position },
    h('h2', null, name, ' ', h('span', { class: 'stance stance-' + a.position }, a.position),
      h('span', { class: 'muted counts' }, ` ${a.supports} supporting · ${a.opposes} opposing · ${a.neither} neither`)),
    periodChart(a, bucket),
    a.changes.length ? h('ul', { class: 'changes' }, a.changes.map(c => h('li', { class: 'change' },
      h('time', { datetime: c.date || '' }, c.date || 'undated'), ` ${c.from} → ${c.to} `,
      h('a', { href: route('/article/' + encodeURIComponent(c.articleId)) }, 'the statement')))) : null,
    h('div', { class: 'quotes' }, a.statements.filter(s => !stance || s.stance === stance).map(s => {
      const card = quoteCard(s.quote);
      card.dataset.stance = s.stance;
      card.querySelector('.meta').prepend(h('span', { class: 'stance stance-' + s.stance,
        title: s.evidence.length ? 'carried by: ' + s.evidence.join(', ') : '' }, s.stance));
      return card;
    })));
}

/** Supports above the line and opposes below, one bar pair per period; a click opens the period's first statement. */
function periodChart(a, bucket) {
  const title = `${a.actor}: statements per ${bucket}`;
  const { figure, canvas } = chartFigure(title, { 'data-points': String(a.periods.length) },
    a.periods.length === 0 ? 'No dated statements.' : null, 'chart-box small');
  if (!canvas) return figure;
  const labels = a.periods.map(p => p.start);
  const first = start => a.statements.find(s => s.stance !== 'neither' && s.quote.published && periodStart(s.quote.published, bucket) === start)
    || a.statements.find(s => s.quote.published && periodStart(s.quote.published, bucket) === start);
  requestAnimationFrame(() => {
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'supports', data: a.periods.map(p => p.supports), backgroundColor: '#059669', maxBarThickness: 48 },
          { label: 'opposes', data: a.periods.map(p => -p.opposes), backgroundColor: '#dc2626', maxBarThickness: 48 },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0, callback: v => Math.abs(v) } } },
        plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${Math.abs(c.raw)}` } } },
        onClick: (e, elements) => {
          const s = elements.length ? first(labels[elements[0].index]) : null;
          if (s) window.location.hash = route('/article/' + encodeURIComponent(s.quote.articleId), s.quote.start != null ? { at: s.quote.start } : null);
        },
      },
    });
    figure.dataset.drawn = 'true';
  });
  return figure;
}
