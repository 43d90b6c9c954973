// Storyline web UI: hash routing over the REST API (docs/api.md). No framework, no build step.
import * as api from './api.js';
import { h, render } from './dom.js';
import { storiesView, storyView, articleView, documentView, eventView } from './views/stories.js';
import { entityView } from './views/entity.js';
import { timelineView, mapView } from './views/explore.js';
import { searchView } from './views/search.js';
import { uploadView } from './views/upload.js';

const routes = [
  [/^\/?$/, 'stories', storiesView],
  [/^\/story\/([^/]+)$/, 'stories', storyView],
  [/^\/article\/([^/]+)$/, 'stories', articleView],
  [/^\/document\/([^/]+)$/, 'stories', documentView],
  [/^\/event\/([^/]+)$/, 'timeline', eventView],
  [/^\/entity\/([^/]+)$/, null, entityView],
  [/^\/timeline$/, 'timeline', timelineView],
  [/^\/map$/, 'map', mapView],
  [/^\/search$/, 'search', searchView],
  [/^\/upload$/, 'upload', uploadView],
];

let generation = 0;
let cleanup = null;

/** The current route: path and query parameters of the hash ("#/search?q=drone"). */
export function current() {
  const hash = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const [path, query = ''] = hash.split('?');
  return { path, query: new URLSearchParams(query) };
}

/** Navigates to a route with query parameters (empty ones dropped). */
export function go(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') q.set(k, v);
  const qs = q.toString();
  location.hash = '#' + path + (qs ? '?' + qs : '');
}

async function route() {
  const gen = ++generation;
  if (cleanup) { try { cleanup(); } catch { /* ignore */ } cleanup = null; }
  const main = document.getElementById('main');
  const { path, query } = current();
  const found = routes.find(([re]) => re.test(path));
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (found && a.dataset.nav === found[1]) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  api.clearError();
  main.setAttribute('aria-busy', 'true');
  main.classList.add('busy');
  try {
    if (!found) {
      render(main, h('h1', null, 'Not found'), h('p', null, 'No page at ', h('code', null, path), '. ', h('a', { href: '#/' }, 'All stories')));
      return;
    }
    const args = decodeURIComponent((path.match(found[0]) ?? [])[1] ?? '');
    const ctx = { main, query, go, stale: () => gen !== generation, onLeave: (fn) => { cleanup = fn; } };
    await found[2](ctx, args);
  } catch (e) {
    if (gen !== generation) return;
    console.error(e);
    api.showError(e, 'Could not load this page');
    if (main.querySelector('.loading')) render(main, h('h1', null, 'Could not load this page'), h('p', { class: 'empty' }, e.message));
  } finally {
    if (gen === generation) { main.setAttribute('aria-busy', 'false'); main.classList.remove('busy'); }
  }
}

async function corpusLine() {
  try {
    const st = await api.get('status');
    const el = document.getElementById('corpus');
    const pending = st.documents?.pending ? ` · ${st.documents.pending} pending` : '';
    el.textContent = `${st.stories ?? 0} stories · ${st.articles ?? 0} articles · ${st.events ?? 0} events${pending}`;
  } catch { /* the page itself reports errors */ }
}

function init() {
  document.querySelector('#error .close').addEventListener('click', () => api.clearError());
  const quick = document.getElementById('quick-search');
  quick.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = quick.elements.q.value.trim();
    go('/search', { q });
  });
  document.addEventListener('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const box = document.querySelector('#search-q') ?? document.getElementById('quick-q');
      box.focus();
      box.select();
    } else if (e.key === 'Escape' && typing) {
      e.target.blur();
    }
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('storyline:corpus', corpusLine);
  route();
  corpusLine();
}

init();
