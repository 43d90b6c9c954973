// Pieces shared by several pages: event cards, facts, disagreements, and article text with highlighted
// mentions and quotes.
import { h, pin, fmtDate, label, eventBadge, docChip, entityLink, plural, empty } from '../dom.js';

const COUNT_WORDS = { killed: 'killed', injured: 'injured', launched: 'launched', intercepted: 'intercepted', impacted: 'impacted' };
const QUALIFIER = { at_least: 'at least ', about: 'about ', at_most: 'at most ', exact: '' };

/** "at least 4 killed · 2 injured". */
export function countsText(counts) {
  return Object.entries(counts ?? {}).map(([k, c]) => `${QUALIFIER[c?.qualifier] ?? ''}${c?.value} ${COUNT_WORDS[k] ?? label(k)}`).join(' · ');
}

/** The date of an event with how it was found: "6 Feb 2026" (relative). */
export function eventDate(event) {
  const d = event.date ?? {};
  if (!d.value) return h('span', { class: 'date unknown', title: 'date not stated in the text' }, 'date unknown');
  return h('time', { class: 'date', datetime: d.value, title: `date basis: ${d.basis}` }, fmtDate(d.value),
    d.basis && d.basis !== 'stated' ? h('span', { class: 'basis' }, ' ', d.basis) : null);
}

/** Place of an event, linked to its dossier when resolved. */
export function eventPlace(event, refs) {
  const loc = event.location;
  if (!loc) return null;
  return h('span', { class: 'place' }, pin(), loc.entity ? entityLink(loc.entity, refs, loc.name) : loc.name,
    loc.detail ? h('span', { class: 'detail' }, ` (${loc.detail})`) : null);
}

const ROLE_ORDER = ['perpetrator', 'actor', 'victim', 'target', 'party', 'speaker'];

/** Participants grouped by role: linked entities first, then unresolved descriptions. */
export function participants(event, refs, max = 4) {
  const byRole = new Map();
  for (const p of event.participants ?? []) {
    if (!byRole.has(p.role)) byRole.set(p.role, { linked: new Map(), text: [] });
    const r = byRole.get(p.role);
    if (p.entity) { if (!r.linked.has(p.entity)) r.linked.set(p.entity, p.text); } else if (!r.text.includes(p.text)) r.text.push(p.text);
  }
  if (!byRole.size) return null;
  const roles = [...byRole.keys()].sort((a, b) => (ROLE_ORDER.indexOf(a) + 99) % 99 - (ROLE_ORDER.indexOf(b) + 99) % 99);
  return h('dl', { class: 'roles' }, roles.map((role) => {
    const r = byRole.get(role);
    const items = [...[...r.linked].map(([id, text]) => entityLink(id, refs, text)), ...r.text.map((t) => h('span', { class: 'desc' }, t))];
    const shown = items.slice(0, max);
    const more = items.length - shown.length;
    return [h('dt', null, role), h('dd', null, shown.flatMap((x, i) => (i ? [', ', x] : [x])),
      more > 0 ? h('span', { class: 'more', title: items.slice(max).map((x) => x.textContent).join(', ') }, ` +${more}`) : null)];
  }));
}

/** Source chips for a list of document ids. */
export function sourceChips(ids, refs) {
  return h('span', { class: 'chips' }, (ids ?? []).map((d) => docChip(d, refs)));
}

