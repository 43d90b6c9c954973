// Adding pages: drag-and-drop upload, a list of URLs, and the progress of ingest jobs.
import * as api from '../api.js';
import { h, render, fmtDate, plural, empty } from '../dom.js';

const TOKEN_KEY = 'storyline.token';
const RUNNING = new Set(['queued', 'ingesting', 'processing', 'corpus']);
// Uploaded files are listed as "upload:NAME"; the prefix says nothing the job kind does not.
const inputName = (name) => String(name).replace(/^upload:/, '');

function jobRow(job) {
  const total = job.total || 0;
  const pct = total ? Math.min(100, Math.round((100 * (job.done ?? 0)) / total)) : (job.state === 'done' ? 100 : 0);
  const running = RUNNING.has(job.state);
  return h('li', { class: `job ${job.state}` },
    h('div', { class: 'jline' },
      h('span', { class: `badge state-${job.state}` }, job.state),
      h('strong', null, job.kind === 'urls' ? 'URLs' : 'Upload'),
      h('span', { class: 'inputs', title: (job.inputs ?? []).join('\n') }, (job.inputs ?? []).slice(0, 3).map(inputName).join(', '), (job.inputs ?? []).length > 3 ? ` +${job.inputs.length - 3}` : ''),
      h('span', { class: 'when' }, job.started ? fmtDate(job.started) : '')),
    h('div', { class: 'progress' },
      h('progress', { max: 100, value: pct, 'aria-label': `${job.stage ?? job.state} ${pct}%` }),
      h('span', { class: 'pct' }, running ? `${job.stage ?? job.state} · ${job.done ?? 0}/${total || '?'}` : `${pct}%`)),
    h('p', { class: 'jstats' }, `${job.added ?? 0} added · ${job.duplicates ?? 0} duplicates · ${job.failed ?? 0} failed`),
    job.error ? h('p', { class: 'problems' }, h('b', null, 'Job failed: '), job.error) : null,
    (job.problems ?? []).length ? h('ul', { class: 'problems' }, job.problems.map((p) => h('li', null, p)),
      job.more_problems ? h('li', null, `… and ${job.more_problems} more`) : null) : null);
}

export async function uploadView(ctx) {
  const tokenInput = h('input', { id: 'token', type: 'password', autocomplete: 'off', value: localStorage.getItem(TOKEN_KEY) ?? '', placeholder: 'printed by storyline serve' });
  tokenInput.addEventListener('change', () => localStorage.setItem(TOKEN_KEY, tokenInput.value.trim()));
  const token = () => { const t = tokenInput.value.trim(); localStorage.setItem(TOKEN_KEY, t); return t; };

  const jobsList = h('ol', { class: 'jobs' });
  let timer = null;
  let alive = true;
  let watched = new Set();
  ctx.onLeave(() => { alive = false; clearTimeout(timer); });
  const poll = async () => {
    clearTimeout(timer);
    if (!alive) return;
    try {
      const data = await api.get('ingest/jobs');
      if (!alive) return;
      const jobs = data.items ?? [];
      jobsList.replaceChildren(...(jobs.length ? jobs.map(jobRow) : [empty('No jobs yet.')]));
      const running = new Set(jobs.filter((j) => RUNNING.has(j.state)).map((j) => j.id));
      // A job that finished since the last look changed the corpus: the header's counts follow.
      if ([...watched].some((id) => !running.has(id))) window.dispatchEvent(new Event('storyline:corpus'));
      watched = running;
      if (jobs.some((j) => RUNNING.has(j.state))) timer = setTimeout(poll, 1000);
    } catch (e) {
      api.showError(e, 'Could not read the ingest jobs');
    }
  };

  const status = h('p', { class: 'upstatus', 'aria-live': 'polite' });
  const send = async (what, body) => {
    if (!token()) { api.showError(new Error('enter the token printed by storyline serve first'), what); tokenInput.focus(); return; }
    status.textContent = `${what}…`;
    try {
      const r = await api.post(what === 'Upload' ? 'ingest/upload' : 'ingest/urls', body, token());
      status.textContent = `${what} accepted: job ${r.job?.id ?? ''}`;
      api.clearError();
      poll();
    } catch (e) {
      status.textContent = '';
      api.showError(e, what);
    }
  };
  const upload = (files) => {
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    send('Upload', form);
  };

  // The drop zone is the visible control; the input behind it stays out of the tab order. Its value is cleared
  // after each choice so the same file can be chosen again (after fixing the token, say).
  const fileInput = h('input', { id: 'files', type: 'file', multiple: true, class: 'sr-only', tabindex: -1, 'aria-label': 'Choose files to upload',
    onchange: (e) => { const files = [...e.target.files]; e.target.value = ''; upload(files); } });
  const drop = h('div', { class: 'dropzone', tabindex: 0, role: 'button', 'aria-describedby': 'drop-help',
    onclick: () => fileInput.click(), onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fileInput.click(); } } },
  h('p', { class: 'big' }, 'Drop pages here'),
  h('p', { id: 'drop-help' }, 'HTML, text scrapes, WARC, JSON Lines, RSS/Atom — or click to choose files.'));
  for (const t of ['dragenter', 'dragover']) drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); upload([...(e.dataTransfer?.files ?? [])]); });

  const urls = h('textarea', { id: 'urls', rows: 5, placeholder: 'https://example.com/news/1\nhttps://example.org/feed.xml' });
  const urlForm = h('form', { class: 'urlform', onsubmit: (e) => {
    e.preventDefault();
    const list = urls.value.split(/\s+/).map((u) => u.trim()).filter(Boolean);
    if (list.length) send('URLs', { urls: list });
  } }, h('label', { for: 'urls' }, 'Web addresses, one a line'), urls, h('button', { type: 'submit', class: 'primary' }, 'Fetch and process'));

  render(ctx.main,
    h('div', { class: 'pagehead' }, h('h1', null, 'Add pages'), h('p', { class: 'sub' }, 'Pages are kept byte for byte, then cleaned and processed; stories update when the job is done.')),
    h('div', { class: 'upload-layout' },
      h('div', null,
        h('section', { class: 'card', 'aria-labelledby': 'h-tok' }, h('h2', { id: 'h-tok' }, 'Token'),
          h('form', { class: 'field', onsubmit: (e) => { e.preventDefault(); token(); } },
            h('input', { type: 'text', name: 'username', value: 'storyline', autocomplete: 'username', hidden: true }),
            h('label', { for: 'token' }, 'Ingest token '), tokenInput, h('span', { class: 'hint' }, ' remembered in this browser'))),
        h('section', { class: 'card', 'aria-labelledby': 'h-files' }, h('h2', { id: 'h-files' }, 'Files'), drop, fileInput),
        h('section', { class: 'card', 'aria-labelledby': 'h-urls' }, h('h2', { id: 'h-urls' }, 'URLs'), urlForm),
        status),
      h('section', { class: 'card', 'aria-labelledby': 'h-jobs' },
        h('h2', { id: 'h-jobs' }, 'Jobs ', h('button', { type: 'button', class: 'small', onclick: poll }, 'Refresh')), jobsList)));
  await poll();
}
