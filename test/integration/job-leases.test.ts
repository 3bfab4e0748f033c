import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { z } from 'zod';
import type { AppContext } from '../../src/core/context.js';
import { getJob } from '../../src/core/jobs/admin.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import type { JobContext } from '../../src/core/jobs/types.js';
import { createWorker, type Worker } from '../../src/core/jobs/worker.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { effects, record, registryOf, testMigrations } from '../helpers/test-jobs.js';

const leasePayload = z.object({ tag: z.string(), thenThrow: z.boolean().optional() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.lease-tx': z.infer<typeof leasePayload>;
    'test.lease-io': z.infer<typeof leasePayload>;
  }
}

const LEASE_MS = 30_000;

/**
 * Two workers and one expired lease: worker A claims the job, and while A's handler is still running the lease runs
 * out, worker B (its own database connection) takes the job back and runs it to the end. Then A finishes.
 */
describe(`a lease lost while the job ran (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let other: DatabaseHandle;
  let warnings: string[];
  let onFailedCalls: string[];
  let workerB: Worker;
  /** How `other` saw the job while worker A ran it. */
  let seenByOther: { status: string; attempts: number }[];

  /** A's part: the lease runs out, B takes the job and finishes it; then A goes on with its own work. */
  const handle = async (p: z.infer<typeof leasePayload>, jc: JobContext) => {
    if (p.tag === 'claimed-with-effects') {
      const seen = await other.db.selectFrom('jobs').select(['status', 'attempts']).where('id', '=', jc.job.id).executeTakeFirstOrThrow();
      seenByOther.push({ status: seen.status, attempts: Number(seen.attempts) });
    } else if (jc.job.locked_by === 'worker-a') {
      ctx.clock.advance(LEASE_MS + 1);
      expect(await workerB.drain()).toBe(1);
      if (p.thenThrow) throw new Error('provider timed out');
    }
    await record(jc.db as Kysely<any>, jc.job.id, p.tag, jc.job.locked_by ?? '');
  };
  const onFailed = async (p: z.infer<typeof leasePayload>) => {
    onFailedCalls.push(p.tag);
  };
  const registry = registryOf(
    defineJob('test.lease-tx', { schema: leasePayload, mode: 'transaction', handle, onFailed }),
    defineJob('test.lease-io', { schema: leasePayload, mode: 'io', handle, onFailed }),
  );
  const workerA = () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    return createWorker({ ctx: { ...ctx, logger }, registry, concurrency: 2, leaseMs: LEASE_MS, workerId: 'worker-a' });
  };

  beforeAll(async () => {
    t = await createTestDb(testMigrations);
    other = openDatabase(t.target);
  });
  afterAll(async () => {
    await other.close();
    await t.destroy();
  });
  beforeEach(async () => {
    ctx = await createTestContext(t);
    await t.db.deleteFrom('jobs').execute();
    await (t.db as any).deleteFrom('test_effects').execute();
    warnings = [];
    onFailedCalls = [];
    seenByOther = [];
    const contextB: AppContext = { ...ctx, db: other.db };
    workerB = createWorker({ ctx: contextB, registry, concurrency: 2, leaseMs: LEASE_MS, workerId: 'worker-b' });
  });

  const messages = () => warnings.map((w) => (JSON.parse(w) as { msg: string }).msg);

  // On SQLite a batch of transaction jobs is claimed in the transaction that commits its effects (one writer: nobody
  // can take the job while it runs, and there is no lease to lose); PostgreSQL commits the claim first.
  const itOnSqlite = testDialect() === 'sqlite' ? it : () => undefined;
  const itOnPostgres = testDialect() === 'postgres' ? it : () => undefined;

  itOnSqlite('a transaction job on SQLite: its claim commits with its effects, so another connection never sees it running, and it runs once', async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.lease-tx', { tag: 'claimed-with-effects' });
    if (id === undefined) throw new Error('no id');
    await workerA().drain();
    expect(seenByOther).toEqual([{ status: 'queued', attempts: 0 }]);
    expect(await effects(t.db as any)).toEqual([{ job_id: id, tag: 'claimed-with-effects', worker: 'worker-a' }]);
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
    expect(messages()).toEqual([]);
  });

  itOnPostgres("a transaction job: the first worker's effects are rolled back, the job counts once, and the loss is logged", async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.lease-tx', { tag: 'expire' });
    if (id === undefined) throw new Error('no id');
    await workerA().drain();
    expect(await effects(t.db as any)).toEqual([{ job_id: id, tag: 'expire', worker: 'worker-b' }]);
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('done');
    expect(job.attempts).toBe(2);
    expect(messages()).toEqual(["lease lost before the batch committed; the job's effects were rolled back"]);
  });

  it('an io job: both runs happened (the call cannot be undone), the job stays done, and the loss is logged', async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.lease-io', { tag: 'send' });
    if (id === undefined) throw new Error('no id');
    await workerA().drain();
    expect((await effects(t.db as any)).map((e) => e.worker).sort()).toEqual(['worker-a', 'worker-b']);
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('done');
    expect(job.locked_by).toBeNull();
    expect(messages()).toEqual(['lease lost while the job ran; another worker took it back and may run it again']);
  });

  it("a failure after the lease was lost changes nothing: the new owner's outcome stands and onFailed is not called", async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.lease-io', { tag: 'send', thenThrow: true });
    if (id === undefined) throw new Error('no id');
    await workerA().drain();
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('done');
    expect(job.last_error).toBe('lease expired: the worker stopped before finishing');
    expect(onFailedCalls).toEqual([]);
    expect(messages()).toEqual(['job failed after its lease was lost; another worker owns it now']);
  });
});
