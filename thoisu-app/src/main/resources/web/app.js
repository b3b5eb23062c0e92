// thoisu web UI. Every piece of source text goes into the page through text nodes (el() below), never parsed as
// HTML, so a crawled page can never inject markup into this one.
import { histogram, timeline } from './charts.js';

const main = document.getElementById('main');

/** Creates an element; string children become text nodes, attributes are set one by one. */
export function el(tag, attrs = {}, ...children) {
  const ns = attrs.svg ? 'http://www.w3.org/2000/svg' : null;
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'svg' || v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText, status: response.status }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

const enc = encodeURIComponent;
const link = {
  article: (id, start, end) => `#/article/${enc(id)}` + (start !== undefined ? `?s=${start}&e=${end}` : ''),
  story: id => `#/story/${enc(id)}`,
  entity: name => `#/entity/${enc(name)}`,
  search: params => '#/?' + new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString(),
};

const numberFormat = new Intl.NumberFormat('vi-VN');
const approxLabel = { exact: '', about: 'about', 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to', 'less-than': 'less than', nearly: 'nearly' };

function show(title, ...content) {
  document.title = title ? `${title} · thoisu` : 'thoisu';
  main.replaceChildren(...content);
  main.focus({ preventScroll: true });
}

function meta(...parts) {
  return el('div', { class: 'meta' }, parts.filter(Boolean).join(' · '));
}

// ---- folding, so that "ha noi" highlights "Hà Nội" in snippets -------------------------------------------------
/** Lower-cases and strips diacritics one character at a time, so offsets stay those of the original text. */
function foldChars(text) {
  let out = '';
  for (const ch of text) {
    let f = ch.normalize('NFD')[0].toLowerCase();
    if (f === 'đ') f = 'd';
    out += ch.length === 2 ? f.padEnd(2, ' ') : f;
  }
  return out;
}

/** A snippet with the query's words marked; marks the store's highlighter put in (<b>, <em>, <mark>) are honoured. */
function snippet(text, query) {
  const node = el('p', { class: 'snippet' });
  const markers = /<\/?(b|em|mark|strong)>/gi;
  if (markers.test(text)) {
    let inside = false;
    for (const part of text.split(/(<\/?(?:b|em|mark|strong)>)/i)) {
      if (/^<\//.test(part) && /^<\/(b|em|mark|strong)>$/i.test(part)) inside = false;
      else if (/^<(b|em|mark|strong)>$/i.test(part)) inside = true;
      else if (part) node.append(inside ? el('mark', {}, part) : document.createTextNode(part));
    }
    return node;
  }
  const words = foldChars(query).split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 1);
  const folded = foldChars(text);
  const ranges = [];
  for (const w of words) {
    let i = folded.indexOf(w);
    while (i >= 0) { ranges.push([i, i + w.length]); i = folded.indexOf(w, i + w.length); }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    node.append(text.slice(at, s), el('mark', {}, text.slice(s, e)));
    at = e;
  }
  node.append(text.slice(at));
  return node;
}

// ---- pages --------------------------------------------------------------------------------------------------------
async function searchPage(params) {
  const q = params.get('q') || '';
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Search articles', placeholder: 'Tìm kiếm… (with or without diacritics)' });
  const sort = el('select', { name: 'sort', 'aria-label': 'Sort' },
    el('option', { value: 'relevance', selected: params.get('sort') !== 'date' }, 'relevance'),
    el('option', { value: 'date', selected: params.get('sort') === 'date' }, 'newest'));
  const form = el('form', { class: 'search', role: 'search', onsubmit: e => {
    e.preventDefault();
    const next = Object.fromEntries(params);
    next.q = input.value; next.sort = sort.value; delete next.cursor;
    location.hash = link.search(next);
  } }, input, sort, el('button', { type: 'submit' }, 'Search'));
  show(q ? `“${q}”` : 'Search', form, el('p', { class: 'meta' }, 'Searching…'));
  const query = new URLSearchParams();
  for (const k of ['q', 'outlet', 'entity', 'story', 'from', 'to', 'sort', 'cursor']) if (params.get(k)) query.set(k, params.get(k));
  const result = await api('/api/search?' + query);

  const filters = el('div', { class: 'chips' });
  for (const k of ['outlet', 'entity', 'story', 'from', 'to']) {
    if (!params.get(k)) continue;
    const rest = Object.fromEntries(params); delete rest[k]; delete rest.cursor;
    filters.append(el('a', { class: 'chip', href: link.search(rest), 'aria-label': `Remove filter ${k}` }, `${k}: ${params.get(k)} ✕`));
  }
  const hits = el('section', { 'aria-label': 'Results' }, el('p', { class: 'meta' }, `${result.total} articles`));
  for (const h of result.hits) {
    hits.append(el('article', { class: 'hit' },
      el('h3', {}, el('a', { href: link.article(h.id) }, h.title || '(untitled)')),
      meta(h.outlet, h.published, h.copies && h.copies.length ? `${h.copies.length} copies` : null),
      snippet(h.snippet || '', q),
      h.story ? el('a', { href: link.story(h.story), class: 'meta' }, 'story →') : null));
  }
  if (result.next) {
    const more = Object.fromEntries(params); more.cursor = result.next;
    hits.append(el('p', {}, el('a', { href: link.search(more) }, 'Next page →')));
  }
  if (!result.hits.length) hits.append(el('p', { class: 'empty' }, 'Nothing found.'));

  const aside = el('aside', { 'aria-label': 'Facets' });
  const days = result.facets.day || [];
  if (days.length) {
    aside.append(el('h2', {}, 'By day'), histogram(days, day => {
      const next = Object.fromEntries(params); next.from = day; next.to = day; delete next.cursor;
      location.hash = link.search(next);
    }));
  }
  for (const [dim, label] of [['outlet', 'Outlets'], ['entity', 'Entities'], ['story', 'Stories']]) {
    const values = result.facets[dim] || [];
    if (!values.length) continue;
    const list = el('ul');
    for (const f of values.slice(0, 12)) {
      const next = Object.fromEntries(params); next[dim] = f.value; delete next.cursor;
      list.append(el('li', {}, el('a', { href: link.search(next) }, f.value), el('span', { class: 'meta' }, String(f.count))));
    }
    aside.append(el('div', { class: 'facet' }, el('h2', {}, label), list));
  }
  show(q ? `“${q}”` : 'Search', form, filters, el('div', { class: 'layout' }, hits, aside));
  input.focus();
}

async function storiesPage() {
  const stories = await api('/api/stories');
  const list = el('ul', { class: 'timeline-list' });
  for (const s of stories) {
    list.append(el('li', {}, el('time', {}, `${s.first || '?'} – ${s.last || '?'}`),
      el('a', { href: link.story(s.id) }, s.title), el('span', { class: 'meta' }, ` · ${s.articles.length} articles · ${s.outlets.join(', ')}`)));
  }
  show('Stories', el('h1', {}, 'Stories'), stories.length ? list : el('p', { class: 'empty' }, 'No stories yet.'));
}

/** A quote as the source wrote it; quotation marks are added only where the quote's own text has none. */
function quoted(q) {
  const marked = /^["“«'‘]/.test(q.text);
  return q.direct && !marked ? `“${q.text}” ` : `${q.text} `;
}

function approxValue(v) {
  const label = approxLabel[v.approx] || v.approx;
  return `${label ? label + ' ' : ''}${numberFormat.format(v.value)}${v.unit ? ' ' + v.unit : ''}`;
}

async function storyPage(id) {
  const s = await api('/api/stories/' + enc(id));
  const content = [el('h1', {}, s.title), meta(`${s.first || '?'} – ${s.last || '?'}`, `${s.articles.length} articles`, s.outlets.join(', '))];

  content.push(el('h2', {}, 'Timeline'));
  const perDay = {};
  for (const a of s.articleDetails || []) if (a.published) perDay[a.published.slice(0, 10)] = (perDay[a.published.slice(0, 10)] || 0) + 1;
  content.push(timeline(s.timeline, perDay));
  const events = el('ol', { class: 'timeline-list' });
  for (const t of s.timeline) {
    events.append(el('li', {}, el('time', { datetime: t.date }, t.date), t.text, ' ',
      ...t.articles.map((a, i) => el('a', { href: link.article(a), class: 'meta', 'aria-label': `source article ${i + 1}` }, `[${i + 1}]`))));
  }
  content.push(s.timeline.length ? events : el('p', { class: 'empty' }, 'No dated events.'));

  content.push(el('h2', {}, 'Disputed figures'));
  if (!s.conflicts.length) content.push(el('p', { class: 'empty' }, 'The sources agree, or give no comparable figures.'));
  for (const c of s.conflicts) {
    const rows = c.values.map(v => el('tr', {},
      el('td', {}, numberFormat.format(v.value) + (v.unit ? ' ' + v.unit : '')),
      el('td', {}, approxLabel[v.approx] || 'exact'),
      el('td', {}, v.attribution || 'unattributed'),
      el('td', {}, v.date || ''),
      el('td', {}, el('a', { href: link.article(v.article, v.start, v.end) }, v.sentence ? 'sentence' : v.article))));
    content.push(el('h3', {}, c.about), el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {}, ...['Value', 'Qualifier', 'Who says so', 'When', 'Source'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))));
  }

  if (s.claims.length) {
    content.push(el('details', {}, el('summary', {}, `All figures (${s.claims.length})`), el('ul', {},
      s.claims.map(c => el('li', {}, `${c.about}: ${approxValue(c)}`, c.attribution ? ` — ${c.attribution}` : '', c.date ? ` (${c.date}) ` : ' ',
        el('a', { href: link.article(c.article, c.start, c.end) }, '→'))))));
  }

  content.push(el('h2', {}, 'Key entities'));
  content.push(el('div', { class: 'chips' }, s.entities.slice(0, 30).map(e =>
    el('a', { class: 'chip', href: link.entity(e.canonical), title: e.aliases.join(', ') }, `${e.canonical} · ${e.mentions}`))));

  content.push(el('h2', {}, 'Articles'));
  const groups = new Map();
  for (const a of s.articleDetails || []) {
    if (!groups.has(a.group)) groups.set(a.group, []);
    groups.get(a.group).push(a);
  }
  const byOutlet = new Map();
  for (const members of groups.values()) {
    const outlet = members[0].outlet || 'unknown outlet';
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, []);
    byOutlet.get(outlet).push(members);
  }
  for (const [outlet, groupsOfOutlet] of byOutlet) {
    content.push(el('h3', {}, outlet));
    for (const members of groupsOfOutlet) {
      content.push(el('div', { class: 'group' }, members.map((a, i) => el('div', {},
        i ? el('span', { class: 'kind' }, 'copy') : null,
        el('a', { href: link.article(a.id) }, a.title || a.id), ' ', el('span', { class: 'meta' }, [a.outlet, a.published].filter(Boolean).join(' · '))))));
    }
  }
  show(s.title, ...content);
}

