import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { createUser } from '../../src/core/auth/users.js';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { assemble } from '../../src/server/assemble.js';
import { modules } from '../../src/modules/registry.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const DAY = 24 * 60 * 60_000;
const LISTS = { followup: '42898', closing: '42899', notClosing: '43010' };
const MADU = { store_id: '1287', store_name: 'Toko Berkah Herbal', product_id: '88231', product_name: 'Madu Hutan Sumbawa' };

describe(`ScaleV × Mailketing lead tiers (${testDialect()})`, () => {
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

  async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = owner) {
    return s.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  const addEntry = async (over: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/product-lists', {
      ...MADU,
      mailketing_list_followup: LISTS.followup,
      mailketing_list_closing: LISTS.closing,
      mailketing_list_not_closing: LISTS.notClosing,
      ...over,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };
  const order = (over: Parameters<ScalevSim['createOrder']>[0] = {}) =>
    scalev.createOrder({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }], createdAt: new Date(s.ctx.clock.now()).toISOString(), ...over });
  const leads = async () => (await api('GET', '/api/leads')).json().items as { id: string; stage: string; order_id: string; customer_email: string }[];
  const emails = (list: string) => mailketing.subscribers(list).map((x) => x.email);
  const lastEvent = async () => (await api('GET', '/api/events')).json().items[0] as { status: string; outcome: string };

  it('Follow Up: a signed order.created makes a lead and sends it to the Follow Up list at once', async () => {
    await addEntry();
    const o = order({ customer: { email: 'Siti.R@Contoh.co.id', name: 'Siti Rahmawati', phone: '081234567890' } });
    const sent = await scalev.sendWebhook(webhookUrl, 'order.created', o);
    expect(sent.status).toBe(200);
    await drain();
    const [lead] = await leads();
    expect(lead).toMatchObject({ stage: 'follow_up', order_id: o.orderId, customer_email: 'siti.r@contoh.co.id' });
    expect(emails(LISTS.followup)).toEqual(['siti.r@contoh.co.id']);
    expect(mailketing.subscribers(LISTS.followup)[0]?.fields).toMatchObject({ first_name: 'Siti Rahmawati' });
    expect((await lastEvent()).outcome).toMatch(/created in Follow Up; sent to Follow Up list 42898/);
    // The same as codes with values, which the dashboard words in the reader's language.
    const { notes } = (await api('GET', '/api/events')).json().items[0];
    expect(notes).toEqual([
      { code: 'lead.matched', values: { product: 'Madu Hutan Sumbawa', rule: 'partial_name' } },
      { code: 'lead.created', values: { stage: 'follow_up', lead_id: lead?.id } },
      { code: 'lead.sent_to_list', values: { stage: 'follow_up', list: LISTS.followup } },
    ]);
    const detail = (await api('GET', `/api/leads/${lead?.id}`)).json();
    expect(detail.timer.at).toBe(Date.parse(o.createdAt) + 7 * DAY);
    expect(detail.history).toMatchObject([{ from: null, to: 'follow_up', actor_type: 'webhook' }]);
    expect(detail.deliveries).toMatchObject([{ provider: 'mailketing', target: LISTS.followup, status: 'sent' }]);
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['order.created']);
  });

  it('Closing: payment becomes paid, the lead moves to Closing, goes to the Closing list, and its timer is cancelled', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    scalev.setPaymentStatus(o.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', o);
    await drain();
    const [lead] = await leads();
    expect(lead?.stage).toBe('closing');
    expect(emails(LISTS.closing)).toEqual([o.customer.email.toLowerCase()]);
    const detail = (await api('GET', `/api/leads/${lead?.id}`)).json();
    expect(detail.timer).toBeNull();
    s.ctx.clock.advance(8 * DAY);
    await drain();
    expect((await leads())[0]?.stage).toBe('closing');
    expect(emails(LISTS.notClosing)).toEqual([]);
  });

  it('Not Closing by timer: at its exact due time, not a moment before', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    s.ctx.clock.advance(7 * DAY - 1);
    await drain();
    expect((await leads())[0]?.stage).toBe('follow_up');
    s.ctx.clock.advance(1);
    await drain();
    expect((await leads())[0]?.stage).toBe('not_closing');
    expect(emails(LISTS.notClosing)).toEqual([o.customer.email.toLowerCase()]);
  });

  it('Not Closing by the Test button, and a person may move it back with a reason (audited)', async () => {
    await addEntry();
    await scalev.sendWebhook(webhookUrl, 'order.created', order());
    await drain();
    const [lead] = await leads();
    const res = await api('POST', `/api/leads/${lead?.id}/test-not-closing`);
    expect(res.json()).toMatchObject({ lead: { stage: 'not_closing' } });
    expect(res.json().notes).toEqual([
      { code: 'lead.moved', values: { from: 'follow_up', to: 'not_closing' } },
      { code: 'lead.sent_to_list', values: { stage: 'not_closing', list: LISTS.notClosing } },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().lead.stage).toBe('not_closing');
    await drain();
    expect(emails(LISTS.notClosing)).toHaveLength(1);

    const noReason = await api('POST', `/api/leads/${lead?.id}/move`, { stage: 'follow_up' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('reason');
    const back = await api('POST', `/api/leads/${lead?.id}/move`, { stage: 'follow_up', reason: 'customer promised to pay on Friday' });
    expect(back.statusCode).toBe(200);
    expect(back.json().lead.stage).toBe('follow_up');
    const audit = (await api('GET', `/api/audit?subject_id=${lead?.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['lead.move', 'stage.override']));

    // The lead's history names the person who moved it by hand; a move through an API token stays unnamed.
    await createUser(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, name: 'Sari', email: 'sari@example.test', password: 'correct horse battery staple', role: 'sales', actor: { type: 'system' } });
    const login = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'sari@example.test', password: 'correct horse battery staple' } });
    const session = { cookie: `lc_session=${login.cookies.find((c) => c.name === 'lc_session')?.value ?? ''}`, 'x-csrf-token': login.json().csrf_token };
    expect((await api('POST', `/api/leads/${lead?.id}/move`, { stage: 'closing', reason: 'paid by bank transfer' }, session)).statusCode).toBe(200);
    const history = (await api('GET', `/api/leads/${lead?.id}`)).json().history as { to: string; actor_type: string; actor_name: string | null }[];
    expect(history.filter((h) => h.actor_type !== 'webhook' && h.actor_type !== 'system').map((h) => [h.to, h.actor_type, h.actor_name])).toEqual(
      expect.arrayContaining([['closing', 'user', 'Sari'], ['follow_up', 'token', null]]),
    );
  });

  it('a duplicate webhook is acknowledged and has no second effect; a bad signature is refused', async () => {
    await addEntry();
    const first = await scalev.sendWebhook(webhookUrl, 'order.created', order());
    const again = await scalev.redeliver(first);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body).status).toBe('duplicate');
    await drain();
    expect(await leads()).toHaveLength(1);
    expect(mailketing.subscribers(LISTS.followup)[0]?.adds).toBe(1);

    const forged = await scalev.sendWebhook(webhookUrl, 'order.created', order(), { signingSecret: 'guessed' });
    expect(forged.status).toBe(401);
    await drain();
    expect(await leads()).toHaveLength(1);
  });

  it('answers ScaleV\'s business.test_event handshake with 200', async () => {
    const res = await scalev.sendWebhook(webhookUrl, 'business.test_event');
    expect(res.status).toBe(200);
    await drain();
    expect((await lastEvent()).outcome).toContain('webhook works');
  });

  it('sales-person filter: the matching handler (any letter case) makes a lead; another is logged as a mismatch', async () => {
    await addEntry({ sales_person_id: '5521', sales_person_name: 'Dewi Lestari', sales_person_email: 'DEWI.LESTARI@tokoberkahherbal.co.id' });
    await scalev.sendWebhook(webhookUrl, 'order.created', order({ handler: 'dewi.lestari@tokoberkahherbal.co.id' }));
    await drain();
    expect(await leads()).toHaveLength(1);
    await scalev.sendWebhook(webhookUrl, 'order.created', order({ handler: 'rizky.pratama@tokoberkahherbal.co.id' }));
    await drain();
    expect(await leads()).toHaveLength(1);
    expect(await lastEvent()).toMatchObject({
      status: 'skipped',
      outcome: 'sales person mismatch: got rizky.pratama@tokoberkahherbal.co.id, want dewi.lestari@tokoberkahherbal.co.id',
    });
  });

  it('records "no product matched" for an order of a product with no entry', async () => {
    await addEntry();
    const coffee = scalev.createOrder({ storeId: 1302, createdAt: new Date(s.ctx.clock.now()).toISOString() });
    await scalev.sendWebhook(webhookUrl, 'order.created', coffee);
    await drain();
    expect(await lastEvent()).toMatchObject({ status: 'skipped', outcome: 'no product matched' });
  });

  it('paid before created: fetches the order from ScaleV and ends with one correct lead in Closing', async () => {
    await addEntry();
    const o = order();
    scalev.setPaymentStatus(o.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', o);
    await drain();
    const [lead] = await leads();
    expect(lead?.stage).toBe('closing');
    expect(emails(LISTS.closing)).toEqual([o.customer.email.toLowerCase()]);
    expect(emails(LISTS.followup)).toEqual([]);
    expect((await lastEvent()).outcome).toMatch(/fetched order .* from ScaleV/);
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    expect(await leads()).toHaveLength(1);
    expect((await leads())[0]?.stage).toBe('closing');
  });

  it('Mailketing answers 5xx, then recovers: the lead is delivered exactly once', async () => {
    await addEntry();
    mailketing.fail({ match: { path: /addsubtolist/ }, times: 3, fault: { kind: 'status', status: 503 } });
    await scalev.sendWebhook(webhookUrl, 'order.created', order());
    for (let i = 0; i < 6; i++) {
      await drain();
      s.ctx.clock.advance(10 * 60_000);
    }
    const sub = mailketing.subscribers(LISTS.followup);
    expect(sub).toHaveLength(1);
    expect(sub[0]?.adds).toBe(1);
    const d = (await api('GET', '/api/deliveries')).json().items[0];
    expect(d).toMatchObject({ status: 'sent', attempts: 4 });
  });

  it('Mailketing down past the last attempt: the delivery is dead and visible, and a manual retry sends it', async () => {
    await addEntry();
    mailketing.fail({ match: { path: /addsubtolist/ }, fault: { kind: 'status', status: 500 } });
    await scalev.sendWebhook(webhookUrl, 'order.created', order());
    for (let i = 0; i < 15; i++) {
      await drain();
      s.ctx.clock.advance(2 * 60 * 60_000);
    }
    const dead = (await api('GET', '/api/deliveries?status=dead')).json().items;
    expect(dead).toHaveLength(1);
    expect((await leads())[0]?.stage).toBe('follow_up');
    mailketing.clearFaults();
    expect((await api('POST', `/api/deliveries/${dead[0].id}/retry`)).statusCode).toBe(200);
    await drain();
    expect(mailketing.subscribers(LISTS.followup)).toHaveLength(1);
  });

  it('a delay changed while leads wait applies to them (P7D → P3D), and PT30S works', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    const res = await api('PUT', '/api/settings/scalev-mailketing', { not_closing_after: 'P3D' });
    expect(res.json().not_closing_after).toBe('P3D');
    await drain();
    s.ctx.clock.advance(3 * DAY);
    await drain();
    expect((await leads())[0]?.stage).toBe('not_closing');

    await api('PUT', '/api/settings/scalev-mailketing', { not_closing_after: 'PT30S' });
    const quick = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', quick);
    await drain();
    s.ctx.clock.advance(30_000);
    await drain();
    expect((await leads()).find((l) => l.order_id === quick.orderId)?.stage).toBe('not_closing');
  });

  it('reconciliation heals a paid webhook that never came, and logs it as healed', async () => {
    await addEntry();
    const o = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    scalev.setPaymentStatus(o.orderId, 'paid');
    s.ctx.clock.advance(4 * 60 * 60_000);
    await enqueueJob(s.ctx, s.ctx.workspace.id, 'scalev-leads.reconcile', {});
    await drain();
    const [lead] = await leads();
    expect(lead?.stage).toBe('closing');
    const audit = (await api('GET', `/api/audit?subject_id=${lead?.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('lead.healed');
    expect(emails(LISTS.closing)).toHaveLength(1);
  });

  it('product lists: validation names the field, and a duplicate entry is refused', async () => {
    const bad = await api('POST', '/api/product-lists', { ...MADU, mailketing_list_followup: '', mailketing_list_closing: 'x', mailketing_list_not_closing: 'y' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('mailketing_list_followup');
    await addEntry();
    const dup = await api('POST', '/api/product-lists', { ...MADU, mailketing_list_followup: LISTS.followup, mailketing_list_closing: LISTS.notClosing, mailketing_list_not_closing: LISTS.closing });
    expect(dup.statusCode).toBe(409);
    const other = await addEntry({ sales_person_email: 'dewi.lestari@tokoberkahherbal.co.id' });
    expect((await api('DELETE', `/api/product-lists/${other.id}`)).statusCode).toBe(204);
  });

  it('proxies ScaleV stores, products and sales people and Mailketing lists; a rejected or missing key says so', async () => {
    const stores = (await api('GET', '/api/scalev/stores')).json();
    expect(stores.items.map((x: { name: string }) => x.name)).toContain('Toko Berkah Herbal');
    const products = (await api('GET', '/api/scalev/stores/1287/products?search=madu')).json();
    expect(products.items[0].variants.map((v: { sku: string }) => v.sku)).toContain('MDH-SBW-500');
    const people = (await api('GET', '/api/scalev/stores/1287/sales-people')).json();
    expect(people.items.map((p: { email: string }) => p.email)).toContain('dewi.lestari@tokoberkahherbal.co.id');
    const lists = (await api('GET', '/api/mailketing/lists')).json();
    expect(lists.items).toContainEqual({ id: '42898', name: 'Follow Up - Madu Hutan Sumbawa' });
    expect((await api('POST', '/api/settings/test/scalev')).json().ok).toBe(true);
    expect((await api('POST', '/api/settings/test/mailketing')).json().ok).toBe(true);

    await api('PUT', '/api/settings/scalev-mailketing', { scalev_api_key: 'sk_wrong', mailketing_api_token: null });
    const rejected = await api('POST', '/api/settings/test/scalev');
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.message).toMatch(/ScaleV rejected the API key/);
    const missing = await api('POST', '/api/settings/test/mailketing');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/Mailketing API token is not set/);
  });

  it('settings are masked on read and encrypted at rest', async () => {
    const res = (await api('GET', '/api/settings/scalev-mailketing')).json();
    expect(res.scalev_api_key).toMatch(/^••••••/);
    expect(JSON.stringify(res)).not.toContain(scalev.apiKey);
    expect(res.webhook_url).toBe('http://127.0.0.1:3000/webhooks/scalev');
    const row = await t.db.selectFrom('settings').selectAll().where('namespace', '=', 'scalev-mailketing').executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(scalev.apiKey);
    expect(JSON.stringify(row)).not.toContain(mailketing.apiToken);
  });

  it('stats count leads per stage, per product and per sales person, with the conversion rate', async () => {
    await addEntry();
    const paid = order({ handler: 'dewi.lestari@tokoberkahherbal.co.id' });
    await scalev.sendWebhook(webhookUrl, 'order.created', paid);
    await scalev.sendWebhook(webhookUrl, 'order.created', order({ handler: 'rizky.pratama@tokoberkahherbal.co.id' }));
    await drain();
    scalev.setPaymentStatus(paid.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', paid);
    await drain();
    const stats = (await api('GET', '/api/scalev-leads/stats')).json();
    expect(stats.counts).toEqual({ follow_up: 1, closing: 1, not_closing: 0 });
    expect(stats.conversion_rate).toBe(0.5);
    expect(stats.per_product).toMatchObject([{ product_name: 'Madu Hutan Sumbawa', follow_up: 1, closing: 1 }]);
    expect(stats.per_sales_person).toEqual(
      expect.arrayContaining([expect.objectContaining({ sales_person_email: 'dewi.lestari@tokoberkahherbal.co.id', closing: 1 })]),
    );
    expect(stats.recent).toHaveLength(2);
    const daily = (await api('GET', '/api/scalev-leads/daily?days=7')).json().days;
    expect(daily).toHaveLength(7);
    // Today in Jakarta (UTC+7), wherever earlier tests moved the clock.
    const today = new Date(s.ctx.clock.now() + 7 * 60 * 60_000).toISOString().slice(0, 10);
    expect(daily.at(-1)).toMatchObject({ date: today, follow_up: 1, closing: 1, not_closing: 0 });
    expect(daily[0]).toMatchObject({ follow_up: 0, closing: 0, not_closing: 0 });
  });

  it("money: each lead keeps its order's net revenue in rupiah, summed per stage, per product and per day", async () => {
    await addEntry();
    const paid = order({ items: [{ sku: 'MDH-SBW-500', quantity: 2 }] });
    const waiting = order();
    await scalev.sendWebhook(webhookUrl, 'order.created', paid);
    await scalev.sendWebhook(webhookUrl, 'order.created', waiting);
    await drain();
    scalev.setPaymentStatus(paid.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', paid);
    await drain();
    const net = (o: typeof paid) => Math.round(Number(scalev.webhookData('order.created', o)['net_revenue']) * 100);
    const all = (await api('GET', '/api/leads')).json().items as { order_id: string; amount_cents: number; currency: string }[];
    expect(all.find((l) => l.order_id === paid.orderId)).toMatchObject({ amount_cents: net(paid), currency: 'IDR' });
    // Two jars at Rp 125.000 less the unique-code discount: the lead is worth what ScaleV says the order is.
    expect(net(paid)).toBeGreaterThan(net(waiting));

    const stats = (await api('GET', '/api/scalev-leads/stats')).json();
    expect(stats.currency).toBe('IDR');
    expect(stats.value_cents).toEqual({ closing: net(paid), follow_up: net(waiting), not_closing: 0 });
    expect(stats.per_product).toMatchObject([{ product_name: 'Madu Hutan Sumbawa', value_cents: { closing: net(paid), follow_up: net(waiting), not_closing: 0 } }]);

    // The timer moves the waiting lead to Not Closing: its value moves from "at risk" to "lost".
    s.ctx.clock.advance(8 * 24 * 60 * 60_000);
    await drain();
    const later = (await api('GET', '/api/scalev-leads/stats')).json();
    expect(later.value_cents).toEqual({ closing: net(paid), follow_up: 0, not_closing: net(waiting) });
    const days = (await api('GET', '/api/scalev-leads/daily?days=30')).json();
    expect(days.currency).toBe('IDR');
    const summed = days.days.reduce((sum: { closing: number; not_closing: number }, d: { value_cents: { closing: number; not_closing: number } }) => ({ closing: sum.closing + d.value_cents.closing, not_closing: sum.not_closing + d.value_cents.not_closing }), { closing: 0, not_closing: 0 });
    expect(summed).toEqual({ closing: net(paid), not_closing: net(waiting) });
  });

  it('exports the filtered leads as CSV, streamed page by page past the first 500', async () => {
    const entry = await addEntry();
    const now = s.ctx.clock.now();
    // 1,203 leads written straight to the table (the flow is tested above): the export must page through them all.
    const rows = Array.from({ length: 1203 }, (_, i) => ({
      id: `lead_${String(i).padStart(8, '0')}`, workspace_id: '', contact_id: null, product_list_id: entry.id,
      order_id: `ORD${i}`, order_pk: null, store_name: 'Toko Berkah Herbal', product_name: 'Madu Hutan Sumbawa',
      customer_name: i === 7 ? 'Siti "Ica", Rahmawati' : `Pelanggan ${i}`, customer_email: `p${i}@contoh.co.id`, customer_phone: null,
      sales_person_name: null, sales_person_email: null, amount_cents: 24_981_300 + i, currency: 'IDR',
      stage: i % 3 === 0 ? 'closing' : 'follow_up', mailketing_list_id: null, search_text: `p${i}`,
      order_created_at: now - i, paid_at: null, not_closing_at: null, expires_at: null, last_checked_at: null, created_at: now - i, updated_at: now - i,
    }));
    const ws = (await (t.db as any).selectFrom('workspaces').select('id').executeTakeFirstOrThrow()).id as string;
    for (let k = 0; k < rows.length; k += 200) await (t.db as any).insertInto('scalev_leads').values(rows.slice(k, k + 200).map((r) => ({ ...r, workspace_id: ws }))).execute();

    const res = await api('GET', '/api/leads/export.csv?stage=closing');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="leads.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('id,stage,order_id,product_name,store_name,customer_name,customer_email,customer_phone,sales_person_name,sales_person_email,amount,currency,order_created_at,paid_at,not_closing_at');
    // Every closing lead (one in three of 1,203), newest first, none twice.
    expect(lines).toHaveLength(1 + 401);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(401);
    expect(lines[1]).toMatch(/^lead_00000000,closing,ORD0,Madu Hutan Sumbawa,Toko Berkah Herbal,Pelanggan 0,p0@contoh.co.id,,,,249813.00,IDR,/);
    const all = (await api('GET', '/api/leads/export.csv')).body;
    expect(all).toContain('"Siti ""Ica"", Rahmawati"');
    expect((await api('GET', '/api/leads/export.csv?stage=lost')).statusCode).toBe(400);
    expect((await api('GET', '/api/leads/export.csv', undefined, {})).statusCode).toBe(401);
  });

  it('money: an order of two listed products gives each lead its own line value', async () => {
    await addEntry();
    await addEntry({ product_id: '88240', product_name: 'Habbatussauda Kapsul' });
    const o = order({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }, { sku: 'HBS-100', quantity: 2 }] });
    await scalev.sendWebhook(webhookUrl, 'order.created', o);
    await drain();
    const all = (await api('GET', '/api/leads')).json().items as { product_name: string; amount_cents: number }[];
    expect(Object.fromEntries(all.map((l) => [l.product_name, l.amount_cents]))).toEqual({ 'Madu Hutan Sumbawa': 125_000_00, 'Habbatussauda Kapsul': 2 * 65_000_00 });
  });
});
