// DOM building and formatting. Every string reaches the page as a text node or an attribute value: nothing
// untrusted is ever parsed as HTML (search snippets go through markedText, which rebuilds only <mark>).

/** Creates an element: h('a', {href: '#/', class: 'x'}, 'text', child, [more, children]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k === 'style' && typeof v === 'object') {
        for (const [prop, value] of Object.entries(v)) {
          if (prop.startsWith('--')) el.style.setProperty(prop, String(value));
          else el.style[prop] = value;
        }
      }
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';
/** Creates an SVG element with attributes. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * A fragment for a server snippet: HTML-escaped text with <mark> tags. Only <mark> and </mark> become elements;
 * every other character, tag-like or not, stays text.
 */
export function markedText(snippet) {
  const frag = document.createDocumentFragment();
  let target = frag;
  for (const part of String(snippet ?? '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      if (target === frag) { target = document.createElement('mark'); frag.append(target); }
    } else if (/^<\/mark>$/i.test(part)) {
      target = frag;
    } else if (part) {
      target.append(document.createTextNode(decodeEntities(part)));
    }
  }
  return frag;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-02-06" → "6 Feb 2026", "2025-12" → "Dec 2025", "2018" → "2018", "2026-02-06T10:28" → "6 Feb 2026 10:28". */
export function fmtDate(value) {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d, t] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}${t ? ' ' + t : ''}`;
}

/** A stable hue for a name, so an outlet keeps its colour everywhere. */
export function hue(name) {
  let x = 2166136261;
  for (const ch of String(name)) x = Math.imul(x ^ ch.codePointAt(0), 16777619);
  return ((x >>> 0) % 360);
}

export const EVENT_COLORS = {
  attack: '#c62828', strike: '#d84315', clash: '#8e24aa', protest: '#1e88e5', arrest: '#00897b',
  talks: '#2e7d32', agreement: '#558b2f', sanction: '#6d4c41', prisoner_exchange: '#00838f',
  death: '#37474f', mutiny: '#f9a825', other: '#78909c',
};

export const label = (s) => String(s ?? '').replace(/_/g, ' ');

/** The type badge of an event: "attack · shooting". */
export function eventBadge(event) {
  return h('span', { class: 'badge ev', style: { '--c': EVENT_COLORS[event.type] ?? EVENT_COLORS.other } },
    label(event.type), event.subtype ? h('span', { class: 'sub' }, ' · ', label(event.subtype)) : null);
}

export function entityBadge(type) {
  return h('span', { class: `badge et et-${String(type).toLowerCase()}` }, type === 'PERSON' ? 'person' : String(type).toLowerCase());
}

/** The short name of a document when its outlet is unknown: the URL's host, or the file name. */
export function sourceName(doc) {
  if (!doc) return 'unknown source';
  if (doc.outlet) return doc.outlet;
  const src = String(doc.source ?? doc.id ?? '');
  const url = /^https?:\/\/([^/?#]+)/i.exec(src);
  if (url) return url[1].replace(/^www\./, '');
  const base = src.split(/[\\/]/).pop();
  return base || doc.id || 'unknown source';
}

/** An outlet chip for a document id, labelled through refs. */
export function docChip(id, refs, extra) {
  const doc = refs?.documents?.[id];
  const name = sourceName(doc ?? { id });
  const tip = [doc?.title, doc?.outlet ? null : 'outlet unknown', doc?.source, doc?.published ? 'published ' + fmtDate(doc.published) : null]
    .filter(Boolean).join('\n');
  return h('a', {
    class: 'chip outlet' + (doc?.outlet ? '' : ' unknown'), href: `#/document/${encodeURIComponent(id)}`,
    title: tip || id, style: { '--h': hue(name) }, dataset: { doc: id },
  }, name, extra);
}

export function outletChip(name) {
  return h('span', { class: 'chip outlet', style: { '--h': hue(name) } }, name);
}

/** A link to an entity dossier, labelled through refs. */
export function entityLink(id, refs, fallback) {
  const e = refs?.entities?.[id];
  return h('a', { class: `ent et-${String(e?.type ?? 'other').toLowerCase()}`, href: `#/entity/${encodeURIComponent(id)}`,
    title: e ? `${e.name} (${e.type})` : id }, e?.name ?? fallback ?? id);
}

/** A small map-pin icon (no emoji font needed). */
export function pin() {
  const svg = s('svg', { class: 'pin', viewBox: '0 0 10 14', width: 9, height: 12, 'aria-hidden': 'true' },
    s('path', { d: 'M5 0C2.2 0 0 2.2 0 5c0 3.6 5 9 5 9s5-5.4 5-9c0-2.8-2.2-5-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z' }));
  return svg;
}

export function plural(n, one, many = one + 's') {
  return `${n ?? 0} ${n === 1 ? one : many}`;
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** Replaces the content of the main region and moves focus to its heading for screen readers. */
export function render(main, ...children) {
  main.replaceChildren(...children.flat().filter(Boolean));
  const heading = main.querySelector('h1');
  if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
}
