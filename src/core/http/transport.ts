// The one HTTP transport for provider API calls: timeout, schema-checked bodies, failures sorted into ProviderError kinds.
//
// Calls go through undici's request, not fetch: fetch wraps the same client in WHATWG streams, headers and abort
// plumbing, which was a tenth of the server's CPU when a WhatsApp reply is four WAHA calls and a model call. The
// request itself runs on the helper thread of exchange.ts; building it and reading the answer stay here.
import type { ZodType } from 'zod';
import { err, ok, type Result } from '../errors.js';
import { exchange } from './exchange.js';

/** How a provider call failed; decides whether the delivery job retries. */
export type ProviderErrorKind =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'auth'
  | 'rejected'
  | 'server'
  | 'invalid_response';

export interface ProviderErrorOptions {
  status?: number | undefined;
  retryable: boolean;
  /** How long the provider asked us to wait (Retry-After), in ms. */
  retryAfterMs?: number | undefined;
  /** The response body, already truncated and scrubbed of the credentials we sent. */
  responseBody?: string | undefined;
  method: string;
  /** The URL without query string or user info, safe to log. */
  url: string;
  cause?: unknown;
}

/** A failed provider call. The message names method, safe URL and status only, never credentials. */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly responseBody: string | undefined;
  readonly method: string;
  readonly url: string;

  constructor(kind: ProviderErrorKind, message: string, options: ProviderErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.status = options.status;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.responseBody = options.responseBody;
    this.method = options.method;
    this.url = options.url;
  }

  /** This failure's options, for a provider's own subclass that adds what the provider's error body says. */
  options(overrides: Partial<ProviderErrorOptions> = {}): ProviderErrorOptions {
    const { status, retryable, retryAfterMs, responseBody, method, url, cause } = this;
    return { status, retryable, retryAfterMs, responseBody, method, url, cause, ...overrides };
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | undefined;

export interface HttpRequestOptions<T> {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** Appended to the URL; undefined values are skipped. */
  query?: Record<string, QueryValue>;
  /** Sent as application/json. Do not combine with `form`. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded; an array repeats the field (Twilio MediaUrl). */
  form?: Record<string, string | readonly string[]>;
  /** Checks the response body of a 2xx answer; an empty body is checked as `undefined`. */
  schema: ZodType<T>;
  /** Sent as the idempotency header; callers pass the same key on every attempt of one delivery. */
  idempotencyKey?: string;
  /** Overrides the client's timeout for this call, in ms. */
  timeoutMs?: number;
  /** Aborts the call (graceful shutdown); reported as a retryable network error. */
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  status: number;
  body: T;
}

export interface HttpClient {
  request<T>(opts: HttpRequestOptions<T>): Promise<Result<HttpResponse<T>, ProviderError>>;
}

export interface HttpClientOptions {
  /** Default per-call timeout covering connect, headers and body, in ms. */
  timeoutMs: number;
  userAgent?: string;
  /** Header that carries `idempotencyKey`. Defaults to Idempotency-Key. */
  idempotencyHeader?: string;
  /** Epoch ms, for turning an HTTP-date Retry-After into a delay. Defaults to Date.now. */
  now?: () => number;
}

const MAX_BODY_CHARS = 2_000;
/** Redirects followed before the answer counts as what it is (a 3xx, which no schema reads). */
const MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'leadcycle';
const SENSITIVE_NAME = /token|key|secret|password|passwd|auth|credential|signature|cookie/i;
const NOT_SENSITIVE = new Set(['idempotency-key', 'content-type', 'accept', 'user-agent']);

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name) && !NOT_SENSITIVE.has(name.toLowerCase());
}

