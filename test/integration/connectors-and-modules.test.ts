// The module contract around connectors: one webhook fans out to every subscribing module, a source nobody subscribes to
// is stored as skipped, and a module's delivery gates and hooks apply to its own deliveries only.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectors } from '../../src/connectors/registry.js';
import { parse, verify } from '../../src/connectors/waha/index.js';
import type { ConnectorDescriptor } from '../../src/core/connector.js';
import { createDelivery, getDelivery } from '../../src/core/deliveries/deliveries.js';
import type { JobSpec } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { writeSettings } from '../../src/core/settings.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const SIGNING_SECRET = 'sv_fan_out_secret';

interface EventView {
  id: string;
  status: string;
  outcome: string | null;
  modules: { module: string; status: string; outcome: string | null }[];
}

/** Subscribes to ScaleV's source too; fails its first attempt at each event named in `failOnce`. */
function auditorModule(calls: string[], failOnce: Set<string>): ModuleDescriptor {
  return {
    name: 'auditor',
    eventHandlers: () => ({
      scalev: async (event) => {
        calls.push(event.provider_event_id);
        if (failOnce.delete(event.provider_event_id)) throw Object.assign(new Error('auditor is down'), { retryable: true });
        return { status: 'processed', outcome: `audited ${event.type}` };
      },
    }),
  };
}

/**
 * A provider whose sender accepts everything and reports a reference, and whose webhook source (signed like WAHA's)
 * no module subscribes to.
 */
const sinkConnector: ConnectorDescriptor = {
  provider: 'sink',
  title: 'Sink',
  fields: z.object({}),
  secretFields: [],
  sender: () => async (delivery) => ({ response: { accepted: true }, providerRef: `ref-${delivery.id}` }),
  webhooks: () => [{ name: 'sink', provider: 'sink', keepHeaders: [], secret: async () => 'sink-hmac', verify, parse }],
};

/** A module whose only gate refuses every delivery, and one whose send hook enqueues a follow-up job. */
const strictModule: ModuleDescriptor = { name: 'strict', deliveries: () => ({ gates: [async () => 'strict says no'] }) };
const afterSends: string[] = [];
const lenientModule: ModuleDescriptor = {
  name: 'lenient',
  deliveries: () => ({
    afterSend: (delivery, result): JobSpec[] => {
      afterSends.push(`${delivery.id}:${result.providerRef ?? ''}`);
      return [];
    },
  }),
};

/** A module whose send hook has a bug. */
const clumsyModule: ModuleDescriptor = {
  name: 'clumsy',
  deliveries: () => ({
    afterSend: () => {
      throw new Error('hook bug');
    },
  }),
};

