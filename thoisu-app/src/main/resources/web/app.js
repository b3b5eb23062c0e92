// thoisu web UI. Every piece of source text goes into the page through text nodes (el() below), never parsed as
// HTML, so a crawled page can never inject markup into this one.
import { coMentionGraph, histogram, mentionsChart, timeline } from './charts.js';

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

const typeLabel = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };
const numberFormat = new Intl.NumberFormat('vi-VN');
const approxLabel = { exact: '', about: 'about', 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to', 'less-than': 'less than', nearly: 'nearly' };

function show(title, ...content) {
  document.title = title ? `${title} · thoisu` : 'thoisu';
  // replaceChildren would print a null as the text "null": optional parts of a page are left out instead.
  main.replaceChildren(...content.filter(c => c !== null && c !== undefined && c !== false));
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

/** "2025-01-10T18:20:00+07:00" → "2025-01-10 18:20": the source's own local time, without seconds and zone. */
function when(published) {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(published);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : published;
}

function meta(...parts) {
  return el('div', { class: 'meta' }, parts.filter(Boolean).join(' · '));
}

// ---- snippets ----------------------------------------------------------------------------------------------------
/**
 * A snippet with the query's words marked. The store's highlighter wraps each matched syllable in «…» (from the
 * offsets it indexed, so "ha noi" marks "Hà Nội" as the source spelled it); a guillemet pair around one run without
 * spaces is taken as such a mark, anything else stays text. The page never searches the text itself.
 */
function snippet(text) {
  const node = el('p', { class: 'snippet' });
  text = text.replace(/\s*\n\s*/g, ' ');
  let at = 0;
  for (const m of text.matchAll(/«([^«»\s]{1,60})»/g)) {
    node.append(text.slice(at, m.index), el('mark', {}, m[1]));
    at = m.index + m[0].length;
  }
  node.append(text.slice(at));
  return node;
}

/** "N other outlets", expandable to every folded copy with its outlet, date and a link to it. */
function copiesOf(hit) {
  const copies = hit.copyDetails || (hit.copies || []).map(id => ({ id }));
  if (!copies.length) return null;
  const outlets = new Set(copies.map(c => c.outlet).filter(o => o && o !== hit.outlet));
  const copiesLabel = `${copies.length} ${copies.length === 1 ? 'copy' : 'copies'}`;
  const label = outlets.size
    ? `${outlets.size} other ${outlets.size === 1 ? 'outlet' : 'outlets'}` + (outlets.size !== copies.length ? ` (${copiesLabel})` : '')
    : `${copiesLabel} from the same source`;
  return el('details', { class: 'copies' }, el('summary', {}, label),
    el('ul', {}, copies.map(c => el('li', {}, el('a', { href: link.article(c.id) }, c.outlet || c.id), ' ',
      el('span', { class: 'meta' }, [when(c.published), c.title && c.title !== hit.title ? c.title : null].filter(Boolean).join(' · '))))));
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
  const hits = el('section', { 'aria-label': 'Results', class: 'results' },
    el('p', { class: 'meta results-count' }, `${result.total} ${result.total === 1 ? 'article' : 'articles'}`));
  for (const h of result.hits) {
    const copies = h.copies || [];
    hits.append(el('article', { class: 'hit', 'data-group': [h.id, ...copies].join(' ') },
      el('h3', {}, el('a', { href: link.article(h.id) }, h.title || '(untitled)')),
      meta(h.outlet, when(h.published)),
      snippet(h.snippet || ''),
      copiesOf(h),
      h.story ? el('a', { href: link.story(h.story), class: 'more' }, 'Story →') : null));
  }
  if (result.next) {
    const more = Object.fromEntries(params); more.cursor = result.next;
    hits.append(el('p', {}, el('a', { href: link.search(more) }, 'Next page →')));
  }
  if (!result.hits.length) hits.append(el('p', { class: 'empty' }, q ? `Nothing matches “${q}”.` : 'The store is empty: ingest some files first.'));

  const aside = el('aside', { 'aria-label': 'Facets', class: 'facets' });
  const storyNames = new Map();
  if ((result.facets.story || []).length) {
    try { for (const st of await api('/api/stories')) storyNames.set(st.id, storyTitle(st)); } catch { /* ids will do */ }
  }
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
      list.append(el('li', {}, el('a', { href: link.search(next) }, dim === 'story' ? storyNames.get(f.value) || f.value : f.value),
        el('span', { class: 'count' }, String(f.count))));
    }
    aside.append(el('div', { class: `facet facet-${dim}` }, el('h2', {}, label), list));
  }
  show(q ? `“${q}”` : 'Search', form, filters, el('div', { class: 'layout' }, hits, aside));
  input.focus();
}

