// The worker's loop (hand-written core): claims due jobs, hands transaction jobs to the batch path and io jobs to the io path.
import { hostname } from 'node:os';
import type { AppContext } from '../context.js';
import { coerceError } from '../errors.js';
import { newId } from '../ids.js';
import { listenForNotifications, type Listener } from '../../db/notifications.js';
import { claimAndRunBatch, runBatch } from './batch.js';
import { createBatchCost } from './batch-size.js';
import { claimDueJobs, extendLeases, namesWithDueJobs, nextDueAt, recoverExpiredLeases, releaseJobs } from './claim.js';
import { JOB_NOTIFY_CHANNEL } from './enqueue.js';
import { createIoJobs } from './io.js';
import { writerQueue, type RunEnv } from './job-context.js';
import { ensureRepeatingJobs } from './repeat.js';
import type { JobRegistry } from './types.js';

export { ensureRepeatingJobs } from './repeat.js';

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
  /**
   * The running worker sizes its batches so that one takes about this long, ms (default 10 on SQLite, unlimited on
   * PostgreSQL): a batch holds a write transaction, on SQLite the only one, and webhooks wait behind it. `drain`
   * ignores it (no one is waiting).
   */
  readonly batchBudgetMs?: number;
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

/** What start() sets up and stop() takes down. */
interface Started {
  readonly loopDone: Promise<void>;
  readonly unsubscribe: () => void;
  readonly heartbeat: NodeJS.Timeout;
  readonly listener: Listener | undefined;
}

