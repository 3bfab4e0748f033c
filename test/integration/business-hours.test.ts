// Business hours end to end: proactive WhatsApp deliveries wait for the workspace's next opening (at creation and
// again at send time) through the real queue, the waha sender and the WAHA simulator; replies marked `any` do not.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { wahaConnector } from '../../src/connectors/waha/index.js';
import { createDelivery, getDelivery, type NewDelivery } from '../../src/core/deliveries/deliveries.js';
import { deliverySendJob } from '../../src/core/deliveries/send-job.js';
import { withTimeout } from '../../src/core/http/index.js';
import type { JobRegistry } from '../../src/core/jobs/types.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { registryOf } from '../helpers/test-jobs.js';

const KEY = 'waha_hours_key_41d0';
// Monday 5 January 2026, 19:00 in Jakarta (UTC+7): after closing.
const MONDAY_EVENING = Date.UTC(2026, 0, 5, 12, 0, 0);
// Tuesday 6 January 2026, 08:00 in Jakarta: the next opening.
const TUESDAY_OPENING = Date.UTC(2026, 0, 6, 1, 0, 0);

describe(`business hours (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let sim: WahaSim;
  let registry: JobRegistry;

  beforeAll(async () => {
    t = await createTestDb();
    sim = await startWahaSim({ apiKey: KEY });
  });
  afterAll(async () => {
    await sim.close();
    await t.destroy();
  });
  beforeEach(async () => {
    const base = await createTestContext(t);
    ctx = { ...base, http: withTimeout(base.http, 2_000) };
    ctx.clock.set(MONDAY_EVENING);
    await t.db.deleteFrom('jobs').execute();
    await t.db.deleteFrom('settings').execute();
    sim.clearRequests();
    sim.clearRecords();
    await sim.setStatus('WORKING');
    await writeSettings(ctx.db, ctx, ctx.clock, {
      workspaceId: ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: sim.url, session: 'default' },
      secrets: { api_key: KEY },
      actor: { type: 'system', id: 'test' },
    });
    await setHours({ days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '17:00' });
    const sender = wahaConnector.sender?.(ctx);
    if (!sender) throw new Error('the waha connector has no sender');
    registry = registryOf(deliverySendJob(new Map([['waha', sender]])));
  });

  const setHours = (hours: { days: number[]; start: string; end: string } | null) =>
    t.db
      .updateTable('workspaces')
      .set({ timezone: 'Asia/Jakarta', business_hours: hours ? JSON.stringify(hours) : null })
      .where('id', '=', ctx.workspace.id)
      .execute();
  const drain = () => createWorker({ ctx, registry, concurrency: 2, leaseMs: 30_000 }).drain();
  const create = (key: string, extra: Partial<NewDelivery> = {}) =>
    ctx.db.transaction().execute(async (trx) =>
      (
        await createDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, {
          channel: 'whatsapp',
          provider: 'waha',
          module: 'test',
          target: '+6281234567890',
          payload: { kind: 'text', phone: '+6281234567890', text: 'Halo kak, obat Anda hampir habis.' },
          idempotencyKey: key,
          ...extra,
        })
      ).delivery,
    );
  const sendJob = (deliveryId: string) =>
    t.db.selectFrom('jobs').selectAll().where('job_key', '=', `delivery:${deliveryId}`).executeTakeFirstOrThrow();

  it('a reminder created after closing is queued for the next opening and sent then, once', async () => {
    const delivery = await create('refill:1');
    expect((await sendJob(delivery.id)).run_at).toBe(TUESDAY_OPENING);
    await drain();
    expect(sim.messages).toHaveLength(0);
    expect((await getDelivery(t.db, ctx.workspace.id, delivery.id)).status).toBe('queued');

    ctx.clock.set(TUESDAY_OPENING);
    await drain();
    expect(sim.messages).toHaveLength(1);
    expect(await getDelivery(t.db, ctx.workspace.id, delivery.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a reply marked `any` goes out at once, after closing; other channels never wait', async () => {
    const reply = await create('reply:1', { businessHours: 'any' });
    expect((await sendJob(reply.id)).run_at).toBe(MONDAY_EVENING);
    await drain();
    expect(sim.messages).toHaveLength(1);
    expect((await getDelivery(t.db, ctx.workspace.id, reply.id)).business_hours_only).toBe(0);
  });

  it('checks again at send time: hours changed after queueing postpone the send without counting an attempt', async () => {
    await setHours(null);
    const delivery = await create('refill:2');
    expect((await sendJob(delivery.id)).run_at).toBe(MONDAY_EVENING);
    await setHours({ days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '17:00' });
    await drain();
    expect(sim.messages).toHaveLength(0);
    const job = await sendJob(delivery.id);
    expect(job).toMatchObject({ status: 'queued', run_at: TUESDAY_OPENING, attempts: 0, last_error: 'waiting for business hours' });
    expect(await getDelivery(t.db, ctx.workspace.id, delivery.id)).toMatchObject({ status: 'queued', attempts: 0, last_error: null });

    ctx.clock.set(TUESDAY_OPENING + 60_000);
    await drain();
    expect(sim.messages).toHaveLength(1);
    expect((await getDelivery(t.db, ctx.workspace.id, delivery.id)).status).toBe('sent');
  });

  it('Sunday is closed when the days leave it out: a Saturday-evening reminder waits for Monday', async () => {
    ctx.clock.set(Date.UTC(2026, 0, 10, 11, 0, 0)); // Saturday 18:00 in Jakarta
    const delivery = await create('refill:3');
    expect((await sendJob(delivery.id)).run_at).toBe(Date.UTC(2026, 0, 12, 1, 0, 0)); // Monday 08:00
  });
});
