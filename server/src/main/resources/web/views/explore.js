// Timeline and map of events, with the same filters (type, dates, entity, outlet, country, disagreement), all in
// the hash URL so a filtered view is linkable.
import * as api from '../api.js';
import { h, s, render, fmtDate, label, eventBadge, entityBadge, plural, empty, EVENT_COLORS } from '../dom.js';
import { eventDate, eventPlace, countsText, sourceChips, eventTitle, corroboration } from './common.js';

const TYPES = ['attack', 'strike', 'clash', 'protest', 'arrest', 'talks', 'agreement', 'sanction', 'prisoner_exchange', 'death', 'mutiny', 'other'];
const FILTERS = ['type', 'from', 'to', 'entity', 'place', 'country', 'outlet', 'disagreement'];
const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

function filterParams(query) {
  const p = {};
  for (const k of FILTERS) if (query.get(k)) p[k] = query.get(k);
  return p;
}

/** The outlets and countries the corpus holds (search facets), for the filter choices; empty when unavailable. */
async function filterChoices() {
  try {
    const d = await api.get('search', { limit: 1 });
    return { outlets: d.facets?.outlet ?? [], countries: d.facets?.country ?? [] };
  } catch {
    return { outlets: [], countries: [] };
  }
}

/** Names of entity ids: from refs when there, else from their dossiers. */
async function entityNames(ids, refs) {
  const names = {};
  await Promise.all(ids.filter(Boolean).map(async (id) => {
    const known = refs?.entities?.[id]?.name;
    if (known) { names[id] = known; return; }
    try { names[id] = (await api.get(`entities/${encodeURIComponent(id)}`)).entity?.name ?? id; } catch { names[id] = id; }
  }));
  return names;
}

/**
 * A text box that suggests entities as one types (GET /api/entities?q=…&limit=8), ARIA combobox style: arrows move
 * through the suggestions, Enter or a click picks one, Escape closes the list. The picked entity's id is kept on the
 * box; {@link entityId} resolves what is typed at submit time.
 */
