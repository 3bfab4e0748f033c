// `npm run bench`: webhook ingest, due timers and memory, on SQLite and then PostgreSQL. Prints figures, asserts nothing.
//
// BENCH_ONLY=sqlite|postgres runs one dialect; BENCH_QUICK=1 shrinks every run (to check the bench, not to quote);
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server process; BENCH_LOG_LEVEL sets the server's LOG_LEVEL
// (default warn); BENCH_ADMIN_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test,
// used only to create and drop the lc_bench_<random> databases).
import { cpus, loadavg, totalmem } from 'node:os';
import type { Dialect } from '../src/db/database.js';
import { ADMIN_URL, createBenchDatabase, postgresUnreachable, type BenchDatabase } from './databases.js';
import { printDialect } from './report.js';
import { runIngest, runTimers, SETTINGS, startBenchServer } from './scenario.js';
import { killAllChildren } from './server-process.js';

/** The whole run stops here whatever happens (it normally takes 4–6 minutes). */
const WATCHDOG_MS = 12 * 60_000;

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
/** The databases in use, removed by abort() if the run is cut short. */
const current = new Set<BenchDatabase>();

async function abort(reason: string): Promise<never> {
  console.error(`bench: ${reason}; stopping the server processes`);
  killAllChildren();
  for (const db of current) await db.destroy().catch((e: unknown) => console.error(`bench: could not remove ${db.description}: ${String(e)}`));
  process.exit(1);
}

setTimeout(() => void abort(`time limit of ${WATCHDOG_MS / 60_000} minutes reached`), WATCHDOG_MS).unref();
process.once('SIGINT', () => void abort('interrupted'));
process.once('SIGTERM', () => void abort('terminated'));

/** A fresh database, always removed afterwards (`fn` stops the servers it started, in its own finally). */
async function withDatabase<T>(dialect: Dialect, fn: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const db = await createBenchDatabase(dialect);
  current.add(db);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
    current.delete(db);
  }
}

const cpu = cpus();
console.log(`# Leadcycle benchmarks`);
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(
  `load: warm-up ${SETTINGS.warmupSeconds} s, ${SETTINGS.connections} connections × ${SETTINGS.seconds} s, then ${SETTINGS.rate}/s × ${SETTINGS.seconds} s twice; ` +
    `${SETTINGS.subjects.toLocaleString('en')} timers (${SETTINGS.due.toLocaleString('en')} due) with ${SETTINGS.timerRate}/s webhooks meanwhile\n`,
);

const only = process.env.BENCH_ONLY;
const dialects = (['sqlite', 'postgres'] as const).filter((d) => !only || only === d);
const cpuProfDir = process.env.BENCH_CPU_PROF;

try {
  for (const dialect of dialects) {
    if (dialect === 'postgres') {
      const why = await postgresUnreachable();
      if (why) {
        console.log(`\n## PostgreSQL: skipped, the server is unreachable (${why})`);
        continue;
      }
    }
    const step = (line: string) => log(`${dialect}: ${line}`);
    const options = cpuProfDir ? { cpuProfDir } : {};
    // The timers' server starts first and idles through the ingest scenario, so its RSS has settled (see idleRss).
    step('starting the server of the timers scenario on a fresh database (it idles meanwhile)');
    await withDatabase(dialect, async (timersDb) => {
      const timersServer = await startBenchServer(timersDb, options);
      try {
        step('ingest scenario on another fresh database');
        const ingest = await withDatabase(dialect, (db) => runIngest(db, step, options));
        const timers = await runTimers(timersDb, timersServer, step);
        const where = dialect === 'sqlite' ? 'a fresh SQLite file per scenario' : `a fresh lc_bench_<random> database per scenario on ${new URL(ADMIN_URL).host}`;
        printDialect(dialect, where, ingest, timers);
        console.log('');
      } finally {
        await timersServer.stop();
      }
    });
  }
  if (cpuProfDir) console.log(`CPU profiles of the server processes are in ${cpuProfDir}`);
  log('done');
} catch (error) {
  await abort(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  killAllChildren();
}
