import { ApiError, networkProblem, toProblem } from './problem';
import { getCsrfToken, notifySessionExpired } from './session';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as is (a CSV text, a photo) with its content type, instead of JSON `body`. */
  raw?: { body: string | Blob; contentType: string };
  query?: QueryParams;
  signal?: AbortSignal;
  /** When false, a 401 is returned to the caller instead of ending the session (used by login). */
  handleUnauthorized?: boolean;
}

export const API_BASE = '/api/v1';

function isEmptyQueryValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * The entries of `query` that buildUrl sends (empty values dropped), for query keys: filters
 * that produce the same URL then share one cache entry instead of requesting it twice.
 */
export function compactQuery<T extends object>(query: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => !isEmptyQueryValue(value)),
  ) as Partial<T>;
}

/** Builds `path?query`, dropping empty values. */
export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (isEmptyQueryValue(value)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Sends one request to the Rigline API; resolves with the parsed JSON body or throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.raw) headers['content-type'] = options.raw.contentType;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = getCsrfToken();
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.raw?.body ??
        (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(networkProblem(cause));
  }

  const body = await readBody(response);
  if (!response.ok) {
    const error = new ApiError(toProblem(response.status, response.statusText, body));
    if (response.status === 401 && options.handleUnauthorized !== false) notifySessionExpired();
    throw error;
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  /** POSTs `text` as the body with the given content type (e.g. a CSV import). */
  postText: <T>(path: string, text: string, contentType: string, query?: QueryParams) =>
    apiRequest<T>(path, { method: 'POST', raw: { body: text, contentType }, query }),
  /** POSTs a file's bytes as the body with its content type (e.g. an attachment upload). */
  postFile: <T>(path: string, file: Blob, contentType: string, query?: QueryParams) =>
    apiRequest<T>(path, { method: 'POST', raw: { body: file, contentType }, query }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
