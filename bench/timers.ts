// Loads a million subjects and their expiry timers straight into the database, and watches the due ones run.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, Dialect } from '../src/db/database.js';
import { BENCH_JOB, BENCH_TABLE, benchPipeline } from './bench-module.js';

const DAY_MS = 24 * 60 * 60_000;
/** Rows per INSERT … SELECT statement, each in its own transaction. */
const CHUNK = 100_000;

/** The numbers in [from, to) as a column `i`: a recursive CTE on SQLite, generate_series on PostgreSQL. */
function series(dialect: Dialect, from: number, to: number): { with: RawBuilder<unknown>; from: RawBuilder<unknown> } {
  return dialect === 'postgres'
    ? { with: sql``, from: sql`generate_series(${sql.lit(from)}::bigint, ${sql.lit(to - 1)}::bigint) as s(i)` }
    : { with: sql`with recursive s(i) as (select ${sql.lit(from)} union all select i + 1 from s where i + 1 < ${sql.lit(to)})`, from: sql`s` };
}

const subjectId = sql`'bsub_' || i`;

/**
 * A `bench.expire` job for every subject i in [from, to) that matches `where`, due at `runAt` (an expression of i).
 * Each has its own serial key and job key, as a real lead timer would (one at a time per lead; cancellable by key).
 */
async function insertJobs(db: Kysely<Database>, dialect: Dialect, workspaceId: string, from: number, to: number, runAt: RawBuilder<unknown>, where: RawBuilder<unknown>) {
  const s = series(dialect, from, to);
  const now = Date.now();
  await sql`${s.with}
    insert into jobs (workspace_id, name, payload, serial_key, job_key, status, run_at, attempts, max_attempts, created_at, updated_at)
    select ${workspaceId}, ${BENCH_JOB}, '{"subjectId":"' || ${subjectId} || '"}', 'bench:' || ${subjectId}, ${`${BENCH_JOB}:`} || ${subjectId},
      'queued', ${runAt}, 0, 0, ${sql.lit(now)}, ${sql.lit(now)}
    from ${s.from} where ${where}`.execute(db);
}

export interface LoadOutcome {
  readonly subjects: number;
  readonly futureJobs: number;
  readonly ms: number;
}

/**
 * Inserts `total` waiting subjects (and their stage count) and a far-future timer for each subject that will not
 * be due (every one whose number is not a multiple of `total / due`); run while the server is stopped.
 */
export async function loadSubjectsAndFutureTimers(db: Kysely<Database>, dialect: Dialect, workspaceId: string, total: number, due: number): Promise<LoadOutcome> {
  const started = performance.now();
  const every = Math.round(total / due);
  const farFrom = Date.now() + DAY_MS;
  for (let from = 0; from < total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK);
    await db.transaction().execute(async (trx) => {
      const s = series(dialect, from, to);
      const now = Date.now();
      await sql`${s.with}
        insert into ${sql.table(BENCH_TABLE)} (id, workspace_id, stage, created_at, updated_at)
        select ${subjectId}, ${workspaceId}, 'waiting', ${sql.lit(now)}, ${sql.lit(now)} from ${s.from}`.execute(trx);
      // Spread over the next week, as timers created over time would be.
      const runAt = sql`${sql.lit(farFrom)} + (i * 7919) % ${sql.lit(6 * DAY_MS)}`;
      await insertJobs(trx, dialect, workspaceId, from, to, runAt, sql`i % ${sql.lit(every)} <> 0`);
    });
  }
  await db
    .insertInto('stage_counts')
    .values({ workspace_id: workspaceId, pipeline: benchPipeline.name, stage: 'waiting', count: total })
    .execute();
  if (dialect === 'postgres') {
    // What autovacuum would have done by the time a real table held this many rows: statistics and visibility map.
    await sql`vacuum (analyze) jobs, ${sql.table(BENCH_TABLE)}`.execute(db);
  }
  return { subjects: total, futureJobs: total - due, ms: performance.now() - started };
}

/** Inserts the `due` timers (every (total/due)-th subject), all due at `dueAt`. Returns the milliseconds spent. */
export async function insertDueTimers(db: Kysely<Database>, dialect: Dialect, workspaceId: string, total: number, due: number, dueAt: number): Promise<number> {
  const started = performance.now();
  const every = Math.round(total / due);
  for (let from = 0; from < total; from += CHUNK * every) {
    const to = Math.min(total, from + CHUNK * every);
    await db.transaction().execute((trx) => insertJobs(trx, dialect, workspaceId, from, to, sql.lit(dueAt), sql`i % ${sql.lit(every)} = 0`));
  }
  // Statistics that know about them, as they would for timers created days before they are due (without it the
  // planner expects almost no due rows and plans the claim query for that).
  if (dialect === 'postgres') await sql`analyze jobs`.execute(db);
  return performance.now() - started;
}

/** Counts finished `bench.expire` jobs (through the jobs_status index: workspace, status). */
export async function countDone(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'done')
    .where('name', '=', BENCH_JOB)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * How many subjects have expired: the pipeline's stage count, one row that each job moves in the transaction that
 * also marks it done. Counting the jobs themselves every 100 ms scans 100,000 index entries each time and took up to
 * half of a PostgreSQL core (and blocked this process, which also generates the webhooks, on SQLite).
 */
async function countExpired(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('stage_counts')
    .select('count')
    .where('workspace_id', '=', workspaceId)
    .where('pipeline', '=', benchPipeline.name)
    .where('stage', '=', 'expired')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export interface WatchOutcome {
  /** ms from the due time until the first / half / all of them had run; undefined if not reached in time. */
  readonly firstMs: number | undefined;
  readonly halfMs: number | undefined;
  readonly allMs: number | undefined;
  /** `bench.expire` jobs with status done when the watch ended (counted once, exactly; a failed job is not done). */
  readonly doneAtEnd: number;
  /** Slowest progress query, ms (the watcher's own cost, in the process that also generates the webhooks). */
  readonly slowestPollMs: number;
}

/** Polls every `everyMs` from `dueAt` until all `expected` subjects have expired or `limitMs` passed. */
export async function watchTimers(db: Kysely<Database>, workspaceId: string, dueAt: number, expected: number, limitMs: number, everyMs = 100): Promise<WatchOutcome> {
  let firstMs: number | undefined;
  let halfMs: number | undefined;
  let allMs: number | undefined;
  let slowestPollMs = 0;
  const waitUntil = async (at: number) => {
    const ms = at - Date.now();
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  };
  for (let poll = 0; poll <= Math.ceil(limitMs / everyMs); poll++) {
    await waitUntil(dueAt + poll * everyMs);
    const before = performance.now();
    const expired = await countExpired(db, workspaceId);
    slowestPollMs = Math.max(slowestPollMs, performance.now() - before);
    const at = Date.now() - dueAt;
    if (expired > 0) firstMs ??= at;
    if (expired >= expected / 2) halfMs ??= at;
    if (expired >= expected) {
      allMs = at;
      break;
    }
  }
  return { firstMs, halfMs, allMs, doneAtEnd: await countDone(db, workspaceId), slowestPollMs };
}
