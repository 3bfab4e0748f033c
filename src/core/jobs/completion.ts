// Group commit of io jobs' endings (hand-written core): what many io jobs write when they end shares one transaction.
//
// An io job ends with writes: the provider's answer on its delivery row and "done" on its job row, or the record of
// its failure. Written one job at a time, that is a commit (an fsync on SQLite, a round trip and a flush on
// PostgreSQL) per job. Jobs that end while a commit is in flight wait for the next one, which takes them all, as the
// inbox's group commit does for webhooks: under load one commit serves a whole batch, and a lone job still ends
// after a single commit.
import type { ControlledTransaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Executor } from '../../db/database.js';
import { coerceError } from '../errors.js';
import { releaseJobs } from './claim.js';
import { heldAnnouncementsOf, holdAnnouncements, notifyWorkers } from './enqueue.js';
import { recordFailure } from './failure.js';
import type { RunEnv } from './job-context.js';
import { markJobsDone } from './outcome.js';
import { scheduleNextRun } from './repeat.js';
import { grouped } from '../grouped.js';
import type { CompletionSet, JobRow, RegisteredJob } from './types.js';

/** Writes that commit together with a job's end (see JobContext.atCompletion and atCompletionInSet). */
export type CompletionWork = ((db: Executor) => Promise<void>) | SetItem;

/** An item bound to its set (JobContext.atCompletionInSet), for a list that holds items of several sets. */
export interface SetItem {
  readonly set: CompletionSet<never>;
  readonly item: unknown;
}

export const inSet = <T>(set: CompletionSet<T>, item: T): SetItem => ({ set: set as CompletionSet<never>, item });

/** Writes the items of each set with one call per set, in the order the sets first appear. */
export async function writeSets(db: Executor, items: readonly SetItem[]): Promise<void> {
  for (const [set, list] of grouped(items, (i) => i.set)) await set.write(db, list.map((i) => i.item) as never[]);
}

export interface Ending {
  readonly job: JobRow;
  readonly registered: RegisteredJob;
  readonly logger: Logger;
  /** The handler's writes, in the order it queued them; only for a job that succeeded. */
  readonly work: readonly CompletionWork[];
  /** What the handler threw: the ending records a failure instead (retry, dead or superseded). */
  readonly thrown?: unknown;
}

/**
 * `done`: committed as done. `failed`: the failure is recorded (its writes were not written). `lease_lost`: the job
 * belongs to another worker now; its writes (the provider's answer) are kept, so the new owner sees it was sent.
 * `released`: the group could not commit, and the job was given back to the queue (its attempt stays counted).
 */
export type EndingOutcome = 'done' | 'failed' | 'lease_lost' | 'released';

export interface Completions {
  /** Resolves once the job's ending is committed (with others ending at the same time), or given back. */
  end(ending: Ending): Promise<EndingOutcome>;
}

interface Pending {
  readonly ending: Ending;
  resolve(outcome: EndingOutcome): void;
}

/**
 * How long the first ending waits for others before its commit, ms. On SQLite a commit runs synchronously (the
 * fsync blocks the thread), so nothing can join a commit in flight: answers arriving over the next couple of
 * milliseconds are gathered instead. On PostgreSQL a commit is a round trip during which the next group gathers.
 */
export const GATHER_MS = { sqlite: 2, postgres: 0 } as const;

export function createCompletions(env: RunEnv, maxBatch = 200): Completions {
  const gatherMs = GATHER_MS[env.app.dialect];
  const queue: Pending[] = [];
  let flushing = false;

  const flush = async () => {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        const outcomes = await env.oneWriter(() => commitEndings(env, batch.map((p) => p.ending)));
        batch.forEach((p, i) => p.resolve(outcomes[i] ?? 'released'));
      }
    } finally {
      flushing = false;
    }
  };

  return {
    end(ending) {
      return new Promise<EndingOutcome>((resolve) => {
        queue.push({ ending, resolve });
        if (!flushing) {
          // At least one turn of the event loop: the jobs whose provider answered together share the first commit too.
          flushing = true;
          if (gatherMs > 0) setTimeout(() => void flush(), gatherMs);
          else setImmediate(() => void flush());
        }
      });
    },
  };
}

/**
 * One transaction for all the endings. The writes go in first without a savepoint each (two statements less per job,
 * two round trips on PostgreSQL); only if one of them throws is the transaction rolled back and the group written
 * again with each job's writes in its own savepoint, so a job whose writes fail is recorded as failed without undoing
 * the others. If the commit itself fails, every job is given back to the queue: run again, a delivery finds itself
 * still queued and calls its provider again with the same idempotency key, exactly as after a crash between the
 * call and the commit.
 */
