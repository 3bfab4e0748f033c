// Checks the ScaleV simulator against the provider documentation: payload shapes from the examples, signatures by an independent HMAC, API routes.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { providerExampleObject } from '../test/fixtures/providers/index.js';
import { startSimServer, type SimServer } from './base.js';
import { startScalevSim, type ScalevSim } from './scalev.js';

const started: Array<SimServer | ScalevSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function scalev(options: Parameters<typeof startScalevSim>[0] = {}): Promise<ScalevSim> {
  const sim = await startScalevSim(options);
  started.push(sim);
  return sim;
}

interface Received {
  headers: Record<string, string>;
  rawBody: Buffer;
}

/** A bare receiver that keeps the exact bytes it was sent. */
async function receiver(status = 200): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = await startSimServer({
    name: 'receiver',
    routes: [{ method: 'POST', path: '/hook', handler: (req) => (received.push({ headers: req.headers, rawBody: req.rawBody }), { status, json: { ok: true } }) }],
  });
  started.push(server);
  return { url: `${server.url}/hook`, received };
}

function example(name: string): Record<string, unknown> {
  return providerExampleObject('scalev', name);
}

/**
 * Every key path in a JSON value; array elements share the path `[]`, so shapes compare regardless of length.
 * `final_variants` is keyed by product names (data, not shape), so its keys are left out.
 */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => keyPaths(item, `${prefix}[]`)))].sort();
  if (typeof value !== 'object' || value === null || prefix.endsWith('.final_variants')) return [];
  return Object.entries(value)
    .flatMap(([key, inner]) => [`${prefix}.${key}`, ...keyPaths(inner, `${prefix}.${key}`)])
    .sort();
}

/** `key: null` sends no Authorization header at all. */
async function get(sim: ScalevSim, path: string, key: string | null = sim.apiKey): Promise<Response> {
  return fetch(`${sim.url}${path}`, key === null ? {} : { headers: { authorization: `Bearer ${key}` } });
}