export function createWorker(options: WorkerOptions): Worker {
  const { ctx, registry, concurrency, leaseMs } = options;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${newId('wrk').slice(-6)}`;
  const pollMs = options.pollMs ?? 1000;
  const batchSize = options.batchSize ?? 200;
  // On SQLite a batch holds the only connection and blocks the thread that answers webhooks; on PostgreSQL it holds
  // one pooled connection while requests use others, so full batches are faster there (measured: 76 against 45
  // orders/s end to end with a 10 ms budget, while SQLite answered webhooks 2.2 times as fast with it).
  const batchBudgetMs = options.batchBudgetMs ?? (ctx.dialect === 'sqlite' ? 10 : undefined);
  const batchCost = createBatchCost(batchSize, batchBudgetMs ?? Number.POSITIVE_INFINITY);
  const logger = ctx.logger.child({ workerId: id });
  const abort = new AbortController();
  const env: RunEnv = { app: ctx, registry, workerId: id, logger, signal: abort.signal, oneWriter: writerQueue(ctx.dialect) };
  const namesOf = (mode: 'transaction' | 'io') => [...registry.values()].filter((r) => r.mode === mode).map((r) => r.name);
  const txNames = namesOf('transaction');
  const ioNames = namesOf('io');
  const alarm = createAlarm();
  const io = createIoJobs(env, alarm.poke);
  let stopping = false;
  let lastRecovery = 0;
  let started: Started | undefined;

  /** One look at the table: returns how many jobs were claimed. */
  const tick = async (awaitIo: boolean, batchLimit: number): Promise<number> => {
    const now = ctx.clock.now();
    if (now - lastRecovery >= pollMs) {
      lastRecovery = now;
      const recovered = await recoverExpiredLeases(ctx.db, now);
      if (recovered > 0) logger.warn({ recovered }, 'took back jobs whose lease expired');
    }
    let claimed = 0;
    const freeSlots = concurrency - io.size;
    // One probe for both kinds (a look happens after every poke: each enqueue, NOTIFY and io job ending). Measured
    // on the WhatsApp bench (PostgreSQL): five probes per answered turn, the most frequent statement of all.
    const due = new Set(await namesWithDueJobs(ctx.db, freeSlots > 0 ? [...ioNames, ...txNames] : txNames, now));
    const dueIo = ioNames.filter((name) => due.has(name));
    if (freeSlots > 0 && dueIo.length > 0) {
      const claimedIo = await claimDueJobs(ctx.db, ctx.dialect, { workerId: id, now, leaseMs, limit: freeSlots, names: dueIo });
      claimed += claimedIo.length;
      for (const job of claimedIo) io.start(job);
    }
    const dueTx = txNames.filter((name) => due.has(name));
    if (dueTx.length > 0) {
      const request = { workerId: id, now, leaseMs, limit: batchLimit, names: dueTx };
      const began = performance.now();
      let ran: number;
      if (ctx.dialect === 'sqlite') {
        ran = await claimAndRunBatch(env, (trx) => claimDueJobs(trx, ctx.dialect, request));
      } else {
        const batch = await claimDueJobs(ctx.db, ctx.dialect, request);
        if (batch.length > 0) await env.oneWriter(() => runBatch(env, batch));
        ran = batch.length;
      }
      claimed += ran;
      if (ran > 0) batchCost.observe(ran, performance.now() - began);
    }
    if (awaitIo) await io.settled();
    return claimed;
  };

  /** Until the next timer is due (at most pollMs), or a poke; a full io pool waits for a slot instead of spinning. */
  const sleepMs = async (): Promise<number> => {
    const next = await nextDueAt(ctx.db).catch(() => undefined);
    const delay = next === undefined ? pollMs : Math.max(0, Math.min(pollMs, next - ctx.clock.now()));
    return delay === 0 && io.size >= concurrency ? pollMs : delay;
  };

  const loop = async () => {
    while (!stopping) {
      try {
        // Yield to pending I/O between batches, so webhooks are answered while a backlog of timers runs.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const claimed = await tick(false, batchCost.limit());
        if (claimed === 0 || io.size >= concurrency) await alarm.sleep(sleepMs);
      } catch (thrown) {
        logger.error({ err: coerceError(thrown) }, 'worker loop error; retrying after a pause');
        await new Promise((r) => setTimeout(r, Math.min(pollMs, 1000)));
      }
    }
  };

  return {
    id,
    async start() {
      const unsubscribe = ctx.jobSignal.subscribe(alarm.poke);
      await ensureRepeatingJobs(ctx, registry);
      const listener =
        ctx.dialect === 'postgres' && ctx.config.database.kind === 'postgres'
          ? await listenForNotifications(ctx.config.database.url, JOB_NOTIFY_CHANNEL, alarm.poke).catch((e: unknown) => {
              logger.warn({ err: coerceError(e) }, 'LISTEN failed; falling back to polling');
              return undefined;
            })
          : undefined;
      const heartbeat = setInterval(
        () => void extendLeases(ctx.db, id, io.ids(), ctx.clock.now() + leaseMs).catch(() => undefined),
        Math.max(1000, Math.floor(leaseMs / 3)),
      );
      heartbeat.unref();
      started = { loopDone: loop(), unsubscribe, heartbeat, listener };
      logger.info({ concurrency }, 'worker started');
    },
    async drain({ maxRounds = 1000 } = {}) {
      let total = 0;
      for (let round = 0; round < maxRounds; round++) {
        lastRecovery = Number.NEGATIVE_INFINITY;
        const claimed = await tick(true, batchSize);
        total += claimed;
        if (claimed === 0) break;
      }
      return total;
    },
    async stop(graceMs = 25_000) {
      stopping = true;
      started?.unsubscribe();
      alarm.poke();
      await started?.loopDone;
      const running = io.size;
      const finished = await Promise.race([
        io.settled().then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), graceMs).unref()),
      ]);
      if (!finished) {
        abort.abort();
        const left = io.ids();
        logger.warn({ jobs: left }, 'grace period over; giving unfinished jobs back to the queue');
        await releaseJobs(ctx.db, { workerId: id, ids: left, now: ctx.clock.now() }).catch(() => undefined);
      }
      if (started) clearInterval(started.heartbeat);
      await started?.listener?.close();
      logger.info({ finished: running }, 'worker stopped');
    },
  };
}

/**
 * Lets the loop sleep until a delay passes or something pokes it (a job enqueued in this process, NOTIFY, an io
 * job ending). A poke while the loop is busy makes its next sleep end at once, so no wake-up is lost.
 */
function createAlarm() {
  let poked = false;
  let wake: (() => void) | undefined;
  return {
    poke: () => {
      poked = true;
      wake?.();
    },
    async sleep(delayMs: () => Promise<number>): Promise<void> {
      if (!poked) {
        const delay = await delayMs();
        // A poke may have come while the delay was being worked out.
        if (!poked) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, delay);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
      }
      poked = false;
    },
  };
}