/** Facts of an event with their sources; fields in disagreement are marked. */
export function factsTable(event, refs) {
  const facts = event.facts ?? [];
  if (!facts.length) return null;
  const disputed = new Set((event.disagreements ?? []).map((d) => d.field));
  return h('table', { class: 'facts' },
    h('caption', { class: 'sr-only' }, 'Facts and the sources that state them'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Stated by'))),
    h('tbody', null, facts.map((f) => h('tr', { class: disputed.has(f.field) ? 'disputed' : null },
      h('th', { scope: 'row' }, label(f.field)),
      h('td', null, String(f.value), disputed.has(f.field) ? h('span', { class: 'badge warn', title: 'outlets disagree on this field' }, 'disputed') : null),
      h('td', null, sourceChips(f.sources, refs))))));
}

/** A merged event: type, date, place, counts, participants, corroboration, facts. */
export function eventCard(event, refs, { facts = true, link = true } = {}) {
  const sources = event.sources ?? [];
  const dis = event.disagreements?.length ?? 0;
  return h('article', { class: 'event', id: `ev-${event.id}`, dataset: { type: event.type } },
    h('header', null,
      eventBadge(event),
      event.status && event.status !== 'completed' ? h('span', { class: 'badge status' }, event.status) : null,
      eventDate(event),
      eventPlace(event, refs),
      dis ? h('a', { class: 'badge danger', href: `#ev-dis-${event.id}`, title: 'outlets state some fields differently' }, plural(dis, 'disagreement')) : null,
      h('span', { class: 'corr', title: `${plural(sources.length, 'source')} report it; ${plural(event.origins ?? sources.length, 'independent origin')}` },
        corroboration(sources.length, event.origins),
        link ? h('a', { class: 'permalink', href: `#/event/${encodeURIComponent(event.id)}`, title: 'event page', 'aria-label': 'event page' }, ' ¶') : null)),
    event.counts && Object.keys(event.counts).length ? h('p', { class: 'counts' }, countsText(event.counts)) : null,
    participants(event, refs),
    h('div', { class: 'sources' }, h('span', { class: 'k' }, 'Reported by'), sourceChips(sources, refs)),
    facts ? factsDetails(event, refs) : null);
}

/** The facts table, folded unless outlets disagree about the event. */
function factsDetails(event, refs) {
  const table = factsTable(event, refs);
  if (!table) return null;
  return h('details', { class: 'factsbox', open: Boolean(event.disagreements?.length) },
    h('summary', null, plural(event.facts.length, 'fact'), ' with sources'), table);
}

/** Dots showing how many sources (filled: independent origins) report an event. */
export function corroboration(sources, origins) {
  const n = Math.min(sources, 8);
  const o = Math.min(origins ?? sources, n);
  return h('span', { class: 'dots', 'aria-label': `${sources} sources, ${origins ?? sources} independent` },
    Array.from({ length: n }, (_, i) => h('i', { class: i < o ? 'on' : 'syn' })), sources > 8 ? `+${sources - 8}` : null,
    h('span', { class: 'n' }, ` ${sources}`));
}

/** One short line describing an event, for tooltips and lists. */
export function eventTitle(event, refs) {
  const who = (event.participants ?? []).find((p) => p.role === 'victim' || p.role === 'target') ?? (event.participants ?? [])[0];
  const whoName = who ? (who.entity && refs?.entities?.[who.entity]?.name) || who.text : null;
  return [label(event.subtype ?? event.type), event.location?.name ? `in ${event.location.name}` : null,
    whoName ? `— ${whoName}` : null].filter(Boolean).join(' ');
}

/**
 * The disagreements of a list of events side by side: one row per event and field, one column per value, each
 * value with the outlets that state it.
 */
export function disagreementTable(events, refs) {
  const rows = [];
  for (const ev of events) for (const d of ev.disagreements ?? []) rows.push([ev, d]);
  if (!rows.length) return null;
  const width = Math.max(2, ...rows.map(([, d]) => d.values.length));
  return h('table', { class: 'disagreements' },
    h('caption', { class: 'sr-only' }, 'Disagreements between outlets'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Event'), h('th', { scope: 'col' }, 'Field'),
      Array.from({ length: width }, (_, i) => h('th', { scope: 'col' }, `Version ${String.fromCharCode(65 + i)}`)))),
    h('tbody', null, rows.map(([ev, d]) => h('tr', { id: `ev-dis-${ev.id}` },
      h('td', { class: 'ev' }, h('a', { href: `#/event/${encodeURIComponent(ev.id)}` }, eventBadge(ev)), ' ', eventDate(ev),
        h('div', { class: 'ttl' }, eventTitle(ev, refs))),
      h('th', { scope: 'row', class: 'field' }, label(d.field)),
      Array.from({ length: width }, (_, i) => {
        const v = d.values[i];
        return h('td', { class: 'value' }, v ? [h('strong', { class: 'v' }, String(v.value)), h('div', null, sourceChips(v.sources, refs)),
          (v.reported ?? v.dates)?.length ? h('div', { class: 'when' }, 'reported ', [...new Set((v.reported ?? v.dates).map((x) => fmtDate(String(x).slice(0, 10))))].join(', ')) : null] : null);
      })))));
}

