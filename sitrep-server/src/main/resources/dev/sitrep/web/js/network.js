// Sitrep web page: the co-mention network of an actor as a small force-directed SVG.
//
// Drawn by hand: the graph is one actor and at most a few dozen neighbours, so a few hundred iterations of a
// spring-and-repulsion layout settle it instantly, and a graph library would be heavier than the whole page.
import { route } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Lays out centre + neighbours [{id, name, type, count}]; returns positions in a width × height box. */
export function layout(centre, neighbours, width, height) {
  const nodes = [{ ...centre, x: width / 2, y: height / 2, fixed: true, count: 0 },
    ...neighbours.map((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, neighbours.length);
      return { ...n, x: width / 2 + Math.cos(a) * width / 3, y: height / 2 + Math.sin(a) * height / 3 };
    })];
  const max = Math.max(1, ...neighbours.map(n => n.count));
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (let i = 1; i < nodes.length; i++) {
      const a = nodes[i];
      let fx = 0, fy = 0;
      for (let j = 0; j < nodes.length; j++) {
        if (i === j) continue;
        const b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        fx += (dx / Math.sqrt(d2)) * 4000 / d2 * 10;
        fy += (dy / Math.sqrt(d2)) * 4000 / d2 * 10;
      }
      // Springs to the centre: more co-mentions, shorter spring.
      const c = nodes[0];
      const dx = c.x - a.x, dy = c.y - a.y, d = Math.hypot(dx, dy) || 1;
      const rest = Math.min(width, height) * (0.45 - 0.25 * (a.count / max));
      fx += (dx / d) * (d - rest) * 0.1;
      fy += (dy / d) * (d - rest) * 0.1;
      a.x = Math.min(width - 20, Math.max(20, a.x + fx * cool));
      a.y = Math.min(height - 14, Math.max(30, a.y + fy * cool));
    }
  }
  return nodes;
}

/** The network as an <svg>; each neighbour links to its actor page. */
export function networkSvg(centre, neighbours) {
  const width = 560, height = 360;
  const nodes = layout(centre, neighbours.slice(0, 30), width, height);
  const max = Math.max(1, ...neighbours.map(n => n.count));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'network', role: 'img',
    'aria-label': `Actors mentioned together with ${centre.name}` });
  const edges = svg('g', { class: 'edges' });
  const dots = svg('g', { class: 'nodes' });
  root.append(edges, dots);
  const c = nodes[0];
  for (const n of nodes.slice(1)) {
    const line = svg('line', { x1: c.x, y1: c.y, x2: n.x, y2: n.y, 'stroke-width': 1 + 4 * n.count / max });
    line.append(svg('title', null, `${n.count} article${n.count === 1 ? '' : 's'} together`));
    edges.append(line);
  }
  nodes.forEach((n, i) => {
    const r = i === 0 ? 12 : 5 + 7 * n.count / max;
    const g = svg('g', { class: 'node' + (i === 0 ? ' centre' : ''), transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` });
    const circle = svg('circle', { r: r.toFixed(1), class: 't-' + String(n.type || 'other').toLowerCase() });
    // Long names are cut so that neighbouring labels stay apart; the tooltip has the whole name.
    const name = n.name.length > 24 ? n.name.slice(0, 23) + '…' : n.name;
    const label = svg('text', { y: -r - 3, 'text-anchor': 'middle' }, name);
    if (i === 0) {
      g.append(circle, label);
    } else {
      const a = svg('a', { href: route('/actor/' + encodeURIComponent(n.id)) });
      a.append(svg('title', null, `${n.name}: ${n.count}`), circle, label);
      g.append(a);
    }
    dots.append(g);
  });
  return root;
}
