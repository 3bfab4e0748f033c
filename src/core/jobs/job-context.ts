// What the worker's batch and io paths share (hand-written core): its environment and the context a handler receives.
import type { Logger } from 'pino';
import type { Executor } from '../../db/database.js';
import type { AppContext } from '../context.js';
import type { JobContext, JobRegistry, JobRow, RegisteredJob } from './types.js';

/** One worker's fixed surroundings, handed to the batch and io paths. */
export interface RunEnv {
  readonly app: AppContext;
  readonly registry: JobRegistry;
  readonly workerId: string;
  /** The worker's logger; each job gets a child of it. */
  readonly logger: Logger;
  /** Aborted when shutdown's grace period is over. */
  readonly signal: AbortSignal;
  /**
   * Runs a batch's or a group of endings' transaction when no other of this worker's is open (PostgreSQL; SQLite's
   * one connection does that already). A batch processing WhatsApp messages and a group of endings writing turns lock
   * the same conversations in different orders: run side by side at 1,000 conversations they deadlocked five times a
   * run, and each time PostgreSQL took a second (its deadlock_timeout) to undo one of them, which then ran again.
   */
  oneWriter<T>(write: () => Promise<T>): Promise<T>;
}

/** `oneWriter` for a worker: a queue of one on PostgreSQL, nothing on SQLite. */
export function writerQueue(dialect: AppContext['dialect']): RunEnv['oneWriter'] {
  if (dialect === 'sqlite') return (write) => write();
  let last: Promise<unknown> = Promise.resolve();
  return <T>(write: () => Promise<T>): Promise<T> => {
    const turn = last.then(write, write);
    last = turn.catch(() => undefined);
    return turn;
  };
}

/** The registered job a claimed row names (the worker claims only names it has, so a miss is a bug). */
export function registeredFor(env: RunEnv, job: JobRow): RegisteredJob {
  const registered = env.registry.get(job.name);
  if (!registered) throw new Error(`no handler for job ${job.name}`);
  return registered;
}

/**
 * The job's logger: a child of the worker's with the job's id, name and workspace, made the first time the job logs.
 * Most jobs never do, and making a child is not free: pino serializes its bindings through the redaction paths, which
 * was 3.6% of all the server allocated on the WhatsApp bench (1,000 conversations, two jobs a turn).
 */
export function jobLogger(env: RunEnv, job: JobRow): Logger {
  let child: Logger | undefined;
  const real = () => (child ??= env.logger.child({ jobId: job.id, job: job.name, workspaceId: job.workspace_id }));
  return new Proxy(env.logger, {
    get(_target, property) {
      const value: unknown = Reflect.get(real(), property);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
    set(_target, property, value) {
      return Reflect.set(real(), property, value);
    },
  });
}

/**
 * The context a handler (or onFailed) receives. `db` is where the job's work goes: the batch's savepoint for a
 * transaction job, the database for an io job. Progress is written through it too, never through a second handle:
 * on SQLite the batch holds the only connection, so a write beside it would wait for the batch, which waits for it.
 * `atCompletion` and `atCompletionInSet`: the io path queues the writes for its group commit; by default they run on
 * `db` at once.
 */
export function jobContext(
  env: RunEnv,
  job: JobRow,
  db: Executor,
  logger: Logger,
  // A transaction job's completion is written in its savepoint, so its completion writes go there at once.
  atCompletion: JobContext['atCompletion'] = (work) => work(db),
  atCompletionInSet: JobContext['atCompletionInSet'] = (set, item) => set.write(db, [item]),
): JobContext {
  return {
    db,
    atCompletion,
    atCompletionInSet,
    app: env.app,
    job,
    workspaceId: job.workspace_id,
    logger,
    signal: env.signal,
    async reportProgress(done, total) {
      await db
        .updateTable('jobs')
        .set({ progress: JSON.stringify({ done, total }), updated_at: env.app.clock.now() })
        .where('id', '=', job.id)
        .execute();
    },
  };
}
