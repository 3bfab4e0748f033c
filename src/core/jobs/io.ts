// The io path (hand-written core): jobs that call providers run in parallel; their endings share group commits.
import { createCompletions, inSet, type Completions, type CompletionWork } from './completion.js';
import { jobContext, jobLogger, registeredFor, type RunEnv } from './job-context.js';
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
  const completions = createCompletions(env);
  return {
    get size() {
      return running.size;
    },
    ids: () => [...running.keys()],
    start(job) {
      const p = runIo(env, completions, job).finally(() => {
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
 * Runs one io job against the database itself (its provider calls happen outside any transaction); its ending (the
 * writes it queued with atCompletion and "done", or its failure) is committed together with the endings of the other
 * io jobs finishing at the same time. A lost lease is only logged: the provider call has happened, and the job's
 * records (a delivery row) keep the new owner from repeating it.
 */
async function runIo(env: RunEnv, completions: Completions, job: JobRow): Promise<void> {
  const { app } = env;
  const registered = registeredFor(env, job);
  const logger = jobLogger(env, job);
  const work: CompletionWork[] = [];
  let thrown: unknown;
  try {
    await registered.run(job.payload, jobContext(env, job, app.db, logger, async (w) => void work.push(w), async (set, item) => void work.push(inSet(set, item))));
  } catch (error) {
    // A throw of undefined is still a failure.
    thrown = error ?? new Error('the job threw without a reason');
  }
  const outcome = await completions.end({ job, registered, logger, work: thrown === undefined ? work : [], ...(thrown === undefined ? {} : { thrown }) });
  if (outcome === 'released') logger.warn({ attempts: job.attempts }, 'the ending could not commit; the job is queued again');
}
