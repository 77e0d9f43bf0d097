// Sitrep web page: hash routing (#/search?q=…, #/actor/ID, #/topic?q=…, #/article/ID, #/stories, #/story/ID, #/statements?about=…, #/positions?issue=…, #/events?actor=…) so that every view is a link.
import { h, clear, route } from './dom.js';
import { errorBox } from './cards.js';
import { searchView } from './search.js';
import { actorView } from './actor.js';
import { topicView } from './topic.js';
import { articleView } from './article.js';
import { storiesView, storyView } from './stories.js';
import { positionsView } from './positions.js';
import { eventsView } from './events.js';
import { statementsView } from './statements.js';

const ROUTES = [
  [/^\/search$/, searchView],
  [/^\/actor\/(.+)$/, actorView],
  [/^\/topic$/, topicView],
  [/^\/article\/(.+)$/, articleView],
  [/^\/stories$/, storiesView],
  [/^\/story\/(.+)$/, storyView],
  [/^\/positions$/, positionsView],
  [/^\/events$/, eventsView],
  [/^\/statements$/, statementsView],
];

let generation = 0;

async function render() {
  const hash = window.location.hash.replace(/^#/, '') || '/search';
  const [path, query] = [hash.split('?')[0], hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''];
  const params = new URLSearchParams(query);
  const view = document.getElementById('view');
  const mine = ++generation;
  document.body.dataset.route = path.split('/')[1] || 'search';
  // Views render into a detached element, so a slow answer for an old address never overwrites a newer view.
  const next = h('div', { class: 'view', 'data-route': path.split('/')[1] || 'search' });
  clear(view).append(h('p', { class: 'muted loading' }, 'Loading…'));
  document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', path.startsWith('/' + a.dataset.nav)));
  const quick = document.getElementById('quick-q');
  if (quick) quick.value = params.get('q') || '';
  const match = ROUTES.map(([re, fn]) => [re.exec(path), fn]).find(([m]) => m);
  try {
    if (!match) {
      next.append(h('p', null, 'No such page. ', h('a', { href: route('/search') }, 'Start a search.')));
    } else {
      const [m, fn] = match;
      let arg;
      try {
        arg = m[1] === undefined ? undefined : decodeURIComponent(m[1]);
      } catch {
        arg = m[1];
      }
      await fn(next, params, arg);
    }
  } catch (err) {
    next.append(errorBox(err));
  }
  if (mine !== generation) return;
  // Chart.js keeps every chart in a registry until destroyed; the old view's would pile up otherwise.
  if (window.Chart) view.querySelectorAll('canvas').forEach(c => window.Chart.getChart(c)?.destroy());
  clear(view).append(next);
  view.dataset.ready = String(mine);
  const focus = params.has('at') ? view.querySelector('.focus[data-quote-start]') || view.querySelector('.focus') : null;
  if (focus) focus.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

document.getElementById('quick-search').addEventListener('submit', e => {
  e.preventDefault();
  window.location.hash = route('/search', { q: document.getElementById('quick-q').value });
});
window.addEventListener('hashchange', render);
render();
