// WhatsApp deliveries end to end: the real queue and delivery job, the `waha` sender, and the WAHA simulator (order, waiting out a session, limits, refusals).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { wahaConnector, type WahaDeliveryPayload } from '../../src/connectors/waha/index.js';
import { createDelivery, createDeliverySequence, getDelivery } from '../../src/core/deliveries/deliveries.js';
import { deliverySendJob } from '../../src/core/deliveries/send-job.js';
import { withTimeout } from '../../src/core/http/index.js';
import type { JobRegistry } from '../../src/core/jobs/types.js';
import { writeSettings } from '../../src/core/settings.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { registryOf } from '../helpers/test-jobs.js';

const KEY = 'waha_delivery_key_62be';
const CHAT = '6281234567890@c.us';

describe(`waha deliveries (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let sim: WahaSim;
  let registry: JobRegistry;
  const setApiKey = (apiKey: string) =>
    writeSettings(ctx.db, ctx, ctx.clock, {
      workspaceId: ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: sim.url, session: 'default' },
      secrets: { api_key: apiKey },
      actor: { type: 'system', id: 'test' },
    });

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
    await t.db.deleteFrom('jobs').execute();
    // Each test context seals secrets with a key of its own: settings sealed by an earlier one cannot be read.
    await t.db.deleteFrom('settings').execute();
    sim.clearFaults();
    sim.clearRequests();
    sim.clearRecords();
    sim.knobs.rateLimit = undefined;
    await sim.setStatus('WORKING');
    // The workspace's WAHA settings point at the simulator; the sender is the connector's own.
    await setApiKey(KEY);
    const sender = wahaConnector.sender?.(ctx);
    if (!sender) throw new Error('the waha connector has no sender');
    registry = registryOf(deliverySendJob(new Map([['waha', sender]])));
  });

  const worker = () => createWorker({ ctx, registry, concurrency: 4, leaseMs: 30_000 });
  const create = (key: string, payload: WahaDeliveryPayload) =>
    ctx.db.transaction().execute((trx) =>
      createDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, {
        channel: 'whatsapp',
        provider: 'waha',
        module: 'test',
        target: '+6281234567890',
        payload: { ...payload, conversation_id: 'conv_1' },
        idempotencyKey: key,
        serialKey: `chat:${CHAT}`,
      }),
    );
  const get = (id: string) => getDelivery(t.db, ctx.workspace.id, id);
  /** A reply as one sequence: seen, typing, stop typing and a text, the last two due `pauseMs` from now. */
  const createReply = (key: string, pauseMs = 0, queuedSince?: number) =>
    ctx.db.transaction().execute((trx) =>
      createDeliverySequence(
        { db: trx, dialect: ctx.dialect, clock: ctx.clock },
        ctx.workspace.id,
        ([
          { kind: 'seen', phone: '+6281234567890', message_ids: ['false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801'] },
          { kind: 'typing_start', phone: '+6281234567890' },
          { kind: 'typing_stop', phone: '+6281234567890' },
          { kind: 'text', phone: '+6281234567890', text: 'Waalaikumsalam kak, paket Umroh Syawal masih tersedia.' },
        ] satisfies WahaDeliveryPayload[]).map((payload, i) => ({
          channel: 'whatsapp',
          provider: 'waha',
          module: 'test',
          target: '+6281234567890',
          payload: { ...payload, conversation_id: 'conv_1' },
          idempotencyKey: `${key}:${i}`,
          serialKey: `chat:${CHAT}`,
          ...(i >= 2 ? { notBefore: ctx.clock.now() + pauseMs } : {}),
          ...(queuedSince !== undefined ? { queuedSince } : {}),
        })),
      ),
    );
  const sendJobs = () => t.db.selectFrom('jobs').select(['status', 'payload', 'run_at']).where('name', '=', 'delivery.send').orderBy('id').execute();

  it('sends a reply like a person, in order: seen, typing, stop typing, text; each answer stored', async () => {
    const steps: WahaDeliveryPayload[] = [
      { kind: 'seen', phone: '+6281234567890', message_ids: ['false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801'] },
      { kind: 'typing_start', phone: '+6281234567890' },
      { kind: 'typing_stop', phone: '+6281234567890' },
      { kind: 'text', phone: '+6281234567890', text: 'Waalaikumsalam kak, paket Umroh Syawal masih tersedia.' },
    ];
    const ids: string[] = [];
    for (const [i, step] of steps.entries()) ids.push((await create(`turn_1:${i}`, step)).delivery.id);
    await worker().drain();
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    const rows = await Promise.all(ids.map(get));
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(JSON.parse(rows[3]?.response ?? 'null')).toEqual({ kind: 'text', session: 'default', chat_id: CHAT, message_id: sim.messages[0]?.id });
    expect(JSON.parse(rows[0]?.response ?? 'null')).toMatchObject({ kind: 'seen', message_id: null });
  });

  it('waits while the session is not WORKING and sends exactly once when it is back', async () => {
    await sim.setStatus('SCAN_QR_CODE');
    const { delivery } = await create('turn_2:reply', { kind: 'text', phone: '+6281234567890', text: 'Halo kak' });
    const w = worker();
    await w.drain();
    let row = await get(delivery.id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('session default is SCAN_QR_CODE, not WORKING');
    await sim.setStatus('WORKING');
    for (let i = 0; i < 5 && row.status !== 'sent'; i++) {
      ctx.clock.advance(60 * 60_000);
      await w.drain();
      row = await get(delivery.id);
    }
    expect(row.status).toBe('sent');
    expect(sim.messages).toHaveLength(1);
  });

  it("waits as long as a 429's Retry-After asks", async () => {
    sim.fail({ match: { path: '/api/sendFile' }, times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 90 } });
    const brochure = await create('turn_3:brochure', { kind: 'file', phone: '+6281234567890', url: 'https://cdn.example.test/brosur.pdf', mimetype: 'application/pdf', filename: 'brosur.pdf' });
    await worker().drain();
    const job = await t.db.selectFrom('jobs').selectAll().where('name', '=', 'delivery.send').executeTakeFirstOrThrow();
    expect(job.status).toBe('queued');
    expect(job.run_at - ctx.clock.now()).toBeGreaterThanOrEqual(90_000);
    // Not a failure: no attempt spent, no exponential backoff on top, the delivery still simply queued.
    expect(job.run_at - ctx.clock.now()).toBeLessThan(91_000);
    expect(job.attempts).toBe(0);
    expect((await get(brochure.delivery.id)).status).toBe('queued');
    ctx.clock.advance(91_000);
    await worker().drain();
    expect((await get(brochure.delivery.id)).status).toBe('sent');
  });

  it('a payload that cannot be a WAHA call, or a refused key, is dead at once without retrying', async () => {
    const bad = await create('turn_4:bad', { kind: 'text', phone: '081234567890', text: 'local number' });
    await worker().drain();
    expect(await get(bad.delivery.id)).toMatchObject({ status: 'dead', attempts: 1 });
    expect(sim.requests).toHaveLength(0);

    await setApiKey('rotated_key_not_known');
    const refused = await create('turn_4:key', { kind: 'text', phone: '+6281234567890', text: 'Halo' });
    await worker().drain();
    const row = await get(refused.delivery.id);
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row.last_error).toContain('HTTP 401');
    expect(row.last_error).not.toContain('rotated_key_not_known');
    expect(sim.requests).toHaveLength(1);
  });
  it('a reply made as a sequence goes out in order from one job, and a second creation sends nothing more', async () => {
    const ids = await createReply('seq_1');
    expect(await sendJobs()).toHaveLength(1);
    await worker().drain();
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    const rows = await Promise.all(ids.map(get));
    // The four answers are written in one statement: each row gets its own.
    expect(rows.map((r) => [r.status, r.attempts, r.sent_at, r.latency_ms, r.last_error])).toEqual(rows.map(() => ['sent', 1, ctx.clock.now(), 0, null]));
    expect(rows.map((r) => (JSON.parse(r.response ?? 'null') as { kind: string }).kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    expect(JSON.parse(rows[3]?.response ?? 'null')).toEqual({ kind: 'text', session: 'default', chat_id: CHAT, message_id: sim.messages[0]?.id });
    expect((await sendJobs()).map((j) => j.status)).toEqual(['done']);
    // The same keys again (a replayed turn): the same deliveries, no new job, no second call.
    expect(await createReply('seq_1')).toEqual(ids);
    await worker().drain();
    expect(sim.calls).toHaveLength(4);
  });

  it('a reply to a customer waiting since before other work fell due is sent ahead of it', async () => {
    const waitingSince = ctx.clock.now();
    // Another customer's message, queued a second after this customer's turn fell due (its reply still being written).
    ctx.clock.advance(1_000);
    const other = await ctx.db.transaction().execute((trx) =>
      createDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, {
        channel: 'whatsapp',
        provider: 'waha',
        module: 'test',
        target: '+6281298765432',
        payload: { kind: 'text', phone: '+6281298765432', text: 'Pesan untuk pelanggan lain', conversation_id: 'conv_2' },
        idempotencyKey: 'other_customer:0',
        serialKey: 'chat:6281298765432@c.us',
      }),
    );
    ctx.clock.advance(2_000);
    const ids = await createReply('seq_waiting', 0, waitingSince);
    const jobs = await sendJobs();
    expect(jobs.map((j) => j.run_at)).toEqual([waitingSince + 1_000, waitingSince]);
    // One job at a time, so the order the worker takes them is the order they go out.
    await createWorker({ ctx, registry, concurrency: 1, leaseMs: 30_000 }).drain();
    expect(sim.calls.map((c) => (c.kind === 'text' ? `text:${c.chatId}` : c.kind))).toEqual(['seen', 'typing_start', 'typing_stop', `text:${CHAT}`, 'text:6281298765432@c.us']);
    expect((await Promise.all([...ids, other.delivery.id].map(get))).map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  it('a step of a waiting customer\'s reply that is not due yet still waits for its pause', async () => {
    const waitingSince = ctx.clock.now() - 5_000;
    await createReply('seq_waiting_pause', 2_500, waitingSince);
    await worker().drain();
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start']);
    expect((await sendJobs()).filter((j) => j.status === 'queued').map((j) => j.run_at)).toEqual([ctx.clock.now() + 2_500]);
  });

  it('steps not due yet wait in a job of their own until the pause is over', async () => {
    const ids = await createReply('seq_2', 2_500);
    await worker().drain();
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start']);
    const waiting = (await sendJobs()).filter((j) => j.status === 'queued');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.run_at).toBe(ctx.clock.now() + 2_500);
    ctx.clock.advance(2_500);
    await worker().drain();
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    expect((await Promise.all(ids.map(get))).map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });

  it('a later step that fails is retried by a job of its own; the steps before it are not sent again', async () => {
    sim.fail({ match: { path: '/api/sendText' }, times: 2, fault: { kind: 'status', status: 503 } });
    const ids = await createReply('seq_3');
    const w = worker();
    await w.drain();
    // The text failed in the reply's job (503), was tried again at once by its own job (503 again), and waits out the backoff.
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop']);
    expect(sim.requests.filter((r) => r.path === '/api/sendText')).toHaveLength(2);
    let text = await get(ids[3] ?? '');
    expect(text).toMatchObject({ status: 'failed', attempts: 1 });
    expect(text.last_error).toContain('503');
    ctx.clock.advance(60_000);
    await w.drain();
    text = await get(ids[3] ?? '');
    expect(text.status).toBe('sent');
    expect(sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    expect(sim.messages).toHaveLength(1);
    expect((await Promise.all(ids.map(get))).map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });

  it('a first step that gives up does not hold back the rest of the reply', async () => {
    // WAHA refuses the seen call (400: nothing retrying can change): it is dead at once, and the rest still goes out.
    sim.fail({ match: { path: '/api/sendSeen' }, times: 1, fault: { kind: 'status', status: 400 } });
    const ids = await createReply('seq_4');
    await worker().drain();
    const rows = await Promise.all(ids.map(get));
    expect(rows.map((r) => r.status)).toEqual(['dead', 'sent', 'sent', 'sent']);
    expect(rows[0]?.last_error).toContain('HTTP 400');
    expect(sim.calls.map((c) => c.kind)).toEqual(['typing_start', 'typing_stop', 'text']);
  });
});
