// Search over articles and quotes, with facets (kind, event type, outlet, country, entity, month) and filters.
import * as api from '../api.js';
import { h, render, fmtDate, label, outletChip, plural, empty, markedText, entityLink } from '../dom.js';
import { pager } from './stories.js';

const PARAMS = ['q', 'kind', 'type', 'from', 'to', 'place', 'country', 'entity', 'outlet', 'disagreement', 'sort', 'offset'];
const FACETS = [['kind', 'Kind'], ['type', 'Event type'], ['outlet', 'Outlet'], ['country', 'Country'], ['entity', 'Entity'], ['month', 'Month']];
const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Who a quote hit is by (linked to the dossier when the speaker is an entity), its cue, and its hedge as a badge. */
function quoteMeta(it) {
  const who = it.speaker?.entity ? entityLink(it.speaker.entity, null, it.speaker.text)
    : h('span', { class: 'desc' }, it.speaker?.text ?? 'unknown speaker');
  return h('p', { class: 'qmeta' }, '— ', who,
    it.cue ? h('span', { class: 'cue' }, it.cue) : null,
    it.hedge ? h('span', { class: 'badge warn', title: 'hedge' }, it.hedge) : null);
}

export async function searchView(ctx) {
  const params = {};
  for (const k of PARAMS) if (ctx.query.get(k)) params[k] = ctx.query.get(k);
  const data = await api.get('search', { ...params, limit: 20 });
  if (ctx.stale()) return;
  const go = (changes) => ctx.go('/search', { ...params, offset: '', ...changes });

  const form = h('form', { class: 'searchform', role: 'search', 'aria-label': 'Search', onsubmit: (e) => {
    e.preventDefault();
    const f = e.target.elements;
    go({ q: f.q.value.trim(), kind: f.kind.value, from: f.from.value.trim(), to: f.to.value.trim(), sort: f.sort.value });
  } },
  h('div', { class: 'qrow' },
    h('label', { for: 'search-q', class: 'sr-only' }, 'Search words'),
    h('input', { id: 'search-q', name: 'q', type: 'search', value: params.q ?? '', placeholder: 'Words, "a phrase", names…', autocomplete: 'off' }),
    h('button', { type: 'submit', class: 'primary' }, 'Search')),
  h('div', { class: 'frow' },
    h('label', null, 'Kind ', h('select', { name: 'kind' }, [['', 'articles and quotes'], ['article', 'articles'], ['quote', 'quotes']].map(([v, t]) => h('option', { value: v, selected: (params.kind ?? '') === v }, t)))),
    h('label', null, 'From ', h('input', { id: 'search-from', name: 'from', value: params.from ?? '', placeholder: 'YYYY-MM', size: 10, pattern: DATE, title: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    h('label', null, 'To ', h('input', { id: 'search-to', name: 'to', value: params.to ?? '', placeholder: 'YYYY-MM-DD', size: 10, pattern: DATE, title: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    h('label', null, 'Sort ', h('select', { name: 'sort' }, [['relevance', 'relevance'], ['date', 'newest first']].map(([v, t]) => h('option', { value: v, selected: (params.sort ?? 'relevance') === v }, t))))));

  const active = ['kind', 'type', 'outlet', 'country', 'entity', 'place', 'disagreement'].filter((k) => params[k]);
  const facetLabel = (key, value) => (data.facets?.[key] ?? []).find((f) => f.value === value)?.label ?? value;
  const chips = active.length ? h('p', { class: 'chips active' }, active.map((k) => h('span', { class: 'chip filter' }, `${k}: ${facetLabel(k, params[k])}`,
    h('button', { type: 'button', 'aria-label': `remove ${k} filter`, onclick: () => go({ [k]: '' }) }, '×')))) : null;

  const facets = h('aside', { class: 'facets card', 'aria-label': 'Facets' }, FACETS.map(([key, title]) => {
    const values = data.facets?.[key] ?? [];
    if (!values.length) return null;
    return h('section', null, h('h2', null, title), h('ul', null, values.slice(0, 12).map((f) => {
      const on = key === 'month' ? params.from === f.value || (params.from ?? '').startsWith(f.value) : params[key] === f.value;
      const change = key === 'month' ? (on ? { from: '', to: '' } : { from: f.value, to: lastDay(f.value) }) : { [key]: on ? '' : f.value };
      return h('li', null, h('button', { type: 'button', class: 'facet' + (on ? ' on' : ''), 'aria-pressed': String(on), onclick: () => go(change) },
        h('span', { class: 'fl' }, key === 'kind' || key === 'type' ? label(f.label ?? f.value) : f.label ?? f.value), h('span', { class: 'n' }, f.count)));
    })));
  }));

  const items = data.items ?? [];
  const results = items.length ? h('ol', { class: 'results', start: (data.offset ?? 0) + 1 }, items.map((it) => h('li', { class: `hit ${it.kind}` },
    h('div', { class: 'hline' },
      h('span', { class: `badge kind-${it.kind}` }, it.kind),
      h('a', { class: 'htitle', href: `#/article/${encodeURIComponent(it.article ?? it.id)}` }, it.title || (it.kind === 'quote' ? 'Quote' : 'Untitled article')),
      it.outlet ? outletChip(it.outlet) : null,
      it.date ? h('time', { datetime: it.date }, fmtDate(it.date)) : h('span', { class: 'unknown' }, 'undated')),
    (it.snippets ?? []).map((sn) => h('p', { class: 'snippet' }, markedText(sn))),
    it.kind === 'quote' ? quoteMeta(it) : null))) : empty(params.q ? `Nothing found for “${params.q}”.` : 'Nothing found.');

  render(ctx.main,
    h('div', { class: 'pagehead' }, h('h1', null, params.q ? ['Search: ', h('span', { class: 'qterm' }, params.q)] : 'Search'),
      h('p', { class: 'sub', id: 'search-total' }, `${plural(data.total ?? 0, 'hit')}${params.from || params.to ? ` · dated ${params.from ? 'from ' + fmtDate(params.from) : ''}${params.to ? ' to ' + fmtDate(params.to) : ''}` : ''}`)),
    form, chips,
    h('div', { class: 'search-layout' }, facets, h('div', null, results, pager({ ...data, items }, (offset) => go({ offset })))));
  if (!params.q && !active.length) document.getElementById('search-q').focus();
}
