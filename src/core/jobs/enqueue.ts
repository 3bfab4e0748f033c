// Enqueue and cancel jobs inside the caller's transaction, so a decision and the work it causes commit together.
import { sql } from 'kysely';
import type { Executor, Dialect } from '../../db/database.js';
import type { Clock } from '../clock.js';
import type { EnqueueOptions, JobName, JobPayloads, JobSpec } from './types.js';

export type { JobSpec } from './types.js';

export interface EnqueueTarget {
  readonly db: Executor;
  readonly dialect: Dialect;
  readonly clock: Clock;
  /** Wakes this process's idle worker; other processes hear PostgreSQL NOTIFY at commit, or poll. */
  readonly jobSignal?: { notify(): void };
}

/** Channel on which PostgreSQL announces new due jobs at commit time. */
export const JOB_NOTIFY_CHANNEL = 'leadcycle_jobs';

/** Returns the job id, or undefined when `onKeyConflict: 'keep'` found a queued job with the same key. */
export async function enqueueJob<N extends JobName>(
  target: EnqueueTarget,
  workspaceId: string,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<number | undefined> {
  const ids = await enqueueJobs(target, workspaceId, [jobSpec(name, payload, options)]);
  return ids[0];
}

/** One job to enqueue, its payload checked against the type declared for its name (for enqueueJobs, followUps). */
export function jobSpec<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): JobSpec<N> {
  return options ? { name, payload, options } : { name, payload };
}

/**
 * Enqueues many jobs at once: one statement for those without a job key, one for those with a key (per 500 jobs and
 * conflict mode), each keyed job moving a queued job of its key or, with `keep`, leaving it be.
 */
export async function enqueueJobs<N extends JobName>(target: EnqueueTarget, workspaceId: string, specs: readonly JobSpec<N>[]): Promise<(number | undefined)[]> {
  const { db, clock } = target;
  const now = clock.now();
  const rows = specs.map((s) => queuedJobRow(workspaceId, s, now));
  const ids: (number | undefined)[] = new Array(specs.length).fill(undefined);
  const upsert = (i: number) => rows[i]?.job_key !== null && specs[i]?.options?.onKeyConflict !== 'none';

  const plain = rows.map((r, i) => ({ r, i })).filter(({ i }) => !upsert(i));
  for (let start = 0; start < plain.length; start += 500) {
    const chunk = plain.slice(start, start + 500);
    const inserted = await db
      .insertInto('jobs')
      .values(chunk.map(({ r }) => r))
      .returning('id')
      .execute();
    // Both dialects return inserted rows in VALUES order for a single multi-row INSERT … RETURNING.
    inserted.forEach((row, k) => {
      const slot = chunk[k];
      if (slot) ids[slot.i] = row.id;
    });
  }

  // Keyed jobs as sets, one statement per conflict mode and round: a round holds each key once (a statement cannot
  // update a row twice), so a key given twice is written twice in order, as one call per job would.
  let keyed = rows.map((r, i) => ({ r, i })).filter(({ i }) => upsert(i));
  while (keyed.length > 0) {
    const seen = new Set<string>();
    const round: typeof keyed = [];
    const later: typeof keyed = [];
    for (const k of keyed) {
      const key = k.r.job_key as string;
      (seen.has(key) ? later : round).push(k);
      seen.add(key);
    }
    keyed = later;
    for (const mode of ['replace', 'keep'] as const) {
      const part = round.filter(({ i }) => (specs[i]?.options?.onKeyConflict ?? 'replace') === mode);
      for (let start = 0; start < part.length; start += 500) {
        const chunk = part.slice(start, start + 500);
        const written = await db
          .insertInto('jobs')
          .values(chunk.map(({ r }) => r))
          .onConflict((oc) => {
            const target = oc.columns(['workspace_id', 'job_key']).where(sql<boolean>`job_key is not null and status = 'queued'`);
            return mode === 'keep'
              ? target.doNothing()
              : target.doUpdateSet({
                  payload: (eb) => eb.ref('excluded.payload'),
                  run_at: (eb) => eb.ref('excluded.run_at'),
                  serial_key: (eb) => eb.ref('excluded.serial_key'),
                  max_attempts: (eb) => eb.ref('excluded.max_attempts'),
                  updated_at: (eb) => eb.ref('excluded.updated_at'),
                });
          })
          .returning(['id', 'job_key'])
          .execute();
        const idByKey = new Map(written.map((w) => [w.job_key, w.id]));
        for (const { r, i } of chunk) ids[i] = idByKey.get(r.job_key);
      }
    }
  }

  if (specs.length > 0) await announce(target);
  return ids;
}

