// The worker (hand-written core): claims due jobs, runs batchable ones in one transaction and io ones in parallel.
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { AppContext } from '../context.js';
import { coerceError } from '../errors.js';
import { newId } from '../ids.js';
import { listenForNotifications, type Listener } from '../../db/notifications.js';
import { claimJobs, extendLeases, nextDueAt, recoverExpiredLeases } from './claim.js';
import { JOB_NOTIFY_CHANNEL, enqueueJob } from './enqueue.js';
import { markJobDone, markJobFailed } from './outcome.js';
import { DEFAULT_BACKOFF, DEFAULT_MAX_ATTEMPTS, type JobContext, type JobDefinition, type JobName, type JobRegistry, type JobRow } from './types.js';

export interface WorkerOptions {
  readonly ctx: AppContext;
  readonly registry: JobRegistry;
  /** io jobs running at once. */
  readonly concurrency: number;
  readonly leaseMs: number;
  /** Longest sleep between looks at the table, ms; other processes' jobs are noticed within this. */
  readonly pollMs?: number;
  /** Most transaction jobs committed together (one fsync for all of them). */
  readonly batchSize?: number;
  readonly workerId?: string;
}

export interface Worker {
  readonly id: string;
  /** Starts the background loop (real time). */
  start(): Promise<void>;
  /**
   * Runs every job that is due at ctx.clock.now(), including ones that become due because of them, until none is
   * left or maxRounds rounds ran. For tests (with a fake clock) and one-shot commands. Returns how many ran.
   */
  drain(options?: { maxRounds?: number }): Promise<number>;
  /** Stops claiming, waits up to graceMs for running jobs, then gives the rest back to the queue. */
  stop(graceMs?: number): Promise<void>;
}

type AnyDefinition = JobDefinition<unknown>;

