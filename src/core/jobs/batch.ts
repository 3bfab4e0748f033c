// The batch path (hand-written core): transaction jobs, each in a savepoint with its completion, committed together.
import type { ControlledTransaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { coerceError } from '../errors.js';
import { releaseJobs } from './claim.js';
import { holdingAnnouncements, notifyWorkers } from './enqueue.js';
import { recordFailure } from './failure.js';
import { jobContext, jobLogger, registeredFor, type RunEnv } from './job-context.js';
import { markJobDone } from './outcome.js';
import { scheduleNextRun } from './repeat.js';
import type { JobRow } from './types.js';

/**
 * Runs claimed transaction jobs in one transaction: one commit (one fsync) for all of them is what makes a backlog
 * of timers fast. Each job runs in a savepoint, so a failure undoes only its own effects. If the commit itself
 * fails, every job is given back to the queue.
 */
export async function runBatch(env: RunEnv, jobs: readonly JobRow[]): Promise<void> {
  const { app } = env;
  const trx = await app.db.startTransaction().execute();
  const held = { wanted: false };
  try {
    await holdingAnnouncements(held, async () => {
      for (const job of jobs) await runInSavepoint(env, trx, job);
    });
    // The jobs' enqueues held their NOTIFYs back: one for the whole batch, delivered with its commit.
    if (held.wanted && app.dialect === 'postgres') await notifyWorkers(trx);
    await trx.commit().execute();
  } catch (thrown) {
    await trx.rollback().execute().catch(() => undefined);
    env.logger.error({ err: coerceError(thrown), jobs: jobs.length }, 'job batch could not commit; releasing');
    await releaseJobs(app.db, { workerId: env.workerId, ids: jobs.map((j) => j.id), now: app.clock.now() }).catch(() => undefined);
    // A handler's own transaction inside the batch may have committed jobs whose NOTIFY was held for this commit.
    if (held.wanted && app.dialect === 'postgres') await notifyWorkers(app.db).catch(() => undefined);
  }
}

/**
 * The job's effects and its completion share its savepoint. When the completion finds the lease lost (the job was
 * taken back and belongs to another worker), the savepoint is rolled back: the effects are the new owner's to make.
 */
async function runInSavepoint(env: RunEnv, trx: ControlledTransaction<Database>, job: JobRow): Promise<void> {
  const registered = registeredFor(env, job);
  const logger = jobLogger(env, job);
  const sp = await trx.savepoint('job').execute();
  try {
    await registered.run(job.payload, jobContext(env, job, sp, logger));
    const done = await markJobDone(sp, { job, workerId: env.workerId, now: env.app.clock.now() });
    if (!done) {
      await sp.rollbackToSavepoint('job').execute();
      await sp.releaseSavepoint('job').execute();
      logger.warn({ attempts: job.attempts }, 'lease lost before the batch committed; the job\'s effects were rolled back');
      return;
    }
    await sp.releaseSavepoint('job').execute();
  } catch (thrown) {
    await sp.rollbackToSavepoint('job').execute();
    await sp.releaseSavepoint('job').execute();
    await recordFailure({ env, db: trx, job, registered, thrown, logger });
    return;
  }
  await scheduleNextRun({ db: trx, dialect: env.app.dialect, clock: env.app.clock }, job.workspace_id, registered);
}
