// The dossier of an entity: aliases, attributes with sources, events, quotes by and about it, co-occurring
// entities.
import * as api from '../api.js';
import { h, pin, render, fmtDate, label, entityBadge, docChip, entityLink, plural, empty, outletChip } from '../dom.js';
import { eventCard, eventDate, eventPlace, countsText, sourceChips } from './common.js';
import { eventBadge } from '../dom.js';

/** A source of an attribute: an article id (a…) or a document id (d…), labelled through refs where possible. */
function attrSource(id, refs) {
  if (refs.documents?.[id]) return docChip(id, refs);
  const art = refs.articles?.[id];
  if (art?.document && refs.documents?.[art.document]) {
    const chip = docChip(art.document, refs);
    chip.href = `#/article/${encodeURIComponent(id)}`;
    return chip;
  }
  return h('a', { class: 'chip outlet unknown', href: `#/article/${encodeURIComponent(id)}`, title: `article ${id}` }, art?.outlet ?? art?.title ?? `article ${id.slice(0, 7)}…`);
}

function quoteList(quotes, refs, showSpeaker) {
  if (!quotes?.length) return empty('None found.');
  return h('ul', { class: 'quotes' }, quotes.map((q) => h('li', null,
    h('blockquote', { class: q.direct ? 'direct' : 'indirect' }, q.direct ? `“${q.text}”` : q.text),
    h('p', { class: 'qmeta' },
      showSpeaker ? (q.speaker?.entity ? entityLink(q.speaker.entity, refs, q.speaker.text) : h('span', { class: 'desc' }, q.speaker?.text ?? 'unknown speaker')) : null,
      q.cue ? h('span', { class: 'cue' }, q.cue) : null,
      q.hedge ? h('span', { class: 'badge warn', title: 'hedge' }, q.hedge) : null,
      q.outlet ? outletChip(q.outlet) : null,
      q.date ? h('time', { datetime: q.date }, fmtDate(q.date)) : null,
      h('a', { href: `#/article/${encodeURIComponent(q.article)}`, class: 'ctx' }, 'in context →')))));
}

export async function entityView(ctx, id) {
  const d = await api.get(`entities/${encodeURIComponent(id)}`);
  if (ctx.stale()) return;
  const e = d.entity;
  const refs = d.refs ?? {};
  refs.entities ??= {};
  // Attribute sources are article ids; the dossier maps them to documents (article_documents) or refs.articles.
  refs.articles ??= {};
  for (const [a, doc] of Object.entries(d.article_documents ?? {})) refs.articles[a] ??= { id: a, document: doc };
  refs.entities[e.id] ??= { id: e.id, name: e.name, type: e.type };
  const attrs = new Map();
  for (const a of e.attributes ?? []) {
    if (!attrs.has(a.key)) attrs.set(a.key, []);
    attrs.get(a.key).push(a);
  }
  const co = d.cooccurring ?? [];
  const maxCo = Math.max(1, ...co.map((c) => c.articles));
  const events = d.events ?? [];

  render(ctx.main,
    h('div', { class: 'pagehead dossier' },
      h('p', { class: 'crumbs' }, 'Dossier'),
      h('h1', null, e.name, ' ', entityBadge(e.type)),
      h('p', { class: 'sub' }, `${plural(e.mention_count ?? e.mentions?.length ?? 0, 'mention')} in ${plural(e.articles ?? 0, 'article')} · ${plural(events.length, 'event')} · ${plural(d.quotes_by?.length ?? 0, 'quote')} by, ${d.quotes_about?.length ?? 0} about`,
        e.geo ? [' · ', h('a', { href: `#/map?place=${encodeURIComponent(e.id)}` }, pin(), ` ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}`)] : null),
      (e.aliases ?? []).length ? h('p', { class: 'aliases' }, h('span', { class: 'k' }, 'Also written'), (e.aliases ?? []).map((a) => h('span', { class: 'chip plain' }, a))) : null,
      h('p', { class: 'actions' },
        h('a', { class: 'button', href: `#/timeline?entity=${encodeURIComponent(e.id)}` }, 'Timeline'),
        h('a', { class: 'button', href: `#/search?entity=${encodeURIComponent(e.id)}` }, 'Search mentions'),
        h('a', { class: 'button', href: `#/map?entity=${encodeURIComponent(e.id)}` }, 'Map'))),
    h('div', { class: 'story-layout dossier-layout' },
      h('div', { class: 'col-main' },
        h('section', { class: 'card', 'aria-labelledby': 'h-attr' },
          h('h2', { id: 'h-attr' }, 'Attributes'),
          attrs.size ? h('table', { class: 'attrs' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Attribute'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Sources'))),
            h('tbody', null, [...attrs].flatMap(([key, list]) => list.map((a, i) => h('tr', { class: i === 0 ? 'first' : null },
              i === 0 ? h('th', { scope: 'row', rowspan: list.length }, label(key)) : null,
              h('td', null, a.value),
              h('td', null, h('span', { class: 'chips' }, (a.sources ?? []).map((s) => attrSource(s, refs))))))))) : empty('No attributes stated.')),
        h('section', { class: 'card', 'aria-labelledby': 'h-dev' },
          h('h2', { id: 'h-dev' }, 'Events ', h('span', { class: 'n' }, events.length)),
          events.length ? h('table', { class: 'evtable' },
            h('thead', null, h('tr', null, ['Date', 'Event', 'Role', 'Place', 'Counts', 'Sources'].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', null, events.map((ev) => h('tr', null,
              h('td', { class: 'nowrap' }, eventDate(ev)),
              h('td', null, h('a', { href: `#/event/${encodeURIComponent(ev.id)}` }, eventBadge(ev)),
                ev.disagreements?.length ? h('span', { class: 'badge danger', title: 'outlets disagree' }, '≠') : null),
              h('td', null, [...new Set((ev.participants ?? []).filter((p) => p.entity === e.id).map((p) => p.role)), ev.location?.entity === e.id ? 'place' : null].filter(Boolean).join(', ')),
              h('td', null, eventPlace(ev, refs)),
              h('td', null, countsText(ev.counts)),
              h('td', null, sourceChips(ev.sources, refs)))))) : empty('Not a participant in any event found.')),
        h('section', { class: 'card', 'aria-labelledby': 'h-qb' },
          h('h2', { id: 'h-qb' }, 'Quotes by ', e.name, ' ', h('span', { class: 'n' }, d.quotes_by?.length ?? 0)), quoteList(d.quotes_by, refs, false)),
        h('section', { class: 'card', 'aria-labelledby': 'h-qa' },
          h('h2', { id: 'h-qa' }, 'Quotes about ', e.name, ' ', h('span', { class: 'n' }, d.quotes_about?.length ?? 0)), quoteList(d.quotes_about, refs, true))),
      h('div', { class: 'col-side' },
        h('section', { class: 'card', 'aria-labelledby': 'h-co' },
          h('h2', { id: 'h-co' }, 'Appears with'),
          co.length ? h('ul', { class: 'cooc' }, co.map((c) => h('li', null,
            h('a', { href: `#/entity/${encodeURIComponent(c.id)}`, class: `ent et-${String(c.type).toLowerCase()}` }, c.name),
            h('span', { class: 'bar', style: { '--w': `${Math.round((100 * c.articles) / maxCo)}%` }, title: `${plural(c.articles, 'shared article')}` }),
            h('span', { class: 'n' }, c.articles)))) : empty('Nobody else.')))));
}
