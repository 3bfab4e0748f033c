// A fetch on undici's request, for a client library that takes one (the openai package): the same call without fetch's WHATWG request plumbing.
//
// Node's own fetch builds a Request, a Headers list, an abort signal chain, a body stream and a tee of the answer for
// every call. For the language model's one JSON request per turn that was 0.4 ms of the server's CPU and 100 KB of
// garbage per call at 1,000 conversations (CPU and allocation profiles, README Benchmarks), four times a WAHA call,
// which goes through undici's request already (transport.ts). Here only the answer is a real Response, built from
// its text, so the client reads it as it reads any fetch answer. The request itself is sent on the helper thread
// (exchange.ts), as the transport's are.
import { exchange } from './exchange.js';

/** The caller's signal is the deadline (the client's own timeout); the exchange itself waits as long as it must. */
const NO_TIMEOUT_MS = 2_147_483_647;

/** Statuses whose Response may have no body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** What a request body may be here: a client that sends JSON sends a string. Anything else is refused loudly. */
function bodyOf(body: RequestInit['body']): string | Uint8Array | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('requestFetch: only a string or bytes can be sent as the body');
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  throw new TypeError('requestFetch: a Request object as input is not supported; pass its URL and init');
}

/**
 * fetch(url, init) on undici's request. Follows no redirects (an API answers its own URL); the signal aborts the
 * call, including reading the body, and rejects with its reason as fetch does; a network failure rejects with
 * fetch's TypeError, its cause naming the socket's code (the client sorts it as a connection error). The answer's
 * body is read whole before the Response is made: for a JSON API that is what the client does next anyway.
 */
export async function requestFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  (init.headers instanceof Headers ? init.headers : new Headers(init.headers)).forEach((value, name) => {
    headers[name] = value;
  });
  const signal = init.signal ?? undefined;
  const answer = await exchange({ method: init.method ?? 'GET', url: urlOf(input), headers, body: bodyOf(init.body), timeoutMs: NO_TIMEOUT_MS, maxRedirections: 0 }, signal);
  if (!answer.ok) {
    if (signal?.aborted) throw signal.reason;
    throw new TypeError('fetch failed', { cause: new Error(answer.reason) });
  }
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, one);
  }
  return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.text, { status: answer.status, headers: responseHeaders });
}
