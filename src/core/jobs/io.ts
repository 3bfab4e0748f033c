// The io path (hand-written core): jobs that call providers run in parallel, each completed on its own.
import { coerceError } from '../errors.js';
import { recordFailure } from './failure.js';
import { jobContext, jobLogger, registeredFor, type RunEnv } from './job-context.js';
import { markJobDone } from './outcome.js';
import { scheduleNextRun } from './repeat.js';
import type { JobRow } from './types.js';

/** The io jobs a worker is running. */
export interface IoJobs {
  /** How many are running. */
  readonly size: number;
  /** Their job ids, whose leases the heartbeat extends. */
  ids(): number[];
  /** Runs the job in the background; `onFinished` (given at creation) is called when it ends. */
  start(job: JobRow): void;
  /** Resolves when every job running now has ended. */
  settled(): Promise<void>;
}

export function createIoJobs(env: RunEnv, onFinished: () => void): IoJobs {
  const running = new Map<number, Promise<void>>();
  return {
    get size() {
      return running.size;
    },
    ids: () => [...running.keys()],
    start(job) {
      const p = runIo(env, job).finally(() => {
        running.delete(job.id);
        onFinished();
      });
      running.set(job.id, p);
    },
    settled: async () => {
      await Promise.all(running.values());
    },
  };
}

/**
 * Runs one io job against the database itself (its provider calls happen outside any transaction), then marks it
 * done. A lost lease is only logged: the provider call has happened, and the job's records (a delivery row) keep
 * the new owner from repeating it.
 */
async function runIo(env: RunEnv, job: JobRow): Promise<void> {
  const { app } = env;
  const registered = registeredFor(env, job);
  const logger = jobLogger(env, job);
  try {
    await registered.run(job.payload, jobContext(env, job, app.db, logger));
    if (await markJobDone(app.db, { job, workerId: env.workerId, now: app.clock.now() })) {
      await scheduleNextRun({ db: app.db, dialect: app.dialect, clock: app.clock }, job.workspace_id, registered);
    } else {
      logger.warn({ attempts: job.attempts }, 'lease lost while the job ran; another worker took it back and may run it again');
    }
  } catch (thrown) {
    await recordFailure({ env, db: app.db, job, registered, thrown, logger }).catch((e: unknown) =>
      logger.error({ err: coerceError(e) }, 'could not record job failure; the lease will expire'),
    );
  }
}
