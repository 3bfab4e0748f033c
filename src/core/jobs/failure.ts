// A failed attempt (hand-written core): recorded as a retry or as dead, told to the job's onFailed, logged.
import type { Logger } from 'pino';
import type { Executor } from '../../db/database.js';
import { coerceError } from '../errors.js';
import { jobContext, type RunEnv } from './job-context.js';
import { markJobFailed } from './outcome.js';
import { scheduleNextRun } from './repeat.js';
import type { JobRow, RegisteredJob } from './types.js';

export interface FailedAttempt {
  readonly env: RunEnv;
  /** Where the failure is recorded: the batch transaction, or the group transaction of the io jobs ending together. */
  readonly db: Executor;
  readonly job: JobRow;
  readonly registered: RegisteredJob;
  readonly thrown: unknown;
  readonly logger: Logger;
}

/**
 * Records the failure, then lets the job update its own records (a delivery row says "failed, retrying at…") in the
 * same transaction; not dead means a retry is due, or a newer job with the same key is. A dead periodic job still
 * gets its next run. When the lease was lost, the job belongs to another worker: nothing is recorded and onFailed
 * is not called, so this stale attempt cannot overwrite its result.
 */
export async function recordFailure({ env, db, job, registered, thrown, logger }: FailedAttempt): Promise<void> {
  const { app } = env;
  const outcome = await markJobFailed(db, {
    job,
    workerId: env.workerId,
    thrown,
    now: app.clock.now(),
    random: app.random,
    backoff: registered.backoff,
    maxAttempts: job.max_attempts || registered.maxAttempts,
  });
  const error = coerceError(thrown);
  if (outcome.status === 'postponed') {
    logger.debug({ runAt: outcome.runAt, reason: error.message }, 'job postponed');
    return;
  }
  if (outcome.status === 'lease_lost') {
    logger.warn({ err: error, attempts: job.attempts }, 'job failed after its lease was lost; another worker owns it now');
    return;
  }
  await registered.failed(job.payload, jobContext(env, job, db, logger), {
    error,
    dead: outcome.status === 'dead',
    ...(outcome.status === 'queued' ? { retryAt: outcome.runAt } : {}),
  });
  if (outcome.status === 'dead') {
    await scheduleNextRun({ db, dialect: app.dialect, clock: app.clock }, job.workspace_id, registered);
    logger.error({ err: error, attempts: job.attempts }, 'job dead');
  } else if (outcome.status === 'superseded') {
    logger.warn({ err: error, attempts: job.attempts }, 'job failed; a newer job with the same key replaces it');
  } else {
    logger.warn({ err: error, attempts: job.attempts, retryAt: outcome.runAt }, 'job failed, will retry');
  }
}