describe('scalev sim webhooks', () => {
  it('signs the raw body with base64 HMAC-SHA256 of the signing secret, checked independently', async () => {
    const sim = await scalev({ signingSecret: 'shop-secret-123' });
    const target = await receiver();
    const delivery = await sim.sendWebhook(target.url, 'order.created', '260504KXQMRT');

    expect(delivery.status).toBe(200);
    const got = target.received[0];
    expect(got?.rawBody.toString('utf8')).toBe(delivery.rawBody);
    const expected = createHmac('sha256', Buffer.from('shop-secret-123', 'utf8')).update(got?.rawBody ?? Buffer.alloc(0)).digest('base64');
    expect(got?.headers['x-scalev-hmac-sha256']).toBe(expected);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(delivery.signature).toBe(expected);
  });

  it('redeliver re-sends identical bytes, signature and unique_id', async () => {
    const sim = await scalev();
    const target = await receiver();
    const order = sim.createOrder();
    const first = await sim.sendWebhook(target.url, 'order.created', order);
    const again = await sim.redeliver(first);

    expect(again.uniqueId).toBe(first.uniqueId);
    expect(again.rawBody).toBe(first.rawBody);
    expect(target.received).toHaveLength(2);
    expect(target.received[1]?.rawBody.equals(target.received[0]?.rawBody ?? Buffer.alloc(0))).toBe(true);
    expect(target.received[1]?.headers['x-scalev-hmac-sha256']).toBe(target.received[0]?.headers['x-scalev-hmac-sha256']);
    expect(sim.deliveries).toHaveLength(2);
  });

  it('builds the order.created envelope exactly like the example, data field for field', async () => {
    const sim = await scalev();
    const target = await receiver();
    const delivery = await sim.sendWebhook(target.url, 'order.created', '260504KXQMRT');
    const sent = JSON.parse(delivery.rawBody) as Record<string, unknown>;
    const documented = example('scalev-order.created.json');

    expect(Object.keys(sent)).toEqual(['event', 'unique_id', 'timestamp', 'data']);
    expect(sent['unique_id']).toMatch(/^event_[A-Za-z0-9]{24}$/);
    expect(sent['timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(sent['data']).toEqual(documented['data']);
    expect(delivery.uniqueId).toBe(sent['unique_id']);
  });

  it('builds payment_status_changed and status_changed in the shapes of their examples', async () => {
    const sim = await scalev();
    const dewi = { avatar: '', email: 'dewi.lestari@tokoberkahherbal.co.id', name: 'Dewi Lestari' };
    sim.setPaymentStatus('260504KXQMRT', 'paid', { at: '2026-05-04T05:02:10Z', by: dewi });
    sim.setOrderStatus('260504KXQMRT', 'confirmed', { at: '2026-05-04T05:10:02Z' });

    const paid = sim.webhookData('order.payment_status_changed', '260504KXQMRT');
    const paidExample = example('scalev-order.payment_status_changed.json')['data'];
    expect(keyPaths(paid)).toEqual(keyPaths(paidExample));
    expect(paid).toMatchObject({ order_id: '260504KXQMRT', payment_status: 'paid', paid_time: '2026-05-04T05:02:10Z' });
    expect(paid['payment_status_history']).toEqual([
      { at: '2026-05-04T05:02:10Z', by: dewi, status: 'paid' },
      { at: '2026-05-04T03:15:40Z', by: null, status: 'unpaid' },
    ]);

    const status = sim.webhookData('order.status_changed', '260504KXQMRT');
    expect(status).toEqual({ ...(example('scalev-order.status_changed.json')['data'] as object), last_updated_at: '2026-05-04T05:10:02Z' });
  });

  it('sends business.test_event without unique_id and with empty data; other orders keep the created shape', async () => {
    const sim = await scalev();
    const target = await receiver();
    const test = await sim.sendWebhook(target.url, 'business.test_event');
    const body = JSON.parse(test.rawBody) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['event', 'timestamp', 'data']);
    expect(body['data']).toEqual({});
    expect(test.uniqueId).toBeUndefined();

    const order = sim.createOrder({ items: [{ sku: 'KAG-1000-BK', quantity: 3 }], handler: 'ahmad.fauzi@tokoberkahherbal.co.id' });
    expect(order.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(order.orderId).toMatch(/^\d{6}[A-Z]{6}$/);
    const data = sim.webhookData('order.created', order);
    expect(keyPaths(data)).toEqual(keyPaths(example('scalev-order.created.json')['data']));
    expect(data).toMatchObject({
      store: { name: 'Kopi Nusantara Store' },
      handler: { email: 'ahmad.fauzi@tokoberkahherbal.co.id', fullname: 'Ahmad Fauzi' },
      orderlines: [{ product_name: 'Kopi Arabika Gayo - 1 kg / Bubuk', variant_sku: 'KAG-1000-BK', quantity: 3 }],
      final_variants: { 'Kopi Arabika Gayo - 1 kg / Bubuk': 3 },
    });

    const noHandler = sim.webhookData('order.created', sim.createOrder({ handler: null }));
    expect(noHandler['handler']).toBeNull();
    expect('handler' in sim.webhookData('order.created', order, { omitHandler: true })).toBe(false);
  });
});

describe('scalev sim API', () => {
  it('answers a missing or wrong key with 401 {"error":"Invalid API key"}', async () => {
    const sim = await scalev();
    for (const key of [null, 'sk_wrong']) {
      const res = await get(sim, '/v3/stores', key);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(example('scalev-api-v3.error.json'));
    }
  });

  it('lists stores, sales people and the example order in the documented shapes', async () => {
    const sim = await scalev();
    const stores = (await (await get(sim, '/v3/stores')).json()) as Record<string, unknown>;
    expect(keyPaths(stores)).toEqual(keyPaths(example('scalev-api-v3.stores.list.json')));

    const people = await (await get(sim, '/v3/stores/1287/sales-people')).json();
    expect(people).toEqual(example('scalev-api-v3.store-sales-people.list.json'));

    const products = await (await get(sim, '/v3/stores/store_9fK2mQ7xLp3Rz8Wd/products')).json();
    expect(keyPaths(products)).toEqual(keyPaths(example('scalev-api-v3.store-products.list.json')));

    const order = await (await get(sim, '/v3/orders/0196a1f2-7c3e-7b21-9d4e-5f6a7b8c9d01')).json();
    expect(order).toMatchObject(example('scalev-api-v3.order.get.json'));
  });

  it('pages with opaque cursors and rejects a bad one with 400', async () => {
    const sim = await scalev();
    const first = (await (await get(sim, '/v3/stores/1302/products?page_size=1')).json()) as Record<string, unknown>;
    expect(first).toMatchObject({ has_next: true, has_previous: false, previous_cursor: null, page_size: 1 });
    const cursor = String(first['next_cursor']);
    const second = (await (await get(sim, `/v3/stores/1302/products?page_size=1&next_cursor=${encodeURIComponent(cursor)}`)).json()) as Record<string, unknown>;
    expect(second).toMatchObject({ has_next: false, has_previous: true, next_cursor: null });

    const bad = await get(sim, '/v3/stores/1302/products?next_cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Invalid cursor' });
  });

  it('filters stores by search and finds orders by code newest first', async () => {
    const sim = await scalev();
    const stores = (await (await get(sim, '/v3/stores?search=kopi')).json()) as { data: Array<{ name: string }> };
    expect(stores.data.map((s) => s.name)).toEqual(['Kopi Nusantara Store']);

    const created = sim.createOrder();
    const found = (await (await get(sim, `/v3/orders?search=${created.orderId}&search_field=order_id`)).json()) as { data: Array<{ id: string }> };
    expect(found.data.map((o) => o.id)).toEqual([created.id]);
    expect((await get(sim, `/v3/orders/${created.orderId}`)).status).toBe(404);
  });

  it('enforces the documented per-key rate limit with X-Ratelimit headers and a plain-text 429', async () => {
    const sim = await scalev({ rateLimit: { perTenSeconds: 2 } });
    const ok = await get(sim, '/v3/stores');
    expect(ok.headers.get('x-ratelimit-limit')).toBe('2');
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('1');
    await (await get(sim, '/v3/stores')).body?.cancel();
    const limited = await get(sim, '/v3/stores');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('text/plain');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await limited.text()).toBe('Too Many Requests');
    await ok.body?.cancel();
  });
});