/** A story's title, or its first article's date range when the pipeline gave it none. */
function storyTitle(s) {
  return (s.title || '').trim() || `Untitled story (${s.first || '?'})`;
}

async function storiesPage() {
  const stories = await api('/api/stories');
  const list = el('ul', { class: 'timeline-list' });
  for (const s of stories) {
    list.append(el('li', {}, el('time', {}, `${s.first || '?'} – ${s.last || '?'}`),
      el('a', { href: link.story(s.id) }, storyTitle(s)),
      el('span', { class: 'meta' }, ` · ${s.articles.length} ${s.articles.length === 1 ? 'article' : 'articles'}${s.outlets.length ? ' · ' + s.outlets.join(', ') : ''}`)));
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
  const content = [el('h1', {}, storyTitle(s)), meta(`${s.first || '?'} – ${s.last || '?'}`, `${s.articles.length} articles`, s.outlets.join(', '))];

  content.push(el('h2', {}, 'Timeline'));
  const perDay = {};
  for (const a of s.articleDetails || []) if (a.published) perDay[a.published.slice(0, 10)] = (perDay[a.published.slice(0, 10)] || 0) + 1;
  if (s.timeline.length || Object.keys(perDay).length) content.push(el('div', { class: 'chart-wrap' }, timeline(s.timeline, perDay)));
  const events = el('ol', { class: 'timeline-list' });
  for (const t of s.timeline) {
    events.append(el('li', {}, el('time', { datetime: t.date }, t.date), t.text, ' ',
      ...t.articles.map((a, i) => el('a', { href: link.article(a), class: 'meta', 'aria-label': `source article ${i + 1}` }, `[${i + 1}]`))));
  }
  content.push(s.timeline.length ? events : el('p', { class: 'empty' }, 'No dated events.'));

  content.push(el('h2', { id: 'disputed' }, 'Disputed figures'));
  if (!s.conflicts.length) content.push(el('p', { class: 'empty' }, 'The sources agree, or give no comparable figures.'));
  else content.push(el('p', { class: 'meta' }, 'Figures about the same thing that differ between sources. The same figure repeated by several articles is one row.'));
  for (const c of s.conflicts) {
    // Copies and follow-ups repeat a figure word for word: one row per distinct value and attribution.
    const rows = new Map();
    for (const v of c.values) {
      const key = [v.value, v.approx, v.unit, v.attribution].join('|');
      if (!rows.has(key)) rows.set(key, { ...v, sources: [], dates: new Set() });
      rows.get(key).sources.push(v);
      if (v.date) rows.get(key).dates.add(v.date);
    }
    // Equal numbers from different sources sit together, largest first.
    const body = [...rows.values()].sort((a, b) => b.value - a.value).map(r => el('tr', {},
      el('td', { class: 'num' }, numberFormat.format(r.value) + (r.unit ? ' ' + r.unit : '')),
      el('td', {}, approxLabel[r.approx] || 'exact'),
      el('td', {}, r.attribution || el('span', { class: 'muted' }, 'unattributed')),
      el('td', { class: 'nowrap' }, [...r.dates].sort().join(', ')),
      el('td', { class: 'sources' }, r.sources.map((v, i) => el('a', { href: link.article(v.article, v.start, v.end), title: v.sentence || v.article }, `[${i + 1}]`)))));
    content.push(el('h3', {}, c.about), el('div', { class: 'table-wrap' }, el('table', { class: 'conflict' },
      el('thead', {}, el('tr', {}, ...['Value', 'Qualifier', 'Who says so', 'When', 'Sources'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, body))));
  }

  if (s.claims.length) {
    content.push(el('details', {}, el('summary', {}, `All figures (${s.claims.length})`), el('ul', {},
      s.claims.map(c => el('li', {}, `${c.about}: ${approxValue(c)}`, c.attribution ? ` — ${c.attribution}` : '', c.date ? ` (${c.date}) ` : ' ',
        el('a', { href: link.article(c.article, c.start, c.end) }, '→'))))));
  }

  content.push(el('h2', {}, 'Key entities'));
  content.push(s.entities.length ? el('div', { class: 'chips entities' }, s.entities.slice(0, 30).map(e =>
    el('a', { class: `chip ent-${e.type}`, href: link.entity(e.canonical), title: [e.type, ...e.aliases].join(', ') },
      el('span', { class: 'name' }, e.canonical), el('span', { class: 'count' }, String(e.mentions)))))
    : el('p', { class: 'empty' }, 'No entities.'));

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
        el('a', { href: link.article(a.id) }, a.title || a.id), ' ', el('span', { class: 'meta' }, [a.outlet, when(a.published)].filter(Boolean).join(' · '))))));
    }
  }
  show(storyTitle(s), ...content);
}

