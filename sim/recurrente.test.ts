// Checks the Recurrente simulator against the provider documentation: payload shapes from the examples, Svix signatures checked by the official `svix` package.
import { Webhook } from 'svix';
import { afterEach, describe, expect, it } from 'vitest';
import { providerExampleObject, signatureVectors } from '../test/fixtures/providers/index.js';
import { startSimServer, type SimResponse, type SimServer } from './base.js';
import { startRecurrenteSim, svixSignature, type RecurrenteSim, type RecurrenteSimOptions } from './recurrente.js';

const started: Array<SimServer | RecurrenteSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const SECRET = 'whsec_Y29udHJhY3RzLXN2aXgtdGVzdC1rZXktMzJieXRlcyE=';

async function sim(options: RecurrenteSimOptions = {}): Promise<RecurrenteSim> {
  const server = await startRecurrenteSim({ secret: SECRET, ...options });
  started.push(server);
  return server;
}

/** A receiver that answers each request with the next scripted response (the last one repeats). */
async function receiver(...answers: SimResponse[]): Promise<{ url: string; server: SimServer }> {
  let calls = 0;
  const script = answers.length === 0 ? [{ status: 200, json: { status: 'ok' } }] : answers;
  const server = await startSimServer({
    name: 'receiver',
    routes: [{ method: 'POST', path: '/hook', handler: () => script[Math.min(calls++, script.length - 1)] ?? { status: 200 } }],
  });
  started.push(server);
  return { url: `${server.url}/hook`, server };
}

function example(name: string): Record<string, unknown> {
  return providerExampleObject('recurrente', name);
}

