// The two scenarios, each on its own fresh database and server process: webhook ingest; a million timers (+ memory).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { openDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { BENCH_SOURCE } from './bench-module.js';
import { cpuProbe, type CpuProbe } from './cpu.js';
import { durabilitySettings, type BenchDatabase } from './databases.js';
import { autocannonRun, pacedRun, type IngestResult } from './ingest.js';
import { startServer, type ServerProcess } from './server-process.js';
import { insertDueTimers, loadSubjectsAndFutureTimers, watchTimers, type WatchOutcome } from './timers.js';

/** BENCH_QUICK=1 shrinks every run (3 s runs, 100,000 timers): to check the bench itself, not to quote. */
const quick = process.env.BENCH_QUICK === '1';

export const SETTINGS = {
  connections: 64,
  warmupSeconds: quick ? 1 : 5,
  seconds: quick ? 3 : 10,
  rate: 2_000,
  timerRate: 500,
  subjects: quick ? 100_000 : 1_000_000,
  due: quick ? 10_000 : 100_000,
  /** Longest wait for the due timers, and for the event backlog left by the ingest runs. */
  timerLimitMs: quick ? 30_000 : 60_000,
  backlogLimitMs: quick ? 10_000 : 30_000,
  /** Idle time with the timers loaded before reading RSS: the worker looks at the table every second. */
  idleMs: 3_500,
};

export interface IngestScenario {
  readonly settings: string;
  readonly startMs: number;
  readonly runs: readonly IngestResult[];
  readonly durability: { readonly sent: number; readonly acked: number; readonly ackedMissing: number; readonly stored: number };
  /** inbox.process jobs left when the load stopped, and how long the worker took to finish them. */
  readonly backlog: { readonly jobs: number; readonly drainMs: number | undefined; readonly left: number };
}

