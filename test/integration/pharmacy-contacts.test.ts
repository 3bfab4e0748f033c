// The pharmacy's staff and contact sheets end to end: the staff API, sheets in xlsx, xls, CSV and PDF through the upload route, the import job, WAHA check-exists (simulator), materials and the call queue.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { modules } from '../../src/modules/registry.js';
import { IMPORT_CHUNK } from '../../src/modules/pharmacy/jobs.js';
import { assemble } from '../../src/server/assemble.js';
import { e164Of, sheetFile, standardSheet, type SheetCell, type SheetFileFormat } from '../helpers/contact-sheets.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const KEY = 'pharmacy_waha_key_51c0';
const MIME: Record<SheetFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  pdf: 'application/pdf',
};

describe(`pharmacy staff and contact sheets (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let sim: WahaSim;
  let base: string;
  let owner: Record<string, string>;
  let staff: Record<string, string>;

  beforeAll(async () => {
    sim = await startWahaSim({ apiKey: KEY, unknownNumbers: 'inactive' });
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    staff = await s.tokenFor('staff');
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
      workspaceId: s.ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: sim.url, session: 'default' },
      secrets: { api_key: KEY },
      actor: { type: 'system', id: 'test' },
    });
    // Checks as fast as the simulator takes them: the pace itself is not what these tests are about.
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
      workspaceId: s.ctx.workspace.id,
      namespace: 'pharmacy',
      data: { whatsapp_checks_per_second: 50 },
      actor: { type: 'system', id: 'test' },
    });
  });
  afterAll(async () => {
    await s.app.close();
    await sim.close();
    await t.destroy();
  });

  const api = async (method: string, path: string, body?: unknown, headers = owner) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const upload = async (content: Buffer, format: SheetFileFormat, headers = staff) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type: MIME[format] }), `pelanggan.${format}`);
    const res = await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers, body: form });
    return { status: res.status, body: (await res.json()) as any };
  };
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  const uploaded = async (content: Buffer, format: SheetFileFormat) => {
    const accepted = await upload(content, format);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ upload_id: expect.stringMatching(/^upl_/), status: 'queued' });
    await drain();
    const read = await api('GET', `/api/customers/uploads/${accepted.body.upload_id}`, undefined, staff);
    expect(read.status).toBe(200);
    return read.body;
  };
  const contactsByPhone = async () => {
    const rows = await t.db.selectFrom('pharmacy_contacts').selectAll().execute();
    return new Map(rows.map((r) => [r.phone, r]));
  };

  it('adds, lists, changes and deactivates staff; a used code is a 409, a bad phone a 400 naming it', async () => {
    const created = await api('POST', '/api/customers/staff', { staff_code: 'STAFF001', name: 'Jane Smith', phone: '0812-7777-0001', max_contacts_per_day: 20 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ staff_code: 'STAFF001', name: 'Jane Smith', phone: '+6281277770001', max_contacts_per_day: 20, active: true, user_id: null });
    expect((await api('POST', '/api/customers/staff', { staff_code: 'STAFF001', name: 'Again', max_contacts_per_day: 5 })).status).toBe(409);
    const badPhone = await api('POST', '/api/customers/staff', { staff_code: 'STAFF002', name: 'Budi', phone: '12', max_contacts_per_day: 5 });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.message).toContain('body.phone');
    const badCode = await api('POST', '/api/customers/staff', { staff_code: 'has space', name: 'Budi', max_contacts_per_day: 5 });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.message).toContain('staff_code');
    expect((await api('POST', '/api/customers/staff', { staff_code: 'STAFF002', name: 'Budi' }, staff)).status).toBe(403);
    expect((await api('POST', '/api/customers/staff', { staff_code: 'STAFF002', name: 'Budi' })).body.max_contacts_per_day).toBe(20);

    const changed = await api('PATCH', '/api/customers/staff/STAFF002', { max_contacts_per_day: 3, phone: '+62 857 1111 2222' });
    expect(changed.body).toMatchObject({ max_contacts_per_day: 3, phone: '+6285711112222' });
    expect((await api('GET', '/api/customers/staff', undefined, staff)).body.items.map((x: any) => x.staff_code)).toEqual(['STAFF001', 'STAFF002']);
    expect((await api('DELETE', '/api/customers/staff/STAFF002')).body.active).toBe(false);
    expect((await api('GET', '/api/customers/staff')).body.items.map((x: any) => x.staff_code)).toEqual(['STAFF001']);
    expect((await api('GET', '/api/customers/staff?include_inactive=true')).body.items).toHaveLength(2);
    expect((await api('GET', '/api/customers/staff/NOPE')).status).toBe(404);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'pharmacy_staff').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['pharmacy.staff.create', 'pharmacy.staff.create', 'pharmacy.staff.update', 'pharmacy.staff.update']);
  });

  const formats: [SheetFileFormat, number][] = [
    ['xlsx', 101],
    ['xls', 102],
    ['csv', 103],
    ['pdf', 104],
  ];

  it.each(formats)('imports a %s sheet: header below a title, every phone format, a duplicate, bad rows, WhatsApp checked, materials or calls', async (format, series) => {
    // Budi, Agus, Joko and Lina have WhatsApp; Siti and Rina do not; Dewi's check keeps failing.
    for (const nn of [1, 3, 6, 7]) sim.setNumber(e164Of(series, nn), 'active');
    for (const nn of [2, 5]) sim.setNumber(e164Of(series, nn), 'inactive');
    sim.setNumber(e164Of(series, 4), 'failing');
    sim.clearRecords();

    const read = await uploaded(await sheetFile(standardSheet(series), format), format);
    // The PDF has no blank lines: its rows are the printed lines (title 1, header 2).
    const [missing, wrong] = format === 'pdf' ? [10, 11] : [12, 13];
    expect(read).toMatchObject({ status: 'done', purpose: 'pharmacy.contacts', filename: `pelanggan.${format}`, error: null });
    expect(read.progress.done).toBe(read.progress.total);
    expect(read.result).toEqual({
      rows: 10,
      imported: 7,
      merged_in_file: 1,
      merged_existing: 0,
      invalid: [
        { row: missing, reason: 'phone missing' },
        { row: wrong, reason: 'phone is not a valid number' },
      ],
      whatsapp_active: 4,
      whatsapp_inactive: 2,
      whatsapp_unknown: 1,
      materials_queued: 4,
    });

    const contacts = await contactsByPhone();
    const budi = contacts.get(e164Of(series, 1));
    // The duplicate row filled Budi's blank fields, never his name.
    expect(budi).toMatchObject({ name: 'Budi Santoso', city: 'Bandung', notes: 'Diabetes', status: 'pending', whatsapp_status: 'active', whatsapp_source: 'check' });
    expect(contacts.get(e164Of(series, 6))).toMatchObject({ name: 'Joko Widodo', whatsapp_status: 'active' });
    expect(contacts.get(e164Of(series, 4))?.whatsapp_status).toBe('unknown');
    // Each number asked about once, the failing one retried.
    const asked = sim.calls.filter((c) => c.kind === 'check_exists').map((c) => c.chatId);
    for (const nn of [1, 2, 3, 5, 6, 7]) expect(asked.filter((d) => d === e164Of(series, nn).slice(1))).toHaveLength(1);
    expect(asked.filter((d) => d === e164Of(series, 4).slice(1)).length).toBeGreaterThanOrEqual(3);

    // Inactive numbers wait in the call queue; active ones got their materials, once each.
    const queued = await t.db.selectFrom('work_items').select('item_id').where('queue', '=', 'pharmacy.calls').execute();
    const ids = new Set(queued.map((q) => q.item_id));
    for (const nn of [2, 5]) expect(ids.has(contacts.get(e164Of(series, nn))?.id ?? '')).toBe(true);
    for (const nn of [1, 4]) expect(ids.has(contacts.get(e164Of(series, nn))?.id ?? '')).toBe(false);
    await drain();
    const texts = sim.messages.filter((m) => m.kind === 'text');
    expect(texts.map((m) => m.chatId).sort()).toEqual([1, 3, 6, 7].map((nn) => `${e164Of(series, nn).slice(1)}@c.us`).sort());
    expect(texts.find((m) => m.chatId.startsWith(e164Of(series, 1).slice(1)))?.text).toMatch(/^Halo Budi Santoso, salam sehat/);
  });

  it('asks WAHA again an hour later about a number whose check failed, and sends its materials only inside business hours', async () => {
    const dewi = e164Of(101, 4);
    expect((await contactsByPhone()).get(dewi)?.whatsapp_status).toBe('unknown');
    const hours = await api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '17:00' } });
    expect(hours.status).toBe(200);
    sim.setNumber(dewi, 'active');
    // The other sheets' failing numbers now answer too, so the re-check settles everything in one run.
    for (const series of [102, 103, 104]) sim.setNumber(e164Of(series, 4), 'inactive');
    sim.clearRecords();
    // 20:00 in Jakarta: the re-check is due, the shop is closed.
    s.ctx.clock.set(Date.parse('2026-01-05T20:00:00+07:00') + 60 * 60_000);
    await drain();
    await drain();
    expect((await contactsByPhone()).get(dewi)).toMatchObject({ whatsapp_status: 'active', whatsapp_source: 'check' });
    expect(sim.calls.filter((c) => c.kind === 'check_exists').map((c) => c.chatId)).toContain(dewi.slice(1));
    expect(sim.messages).toHaveLength(0);
    s.ctx.clock.set(Date.parse('2026-01-06T08:00:00+07:00'));
    await drain();
    expect(sim.messages.map((m) => m.chatId)).toEqual([`${dewi.slice(1)}@c.us`]);
    await api('PUT', '/api/workspace', { business_hours: null });
  });

  it('re-uploading the same sheet creates nothing new: no contact, no check, no message', async () => {
    sim.clearRecords();
    const before = await t.db.selectFrom('pharmacy_contacts').select('id').execute();
    const deliveries = await t.db.selectFrom('deliveries').select('id').execute();
    const read = await uploaded(await sheetFile(standardSheet(101), 'xlsx'), 'xlsx');
    expect(read.result).toEqual({
      rows: 10,
      imported: 0,
      merged_in_file: 1,
      merged_existing: 7,
      invalid: [
        { row: 12, reason: 'phone missing' },
        { row: 13, reason: 'phone is not a valid number' },
      ],
      whatsapp_active: 0,
      whatsapp_inactive: 0,
      whatsapp_unknown: 0,
      materials_queued: 0,
    });
    expect(await t.db.selectFrom('pharmacy_contacts').select('id').execute()).toHaveLength(before.length);
    expect(await t.db.selectFrom('deliveries').select('id').execute()).toHaveLength(deliveries.length);
    await drain();
    expect(sim.calls).toHaveLength(0);
  });

  it("takes WhatsApp from the sheet's own column without asking WAHA, English headers in any case", async () => {
    sim.clearRecords();
    const rows: SheetCell[][] = [
      ['NAME', 'PHONE', 'WHATSAPP', 'ADDRESS', 'NOTES'],
      ['Ani', '0813-5555-0001', 'Ya', 'Jl. Kenanga 3', ''],
      ['Tono', '0813-5555-0002', 'Tidak', '', 'call after 5pm'],
    ];
    const read = await uploaded(await sheetFile(rows, 'csv'), 'csv');
    expect(read.result).toMatchObject({ rows: 2, imported: 2, whatsapp_active: 1, whatsapp_inactive: 1, whatsapp_unknown: 0, materials_queued: 1 });
    expect(sim.calls.filter((c) => c.kind === 'check_exists')).toHaveLength(0);
    const contacts = await contactsByPhone();
    expect(contacts.get('+6281355550001')).toMatchObject({ whatsapp_status: 'active', whatsapp_source: 'sheet', address: 'Jl. Kenanga 3' });
    expect(contacts.get('+6281355550002')).toMatchObject({ whatsapp_status: 'inactive', notes: 'call after 5pm' });
  });

  it('a sheet without a name and a phone column fails and says what it needs; other files are refused at the door', async () => {
    const read = await uploaded(await sheetFile([['Tanggal', 'Obat'], ['2026-01-02', 'Metformin']], 'xlsx'), 'xlsx');
    expect(read.status).toBe('failed');
    expect(read.error).toContain('no header row found');
    expect(read.error).toContain('No. HP');
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'notes.txt');
    expect((await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers: staff, body: form })).status).toBe(415);
    expect((await upload(await sheetFile(standardSheet(109), 'csv'), 'csv', await s.tokenFor('marketing'))).status).toBe(403);
  });
  it('imports a sheet longer than one chunk exactly: a repeat across chunks and a known person merged, a re-upload creates nothing new', async () => {
    sim.clearRecords();
    const size = IMPORT_CHUNK + 40;
    const national = (i: number) => `81299${String(i).padStart(6, '0')}`;
    const active = (i: number) => i % 10 === 0;
    // Someone an earlier sheet brought (no WhatsApp there), who comes again in this sheet's second chunk.
    const knownAt = size - 5;
    const earlier = await uploaded(await sheetFile([['Nama', 'No HP'], ['Sudah Ada', `0${national(knownAt)}`]], 'csv'), 'csv');
    expect(earlier.result).toMatchObject({ imported: 1, whatsapp_inactive: 1 });

    const rows: SheetCell[][] = [['Kontak Pelanggan (besar)'], ['Nama', 'No HP', 'Kota', 'WhatsApp']];
    for (let i = 0; i < size; i++) rows.push([`Orang ${i}`, `0${national(i)}`, i === 3 ? null : 'Bandung', active(i) ? 'ya' : 'tidak']);
    // Person 3 again after the first chunk's end, typed another way: merged into the first row, filling its city.
    rows.push(['Orang Tiga', `+62 ${national(3)}`, 'Cimahi', 'ya']);
    rows.push(['Salah', '123', null, 'ya']);
    const sheet = await sheetFile(rows, 'xlsx');
    const counts = async () => ({
      contacts: (await t.db.selectFrom('pharmacy_contacts').select('id').execute()).length,
      deliveries: (await t.db.selectFrom('deliveries').select('id').execute()).length,
      calls: (await t.db.selectFrom('work_items').select('id').execute()).length,
    });
    const before = await counts();

    const read = await uploaded(sheet, 'xlsx');
    const people = Array.from({ length: size }, (_, i) => i).filter((i) => i !== knownAt);
    expect(read.progress.done).toBe(read.progress.total);
    expect(read.result).toEqual({
      rows: size + 2,
      imported: size - 1,
      merged_in_file: 1,
      merged_existing: 1,
      invalid: [{ row: size + 4, reason: 'phone is not a valid number' }],
      whatsapp_active: people.filter(active).length,
      whatsapp_inactive: people.filter((i) => !active(i)).length,
      whatsapp_unknown: 0,
      materials_queued: people.filter(active).length,
    });
    expect(await counts()).toEqual({
      contacts: before.contacts + size - 1,
      deliveries: before.deliveries + people.filter(active).length,
      calls: before.calls + people.filter((i) => !active(i)).length,
    });
    const contacts = await contactsByPhone();
    expect(contacts.get(`+62${national(3)}`)).toMatchObject({ name: 'Orang 3', city: 'Cimahi', whatsapp_status: 'inactive', whatsapp_source: 'sheet' });
    expect(contacts.get(`+62${national(size - 1)}`)).toMatchObject({ name: `Orang ${size - 1}`, whatsapp_status: 'inactive', upload_id: read.upload_id });
    // The known person keeps their name and upload, and takes the city they lacked.
    expect(contacts.get(`+62${national(knownAt)}`)).toMatchObject({ name: 'Sudah Ada', city: 'Bandung', upload_id: earlier.upload_id });
    expect(sim.calls.filter((c) => c.kind === 'check_exists')).toHaveLength(1);
    // Each active number got its materials once.
    const texts = sim.messages.filter((m) => m.kind === 'text').map((m) => m.chatId);
    expect(texts.sort()).toEqual(people.filter(active).map((i) => `62${national(i)}@c.us`).sort());

    const again = await uploaded(sheet, 'xlsx');
    expect(again.result).toEqual({ ...read.result, imported: 0, merged_existing: size, whatsapp_active: 0, whatsapp_inactive: 0, materials_queued: 0 });
    expect(await counts()).toEqual({ contacts: before.contacts + size - 1, deliveries: before.deliveries + people.filter(active).length, calls: before.calls + people.filter((i) => !active(i)).length });
  });
});