async function entitiesPage(params) {
  const q = params.get('q') || '';
  const input = el('input', { type: 'search', value: q, 'aria-label': 'Find an entity', placeholder: 'Tên người, tổ chức, địa danh…' });
  const form = el('form', { class: 'search', role: 'search', onsubmit: e => { e.preventDefault(); location.hash = '#/entities?q=' + enc(input.value); } },
    input, el('button', { type: 'submit' }, 'Find'));
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (params.get('cursor')) query.set('cursor', params.get('cursor'));
  const page = await api('/api/entities?' + query);
  const table = el('table', {}, el('thead', {}, el('tr', {}, ...['Name', 'Type', 'Articles', 'Mentions'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, page.entities.map(e => el('tr', {}, el('td', {}, el('a', { href: link.entity(e.canonical) }, e.canonical)),
      el('td', {}, typeLabel[e.type] || e.type), el('td', { class: 'num' }, String(e.articles)), el('td', { class: 'num' }, String(e.mentions))))));
  const next = page.next ? el('p', {}, el('a', { href: `#/entities?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.next })}` }, 'Next page →')) : null;
  show('Entities', el('h1', {}, 'Entities'), page.total !== null ? meta(`${page.total} entities, most mentioned first`) : null, form,
    page.entities.length ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'empty' }, 'No entities.'), next);
}

/** A "More" button that fetches the next page of a list and appends it, until there is none. */
function moreButton(label, next, fetchPage, appendTo) {
  if (next === null || next === undefined) return null;
  let offset = next;
  const button = el('button', { type: 'button', class: 'more-button', onclick: async () => {
    button.disabled = true;
    const page = await fetchPage(offset);
    appendTo(page);
    offset = page.next;
    if (offset === null || offset === undefined) button.remove(); else button.disabled = false;
  } }, label);
  return button;
}

function quoteItem(q) {
  return el('li', {}, quoted(q), el('span', { class: 'meta' }, [q.outlet, when(q.published)].filter(Boolean).join(' · ')), ' ',
    el('a', { href: link.article(q.article, q.start, q.end), 'aria-label': `open the quote in ${q.articleTitle || 'its article'}` }, '→'));
}

function mentioningArticle(a) {
  return el('div', { class: 'hit' }, el('h3', {}, el('a', { href: link.article(a.id) }, a.title || a.id)), meta(a.outlet, when(a.published)),
    el('ul', { class: 'contexts' }, a.mentions.slice(0, 5).map(m => el('li', {}, mentionInContext(m), ' ',
      el('a', { href: link.article(a.id, m.start, m.end), 'aria-label': 'open at this mention' }, '→')))));
}