export interface TimerScenario {
  readonly loadMs: number;
  readonly dueInsertMs: number;
  readonly timers: WatchOutcome;
  readonly duringTimers: IngestResult;
  readonly deliveries: { readonly created: number; readonly sent: number };
  readonly memory: { readonly empty: number; readonly pending: number; readonly afterTimers: number };
  readonly note: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * A fresh Node process gives back 30–50 MB in steps until some 50 s after start (V8's memory reducer, in the main
 * thread and in tsx's loader thread), so the timers' server is started early (run.ts starts it before the ingest
 * scenario) and RSS is read only after SETTLE_MS, as the median of four readings a second apart that agree within
 * 1 MB (at most 20 readings).
 */
const SETTLE_MS = 50_000;

async function idleRss(server: ServerProcess): Promise<{ bytes: number; settled: boolean }> {
  await sleep(server.readyAt + SETTLE_MS - performance.now());
  const readings: number[] = [];
  for (let i = 0; i < 20; i++) {
    readings.push(server.rss());
    const last = readings.slice(-4);
    if (last.length === 4 && Math.max(...last) - Math.min(...last) < 1024 * 1024) return { bytes: last.sort((a, b) => a - b)[1] ?? 0, settled: true };
    await sleep(1_000);
  }
  return { bytes: readings[readings.length - 1] ?? 0, settled: false };
}

async function count(db: Kysely<Database>, query: RawBuilder<{ n: number | string }>): Promise<number> {
  const row = (await query.execute(db)).rows[0];
  return Number(row?.n ?? 0);
}

const unfinishedInboxJobs = (db: Kysely<Database>) =>
  count(db, sql<{ n: number | string }>`select count(*) as n from jobs where name = 'inbox.process' and status in ('queued', 'running')`);

export interface BenchServer {
  readonly server: ServerProcess;
  /** CPU use of the server, its PostgreSQL backends, and this process. */
  readonly cpu: CpuProbe;
  /** A connection of the bench's own to the same database. */
  readonly db: Kysely<Database>;
  readonly workspaceId: string;
  stop(): Promise<void>;
}

/** Starts the server on `bench` and opens a connection of our own; stop() closes both (call it in a finally). */
export async function startBenchServer(bench: BenchDatabase, options: { cpuProfDir?: string }): Promise<BenchServer> {
  // Every bench connection comes from 127.0.0.1: without lifting the per-address cap (50, a defence against one
  // client holding every slot) the 64-connection run would have 14 connections closed and count them as errors.
  // Behind a proxy the cap is off in the same way.
  const env = { ...bench.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', MAX_CONNECTIONS_PER_ADDRESS: '0' };
  const server = await startServer(env, options);
  const handle = openDatabase(bench.target);
  const stop = async () => {
    await server.stop();
    await handle.close();
  };
  try {
    const ws = await handle.db.selectFrom('workspaces').select('id').where('slug', '=', 'default').executeTakeFirstOrThrow();
    const cpu = cpuProbe(server.pid, bench.target.kind === 'postgres' ? bench.target.url : undefined);
    return { server, cpu, db: handle.db, workspaceId: ws.id, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Webhook ingest: as fast as answered, then 2,000/s two ways; then checks every 2xx was stored. */
export async function runIngest(bench: BenchDatabase, log: (line: string) => void, options: { cpuProfDir?: string }): Promise<IngestScenario> {
  const started = await startBenchServer(bench, options);
  try {
    const { server, cpu, db, workspaceId: ws } = started;
    const settings = await durabilitySettings(db, bench.dialect);
    const { connections, seconds, rate } = SETTINGS;
    const runs: IngestResult[] = [];
    // Not reported (its events count in the durability check): JIT-compiles the server's hot paths first.
    log(`ingest: warm-up, ${connections} connections for ${SETTINGS.warmupSeconds} s`);
    const warmup = await autocannonRun(server.url, cpu, { label: 'warm-up', connections, seconds: SETTINGS.warmupSeconds });
    log(`ingest: ${connections} connections as fast as answered, ${seconds} s`);
    runs.push(await autocannonRun(server.url, cpu, { label: `max, ${connections} connections (autocannon)`, connections, seconds }));
    log(`ingest: autocannon overallRate ${rate}/s, ${seconds} s`);
    runs.push(await autocannonRun(server.url, cpu, { label: `${rate}/s (autocannon overallRate)`, connections, seconds, overallRate: rate }));
    log(`ingest: evenly paced ${rate}/s, ${seconds} s`);
    runs.push(await pacedRun(server.url, cpu, { label: `${rate}/s (paced, open loop)`, rate, seconds }));

    const stored = await db.selectFrom('inbox_events').select('id').where('workspace_id', '=', ws).where('source', '=', BENCH_SOURCE).execute();
    const storedIds = new Set(stored.map((r) => r.id));
    const acked = [...warmup.ackedIds, ...runs.flatMap((r) => r.ackedIds)];
    const durability = {
      sent: warmup.sent + runs.reduce((n, r) => n + r.sent, 0),
      acked: acked.length,
      ackedMissing: acked.filter((id) => !storedIds.has(id)).length,
      stored: storedIds.size,
    };

    log(`waiting up to ${SETTINGS.backlogLimitMs / 1000} s for the worker to process the stored events`);
    const waitStart = performance.now();
    const jobs = await unfinishedInboxJobs(db);
    let left = jobs;
    while (left > 0 && performance.now() - waitStart < SETTINGS.backlogLimitMs) {
      await sleep(1_000);
      left = await unfinishedInboxJobs(db);
    }
    const backlog = { jobs, drainMs: left === 0 ? performance.now() - waitStart : undefined, left };
    return { settings, startMs: server.startMs, runs, durability, backlog };
  } finally {
    await started.stop();
  }
}

/**
 * A million subjects with an expiry timer each, loaded while the server idles (RSS before and after); 100,000 of
 * them due at T; from T, the time until all are done, with webhooks arriving at 500/s meanwhile. `started` is a
 * server on a fresh database, started a while before (see idleRss).
 */
export async function runTimers(bench: BenchDatabase, started: BenchServer, log: (line: string) => void): Promise<TimerScenario> {
  const { server, cpu, db, workspaceId: ws } = started;
  const notes: string[] = [];
  const empty = await idleRss(server);

  const { subjects, due } = SETTINGS;
  log(`loading ${subjects.toLocaleString('en')} subjects and ${(subjects - due).toLocaleString('en')} far-future timers (server idle)`);
  const load = await loadSubjectsAndFutureTimers(db, bench.dialect, ws, subjects, due);
  // T leaves time to insert the due timers (about one chunk of the load), a few idle polls and the RSS readings.
  const chunkMs = load.ms / Math.ceil(subjects / 100_000);
  const dueAt = Date.now() + Math.round(2 * chunkMs + SETTINGS.idleMs + 8_000);
  const dueInsertMs = await insertDueTimers(db, bench.dialect, ws, subjects, due, dueAt);
  log(`${due.toLocaleString('en')} timers due at T = ${new Date(dueAt).toISOString()}`);
  await sleep(SETTINGS.idleMs);
  const pending = await idleRss(server);
  if (!empty.settled || !pending.settled) notes.push('the server RSS did not settle; the memory figures are rough');
  if (Date.now() > dueAt - 500) notes.push('the RSS reading with the timers pending ended less than 0.5 s before T');

  let timersDone = false;
  // Starts at T (its connections are opened before), and runs at least 2 s.
  const during = pacedRun(server.url, cpu, {
    label: `${SETTINGS.timerRate}/s during the timers (paced)`,
    rate: SETTINGS.timerRate,
    seconds: SETTINGS.timerLimitMs / 1000,
    startAt: dueAt,
    until: () => timersDone && Date.now() - dueAt >= 2_000,
  });
  let timers: WatchOutcome;
  try {
    timers = await watchTimers(db, ws, dueAt, due, SETTINGS.timerLimitMs);
  } finally {
    timersDone = true;
  }
  const duringTimers = await during;
  const deliveries = {
    created: await count(db, sql<{ n: number | string }>`select count(*) as n from deliveries where provider = 'bench-sink'`),
    sent: await count(db, sql<{ n: number | string }>`select count(*) as n from deliveries where provider = 'bench-sink' and status = 'sent'`),
  };
  const afterTimers = server.rss();
  const memory = { empty: empty.bytes, pending: pending.bytes, afterTimers };
  return { loadMs: load.ms, dueInsertMs, timers, duringTimers, deliveries, memory, note: notes.join('; ') || undefined };
}
