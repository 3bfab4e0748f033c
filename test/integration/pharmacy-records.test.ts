// Purchases read back and exported, a customer's record with medical details only for the roles that serve them (audited), generic education from suggestion to share, and refills in a caller's morning list.
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { sheetFile } from '../helpers/contact-sheets.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const jakarta = (text: string) => Date.parse(`${text}+07:00`);

describe(`pharmacy records (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let base: string;
  let owner: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const call = (method: string, path: string, body?: unknown, headers = owner) =>
    fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const api = async (method: string, path: string, body?: unknown, headers = owner) => {
    const res = await call(method, path, body, headers);
    return { status: res.status, body: (await res.json()) as any };
  };
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 1, leaseMs: 60_000 }).drain();

  it('lists purchases newest first with local-day and customer filters and paging, shows one with its items, exports CSV without medical details', async () => {
    s.ctx.clock.set(jakarta('2026-04-01T00:30')); // still 31 March in UTC
    const a = await api('POST', '/api/customers/quick-purchase', { phone: '081372000001', name: 'Ana', chronic_conditions: 'Asthma', allergies: 'Aspirin', items: [{ medicine_name: 'Salbutamol', brand_name: 'Ventolin', quantity: 1, unit_price: 80000 }] });
    s.ctx.clock.set(jakarta('2026-04-02T10:00'));
    const b = await api('POST', '/api/customers/quick-purchase', { phone: '081372000002', name: 'Bayu', items: [{ medicine_name: 'Paracetamol', quantity: 10, unit_price: 1000, is_generic: true }, { medicine_name: 'Vitamin C', quantity: 2, unit_price: 15000, duration_days: 30 }] });
    s.ctx.clock.set(jakarta('2026-04-03T10:00'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081372000001', items: [{ medicine_name: 'Salbutamol', quantity: 2, unit_price: 80000 }] });

    const all = await api('GET', '/api/customers/purchases');
    expect(all.body.items.map((p: any) => [p.customer_name, p.date, p.total_amount, p.item_count])).toEqual([
      ['Ana', '2026-04-03', 160000, 1],
      ['Bayu', '2026-04-02', 40000, 2],
      ['Ana', '2026-04-01', 80000, 1],
    ]);
    expect(all.body.next_cursor).toBeNull();
    const page1 = await api('GET', '/api/customers/purchases?limit=2');
    const page2 = await api('GET', `/api/customers/purchases?limit=2&cursor=${encodeURIComponent(page1.body.next_cursor)}`);
    expect([...page1.body.items, ...page2.body.items].map((p: any) => p.id)).toEqual(all.body.items.map((p: any) => p.id));
    expect(page2.body.next_cursor).toBeNull();
    expect((await api('GET', '/api/customers/purchases?from_date=2026-04-01&to_date=2026-04-01')).body.items.map((p: any) => p.customer_name)).toEqual(['Ana']);
    expect((await api('GET', `/api/customers/purchases?customer_id=${a.body.customer_id}`)).body.items).toHaveLength(2);

    const bayuPurchase = all.body.items[1];
    const one = await api('GET', `/api/customers/purchases/${bayuPurchase.id}`);
    expect(one.body).toMatchObject({ id: bayuPurchase.id, customer_id: b.body.customer_id, customer_phone: '+6281372000002', total_amount: 40000 });
    expect(one.body.items.map((i: any) => [i.medicine_name, i.quantity, i.unit_price, i.total_amount, i.is_generic, i.duration_days])).toEqual([
      ['Paracetamol', 10, 1000, 10000, true, null],
      ['Vitamin C', 2, 15000, 30000, false, 30],
    ]);
    expect((await api('GET', '/api/customers/purchases/ppu_nope')).status).toBe(404);

    const csv = await call('GET', '/api/customers/purchases/export.csv?from_date=2026-04-01&to_date=2026-04-02');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).not.toContain('Asthma');
    expect(text).not.toContain('Aspirin');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.customer_name, r.date, r.medicine_name, r.item_total, r.is_generic, r.purchase_total])).toEqual([
      ['Bayu', '2026-04-02', 'Paracetamol', '10000', 'true', '40000'],
      ['Bayu', '2026-04-02', 'Vitamin C', '30000', 'false', '40000'],
      ['Ana', '2026-04-01', 'Salbutamol', '80000', 'false', '80000'],
    ]);
    expect((await call('GET', '/api/customers/purchases/export.csv', undefined, await s.tokenFor('staff'))).status).toBe(403);

    // The customer record: medical details for owner and staff (each read audited), omitted for sales.
    const full = await api('GET', `/api/customers/${a.body.customer_id}`, undefined, await s.tokenFor('staff'));
    expect(full.body).toMatchObject({ id: a.body.customer_id, chronic_conditions: 'Asthma', allergies: 'Aspirin', purchase_count: 2 });
    const sales = await api('GET', `/api/customers/${a.body.customer_id}`, undefined, await s.tokenFor('sales'));
    expect(sales.status).toBe(200);
    expect(sales.body).toMatchObject({ id: a.body.customer_id, has_chronic_conditions: true, has_allergies: true });
    expect('chronic_conditions' in sales.body || 'allergies' in sales.body).toBe(false);
    const reads = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'pharmacy_customer.medical_read').execute();
    expect(reads.map((r) => r.subject_id)).toEqual([a.body.customer_id]);
    expect(JSON.stringify(reads)).not.toContain('Asthma');
    // Bayu has none: nothing to audit.
    expect((await api('GET', `/api/customers/${b.body.customer_id}`)).body).toMatchObject({ chronic_conditions: null, allergies: null });
    expect(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'pharmacy_customer.medical_read').execute()).toHaveLength(1);
  });

  it('suggests explaining a known generic in the record and the caller list, records it, tracks the share, and lists refills due for the caller', async () => {
    s.ctx.clock.set(jakarta('2026-05-04T09:00'));
    await api('POST', '/api/customers/staff', { staff_code: 'RINA', name: 'Rina', max_contacts_per_day: 5 });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await sheetFile([['Nama', 'No. HP', 'WhatsApp'], ['Dodi', '0813-7300-0001', 'tidak'], ['Euis', '0813-7300-0002', 'tidak']], 'csv'))], { type: 'text/csv' }), 'kontak.csv');
    await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers: owner, body: form });
    await drain();
    expect((await api('POST', '/api/customers/assign-contacts', undefined, await s.tokenFor('staff'))).status).toBe(403);
    expect((await api('POST', '/api/customers/assign-contacts')).status).toBe(200);
    const contacts = (await api('GET', '/api/customers/contacts?staff_code=RINA')).body.items as any[];
    const dodi = contacts.find((c) => c.name === 'Dodi');
    const euis = contacts.find((c) => c.name === 'Euis');
    await api('POST', `/api/customers/contacts/${dodi.id}/interact`, { staff_code: 'RINA' });
    await api('POST', `/api/customers/contacts/${euis.id}/interact`, { staff_code: 'RINA' });
    // A prospect who never bought cannot be marked.
    expect((await api('POST', `/api/customers/contacts/${dodi.id}/interact`, { staff_code: 'RINA', generic_explained: true })).status).toBe(400);

    // Dodi buys branded Glucophage (its generic, Metformin HCl, is sold here as a generic); Euis a brand on the owner's list.
    s.ctx.clock.set(jakarta('2026-05-05T10:00'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081373000009', items: [{ medicine_name: 'Metformin', generic_name: 'metformin hcl', quantity: 30, unit_price: 3, is_generic: true }] });
    const d = await api('POST', '/api/customers/quick-purchase', { phone: '081373000001', items: [{ medicine_name: 'Glucophage', generic_name: 'Metformin HCl', quantity: 30, unit_price: 5, duration_days: 5 }] });
    const e = await api('POST', '/api/customers/quick-purchase', { phone: '081373000002', items: [{ medicine_name: 'Norvask', brand_name: 'Norvask', quantity: 10, unit_price: 9000 }, { medicine_name: 'Plain Brand', quantity: 1, unit_price: 1000 }] });
    expect((await api('GET', `/api/customers/${e.body.customer_id}`)).body.generic_suggestions).toEqual([]);
    expect((await api('PUT', '/api/settings/pharmacy', { generic_alternatives: [{ medicine_name: 'norvask', generic_name: 'Amlodipine' }] })).status).toBe(200);

    const record = await api('GET', `/api/customers/${d.body.customer_id}`);
    expect(record.body).toMatchObject({ generic_informed_at: null, generic_share: null, generic_suggestions: [{ medicine_name: 'Glucophage', generic_name: 'Metformin HCl', source: 'sold_as_generic' }] });

    // Rina's list on the refill day (5 May + 5 − 3): Dodi's refill and both generic conversations.
    s.ctx.clock.set(jakarta('2026-05-07T08:00'));
    const tasks = await api('GET', '/api/customers/staff/RINA/tasks');
    expect(tasks.status).toBe(200);
    expect(tasks.body.refills).toEqual([
      { id: expect.stringMatching(/^prr_/), customer_id: d.body.customer_id, medicine_name: 'Glucophage', reminder_date: '2026-05-07', notification_sent: false, customer_purchased: false, customer_name: 'Dodi', customer_phone: '+6281373000001' },
    ]);
    expect(tasks.body.generic_education.map((g: any) => [g.customer_name, g.suggestions.map((x: any) => [x.medicine_name, x.generic_name, x.source])]).sort()).toEqual([
      ['Dodi', [['Glucophage', 'Metformin HCl', 'sold_as_generic']]],
      ['Euis', [['Norvask', 'Amlodipine', 'owner_list']]],
    ]);
    expect((await api('GET', '/api/customers/staff/NOBODY/tasks')).status).toBe(404);

    // Rina explains it on a call to Dodi; Euis is recorded through the customer route.
    const explained = await api('POST', `/api/customers/contacts/${dodi.id}/interact`, { staff_code: 'RINA', interaction_type: 'call', generic_explained: true });
    expect(explained.status).toBe(201);
    const marked = await api('POST', `/api/customers/${e.body.customer_id}/generic-informed`, { staff_code: 'RINA' });
    expect(marked.body).toMatchObject({ category: 'generic_informed', generic_informed_at: jakarta('2026-05-07T08:00'), generic_suggestions: [] });
    const after = await api('GET', '/api/customers/staff/RINA/tasks');
    expect(after.body.generic_education).toEqual([]);

    s.ctx.clock.set(jakarta('2026-05-08T10:00'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081373000001', items: [{ medicine_name: 'Metformin', generic_name: 'Metformin HCl', quantity: 30, unit_price: 3, is_generic: true }, { medicine_name: 'Vitamin D', quantity: 1, unit_price: 20000 }] });
    expect((await api('GET', `/api/customers/${d.body.customer_id}`)).body).toMatchObject({ category: 'generic_informed', generic_share: 0.5 });
    expect((await api('GET', '/api/customers/analytics/customer-analytics')).body.generic_adoption).toMatchObject({ generic_informed_customers: 2, informed_generic_share: 0.5 });
    const audits = await t.db.selectFrom('audit_log').select(['subject_id']).where('action', '=', 'pharmacy_customer.generic_informed').execute();
    expect(audits.map((x) => x.subject_id).sort()).toEqual([d.body.customer_id, e.body.customer_id].sort());
  });
});
