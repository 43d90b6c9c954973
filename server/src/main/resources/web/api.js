// The REST API client (docs/api.md): JSON in and out, errors ({"error": {...}}) shown in the error banner.

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

/** Builds "/api/path?k=v" from a params object, leaving out empty values. */
export function url(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') q.set(k, v);
  const qs = q.toString();
  return `/api/${path}${qs ? '?' + qs : ''}`;
}

async function parse(response) {
  let body = null;
  const text = await response.text();
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok) {
    const e = body?.error;
    throw new ApiError(e?.status ?? response.status, e?.message ?? `${response.status} ${response.statusText || 'error'}`
      + (body ? '' : ` (${text.slice(0, 120)})`), e?.parameter);
  }
  return body;
}

/** GET a JSON resource. */
export async function get(path, params) {
  let response;
  try {
    response = await fetch(url(path, params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, `the server did not answer (${e.message})`);
  }
  return parse(response);
}

/** POST with a token; body is FormData or a JSON-able object. */
export async function post(path, body, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload = body;
  if (!(body instanceof FormData)) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  let response;
  try {
    response = await fetch(url(path), { method: 'POST', headers, body: payload });
  } catch (e) {
    throw new ApiError(0, `the server did not answer (${e.message})`);
  }
  return parse(response);
}

/** Shows an error in the banner at the top of the page (role=alert). */
export function showError(error, context) {
  const banner = document.getElementById('error');
  const text = banner.querySelector('.msg');
  const status = error instanceof ApiError && error.status ? `${error.status}: ` : '';
  const param = error instanceof ApiError && error.parameter ? ` (parameter “${error.parameter}”)` : '';
  text.textContent = `${context ? context + ' — ' : ''}${status}${error.message}${param}`;
  banner.hidden = false;
}

export function clearError() {
  document.getElementById('error').hidden = true;
}