async function entityPage(name) {
  const e = await api('/api/entities/' + enc(name));
  const base = '/api/entities/' + enc(name);
  const others = e.aliases.filter(a => a !== e.canonical);
  const content = [el('h1', {}, e.canonical),
    meta(typeLabel[e.type] || e.type, `${e.mentions} mentions in ${e.articleCount} ${e.articleCount === 1 ? 'article' : 'articles'}`, others.length ? 'also written: ' + others.join(', ') : null),
    el('p', {}, el('a', { href: link.search({ entity: e.canonical }) }, 'Search articles mentioning it →'))];

  content.push(el('h2', {}, 'Mentions over time'));
  content.push(e.perDay.length ? el('div', { class: 'chart-wrap' }, mentionsChart(e.perDay)) : el('p', { class: 'empty' }, 'No dated mentions.'));

  content.push(el('h2', { id: 'graph' }, 'Mentioned with'));
  if (e.coMentioned.length) {
    const shown = e.coMentioned.slice(0, 14);
    content.push(el('div', { class: 'chart-wrap graph-wrap' }, coMentionGraph(e, shown, e.links, link.entity, matchMedia('(max-width: 600px)').matches)));
    content.push(el('p', { class: 'meta' }, 'Node size and line width: articles shared with ', e.canonical, '. Thin lines: the two also appear together.'));
    content.push(el('div', { class: 'chips co-mentioned' }, e.coMentioned.map(c => el('a', { class: `chip ent-${c.type}`, href: link.entity(c.canonical) },
      el('span', { class: 'name' }, c.canonical), el('span', { class: 'count' }, String(c.articles))))));
  } else content.push(el('p', { class: 'empty' }, 'Nobody else.'));

  content.push(el('h2', {}, 'Stories'));
  content.push(e.stories.length ? el('ul', { class: 'entity-stories' }, e.stories.map(s => el('li', {}, el('a', { href: link.story(s.id) }, storyTitle(s)),
    el('span', { class: 'meta' }, ` · ${s.first || '?'} – ${s.last || '?'} · ${s.articlesWithEntity} ${s.articlesWithEntity === 1 ? 'article' : 'articles'} with ${e.canonical}`))))
    : el('p', { class: 'empty' }, 'In no story.'));

  content.push(el('h2', {}, `Quotes (${e.quotesTotal})`));
  if (e.quotes.length) {
    const list = el('ul', { class: 'quotes' }, e.quotes.map(quoteItem));
    content.push(list, moreButton('More quotes', e.quotesNext, offset => api(`${base}/quotes?offset=${offset}`),
      page => list.append(...page.quotes.map(quoteItem))));
  } else content.push(el('p', { class: 'empty' }, 'No quotes attributed.'));

  content.push(el('h2', {}, `Mentions in ${e.articlesTotal} ${e.articlesTotal === 1 ? 'article' : 'articles'}`));
  const mentions = el('section', { class: 'mentions', 'aria-label': 'Mentions' }, e.articles.map(mentioningArticle));
  content.push(mentions, moreButton('More articles', e.articlesNext, offset => api(`${base}/articles?offset=${offset}`),
    page => mentions.append(...page.articles.map(mentioningArticle))));
  show(e.canonical, ...content);
}

/** The sentence around a mention with the mention itself marked (the first place its text occurs). */
function mentionInContext(m) {
  const node = el('span', { class: 'snippet' });
  const at = m.context.indexOf(m.text);
  if (at < 0 || !m.text) return el('span', { class: 'snippet' }, m.context);
  node.append(m.context.slice(0, at), el('mark', {}, m.text), m.context.slice(at + m.text.length));
  return node;
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
      ' ', key === 'ent' ? null : el('span', { class: `swatch hl-${key}` }), label,
      key === 'ent' ? Object.entries(typeLabel).map(([type, name]) => el('span', { class: `pill hl-${type}` }, name)) : null));
  const content = [el('h1', {}, a.title || '(untitled)'), meta(a.outlet, when(a.published), a.authors.join(', ')),
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
  const rendering = location.hash;
  main.setAttribute('aria-busy', 'true');
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
  } finally {
    // Only the latest navigation may say it is done (a slow page must not mark a newer one as rendered).
    if (location.hash === rendering) {
      main.dataset.route = rendering;
      main.setAttribute('aria-busy', 'false');
    }
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
