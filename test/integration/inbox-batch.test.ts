// One inbox batch as the group commit writes it: repeats, fan-out, skipped sources, job order and the workers' wake-up.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../src/core/clock.js';
import { createJobSignal } from '../../src/core/context.js';
import { createInboxWriter, INBOX_JOB, type IncomingEvent } from '../../src/core/inbox/store.js';
import { JOB_NOTIFY_CHANNEL } from '../../src/core/jobs/enqueue.js';
import { createWorkspace } from '../../src/core/workspaces.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

describe(`an inbox batch (${testDialect()})`, () => {
  let t: TestDb;
  let workspaceId: string;
  const clock = fakeClock();
  // 'scalev' has two subscribers, 'waha' one, 'stray' none.
  const subscribers = (source: string) => ({ scalev: ['leads', 'crm'], waha: ['wa'] })[source] ?? [];

  beforeAll(async () => {
    t = await createTestDb();
    workspaceId = (await createWorkspace(t.db, clock, { slug: 'batch', name: 'Batch' })).id;
  });
  afterAll(async () => {
    await t.destroy();
  });

  const event = (source: string, providerEventId: string, serialKey?: string): IncomingEvent => ({
    workspaceId,
    source,
    type: 'message',
    providerEventId,
    serialKey,
    rawBody: JSON.stringify({ id: providerEventId, body: 'Assalamualaikum, "paket" umroh?' }),
    headers: { 'x-webhook-hmac': 'f00d' },
    receivedAt: clock.now(),
  });

  /** Stores the events as one batch: all are handed over before the writer's first commit starts. */
  const storeTogether = (events: IncomingEvent[]) => {
    const writer = createInboxWriter({ db: t.db, dialect: t.dialect, clock, subscribers });
    return Promise.all(events.map((e) => writer.store(e)));
  };

  it('stores each event once, queues a job per subscriber in arrival order, and answers repeats with the stored id', async () => {
    const [earlier] = await storeTogether([event('waha', 'wamid.1', 'chat-a')]);

    const outcomes = await storeTogether([
      event('waha', 'wamid.2', 'chat-a'),
      event('waha', 'wamid.1', 'chat-a'), // stored by the batch before
      event('scalev', 'order-9'),
      event('waha', 'wamid.2', 'chat-a'), // a repeat inside this batch
      event('stray', 'x-1'),
      event('waha', 'wamid.3', 'chat-a'),
    ]);

    expect(outcomes.map((o) => o.duplicate)).toEqual([false, true, false, true, false, false]);
    expect(outcomes[1]?.eventId).toBe(earlier?.eventId);
    expect(outcomes[3]?.eventId).toBe(outcomes[0]?.eventId);

    const stored = await t.db.selectFrom('inbox_events').selectAll().where('workspace_id', '=', workspaceId).orderBy('received_at').orderBy('id').execute();
    expect(stored.map((e) => e.provider_event_id).sort()).toEqual(['order-9', 'wamid.1', 'wamid.2', 'wamid.3', 'x-1']);
    const byProviderId = new Map(stored.map((e) => [e.provider_event_id, e]));
    expect(byProviderId.get('wamid.2')).toMatchObject({ status: 'pending', serial_key: 'chat-a', source: 'waha', verified: 1, module_outcomes: null });
    expect(JSON.parse(byProviderId.get('wamid.2')?.raw_body ?? '')).toEqual({ id: 'wamid.2', body: 'Assalamualaikum, "paket" umroh?' });
    expect(JSON.parse(byProviderId.get('wamid.2')?.headers ?? '')).toEqual({ 'x-webhook-hmac': 'f00d' });
    expect(Number(byProviderId.get('wamid.2')?.received_at)).toBe(clock.now());
    expect(byProviderId.get('x-1')).toMatchObject({ status: 'skipped', outcome: 'no module handles stray events' });
    expect(Number(byProviderId.get('x-1')?.processed_at)).toBe(clock.now());
    expect(JSON.parse(byProviderId.get('order-9')?.module_outcomes ?? '{}')).toMatchObject({ leads: expect.anything(), crm: expect.anything() });

    const jobs = await t.db.selectFrom('jobs').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', INBOX_JOB).orderBy('id').execute();
    const payloads = jobs.map((j) => JSON.parse(j.payload) as { eventId: string; module: string });
    const providerIdOf = new Map(stored.map((e) => [e.id, e.provider_event_id]));
    // The earlier batch's job, then this batch's in the order the events came: a chat's messages run in that order.
    expect(payloads.map((p) => `${providerIdOf.get(p.eventId)}:${p.module}`)).toEqual(['wamid.1:wa', 'wamid.2:wa', 'order-9:leads', 'order-9:crm', 'wamid.3:wa']);
    expect(jobs.map((j) => j.serial_key)).toEqual(['chat-a', 'chat-a', null, null, 'chat-a']);
    for (const j of jobs) expect(j).toMatchObject({ status: 'queued', attempts: 0, max_attempts: 0, job_key: null });
    expect(jobs.every((j) => Number(j.run_at) === clock.now())).toBe(true);
  });

  it("wakes this process's worker, and on PostgreSQL other processes' through NOTIFY, once a batch is stored; not for repeats", async () => {
    let signalled = 0;
    const jobSignal = createJobSignal();
    jobSignal.subscribe(() => void (signalled += 1));
    const store = (events: IncomingEvent[]) => {
      const writer = createInboxWriter({ db: t.db, dialect: t.dialect, clock, subscribers, jobSignal });
      return Promise.all(events.map((e) => writer.store(e)));
    };
    const listener = t.target.kind === 'postgres' ? new pg.Client({ connectionString: t.target.url }) : undefined;
    let heard = 0;
    // A notification travels on its own after the commit; a round trip on the listener's connection lets it in.
    const heardSoFar = async () => {
      await listener?.query('select 1');
      return heard;
    };
    try {
      if (listener) {
        await listener.connect();
        listener.on('notification', (n) => {
          if (n.channel === JOB_NOTIFY_CHANNEL) heard += 1;
        });
        await listener.query(`LISTEN ${JOB_NOTIFY_CHANNEL}`);
      }

      await store([event('waha', 'wamid.20', 'chat-b'), event('waha', 'wamid.21', 'chat-b')]);
      expect(signalled).toBe(1);
      expect(await heardSoFar()).toBe(listener ? 1 : 0);

      await store([event('waha', 'wamid.20', 'chat-b'), event('stray', 'x-2')]);
      expect(signalled).toBe(1);
      expect(await heardSoFar()).toBe(listener ? 1 : 0);
    } finally {
      await listener?.end();
    }
  });
});