function entityBox(id, current) {
  const input = h('input', { id, name: 'entity', type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, placeholder: 'person, place, group…',
    size: 18, value: current?.name ?? '' });
  input.dataset.id = current?.id ?? '';
  input.dataset.name = current?.name ?? '';
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggest', 'aria-label': 'Matching entities', hidden: true });
  let found = [];
  let active = -1;
  let timer = null;
  let asked = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (e) => {
    input.value = e.name;
    input.dataset.id = e.id;
    input.dataset.name = e.name;
    close();
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) { input.setAttribute('aria-activedescendant', `${id}-opt-${i}`); list.children[i].scrollIntoView({ block: 'nearest' }); } else input.removeAttribute('aria-activedescendant');
  };
  const show = (items) => {
    found = items;
    list.replaceChildren(...items.map((e, i) => h('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', dataset: { id: e.id },
      onmousedown: (ev) => { ev.preventDefault(); pick(e); } },
    entityBadge(e.type), ' ', h('span', { class: 'nm' }, e.name), h('span', { class: 'n' }, ` ${e.mention_count ?? ''}`))));
    const open = items.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const d = await api.get('entities', { q, limit: 8 });
        if (mine === asked && document.activeElement === input) show(d.items ?? []);
      } catch (e) {
        api.showError(e, 'Could not look up entities');
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' && open) { e.preventDefault(); highlight((active + 1) % found.length); }
    else if (e.key === 'ArrowUp' && open) { e.preventDefault(); highlight(active <= 0 ? found.length - 1 : active - 1); }
    else if (e.key === 'Enter' && open && active >= 0) { e.preventDefault(); pick(found[active]); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { el: h('span', { class: 'combo' }, input, list), input };
}

/** The entity id of the box: the picked one, the best match of what was typed, or '' when empty. */
async function entityId(input) {
  const text = input.value.trim();
  if (!text) return '';
  if (input.dataset.id && text === input.dataset.name) return input.dataset.id;
  const d = await api.get('entities', { q: text, limit: 1 });
  const e = d.items?.[0];
  if (!e) throw new Error(`no entity matches “${text}”`);
  return e.id;
}

/** The filter bar of the timeline and the map; a place filter (from a dossier) shows as a removable chip. */
async function filterForm(ctx, path, params, refs, choicesAsked = filterChoices()) {
  const [choices, names] = await Promise.all([choicesAsked, entityNames([params.entity, params.place], refs)]);
  const entity = entityBox('f-entity', params.entity ? { id: params.entity, name: names[params.entity] } : null);
  const countries = [...choices.countries];
  if (params.country && !countries.some((c) => c.value === params.country)) countries.push({ value: params.country, label: params.country });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events', onsubmit: async (e) => {
    e.preventDefault();
    const f = e.target.elements;
    try {
      ctx.go(path, { ...params, type: f.type.value, from: f.from.value.trim(), to: f.to.value.trim(), entity: await entityId(entity.input),
        outlet: f.outlet.value.trim(), country: f.country.value, disagreement: f.disagreement.checked ? 'true' : '' });
    } catch (x) {
      api.showError(x, 'Entity filter');
      entity.input.focus();
    }
  } },
  h('label', null, 'Type ', h('select', { name: 'type' }, h('option', { value: '' }, 'any'),
    TYPES.map((t) => h('option', { value: t, selected: params.type === t }, label(t))))),
  h('label', null, 'From ', h('input', { name: 'from', value: params.from ?? '', placeholder: 'YYYY-MM', size: 10, pattern: DATE, title: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
  h('label', null, 'To ', h('input', { name: 'to', value: params.to ?? '', placeholder: 'YYYY-MM-DD', size: 10, pattern: DATE, title: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
  h('span', { class: 'field' }, h('label', { for: 'f-entity' }, 'Entity '), entity.el),
  h('span', { class: 'field' }, h('label', { for: 'f-outlet' }, 'Outlet '),
    h('input', { id: 'f-outlet', name: 'outlet', list: 'f-outlets', value: params.outlet ?? '', size: 14, autocomplete: 'off', placeholder: 'any' }),
    h('datalist', { id: 'f-outlets' }, choices.outlets.map((o) => h('option', { value: o.value }, `${o.count} articles`)))),
  h('span', { class: 'field' }, h('label', { for: 'f-country' }, 'Country '),
    h('select', { id: 'f-country', name: 'country' }, h('option', { value: '' }, 'any'),
      countries.map((c) => h('option', { value: c.value, selected: params.country === c.value },
        c.label && c.label !== c.value ? `${c.label} (${c.value})` : c.value)))),
  h('label', { class: 'check' }, h('input', { name: 'disagreement', type: 'checkbox', checked: params.disagreement === 'true' }), ' disputed only'),
  h('button', { type: 'submit', class: 'primary' }, 'Apply'),
  Object.keys(params).length ? h('a', { class: 'button', href: `#${path}` }, 'Clear') : null,
  params.place ? h('span', { class: 'chip filter' }, 'place: ', names[params.place] ?? params.place,
    h('button', { type: 'button', 'aria-label': 'remove place filter', onclick: () => ctx.go(path, { ...params, place: '' }) }, '×')) : null);
  return form;
}

/** One event on the timeline: date, type, what and where, counts, corroboration and sources. */
function timelineItem(ev, refs) {
  return h('li', { style: { '--c': EVENT_COLORS[ev.type] ?? EVENT_COLORS.other } },
    h('div', { class: 'tdate' }, eventDate(ev)),
    h('div', { class: 'tbody' },
      h('div', { class: 'tline' }, eventBadge(ev), h('a', { class: 'ttitle', href: `#/event/${encodeURIComponent(ev.id)}` }, eventTitle(ev, refs)),
        ev.disagreements?.length ? h('span', { class: 'badge danger', title: ev.disagreements.map((d) => `${d.field}: ${d.values.map((v) => v.value).join(' / ')}`).join('\n') }, plural(ev.disagreements.length, 'disagreement')) : null,
        ev.stories?.length ? h('a', { class: 'tstory', href: `#/story/${encodeURIComponent(ev.stories[0])}` }, 'story →') : null),
      h('div', { class: 'tmeta' }, eventPlace(ev, refs), ev.counts && Object.keys(ev.counts).length ? h('span', { class: 'counts' }, countsText(ev.counts)) : null,
        corroboration(ev.sources?.length ?? 0, ev.origins), sourceChips(ev.sources, refs))));
}

/** The events no text dates, under the timeline: folded with their count, loaded (same filters) when opened. */
function undatedSection(ctx, params, count) {
  const body = h('div', { class: 'undated-body' }, h('p', { class: 'loading' }, 'Loading…'));
  let loaded = false;
  const load = async () => {
    if (loaded || !box.open) return;
    loaded = true;
    try {
      const d = await api.get('timeline', { ...params, undated: 'true', limit: 200 });
      if (ctx.stale()) return;
      const items = d.items ?? [];
      body.replaceChildren(items.length ? h('ol', { class: 'tl' }, items.map((ev) => timelineItem(ev, d.refs ?? {}))) : empty('None.'),
        ...((d.total ?? 0) > items.length ? [h('p', { class: 'hint' }, `The ${items.length} most corroborated of ${d.total}.`)] : []));
    } catch (e) {
      loaded = false;
      body.replaceChildren(empty(e.message));
      api.showError(e, 'Could not load the undated events');
    }
  };
  const box = h('details', { class: 'undated', id: 'undated', ontoggle: load },
    h('summary', null, h('h2', null, 'Undated ', h('span', { class: 'n' }, plural(count, 'event'))),
      h('span', { class: 'hint' }, 'the text gives no date for these; most corroborated first')),
    body);
  return h('section', { class: 'undated-wrap', 'aria-label': 'Undated events' }, box);
}

export async function timelineView(ctx) {
  const params = filterParams(ctx.query);
  const choices = filterChoices();
  const data = await api.get('timeline', { ...params, limit: 500 });
  if (ctx.stale()) return;
  const refs = data.refs ?? {};
  const items = data.items ?? [];
  const form = await filterForm(ctx, '/timeline', params, refs, choices);
  if (ctx.stale()) return;
  const groups = new Map();
  for (const ev of items) {
    const key = ev.date.value.slice(0, 4);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(ev);
  }
  render(ctx.main,
    h('div', { class: 'pagehead' }, h('h1', null, 'Timeline'),
      h('p', { class: 'sub' }, `${plural(data.total ?? items.length, 'dated event')} in date order`,
        data.undated ? ` · ${plural(data.undated, 'undated event')} below` : '')),
    form,
    items.length ? h('div', { class: 'timeline' }, [...groups].map(([year, evs]) => h('section', { class: 'month', 'aria-label': year },
      h('h2', null, year, ' ', h('span', { class: 'n' }, plural(evs.length, 'event'))),
      h('ol', { class: 'tl' }, evs.map((ev) => timelineItem(ev, refs)))))) : empty('No dated event matches these filters.'),
    data.undated ? undatedSection(ctx, params, data.undated) : null);
}

// Equirectangular projection: 4 units a degree, north up.
const K = 4;
const px = (lon) => (lon + 180) * K;
const py = (lat) => (90 - lat) * K;
const WORLD = { x: 0, y: py(84), w: 360 * K, h: (84 + 58) * K };

let worldCache = null;
async function world() {
  if (!worldCache) {
    worldCache = fetch('/world.json').then((r) => {
      if (!r.ok) throw new api.ApiError(r.status, `the world outline /world.json is not available (${r.status})`);
      return r.json();
    }).catch((e) => { worldCache = null; throw e; });
  }
  return worldCache;
}

function ringPath(ring) {
  let d = '';
  let prev = null;
  for (const [lon, lat] of ring) {
    const x = px(lon).toFixed(1), y = py(lat).toFixed(1);
    d += (prev === null ? 'M' : 'L') + x + ' ' + y;
    prev = lon;
  }
  return d + 'Z';
}

function countryPaths(geo) {
  return (geo.features ?? []).map((f) => {
    const g = f.geometry;
    if (!g) return null;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const d = polys.map((p) => p.map(ringPath).join('')).join('');
    return s('path', { d, class: 'country' }, s('title', {}, f.properties?.name ?? ''));
  });
}

/** Reads what an event feature tells: defensive about which properties the server sends. */
function featureInfo(f) {
  const p = f.properties ?? {};
  const num = (v) => (Array.isArray(v) ? v.length : typeof v === 'number' ? v : null);
  const date = typeof p.date === 'object' && p.date ? p.date.value : p.date;
  return {
    id: p.id ?? p.event ?? f.id, type: p.type ?? 'other', subtype: p.subtype ?? null, date: date ?? null,
    place: p.place ?? (typeof p.location === 'string' ? p.location : p.location?.name) ?? p.name ?? null, title: p.note ?? p.title ?? null,
    detail: p.location_detail ?? null, country: p.country ?? null, disagreements: num(p.disagreements) ?? 0, outlets: p.outlets ?? [],
    sources: num(p.sources) ?? num(p.corroboration) ?? 1, origins: num(p.origins),
    story: p.story ?? (Array.isArray(p.stories) ? p.stories[0] : null),
    killed: p.killed ?? p.counts?.killed?.value ?? null, injured: p.injured ?? p.counts?.injured?.value ?? null,
    lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1],
  };
}

/** Opens the story of an event (the first one it belongs to), else the event page. */
async function openEvent(ctx, info) {
  if (info.story) { ctx.go(`/story/${info.story}`); return; }
  try {
    const d = await api.get(`events/${encodeURIComponent(info.id)}`);
    ctx.go(d.stories?.length ? `/story/${d.stories[0]}` : `/event/${info.id}`);
  } catch (e) {
    api.showError(e, 'Could not open the event');
  }
}

export async function mapView(ctx) {
  const params = filterParams(ctx.query);
  const [geo, fc, form] = await Promise.all([world(), api.get('map', params), filterForm(ctx, '/map', params, null)]);
  if (ctx.stale()) return;
  const feats = (fc.features ?? []).filter((f) => f.geometry?.type === 'Point').map(featureInfo);
  const places = new Map();
  for (const f of feats) {
    const key = `${f.lon.toFixed(2)},${f.lat.toFixed(2)}`;
    if (!places.has(key)) places.set(key, { lon: f.lon, lat: f.lat, events: [] });
    places.get(key).events.push(f);
  }
  const clusters = [...places.values()].map((c) => {
    const byType = new Map();
    for (const e of c.events) byType.set(e.type, (byType.get(e.type) ?? 0) + e.sources);
    c.type = [...byType].sort((a, b) => b[1] - a[1])[0][0];
    c.weight = c.events.reduce((n, e) => n + e.sources, 0);
    const named = c.events.find((e) => e.place);
    c.name = named ? named.place + (named.country && named.country !== named.place ? `, ${named.country}` : '') : `${c.lat.toFixed(2)}, ${c.lon.toFixed(2)}`;
    return c;
  }).sort((a, b) => b.weight - a.weight);

  // Initial view: the points with a margin, at least 40° wide; the whole world when there are none.
  let view = { ...WORLD };
  if (clusters.length) {
    const xs = clusters.map((c) => px(c.lon)), ys = clusters.map((c) => py(c.lat));
    let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const w = Math.max(x1 - x0, 40 * K) * 1.5, hgt = Math.max(y1 - y0, 20 * K) * 1.5;
    const ratio = WORLD.w / WORLD.h;
    const vw = Math.min(WORLD.w, Math.max(w, hgt * ratio)), vh = vw / ratio;
    view = { x: (x0 + x1) / 2 - vw / 2, y: (y0 + y1) / 2 - vh / 2, w: vw, h: vh };
  }
  const svg = s('svg', { class: 'map', role: 'img', 'aria-label': `Map of ${plural(feats.length, 'event')} at ${plural(clusters.length, 'place')}`, preserveAspectRatio: 'xMidYMid meet' });
  const land = s('g', { class: 'land' }, countryPaths(geo));
  const grid = s('g', { class: 'grid' }, [-60, -30, 0, 30, 60].map((lat) => s('line', { x1: 0, x2: 360 * K, y1: py(lat), y2: py(lat) })),
    [-150, -120, -90, -60, -30, 0, 30, 60, 90, 120, 150].map((lon) => s('line', { y1: 0, y2: 180 * K, x1: px(lon), x2: px(lon) })));
  const dots = s('g', { class: 'dots' });
  svg.append(s('rect', { class: 'sea', x: -360 * K, y: -180 * K, width: 1080 * K, height: 540 * K }), grid, land, dots);

  const tip = h('div', { class: 'maptip', role: 'tooltip', hidden: true });
  const panel = h('div', { class: 'mappanel', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Hover a point for its events; click to open its story. Scroll or use + / − to zoom, drag to pan.'));
  const circles = clusters.map((c) => {
    const g = s('g', { class: 'pt', tabindex: 0, role: 'button', 'aria-label': `${c.name}: ${plural(c.events.length, 'event')}`, transform: `translate(${px(c.lon)} ${py(c.lat)})` },
      s('circle', { r: 1, fill: EVENT_COLORS[c.type] ?? EVENT_COLORS.other }),
      c.events.length > 1 ? s('text', { 'text-anchor': 'middle', dy: '0.35em' }, String(c.events.length)) : null);
    g.dataset.weight = String(c.weight);
    const show = (ev) => {
      tip.replaceChildren(h('strong', null, c.name), h('ul', null, c.events.slice(0, 6).map((e) => h('li', null,
        h('span', { class: 'sw', style: { background: EVENT_COLORS[e.type] ?? EVENT_COLORS.other } }),
        `${label(e.subtype ?? e.type)}${e.date ? ' · ' + fmtDate(e.date) : ''} · ${plural(e.sources, 'source')}`,
        e.disagreements ? h('span', { class: 'badge danger' }, '≠') : null,
        e.killed ? ` · ${e.killed} killed` : '', e.injured ? ` · ${e.injured} injured` : ''))),
      ...(c.events.length > 6 ? [h('p', null, `+${c.events.length - 6} more`)] : []));
      tip.hidden = false;
      const box = wrap.getBoundingClientRect();
      const r = (ev?.target?.getBoundingClientRect?.() ?? g.getBoundingClientRect());
      tip.style.left = `${Math.min(box.width - 260, r.right - box.left + 8)}px`;
      tip.style.top = `${r.top - box.top}px`;
    };
    const open = () => {
      if (c.events.length === 1) { openEvent(ctx, c.events[0]); return; }
      panel.replaceChildren(h('h2', null, c.name, ' ', h('span', { class: 'n' }, c.events.length)),
        h('ul', { class: 'links' }, c.events.map((e) => h('li', null,
          h('a', { href: `#/event/${encodeURIComponent(e.id)}`, onclick: (x) => { x.preventDefault(); openEvent(ctx, e); } },
            eventBadge(e), ' ', e.date ? fmtDate(e.date) : 'undated', ` · ${plural(e.sources, 'source')}`)))));
    };
    g.addEventListener('mouseenter', show);
    g.addEventListener('focus', show);
    g.addEventListener('mouseleave', () => { tip.hidden = true; });
    g.addEventListener('blur', () => { tip.hidden = true; });
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    dots.append(g);
    return g;
  });

  const maxWeight = Math.max(1, ...clusters.map((c) => c.weight));
  const apply = () => {
    svg.setAttribute('viewBox', `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
    const unit = view.w / Math.max(400, svg.clientWidth || 1000);
    for (const g of circles) {
      // Area grows with the sources reporting, relative to the most reported place: 5 to 20 px across corpora of any size.
      const r = (5 + 15 * Math.sqrt(Number(g.dataset.weight) / maxWeight)) * unit;
      g.firstChild.setAttribute('r', r.toFixed(2));
      g.firstChild.setAttribute('stroke-width', (1.2 * unit).toFixed(2));
      if (g.lastChild.tagName === 'text') g.lastChild.setAttribute('font-size', (11 * unit).toFixed(2));
    }
    svg.style.setProperty('--unit', unit);
  };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(WORLD.w * 1.5, Math.max(8 * K, view.w * factor));
    const f = w / view.w;
    view = { x: cx - (cx - view.x) * f, y: cy - (cy - view.y) * f, w, h: view.h * f };
    apply();
  };
  const toSvg = (e) => {
    const r = svg.getBoundingClientRect();
    const scale = Math.max(view.w / r.width, view.h / r.height);
    const ox = (r.width - view.w / scale) / 2, oy = (r.height - view.h / scale) / 2;
    return { x: view.x + (e.clientX - r.left - ox) * scale, y: view.y + (e.clientY - r.top - oy) * scale, scale };
  };
  svg.addEventListener('wheel', (e) => { e.preventDefault(); const p = toSvg(e); zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y); }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => { if (e.target.closest('.pt')) return; drag = { x: e.clientX, y: e.clientY, view: { ...view }, scale: toSvg(e).scale }; svg.setPointerCapture(e.pointerId); svg.classList.add('dragging'); });
  svg.addEventListener('pointermove', (e) => { if (!drag) return; view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * drag.scale, y: drag.view.y - (e.clientY - drag.y) * drag.scale }; apply(); });
  const end = () => { drag = null; svg.classList.remove('dragging'); };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);

  const initial = { ...view };
  const controls = h('div', { class: 'mapctl', role: 'group', 'aria-label': 'Zoom' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoom(1 / 1.5) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoom(1.5) }, '−'),
    h('button', { type: 'button', 'aria-label': 'Fit to events', title: 'Fit to events', onclick: () => { view = { ...initial }; apply(); } }, '⤢'),
    h('button', { type: 'button', 'aria-label': 'Whole world', title: 'Whole world', onclick: () => { view = { ...WORLD }; apply(); } }, 'W'));
  const types = [...new Set(feats.map((f) => f.type))];
  const legend = h('div', { class: 'maplegend', 'aria-label': 'Legend' },
    types.map((t) => h('span', null, h('i', { style: { background: EVENT_COLORS[t] ?? EVENT_COLORS.other } }), label(t))),
    h('span', { class: 'k' }, 'size: sources reporting'));
  const wrap = h('div', { class: 'mapwrap' }, svg, controls, legend, tip);

  render(ctx.main,
    h('div', { class: 'pagehead' }, h('h1', null, 'Map'),
      h('p', { class: 'sub' }, `${plural(feats.length, 'geocoded event')} at ${plural(clusters.length, 'place')}`)),
    form,
    h('div', { class: 'map-layout' }, wrap,
      h('aside', { class: 'card mapside', 'aria-label': 'Places' }, panel,
        clusters.length ? h('ol', { class: 'placelist' }, clusters.slice(0, 30).map((c, i) => h('li', null,
          h('button', { type: 'button', class: 'linkish', onclick: () => { circles[i].dispatchEvent(new Event('click')); } }, c.name),
          h('span', { class: 'n' }, plural(c.events.length, 'event'))))) : empty('No geocoded event matches.'))));
  apply();
  const onResize = () => apply();
  window.addEventListener('resize', onResize);
  ctx.onLeave(() => window.removeEventListener('resize', onResize));
}
