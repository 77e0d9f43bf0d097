// Sitrep web page: the cards shared by several views (quotes, search results, errors).
import { h, outLink, route, snippet, publishedTime } from './dom.js';

/**
 * A statement card: the words, who said them (linked to their actor page), when, where, and the article. A
 * statement repeated by copies of its article shows its origin and folds the copies under "also in N sources".
 */
export function quoteCard(q) {
  const speaker = q.speaker
    ? (q.speakerId ? h('a', { href: route('/actor/' + encodeURIComponent(q.speakerId)), class: 'speaker' }, q.speaker)
      : h('span', { class: 'speaker' }, q.speaker))
    : h('span', { class: 'speaker unknown' }, 'Unattributed');
  const sources = q.sources || [];
  const copies = q.copies || 0;
  return h('article', { class: 'card quote-card', 'data-kind': q.kind || '', 'data-copies': String(copies) },
    h('blockquote', { class: 'words' }, q.text || ''),
    h('div', { class: 'meta' },
      speaker,
      q.cue ? h('span', { class: 'cue' }, q.cue) : null,
      h('span', { class: 'kind' }, q.kind || ''),
      copies ? h('span', { class: 'origin-label', title: 'the earliest of the articles that carry this statement' }, 'origin') : null,
      q.publishedInferred
        ? h('time', { datetime: q.published, class: 'inferred', title: 'day inferred from the article text' },
          '≈ ' + q.published + ' (inferred)')
        : h('time', { datetime: q.published || '' }, q.published || 'undated'),
      q.publisher ? h('span', { class: 'publisher' }, q.publisher) : null,
      copyBadges(sources.slice(0, 1)),
      (q.stances || []).map(s => h('a', { class: 'issue-stance stance-' + s.stance, 'data-issue': s.issue,
        href: route('/positions', { issue: s.issue }),
        title: s.evidence.length ? 'carried by: ' + s.evidence.join(', ') : 'speaks to the issue, takes no side' },
        `${s.stance} ${s.issue}`))),
    h('div', { class: 'links' },
      q.articleId ? h('a', { href: route('/article/' + encodeURIComponent(q.articleId), q.start != null ? { at: q.start } : null), class: 'open-article' },
        'Read in context: ', h('span', { class: 'title' }, q.title || 'untitled article')) : null,
      q.url ? outLink(q.url, 'original') : null),
    copies ? sourceList(sources.slice(1), copies) : null);
}

const COPY_FLAGS = { 'spun-text': 'spun', 'machine-translated': 'machine-translated' };

/** Badges for the flags that say a source's words were changed: spun or machine-translated. */
function copyBadges(sources) {
  const flags = new Set(sources.flatMap(s => s.flags || []).filter(f => Object.hasOwn(COPY_FLAGS, f)));
  return [...flags].map(f => h('span', { class: 'flag badge-' + f, 'data-flag': f }, COPY_FLAGS[f]));
}

/** "also in N sources", folded: each copy's date, publisher and article, with its spun or translated badge. */
function sourceList(copies, n) {
  return h('details', { class: 'sources' },
    h('summary', null, `also in ${n} source${n === 1 ? '' : 's'}`, ' ', copyBadges(copies)),
    h('ul', null, copies.map(s => h('li', { class: 'source-item' },
      // Not a <time>: a card's own date is its origin's, and lists of cards read their dates from <time>.
      h('span', { class: 'date', 'data-date': s.published || '' }, s.published || 'undated'), ' ',
      h('span', { class: 'publisher' }, s.publisher || 'unknown publisher'), ' ',
      h('a', { href: route('/article/' + encodeURIComponent(s.articleId), s.start != null ? { at: s.start } : null), class: 'open-copy' },
        s.title || 'untitled article'), ' ',
      copyBadges([s]),
      s.url ? [' ', outLink(s.url, 'address')] : null))));
}

/** A list of quote cards, or a quiet line when there are none. */
export function quoteList(quotes, empty) {
  if (!quotes || quotes.length === 0) return h('p', { class: 'muted' }, empty || 'No statements.');
  return h('div', { class: 'quotes' }, quotes.map(quoteCard));
}

/** A search result: title linked to the article view, the highlighted snippet, date, publisher, flags. */
export function resultCard(a) {
  return h('article', { class: 'card result' },
    h('h3', null, h('a', { href: route('/article/' + encodeURIComponent(a.id)), class: 'result-title' }, a.title || 'untitled article')),
    h('p', { class: 'snippet' }, snippet(a.snippet)),
    h('div', { class: 'meta' },
      publishedTime(a),
      a.publisher ? h('span', { class: 'publisher' }, a.publisher) : null,
      a.section ? h('span', null, a.section) : null,
      a.duplicateOf ? h('a', { href: route('/article/' + encodeURIComponent(a.duplicateOf)), class: 'flag copy-of' }, 'copy of an earlier article') : null,
      (a.flags || []).filter(f => WARN_FLAGS.has(f)).map(f => h('span', { class: 'flag' }, f))));
}

const WARN_FLAGS = new Set(['spun-text', 'machine-translated', 'mojibake-repaired', 'from-aggregate-page']);

/** An API failure as a message; a query syntax error also shows the server's caret picture. */
export function errorBox(err) {
  return h('div', { class: 'notice error', role: 'alert' },
    h('strong', null, err.status === 404 ? 'Not found: ' : 'Error: '), err.message || String(err),
    err.pretty ? h('pre', { class: 'pretty' }, err.pretty) : null);
}

/** "Previous / n–m of N / Next" links for a paged response. */
export function pager(page, linkFor) {
  const { total, offset, limit } = page;
  if (total <= limit && offset === 0) return null;
  const prev = offset > 0 ? h('a', { href: linkFor(Math.max(0, offset - limit)), class: 'prev', rel: 'prev' }, '← Previous') : h('span', { class: 'disabled' }, '← Previous');
  const next = offset + limit < total ? h('a', { href: linkFor(offset + limit), class: 'next', rel: 'next' }, 'Next →') : h('span', { class: 'disabled' }, 'Next →');
  const shown = total === 0 ? '0' : `${offset + 1}–${Math.min(total, offset + limit)}`;
  return h('nav', { class: 'pager', 'aria-label': 'pages' }, prev, h('span', { class: 'range' }, `${shown} of ${total}`), next);
}

/**
 * Counts as links that narrow a listing to one value: {value, label, count} each, most first. The value in use is
 * marked, and its link takes the filter off.
 */
export function facetPanel(title, name, counts, link, current) {
  const entries = counts || [];
  return h('section', { class: 'panel facet', 'data-facet': name },
    h('h2', null, title),
    entries.length ? h('ul', { class: 'facet-list' }, entries.map(c => {
      const on = current !== undefined && current !== null && current !== '' && String(current).toLowerCase() === String(c.value).toLowerCase();
      return h('li', on ? { class: 'on' } : null,
        h('a', { href: link(on ? '' : c.value), 'data-value': c.value, title: on ? 'remove this filter' : c.value }, (on ? '× ' : '') + c.label),
        ' ', h('span', { class: 'count muted' }, String(c.count)));
    })) : h('p', { class: 'muted' }, 'none'));
}
