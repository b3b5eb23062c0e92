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

/**
 * Mentions of an entity per day on a continuous date axis (days without mentions stay empty, so gaps show): one
 * bar per day with mentions, its height the number of mentions, its title the day, mentions and articles.
 */
export function mentionsChart(days) {
  const width = 640, height = 170, pad = 34, top = 16;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'mentions-chart', role: 'img', 'aria-label': 'Mentions per day' });
  if (!days.length) return chart;
  const numbers = days.map(d => dayNumber(d.day));
  let lo = Math.min(...numbers), hi = Math.max(...numbers);
  if (hi === lo) { lo -= 1; hi += 1; }
  const axisY = height - 30;
  const x = n => pad + (width - 2 * pad) * (n - lo) / (hi - lo);
  const max = Math.max(...days.map(d => d.mentions), 1);
  const bar = Math.max(2, Math.min(14, (width - 2 * pad) / (hi - lo + 1) - 1));
  chart.append(svg('line', { class: 'axis', x1: pad, x2: width - pad, y1: axisY, y2: axisY }));
  chart.append(svg('text', { class: 'tick', x: pad - 6, y: top + 4, 'text-anchor': 'end' }, String(max)));
  chart.append(svg('text', { class: 'tick year', x: pad, y: 11 }, yearsOf(lo, hi)));
  const ticks = Math.min(8, Math.round(hi - lo));
  for (let i = 0; i <= ticks; i++) {
    const n = Math.round(lo + (hi - lo) * i / ticks);
    chart.append(svg('line', { class: 'axis', x1: x(n), x2: x(n), y1: axisY, y2: axisY + 4 }));
    chart.append(svg('text', { class: 'tick', x: x(n), y: axisY + 16, 'text-anchor': 'middle' }, dayMonth(n)));
  }
  days.forEach((d, i) => {
    const h = Math.max(1, (axisY - top) * d.mentions / max);
    const rect = svg('rect', { class: 'bar', x: x(numbers[i]) - bar / 2, y: axisY - h, width: bar, height: h, tabindex: 0,
      'aria-label': `${d.day}: ${d.mentions} mentions in ${d.articles} articles` });
    rect.append(svg('title', {}, `${d.day}: ${d.mentions} mentions in ${d.articles} articles`));
    chart.append(rect);
  });
  return chart;
}

function shortLabel(name, max = 18) {
  return name.length <= max ? name : name.slice(0, max - 1) + '…';
}

/**
 * The entities mentioned with one entity, as a graph: the entity in the middle, each neighbour on a circle (the most
 * shared articles first, from the top, clockwise; more shared articles also sit closer), node areas by shared
 * articles, edge widths by shared articles, and thinner edges between neighbours that appear together too. The
 * layout depends on the data only, so the same entity always draws the same picture. Nodes are links.
 */
export function coMentionGraph(center, neighbours, links, hrefOf, compact = false) {
  // Compact (phone width): the same picture scaled down, so its labels are shorter and drawn larger.
  const width = 600, height = 420, cx = width / 2, cy = height / 2, outer = compact ? 130 : 150, labelLength = compact ? 12 : 18;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: compact ? 'graph compact' : 'graph', role: 'group', 'aria-label': `Entities mentioned with ${center.canonical}` });
  if (!neighbours.length) return chart;
  const max = Math.max(...neighbours.map(n => n.articles), 1);
  const size = count => 5 + 13 * Math.sqrt(count / max);
  const place = new Map();
  neighbours.forEach((n, i) => {
    const angle = -Math.PI / 2 + 2 * Math.PI * i / neighbours.length;
    const r = outer - 0.3 * outer * (n.articles / max);
    place.set(n.canonical, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), n });
  });
  const edges = svg('g', { class: 'edges' });
  // The strongest links only: with every pair drawn, a well-connected entity's graph becomes a solid web.
  const strongest = [...links].sort((x, y) => y.articles - x.articles).slice(0, 2 * neighbours.length);
  const maxLink = Math.max(1, ...strongest.map(l => l.articles));
  for (const l of strongest) {
    const a = place.get(l.a), b = place.get(l.b);
    if (!a || !b) continue;
    const line = svg('line', { class: 'link', x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 0.5 + 3 * l.articles / maxLink });
    line.append(svg('title', {}, `${l.a} – ${l.b}: ${l.articles} articles`));
    edges.append(line);
  }
  for (const { x, y, n } of place.values()) {
    const line = svg('line', { class: 'spoke', x1: cx, y1: cy, x2: x, y2: y, 'stroke-width': 1 + 6 * n.articles / max });
    line.append(svg('title', {}, `${center.canonical} – ${n.canonical}: ${n.articles} articles`));
    edges.append(line);
  }
  chart.append(edges);
  for (const { x, y, n } of place.values()) {
    const r = size(n.articles);
    const node = svg('a', { href: hrefOf(n.canonical), class: `node ent-${n.type}`, 'aria-label': `${n.canonical}: ${n.articles} shared articles` });
    node.append(svg('title', {}, `${n.canonical} (${n.articles} articles)`));
    node.append(svg('circle', { cx: x, cy: y, r }));
    // The label sits outside the circle, away from the centre, so neighbours' labels do not run into each other.
    const dx = x - cx, dy = y - cy, d = Math.hypot(dx, dy) || 1;
    const ux = dx / d, uy = dy / d;
    const anchor = Math.abs(ux) < 0.35 ? 'middle' : ux > 0 ? 'start' : 'end';
    node.append(svg('text', { x: x + ux * (r + 5), y: y + uy * (r + 5) + (uy > 0.35 ? (compact ? 15 : 10) : uy < -0.35 ? -2 : 5), 'text-anchor': anchor }, shortLabel(n.canonical, labelLength)));
    chart.append(node);
  }
  const hub = svg('g', { class: `node hub ent-${center.type}` });
  hub.append(svg('circle', { cx, cy, r: 20 }));
  hub.append(svg('text', { x: cx, y: cy + 34, 'text-anchor': 'middle', class: 'hub-label' }, shortLabel(center.canonical, 24)));
  chart.append(hub);
  return chart;
}
