// Provider HTTP calls on a helper thread: a request is sent and its whole answer read there, so undici's work leaves the event loop.
//
// The server's one event loop takes the webhooks, runs the jobs and makes every SQLite statement. Sending a request
// and reading its answer (sockets, HTTP parsing, buffers) was about a third of a WhatsApp turn's CPU there (a model
// call and four WAHA calls); on a helper thread it runs beside them on another core. Measured on the WhatsApp bench,
// 1,000 conversations on 2 cores, alternated with the same code without the thread: turn → first words p95 2.69 s →
// 1.75 s, p50 1.82 s → 1.11 s; a message's round trip to the thread costs about 14 µs of CPU (bench/wa-assistant-history.md).
//
// The thread runs plain JavaScript given as source (it needs only undici, found from here), so it starts the same from
// the built server, from the TypeScript sources under tsx and under vitest. It is started at the first call, does not
// keep an idle process alive, and if it ever stops, the calls in flight fail as network errors (retried like any
// dropped connection) and the next call starts a new one.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One request, as the thread sends it. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  /** Names lowercased. */
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array | null;
  /** Covers connecting, the headers and reading the whole body. */
  readonly timeoutMs: number;
  /** Redirects followed (undici drops credentials headers when one leaves the origin). */
  readonly maxRedirections: number;
}

/** The whole answer, or why there is none: the timeout, or the socket's own error code (ECONNRESET, ECONNREFUSED). */
export type ExchangeResult =
  | { readonly ok: true; readonly status: number; readonly headers: Readonly<Record<string, string | string[] | undefined>>; readonly text: string }
  | { readonly ok: false; readonly timedOut: boolean; readonly reason: string };

/** The helper thread's young generation, in MB. */
const THREAD_YOUNG_GENERATION_MB = 4;

/** Why the thread's calls failed when it stopped under them. */
export const THREAD_STOPPED = 'the HTTP helper thread stopped';

// The socket's own error code is what tells the reader anything: undici puts it on the error, or on its `cause` when it
// wraps it (a socket closed mid-answer); an abort's DOMException has a number there, which is no such code. An `abort`
// message aborts that call (the caller's signal: a shutdown, a deadline).
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { request } = require(workerData.undici);
const calls = new Map();
const codeOf = (e) => (e instanceof Error && typeof e.code === 'string' ? e.code : undefined);
const reasonOf = (e) => {
  if (!(e instanceof Error)) return 'unknown error';
  const causeCode = codeOf(e.cause);
  if (causeCode !== undefined) return causeCode;
  const code = codeOf(e);
  if (code !== undefined && !code.startsWith('UND_ERR')) return code;
  return code !== undefined ? code + ' (' + e.message + ')' : e.message;
};
parentPort.on('message', async (m) => {
  if (m.abort !== undefined) { calls.get(m.abort)?.abort(); return; }
  const controller = new AbortController();
  calls.set(m.id, controller);
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, m.timeoutMs);
  try {
    const answer = await request(m.url, { method: m.method, headers: m.headers, body: m.body, signal: controller.signal, maxRedirections: m.maxRedirections });
    const text = await answer.body.text();
    parentPort.postMessage({ id: m.id, ok: true, status: answer.statusCode, headers: answer.headers, text });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, timedOut, reason: reasonOf(e) });
  } finally {
    clearTimeout(timer);
    calls.delete(m.id);
  }
});
`;

interface HelperThread {
  readonly worker: Worker;
  /** Each call in flight's way back to its caller, by id. */
  readonly waiting: Map<number, (result: ExchangeResult) => void>;
}

/** The process's helper thread, started at the first call (a transport like undici's own connection pool). */
let helper: HelperThread | undefined;
let lastId = 0;

function startedHelper(): HelperThread {
  if (helper) return helper;
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { undici: createRequire(import.meta.url).resolve('undici') },
    // A small young generation, as the server's own (`npm start`): a call's objects live milliseconds. The thread costs
    // about 8 MB of RSS: after 200 calls a process measured 77–85 MB with it, 78–87 MB with the thread's default
    // limits, and 76–77 MB with undici on the event loop.
    resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
  });
  const started: HelperThread = { worker, waiting: new Map() };
  worker.unref();
  worker.on('message', ({ id, ...result }: ExchangeResult & { id: number }) => {
    const answer = started.waiting.get(id);
    started.waiting.delete(id);
    if (started.waiting.size === 0) worker.unref();
    answer?.(result as ExchangeResult);
  });
  const stopped = (reason: string) => {
    if (helper === started) helper = undefined;
    for (const answer of started.waiting.values()) answer({ ok: false, timedOut: false, reason });
    started.waiting.clear();
  };
  worker.on('error', (error) => stopped(`${THREAD_STOPPED}: ${error.message}`));
  worker.on('exit', () => stopped(THREAD_STOPPED));
  helper = started;
  return started;
}

/** Aborted before it was sent, as undici answers a request whose signal is already aborted. */
const ABORTED_BEFORE_SENDING: ExchangeResult = { ok: false, timedOut: false, reason: 'aborted before it was sent' };

/**
 * Sends `request` on the helper thread; never rejects. `signal` aborts it (a network failure, not a timeout); one
 * aborted already (a shutdown under way) sends nothing.
 */
export function exchange(request: Exchange, signal?: AbortSignal): Promise<ExchangeResult> {
  if (signal?.aborted === true) return Promise.resolve(ABORTED_BEFORE_SENDING);
  const { worker, waiting } = startedHelper();
  const id = ++lastId;
  return new Promise((resolve) => {
    const onAbort = () => worker.postMessage({ abort: id });
    signal?.addEventListener('abort', onAbort, { once: true });
    waiting.set(id, (result) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    });
    // A call in flight keeps the process alive, as its socket would.
    if (waiting.size === 1) worker.ref();
    worker.postMessage({ id, ...request });
  });
}

/** Stops the helper thread: its calls in flight fail as network errors, and the next call starts a new thread. */
export async function stopExchangeThread(): Promise<void> {
  await helper?.worker.terminate();
}
