// The pharmacy figures over a small week in Jakarta: conversion report (per status, per staff member, per sheet), customer figures (categories, top medicines, generic adoption) and daily summaries counted in local days, never showing a medical detail.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { sheetFile } from '../helpers/contact-sheets.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const jakarta = (text: string) => Date.parse(`${text}+07:00`);

describe(`pharmacy analytics (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let base: string;
  let owner: Record<string, string>;
  const seen: string[] = [];

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

  const api = async (method: string, path: string, body?: unknown, headers = owner) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    seen.push(text);
    return { status: res.status, body: JSON.parse(text) as any };
  };
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 1, leaseMs: 60_000 }).drain();

  it('counts a week of calls, conversions and purchases in local days', async () => {
    // Monday: two callers, a sheet of four people without WhatsApp, handed out two each.
    s.ctx.clock.set(jakarta('2026-01-05T09:00'));
    await api('POST', '/api/customers/staff', { staff_code: 'STAFF001', name: 'Jane', max_contacts_per_day: 5 });
    await api('POST', '/api/customers/staff', { staff_code: 'STAFF002', name: 'Rudi', max_contacts_per_day: 5 });
    const rows = [['Daftar pelanggan'], ['Nama', 'No. HP', 'WhatsApp'], ['Ani', '0813-7100-0001', 'tidak'], ['Budi', '0813-7100-0002', 'tidak'], ['Citra', '0813-7100-0003', 'tidak'], ['Dewi', '0813-7100-0004', 'tidak']];
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await sheetFile(rows, 'csv'))], { type: 'text/csv' }), 'kontak.csv');
    const upload = (await (await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers: owner, body: form })).json()) as { upload_id: string };
    await drain();
    await api('POST', '/api/customers/assign-contacts');
    const contacts = (await api('GET', '/api/customers/contacts?limit=10')).body.items as { id: string; name: string }[];
    const id = (name: string) => contacts.find((c) => c.name === name)!.id;

    // Tuesday: Jane calls Ani and Budi and messages Ani; Rudi calls Citra.
    s.ctx.clock.set(jakarta('2026-01-06T10:00'));
    await api('POST', `/api/customers/contacts/${id('Ani')}/interact`, { staff_code: 'STAFF001', interaction_type: 'call', call_successful: true });
    await api('POST', `/api/customers/contacts/${id('Budi')}/interact`, { staff_code: 'STAFF001', interaction_type: 'call', call_successful: false });
    await api('POST', `/api/customers/contacts/${id('Ani')}/interact`, { staff_code: 'STAFF001', interaction_type: 'whatsapp' });
    await api('POST', `/api/customers/contacts/${id('Citra')}/interact`, { staff_code: 'STAFF002', interaction_type: 'call' });

    // Wednesday 00:30 in Jakarta (still Tuesday in UTC): Ani buys. Later Citra (with medical details) and a walk-in.
    s.ctx.clock.set(jakarta('2026-01-07T00:30'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081371000001', items: [{ medicine_name: 'Metformin', generic_name: 'Metformin HCl', quantity: 30, unit_price: 5, duration_days: 30 }] });
    s.ctx.clock.set(jakarta('2026-01-07T15:00'));
    const citra = await api('POST', '/api/customers/quick-purchase', {
      phone: '081371000003',
      chronic_conditions: 'Diabetes, Hypertension',
      allergies: 'Penicillin',
      items: [{ medicine_name: 'Amlodipine', quantity: 10, unit_price: 2500, is_generic: true, duration_days: 10 }],
    });
    s.ctx.clock.set(jakarta('2026-01-07T16:00'));
    await api('POST', '/api/customers/quick-purchase', { phone: '081371000009', name: 'Eko', items: [{ medicine_name: 'metformin', quantity: 20, unit_price: 5 }] });

    // Thursday: Ani again, told about the generic, buys it and a branded vitamin; Citra's reminder sent by hand.
    s.ctx.clock.set(jakarta('2026-01-08T10:00'));
    await api('POST', '/api/customers/quick-purchase', {
      phone: '081371000001',
      category: 'generic_informed',
      items: [
        { medicine_name: 'Metformin', quantity: 30, unit_price: 3, is_generic: true },
        { medicine_name: 'Vitamin C', quantity: 1, unit_price: 15000 },
      ],
    });
    const pending = (await api('GET', '/api/customers/reminders/pending?days_ahead=30')).body as { id: string; customer_id: string }[];
    const citraReminder = pending.find((r) => r.customer_id === citra.body.customer_id)!;
    expect((await api('POST', `/api/customers/reminders/${citraReminder.id}/notify`)).body.sent).toBe(true);

    const month = await api('GET', '/api/customers/analytics/conversion-report?start_date=2026-01-01&end_date=2026-01-31');
    expect(month.status).toBe(200);
    expect(month.body).toMatchObject({
      start_date: '2026-01-01',
      end_date: '2026-01-31',
      timezone: 'Asia/Jakarta',
      contacts: { total: 4, by_status: { pending: 1, contacted: 1, converted: 2, yellow: 0, inactive: 0 }, conversion_rate: 0.5 },
      converted: { count: 2, value: 25150 },
    });
    expect(month.body.by_staff).toEqual([
      { staff_code: 'STAFF001', name: 'Jane', active: true, calls_made: 2, interactions: 3, contacts_reached: 2, conversions: 1, conversion_value: 150, conversion_rate: 0.5 },
      { staff_code: 'STAFF002', name: 'Rudi', active: true, calls_made: 1, interactions: 1, contacts_reached: 1, conversions: 1, conversion_value: 25000, conversion_rate: 1 },
    ]);
    expect(month.body.by_upload).toEqual([
      { upload_id: upload.upload_id, filename: 'kontak.csv', uploaded_at: jakarta('2026-01-05T09:00'), contacts: 4, converted: 2, conversion_value: 25150, conversion_rate: 0.5 },
    ]);

    // Wednesday alone: nobody was added or called, but both conversions fall on it.
    const wednesday = await api('GET', '/api/customers/analytics/conversion-report?start_date=2026-01-07&end_date=2026-01-07');
    expect(wednesday.body).toMatchObject({ contacts: { total: 0, conversion_rate: null }, converted: { count: 2, value: 25150 }, by_upload: [] });
    expect(wednesday.body.by_staff.map((p: any) => [p.staff_code, p.calls_made, p.conversions, p.conversion_rate])).toEqual([
      ['STAFF001', 0, 1, null],
      ['STAFF002', 0, 1, null],
    ]);

    expect((await api('GET', '/api/customers/analytics/daily-summary?target_date=2026-01-06')).body).toEqual({
      date: '2026-01-06', timezone: 'Asia/Jakarta', purchases: 0, amount: 0, new_customers: 0, repeat_customers: 0, reminders_sent: 0, calls_made: 3, conversions: 0, conversion_value: 0,
    });
    expect((await api('GET', '/api/customers/analytics/daily-summary?target_date=2026-01-07')).body).toEqual({
      date: '2026-01-07', timezone: 'Asia/Jakarta', purchases: 3, amount: 25250, new_customers: 3, repeat_customers: 0, reminders_sent: 0, calls_made: 0, conversions: 2, conversion_value: 25150,
    });
    // No target_date: today, Thursday.
    expect((await api('GET', '/api/customers/analytics/daily-summary')).body).toEqual({
      date: '2026-01-08', timezone: 'Asia/Jakarta', purchases: 1, amount: 15090, new_customers: 0, repeat_customers: 1, reminders_sent: 1, calls_made: 0, conversions: 0, conversion_value: 0,
    });

    const figures = await api('GET', '/api/customers/analytics/customer-analytics');
    expect(figures.body).toMatchObject({
      total_customers: 3,
      by_category: { contact_sheet: 1, first_time_prescription: 1, regular_branded: 0, generic_informed: 1 },
      conversion: { contacts: 4, converted: 2, conversion_rate: 0.5, conversion_value: 25150, repeat_customers: 1, repeat_rate: 0.3333 },
      // Ani and Citra bought a generic; Ani, informed, bought one generic item of two since.
      generic_adoption: { customers_with_generic: 2, rate: 0.6667, generic_informed_customers: 1, informed_generic_share: 0.5 },
    });
    const top = figures.body.top_medicines as any[];
    expect(top.map((m) => m.medicine_name.toLowerCase())).toEqual(['metformin', 'amlodipine', 'vitamin c']);
    expect(top[0]).toMatchObject({ purchases: 3, quantity: 80, amount: 340, customers: 2 });
    expect(top[1]).toMatchObject({ purchases: 1, quantity: 10, amount: 25000, customers: 1 });
  });

  it('answers every role that can sign in, rejects a backwards or impossible period, and never shows a medical detail', async () => {
    const sales = await s.tokenFor('sales');
    expect((await api('GET', '/api/customers/analytics/customer-analytics', undefined, sales)).status).toBe(200);
    expect((await fetch(`${base}/api/customers/analytics/daily-summary`)).status).toBe(401);
    const backwards = await api('GET', '/api/customers/analytics/conversion-report?start_date=2026-02-01&end_date=2026-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain('start_date');
    expect((await api('GET', '/api/customers/analytics/conversion-report?start_date=2025-01-01&end_date=2026-06-01')).status).toBe(400);
    expect((await api('GET', '/api/customers/analytics/daily-summary?target_date=2026-13-01')).status).toBe(400);
    const defaults = await api('GET', '/api/customers/analytics/conversion-report');
    expect(defaults.body).toMatchObject({ start_date: '2025-12-10', end_date: '2026-01-08' });
    const all = seen.join('\n');
    expect(all).not.toContain('Diabetes');
    expect(all).not.toContain('Penicillin');
  });
});