async function entitiesPage(params) {
  const q = params.get('q') || '';
  const input = el('input', { type: 'search', value: q, 'aria-label': 'Find an entity', placeholder: 'Tên người, tổ chức, địa danh…' });
  const form = el('form', { class: 'search', role: 'search', onsubmit: e => { e.preventDefault(); location.hash = '#/entities?q=' + enc(input.value); } },
    input, el('button', { type: 'submit' }, 'Find'));
  const list = await api('/api/entities?q=' + enc(q));
  const table = el('table', {}, el('thead', {}, el('tr', {}, ...['Name', 'Type', 'Mentions', 'Articles'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map(e => el('tr', {}, el('td', {}, el('a', { href: link.entity(e.canonical) }, e.canonical)),
      el('td', {}, e.type), el('td', {}, String(e.mentions)), el('td', {}, String(e.articles))))));
  show('Entities', el('h1', {}, 'Entities'), form, list.length ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'empty' }, 'No entities.'));
}

async function entityPage(name) {
  const e = await api('/api/entities/' + enc(name));
  const content = [el('h1', {}, e.canonical), meta(e.type, `${e.mentions} mentions`, e.aliases.length > 1 ? 'also: ' + e.aliases.filter(a => a !== e.canonical).join(', ') : null),
    el('p', {}, el('a', { href: link.search({ entity: e.canonical }) }, 'Search articles mentioning it →'))];
  content.push(el('h2', {}, 'Stories'));
  content.push(e.stories.length ? el('ul', {}, e.stories.map(s => el('li', {}, el('a', { href: link.story(s.id) }, s.title),
    el('span', { class: 'meta' }, ` · ${s.first || '?'} – ${s.last || '?'}`)))) : el('p', { class: 'empty' }, 'In no story.'));
  content.push(el('h2', {}, 'Quotes'));
  content.push(e.quotes.length ? el('ul', {}, e.quotes.map(q => el('li', {}, quoted(q),
    el('a', { href: link.article(q.article, q.start, q.end) }, '→')))) : el('p', { class: 'empty' }, 'No quotes attributed.'));
  content.push(el('h2', {}, 'Mentioned with'));
  content.push(el('div', { class: 'chips' }, e.coMentioned.map(c => el('a', { class: 'chip', href: link.entity(c.canonical) }, `${c.canonical} · ${c.mentions}`))));
  content.push(el('h2', {}, 'Mentions'));
  for (const a of e.articles) {
    content.push(el('div', { class: 'hit' }, el('a', { href: link.article(a.id) }, a.title || a.id), meta(a.outlet, a.published),
      el('ul', {}, a.mentions.slice(0, 5).map(m => el('li', {}, snippet(m.context, m.text), el('a', { href: link.article(a.id, m.start, m.end) }, '→'))))));
  }
  show(e.canonical, ...content);
}

