// Glossary and types of the job engine (hand-written core: the queue, timers and retries all live in one table).
//
// Job: a row in `jobs` naming a handler and a JSON payload. Event processing, deliveries and timers are all jobs.
// Job definition: what a job name does (schema, mode, attempts, handler). Written with defineJob, which checks the
//   schema against the payload type declared for the name in JobPayloads and gives a registered job.
// Registered job: a definition bound to its name; it parses the stored payload itself, so the worker needs no casts.
// Job spec: a name, its payload and enqueue options, checked against JobPayloads (built with jobSpec).
// Timer: a job whose run_at is in the future ("expire this lead at 10:03 in 7 days"). It re-checks its condition.
// Serial key: jobs that share one (a contact, an order) run one at a time, in the order they were enqueued.
// Job key: at most one *queued* job per key per workspace; used to replace a timer, debounce a burst, or cancel.
//   A job running when its key is queued again is replaced: if it fails or loses its lease, it is cancelled.
// Lease: a claimed job belongs to its worker until locked_until; a dead worker's job is taken again after that.
//   A worker that finds its lease lost when it finishes leaves the job to the new owner (a transaction job's
//   effects are rolled back; an io job's provider call has happened, and is logged).
// Dead: a job that failed its last attempt (or hit a permanent error). Kept, listed, retryable by hand.
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { Executor, JobTable } from '../../db/database.js';
import type { Selectable } from 'kysely';
import type { AppContext } from '../context.js';

export type JobRow = Selectable<JobTable>;

export type JobStatus = 'queued' | 'running' | 'done' | 'dead' | 'cancelled';

/**
 * Payload types by job name. Core declares it empty; each module adds its jobs by declaration merging, beside the
 * payload's schema:
 *
 *     export const leadExpirePayload = z.object({ leadId: z.string() });
 *     declare module '../../core/jobs/types.js' { interface JobPayloads { 'lead.expire': z.infer<typeof leadExpirePayload> } }
 */
// biome-ignore lint: an empty interface is the extension point
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export interface JobContext {
  /**
   * For `transaction` jobs: the transaction in which the job's completion is also written, so the job's effects
   * happen exactly once. For `io` jobs: the database itself (make provider calls outside any transaction).
   */
  readonly db: Executor;
  readonly app: AppContext;
  readonly job: JobRow;
  readonly workspaceId: string;
  readonly logger: Logger;
  /** Aborted when the worker is shutting down past its grace period. */
  readonly signal: AbortSignal;
  /**
   * Records progress (e.g. rows imported) on the job row, shown by the jobs API. It writes through `db`: a
   * `transaction` job's progress becomes visible when its batch commits (together with its work), an `io` job's at
   * once. A long import that people should watch is an `io` job that commits its rows in chunks.
   */
  reportProgress(done: number, total: number): Promise<void>;
  /**
   * Writes that must commit together with the job's completion, and only if it completes (the provider's answer on a
   * delivery row). An `io` job's are queued and written in the transaction that marks it done, shared with the other
   * io jobs ending at the same time (one commit for all of them); the job must not rely on reading them back before
   * it returns. A `transaction` job's run at once on `db`, which already commits with its completion.
   */
  atCompletion(work: (db: Executor) => Promise<void>): Promise<void>;
  /**
   * atCompletion in a set: `item` is written by `set.write`, which the io path calls once for the items of every
   * job of the group ending with it (one statement per step for the whole group instead of per job). Written after
   * the job's plain atCompletion writes. A transaction job's item is written at once, alone.
   */
  atCompletionInSet<T>(set: CompletionSet<T>, item: T): Promise<void>;
}

/**
 * Writes of one kind that many io jobs' endings can make together (a group's WhatsApp turns). `write` must do for
 * each item exactly what it does for that item alone: if it throws, the group is written again with each job's
 * items alone, in its own savepoint, so one bad item fails only its job.
 */
export interface CompletionSet<T> {
  write(db: Executor, items: readonly T[]): Promise<void>;
}

export interface Backoff {
  /** Delay before the second attempt, ms. Doubles each attempt. */
  readonly baseMs: number;
  /** Largest delay, ms. */
  readonly capMs: number;
}

