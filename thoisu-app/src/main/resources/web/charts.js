// SVG charts of the web UI: built from DOM nodes with text nodes only, like the rest of the UI.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Days of "YYYY", "YYYY-MM" or "YYYY-MM-DD" values, counted from 1970, so dates can sit on a linear axis. */
function dayNumber(value) {
  const [y, m = '01', d = '01'] = value.slice(0, 10).split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86400000;
}

function dayLabel(n) {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

/** "12/1": the way Vietnamese news writes a day, which readers of these stories know best. */
function dayMonth(n) {
  const d = new Date(n * 86400000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
}

function yearsOf(lo, hi) {
  const [a, b] = [dayLabel(lo).slice(0, 4), dayLabel(hi).slice(0, 4)];
  return a === b ? a : `${a}–${b}`;
}

/** A bar per day of the search facet "day"; a bar is a button that filters the search to that day. */
export function histogram(days, onPick) {
  const sorted = [...days].sort((a, b) => a.value.localeCompare(b.value));
  const width = 280, height = 120, pad = 18;
  const max = Math.max(...sorted.map(d => d.count), 1);
  const bar = Math.max(2, Math.min(24, (width - 2 * pad) / sorted.length - 2));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'histogram', role: 'img', 'aria-label': 'Articles per day' });
  sorted.forEach((d, i) => {
    const h = (height - 2 * pad) * d.count / max;
    const x = pad + i * (bar + 2);
    const rect = svg('rect', { class: 'bar', x, y: height - pad - h, width: bar, height: Math.max(h, 1), tabindex: 0, role: 'button',
      'aria-label': `${d.value}: ${d.count} articles` });
    rect.append(svg('title', {}, `${d.value}: ${d.count}`));
    rect.addEventListener('click', () => onPick(d.value));
    rect.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(d.value); } });
    chart.append(rect);
  });
  chart.append(svg('line', { class: 'axis', x1: pad, x2: width - pad, y1: height - pad, y2: height - pad }));
  if (sorted.length) {
    chart.append(svg('text', { class: 'tick', x: pad, y: height - 4 }, sorted[0].value));
    if (sorted.length > 1) chart.append(svg('text', { class: 'tick', x: width - pad, y: height - 4, 'text-anchor': 'end' }, sorted[sorted.length - 1].value));
    chart.append(svg('text', { class: 'tick', x: pad - 4, y: pad + 4, 'text-anchor': 'end' }, String(max)));
  }
  return chart;
}

/**
 * The story's timeline on a date axis: a circle per dated event (bigger when more articles report it) and, below
 * the axis, a bar per day with the number of articles published that day.
 */
export function timeline(entries, articlesPerDay) {
  const dates = [...entries.map(e => e.date), ...Object.keys(articlesPerDay)];
  // Events of one day stack upwards; the chart grows to fit the tallest stack instead of letting dots overlap.
  const perDay = {};
  for (const e of entries) perDay[e.date] = (perDay[e.date] || 0) + 1;
  const tallest = Math.max(1, ...Object.values(perDay));
  const step = 22, top = 30, width = 900;
  const axisY = top + tallest * step, height = axisY + 78, pad = 40;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': 'Timeline of the story' });
  if (!dates.length) return chart;
  const numbers = dates.map(dayNumber);
  let lo = Math.min(...numbers), hi = Math.max(...numbers);
  if (hi === lo) { lo -= 1; hi += 1; }
  const x = n => pad + (width - 2 * pad) * (n - lo) / (hi - lo);
  chart.append(svg('line', { class: 'axis', x1: pad, x2: width - pad, y1: axisY, y2: axisY }));
  const ticks = Math.min(10, Math.round(hi - lo));
  for (let i = 0; i <= ticks; i++) {
    const n = Math.round(lo + (hi - lo) * i / ticks);
    chart.append(svg('line', { class: 'axis', x1: x(n), x2: x(n), y1: axisY, y2: axisY + 4 }));
    chart.append(svg('text', { class: 'tick', x: x(n), y: axisY + 16, 'text-anchor': 'middle' }, dayMonth(n)));
  }
  chart.append(svg('text', { class: 'tick year', x: pad, y: 14 }, yearsOf(lo, hi)));
  chart.append(svg('text', { class: 'tick key', x: width - pad, y: 14, 'text-anchor': 'end' }, '● dated event (bigger: more articles)   ▮ articles published that day'));
  const maxArticles = Math.max(1, ...Object.values(articlesPerDay));
  for (const [day, count] of Object.entries(articlesPerDay)) {
    const h = 36 * count / maxArticles;
    const cx = x(dayNumber(day));
    const rect = svg('rect', { class: 'bar', x: cx - 5, y: axisY + 22, width: 10, height: h });
    rect.append(svg('title', {}, `${day}: ${count} articles published`));
    chart.append(rect, svg('text', { class: 'tick', x: cx, y: axisY + 22 + h + 12, 'text-anchor': 'middle' }, String(count)));
  }
  const stack = {};
  for (const e of entries) {
    const n = dayNumber(e.date);
    const level = stack[n] = (stack[n] || 0) + 1;
    const r = Math.min(10, 4 + 1.5 * e.articles.length);
    const dot = svg('circle', { class: 'event', cx: x(n), cy: axisY - step / 2 - (level - 1) * step, r, tabindex: 0 });
    dot.append(svg('title', {}, `${e.date}: ${e.text} (${e.articles.length} articles)`));
    chart.append(dot);
  }
  return chart;
}
