// The lead tiers' seed gaps, end to end against the ScaleV and Mailketing simulators: paged pickers, the Test
// button's stage rule, the order fetch for a missing handler, every variant's SKU, a paid order.updated, the
// Mailketing list check and lenient order reading.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { assemble } from '../../src/server/assemble.js';
import { modules } from '../../src/modules/registry.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const LISTS = { followup: '42898', closing: '42899', notClosing: '43010' };
const MADU = { store_id: '1287', store_name: 'Toko Berkah Herbal', product_id: '88231', product_name: 'Madu Hutan Sumbawa' };
const RIZKY = 'rizky.pratama@tokoberkahherbal.co.id';

describe(`lead tiers: seed gaps (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let scalev: ScalevSim;
  let mailketing: MailketingSim;
  let owner: Record<string, string>;
  let webhookUrl: string;

  beforeAll(async () => {
    scalev = await startScalevSim({ rateLimit: false });
    mailketing = await startMailketingSim();
    t = await createTestDb();
    s = await buildTestServer(t, { env: { SCALEV_API_URL: scalev.url, MAILKETING_API_URL: mailketing.apiBaseUrl } });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    webhookUrl = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}/webhooks/scalev`;
    owner = await s.ownerToken();
  });
  afterAll(async () => {
    await s.app.close();
    await scalev.close();
    await mailketing.close();
    await t.destroy();
  });

  beforeEach(async () => {
    scalev.clearFaults();
    scalev.clearRequests();
    mailketing.clearFaults();
    for (const table of ['scalev_leads', 'scalev_product_lists', 'scalev_lead_counts', 'stage_counts', 'jobs', 'deliveries', 'inbox_events'] as const) {
      await (t.db as any).deleteFrom(table).execute();
    }
    mailketing.state.subscribers.clear();
    await api('PUT', '/api/settings/scalev-mailketing', {
      scalev_api_key: scalev.apiKey,
      scalev_webhook_secret: scalev.signingSecret,
      mailketing_api_token: mailketing.apiToken,
      not_closing_after: 'P7D',
    });
    await drain();
  });

  async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
    return s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  const entry = (over: Record<string, unknown> = {}) => ({
    ...MADU,
    mailketing_list_followup: LISTS.followup,
    mailketing_list_closing: LISTS.closing,
    mailketing_list_not_closing: LISTS.notClosing,
    ...over,
  });
  const addEntry = async (over: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/product-lists', entry(over));
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; skus: string[]; warnings: unknown[] };
  };
  const order = (over: Parameters<ScalevSim['createOrder']>[0] = {}) =>
    scalev.createOrder({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }], createdAt: new Date(s.ctx.clock.now()).toISOString(), ...over });
  const leads = async () => (await api('GET', '/api/leads')).json().items as { id: string; stage: string; order_id: string; sales_person_email: string | null }[];
  const emails = (list: string) => mailketing.subscribers(list).map((x) => x.email);
  const lastEvent = async () => (await api('GET', '/api/events')).json().items[0] as { type: string; status: string; outcome: string };

  it('1. a store with 300 products is fully searchable and pageable, and every sales person is listed', async () => {
    const store = scalev.addStore({ name: 'Toko Tiga Ratus' });
    for (let i = 1; i <= 300; i++) {
      scalev.addProduct(store.id, { name: `Produk Nomor ${String(i).padStart(3, '0')}`, variants: [{ sku: `PN-${i}` }] });
    }
    for (let i = 1; i <= 30; i++) scalev.addSalesPerson(store.id, { fullname: `Sales ${i}`, email: `sales${i}@toko.test` });

    // The last product sits on ScaleV's 12th page: found by name and by its SKU.
    const byName = await api('GET', `/api/scalev/stores/${store.id}/products?search=${encodeURIComponent('nomor 300')}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((p: { name: string }) => p.name)).toEqual(['Produk Nomor 300']);
    const bySku = (await api('GET', `/api/scalev/stores/${store.id}/products?search=PN-277`)).json();
    expect(bySku.items.map((p: { name: string }) => p.name)).toEqual(['Produk Nomor 277']);
    // ScaleV was read page by page once, then the catalogue came from the cache.
    const productCalls = scalev.requests.filter((r) => r.path === `/v3/stores/${store.id}/products`);
    expect(productCalls).toHaveLength(12);

    const names: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await api('GET', `/api/scalev/stores/${store.id}/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...res.json().items.map((p: { name: string }) => p.name));
      cursor = res.json().next_cursor;
      if (cursor === null) break;
    }
    expect(names).toHaveLength(300);
    expect(new Set(names).size).toBe(300);
    expect((await api('GET', `/api/scalev/stores/${store.id}/products?cursor=bogus`)).statusCode).toBe(400);

    const people = (await api('GET', `/api/scalev/stores/${store.id}/sales-people`)).json().items as { email: string }[];
    expect(people).toHaveLength(30);
    expect(people.map((p) => p.email)).toContain('sales30@toko.test');
  });

  it('2. Test Not Closing refuses a lead that is not in Follow Up, naming its stage, and sends nothing', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    scalev.setPaymentStatus(o.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', o);
    await drain();
    const [lead] = await leads();
    expect(lead?.stage).toBe('closing');
    const res = await api('POST', `/api/leads/${lead?.id}/test-not-closing`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', details: { stage: 'closing' } });
    expect(res.json().error.message).toContain('Closing');
    await drain();
    expect((await leads())[0]?.stage).toBe('closing');
    expect(emails(LISTS.notClosing)).toEqual([]);
  });

  it('3. an order.created without handler is fetched from ScaleV when an entry for one sales person could match', async () => {
    await addEntry({ sales_person_email: RIZKY });
    const o = order({ handler: 5522 });
    await scalev.sendWebhook(webhookUrl, 'order.created', o, { omitHandler: true });
    await drain();
    expect(scalev.requests.some((r) => r.path === `/v3/orders/${o.id}`)).toBe(true);
    const [lead] = await leads();
    expect(lead).toMatchObject({ stage: 'follow_up', sales_person_email: RIZKY });
    expect((await lastEvent()).outcome).toMatch(/fetched order .* from ScaleV \(webhook had no handler; ScaleV says handler rizky\.pratama@/);

    // With only an every-sales-person entry there is nothing to learn: no fetch.
    scalev.clearRequests();
    await api('DELETE', `/api/product-lists/${(await api('GET', '/api/product-lists')).json().items[0].id}`);
    await addEntry({ product_id: '88240', product_name: 'Habbatussauda Kapsul' });
    await scalev.sendWebhook(webhookUrl, 'order.created', order({ items: [{ sku: 'HBS-200', quantity: 1 }] }), { omitHandler: true });
    await drain();
    expect(scalev.requests.filter((r) => r.path.startsWith('/v3/orders'))).toEqual([]);
    expect((await lastEvent()).outcome).toMatch(/created in Follow Up/);
  });

  it("4. every chosen variant's SKU is stored and matches", async () => {
    const saved = await addEntry({ product_name: 'Madu Pilihan', skus: ['MDH-SBW-500', 'MDH-SBW-1000'], sku: null });
    expect(saved.skus).toEqual(['MDH-SBW-500', 'MDH-SBW-1000']);
    expect((await api('GET', `/api/product-lists/${saved.id}`)).json()).toMatchObject({ sku: 'MDH-SBW-500', skus: ['MDH-SBW-500', 'MDH-SBW-1000'] });
    await scalev.sendWebhook(webhookUrl, 'order.created', order({ items: [{ sku: 'MDH-SBW-1000', quantity: 1 }] }));
    await drain();
    expect(await leads()).toHaveLength(1);
    expect((await lastEvent()).outcome).toMatch(/matched by sku/);
  });

  it('5. an order.updated with a paid status moves the lead to Closing like the payment event', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    await scalev.sendWebhook(webhookUrl, 'order.updated', o);
    await drain();
    expect((await leads())[0]?.stage).toBe('follow_up');
    scalev.setPaymentStatus(o.orderId, 'settled');
    await scalev.sendWebhook(webhookUrl, 'order.updated', o);
    await drain();
    expect((await leads())[0]?.stage).toBe('closing');
    expect(emails(LISTS.closing)).toEqual([o.customer.email.toLowerCase()]);
  });

  it('10. Mailketing list ids are checked on save: an unknown one is refused by name; an unreachable Mailketing only warns', async () => {
    const unknown = await api('POST', '/api/product-lists', entry({ mailketing_list_closing: '99999' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('mailketing_list_closing');
    expect(unknown.json().error.message).toContain('99999');
    expect((await api('GET', '/api/product-lists')).json().items).toEqual([]);

    mailketing.fail({ match: { path: /viewlist/ }, fault: { kind: 'status', status: 503 } });
    const saved = await api('POST', '/api/product-lists', entry({ mailketing_list_closing: '99999' }));
    expect(saved.statusCode).toBe(201);
    expect(saved.json().warnings).toMatchObject([{ code: 'mailketing_unreachable' }]);
    mailketing.clearFaults();
    const fine = await api('PUT', `/api/product-lists/${saved.json().id}`, entry());
    expect(fine.statusCode).toBe(200);
    expect(fine.json().warnings).toEqual([]);
  });

  it('11. an order.created with an integer data.id, or odd fields the flow does not read, still makes its lead', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o, { dataOverrides: { id: 1_234_567, status: 7, payment_method: { odd: true } } });
    await drain();
    expect(await leads()).toMatchObject([{ order_id: o.orderId, stage: 'follow_up' }]);
    expect((await lastEvent()).status).toBe('processed');
  });
});
