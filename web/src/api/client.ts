// The one way the dashboard talks to the server: same-origin fetch, the CSRF header on changes, typed errors.

import type { ErrorCode as ServerErrorCode } from '../../../src/core/error-codes.ts';

/** Error codes the server answers with (its own list, so the two cannot drift), plus two the browser meets itself. */
export type ErrorCode =
  | ServerErrorCode
  /** The server could not be reached (offline, restarting). */
  | 'network'
  /** The server answered something that is not the API's JSON. */
  | 'unexpected';

/** An error answer of the API (`{ error: { code, message, requestId } }`), or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly requestId: string | null,
    /** The error body's `details`: the failing fields of a validation error, the field a conflict is about… */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** The token from sign-in or GET /api/auth/me; sent as x-csrf-token on every change. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request answers 401 (the session ended): the app shows the sign-in screen. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

/** Builds `/api/x?a=1`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(value: unknown): value is { error: { code: ErrorCode; message: string; requestId?: string; details?: Record<string, unknown> } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function request<T>(method: Method, path: string, body?: unknown, options: { quietUnauthorized?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A file goes as multipart (the browser writes the boundary into the content type itself).
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: isForm ? body : JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : String(error), 0, null);
  }
  const requestId = response.headers.get('x-request-id');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    if (response.status === 401 && !options.quietUnauthorized) for (const listener of unauthorizedListeners) listener();
    if (isErrorBody(parsed)) throw new ApiError(parsed.error.code, parsed.error.message, response.status, parsed.error.requestId ?? requestId, parsed.error.details ?? {});
    throw new ApiError('unexpected', `HTTP ${response.status}: ${text.slice(0, 200)}`, response.status, requestId);
  }
  if (parsed === undefined && text) throw new ApiError('unexpected', `not JSON: ${text.slice(0, 200)}`, response.status, requestId);
  return parsed as T;
}

/** Typed calls to the REST API. Every failure is an ApiError. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<undefined>('DELETE', path),
  /** POST of one file as multipart/form-data in the field `file` (the upload routes' field). */
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<T>('POST', path, form);
  },
  /** GET that does not announce a 401 (used to find out whether someone is signed in). */
  probe: <T>(path: string) => request<T>('GET', path, undefined, { quietUnauthorized: true }),
};

/**
 * The request fields an error names (`price` for `body.price`, `code` for a conflict about the code): from a
 * validation error's `details.fields`, or the single `details.field` of a rule the route checks itself.
 */
export function failingFields(error: ApiError): string[] {
  const out = new Set<string>();
  const { fields, field } = error.details as { fields?: unknown; field?: unknown };
  if (typeof field === 'string') out.add(field);
  if (Array.isArray(fields)) {
    for (const f of fields as unknown[]) {
      const path = typeof f === 'object' && f !== null && 'field' in f ? (f as { field: unknown }).field : undefined;
      if (typeof path === 'string') out.add(path.replace(/^(body|querystring|params)\./, '').split('.')[0] ?? path);
    }
  }
  return [...out];
}

/**
 * The server's reason per refused field, keyed by the field's whole path without its `body.` prefix (`name`,
 * `variants.1.reply_templates.greeting.id`), from a validation error's `details.fields`: for forms whose inputs are
 * nested, so each reason stands beside its own input (failingFields gives only the top-level names).
 */
export function fieldMessages(error: ApiError | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const fields = error?.details['fields'];
  if (!Array.isArray(fields)) return out;
  for (const f of fields as unknown[]) {
    if (typeof f !== 'object' || f === null) continue;
    const { field, message } = f as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string') out.set(field.replace(/^(body|querystring|params)\./, ''), message);
  }
  return out;
}

/** Any thrown value as an ApiError, so screens have one shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('unexpected', error instanceof Error ? error.message : String(error), 0, null);
}