export function createWorker(options: WorkerOptions): Worker {
  const { ctx, registry } = options;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${newId('wrk').slice(-6)}`;
  const pollMs = options.pollMs ?? 1000;
  const batchSize = options.batchSize ?? 200;
  const logger = ctx.logger.child({ workerId: id });
  const abort = new AbortController();
  const txNames = [...registry].filter(([, d]) => d.mode === 'transaction').map(([n]) => n);
  const ioNames = [...registry].filter(([, d]) => d.mode === 'io').map(([n]) => n);

  const activeIo = new Map<number, Promise<void>>();
  let stopping = false;
  let loopDone: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let pendingWake = false;
  let listener: Listener | undefined;
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let lastRecovery = 0;

  const poke = () => {
    pendingWake = true;
    wake?.();
  };

  const definition = (job: JobRow): AnyDefinition => {
    const def = registry.get(job.name);
    if (!def) throw new Error(`no handler for job ${job.name}`);
    return def as unknown as AnyDefinition;
  };

  const jobContext = (job: JobRow, db: JobContext['db'], jobLogger: Logger): JobContext => ({
    db,
    app: ctx,
    job,
    workspaceId: job.workspace_id,
    logger: jobLogger,
    signal: abort.signal,
    reportProgress: async (done, total) => {
      await ctx.db
        .updateTable('jobs')
        .set({ progress: JSON.stringify({ done, total }), updated_at: ctx.clock.now() })
        .where('id', '=', job.id)
        .execute();
    },
  });

  /** After a periodic job finishes (done or dead), its next run is queued in the same transaction. */
  const scheduleNext = async (db: JobContext['db'], job: JobRow, def: AnyDefinition) => {
    if (!def.repeat) return;
    await enqueueJob({ db, dialect: ctx.dialect, clock: ctx.clock }, job.workspace_id, job.name as JobName, def.repeat.payload as never, {
      jobKey: repeatKey(job.name),
      onKeyConflict: 'keep',
      runAt: ctx.clock.now() + def.repeat.everyMs,
    });
  };

  const parsePayload = (job: JobRow, def: AnyDefinition): unknown => {
    const parsed = def.schema.safeParse(JSON.parse(job.payload));
    if (!parsed.success) {
      const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
      throw Object.assign(new Error(`payload no longer valid: ${message}`), { retryable: false });
    }
    return parsed.data;
  };

  const fail = async (db: JobContext['db'], job: JobRow, def: AnyDefinition, thrown: unknown, jobLogger: Logger) => {
    const maxAttempts = job.max_attempts || def.maxAttempts || DEFAULT_MAX_ATTEMPTS;
    const outcome = await markJobFailed(db, job, id, thrown, ctx.clock.now(), ctx.random, def.backoff ?? DEFAULT_BACKOFF, maxAttempts);
    const error = coerceError(thrown);
    if (def.onFailed) {
      let payload: unknown;
      try {
        payload = parsePayload(job, def);
      } catch {
        payload = undefined;
      }
      if (payload !== undefined) {
        await def.onFailed(payload, jobContext(job, db, jobLogger), {
          error,
          dead: outcome.status === 'dead',
          ...(outcome.status === 'queued' ? { retryAt: outcome.runAt } : {}),
        });
      }
    }
    if (outcome.status === 'dead') await scheduleNext(db, job, def);
    if (outcome.status === 'dead') jobLogger.error({ err: error, attempts: job.attempts }, 'job dead');
    else jobLogger.warn({ err: error, attempts: job.attempts, retryAt: outcome.runAt }, 'job failed, will retry');
  };

  /** Transaction jobs: each in a savepoint, all completions committed at once. */
  const runBatch = async (jobs: JobRow[]): Promise<void> => {
    const trx = await ctx.db.startTransaction().execute();
    try {
      for (const job of jobs) {
        const jobLogger = logger.child({ jobId: job.id, job: job.name, workspaceId: job.workspace_id });
        const def = definition(job);
        const sp = await trx.savepoint('job').execute();
        try {
          await def.handle(parsePayload(job, def), jobContext(job, sp, jobLogger));
          await sp.releaseSavepoint('job').execute();
          await markJobDone(trx, job, id, ctx.clock.now());
          await scheduleNext(trx, job, def);
        } catch (thrown) {
          await sp.rollbackToSavepoint('job').execute();
          await sp.releaseSavepoint('job').execute();
          await fail(trx, job, def, thrown, jobLogger);
        }
      }
      await trx.commit().execute();
    } catch (thrown) {
      await trx.rollback().execute().catch(() => undefined);
      logger.error({ err: coerceError(thrown), jobs: jobs.length }, 'job batch could not commit; releasing');
      await ctx.db
        .updateTable('jobs')
        .set({ status: 'queued', locked_by: null, locked_until: null, updated_at: ctx.clock.now() })
        .where('id', 'in', jobs.map((j) => j.id))
        .where('locked_by', '=', id)
        .execute()
        .catch(() => undefined);
    }
  };

  const runIo = async (job: JobRow): Promise<void> => {
    const jobLogger = logger.child({ jobId: job.id, job: job.name, workspaceId: job.workspace_id });
    const def = definition(job);
    try {
      await def.handle(parsePayload(job, def), jobContext(job, ctx.db, jobLogger));
      await markJobDone(ctx.db, job, id, ctx.clock.now());
      await scheduleNext(ctx.db, job, def);
    } catch (thrown) {
      await fail(ctx.db, job, def, thrown, jobLogger).catch((e: unknown) =>
        jobLogger.error({ err: coerceError(e) }, 'could not record job failure; the lease will expire'),
      );
    }
  };

  const startIo = (job: JobRow) => {
    const p = runIo(job).finally(() => {
      activeIo.delete(job.id);
      poke();
    });
    activeIo.set(job.id, p);
  };

  /** One look at the table: returns how many jobs were claimed. */
  const tick = async (awaitIo: boolean): Promise<number> => {
    const now = ctx.clock.now();
    if (now - lastRecovery >= pollMs) {
      lastRecovery = now;
      const recovered = await recoverExpiredLeases(ctx.db, now);
      if (recovered > 0) logger.warn({ recovered }, 'took back jobs whose lease expired');
    }
    let claimed = 0;
    const freeSlots = options.concurrency - activeIo.size;
    if (freeSlots > 0 && ioNames.length > 0) {
      const io = await claimJobs(ctx.db, ctx.dialect, { workerId: id, now, leaseMs: options.leaseMs, limit: freeSlots, names: ioNames });
      claimed += io.length;
      for (const job of io) startIo(job);
    }
    if (txNames.length > 0) {
      const batch = await claimJobs(ctx.db, ctx.dialect, { workerId: id, now, leaseMs: options.leaseMs, limit: batchSize, names: txNames });
      claimed += batch.length;
      if (batch.length > 0) await runBatch(batch);
    }
    if (awaitIo) await Promise.all(activeIo.values());
    return claimed;
  };

  const sleep = async (): Promise<void> => {
    if (pendingWake) {
      pendingWake = false;
      return;
    }
    let delay = pollMs;
    const next = await nextDueAt(ctx.db).catch(() => undefined);
    if (next !== undefined) delay = Math.max(0, Math.min(pollMs, next - ctx.clock.now()));
    if (delay === 0 && activeIo.size >= options.concurrency) delay = pollMs;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
    pendingWake = false;
  };

  const loop = async () => {
    while (!stopping) {
      try {
        // Yield to pending I/O between batches, so webhooks are answered while a backlog of timers runs.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const claimed = await tick(false);
        if (claimed === 0 || activeIo.size >= options.concurrency) await sleep();
      } catch (thrown) {
        logger.error({ err: coerceError(thrown) }, 'worker loop error; retrying after a pause');
        await new Promise((r) => setTimeout(r, Math.min(pollMs, 1000)));
      }
    }
  };

  return {
    id,
    async start() {
      unsubscribe = ctx.jobSignal.subscribe(poke);
      await ensureRepeatingJobs(ctx, registry);
      if (ctx.dialect === 'postgres' && ctx.config.database.kind === 'postgres') {
        listener = await listenForNotifications(ctx.config.database.url, JOB_NOTIFY_CHANNEL, poke).catch((e: unknown) => {
          logger.warn({ err: coerceError(e) }, 'LISTEN failed; falling back to polling');
          return undefined;
        });
      }
      heartbeat = setInterval(
        () => {
          void extendLeases(ctx.db, id, [...activeIo.keys()], ctx.clock.now() + options.leaseMs).catch(() => undefined);
        },
        Math.max(1000, Math.floor(options.leaseMs / 3)),
      );
      heartbeat.unref();
      loopDone = loop();
      logger.info({ concurrency: options.concurrency }, 'worker started');
    },
    async drain({ maxRounds = 1000 } = {}) {
      let total = 0;
      for (let round = 0; round < maxRounds; round++) {
        lastRecovery = Number.NEGATIVE_INFINITY;
        const claimed = await tick(true);
        total += claimed;
        if (claimed === 0) break;
      }
      return total;
    },
    async stop(graceMs = 25_000) {
      stopping = true;
      unsubscribe?.();
      poke();
      await loopDone;
      const running = [...activeIo.keys()];
      const finished = await Promise.race([
        Promise.all(activeIo.values()).then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), graceMs).unref()),
      ]);
      if (!finished) {
        abort.abort();
        const left = [...activeIo.keys()];
        logger.warn({ jobs: left }, 'grace period over; giving unfinished jobs back to the queue');
        if (left.length > 0) {
          await ctx.db
            .updateTable('jobs')
            .set({ status: 'queued', locked_by: null, locked_until: null, updated_at: ctx.clock.now() })
            .where('id', 'in', left)
            .where('locked_by', '=', id)
            .execute()
            .catch(() => undefined);
        }
      }
      if (heartbeat) clearInterval(heartbeat);
      await listener?.close();
      logger.info({ finished: running.length }, 'worker stopped');
    },
  };
}

const repeatKey = (name: string) => `repeat:${name}`;

/** Makes sure every periodic job has one queued run in every workspace (new workspaces, first start). */
export async function ensureRepeatingJobs(ctx: Pick<AppContext, 'db' | 'dialect' | 'clock'>, registry: JobRegistry): Promise<void> {
  const periodic = [...registry].filter(([, d]) => d.repeat !== undefined);
  if (periodic.length === 0) return;
  const workspaces = await ctx.db.selectFrom('workspaces').select('id').execute();
  for (const ws of workspaces) {
    for (const [name, def] of periodic) {
      const repeat = (def as unknown as AnyDefinition).repeat;
      if (!repeat) continue;
      await enqueueJob(ctx, ws.id, name as JobName, repeat.payload as never, {
        jobKey: repeatKey(name),
        onKeyConflict: 'keep',
        runAt: ctx.clock.now() + repeat.everyMs,
      });
    }
  }
}
