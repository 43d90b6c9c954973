// Stories: the list, one story (merged events, disagreements side by side, its articles), an article, a
// document and an event.
import * as api from '../api.js';
import { h, pin, render, fmtDate, label, eventBadge, outletChip, docChip, entityLink, plural, empty, EVENT_COLORS } from '../dom.js';
import { eventCard, disagreementTable, articleText, articleMeta, textLegend, sourceChips, eventTitle } from './common.js';

const PAGE = 50;

export async function storiesView(ctx) {
  const q = ctx.query;
  const params = { q: q.get('q'), disagreement: q.get('disagreement'), type: q.get('type'), from: q.get('from'), to: q.get('to'),
    offset: q.get('offset') ?? 0, limit: PAGE };
  const page = await api.get('stories', params);
  if (ctx.stale()) return;
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter stories', onsubmit: (e) => {
    e.preventDefault();
    const f = e.target.elements;
    ctx.go('/', { q: f.q.value.trim(), disagreement: f.disagreement.checked ? 'true' : '', from: f.from.value.trim(), to: f.to.value.trim() });
  } },
  h('label', null, 'Title words ', h('input', { name: 'q', type: 'search', value: params.q ?? '', placeholder: 'e.g. Moscow' })),
  h('label', null, 'From ', h('input', { name: 'from', value: params.from ?? '', placeholder: 'YYYY-MM', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
  h('label', null, 'To ', h('input', { name: 'to', value: params.to ?? '', placeholder: 'YYYY-MM-DD', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' })),
  h('label', { class: 'check' }, h('input', { name: 'disagreement', type: 'checkbox', checked: params.disagreement === 'true' }), ' with disagreements'),
  h('button', { type: 'submit' }, 'Filter'));

  const count = (n, list) => (typeof n === 'number' ? n : Array.isArray(list) ? list.length : typeof list === 'number' ? list : 0);
  const rows = page.items.map((st) => h('li', { class: 'story', dataset: { id: st.id } },
    h('div', { class: 'when' }, st.date ? h('time', { datetime: st.date }, fmtDate(st.date)) : h('span', { class: 'unknown' }, 'undated')),
    h('div', { class: 'body' },
      h('h2', null, h('a', { href: `#/story/${encodeURIComponent(st.id)}` }, st.title || h('span', { class: 'untitled', title: 'no headline: described by its events' },
        describe(st.event_types ?? [], (st.places ?? []).map((p) => p.name))))),
      h('div', { class: 'line' },
        h('span', { class: 'chips outlets' }, (st.outlets ?? []).map(outletChip),
          count(st.documents) > (st.outlets?.length ?? 0)
            ? h('span', { class: 'chip more', title: 'documents whose outlet is not known' }, `+${st.documents - (st.outlets?.length ?? 0)} unnamed`) : null),
        h('span', { class: 'chips types' }, (st.event_types ?? []).slice(0, 6).map((t) => eventBadge({ type: t }))),
        (st.places ?? []).length ? h('span', { class: 'places' }, pin(), (st.places ?? []).slice(0, 3).map((p, i) => [i ? ', ' : '', h('a', { href: `#/entity/${encodeURIComponent(p.id)}` }, p.name)])) : null)),
    h('div', { class: 'stats' },
      h('span', { title: 'articles (dispatches) in the story' }, h('b', null, count(st.article_count, st.articles)), ' art.'),
      h('span', { title: 'outlets / documents' }, h('b', null, count(st.documents, st.outlets)), ' src'),
      h('span', { title: 'merged events' }, h('b', null, count(st.event_count, st.events)), ' ev.'),
      st.disagreements ? h('span', { class: 'badge danger', title: 'fields that outlets state differently' }, plural(st.disagreements, 'disagreement')) : null)));

  render(ctx.main,
    h('div', { class: 'pagehead' }, h('h1', null, 'Stories'), h('p', { class: 'sub' }, `${page.total} stories, newest first`)),
    filters,
    rows.length ? h('ol', { class: 'stories' }, rows) : empty('No story matches.'),
    pager(page, (offset) => ctx.go('/', { ...Object.fromEntries(ctx.query), offset })));
}

/** A stand-in title for a story without a headline: "Strike, attack — Krasnodar Krai, Odesa". */
export function describe(types, places) {
  const what = types.slice(0, 3).map(label).join(', ');
  const where = [...new Set(places)].slice(0, 3).join(', ');
  const text = [what, where].filter(Boolean).join(' — ');
  return text ? text[0].toUpperCase() + text.slice(1) : 'Untitled story';
}

/** Previous/next links for a paginated answer. */
export function pager(page, goto) {
  if (page.total <= page.limit) return null;
  const last = page.offset + page.items.length;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => goto(Math.max(0, page.offset - page.limit)) }, '← Previous'),
    h('span', null, `${page.offset + 1}–${last} of ${page.total}`),
    h('button', { type: 'button', disabled: last >= page.total, onclick: () => goto(last) }, 'Next →'));
}

export async function storyView(ctx, id) {
  const data = await api.get(`stories/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  const { story, articles = [], refs = {} } = data;
  // Most corroborated first: independent origins, then sources (the server's order breaks ties).
  const events = (data.events ?? []).map((e, i) => [e, i]).sort(([a, i], [b, j]) =>
    (b.origins ?? 0) - (a.origins ?? 0) || (b.sources?.length ?? 0) - (a.sources?.length ?? 0)
    || (b.disagreements?.length ?? 0) - (a.disagreements?.length ?? 0) || i - j).map(([e]) => e);
  const docs = [...new Set(articles.map((a) => a.document))];
  const disputed = events.filter((e) => e.disagreements?.length);
  const dates = articles.map((a) => a.date).filter(Boolean).sort();

  const byType = new Map();
  for (const e of events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const title = story.title || articles.find((a) => a.title)?.title
    || describe([...byType.keys()], events.map((e) => e.location?.name).filter(Boolean));
  const typeFilter = h('div', { class: 'typefilter', role: 'group', 'aria-label': 'Show events of type' },
    h('button', { type: 'button', class: 'on', 'aria-pressed': 'true', dataset: { t: '' } }, `all ${events.length}`),
    [...byType].map(([t, n]) => h('button', { type: 'button', 'aria-pressed': 'false', dataset: { t }, style: { '--c': EVENT_COLORS[t] ?? EVENT_COLORS.other } }, `${label(t)} ${n}`)));
  const eventList = h('div', { class: 'events' }, events.map((e) => eventCard(e, refs)));
  typeFilter.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    for (const x of typeFilter.children) { x.classList.toggle('on', x === b); x.setAttribute('aria-pressed', String(x === b)); }
    for (const card of eventList.children) card.hidden = Boolean(b.dataset.t) && card.dataset.type !== b.dataset.t;
  });

  const articleBlocks = articles.map((a, i) => h('details', { class: 'article', open: i === 0, id: `art-${a.id}` },
    h('summary', null, h('span', { class: 'atitle' }, a.title || a.document_title || 'Untitled dispatch'), articleMeta(a, refs),
      h('span', { class: 'acounts' }, `${plural(a.mentions?.length ?? 0, 'mention')} · ${plural(a.quotes?.length ?? 0, 'quote')}`)),
    articleText(a, refs),
    h('p', { class: 'open' }, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, 'Open article page →'))));

  render(ctx.main,
    h('div', { class: 'pagehead' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / story'),
      h('h1', null, title),
      h('p', { class: 'sub' },
        dates.length ? `${fmtDate(dates[0])}${dates.length > 1 && dates.at(-1) !== dates[0] ? ' – ' + fmtDate(dates.at(-1)) : ''} · ` : '',
        `${plural(articles.length, 'article')} from ${plural(docs.length, 'source')} · ${plural(events.length, 'event')}`,
        disputed.length ? ' · ' : '', disputed.length ? h('a', { class: 'badge danger', href: '#disagreements' }, plural(disputed.reduce((n, e) => n + e.disagreements.length, 0), 'disagreement')) : null),
      h('div', { class: 'chips outlets', 'aria-label': 'Sources' }, docs.map((d) => docChip(d, refs)))),
    disputed.length ? h('section', { class: 'card', id: 'disagreements', 'aria-labelledby': 'h-dis' },
      h('h2', { id: 'h-dis' }, 'Where outlets disagree'),
      h('p', { class: 'hint' }, 'Each value with the outlets that state it and when they reported it. Nothing is picked for you.'),
      disagreementTable(disputed, refs)) : null,
    h('div', { class: 'story-layout' },
      h('div', { class: 'col-main' },
        h('section', { class: 'card', 'aria-labelledby': 'h-ev' },
          h('h2', { id: 'h-ev' }, 'Merged events ', h('span', { class: 'n' }, events.length)),
          h('p', { class: 'hint' }, 'One entry per real-world event, however many outlets report it; each fact lists its sources.'),
          typeFilter, events.length ? eventList : empty('No events were found in these articles.'))),
      h('div', { class: 'col-side' },
        h('section', { class: 'card', 'aria-labelledby': 'h-art' },
          h('h2', { id: 'h-art' }, 'Articles ', h('span', { class: 'n' }, articles.length)),
          textLegend(),
          articleBlocks.length ? articleBlocks : empty('No articles.')))));
}

export async function articleView(ctx, id) {
  const a = await api.get(`articles/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  const refs = a.refs ?? {};
  const quotes = a.quotes ?? [];
  const people = new Map();
  refs.entities ??= {};
  for (const m of a.mentions ?? []) {
    if (!m.entity) continue;
    people.set(m.entity, (people.get(m.entity) ?? 0) + 1);
    refs.entities[m.entity] ??= { id: m.entity, name: m.name ?? a.text?.slice(m.start, m.end), type: m.type };
  }
  render(ctx.main,
    h('div', { class: 'pagehead' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ', a.document ? h('a', { href: `#/document/${encodeURIComponent(a.document)}` }, 'document') : 'document', ' / article'),
      h('h1', null, a.title || a.document_title || 'Untitled dispatch'),
      articleMeta(a, refs)),
    h('div', { class: 'story-layout article-page' },
      h('div', { class: 'col-main' }, h('section', { class: 'card reading', 'aria-label': 'Article text' }, textLegend(), articleText(a, refs))),
      h('div', { class: 'col-side' },
        h('section', { class: 'card', 'aria-labelledby': 'h-aev' }, h('h2', { id: 'h-aev' }, 'Events reported ', h('span', { class: 'n' }, a.events?.length ?? 0)),
          (a.events ?? []).length ? (a.events ?? []).map((e) => eventCard(e, refs, { facts: false })) : empty('None.')),
        h('section', { class: 'card', 'aria-labelledby': 'h-aq' }, h('h2', { id: 'h-aq' }, 'Quotes ', h('span', { class: 'n' }, quotes.length)),
          quotes.length ? h('ul', { class: 'quotes compact' }, quotes.map((q) => h('li', null,
            q.speaker?.entity ? entityLink(q.speaker.entity, refs, q.speaker.text) : h('span', { class: 'desc' }, q.speaker?.text ?? 'unknown'),
            ' ', h('span', { class: 'cue' }, q.cue ?? ''), ' ',
            h('q', { class: q.direct ? 'qt direct' : 'qt indirect' }, (a.text ?? '').slice(q.start, q.end)),
            q.hedge ? h('span', { class: 'badge warn' }, q.hedge) : null))) : empty('None.')),
        h('section', { class: 'card', 'aria-labelledby': 'h-aent' }, h('h2', { id: 'h-aent' }, 'Named in this article'),
          h('p', { class: 'chips' }, [...people].sort((x, y) => y[1] - x[1]).map(([e, n]) => h('span', { class: 'chip plain' }, entityLink(e, refs), h('span', { class: 'n' }, ` ${n}`))))))));
}

export async function documentView(ctx, id) {
  const d = await api.get(`documents/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  const doc = d.document ?? {};
  const refs = d.refs ?? { documents: { [doc.id]: doc } };
  refs.documents ??= {};
  refs.documents[doc.id] ??= doc;
  render(ctx.main,
    h('div', { class: 'pagehead' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / document'),
      h('h1', null, doc.title || doc.source || 'Document'),
      h('p', { class: 'meta' }, docChip(doc.id, refs), doc.published ? h('time', { datetime: doc.published }, fmtDate(doc.published)) : null,
        doc.byline ? h('span', null, 'by ', doc.byline) : null, h('span', { class: 'src' }, doc.source),
        /^https?:/i.test(doc.source ?? '') ? h('a', { href: doc.source, rel: 'noopener noreferrer', target: '_blank' }, 'original ↗') : null)),
    (d.diagnostics ?? []).length ? h('section', { class: 'card', 'aria-label': 'Diagnostics' }, h('h2', null, 'Diagnostics'),
      h('ul', { class: 'diag' }, d.diagnostics.map((x) => h('li', { class: x.severity }, h('b', null, x.severity), ` ${x.stage}: `, x.message)))) : null,
    h('section', { class: 'card', 'aria-label': 'Dispatches' }, h('h2', null, plural((d.articles ?? []).length, 'dispatch', 'dispatches')),
      (d.articles ?? []).map((a, i) => h('details', { class: 'article', open: i === 0 },
        h('summary', null, h('span', { class: 'atitle' }, a.title || 'Untitled dispatch'), articleMeta(a, refs)),
        articleText(a, refs), h('p', { class: 'open' }, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, 'Open article page →'))))));
}

/** The first words of a text, for an article without a title. */
function opening(text) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 90 ? t.slice(0, 90).replace(/\s\S*$/, '') + '…' : t;
}

/** Links to the stories of an event, titled (or described by their events) from the stories themselves. */
async function eventStories(ids) {
  const found = await Promise.all(ids.slice(0, 10).map((id) => api.get(`stories/${encodeURIComponent(id)}`).then((d) => d.story).catch(() => ({ id }))));
  return h('ul', { class: 'links' }, found.map((st) => h('li', null, h('a', { href: `#/story/${encodeURIComponent(st.id)}` },
    st.title || (st.event_types ? describe(st.event_types, (st.places ?? []).map((p) => p.name)) : `Story ${st.id}`)))));
}

