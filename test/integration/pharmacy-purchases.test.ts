// The seed's journey with a fake clock: contact sheet → call → visit and quick purchase (conversion, credit) → refill reminder on day 27 in business hours (on the caller's list that morning) → repeat customer, and the figures that show it; plus totals, repurchase cancelling a reminder, send-now and sealed medical details.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { inTransaction } from '../../src/db/transaction.js';
import { sendDueRefills } from '../../src/modules/pharmacy/customers/flow.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { sheetFile } from '../helpers/contact-sheets.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const KEY = 'pharmacy_refill_key_77aa';
const jakarta = (text: string) => Date.parse(`${text}+07:00`);
const metformin = { medicine_name: 'Metformin', brand_name: 'Glucophage', generic_name: 'Metformin HCl', quantity: 30, unit_price: 5.0, total_amount: 150.0, is_generic: false, is_prescription: true, duration_days: 30 };

describe(`pharmacy purchases and refills (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let sim: WahaSim;
  let base: string;
  let owner: Record<string, string>;

  beforeAll(async () => {
    sim = await startWahaSim({ apiKey: KEY, unknownNumbers: 'inactive' });
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
      workspaceId: s.ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: sim.url, session: 'default' },
      secrets: { api_key: KEY },
      actor: { type: 'system', id: 'test' },
    });
    s.ctx.clock.set(jakarta('2026-01-05T09:00'));
  });
  afterAll(async () => {
    await s.app.close();
    await sim.close();
    await t.destroy();
  });

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...owner, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 2, leaseMs: 60_000 }).drain();

  it('walks the seed journey: sheet, call, purchase with conversion credit, refill on day 27 in business hours, repeat customer', async () => {
    // Day 1: the sheet (John has no WhatsApp), the shop's hours, Jane on the phones.
    expect((await api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '17:00' } })).status).toBe(200);
    await api('POST', '/api/customers/staff', { staff_code: 'STAFF001', name: 'Jane Smith', phone: '9876543210', max_contacts_per_day: 20 });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await sheetFile([['Nama', 'No. HP', 'WhatsApp'], ['John Doe', '0813-7000-0001', 'tidak']], 'csv'))], { type: 'text/csv' }), 'kontak.csv');
    expect((await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers: owner, body: form })).status).toBe(202);
    await drain();

    // Day 2: Jane's list, her call.
    s.ctx.clock.set(jakarta('2026-01-06T08:30'));
    await api('POST', '/api/customers/assign-contacts');
    const tasks = await api('GET', '/api/customers/staff/STAFF001/tasks');
    const john = tasks.body.contacts[0];
    expect(john).toMatchObject({ name: 'John Doe', phone: '+6281370000001' });
    await api('POST', `/api/customers/contacts/${john.id}/interact`, { staff_code: 'STAFF001', interaction_type: 'call', notes: 'Interested in diabetes medicines', customer_response: 'Will visit tomorrow' });

    // Day 3: John walks in; staff look him up first, typing the number their way.
    s.ctx.clock.set(jakarta('2026-01-07T11:00'));
    const lookup = await api('GET', '/api/customers/phone/0813%207000%200001');
    expect(lookup.body).toMatchObject({ phone: '+6281370000001', customer: null, contact: { id: john.id, status: 'contacted', last_staff_code: 'STAFF001' } });
    const bad = await api('POST', '/api/customers/quick-purchase', { phone: '081370000001', items: [{ ...metformin, total_amount: 140 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.items.0.total_amount');
    expect(bad.body.error.message).toContain('Metformin');
    expect((await api('POST', '/api/customers/quick-purchase', { phone: '12', items: [metformin] })).body.error.message).toContain('body.phone');

    const bought = await api('POST', '/api/customers/quick-purchase', {
      phone: '081370000001',
      name: 'John Doe',
      category: 'contact_sheet',
      age: 45,
      gender: 'Male',
      address: '123 Main St',
      chronic_conditions: 'Diabetes, Hypertension',
      allergies: 'Penicillin',
      items: [metformin],
    });
    expect(bought.status).toBe(200);
    expect(bought.body).toEqual({
      customer_id: expect.stringMatching(/^pcu_/),
      is_new_customer: true,
      is_repeat_customer: false,
      total_amount: 150,
      refill_reminders_scheduled: 1,
      message: 'Purchase recorded successfully',
    });
    const customerId = bought.body.customer_id;
    const converted = (await api('GET', `/api/customers/contacts/${john.id}`)).body;
    expect(converted).toMatchObject({ status: 'converted', conversion_value: 150, converted_by_staff_code: 'STAFF001', customer_id: customerId });
    // Medical details are sealed at rest: the table never holds them in plain text.
    const row = await t.db.selectFrom('pharmacy_customers').selectAll().where('id', '=', customerId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('Diabetes');
    expect(JSON.stringify(row)).not.toContain('Penicillin');
    expect(s.ctx.secrets.open(row.chronic_conditions_sealed!)).toBe('Diabetes, Hypertension');
    expect((await api('GET', '/api/customers/phone/+6281370000001')).body.customer).toMatchObject({ id: customerId, category: 'contact_sheet', has_chronic_conditions: true, has_allergies: true, purchase_count: 1 });

    // The reminder is for purchase day + 30 − 3: 3 February, local time.
    expect(await api('GET', '/api/customers/reminders/pending?days_ahead=3')).toMatchObject({ body: [] });
    const ahead = await api('GET', '/api/customers/reminders/pending?days_ahead=30');
    expect(ahead.body).toEqual([
      { id: expect.stringMatching(/^prr_/), customer_id: customerId, medicine_name: 'Metformin', reminder_date: '2026-02-03', notification_sent: false, customer_purchased: false, customer_name: 'John Doe', customer_phone: '+6281370000001' },
    ]);

    // Day 27 after the purchase: due at the start of the day, sent at the 08:00 opening, once.
    sim.clearRecords();
    s.ctx.clock.set(jakarta('2026-02-03T00:30'));
    // Jane, who brought him in, sees his refill on her list that morning.
    expect((await api('GET', '/api/customers/staff/STAFF001/tasks')).body.refills).toEqual([
      expect.objectContaining({ customer_id: customerId, medicine_name: 'Metformin', reminder_date: '2026-02-03', customer_name: 'John Doe', customer_phone: '+6281370000001' }),
    ]);
    await drain();
    expect(sim.messages).toHaveLength(0);
    s.ctx.clock.set(jakarta('2026-02-03T08:00'));
    await drain();
    await drain();
    expect(sim.messages).toHaveLength(1);
    expect(sim.messages[0]).toMatchObject({ chatId: '6281370000001@c.us' });
    expect(sim.messages[0]?.text).toContain('Halo John Doe');
    expect(sim.messages[0]?.text).toContain('Metformin');
    expect((await api('GET', '/api/customers/reminders/pending?days_ahead=30')).body).toEqual([]);

    // He comes back: a repeat customer, a regular branded buyer now, and a new reminder.
    s.ctx.clock.set(jakarta('2026-02-04T10:00'));
    const again = await api('POST', '/api/customers/quick-purchase', { phone: '+62 813-7000-0001', items: [metformin] });
    expect(again.body).toMatchObject({ customer_id: customerId, is_new_customer: false, is_repeat_customer: true, total_amount: 150, refill_reminders_scheduled: 1 });
    expect((await api('GET', '/api/customers/phone/081370000001')).body.customer).toMatchObject({ category: 'regular_branded', purchase_count: 2, total_spent: 300, name: 'John Doe' });
    await drain();
    expect(sim.messages).toHaveLength(1);

    // The figures tell the same story: Jane's call converted him, the reminder went on day 27, he came back.
    expect((await api('GET', '/api/customers/analytics/daily-summary?target_date=2026-02-03')).body).toMatchObject({ reminders_sent: 1, purchases: 0 });
    expect((await api('GET', '/api/customers/analytics/daily-summary?target_date=2026-02-04')).body).toMatchObject({ purchases: 1, amount: 150, new_customers: 0, repeat_customers: 1 });
    const report = await api('GET', '/api/customers/analytics/conversion-report?start_date=2026-01-05&end_date=2026-02-04');
    expect(report.body).toMatchObject({ contacts: { total: 1, by_status: { converted: 1 } }, converted: { count: 1, value: 150 } });
    expect(report.body.by_staff).toEqual([expect.objectContaining({ staff_code: 'STAFF001', calls_made: 1, contacts_reached: 1, conversions: 1, conversion_value: 150, conversion_rate: 1 })]);
    expect((await api('GET', '/api/customers/analytics/customer-analytics')).body).toMatchObject({ total_customers: 1, by_category: { regular_branded: 1 }, conversion: { repeat_customers: 1 } });
  });

  it('buying the medicine again cancels its waiting reminder; send-now sends once, even outside business hours', async () => {
    s.ctx.clock.set(jakarta('2026-03-02T20:00'));
    const amlodipine = { medicine_name: 'Amlodipine', quantity: 10, unit_price: 2500, is_generic: true, duration_days: 10 };
    const vitamin = { medicine_name: 'Vitamin C', quantity: 1, unit_price: 15000, duration_days: 30 };
    const first = await api('POST', '/api/customers/quick-purchase', { phone: '0813-7000-0002', name: 'Sari', items: [amlodipine, vitamin] });
    expect(first.body).toMatchObject({ is_new_customer: true, refill_reminders_scheduled: 2, total_amount: 40000 });
    expect((await api('GET', '/api/customers/phone/081370000002')).body.customer.category).toBe('first_time_prescription');
    const pending = (await api('GET', '/api/customers/reminders/pending?days_ahead=40')).body as any[];
    const mine = pending.filter((r) => r.customer_id === first.body.customer_id);
    expect(mine.map((r) => [r.medicine_name, r.reminder_date])).toEqual([
      ['Amlodipine', '2026-03-09'],
      ['Vitamin C', '2026-03-29'],
    ]);

    s.ctx.clock.set(jakarta('2026-03-05T10:00'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081370000002', items: [{ ...amlodipine, duration_days: null }] });
    const left = ((await api('GET', '/api/customers/reminders/pending?days_ahead=40')).body as any[]).filter((r) => r.customer_id === first.body.customer_id);
    expect(left.map((r) => r.medicine_name)).toEqual(['Vitamin C']);
    const cancelled = await t.db.selectFrom('pharmacy_refill_reminders').selectAll().where('medicine_name', '=', 'Amlodipine').executeTakeFirstOrThrow();
    expect(cancelled).toMatchObject({ customer_purchased: 1, notification_sent: 0 });

    // Send now at 21:00, after closing: a person asked, so it goes; a second press sends nothing.
    s.ctx.clock.set(jakarta('2026-03-05T21:00'));
    sim.clearRecords();
    const vitaminId = left[0].id;
    const now = await api('POST', `/api/customers/reminders/${vitaminId}/notify`);
    expect(now.body).toMatchObject({ sent: true, reminder: { id: vitaminId, notification_sent: true }, delivery_id: expect.stringMatching(/^dlv_/) });
    await drain();
    expect(sim.messages.map((m) => m.text)).toEqual([expect.stringContaining('Vitamin C')]);
    const twice = await api('POST', `/api/customers/reminders/${vitaminId}/notify`);
    expect(twice.body).toMatchObject({ sent: false, delivery_id: now.body.delivery_id });
    // Its own day comes and nothing more is sent to her (John's next Metformin reminder, due 3 March, goes now).
    s.ctx.clock.set(jakarta('2026-03-29T09:00'));
    await drain();
    await drain();
    expect(sim.messages.filter((m) => m.chatId === '6281370000002@c.us')).toHaveLength(1);
    expect(sim.messages.filter((m) => m.chatId === '6281370000001@c.us').map((m) => m.text)).toEqual([expect.stringContaining('Metformin')]);
    expect((await api('POST', '/api/customers/reminders/prr_nope/notify')).status).toBe(404);
  });
  it("sends a day's refills set-based, a page of customers per transaction: one message each naming every medicine due, nobody twice", async () => {
    // Four customers buy after closing; each supply lasts 3 days, so the reminders fall due that same day.
    s.ctx.clock.set(jakarta('2026-04-09T18:00'));
    const supply = (medicine_name: string) => ({ medicine_name, quantity: 3, unit_price: 1000, is_generic: true, duration_days: 3 });
    const phones = ['081371000001', '081371000002', '081371000003', '081371000004'];
    for (const [i, phone] of phones.entries()) {
      const bought = await api('POST', '/api/customers/quick-purchase', { phone, name: `Pembeli ${i + 1}`, items: i === 0 ? [supply('Captopril'), supply('Simvastatin')] : [supply('Captopril')] });
      expect(bought.body.refill_reminders_scheduled).toBe(i === 0 ? 2 : 1);
    }
    const waiting = new Set(((await api('GET', '/api/customers/reminders/pending?days_ahead=0')).body as any[]).map((r) => r.customer_id)).size;
    expect(waiting).toBeGreaterThanOrEqual(phones.length);
    // Two customers per page: full pages until the last, then nothing is left.
    const page = () => inTransaction(s.ctx.db, (trx) => sendDueRefills(trx, s.ctx, { workspaceId: s.ctx.workspace.id, day: '2026-04-09', limit: 2 }));
    const pages: number[] = [];
    for (let taken = 2; taken === 2; ) pages.push((taken = await page()));
    expect(pages.reduce((a, b) => a + b, 0)).toBe(waiting);
    expect(pages.slice(0, -1).every((n) => n === 2)).toBe(true);
    expect(await page()).toBe(0);
    expect((await api('GET', '/api/customers/reminders/pending?days_ahead=0')).body).toEqual([]);

    // At the opening each gets one message (the day's own job, run too, finds nothing more to send).
    sim.clearRecords();
    s.ctx.clock.set(jakarta('2026-04-10T08:00'));
    await drain();
    await drain();
    for (const phone of phones) expect(sim.messages.filter((m) => m.chatId === `62${phone.slice(1)}@c.us`)).toHaveLength(1);
    expect(sim.messages.find((m) => m.chatId === '6281371000001@c.us')?.text).toMatch(/^Halo Pembeli 1,.*Captopril dan Simvastatin/);
    expect(new Set(sim.messages.map((m) => m.chatId)).size).toBe(sim.messages.length);
  });
});