/** The row that queues one job: enqueueJobs writes it, and so does the inbox's one-statement batch on PostgreSQL. */
export function queuedJobRow<N extends JobName>(workspaceId: string, s: JobSpec<N>, now: number) {
  return {
    workspace_id: workspaceId,
    name: s.name,
    payload: JSON.stringify(s.payload),
    serial_key: s.options?.serialKey ?? null,
    job_key: s.options?.jobKey ?? null,
    status: 'queued',
    run_at: s.options?.runAt ?? now,
    attempts: 0,
    // 0 means: the job definition's own maxAttempts (resolved by the worker).
    max_attempts: s.options?.maxAttempts ?? 0,
    created_at: now,
    updated_at: now,
  };
}

/** Cancels the queued job(s) with this key (a paid lead's expiry timer). Returns how many were cancelled. */
export async function cancelJobsByKey(target: EnqueueTarget, workspaceId: string, jobKey: string): Promise<number> {
  return cancelJobsByKeys(target, workspaceId, [jobKey]);
}

/** Cancels the queued jobs with any of these keys, in one statement (a set of leads' timers). Returns how many. */
export async function cancelJobsByKeys(target: EnqueueTarget, workspaceId: string, jobKeys: readonly string[]): Promise<number> {
  if (jobKeys.length === 0) return 0;
  const now = target.clock.now();
  const result = await target.db
    .updateTable('jobs')
    .set({ status: 'cancelled', updated_at: now, finished_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('job_key', 'in', [...jobKeys])
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Cancels the dead job(s) with this key, saying why (a delivery retried by hand supersedes the job that gave up on
 * it), so they stop counting as dead jobs in alerts. Returns how many were cancelled.
 */
export async function cancelDeadJobsByKey(target: Pick<EnqueueTarget, 'db' | 'clock'>, workspaceId: string, jobKey: string, reason: string): Promise<number> {
  const now = target.clock.now();
  const result = await target.db
    .updateTable('jobs')
    .set({ status: 'cancelled', last_error: reason.slice(0, 2000), updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('job_key', '=', jobKey)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The transactions of a job batch or a group of io jobs' endings, and the savepoints in them that jobs write through:
 * an enqueue through one of them asks for one NOTIFY (`held.wanted`), which the batch sends once, before its commit,
 * instead of one per enqueue (a NOTIFY is delivered at commit anyway; identical ones in a transaction fold). Keyed by
 * the executor, which the batch creates and drops: an AsyncLocalStorage did this before, but on Node 20 one turns
 * on promise hooks for the whole process, and they cost the WhatsApp bench a tenth of the server's CPU. An enqueue
 * through a transaction the batch did not register (a handler's own savepoint) sends its NOTIFY itself, as before.
 */
const heldBy = new WeakMap<object, { wanted: boolean }>();

/** Registers `db` (a batch's transaction or a savepoint in it) as holding its enqueues' NOTIFYs in `held`; returns it. */
export function holdAnnouncements<E extends object>(db: E, held: { wanted: boolean } | undefined): E {
  if (held) heldBy.set(db, held);
  return db;
}

/** What `db` holds its NOTIFYs in, if a batch registered it (for a savepoint taken inside it). */
export function heldAnnouncementsOf(db: object): { wanted: boolean } | undefined {
  return heldBy.get(db);
}

/** The NOTIFY that wakes workers in other processes (delivered at commit when sent inside a transaction). */
export async function notifyWorkers(db: Executor): Promise<void> {
  await sql`select pg_notify(${JOB_NOTIFY_CHANNEL}, '')`.execute(db);
}

async function announce(target: EnqueueTarget): Promise<void> {
  // NOTIFY inside a transaction is delivered at commit and dropped on rollback: exactly the wake-up we want.
  if (target.dialect === 'postgres') {
    const held = heldBy.get(target.db);
    if (held) held.wanted = true;
    else await notifyWorkers(target.db);
  }
  target.jobSignal?.notify();
}
