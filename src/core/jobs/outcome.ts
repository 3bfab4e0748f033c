// What happens to a job after its handler returns or throws: done, retried later with backoff, or dead.
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { coerceError } from '../errors.js';
import { replacedByNewer, SUPERSEDED } from './claim.js';
import { JobPostponed } from './postpone.js';
import { DEFAULT_BACKOFF, DEFAULT_MAX_ATTEMPTS, type Backoff, type JobRow } from './types.js';

/** Exponential backoff with jitter; a provider's Retry-After wins when it asks for longer. */
export function retryDelayMs(attempts: number, backoff: Backoff, random: () => number, retryAfterMs?: number): number {
  const exponential = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(exponential * (0.5 + 0.5 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** An error says it must not be retried when it carries `retryable: false` (AppError, ProviderError). */
export function isPermanent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'retryable' in error && error.retryable === false;
}

function retryAfterOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'retryAfterMs' in error && typeof error.retryAfterMs === 'number') {
    return error.retryAfterMs;
  }
  return undefined;
}

/** Who finishes which job, and when (epoch ms). */
export interface JobFinish {
  readonly job: JobRow;
  readonly workerId: string;
  readonly now: number;
}

/**
 * Marks the job done if this worker still holds it. False means the lease was lost: the job was taken back after
 * its lease ran out and belongs to another worker (or has already run there).
 */
export async function markJobDone(db: Executor, { job, workerId, now }: JobFinish): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, updated_at: now, locked_by: null, locked_until: null })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks many jobs done in one statement, those this worker still holds; returns their ids (a missing id lost its
 * lease, see markJobDone).
 */
export async function markJobsDone(db: Executor, req: { readonly ids: readonly number[]; readonly workerId: string; readonly now: number }): Promise<Set<number>> {
  if (req.ids.length === 0) return new Set();
  const rows = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: req.now, updated_at: req.now, locked_by: null, locked_until: null })
    .where('id', 'in', [...req.ids])
    .where('locked_by', '=', req.workerId)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

export interface JobFailureRecord extends JobFinish {
  /** What the handler threw: its `retryable: false` makes the job dead at once, its `retryAfterMs` delays the retry. */
  readonly thrown: unknown;
  /** Jitter source, 0 ≤ x < 1. */
  readonly random: () => number;
  readonly backoff?: Backoff;
  /** Attempts before the job is dead; defaults to the row's own, else DEFAULT_MAX_ATTEMPTS. */
  readonly maxAttempts?: number;
}

/**
 * `superseded`: a newer job with the same job key was queued (or queued and started) while this one ran, so this
 * one is cancelled instead of queued again (at most one queued job per key). `lease_lost`: nothing was written, the job belongs to another
 * worker now (see markJobDone).
 */
export type FailureOutcome =
  | { status: 'queued'; runAt: number }
  | { status: 'postponed'; runAt: number }
  | { status: 'dead' }
  | { status: 'superseded' }
  | { status: 'lease_lost' };

/**
 * Records a failed attempt: queued again after a backoff, dead after the last attempt or a permanent error, or
 * cancelled when a newer job holds its key.
 */
export async function markJobFailed(db: Executor, failure: JobFailureRecord): Promise<FailureOutcome> {
  const { job, workerId, thrown, now, random, backoff = DEFAULT_BACKOFF, maxAttempts = job.max_attempts || DEFAULT_MAX_ATTEMPTS } = failure;
  const error = coerceError(thrown);
  const message = (error.message || error.name).slice(0, 2000);
  let outcome: Exclude<FailureOutcome, { status: 'lease_lost' }>;
  if (thrown instanceof JobPostponed) {
    // Not a failure: queued again for the time it asked, giving back the attempt its claim counted.
    outcome = { status: 'postponed', runAt: Math.max(now, thrown.until) };
  } else if (isPermanent(thrown) || job.attempts >= maxAttempts) {
    outcome = { status: 'dead' };
  } else {
    outcome = (await keyTaken(db, job))
      ? { status: 'superseded' }
      : { status: 'queued', runAt: now + retryDelayMs(job.attempts, backoff, random, retryAfterOf(thrown)) };
  }
  const queuedAgain = 'runAt' in outcome;
  const result = await db
    .updateTable('jobs')
    .set({
      status: outcome.status === 'superseded' ? 'cancelled' : queuedAgain ? 'queued' : outcome.status,
      run_at: 'runAt' in outcome ? outcome.runAt : job.run_at,
      ...(outcome.status === 'postponed' ? { attempts: Math.max(0, job.attempts - 1) } : {}),
      finished_at: queuedAgain ? null : now,
      last_error: outcome.status === 'superseded' ? `${message.slice(0, 1900)} (${SUPERSEDED})` : message,
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? outcome : { status: 'lease_lost' };
}

/** True when a newer job with this job's key is queued or running (so this one must not be queued again). */
async function keyTaken(db: Executor, job: JobRow): Promise<boolean> {
  if (job.job_key === null) return false;
  const { rows } = await sql<{ taken: unknown }>`select ${replacedByNewer(job.workspace_id, job.job_key, job.id)} as taken`.execute(db);
  return Boolean(Number(rows[0]?.taken));
}
