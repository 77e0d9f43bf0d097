// Sitrep web page: day charts drawn with Chart.js (served from its webjar as the global `Chart`).
import { h } from './dom.js';

/** Spans up to this many days are drawn per day, up to two years per week, longer ones per month. */
const DAILY_UP_TO = 120;
const WEEKLY_UP_TO = 730;
/** At most this many bars: one absurd date cannot make the page draw centuries of empty ones. */
const MAX_PERIODS = 800;

/** 'day', 'week' or 'month': the period that fits the span between the first and last date (ISO strings). */
export function bucketFor(dates) {
  const sorted = [...new Set(dates.filter(Boolean))].sort();
  if (sorted.length === 0) return 'day';
  const span = (Date.parse(sorted[sorted.length - 1] + 'T00:00:00Z') - Date.parse(sorted[0] + 'T00:00:00Z')) / 86400000;
  return span > WEEKLY_UP_TO ? 'month' : span > DAILY_UP_TO ? 'week' : 'day';
}

/** The first day of the period holding an ISO day: itself, its week's Monday, or its month's first. */
export function periodStart(day, bucket) {
  if (bucket === 'month') return day.slice(0, 8) + '01';
  if (bucket === 'day') return day;
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Every period from the first date's to the last's, so that quiet periods show as gaps, not as nothing. */
export function periodRange(dates, bucket) {
  const sorted = [...new Set(dates.filter(Boolean))].sort();
  if (sorted.length === 0) return [];
  const periods = [];
  const end = new Date(periodStart(sorted[sorted.length - 1], bucket) + 'T00:00:00Z');
  for (let d = new Date(periodStart(sorted[0], bucket) + 'T00:00:00Z'); d <= end && periods.length < MAX_PERIODS;) {
    periods.push(d.toISOString().slice(0, 10));
    if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (bucket === 'week' ? 7 : 1));
  }
  return periods;
}

/** Every day from the first to the last date (ISO strings). */
export function dayRange(dates) {
  return periodRange(dates, 'day');
}

/**
 * A bar chart of counts per day, per week or per month, whichever fits the span of the data (the title's "per
 * day" says which); series is [{label, counts: Map(date → n), kind: 'bar'|'line'}]. Returns a figure holding the
 * canvas; its data-points attribute says how many non-zero values it plots, data-bucket by what period.
 */
export function dayChart(title, series) {
  const bucket = bucketFor(series.flatMap(s => [...s.counts.keys()]));
  const summed = series.map(s => {
    const counts = new Map();
    for (const [day, n] of s.counts) {
      const p = periodStart(day, bucket);
      counts.set(p, (counts.get(p) || 0) + n);
    }
    return { ...s, counts };
  });
  const days = periodRange(summed.flatMap(s => [...s.counts.keys()]), bucket);
  title = bucket === 'day' ? title : title.replace(/per day/, 'per ' + bucket);
  const points = summed.reduce((n, s) => n + [...s.counts.values()].filter(v => v > 0).length, 0);
  const { figure, canvas } = chartFigure(title, { 'data-points': String(points), 'data-bucket': bucket },
    days.length === 0 ? 'No dated data.' : null);
  series = summed;
  if (!canvas) return figure;
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
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxRotation: 0, autoSkip: true, callback: (v, i) => bucket === 'month' ? days[i].slice(0, 7) : shortDay(days[i], days) } } },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    figure.dataset.drawn = 'true';
  });
  return figure;
}

/**
 * A chart's figure: its caption and canvas. When there is nothing to draw (`empty` names why) or the chart library
 * did not load, the figure says so and `canvas` is null.
 */
export function chartFigure(title, attrs, empty, boxClass) {
  const canvas = h('canvas', { role: 'img', 'aria-label': title });
  const figure = h('figure', { class: 'chart', ...attrs }, h('figcaption', null, title),
    h('div', { class: boxClass || 'chart-box' }, canvas));
  if (empty) {
    figure.replaceChildren(h('figcaption', null, title), h('p', { class: 'muted' }, empty));
    return { figure, canvas: null };
  }
  if (typeof window.Chart !== 'function') {
    figure.append(h('p', { class: 'muted' }, 'The chart library did not load.'));
    return { figure, canvas: null };
  }
  return { figure, canvas };
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
