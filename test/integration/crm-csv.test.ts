// CSV in and out of the CRM: businesses exported with the list's filters, a campaign's recipients exported, and a
// businesses CSV imported with a report per row (line number and why; duplicates merged and counted).
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../sim/smtp.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const MINUTE = 60_000;

describe(`CRM CSV import and export (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let smtp: SmtpSink;
  let owner: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestDb();
    s = await buildTestServer(t);
    owner = await s.ownerToken();
    await api('PUT', '/api/settings/crm-lifecycle', { smtp_host: smtp.host, smtp_port: smtp.port, smtp_from: 'Agensi <halo@agensi.test>', send_rate_per_minute: 600 });
  });
  afterAll(async () => {
    await s.app.close();
    await smtp.close();
    await t.destroy();
  });

  async function api(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    return s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const rows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

  it('imports a CSV row by row: bad rows reported by line and reason, duplicates (in the file and already there) merged and counted', async () => {
    await api('POST', '/api/v1/crm/businesses', { name: 'Warung Lama', phone: '+6281234500099', city: 'Solo' });
    const csv = [
      'Name,Phone,E-mail,City,Source,Owner,Notes',
      'Warung Sate Pak Budi,0812-3450-0001,budi@satebudi.id,Yogyakarta,google-maps,Dewi,ignored column',
      'Bengkel Motor Jaya,0812 3450 0002,,Sleman,referral,Andi,',
      ',0812 3450 0003,,Bantul,,,no name',
      'Salon Tanpa Kontak,,,Yogyakarta,,,',
      'Toko Nomor Salah,12345,,Bantul,,,',
      'Laundry Email Salah,,bukan-email,Sleman,,,',
      'Warung Sate (lagi),+62 812-3450-0001,,,,,same phone as line 2',
      'Warung Lama Baru,0812 3450 0099,lama@warung.id,,,,already there',
    ].join('\n');
    const res = await api('POST', '/api/v1/crm/businesses/import.csv', { csv });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      rows: 8,
      created: 2,
      merged: 2,
      skipped: 4,
      problems: [
        { row: 4, field: 'name', reason: 'name_missing' },
        { row: 5, field: 'phone', reason: 'no_contact' },
        { row: 6, field: 'phone', reason: 'phone_invalid' },
        { row: 7, field: 'email', reason: 'email_invalid' },
      ],
    });
    // Phones read in the workspace's country; the merged business got its blank email filled.
    const lama = (await api('GET', '/api/v1/crm/businesses?q=Warung%20Lama')).json().items as Array<{ phone: string; email: string | null }>;
    expect(lama).toMatchObject([{ phone: '+6281234500099', email: 'lama@warung.id' }]);
    const budi = (await api('GET', '/api/v1/crm/businesses?q=budi')).json().items as Array<{ phone: string; city: string }>;
    expect(budi).toMatchObject([{ phone: '+6281234500001', city: 'Yogyakarta' }]);

    const refused = await api('POST', '/api/v1/crm/businesses/import.csv', { csv: 'Phone,Email\n0812345,a@b.id' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('validation_failed');
  });

  it('exports every business matching the list’s filters as CSV, across pages', async () => {
    const res = await api('GET', '/api/v1/crm/businesses/export.csv?city=Yogyakarta');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="businesses.csv"');
    expect(rows(res.body).map((r) => [r['name'], r['phone'], r['contact_status']])).toEqual([['Warung Sate Pak Budi', '+6281234500001', 'pending']]);

    const all = rows((await api('GET', '/api/v1/crm/businesses/export.csv')).body);
    expect(all.map((r) => r['name']).sort()).toEqual(['Bengkel Motor Jaya', 'Warung Lama', 'Warung Sate Pak Budi']);
    expect(all[0]?.['created_at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('exports a campaign’s recipients as CSV with what became of each message', async () => {
    const cmp = (await api('POST', '/api/v1/crm/campaigns', { name: 'Situs gratis', channel: 'email', subject: 'Halo', body: 'Halo {{name}}' })).json().id as string;
    await api('POST', `/api/v1/crm/campaigns/${cmp}/send`);
    const worker = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 2, leaseMs: 60_000 }).drain();
    for (let i = 0; i < 10 && smtp.messages.length < 1; i++) {
      await worker();
      s.ctx.clock.advance(MINUTE);
    }
    await worker();
    const res = await api('GET', `/api/v1/crm/campaigns/${cmp}/recipients.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="recipients-${cmp}.csv"`);
    const recipients = rows(res.body);
    // Only Warung Sate Pak Budi and Warung Lama have an email.
    expect(recipients.map((r) => [r['business_name'], r['email'], r['recipient']]).sort()).toEqual([
      ['Warung Lama', 'lama@warung.id', 'queued'],
      ['Warung Sate Pak Budi', 'budi@satebudi.id', 'queued'],
    ]);
    expect(recipients.every((r) => r['delivery_status'] === 'sent')).toBe(true);
    expect((await api('GET', '/api/v1/crm/campaigns/cmp_missing/recipients.csv')).statusCode).toBe(404);
  });
});
