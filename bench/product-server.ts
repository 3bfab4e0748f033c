// What the product benches share: `leadcycle start` on a fresh database, an owner's API token, JSON calls, RSS peaks, percentiles.
import { createApiToken } from '../src/core/auth/tokens.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase } from '../src/db/connect.js';
import type { BenchDatabase } from './databases.js';
import { startServer, startWorkerProcess, type ServerProcess } from './server-process.js';

export interface ProductServer {
  readonly process: ServerProcess;
  /** The `leadcycle worker` processes beside a `leadcycle web` (`workers` > 0, PostgreSQL only); empty otherwise. */
  readonly workers: readonly ServerProcess[];
  /** Stops the server and its workers. */
  stop(): Promise<void>;
  readonly token: string;
  /** A JSON call as the workspace owner; a status of 300 or more throws with the answer's first words. */
  api<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** BENCH_SERVER_ENV='A=1 B=2': extra settings for the server process (e.g. WORKER_CONCURRENCY=16). */
export const extraServerEnv: Record<string, string> = Object.fromEntries(
  (process.env.BENCH_SERVER_ENV ?? '')
    .split(/\s+/)
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);

/**
 * Starts the real server (as `npm start` runs it) on `db` with `env` added, and gives its default workspace an owner
 * token. BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server when it stops.
 */
export async function startProductServer(db: BenchDatabase, env: Record<string, string>, options: { startTimeoutMs?: number; workers?: number } = {}): Promise<ProductServer> {
  const cpuProfDir = process.env.BENCH_CPU_PROF;
  const settings = { ...db.env, HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', ...env, ...extraServerEnv };
  // SQLite allows one worker, in the server's own process: separate workers only on PostgreSQL.
  const workerCount = db.dialect === 'postgres' ? (options.workers ?? 0) : 0;
  const child = await startServer(settings, { entry: 'leadcycle', ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}), ...(workerCount > 0 ? { command: 'web' as const } : {}), ...(cpuProfDir ? { cpuProfDir } : {}) });
  const workers: ServerProcess[] = [];
  const stop = async () => {
    await child.stop();
    for (const w of workers) await w.stop();
  };
  try {
    for (let i = 0; i < workerCount; i++) workers.push(await startWorkerProcess(settings));
  } catch (error) {
    await stop();
    throw error;
  }
  let token: string;
  const handle = openDatabase(db.target);
  try {
    const ws = await handle.db.selectFrom('workspaces').select('id').where('slug', '=', 'default').executeTakeFirstOrThrow();
    token = (await createApiToken(handle.db, systemClock, { workspaceId: ws.id, name: 'bench', role: 'owner', createdBy: null })).token;
  } catch (error) {
    await handle.close();
    await stop();
    throw error;
  }
  await handle.close();
  return {
    process: child,
    workers,
    stop,
    token,
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${child.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
  };
}

/** Samples a process's RSS every 50 ms until stopped; the highest sample (and the first) in bytes. */
export function watchRss(server: ServerProcess): { readonly first: number; peak(): number; stop(): number } {
  const first = server.rss();
  let peak = first;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, server.rss());
    } catch {
      // The process is gone; the figure so far stands.
    }
  }, 50);
  return {
    first,
    peak: () => peak,
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** The value at percentile `p` (0–100) of an ascending list. */
export const percentile = (sorted: ArrayLike<number>, p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `done` every `everyMs` until it is true or `limitMs` passed; true when it became true. */
export async function waitUntil(done: () => boolean | Promise<boolean>, limitMs: number, everyMs = 50): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (await done()) return true;
    await sleep(everyMs);
  }
  return done();
}

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms` : 'n/a');
export const int = (n: number) => Math.round(n).toLocaleString('en');
