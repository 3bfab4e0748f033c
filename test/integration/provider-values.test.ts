// Hostile values inside correctly signed webhooks: refused at the edge (400, logged) or stored as unknown, and one bad
// row never breaks the workspace's pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { providerExampleBytes, providerExampleObject } from '../fixtures/providers/index.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';
import { configureWebhookSecrets, injector, scalevSignature, svixHeaders, twilioSignature, type Inject } from '../helpers/webhook-signing.js';

const PUBLIC_URL = 'http://127.0.0.1:3000';

describe(`hostile provider values (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;
  let post: Inject;
  let businessId: string;
  let svixCounter = 0;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { env: { PUBLIC_URL } });
    owner = await s.ownerToken();
    post = injector(s.app);
    await configureWebhookSecrets(s.app, owner);
    const created = await s.app.inject({ method: 'POST', url: '/api/v1/crm/businesses', headers: owner, payload: { name: 'Panadería Sol', phone: '+50255551234', email: 'sol@example.test' } });
    expect(created.statusCode, created.body).toBe(201);
    businessId = created.json().id;
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 2, leaseMs: 60_000 }).drain();
  const rejections = async () => t.db.selectFrom('webhook_rejections').select(['source', 'status_code', 'reason']).orderBy('id').execute();

  const payment = (changes: Record<string, unknown>) => {
    // Each its own payment: the payment's own id (the checkout's payment id) is what a payment is recorded under.
    const example = providerExampleObject('recurrente', 'recurrente-payment_intent.succeeded.json');
    const checkout = { ...(example['checkout'] as Record<string, unknown>), payment: { id: `pa_hostile_${++svixCounter}` } };
    const body = JSON.stringify({ ...example, id: `pa_hostile_${svixCounter}`, checkout, metadata: { business_id: businessId }, ...changes });
    const id = `msg_hostile_${svixCounter}`;
    return { id, send: () => post('/webhooks/recurrente', body, { 'content-type': 'application/json', ...svixHeaders(body, id, Math.floor(s.ctx.clock.now() / 1000)) }) };
  };

  it('stores a signed payment with currency "XX-1" as XXX, keeps the raw event, and the funnel, revenue and business pages still answer', async () => {
    const p = payment({ currency: 'XX-1', amount_in_cents: 2500 });
    const res = await p.send();
    expect(res.statusCode, res.body).toBe(200);
    await drain();
    const event = await t.db.selectFrom('inbox_events').select(['raw_body', 'status', 'outcome']).where('provider_event_id', '=', p.id).executeTakeFirstOrThrow();
    expect(JSON.parse(event.raw_body).currency).toBe('XX-1');
    expect(event.outcome).toMatch(/payment 2500 XXX \(currency not an ISO 4217 code/);
    const rows = await t.db.selectFrom('crm_payments').select(['currency', 'amount_cents']).execute();
    expect(rows.map((r) => ({ currency: r.currency, amount_cents: Number(r.amount_cents) }))).toEqual([{ currency: 'XXX', amount_cents: 2500 }]);

    for (const url of ['/api/v1/crm/funnel', '/api/v1/crm/revenue', `/api/v1/crm/businesses/${businessId}`, '/api/v1/crm/campaigns']) {
      const page = await s.app.inject({ method: 'GET', url, headers: owner });
      expect(page.statusCode, `${url}: ${page.body}`).toBe(200);
    }
  });

  it('upper-cases a real currency code and keeps it', async () => {
    const p = payment({ currency: 'usd', amount_in_cents: 100 });
    expect((await p.send()).statusCode).toBe(200);
    await drain();
    const row = await t.db.selectFrom('crm_payments').select('currency').where('payment_ref', '=', `pa_hostile_${svixCounter}`).executeTakeFirstOrThrow();
    expect(row.currency).toBe('USD');
  });

  it('refuses signed payments whose amount or ids are hostile with 400 naming the field, logs each, and stores none', async () => {
    const before = (await rejections()).length;
    const cases: [Record<string, unknown> | string, RegExp][] = [
      [{ amount_in_cents: -5 }, /^amount_in_cents: must not be negative/],
      [{ amount_in_cents: 1.5 }, /^amount_in_cents: must be a whole number/],
      [{ amount_in_cents: 1e14 }, /^amount_in_cents: must be at most/],
      [{ amount: 'lots' }, /^amount: /],
      [{ customer: { id: 'us_\r\nX-Injected: 1' } }, /^customer\.id: must not contain control characters/],
      [{ customer: { id: 'u'.repeat(100_000) } }, /^customer\.id: must be at most 200 characters/],
      [{ subscription_id: 'su_\u0000' }, /^subscription_id: must not contain control characters/],
    ];
    for (const [changes, reason] of cases) {
      const p = payment(changes as Record<string, unknown>);
      const res = await p.send();
      expect(res.statusCode, JSON.stringify(changes).slice(0, 80)).toBe(400);
      expect(res.json().error.message).toMatch(reason);
      expect(await t.db.selectFrom('inbox_events').select('id').where('provider_event_id', '=', p.id).execute()).toEqual([]);
    }
    // JSON that parses to Infinity (1e400) is an amount too.
    const body = `{"event_type":"payment_intent.succeeded","id":"pa_inf","amount_in_cents":1e400,"currency":"GTQ"}`;
    const inf = await post('/webhooks/recurrente', body, { 'content-type': 'application/json', ...svixHeaders(body, 'msg_inf', Math.floor(s.ctx.clock.now() / 1000)) });
    expect(inf.statusCode).toBe(400);
    expect(inf.json().error.message).toMatch(/^amount_in_cents: /);
    const logged = (await rejections()).slice(before);
    expect(logged).toHaveLength(cases.length + 1);
    expect(logged.every((r) => r.source === 'recurrente' && r.status_code === 400)).toBe(true);
  });

  const twilio = (path: string, params: Record<string, string>) => {
    const url = `${PUBLIC_URL}/webhooks/twilio/${path}`;
    return post(`/webhooks/twilio/${path}`, new URLSearchParams(params).toString(), { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(url, params) });
  };

  it('refuses signed Twilio callbacks with CR/LF, NUL or 100 KB in the fields we store, and accepts line breaks in a message body', async () => {
    const inbound = { MessageSid: 'SM0000000000000000000000000000aaaa', From: '+50255551234', To: '+14155550100', Body: 'Hola,\r\nsí me interesa' };
    const ok = await twilio('inbound', inbound);
    expect(ok.statusCode, ok.body).toBe(200);
    const cases: [string, Record<string, string>, RegExp][] = [
      ['inbound', { ...inbound, MessageSid: 'SM1', From: '+502\r\n55551234' }, /^From: must not contain control characters/],
      ['inbound', { ...inbound, MessageSid: 'SM2', Body: 'x'.repeat(100_000) }, /^Body: must be at most 1600 characters/],
      ['inbound', { ...inbound, MessageSid: 'SM3', Body: 'bell\u0007' }, /^Body: must not contain control characters/],
      ['inbound', { ...inbound, MessageSid: 'SM4', Body: 'nul\u0000' }, /^Body: must not contain control characters/],
      ['inbound', { ...inbound, MessageSid: `SM${'9'.repeat(100)}` }, /^MessageSid: must be at most 64 characters/],
      ['status', { MessageSid: 'SM5', MessageStatus: 'failed', ErrorCode: '30003\r\n' }, /^ErrorCode: /],
      ['status', { MessageSid: 'SM6', MessageStatus: 'delivered', To: 'x'.repeat(10_000) }, /^To: must be at most 64 characters/],
    ];
    for (const [path, params, reason] of cases) {
      const res = await twilio(path, params);
      expect(res.statusCode, `${path} ${JSON.stringify(params).slice(0, 80)}`).toBe(400);
      expect(res.json().error.message).toMatch(reason);
    }
    const stored = await t.db.selectFrom('inbox_events').select('provider_event_id').where('source', 'like', 'twilio/%').execute();
    expect(stored.map((r) => r.provider_event_id)).toEqual([inbound.MessageSid]);
  });

  it('refuses a ScaleV order whose order code holds CR/LF, and stores one with a 100 KB multi-line name for its handler to clean', async () => {
    const order = providerExampleObject('scalev', 'scalev-order.created.json');
    const data = order['data'] as Record<string, unknown>;
    const send = (body: string) => post('/webhooks/scalev', body, { 'content-type': 'application/json', 'x-scalev-hmac-sha256': scalevSignature(body) });

    const badCode = await send(JSON.stringify({ ...order, unique_id: 'event_bad_code', data: { ...data, order_id: 'ORD\r\n1' } }));
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.message).toBe('data.order_id: must not contain control characters (CR, LF, NUL…)');
    const longId = await send(JSON.stringify({ ...order, unique_id: 'e'.repeat(300) }));
    expect(longId.statusCode).toBe(400);
    expect(longId.json().error.message).toBe('event id is longer than 255 characters');

    const address = { ...(data['destination_address'] as Record<string, unknown>), name: `Budi\r\nSantoso ${'x'.repeat(100_000)}` };
    const longName = await send(JSON.stringify({ ...order, unique_id: 'event_long_name', data: { ...data, destination_address: address } }));
    expect(longName.statusCode).toBe(200);
    // The untouched example is still accepted as it always was.
    const example = providerExampleBytes('scalev', 'scalev-order.created.json');
    expect((await post('/webhooks/scalev', example, { 'content-type': 'application/json', 'x-scalev-hmac-sha256': scalevSignature(example) })).statusCode).toBe(200);
  });

  it('refuses a signed body that is not UTF-8 text, whatever the source', async () => {
    const body = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await post('/webhooks/scalev', body, { 'content-type': 'application/json', 'x-scalev-hmac-sha256': scalevSignature(body) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('body is not valid UTF-8 text');
    // A raw NUL byte (PostgreSQL text cannot hold one) in a signed form body.
    const params = { MessageSid: 'SMnul', From: '+50255551234', To: '+14155550100', Body: 'a\u0000b' };
    const raw = `MessageSid=SMnul&From=%2B50255551234&To=%2B14155550100&Body=a\u0000b`;
    const nul = await post('/webhooks/twilio/inbound', raw, { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}/webhooks/twilio/inbound`, params) });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.message).toBe('body contains a NUL character');
  });
});
