import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findOrCreateContact } from '../../src/core/contacts/contacts.js';
import { recordConsent } from '../../src/core/contacts/consent.js';
import { createDelivery, deliveryJobKey, getDelivery, retryDelivery } from '../../src/core/deliveries/deliveries.js';
import { getJob } from '../../src/core/jobs/admin.js';
import { deliverySendJob, type DeliverySender } from '../../src/core/deliveries/send-job.js';
import type { JobRegistry } from '../../src/core/jobs/types.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { deliveryJobKeys } from '../../src/db/migrations/core-0002-delivery-job-keys.js';
import type { SimServer } from '../../sim/base.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { listSender, startListProvider } from '../helpers/list-provider.js';
import { registryOf } from '../helpers/test-jobs.js';

describe(`deliveries (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let sim: SimServer;
  let registry: JobRegistry;

  beforeAll(async () => {
    t = await createTestDb();
    sim = await startListProvider();
  });
  afterAll(async () => {
    await sim.close();
    await t.destroy();
  });
  beforeEach(async () => {
    ctx = await createTestContext(t);
    await t.db.deleteFrom('jobs').execute();
    sim.clearFaults();
    sim.clearRequests();
    registry = registryOf(deliverySendJob(new Map([['list', listSender(sim)]])));
  });

  const worker = () => createWorker({ ctx, registry, concurrency: 4, leaseMs: 30_000 });
  const create = (key: string, extra: { contactId?: string } = {}) =>
    ctx.db.transaction().execute((trx) =>
      createDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, {
        module: 'test',
        channel: 'email-list',
        provider: 'list',
        target: 'list-42',
        payload: { email: `${key}@shop.id` },
        idempotencyKey: key,
        ...extra,
      }),
    );

  it('sends a delivery once and records the provider answer', async () => {
    const { delivery } = await create('lead_1:followup');
    await worker().drain();
    const sent = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(sent.status).toBe('sent');
    expect(JSON.parse(sent.response ?? 'null')).toEqual({ status: 'success', echo: 'lead_1:followup@shop.id' });
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]?.headers['idempotency-key']).toBe('lead_1:followup');
  });

  it('returns the existing delivery for a repeated idempotency key and never sends it twice', async () => {
    const first = await create('lead_2:followup');
    const again = await create('lead_2:followup');
    expect(again.created).toBe(false);
    expect(again.delivery.id).toBe(first.delivery.id);
    await worker().drain();
    // Even if its job ran again (a replay, a crash after sending), a sent delivery is not sent again.
    await ctx.db.updateTable('jobs').set({ status: 'queued', run_at: ctx.clock.now() }).where('name', '=', 'delivery.send').execute();
    await worker().drain();
    expect(sim.requests).toHaveLength(1);
  });

  it('retries through provider 5xx and delivers exactly once after recovery', async () => {
    sim.fail({ match: { path: '/subscribers' }, times: 2, fault: { kind: 'status', status: 503 } });
    const { delivery } = await create('lead_3:closing');
    const w = worker();
    await w.drain();
    let d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(d.status).toBe('failed');
    expect(d.last_error).toContain('503');
    for (let i = 0; i < 5 && d.status !== 'sent'; i++) {
      ctx.clock.advance(60 * 60_000);
      await w.drain();
      d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    }
    expect(d.status).toBe('sent');
    expect(d.attempts).toBe(3);
    expect(sim.requests).toHaveLength(3);
  });

  it("waits as long as a 429's Retry-After asks", async () => {
    sim.fail({ match: { path: '/subscribers' }, times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 120 } });
    await create('lead_4:followup');
    await worker().drain();
    const job = await t.db.selectFrom('jobs').selectAll().where('name', '=', 'delivery.send').executeTakeFirstOrThrow();
    expect(job.status).toBe('queued');
    expect(job.run_at - ctx.clock.now()).toBeGreaterThanOrEqual(120_000);
  });

  it('goes dead when the provider stays down past the last attempt, and a manual retry sends it after recovery', async () => {
    sim.fail({ match: { path: '/subscribers' }, fault: { kind: 'status', status: 500 } });
    const { delivery } = await create('lead_5:not_closing');
    const w = worker();
    for (let i = 0; i < 15; i++) {
      await w.drain();
      ctx.clock.advance(2 * 60 * 60_000);
    }
    let d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(d.status).toBe('dead');
    expect(d.attempts).toBe(12);
    expect(d.last_error).toContain('500');

    sim.clearFaults();
    const deadJobs = () => t.db.selectFrom('jobs').select('id').where('name', '=', 'delivery.send').where('status', '=', 'dead').execute();
    expect(await deadJobs()).toHaveLength(1);
    await retryDelivery(ctx, ctx.workspace.id, delivery.id);
    expect(await deadJobs()).toHaveLength(0);
    await w.drain();
    d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(d.status).toBe('sent');
    expect(sim.requests.at(-1)?.path).toBe('/subscribers');
    await expect(retryDelivery(ctx, ctx.workspace.id, delivery.id)).rejects.toThrow(/only failed, dead or cancelled/);
  });

  it("queues the send job under the key delivery:<id>, and a retry finds the dead job by that key, whatever its payload's text", async () => {
    sim.fail({ match: { path: '/subscribers' }, fault: { kind: 'status', status: 422, body: { status: 'failed', response: 'list not found' } } });
    const { delivery } = await create('lead_8:followup');
    const jobOf = () => t.db.selectFrom('jobs').selectAll().where('job_key', '=', deliveryJobKey(delivery.id)).orderBy('id').execute();
    expect((await jobOf()).map((j) => j.name)).toEqual(['delivery.send']);
    await worker().drain();
    // The same payload, written by another JSON writer: finding the job by its text would miss it.
    await t.db.updateTable('jobs').set({ payload: `{ "deliveryId": "${delivery.id}" }` }).where('job_key', '=', deliveryJobKey(delivery.id)).execute();
    expect((await jobOf()).map((j) => j.status)).toEqual(['dead']);
    sim.clearFaults();
    await retryDelivery(ctx, ctx.workspace.id, delivery.id);
    const [gaveUp, fresh] = await jobOf();
    expect(gaveUp?.status).toBe('cancelled');
    expect(gaveUp?.last_error).toBe(`superseded by a manual retry of delivery ${delivery.id}`);
    expect(fresh?.status).toBe('queued');
    await worker().drain();
    expect((await getDelivery(t.db, ctx.workspace.id, delivery.id)).status).toBe('sent');
  });

  it('a retry of a failed delivery waiting for its next attempt sends it now, with a fresh set of attempts', async () => {
    sim.fail({ match: { path: '/subscribers' }, times: 1, fault: { kind: 'status', status: 503 } });
    const { delivery } = await create('lead_9:followup');
    await worker().drain();
    expect((await getDelivery(t.db, ctx.workspace.id, delivery.id)).status).toBe('failed');
    await retryDelivery(ctx, ctx.workspace.id, delivery.id);
    await worker().drain();
    expect((await getDelivery(t.db, ctx.workspace.id, delivery.id)).status).toBe('sent');
    const jobs = await t.db.selectFrom('jobs').select(['status', 'attempts']).where('job_key', '=', deliveryJobKey(delivery.id)).orderBy('id').execute();
    expect(jobs).toEqual([
      { status: 'cancelled', attempts: 1 },
      { status: 'done', attempts: 1 },
    ]);
  });

  it('gives send jobs queued before they had a key the key delivery:<id> (migration), so a retry finds them', async () => {
    const { delivery } = await create('lead_10:followup');
    await t.db.updateTable('jobs').set({ job_key: null, status: 'dead' }).where('job_key', '=', deliveryJobKey(delivery.id)).execute();
    await t.db.updateTable('deliveries').set({ status: 'dead' }).where('id', '=', delivery.id).execute();
    await deliveryJobKeys.up(t.db);
    const [job] = await t.db.selectFrom('jobs').selectAll().where('name', '=', 'delivery.send').execute();
    expect(job?.job_key).toBe(deliveryJobKey(delivery.id));
    await retryDelivery(ctx, ctx.workspace.id, delivery.id);
    expect((await getJob(t.db, ctx.workspace.id, job?.id ?? -1)).status).toBe('cancelled');
  });

  it('fails at once on a permanent rejection (4xx) without retrying', async () => {
    sim.fail({ match: { path: '/subscribers' }, fault: { kind: 'status', status: 422, body: { status: 'failed', response: 'list not found' } } });
    const { delivery } = await create('lead_6:followup');
    await worker().drain();
    const d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(d.status).toBe('dead');
    expect(d.last_error).toContain('list not found');
    expect(sim.requests).toHaveLength(1);
  });

  it('checks consent at send time: a contact who opted out after the delivery was queued is not sent to', async () => {
    const { contact } = await findOrCreateContact(t.db, ctx, { workspaceId: ctx.workspace.id, country: 'ID', phone: '081234567890', email: 'optout@shop.id' });
    const { delivery } = await create('lead_7:followup', { contactId: contact.id });
    await recordConsent(t.db, ctx.clock, { workspaceId: ctx.workspace.id, contactId: contact.id, channel: 'email-list', status: 'opted_out', source: 'unsubscribe link', actor: { type: 'webhook' } });
    await worker().drain();
    const d = await getDelivery(t.db, ctx.workspace.id, delivery.id);
    expect(d.status).toBe('cancelled');
    expect(d.last_error).toBe('contact opted out of email-list');
    expect(sim.requests).toHaveLength(0);
  });
});
