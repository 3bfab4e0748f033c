// Runs the real ScaleV client against the ScaleV simulator, and the wire schemas and order readers against examples and sim payloads.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimServer, type SimServer } from '../../../sim/base.js';
import { startScalevSim, type ScalevSim } from '../../../sim/scalev.js';
import { createHttpClient } from '../../core/http/transport.js';
import {
  createScalevClient,
  isPaid,
  orderCode,
  orderCustomer,
  orderHandler,
  orderItems,
  orderKey,
  scalevOrderCreatedEventSchema,
  scalevOrderSchema,
  scalevOrderSnapshotEventSchema,
  scalevPaymentStatusChangedEventSchema,
  scalevStatusChangedEventSchema,
  verify,
  type ScalevClient,
} from './index.js';
import { providerExample } from '../../../test/fixtures/providers/index.js';
import { failure, value } from '../../../test/helpers/results.js';

let sim: ScalevSim;
let client: ScalevClient;

beforeAll(async () => {
  // The documented rate limit gets its own sim below; here it would only make the suite order-dependent.
  sim = await startScalevSim({ apiKey: 'sk_live_test_abc123', signingSecret: 'sv_secret_for_tests', rateLimit: false });
  client = createScalevClient({ baseUrl: `${sim.url}/`, apiKey: sim.apiKey, http: createHttpClient({ timeoutMs: 2_000 }) });
});

afterEach(() => {
  sim.clearFaults();
  sim.clearRequests();
});

afterAll(async () => {
  await sim.close();
});


function example(name: string): unknown {
  return providerExample('scalev', name);
}

describe('scalev client: stores, products, sales people', () => {
  it('lists stores with Bearer auth and filters by the documented search parameter', async () => {
    const page = value(await client.listStores());
    expect(page.items.map((s) => [s.id, s.name, s.unique_id])).toEqual([
      [1287, 'Toko Berkah Herbal', 'store_9fK2mQ7xLp3Rz8Wd'],
      [1302, 'Kopi Nusantara Store', 'store_4Tn8Vb2Xc6Lm9Qz1'],
    ]);
    expect(page.nextCursor).toBeUndefined();
    expect(sim.requests[0]?.headers['authorization']).toBe('Bearer sk_live_test_abc123');
    expect(sim.requests[0]?.path).toBe('/v3/stores');

    const found = value(await client.listStores({ search: 'berkah' }));
    expect(found.items.map((s) => s.name)).toEqual(['Toko Berkah Herbal']);
  });

  it('follows next_cursor page by page until the last page', async () => {
    const added = sim.addStore({ name: 'Dapur Mama Ani' });
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = value(await client.listStores(cursor === undefined ? { pageSize: 2 } : { pageSize: 2, cursor }));
      names.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined && pages < 5);
    expect(pages).toBe(2);
    expect(names).toEqual(['Toko Berkah Herbal', 'Kopi Nusantara Store', added.name]);
    expect(sim.requests[1]?.url).toContain('next_cursor=');
  });

  it('lists a store’s products with variants and SKUs, by numeric id or store_ unique id', async () => {
    const byId = value(await client.listStoreProducts(1287));
    const madu = byId.items.find((p) => p.name === 'Madu Hutan Sumbawa');
    expect(madu?.variants.map((v) => [v.unique_id, v.name, v.sku])).toEqual([
      ['variant_Hn3Wq8Lz5Xc2Vb7Mk4Pd9Rt1', 'Madu Hutan Sumbawa - 500 gr', 'MDH-SBW-500'],
      ['variant_Pq5Rt2Lm8Xz3Wc6Vb1Nk9Hd4', 'Madu Hutan Sumbawa - 1 kg', 'MDH-SBW-1000'],
    ]);
    const byUniqueId = value(await client.listStoreProducts('store_4Tn8Vb2Xc6Lm9Qz1'));
    expect(byUniqueId.items.map((p) => p.name)).toEqual(['Kopi Arabika Gayo', 'Kopi Robusta Lampung']);
    expect(byUniqueId.items[0]?.variants).toHaveLength(4);
  });

  it('searches products by name or SKU on the received page, without sending an undocumented parameter', async () => {
    const byName = value(await client.listStoreProducts(1302, { search: 'gayo' }));
    expect(byName.items.map((p) => p.name)).toEqual(['Kopi Arabika Gayo']);
    const bySku = value(await client.listStoreProducts(1287, { search: 'hbs-200' }));
    expect(bySku.items.map((p) => p.name)).toEqual(['Habbatussauda Kapsul']);
    expect(value(await client.listStoreProducts(1287, { search: 'tidak ada' })).items).toEqual([]);
    expect(sim.requests.every((r) => !r.url.includes('search'))).toBe(true);
  });

  it('lists a store’s sales people with their user emails', async () => {
    const page = value(await client.listStoreSalesPeople(1287));
    expect(page.items.map((p) => [p.id, p.business_user.user.email, p.business_user.user.fullname])).toEqual([
      [5521, 'dewi.lestari@tokoberkahherbal.co.id', 'Dewi Lestari'],
      [5522, 'rizky.pratama@tokoberkahherbal.co.id', 'Rizky Pratama'],
    ]);
    const added = sim.addSalesPerson(1302, { fullname: 'Wulan Sari', email: 'wulan.sari@tokoberkahherbal.co.id' });
    const kopi = value(await client.listStoreSalesPeople(1302));
    expect(kopi.items.map((p) => p.business_user.user.email)).toEqual(['ahmad.fauzi@tokoberkahherbal.co.id', added.email]);
  });

  it('an unknown store is a non-retryable rejected 404', async () => {
    const error = failure(await client.listStoreSalesPeople(999_999));
    expect(error).toMatchObject({ kind: 'rejected', status: 404, retryable: false });
  });
});

