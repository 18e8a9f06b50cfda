// The REST API at api/ (relative to the page's <base>, the web context) and the console's sign-in.
// Every response body is data: callers put it in the page as text, never as HTML.

export class ApiError extends Error {
  constructor(status, body, text) {
    super(body && body.message ? body.message : `HTTP ${status}${text ? ': ' + text.slice(0, 200) : ''}`);
    this.status = status;
    this.body = body;
  }
}

/** Calls the API; json or yaml is the request body. Resolves to the parsed JSON answer (or null). */
export async function api(path, { method = 'GET', json, yaml } = {}) {
  const headers = { Accept: 'application/json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (yaml !== undefined) {
    headers['Content-Type'] = 'application/yaml';
    body = yaml;
  } else if (method !== 'GET') {
    headers['X-Baton-Request'] = 'console';
  }
  const response = await fetch('api/' + path, { method, headers, body, credentials: 'same-origin' });
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (notJson) {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, data, data ? '' : text);
  }
  return data;
}

/** Signs in with a token (baton serve); the server keeps it in an HttpOnly cookie. */
export async function signIn(token) {
  const response = await fetch('session', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
  });
  if (!response.ok) {
    throw new ApiError(response.status, null, response.status === 401 ? 'that is not one of the tokens the server printed' : '');
  }
}

export async function signOut() {
  await fetch('session', { method: 'DELETE', credentials: 'same-origin', headers: { 'X-Baton-Request': 'console' } });
}

export const seg = encodeURIComponent;
