// A Twilio status callback for a message we never sent is retried for the grace period, then recorded as ignored, never dead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInboxWriter } from '../../src/core/inbox/store.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { unknownMessageRetryMs } from '../../src/modules/crm-lifecycle/events/twilio.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

describe(`a stray Twilio status callback (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestDb();
    // The unluckiest jitter: every retry as early as the backoff allows.
    ctx = { ...(await createTestContext(t)), random: () => 0 };
  });
  afterAll(async () => t.destroy());

  it('is looked at again for 10 minutes, then ends as skipped ("ignored"), with no dead job', async () => {
    const assembly = assemble(ctx, modules);
    const writer = createInboxWriter({ ...ctx, subscribers: assembly.subscribers });
    const sid = 'SM00000000000000000000000000000000';
    const stored = await writer.store({
      workspaceId: ctx.workspace.id,
      source: 'twilio/status',
      type: 'message.undelivered',
      providerEventId: `${sid}:undelivered`,
      rawBody: new URLSearchParams({ MessageSid: sid, MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: 'AC0' }).toString(),
      headers: {},
      receivedAt: ctx.clock.now(),
    });
    const worker = createWorker({ ctx, registry: assembly.jobs, concurrency: 1, leaseMs: 60_000 });
    const attemptsAt: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      await worker.drain();
      const event = await t.db.selectFrom('inbox_events').select(['status', 'outcome']).where('id', '=', stored.eventId).executeTakeFirstOrThrow();
      if (event.status !== 'pending') break;
      const job = await t.db.selectFrom('jobs').select(['run_at', 'attempts', 'status']).where('name', '=', 'inbox.process').where('payload', 'like', `%${stored.eventId}%`).executeTakeFirstOrThrow();
      expect(job.status).toBe('queued');
      attemptsAt.push(job.run_at);
      ctx.clock.set(job.run_at);
    }
    const event = await t.db.selectFrom('inbox_events').select(['status', 'outcome']).where('id', '=', stored.eventId).executeTakeFirstOrThrow();
    expect(event.status).toBe('skipped');
    expect(event.outcome).toContain(`ignored: no campaign message with sid ${sid}`);
    const dead = await t.db.selectFrom('jobs').select('id').where('status', '=', 'dead').execute();
    expect(dead).toEqual([]);
    // It was looked at again several times within the window before giving up.
    expect(attemptsAt.length).toBeGreaterThanOrEqual(4);
  });

  it('schedules its looks so the last lands after the window within the inbox job\'s 8 attempts', () => {
    let waited = 0;
    let attempts = 1;
    while (waited < 10 * 60_000) {
      waited += unknownMessageRetryMs(waited);
      attempts += 1;
    }
    expect(attempts).toBeLessThanOrEqual(8);
    expect(waited).toBeLessThan(10 * 60_000 + 2_000);
  });
});