/** Parses Retry-After as delta seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const now = options.now ?? Date.now;
  const idempotencyHeader = options.idempotencyHeader ?? 'Idempotency-Key';
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;

  async function request<T>(opts: HttpRequestOptions<T>): Promise<Result<HttpResponse<T>, ProviderError>> {
    if (opts.json !== undefined && opts.form !== undefined) {
      throw new Error('transport: a request takes json or form, not both');
    }
    const url = buildUrl(opts.url, opts.query);
    const safeUrl = describeUrl(url);
    const secrets = collectSecrets(opts);
    const fail = (kind: ProviderErrorKind, message: string, extra: Omit<ProviderErrorOptions, 'method' | 'url'>) =>
      err(new ProviderError(kind, `${opts.method} ${safeUrl} ${message}`, { ...extra, method: opts.method, url: safeUrl }));

    // Names lowercased, so that a caller's header replaces ours whatever its case (as Headers did).
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
    for (const [name, value] of Object.entries(opts.headers ?? {})) headers[name.toLowerCase()] = value;
    if (opts.idempotencyKey !== undefined) headers[idempotencyHeader.toLowerCase()] = opts.idempotencyKey;
    let body: string | undefined;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
      body = toFormBody(opts.form).toString();
    }

    const timeoutMs = opts.timeoutMs ?? options.timeoutMs;
    // Redirects are followed, as fetch did; undici drops the credentials headers when one leaves the origin. The body
    // read is inside the timeout too: a server that sends headers and then stalls must not hang us.
    const answer = await exchange({ method: opts.method, url: url.href, headers, body: body ?? null, timeoutMs, maxRedirections: MAX_REDIRECTS }, opts.signal);
    if (!answer.ok) {
      if (answer.timedOut) return fail('timeout', `timed out after ${timeoutMs} ms`, { retryable: true });
      const detail = opts.signal?.aborted === true ? 'was aborted' : `failed: ${answer.reason}`;
      return fail('network', detail, { retryable: true });
    }
    const status = answer.status;
    const retryAfter = answer.headers['retry-after'];
    const retryAfterHeader = (Array.isArray(retryAfter) ? retryAfter[0] : retryAfter) ?? null;
    const text = answer.text;

    const responseBody = truncate(scrub(text, secrets));
    if (status < 200 || status > 299) {
      const classified = classifyStatus(status);
      return fail(classified.kind, `answered HTTP ${status}`, {
        status,
        retryable: classified.retryable,
        retryAfterMs: parseRetryAfter(retryAfterHeader, now()),
        responseBody,
      });
    }

    const parsed = parseBody(text, opts.schema);
    if (!parsed.ok) {
      return fail('invalid_response', `answered HTTP ${status} with ${parsed.error}`, {
        status,
        retryable: false,
        responseBody,
      });
    }
    return ok({ status, body: parsed.value });
  }

  return { request };
}

/** The same transport with a different default timeout (a connection test should answer while the person waits). */
export function withTimeout(http: HttpClient, timeoutMs: number): HttpClient {
  return { request: (opts) => http.request({ timeoutMs, ...opts }) };
}

function classifyStatus(status: number): { kind: ProviderErrorKind; retryable: boolean } {
  if (status === 429) return { kind: 'rate_limited', retryable: true };
  if (status === 408) return { kind: 'timeout', retryable: true };
  if (status === 401 || status === 403) return { kind: 'auth', retryable: false };
  if (status >= 500) return { kind: 'server', retryable: true };
  if (status >= 400) return { kind: 'rejected', retryable: false };
  // A 1xx/3xx left over after the redirects were followed is nothing the schema can read.
  return { kind: 'invalid_response', retryable: false };
}

function parseBody<T>(text: string, schema: ZodType<T>): Result<T, string> {
  let candidate: unknown;
  if (text.trim() === '') {
    candidate = undefined;
  } else {
    try {
      candidate = JSON.parse(text);
    } catch {
      // Some endpoints answer plain text; a string schema may still accept it.
      const asText = schema.safeParse(text);
      return asText.success ? ok(asText.data) : err('a body that is not valid JSON');
    }
  }
  const result = schema.safeParse(candidate);
  if (result.success) return ok(result.data);
  const paths = result.error.issues.slice(0, 5).map((issue) => (issue.path.length > 0 ? issue.path.join('.') : '(root)'));
  return err(`a body that does not match the expected shape at ${paths.join(', ')}`);
}

function buildUrl(base: string, query: Record<string, QueryValue> | undefined): URL {
  const url = new URL(base);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url;
}

/** Origin and path only: query strings and user info may carry api keys (WAHA accepts `x-api-key=`). */
function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function toFormBody(form: Record<string, string | readonly string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === 'string') params.append(name, value);
    else for (const item of value) params.append(name, item);
  }
  return params;
}

/** Every credential value we are about to send, so an echo of it in an error body can be blanked. */
function collectSecrets<T>(opts: HttpRequestOptions<T>): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(opts.headers ?? {})) {
    if (!isSensitiveName(name)) continue;
    found.push(value);
    const scheme = /^(?:bearer|basic|token)\s+(.+)$/i.exec(value);
    if (scheme?.[1] !== undefined) {
      found.push(scheme[1]);
      if (/^basic/i.test(value)) found.push(...Buffer.from(scheme[1], 'base64').toString('utf8').split(':'));
    }
  }
  for (const [name, value] of Object.entries(opts.form ?? {})) {
    if (isSensitiveName(name)) found.push(...(typeof value === 'string' ? [value] : value));
  }
  for (const [name, value] of Object.entries(opts.query ?? {})) {
    if (isSensitiveName(name) && value !== undefined) found.push(String(value));
  }
  // Short values would blank ordinary words in the body and protect nothing.
  return found.filter((value) => value.length >= 6).sort((a, b) => b.length - a.length);
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

function truncate(text: string): string {
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}