async function commitEndings(env: RunEnv, endings: readonly Ending[]): Promise<EndingOutcome[]> {
  const optimistic = await commitGroup(env, endings, 'together');
  return optimistic ?? ((await commitGroup(env, endings, 'each-in-savepoint')) as EndingOutcome[]);
}

/** A throw from one job's writes in a group written without savepoints: the group is written again, job by job. */
class EndingWriteFailed extends Error {}

/** The transactions of groups written without a savepoint per job (`together`), while they are open. */
const writtenTogether = new WeakSet<object>();

/**
 * True when `db` is a group written without savepoints: a write that throws there is not kept, because the whole
 * group is written again with each job in its own savepoint. So a write whose failure the job means to survive (a
 * delivery's record hook) needs no savepoint of its own here; on the second pass it takes one.
 */
export const rewrittenIfAWriteThrows = (db: object): boolean => writtenTogether.has(db);

/**
 * Writes and commits the group. `together`: undefined when one job's writes threw (nothing of the group is kept);
 * `each-in-savepoint`: always the outcomes.
 */
async function commitGroup(env: RunEnv, endings: readonly Ending[], mode: 'together' | 'each-in-savepoint'): Promise<EndingOutcome[] | undefined> {
  const { app } = env;
  const held = { wanted: false };
  let trx: ControlledTransaction<Database> | undefined;
  try {
    trx = holdAnnouncements(await app.db.startTransaction().execute(), held);
    const open = trx;
    if (mode === 'together') writtenTogether.add(open);
    // What each ending's writes threw; absent when they went in.
    const refused = new Map<Ending, unknown>();
    // Written together, the items of a set wait for every job's plain writes and go in with one call per set.
    const sets: SetItem[] = [];
    for (const ending of endings) {
      if (ending.thrown !== undefined) refused.set(ending, ending.thrown);
      else if (mode === 'together') {
        try {
          for (const work of ending.work) {
            if (typeof work === 'function') await work(open);
            else sets.push(work);
          }
        } catch {
          throw new EndingWriteFailed();
        }
      } else {
        const thrown = await writeInSavepoint(open, ending);
        if (thrown !== undefined) refused.set(ending, thrown);
      }
    }
    try {
      await writeSets(open, sets);
    } catch {
      throw new EndingWriteFailed();
    }
    // Set-based: one statement marks every job whose writes went in as done, where this worker still holds it.
    const written = endings.filter((e) => !refused.has(e));
    const done = await markJobsDone(open, { ids: written.map((e) => e.job.id), workerId: env.workerId, now: app.clock.now() });
    const outcomes: EndingOutcome[] = [];
    for (const ending of endings) {
      const { job, registered, logger } = ending;
      if (refused.has(ending)) {
        await recordFailure({ env, db: open, job, registered, thrown: refused.get(ending), logger });
        outcomes.push('failed');
      } else if (done.has(job.id)) {
        await scheduleNextRun({ db: open, dialect: app.dialect, clock: app.clock }, job.workspace_id, registered);
        outcomes.push('done');
      } else {
        logger.warn({ attempts: job.attempts }, 'lease lost while the job ran; another worker took it back and may run it again');
        outcomes.push('lease_lost');
      }
    }
    // The jobs' enqueues held their NOTIFYs back: one for the whole group, delivered with its commit.
    if (held.wanted && app.dialect === 'postgres') await notifyWorkers(open);
    await open.commit().execute();
    return outcomes;
  } catch (thrown) {
    await trx?.rollback().execute().catch(() => undefined);
    if (thrown instanceof EndingWriteFailed) return undefined;
    env.logger.error({ err: coerceError(thrown), jobs: endings.length }, "io jobs' endings could not commit; giving the jobs back");
    await releaseJobs(app.db, { workerId: env.workerId, ids: endings.map((e) => e.job.id), now: app.clock.now() }).catch(() => undefined);
    return endings.map(() => 'released');
  }
}

/** The job's writes behind a savepoint: undefined when they went in, else what threw (and they are undone). */
async function writeInSavepoint(trx: ControlledTransaction<Database>, ending: Ending): Promise<unknown> {
  if (ending.work.length === 0) return undefined;
  const sp = holdAnnouncements(await trx.savepoint('ending').execute(), heldAnnouncementsOf(trx));
  try {
    const sets: SetItem[] = [];
    for (const work of ending.work) {
      if (typeof work === 'function') await work(sp);
      else sets.push(work);
    }
    await writeSets(sp, sets);
    await sp.releaseSavepoint('ending').execute();
    return undefined;
  } catch (thrown) {
    await sp.rollbackToSavepoint('ending').execute();
    await sp.releaseSavepoint('ending').execute();
    return thrown ?? new Error('a completion write failed');
  }
}
