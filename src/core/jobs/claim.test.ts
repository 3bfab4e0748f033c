// A claim, and a batch of transaction jobs, on SQLite commit without waiting for the disk, and leave every other commit
// of the connection as it was.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-context.js';
import { registryOf } from '../../../test/helpers/test-jobs.js';
import { claimJobs } from './claim.js';
import { defineJob } from './define.js';
import { enqueueJob, enqueueJobs, jobSpec } from './enqueue.js';
import { createWorker } from './worker.js';

declare module './types.js' {
  interface JobPayloads {
    'test.disk-level': Record<string, never>;
  }
}

describe.runIf(testDialect() === 'sqlite')('claiming jobs on SQLite', () => {
  let t: TestDb;
  let ctx: TestContext;
  const level = async () => (await sql<{ synchronous: number }>`pragma synchronous`.execute(t.db)).rows[0]?.synchronous;

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => t.destroy());

  it('claims the due jobs and puts the connection back to synchronous=FULL, so webhooks still wait for the disk', async () => {
    expect(await level()).toBe(2);
    await enqueueJobs(ctx, ctx.workspace.id, [jobSpec('inbox.process', { eventId: 'evt_a' }), jobSpec('inbox.process', { eventId: 'evt_b' })]);
    const claimed = await claimJobs(t.db, 'sqlite', { workerId: 'w', now: ctx.clock.now(), leaseMs: 60_000, limit: 10, names: ['inbox.process'] });
    expect(claimed.map((j) => JSON.parse(j.payload) as unknown)).toEqual([{ eventId: 'evt_a' }, { eventId: 'evt_b' }]);
    expect(claimed.every((j) => j.status === 'running' && j.locked_by === 'w')).toBe(true);
    expect(await level()).toBe(2);
  });

  it('leaves a connection that already does not wait for the disk as it was', async () => {
    await sql`pragma synchronous = off`.execute(t.db);
    await claimJobs(t.db, 'sqlite', { workerId: 'w', now: ctx.clock.now(), leaseMs: 60_000, limit: 10, names: ['inbox.process'] });
    expect(await level()).toBe(0);
    await sql`pragma synchronous = full`.execute(t.db);
  });

  it('runs a batch of transaction jobs in a transaction that does not wait for the disk, then puts the connection back to FULL', async () => {
    const levels: (number | undefined)[] = [];
    const registry = registryOf(
      defineJob('test.disk-level', {
        schema: z.object({}),
        mode: 'transaction',
        async handle(_p, jc) {
          levels.push((await sql<{ synchronous: number }>`pragma synchronous`.execute(jc.db)).rows[0]?.synchronous);
        },
      }),
    );
    await enqueueJob(ctx, ctx.workspace.id, 'test.disk-level', {});
    expect(await createWorker({ ctx, registry, concurrency: 1, leaseMs: 60_000 }).drain()).toBe(1);
    // 1 is NORMAL: the batch's commit is not fsynced; the next commit that is (a webhook's) makes it durable with it.
    expect(levels).toEqual([1]);
    expect(await level()).toBe(2);
  });
});