describe('scalev client: orders', () => {
  it('gets an order by its UUID id and by its order code', async () => {
    const order = sim.createOrder({ items: [{ sku: 'HBS-200', quantity: 2 }], handler: 5522 });
    const byId = value(await client.getOrder(order.id));
    expect(sim.requests.at(-1)?.path).toBe(`/v3/orders/${order.id}`);
    const byCode = value(await client.getOrder(order.orderId));
    expect(sim.requests.at(-1)?.url).toBe(`/v3/orders?search=${order.orderId}&search_field=order_id`);
    expect(byCode).toEqual(byId);
    expect(orderCode(byId)).toBe(order.orderId);
    expect(orderKey(byId)).toBe(order.id);
    expect(orderHandler(byId)?.email).toBe('rizky.pratama@tokoberkahherbal.co.id');
    // The API's destination address has no email: it falls back to the customer record.
    expect(orderCustomer(byId)).toEqual({ name: order.customer.name, email: order.customer.email, phone: order.customer.phone });
    expect(orderItems(byId)).toEqual([
      { productName: 'Habbatussauda Kapsul - 200 kapsul', variantUniqueId: undefined, variantId: 190431, sku: 'HBS-200', quantity: 2 },
    ]);
  });

  it('an unknown id or code is a non-retryable rejected 404', async () => {
    expect(failure(await client.getOrder('0196a1f2-0000-7000-8000-000000000000'))).toMatchObject({ kind: 'rejected', status: 404, retryable: false });
    expect(failure(await client.getOrder('260101ZZZZZZ'))).toMatchObject({ kind: 'rejected', status: 404, retryable: false });
  });

  it('sees payment changes made in ScaleV', async () => {
    const order = sim.createOrder();
    expect(isPaid(value(await client.getOrder(order.id)))).toBe(false);
    sim.setPaymentStatus(order.id, 'settled');
    expect(isPaid(value(await client.getOrder(order.orderId)))).toBe(true);
  });
});

describe('scalev client: failures', () => {
  it('a wrong API key is a non-retryable auth error that never echoes the key', async () => {
    const wrong = createScalevClient({ baseUrl: sim.url, apiKey: 'sk_wrong_key_999', http: createHttpClient({ timeoutMs: 2_000 }) });
    const error = failure(await wrong.listStores());
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    expect(error.responseBody).toBe('{"error":"Invalid API key"}');
    expect(error.message).not.toContain('sk_wrong_key_999');
  });

  it('a 5xx is a retryable server error; an injected 429 carries retryAfterMs', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 503, body: { error: 'Service Unavailable' } } });
    expect(failure(await client.listStores())).toMatchObject({ kind: 'server', status: 503, retryable: true });

    sim.fail({ times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    expect(failure(await client.listStoreProducts(1287))).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true, retryAfterMs: 7_000 });
    expect(value(await client.listStoreProducts(1287)).items.length).toBeGreaterThan(0);
  });

  it('the sim’s own documented rate limit (plain-text 429, no Retry-After) is retryable without a delay hint', async () => {
    const limited = await startScalevSim({ rateLimit: { perTenSeconds: 1 } });
    try {
      const limitedClient = createScalevClient({ baseUrl: limited.url, apiKey: limited.apiKey, http: createHttpClient({ timeoutMs: 2_000 }) });
      expect((await limitedClient.listStores()).ok).toBe(true);
      const error = failure(await limitedClient.listStores());
      expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true, retryAfterMs: undefined });
      expect(error.responseBody).toBe('Too Many Requests');
    } finally {
      await limited.close();
    }
  });

  it('a server that never answers is a retryable timeout', async () => {
    const impatient = createScalevClient({ baseUrl: sim.url, apiKey: sim.apiKey, http: createHttpClient({ timeoutMs: 200 }) });
    sim.fail({ times: 1, fault: { kind: 'hang' } });
    expect(failure(await impatient.getOrder('260504KXQMRT'))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a 200 body of the wrong shape is a non-retryable invalid_response', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 200, body: { data: [{ id: 'not-a-number' }], has_next: false } } });
    expect(failure(await client.listStores())).toMatchObject({ kind: 'invalid_response', retryable: false });
  });
});

