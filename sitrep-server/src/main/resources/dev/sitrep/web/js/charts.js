// Sitrep web page: day charts drawn with Chart.js (served from its webjar as the global `Chart`).
import { h } from './dom.js';

/** Every day from the first to the last date (ISO strings), so that quiet days show as gaps, not as nothing. */
export function dayRange(dates) {
  const sorted = [...new Set(dates.filter(Boolean))].sort();
  if (sorted.length === 0) return [];
  const days = [];
  const end = new Date(sorted[sorted.length - 1] + 'T00:00:00Z');
  // Bounded so that one absurd date cannot make the page draw a century of empty bars.
  for (let d = new Date(sorted[0] + 'T00:00:00Z'); d <= end && days.length < 800; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * A bar chart of counts per day; series is [{label, counts: Map(date → n), kind: 'bar'|'line'}]. Returns a
 * figure holding the canvas; its data-points attribute says how many non-zero values it plots.
 */
export function dayChart(title, series) {
  const days = dayRange(series.flatMap(s => [...s.counts.keys()]));
  const canvas = h('canvas', { role: 'img', 'aria-label': title });
  const points = series.reduce((n, s) => n + [...s.counts.values()].filter(v => v > 0).length, 0);
  const figure = h('figure', { class: 'chart', 'data-points': String(points) },
    h('figcaption', null, title), h('div', { class: 'chart-box' }, canvas));
  if (days.length === 0) {
    figure.replaceChildren(h('figcaption', null, title), h('p', { class: 'muted' }, 'No dated data.'));
    return figure;
  }
  if (typeof window.Chart !== 'function') {
    figure.append(h('p', { class: 'muted' }, 'The chart library did not load.'));
    return figure;
  }
  const colours = ['#2563eb', '#d97706', '#059669'];
  // Chart.js needs the canvas in the document to measure it, so it is created once the figure is attached.
  requestAnimationFrame(() => {
    new window.Chart(canvas, {
      data: {
        labels: days,
        datasets: series.map((s, i) => ({
          type: s.kind || 'bar',
          label: s.label,
          data: days.map(d => s.counts.get(d) || 0),
          backgroundColor: colours[i % colours.length],
          borderColor: colours[i % colours.length],
          yAxisID: 'y',
          pointRadius: 3,
          tension: 0.2,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxRotation: 0, autoSkip: true, callback: (v, i) => shortDay(days[i], days) } } },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    figure.dataset.drawn = 'true';
  });
  return figure;
}

/** "06-26" when all days share a year, else the whole date. */
function shortDay(day, days) {
  return day && days[0].slice(0, 4) === days[days.length - 1].slice(0, 4) ? day.slice(5) : day;
}

/** Counts of items per date. */
export function countBy(items, dateOf, weightOf) {
  const m = new Map();
  for (const it of items || []) {
    const d = dateOf(it);
    if (d) m.set(d, (m.get(d) || 0) + (weightOf ? weightOf(it) : 1));
  }
  return m;
}
