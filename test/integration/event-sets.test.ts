// A batch of stored events whose module's handler has a set form (a burst of orders): the events go to it together,
// those it leaves out run through the handler one by one, every event gets its outcome, and a set that throws
// falls back to each event alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventHandler, EventOutcome, Subscriptions } from '../../src/core/inbox/process.js';
import { inboxProcessJob } from '../../src/core/inbox/process.js';
import { createInboxWriter } from '../../src/core/inbox/store.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { registryOf } from '../helpers/test-jobs.js';

describe(`events handed to a handler's set form (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  /** The event types each call of the set form got, and the events the handler got alone. */
  let sets: string[][];
  let alone: string[];
  let failSet: boolean;

  const handler: EventHandler = Object.assign(
    async (event: { type: string }): Promise<EventOutcome> => {
      alone.push(event.type);
      return { status: 'processed', outcome: `alone: ${event.type}` };
    },
    {
      handleSet: async (items: readonly { event: { type: string } }[]) => {
        sets.push(items.map((i) => i.event.type));
        if (failSet) throw new Error('the set cannot run');
        // An event the set form does not take (here: one named "left") goes to the handler alone.
        return items.map(({ event }): EventOutcome | undefined =>
          event.type === 'left' ? undefined : { status: event.type === 'skip' ? 'skipped' : 'processed', outcome: `set: ${event.type}`, notes: [{ code: 'test.seen', values: { type: event.type } }] },
        );
      },
    },
  );
  const subscriptions: Subscriptions = new Map([['burst', new Map([['shop', handler]])]]);
  const registry = registryOf(inboxProcessJob(subscriptions));

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());
  beforeEach(async () => {
    ctx = await createTestContext(t);
    sets = [];
    alone = [];
    failSet = false;
  });

  let sent = 0;
  async function storeAndRun(types: readonly string[]) {
    const inbox = createInboxWriter({ db: t.db, dialect: ctx.dialect, clock: ctx.clock, subscribers: () => ['shop'] });
    const stored = [];
    for (const type of types) {
      const outcome = await inbox.store({ workspaceId: ctx.workspace.id, source: 'burst', type, providerEventId: `evt-${sent++}`, rawBody: '{}', headers: {}, receivedAt: ctx.clock.now() });
      stored.push(outcome);
    }
    await createWorker({ ctx, registry, concurrency: 1, leaseMs: 30_000 }).drain();
    const rows = await t.db.selectFrom('inbox_events').select(['type', 'status', 'outcome', 'module_outcomes', 'processed_at']).where('id', 'in', stored.map((s) => s.eventId)).orderBy('received_at').orderBy('id').execute();
    const events = rows.map(({ type, status, outcome }) => ({ type, status, outcome }));
    return { stored, events, rows };
  }

  it('hands the batch to the set form once, runs what it leaves alone, and records every outcome', async () => {
    const { events, rows } = await storeAndRun(['a', 'left', 'b', 'skip']);
    expect(sets).toEqual([['a', 'left', 'b', 'skip']]);
    // The module's own entry (with its notes, for the dashboard to word) and the time it was processed.
    expect(JSON.parse(rows[0]?.module_outcomes ?? '{}')).toEqual({ shop: { status: 'processed', outcome: 'set: a', at: ctx.clock.now(), notes: [{ code: 'test.seen', values: { type: 'a' } }] } });
    expect(rows.map((r) => Number(r.processed_at))).toEqual(rows.map(() => ctx.clock.now()));
    expect(alone).toEqual(['left']);
    expect(events).toEqual([
      { type: 'a', status: 'processed', outcome: 'set: a' },
      { type: 'left', status: 'processed', outcome: 'alone: left' },
      { type: 'b', status: 'processed', outcome: 'set: b' },
      { type: 'skip', status: 'skipped', outcome: 'set: skip' },
    ]);
  });

  it('a set form that throws leaves nothing: every event runs through the handler alone', async () => {
    failSet = true;
    const { events } = await storeAndRun(['a', 'b', 'c']);
    expect(sets).toEqual([['a', 'b', 'c']]);
    expect(alone.sort()).toEqual(['a', 'b', 'c']);
    expect(events.map((e) => `${e.type}:${e.status}:${e.outcome}`)).toEqual(['a:processed:alone: a', 'b:processed:alone: b', 'c:processed:alone: c']);
  });

  it('a lone event goes to the handler, not the set form', async () => {
    const { events } = await storeAndRun(['only']);
    expect(sets).toEqual([]);
    expect(alone).toEqual(['only']);
    expect(events).toEqual([{ type: 'only', status: 'processed', outcome: 'alone: only' }]);
  });
});