/** Splits the text at every span boundary; each piece carries the classes of every span that covers it. */
function highlighted(text, spans, target) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  if (target) { cuts.add(target.start); cuts.add(target.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = el('div', { class: 'article-text' });
  let targetNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter(s => s.start <= from && to <= s.end);
    const inTarget = target && target.start <= from && to <= target.end;
    const piece = text.slice(from, to);
    if (!covering.length && !inTarget) { out.append(piece); continue; }
    const node = el('span', { class: [...covering.map(s => s.cls), inTarget ? 'target' : ''].join(' ').trim(), title: covering.map(s => s.label).join('\n') || null }, piece);
    if (inTarget && !targetNode) targetNode = node;
    out.append(node);
  }
  return { node: out, targetNode };
}

async function articlePage(id, params) {
  const a = await api('/api/articles/' + enc(id));
  const spans = [
    ...a.entities.map(e => ({ start: e.start, end: e.end, cls: 'hl-' + e.type, label: `${e.type}: ${e.canonical}` })),
    ...a.times.map(t => ({ start: t.start, end: t.end, cls: 'hl-time', label: `time: ${t.value} (${t.precision})` })),
    ...a.quantities.map(q => ({ start: q.start, end: q.end, cls: 'hl-qty', label: `quantity: ${approxValue(q)}` })),
    ...a.quotes.map(q => ({ start: q.start, end: q.end, cls: 'hl-quote', label: `quote${q.speaker ? ' — ' + q.speaker : ''}` })),
  ].filter(s => s.start >= 0 && s.end <= a.text.length && s.start < s.end);
  const s = Number(params.get('s')), e = Number(params.get('e'));
  const target = params.has('s') && Number.isInteger(s) && Number.isInteger(e) && s <= e ? { start: s, end: e } : null;
  const { node, targetNode } = highlighted(a.text, spans, target);

  const toggles = [['ent', 'Entities', 'per'], ['time', 'Times', 'time'], ['qty', 'Quantities', 'qty'], ['quote', 'Quotes', 'quote']].map(([key, label, color]) =>
    el('label', {}, el('input', { type: 'checkbox', checked: true, onchange: ev => node.classList.toggle('hide-' + key, !ev.target.checked) }),
      ' ', el('span', { class: `swatch hl-${key === 'ent' ? 'PER' : key}` }), label));
  const content = [el('h1', {}, a.title || '(untitled)'), meta(a.outlet, a.published, a.authors.join(', ')),
    el('p', { class: 'meta' }, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow' }, a.url) : a.source),
    a.story ? el('p', {}, el('a', { href: link.story(a.story) }, 'Story →')) : null,
    a.duplicates.length > 1 ? el('p', { class: 'meta' }, 'Copies: ', ...a.duplicates.filter(d => d !== a.id).map(d => el('a', { href: link.article(d), class: 'chip' }, d))) : null,
    el('div', { class: 'legend', role: 'group', 'aria-label': 'Highlights' }, toggles), node];
  if (a.captions.length) {
    content.push(el('h2', {}, 'Captions'), el('ul', {}, a.captions.map(c => el('li', {}, c.text, c.credit ? el('span', { class: 'meta' }, ` — ${c.credit}`) : null))));
  }
  if (a.claims.length) {
    content.push(el('h2', {}, 'Figures'), el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {}, ...['What', 'Value', 'Who says so', 'When'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, a.claims.map(c => el('tr', {}, el('td', {}, el('a', { href: link.article(a.id, c.start, c.end) }, c.about)),
        el('td', {}, approxValue(c)), el('td', {}, c.attribution || 'unattributed'), el('td', {}, c.date || '')))))));
  }
  content.push(el('details', { class: 'removed' }, el('summary', {}, `Removed lines (${a.removed.length})`),
    el('ul', {}, a.removed.map(r => el('li', {}, el('span', { class: 'kind' }, r.kind), r.text)))));
  show(a.title || a.id, ...content);
  if (targetNode) targetNode.scrollIntoView({ block: 'center' });
}

// ---- routing --------------------------------------------------------------------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (!parts.length) await searchPage(params);
    else if (parts[0] === 'stories') await storiesPage();
    else if (parts[0] === 'story' && parts[1]) await storyPage(parts[1]);
    else if (parts[0] === 'entities') await entitiesPage(params);
    else if (parts[0] === 'entity' && parts[1]) await entityPage(parts[1]);
    else if (parts[0] === 'article' && parts[1]) await articlePage(parts[1], params);
    else show('Not found', el('p', { class: 'error' }, 'No such page.'));
  } catch (err) {
    show('Error', el('p', { class: 'error', role: 'alert' }, err.message));
  }
}

async function status() {
  try {
    const s = await api('/api/status');
    document.getElementById('status').textContent = `${s.articles} articles · ${s.stories} stories`;
  } catch { /* the page still works without the counters */ }
}

window.addEventListener('hashchange', route);
route();
status();
