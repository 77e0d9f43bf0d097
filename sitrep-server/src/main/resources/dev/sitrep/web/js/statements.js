// Sitrep web page: #/statements?about=… — statements with speaker, stance, publisher, flag, language and date
// filters, the counts of every matching statement by each (a click narrows to it), and every row as a file.
import { get } from './api.js';
import { h, route } from './dom.js';
import { errorBox, facetPanel, pager, quoteList } from './cards.js';

const FIELDS = ['about', 'speaker', 'stance', 'publisher', 'flag', 'language', 'from', 'to'];
const PAGE = 20;

export async function statementsView(view, params) {
  const p = Object.fromEntries(FIELDS.map(f => [f, params.get(f) || '']));
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  document.title = p.about ? `Statements: ${p.about} — Sitrep` : 'Statements — Sitrep';
  const input = (name, label, type, extra) => h('label', { class: name === 'about' ? 'field q' : 'field' }, h('span', null, label),
    h('input', { type, name, value: p[name], id: 'statements-' + name, ...extra }));
  const form = h('form', { class: 'filters', id: 'statements-form' },
    input('about', 'About', 'search', { placeholder: 'e.g. ceasefire' }),
    input('speaker', 'Speaker', 'search', { placeholder: 'anyone' }),
    input('stance', 'Stance', 'search', { placeholder: 'e.g. ukraine-nato:opposes' }),
    input('publisher', 'Publisher', 'search', { placeholder: 'any' }),
    input('from', 'From', 'date'),
    input('to', 'To', 'date'),
    ['flag', 'language'].filter(k => p[k]).map(k => h('input', { type: 'hidden', name: k, value: p[k] })),
    h('button', { type: 'submit' }, 'Show statements'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    window.location.hash = route('/statements', Object.fromEntries([...new FormData(form)].filter(([, v]) => v)));
  });
  view.append(form);
  let r;
  try {
    r = await get('quotes', { ...p, offset, limit: PAGE, facets: true });
  } catch (err) {
    view.append(errorBox(err));
    return;
  }
  const linkWith = change => route('/statements', { ...p, ...change, offset: null });
  const f = r.facets || {};
  const qs = new URLSearchParams(Object.entries(p).filter(([, v]) => v)).toString();
  const main = h('section', { class: 'results', 'aria-label': 'statements' },
    h('h2', null, `${r.total} statement${r.total === 1 ? '' : 's'}`, p.about ? ` about “${p.about}”` : ''),
    quoteList(r.items, 'No statement matches. Try fewer words, another stance or a wider date range.'),
    pager(r, o => route('/statements', { ...p, offset: o || null })),
    h('p', { class: 'follow muted' }, 'Export every statement: ',
      h('a', { href: '/api/export/quotes?format=csv' + (qs ? '&' + qs : ''), class: 'export-link', download: '' }, 'CSV'), ' ',
      h('a', { href: '/api/export/quotes?format=jsonl' + (qs ? '&' + qs : ''), download: '' }, 'JSON Lines')));
  view.append(h('div', { class: 'columns' }, main,
    h('aside', { class: 'side facets', 'aria-label': 'narrow the statements' },
      facetPanel('By speaker', 'speaker', f.speaker, v => linkWith({ speaker: v }), p.speaker),
      facetPanel('By stance', 'stance', f.stance, v => linkWith({ stance: v }), p.stance),
      facetPanel('By publisher', 'publisher', f.publisher, v => linkWith({ publisher: v }), p.publisher),
      facetPanel('By flag', 'flag', f.flag, v => linkWith({ flag: v }), p.flag),
      facetPanel('By language', 'language', f.language, v => linkWith({ language: v }), p.language))));
}
