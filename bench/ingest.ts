// Webhook load: autocannon (closed loop, and its overallRate mode) and an evenly paced open-loop generator.
import http from 'node:http';
import autocannon from 'autocannon';
import { BENCH_SOURCE } from './bench-module.js';
import { cpuUse, type CpuProbe, type CpuUse } from './cpu.js';
import { nextOrder } from './orders.js';

const PATH = `/webhooks/${BENCH_SOURCE}`;
/** Longest wait for answers still in flight when a paced run stops. */
const DRAIN_MS = 15_000;
/** Connections of a paced run. */
const SOCKETS = 512;

export interface IngestResult {
  readonly label: string;
  readonly seconds: number;
  /** Requests written to the socket. */
  readonly sent: number;
  readonly ok: number;
  readonly non2xx: number;
  /** Connection errors and timeouts (and, for paced runs, requests still unanswered after the drain time). */
  readonly errors: number;
  /** The first error message, if any. */
  readonly firstError?: string;
  /** Latency percentiles, ms. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** The event ids the server answered 2xx with: each must be stored. */
  readonly ackedIds: readonly string[];
  readonly cpu: CpuUse;
  /**
   * Paced runs only: latency counted from when the request was actually written (leaving out the generator's own
   * lateness), and how late the generator wrote requests (a late write counts in the latency above).
   */
  readonly paced?: {
    readonly fromWrite: { readonly p50: number; readonly p99: number };
    readonly lateness: { readonly p99: number; readonly max: number };
  };
}

const eventIdOf = (body: string): string | undefined => {
  try {
    return (JSON.parse(body) as { eventId?: string }).eventId;
  } catch {
    return undefined;
  }
};

/** autocannon: `connections` clients, each sending its next request as soon as the last is answered. */
export async function autocannonRun(
  url: string,
  cpu: CpuProbe,
  options: { label: string; connections: number; seconds: number; overallRate?: number },
): Promise<IngestResult> {
  let built = 0;
  const ackedIds: string[] = [];
  const before = await cpu.snapshot();
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    ...(options.overallRate ? { overallRate: options.overallRate, ignoreCoordinatedOmission: true } : {}),
    requests: [
      {
        method: 'POST',
        path: PATH,
        setupRequest: (request) => {
          built++;
          const order = nextOrder();
          return { ...request, headers: order.headers, body: order.body };
        },
        onResponse: (status, body) => {
          if (status < 200 || status >= 300) return;
          const id = eventIdOf(body);
          if (id) ackedIds.push(id);
        },
      },
    ],
  });
  const used = cpuUse(before, await cpu.snapshot());
  return {
    label: options.label,
    seconds: result.duration,
    // Each client builds its next request just before writing it; the last one built may never be written.
    sent: built,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ackedIds,
    cpu: used,
  };
}

/** Opens `count` keep-alive connections before the clock starts (GET /health on each), as autocannon does. */
async function openSockets(agent: http.Agent, target: URL, count: number): Promise<void> {
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const request = http.get({ agent, host: target.hostname, port: target.port, path: '/health', timeout: 5_000 }, (response) => {
            response.resume();
            response.on('end', () => resolve());
          });
          request.on('timeout', () => request.destroy());
          request.on('error', () => resolve());
        }),
    ),
  );
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);

/**
 * Open loop at an even `rate`: request i is due at start + i/rate whatever happened to the others, and its latency
 * counts from that due time (so a stall in the server, or in this process, shows up instead of slowing the offered
 * load). 512 keep-alive connections, all opened before the clock starts (opening them under load would add SYN
 * retries of 1 s and more when the server is slow to accept), so requests wait in the server rather than in this
 * client until the server is 256 ms behind at 2,000/s. Starts at `startAt` (epoch ms) if given; stops after `seconds`
 * or as soon as `until()` is true.
 */
export async function pacedRun(
  url: string,
  cpu: CpuProbe,
  options: { label: string; rate: number; seconds: number; startAt?: number; until?: () => boolean },
): Promise<IngestResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS, maxFreeSockets: SOCKETS });
  const fromDue: number[] = [];
  const fromWrite: number[] = [];
  const lateness: number[] = [];
  const ackedIds: string[] = [];
  let sent = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let firstError: string | undefined;
  let inFlight = 0;
  let stopped = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const settle = () => {
    inFlight--;
    if (stopped && inFlight === 0) finish();
  };

  const fire = (dueAt: number) => {
    const writtenAt = performance.now();
    lateness.push(writtenAt - dueAt);
    const order = nextOrder();
    inFlight++;
    const request = http.request(
      {
        agent,
        method: 'POST',
        host: target.hostname,
        port: target.port,
        path: PATH,
        headers: { ...order.headers, 'content-length': Buffer.byteLength(order.body) },
        timeout: 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const now = performance.now();
          fromDue.push(now - dueAt);
          fromWrite.push(now - writtenAt);
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            ok++;
            const id = eventIdOf(Buffer.concat(chunks).toString('utf8'));
            if (id) ackedIds.push(id);
          } else non2xx++;
          settle();
        });
        response.on('error', (error) => {
          errors++;
          firstError ??= error.message;
          settle();
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer within 10 s')));
    request.on('error', (error) => {
      errors++;
      firstError ??= error.message;
      settle();
    });
    request.end(order.body);
  };

  await openSockets(agent, target, SOCKETS);
  if (options.startAt !== undefined) await new Promise((r) => setTimeout(r, Math.max(0, (options.startAt ?? 0) - Date.now())));
  const before = await cpu.snapshot();
  const start = performance.now();
  const interval = 1000 / options.rate;
  const maxRequests = Math.ceil(options.rate * options.seconds);
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= options.seconds * 1000 || sent >= maxRequests || options.until?.()) return resolve();
      const due = Math.min(maxRequests, Math.floor(elapsed / interval) + 1);
      while (sent < due) fire(start + sent++ * interval);
      setTimeout(tick, 1);
    };
    tick();
  });
  const seconds = (performance.now() - start) / 1000;
  stopped = true;
  if (inFlight > 0) {
    const timer = setTimeout(finish, DRAIN_MS);
    await done;
    clearTimeout(timer);
  }
  const used = cpuUse(before, await cpu.snapshot());
  agent.destroy();
  const sorted = (values: number[]) => Float64Array.from(values).sort();
  const due = sorted(fromDue);
  const written = sorted(fromWrite);
  const late = sorted(lateness);
  return {
    label: options.label,
    seconds,
    sent,
    ok,
    non2xx,
    errors: errors + inFlight,
    ...(firstError || inFlight > 0 ? { firstError: firstError ?? `${inFlight} unanswered ${DRAIN_MS / 1000} s after the run` } : {}),
    p50: percentile(due, 50),
    p99: percentile(due, 99),
    max: due[due.length - 1] ?? Number.NaN,
    ackedIds,
    cpu: used,
    paced: {
      fromWrite: { p50: percentile(written, 50), p99: percentile(written, 99) },
      lateness: { p99: percentile(late, 99), max: late[late.length - 1] ?? Number.NaN },
    },
  };
}