describe(`connectors and modules (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;
  const calls: string[] = [];
  const failOnce = new Set<string>();
  const all = [...modules, auditorModule(calls, failOnce), strictModule, lenientModule, clumsyModule];
  const allConnectors = [...connectors, sinkConnector];

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { modules: all, connectors: allConnectors });
    owner = await s.ownerToken();
    await writeSettings(t.db, s.ctx, s.ctx.clock, { workspaceId: s.ctx.workspace.id, namespace: 'scalev', secrets: { webhook_secret: SIGNING_SECRET }, actor: { type: 'system' } });
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });
  beforeEach(async () => {
    await t.db.deleteFrom('jobs').execute();
  });

  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, all, allConnectors).jobs, concurrency: 2, leaseMs: 10_000 }).drain();
  const event = async (id: string) => (await s.app.inject({ method: 'GET', url: `/api/events/${id}`, headers: owner })).json() as EventView;
  const moduleOf = (e: EventView, name: string) => e.modules.find((m) => m.module === name);
  const inboxJobs = (eventId: string) =>
    t.db.selectFrom('jobs').select(['payload', 'status', 'attempts']).where('name', '=', 'inbox.process').where('payload', 'like', `%${eventId}%`).orderBy('id').execute();
  const postScalev = (uniqueId: string) => {
    const body = JSON.stringify({ event: 'business.test_event', unique_id: uniqueId, data: {} });
    return s.app.inject({
      method: 'POST',
      url: '/webhooks/scalev',
      payload: body,
      headers: { 'content-type': 'application/json', 'x-scalev-hmac-sha256': createHmac('sha256', SIGNING_SECRET).update(body).digest('base64') },
    });
  };

  it('stores a webhook once and gives each subscribing module its own job, outcome and retries; a replay runs both again', async () => {
    failOnce.add('fan_1');
    const res = await postScalev('fan_1');
    expect(res.statusCode).toBe(200);
    const eventId = (res.json() as { eventId: string }).eventId;
    expect(await t.db.selectFrom('inbox_events').select('id').where('provider_event_id', '=', 'fan_1').execute()).toHaveLength(1);
    const jobs = await inboxJobs(eventId);
    expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ eventId, module: 'scalev-leads' }, { eventId, module: 'auditor' }]);

    await drain();
    let e = await event(eventId);
    expect(e.status).toBe('pending');
    expect(moduleOf(e, 'scalev-leads')).toMatchObject({ status: 'processed', outcome: 'ScaleV test event received: the webhook works' });
    expect(moduleOf(e, 'auditor')).toMatchObject({ status: 'pending', outcome: expect.stringContaining('will retry: auditor is down') });

    s.ctx.clock.advance(60 * 60_000);
    await drain();
    e = await event(eventId);
    expect(e.status).toBe('processed');
    expect(moduleOf(e, 'auditor')).toMatchObject({ status: 'processed', outcome: 'audited business.test_event' });
    expect(e.outcome).toBe('scalev-leads: ScaleV test event received: the webhook works; auditor: audited business.test_event');
    // The retry repeated only the auditor's work: the lead module's job ran once.
    expect((await inboxJobs(eventId)).map((j) => [JSON.parse(j.payload).module, j.status, j.attempts])).toEqual([
      ['scalev-leads', 'done', 1],
      ['auditor', 'done', 2],
    ]);
    expect(calls.filter((c) => c === 'fan_1')).toHaveLength(2);

    const replay = await s.app.inject({ method: 'POST', url: `/api/events/${eventId}/replay`, headers: owner });
    expect(replay.statusCode).toBe(202);
    expect((replay.json() as EventView).modules.map((m) => m.status)).toEqual(['pending', 'pending']);
    await drain();
    expect(calls.filter((c) => c === 'fan_1')).toHaveLength(3);
    expect((await inboxJobs(eventId)).filter((j) => j.status === 'done')).toHaveLength(4);
    expect((await event(eventId)).status).toBe('processed');
  });

  it('a failure for good in one module marks the event failed without undoing the other', async () => {
    const res = await postScalev('fan_2');
    const eventId = (res.json() as { eventId: string }).eventId;
    await t.db.updateTable('jobs').set({ max_attempts: 1 }).where('name', '=', 'inbox.process').execute();
    failOnce.add('fan_2');
    await drain();
    const e = await event(eventId);
    expect(e.status).toBe('failed');
    expect(moduleOf(e, 'scalev-leads')?.status).toBe('processed');
    expect(moduleOf(e, 'auditor')).toMatchObject({ status: 'failed', outcome: expect.stringContaining('failed: auditor is down') });
  });

  it('stores an event of a source nobody subscribes to as skipped, with no job', async () => {
    const body = JSON.stringify({ id: 'evt_sink_1', event: 'message', session: 'default', payload: { id: 'm1', from: '628111@c.us' } });
    const res = await s.app.inject({
      method: 'POST',
      url: '/webhooks/sink',
      payload: body,
      headers: { 'content-type': 'application/json', 'x-webhook-hmac': createHmac('sha512', 'sink-hmac').update(body).digest('hex') },
    });
    expect(res.statusCode, res.body).toBe(200);
    const eventId = (res.json() as { eventId: string }).eventId;
    expect(await event(eventId)).toMatchObject({ status: 'skipped', outcome: 'no module handles sink events' });
    expect(await inboxJobs(eventId)).toEqual([]);
  });

  it("a module's gate stops only its own deliveries, and its hooks see only its own sends", async () => {
    const make = (module: string, key: string) =>
      t.db.transaction().execute((trx) =>
        createDelivery({ db: trx, dialect: s.ctx.dialect, clock: s.ctx.clock }, s.ctx.workspace.id, { module, channel: 'test', provider: 'sink', target: 'x', payload: {}, idempotencyKey: key }),
      );
    const strict = (await make('strict', 'gate-strict')).delivery;
    const lenient = (await make('lenient', 'gate-lenient')).delivery;
    await drain();
    expect(await getDelivery(t.db, s.ctx.workspace.id, strict.id)).toMatchObject({ status: 'cancelled', last_error: 'strict says no', module: 'strict' });
    expect(await getDelivery(t.db, s.ctx.workspace.id, lenient.id)).toMatchObject({ status: 'sent', module: 'lenient' });
    expect(afterSends).toEqual([`${lenient.id}:ref-${lenient.id}`]);

    const listed = (await s.app.inject({ method: 'GET', url: '/api/deliveries', headers: owner })).json() as { items: { id: string; module: string }[] };
    expect(listed.items.filter((d) => d.id === strict.id || d.id === lenient.id).map((d) => d.module).sort()).toEqual(['lenient', 'strict']);
  });

  it('a send hook that throws never fails the send (a retry would send it again)', async () => {
    const { delivery } = await t.db.transaction().execute((trx) =>
      createDelivery({ db: trx, dialect: s.ctx.dialect, clock: s.ctx.clock }, s.ctx.workspace.id, { module: 'clumsy', channel: 'test', provider: 'sink', target: 'x', payload: {}, idempotencyKey: 'clumsy-1' }),
    );
    await drain();
    expect(await getDelivery(t.db, s.ctx.workspace.id, delivery.id)).toMatchObject({ status: 'sent', attempts: 1 });
    const job = await t.db.selectFrom('jobs').select(['status', 'attempts']).where('name', '=', 'delivery.send').where('payload', 'like', `%${delivery.id}%`).executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', attempts: 1 });
  });

  it('refuses two connectors for one provider, a subscription to a source no connector has, and two modules with one name', () => {
    expect(() => assemble(s.ctx, modules, [...connectors, { ...sinkConnector, provider: 'twilio' }])).toThrow(/connector twilio is registered twice/);
    expect(() => assemble(s.ctx, [{ name: 'lost', eventHandlers: () => ({ nowhere: async () => ({ status: 'skipped' }) }) }], connectors)).toThrow(/no connector provides/);
    expect(() => assemble(s.ctx, [...modules, strictModule, strictModule], connectors)).toThrow(/module strict is registered twice/);
  });
});