/** Every key path of a JSON value, to compare shapes without comparing values. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value)
    .flatMap(([key, inner]) => [`${prefix}.${key}`, ...keyPaths(inner, `${prefix}.${key}`)])
    .sort();
}

describe('recurrente sim: payloads', () => {
  it('payment_intent.succeeded and subscription.cancel have the examples’ shapes', async () => {
    const server = await sim();
    for (const type of ['payment_intent.succeeded', 'subscription.cancel']) {
      const sample = example(`recurrente-${type}.json`);
      const built = server.payload(type);
      expect(keyPaths(built)).toEqual(keyPaths(sample));
      expect(built).toMatchObject({ event_type: type, api_version: '2024-04-24', live_mode: false, customer: sample['customer'] });
      expect(Object.keys(built)).toEqual(Object.keys(sample));
    }
    expect(server.payload('payment_intent.succeeded')).toMatchObject({ failure_reason: null, checkout: { status: 'paid', payment: { paymentable: { type: 'Subscription', id: 'su_7hq2m4xt' } } } });
    expect(server.payload('subscription.cancel')['cancelled_at']).toEqual(expect.any(String));
  });

  it('maps subscription events to statuses and lets data override any field, deeply', async () => {
    const server = await sim({ liveMode: true });
    const statuses = ['create', 'past_due', 'pause', 'paused', 'unpause', 'cancel'].map((verb) => server.payload(`subscription.${verb}`)['status']);
    expect(statuses).toEqual(['active', 'past_due', 'paused', 'paused', 'active', 'cancelled']);
    expect(server.payload('subscription.create')['cancelled_at']).toBeNull();
    const failed = server.payload('payment_intent.failed', { checkout: { metadata: { tenant_id: 'kopi' } }, amount_in_cents: 900 });
    expect(failed).toMatchObject({ live_mode: true, amount_in_cents: 900, failure_reason: expect.any(String), checkout: { status: 'unpaid', metadata: { tenant_id: 'kopi', plan: 'membresia-mensual' }, payment_method: { type: 'card' } } });
    expect(server.payload('refund.create', { amount_in_cents: 100 })).toMatchObject({ event_type: 'refund.create', amount_in_cents: 100 });
  });
});

describe('recurrente sim: Svix signing', () => {
  it('svixSignature reproduces both Svix signature vectors', () => {
    for (const v of Object.values(signatureVectors('svix'))) {
      expect(svixSignature(v.secret, v.id, v.timestamp, v.body)).toBe(v.signature);
      expect(svixSignature(v.secret, v.id, Number(v.timestamp), v.body)).toBe(v.signature);
    }
  });

  it('sends events the official svix Webhook.verify accepts, with the exact bytes it signed', async () => {
    const server = await sim();
    const target = await receiver();
    for (const type of ['payment_intent.succeeded', 'subscription.create', 'subscription.past_due', 'subscription.pause', 'subscription.cancel']) {
      const delivery = await server.sendEvent(target.url, type);
      expect(delivery.status).toBe(200);
      const received = target.server.requests.at(-1);
      expect(received?.body).toBe(delivery.rawBody);
      expect(received?.headers['content-type']).toBe('application/json');
      expect(received?.headers['svix-id']).toMatch(/^msg_[A-Za-z0-9]{27}$/);
      expect(Math.abs(Number(received?.headers['svix-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
      const verified = new Webhook(SECRET).verify(received?.body ?? '', received?.headers ?? {});
      expect(verified).toMatchObject({ event_type: type });
    }
    expect(() => new Webhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(server.deliveries[0]?.rawBody ?? '', server.deliveries[0]?.headers ?? {})).toThrow();
  });

  it('signs with a given id, timestamp, wrong secret, rotation tokens or webhook- names on request', async () => {
    const server = await sim();
    const target = await receiver();
    const stale = await server.sendEvent(target.url, 'subscription.cancel', {}, { id: 'msg_fixed', timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.headers['svix-id']).toBe('msg_fixed');
    expect(() => new Webhook(SECRET).verify(stale.rawBody, stale.headers)).toThrow(/timestamp/i);

    const wrong = await server.sendEvent(target.url, 'subscription.cancel', {}, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(() => new Webhook(SECRET).verify(wrong.rawBody, wrong.headers)).toThrow();

    const oldSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const rotated = await server.sendEvent(target.url, 'subscription.create', {}, { extraSignatures: ['v2,bm90LWEtdjE=', 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='] });
    expect(rotated.signature.split(' ')).toHaveLength(3);
    expect(new Webhook(SECRET).verify(rotated.rawBody, rotated.headers)).toMatchObject({ event_type: 'subscription.create' });
    expect(() => new Webhook(oldSecret).verify(rotated.rawBody, rotated.headers)).toThrow();

    const whiteLabel = await server.sendEvent(target.url, 'subscription.create', {}, { headerPrefix: 'webhook' });
    expect(whiteLabel.headers['svix-id']).toBeUndefined();
    expect(new Webhook(SECRET).verify(whiteLabel.rawBody, whiteLabel.headers)).toMatchObject({ event_type: 'subscription.create' });
  });

  it('redeliver keeps svix-id and bytes with a fresh signature; the same timestamp replays the identical request', async () => {
    const server = await sim();
    const target = await receiver();
    const first = await server.sendEvent(target.url, 'payment_intent.succeeded', {}, { timestamp: Math.floor(Date.now() / 1000) - 30 });
    const again = await server.redeliver(first);
    expect(again).toMatchObject({ svixId: first.svixId, rawBody: first.rawBody, attempt: 2, status: 200 });
    expect(again.timestamp).toBeGreaterThan(first.timestamp);
    expect(again.signature).not.toBe(first.signature);
    expect(new Webhook(SECRET).verify(again.rawBody, again.headers)).toMatchObject({ event_type: 'payment_intent.succeeded' });

    const replay = await server.redeliver(first, { timestamp: first.timestamp });
    expect(replay.headers).toEqual(first.headers);
    expect(target.server.requests.map((r) => r.headers['svix-id'])).toEqual([first.svixId, first.svixId, first.svixId]);
  });

  it('retries failed attempts on the schedule with the same id and a fresh timestamp, until 2xx or abort-message', async () => {
    const server = await sim({ retrySchedule: [0, 20, 20, 20] });
    const flaky = await receiver({ status: 500 }, { status: 302, headers: { location: '/elsewhere' } }, { status: 200, json: { status: 'ok' } });
    const delivered = await server.sendEvent(flaky.url, 'subscription.past_due');
    expect(delivered).toMatchObject({ status: 200, attempt: 3 });
    const attempts = server.deliveries.filter((d) => d.svixId === delivered.svixId);
    expect(attempts.map((d) => d.status)).toEqual([500, 302, 200]);
    expect(new Set(attempts.map((d) => d.rawBody)).size).toBe(1);
    for (const attempt of attempts) expect(() => new Webhook(SECRET).verify(attempt.rawBody, attempt.headers)).not.toThrow();

    const aborting = await receiver({ status: 410, headers: { 'webhook-delivery': 'abort-message' } });
    const stopped = await server.sendEvent(aborting.url, 'subscription.cancel');
    expect(stopped).toMatchObject({ status: 410, attempt: 1 });

    const down = await server.sendEvent('http://127.0.0.1:9/hook', 'subscription.cancel', {}, { retrySchedule: [0, 10] });
    expect(down).toMatchObject({ status: 0, attempt: 3 });
    expect(down.error).toEqual(expect.any(String));
  });
});

describe('recurrente sim: GET /api/subscriptions/{id}', () => {
  const get = (server: RecurrenteSim, id: string, headers: Record<string, string>) =>
    fetch(`${server.url}/api/subscriptions/${id}`, { headers }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  it('answers the state its events left, and a state set without any webhook (the lost callback)', async () => {
    const server = await sim();
    const { url } = await receiver();
    const auth = { authorization: `Bearer ${server.secretKey}`, 'x-public-key': server.publicKey };
    await server.sendEvent(url, 'subscription.create', { id: 'su_live0001' });
    expect((await get(server, 'su_live0001', auth)).body).toMatchObject({ id: 'su_live0001', status: 'active', cancelled_at: null, customer: { id: 'us_k3v9x2pq' } });
    const before = server.deliveries.length;
    server.setSubscription('su_live0001', { status: 'cancelled' });
    expect(server.deliveries).toHaveLength(before);
    expect((await get(server, 'su_live0001', auth)).body).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(String) });
    expect(await get(server, 'su_missing1', auth)).toEqual({ status: 404, body: { message: 'Not found' } });
  });

  it('accepts each documented key form and refuses wrong or missing keys with 401', async () => {
    const server = await sim();
    server.setSubscription('su_keys0001', { status: 'paused' });
    for (const headers of [
      { authorization: `Bearer ${server.secretKey}`, 'x-public-key': server.publicKey },
      { 'x-secret-key': server.secretKey },
      { 'x-public-key': server.publicKey, 'x-secret-key': server.secretKey },
    ] as Record<string, string>[]) {
      expect((await get(server, 'su_keys0001', headers)).body['status']).toBe('paused');
    }
    for (const headers of [{}, { 'x-public-key': server.publicKey }, { authorization: 'Bearer sk_test_wrong' }, { 'x-secret-key': server.secretKey, 'x-public-key': 'pk_test_wrong' }] as Record<string, string>[]) {
      expect(await get(server, 'su_keys0001', headers)).toEqual({ status: 401, body: { message: 'Unauthorized' } });
    }
  });

  it('injects 5xx and 429 through the sim base, then answers again', async () => {
    const server = await sim();
    server.setSubscription('su_fault001', { status: 'active' });
    const auth = { 'x-secret-key': server.secretKey };
    server.fail({ match: { path: /^\/api\/subscriptions\// }, times: 1, fault: { kind: 'status', status: 503 } });
    server.fail({ match: { path: /^\/api\/subscriptions\// }, times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    expect((await get(server, 'su_fault001', auth)).status).toBe(503);
    const limited = await fetch(`${server.url}/api/subscriptions/su_fault001`, { headers: auth });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await get(server, 'su_fault001', auth)).body['status']).toBe('active');
  });
});
