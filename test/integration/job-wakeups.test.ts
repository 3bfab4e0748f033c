// Jobs enqueued by a batch of transaction jobs wake other workers when the batch commits (PostgreSQL NOTIFY), never before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/core/jobs/define.js';
import { enqueueJobs, JOB_NOTIFY_CHANNEL, jobSpec } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { listenForNotifications } from '../../src/db/notifications.js';
import { createTestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { registryOf, testJobs, testMigrations } from '../helpers/test-jobs.js';

const fanOutPayload = z.object({ children: z.number().int().min(0).max(20) });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.fan-out': z.infer<typeof fanOutPayload>;
  }
}

describe(`wake-ups from a batch of transaction jobs (${testDialect()})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(testMigrations);
  });
  afterAll(async () => t.destroy());

  it('a batch whose jobs enqueue more jobs wakes listeners once it commits, and the enqueued jobs then run', async () => {
    const ctx = await createTestContext(t);
    /** NOTIFYs heard by another connection (PostgreSQL). */
    let heard = 0;
    const listener =
      t.dialect === 'postgres' && t.target.kind === 'postgres'
        ? await listenForNotifications(t.target.url, JOB_NOTIFY_CHANNEL, () => {
            heard++;
          })
        : undefined;
    // The listener wakes once by itself when it connects; count from after that.
    await new Promise((r) => setTimeout(r, 100));
    heard = 0;
    const fanOut = defineJob('test.fan-out', {
      schema: fanOutPayload,
      mode: 'transaction',
      async handle({ children }, jc) {
        const specs = Array.from({ length: children }, (_, i) => jobSpec('test.record-tx', { tag: `child-${jc.job.id}-${i}` }));
        // Each parent enqueues in its own statement, as module handlers do.
        for (const spec of specs) await enqueueJobs({ db: jc.db, dialect: ctx.dialect, clock: ctx.clock }, jc.workspaceId, [spec]);
      },
    });
    const registry = registryOf(...testJobs.values(), fanOut);
    await enqueueJobs({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, [
      jobSpec('test.fan-out', { children: 3 }),
      jobSpec('test.fan-out', { children: 2 }),
    ]);
    const worker = createWorker({ ctx, registry, concurrency: 2, leaseMs: 30_000, pollMs: 50 });
    try {
      // The parents run in one batch, the five children in the next round.
      expect(await worker.drain()).toBe(7);
      const children = await t.db.selectFrom('jobs').select(['status']).where('name', '=', 'test.record-tx').execute();
      expect(children.map((c) => c.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
      if (listener) {
        // The enqueue of the parents (one), then the parents' batch (one): not one per child job.
        const deadline = Date.now() + 5_000;
        while (heard < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 200));
        expect(heard).toBe(2);
      }
    } finally {
      await listener?.close();
    }
  });
});
