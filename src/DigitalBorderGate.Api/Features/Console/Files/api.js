import { currentLanguage } from './i18n.js';

// The key lives in this tab's sessionStorage only: never in a URL, never in local storage.
const keyName = 'dbg.key';

export const session = {
  get key() { return sessionStorage.getItem(keyName); },
  set key(value) { value ? sessionStorage.setItem(keyName, value) : sessionStorage.removeItem(keyName); },
};

/** A failed call: the HTTP status and the problem details the API sent (RFC 9457). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export function headers(extra = {}) {
  return { 'X-Api-Key': session.key ?? '', 'Accept-Language': currentLanguage(), ...extra };
}

/** Calls the API and returns { body, etag }; a status of 400 or more throws an ApiError. */
export async function call(path, { method = 'GET', body, ifMatch, accept = 'application/json' } = {}) {
  const extra = { Accept: accept };
  if (body !== undefined) extra['Content-Type'] = 'application/json';
  if (ifMatch) extra['If-Match'] = ifMatch;
  const response = await fetch(path, { method, headers: headers(extra), body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    const problem = (response.headers.get('Content-Type') ?? '').includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem);
  }
  const etag = response.headers.get('ETag');
  if (accept.startsWith('image/')) return { body: await response.blob(), etag };
  return { body: response.status === 204 ? null : await response.json(), etag };
}

/** The query string of the non-empty fields. */
export function query(fields) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(name, value);
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}