/** What a job name does; register it with defineJob (core/jobs/define.ts), which checks it against JobPayloads. */
export interface JobDefinition<P> {
  /**
   * Re-checked when the job is claimed: a payload that no longer parses is a dead job, not a crash. It must parse
   * to exactly the payload type declared for the name, and accept it (defineJob refuses it otherwise).
   */
  readonly schema: z.ZodType<P>;
  /**
   * `transaction`: database-only work, run inside a batch transaction together with the job's completion.
   * `io`: talks to the outside world; runs alone and its completion is written after it returns.
   */
  readonly mode: 'transaction' | 'io';
  readonly maxAttempts?: number;
  readonly backoff?: Backoff;
  /**
   * A periodic job (reconciliation, clean-up): one per workspace is kept queued under the job key `repeat:<name>`,
   * and each run, whether it succeeds or dies, schedules the next one `everyMs` later.
   */
  readonly repeat?: { readonly everyMs: number; readonly payload: P };
  handle(payload: P, ctx: JobContext): Promise<void>;
  /**
   * The set form, for `transaction` jobs only: when a batch holds several claimed jobs of this name, they run
   * together, inside the batch's transaction, with one query per step for the whole set (load the subjects, move
   * them, write the history in one insert, enqueue the follow-ups in one insert), and their completions are written
   * in one statement. It must do exactly what `handle` does for each job. If it throws, nothing of it is kept and
   * each job runs through `handle` alone (in its own savepoint), so one bad job fails only itself.
   */
  handleBatch?(jobs: readonly BatchJob<P>[], ctx: BatchContext): Promise<void>;
  /**
   * Called after a failed attempt, in the same transaction that records the failure (so a delivery row can say
   * "failed, retrying at…" or "dead"). Must not throw for ordinary failures.
   */
  onFailed?(payload: P, ctx: JobContext, failure: JobFailure): Promise<void>;
}

/** One job of a set run by `handleBatch`: its payload and its own context (its row, workspace and logger). */
export interface BatchJob<P> {
  readonly payload: P;
  /** `db` is the set's transaction, shared by every job of the set. */
  readonly ctx: JobContext;
}

/** What a set run by `handleBatch` shares: the set's transaction (jobs of several workspaces may share a set). */
export interface BatchContext {
  readonly db: Executor;
  readonly app: AppContext;
  readonly logger: Logger;
  readonly signal: AbortSignal;
}

export interface JobFailure {
  readonly error: Error;
  /** True when no attempt is left (or the error was permanent). */
  readonly dead: boolean;
  /** When the next attempt is due, if there is one. */
  readonly retryAt?: number;
}

/**
 * A job definition bound to its name (made by defineJob). Its methods take the payload as stored (JSON text) and
 * parse it with the definition's schema, so the registry and the worker hold any job without knowing its payload.
 */
export interface RegisteredJob<N extends JobName = JobName> {
  readonly name: N;
  readonly mode: 'transaction' | 'io';
  /** Attempts before the job is dead, when its row does not set its own. */
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  /** For a periodic job: how often it runs, and the spec of the run that follows one finishing at `now` (epoch ms). */
  readonly repeat?: { readonly everyMs: number; nextRun(now: number): JobSpec<N> };
  /** Parses the stored payload (a payload that no longer parses throws a permanent error) and runs the handler. */
  run(storedPayload: string, ctx: JobContext): Promise<void>;
  /**
   * Present when the definition has `handleBatch`: parses every stored payload (one that no longer parses throws,
   * and the set falls back to single runs, where that job alone is dead) and runs the set form.
   */
  runBatch?(jobs: readonly { readonly storedPayload: string; readonly ctx: JobContext }[], ctx: BatchContext): Promise<void>;
  /** Runs the definition's onFailed, if it has one and the stored payload still parses. */
  failed(storedPayload: string, ctx: JobContext, failure: JobFailure): Promise<void>;
}

/** Registered jobs by name, assembled from the core and every module. */
export type JobRegistry = ReadonlyMap<string, RegisteredJob>;

export interface EnqueueOptions {
  /** When the job becomes due (epoch ms). Defaults to now. */
  runAt?: number;
  serialKey?: string | null;
  jobKey?: string | null;
  /**
   * What to do when a queued job with the same jobKey exists: `replace` updates its payload and run_at (a moved
   * timer, a debounce), `keep` leaves it alone. `none`: the key names something just created, so no job can hold
   * it yet; the job is inserted like one without a key (cheaper), and a queued job with that key is an error.
   * Default `replace`.
   */
  onKeyConflict?: 'replace' | 'keep' | 'none';
  maxAttempts?: number;
}

/**
 * One job to enqueue: a name and the payload declared for it, checked together (for a list of jobs of different
 * names, `JobSpec` is the union of every name's spec). Build one with `jobSpec(name, payload, options)`.
 */
export type JobSpec<N extends JobName = JobName> = {
  [K in N]: { readonly name: K; readonly payload: JobPayloads[K]; readonly options?: EnqueueOptions };
}[N];

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, capMs: 60 * 60_000 };