describe('scalev wire schemas and order readers', () => {
  it('parse the provider examples and read customer, handler, items and payment state', () => {
    const created = scalevOrderCreatedEventSchema.parse(example('scalev-order.created.json'));
    expect(orderCustomer(created.data)).toEqual({ name: 'Siti Rahmawati', email: 'siti.rahmawati@contoh.co.id', phone: '6281234567890' });
    expect(orderHandler(created.data)).toEqual({ email: 'dewi.lestari@tokoberkahherbal.co.id', name: 'Dewi Lestari', id: 3321, phone: '6281398765432' });
    expect(orderItems(created.data)).toEqual([
      { productName: 'Madu Hutan Sumbawa - 500 gr', variantUniqueId: 'variant_Hn3Wq8Lz5Xc2Vb7Mk4Pd9Rt1', variantId: undefined, sku: 'MDH-SBW-500', quantity: 2 },
    ]);
    expect([orderCode(created.data), orderKey(created.data), isPaid(created.data)]).toEqual(['260504KXQMRT', '0196a1f2-7c3e-7b21-9d4e-5f6a7b8c9d01', false]);
    expect(created.data['secret_slug']).toBe('Hq4-T2mZp8WcX1vLs9NbR0aYeK7uJd3GfC5oPiQw');

    const paid = scalevPaymentStatusChangedEventSchema.parse(example('scalev-order.payment_status_changed.json'));
    expect([orderCode(paid.data), isPaid(paid.data), paid.data.payment_status_history?.[1]?.by]).toEqual(['260504KXQMRT', true, null]);
    expect(scalevStatusChangedEventSchema.parse(example('scalev-order.status_changed.json')).data.status).toBe('confirmed');
    expect(scalevOrderSchema.parse(example('scalev-api-v3.order.get.json')).order_id).toBe('260504KXQMRT');
  });

  it('refuse payloads missing the fields we read', () => {
    const created = example('scalev-order.created.json') as { data: Record<string, unknown> };
    const withoutAddress = { ...created, data: { ...created.data, destination_address: undefined } };
    expect(scalevOrderCreatedEventSchema.safeParse(withoutAddress).success).toBe(false);
    const oddStatus = { ...created, data: { ...created.data, payment_status: 'PAID' } };
    expect(scalevOrderCreatedEventSchema.safeParse(oddStatus).success).toBe(false);
  });

  it('parse and verify what the simulator delivers, and tolerate a webhook without handler', async () => {
    const received: Buffer[] = [];
    const receiver: SimServer = await startSimServer({
      name: 'receiver',
      routes: [{ method: 'POST', path: '/webhooks/scalev', handler: (req) => (received.push(req.rawBody), { status: 200 }) }],
    });
    try {
      const target = `${receiver.url}/webhooks/scalev`;
      const order = sim.createOrder({ storeId: 1302, items: [{ variantId: 190502, quantity: 1 }, { sku: 'KRL-200', quantity: 4 }], customer: { email: '' } });
      const deliveries = [await sim.sendWebhook(target, 'order.created', order, { omitHandler: true })];
      sim.setPaymentStatus(order.id, 'paid');
      deliveries.push(await sim.sendWebhook(target, 'order.payment_status_changed', order));
      deliveries.push(await sim.sendWebhook(target, 'order.spam_created', order));

      // Our own verifier accepts every delivery on the bytes that arrived.
      deliveries.forEach((delivery, i) => {
        const rawBody = received[i] ?? Buffer.alloc(0);
        const request = { rawBody, headers: { 'x-scalev-hmac-sha256': delivery.signature }, url: target, receivedAt: 0 };
        expect(verify(request, sim.signingSecret).ok).toBe(true);
      });
      const [first, second, third] = received.map((body) => JSON.parse(body.toString('utf8')) as unknown);
      const createdEvent = scalevOrderCreatedEventSchema.parse(first);
      expect(orderHandler(createdEvent.data)).toBeUndefined();
      expect(orderCustomer(createdEvent.data)).toEqual({ name: order.customer.name, email: undefined, phone: order.customer.phone });
      expect(orderItems(createdEvent.data).map((i) => [i.sku, i.quantity])).toEqual([['KAG-250-BK', 1], ['KRL-200', 4]]);
      expect(isPaid(scalevPaymentStatusChangedEventSchema.parse(second).data)).toBe(true);
      expect(scalevOrderSnapshotEventSchema.parse(third).event).toBe('order.spam_created');
    } finally {
      await receiver.close();
    }
  });
});