/**
 * Article text with paragraphs, entity mentions linked to their dossiers and quotes highlighted (speaker in the
 * tooltip). Offsets are UTF-16 code units, which is what JavaScript string indices count.
 */
export function articleText(article, refs) {
  const text = article.text ?? '';
  const mentions = (article.mentions ?? []).filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const quotes = (article.quotes ?? []).filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end);
  const cuts = new Set([0, text.length]);
  for (const m of mentions) { cuts.add(m.start); cuts.add(m.end); }
  for (const q of quotes) { cuts.add(q.start); cuts.add(q.end); }
  const paragraphs = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m; (m = re.exec(text));) { paragraphs.push([at, m.index]); at = m.index + m[0].length; }
  paragraphs.push([at, text.length]);
  for (const [a, b] of paragraphs) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((x, y) => x - y);

  const container = h('div', { class: 'text', lang: article.language ?? null });
  let mi = 0;
  for (const [ps, pe] of paragraphs) {
    if (ps >= pe) continue;
    const p = h('p');
    let i = points.findIndex((x) => x >= ps);
    for (; i < points.length - 1 && points[i] < pe; i++) {
      const a = points[i], b = Math.min(points[i + 1], pe);
      if (a >= b) continue;
      const piece = text.slice(a, b);
      while (mi < mentions.length && mentions[mi].end <= a) mi++;
      const mention = mentions.slice(mi, mi + 8).find((m) => m.start <= a && m.end >= b);
      const quote = quotes.find((q) => q.start <= a && q.end >= b);
      let node = document.createTextNode(piece);
      if (mention) {
        const type = String(mention.type ?? 'other').toLowerCase();
        node = mention.entity
          ? h('a', { class: `m et-${type}`, href: `#/entity/${encodeURIComponent(mention.entity)}`, title: `${mention.name ?? refs?.entities?.[mention.entity]?.name ?? ''} (${mention.type})` }, node)
          : h('span', { class: `m et-${type}`, title: `${mention.name ?? piece} (${mention.type}, unresolved)` }, node);
      }
      if (quote) {
        const who = quote.speaker?.entity ? refs?.entities?.[quote.speaker.entity]?.name ?? quote.speaker.text : quote.speaker?.text;
        const tip = `${who ?? 'unknown speaker'}${quote.cue ? ` — ${quote.cue}` : ''}${quote.direct ? ' (direct quote)' : ' (paraphrase)'}${quote.hedge ? ` · hedge: ${quote.hedge}` : ''}`;
        node = h('q', { class: quote.direct ? 'qt direct' : 'qt indirect', title: tip, dataset: { quote: quote.id } }, node);
      }
      p.append(node);
    }
    container.append(p);
  }
  return container;
}

/** A legend explaining the highlight colours. */
export function textLegend() {
  return h('p', { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'm et-person' }, 'person'), h('span', { class: 'm et-org' }, 'organisation'),
    h('span', { class: 'm et-place' }, 'place'), h('span', { class: 'm et-group' }, 'group'),
    h('q', { class: 'qt direct' }, 'direct quote'), h('q', { class: 'qt indirect' }, 'reported speech'));
}

/** The header line of an article: outlet, date, dateline, source. */
export function articleMeta(article, refs) {
  return h('p', { class: 'meta' },
    article.document ? docChip(article.document, { documents: { [article.document]: refs?.documents?.[article.document] ?? { id: article.document, outlet: article.outlet, source: article.source, title: article.document_title, published: article.published } } }) : null,
    article.date ? h('time', { datetime: article.date }, fmtDate(article.date)) : h('span', { class: 'unknown' }, 'date unknown'),
    article.date_basis && article.date_basis !== 'stated' ? h('span', { class: 'basis', title: 'how the date was found' }, `(${article.date_basis})`) : null,
    article.dateline ? h('span', { class: 'dateline' }, article.dateline) : null,
    h('span', { class: 'src', title: article.source }, article.source));
}

export { empty };