/** The articles of an event, each with its title, outlet and date (one request per article, the first 40). */
async function eventArticles(ids) {
  const found = await Promise.all(ids.slice(0, 40).map((a) => api.get(`articles/${encodeURIComponent(a)}`).catch(() => ({ id: a }))));
  return h('ul', { class: 'links evarticles' }, found.map((a) => {
    const doc = { id: a.document, outlet: a.outlet, source: a.source, title: a.document_title, published: a.published };
    return h('li', null,
      h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.document_title || opening(a.text) || `Article ${a.id}`),
      a.document ? h('div', { class: 'meta' }, docChip(a.document, { documents: { [a.document]: doc } }),
        a.date ?? a.published ? h('time', { datetime: a.date ?? a.published }, fmtDate(a.date ?? a.published)) : null) : null);
  }), ids.length > 40 ? h('li', { class: 'more' }, `… and ${ids.length - 40} more`) : null);
}

export async function eventView(ctx, id) {
  const d = await api.get(`events/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  const ev = d.event;
  const refs = d.refs ?? {};
  const [articles, stories] = await Promise.all([(d.articles ?? []).length ? eventArticles(d.articles) : empty('None.'),
    (d.stories ?? []).length ? eventStories(d.stories) : empty('None.')]);
  if (ctx.stale()) return;
  render(ctx.main,
    h('div', { class: 'pagehead' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/timeline' }, 'Timeline'), ' / event'),
      h('h1', { class: 'evtitle' }, eventTitle(ev, refs) || 'Event')),
    h('div', { class: 'story-layout' },
      h('div', { class: 'col-main' },
        ev.disagreements?.length ? h('section', { class: 'card' }, h('h2', null, 'Where outlets disagree'), disagreementTable([ev], refs)) : null,
        h('section', { class: 'card' }, eventCard(ev, refs, { link: false }))),
      h('div', { class: 'col-side' },
        h('section', { class: 'card' }, h('h2', null, 'In stories'),
          stories),
        h('section', { class: 'card' }, h('h2', null, 'Reported in'),
          articles))));
}

export { sourceChips };
