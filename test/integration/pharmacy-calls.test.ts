// The pharmacy's call queue end to end: fair hand-out under caps, carry-over, a person's morning list, logging calls, follow-ups, statuses, the contact list, the morning job, and two workers at once.
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { sheetFile, type SheetCell } from '../helpers/contact-sheets.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const DAY = 86_400_000;
const jakarta = (text: string) => Date.parse(`${text}+07:00`);
const assigner = fileURLToPath(new URL('../helpers/pharmacy-assigner.ts', import.meta.url));

describe(`pharmacy call queue (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let base: string;
  let owner: Record<string, string>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    s.ctx.clock.set(jakarta('2026-01-05T09:00'));
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await s.app.close();
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
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 2, leaseMs: 60_000 }).drain();
  /** Imports `count` contacts without WhatsApp (the sheet says so), phones 0813-6<series>-00NN. */
  const importWithoutWhatsapp = async (series: number, count: number) => {
    const rows: SheetCell[][] = [['Nama', 'Telepon', 'WhatsApp']];
    for (let i = 1; i <= count; i++) rows.push([`Kontak ${series}-${String(i).padStart(2, '0')}`, `0813-6${series}-${String(i).padStart(4, '0')}`, 'Tidak']);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await sheetFile(rows, 'csv'))], { type: 'text/csv' }), 'kontak.csv');
    const res = await fetch(`${base}/api/customers/upload-contacts`, { method: 'POST', headers: owner, body: form });
    expect(res.status).toBe(202);
    await drain();
  };
  const contactByName = async (name: string) => t.db.selectFrom('pharmacy_contacts').selectAll().where('name', '=', name).executeTakeFirstOrThrow();

  it('hands out fairly under each cap, carries unfinished calls over first, and keeps the morning list', async () => {
    await importWithoutWhatsapp(100, 7);
    expect((await api('POST', '/api/customers/staff', { staff_code: 'ANI', name: 'Ani', max_contacts_per_day: 3 })).status).toBe(201);
    expect((await api('POST', '/api/customers/staff', { staff_code: 'BUDI', name: 'Budi', max_contacts_per_day: 2 })).status).toBe(201);
    await api('POST', '/api/customers/staff', { staff_code: 'OLD', name: 'Left us', max_contacts_per_day: 50 });
    await api('DELETE', '/api/customers/staff/OLD');

    const first = await api('POST', '/api/customers/assign-contacts');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      date: '2026-01-05',
      assignments: [
        { staff_code: 'ANI', name: 'Ani', cap: 3, carried_over: 0, assigned: 3, total_today: 3 },
        { staff_code: 'BUDI', name: 'Budi', cap: 2, carried_over: 0, assigned: 2, total_today: 2 },
      ],
      unassigned: 2,
    });
    // Pressing it again the same day hands out nothing more.
    expect((await api('POST', '/api/customers/assign-contacts')).body.assignments.map((a: any) => a.assigned)).toEqual([0, 0]);

    const tasks = await api('GET', '/api/customers/staff/ANI/tasks', undefined, await s.tokenFor('staff'));
    expect(tasks.status).toBe(200);
    expect(tasks.body).toMatchObject({ staff_code: 'ANI', date: '2026-01-05', reminders: [], refills: [] });
    expect(tasks.body.contacts).toHaveLength(3);
    expect(tasks.body.contacts.every((c: any) => c.task_status === 'claimed' && !c.carried_over && c.assigned_staff_code === 'ANI')).toBe(true);
    const [called, visited, later] = tasks.body.contacts as { id: string }[];

    // Logging the call: the path id wins, a different body id or an unknown person is a 400.
    const wrongId = await api('POST', `/api/customers/contacts/${called!.id}/interact`, { contact_id: visited!.id, staff_code: 'ANI', interaction_type: 'call' });
    expect(wrongId.status).toBe(400);
    expect(wrongId.body.error.message).toContain('body.contact_id');
    expect((await api('POST', `/api/customers/contacts/${called!.id}/interact`, { staff_code: 'NOBODY' })).body.error.message).toContain('body.staff_code');
    const logged = await api('POST', `/api/customers/contacts/${called!.id}/interact`, {
      contact_id: called!.id,
      staff_code: 'ANI',
      interaction_type: 'call',
      notes: 'Customer interested in diabetes medicines',
      customer_response: 'Will visit tomorrow',
      next_action: "Follow up if doesn't visit",
      call_duration: 180,
      call_successful: true,
    });
    expect(logged.status).toBe(201);
    expect(logged.body.interaction).toMatchObject({ staff_code: 'ANI', call_duration: 180, call_successful: true, customer_response: 'Will visit tomorrow' });
    expect(logged.body.contact).toMatchObject({ status: 'contacted', last_staff_code: 'ANI' });

    // A follow-up for tomorrow morning, a visit without a purchase (query), and the same by body; both at once must agree.
    const reminder = await api('POST', `/api/customers/contacts/${later!.id}/reminder`, { remind_at: '2026-01-06T10:00:00+07:00', note: 'Tanya soal vitamin' });
    expect(reminder.status).toBe(201);
    expect(reminder.body).toMatchObject({ staff_code: 'ANI', remind_at: jakarta('2026-01-06T10:00'), note: 'Tanya soal vitamin' });
    expect((await api('POST', `/api/customers/contacts/${later!.id}/reminder`, { remind_at: 'next tuesday' })).status).toBe(400);
    expect((await api('PUT', `/api/customers/contacts/${visited!.id}/status?status=yellow`)).body.status).toBe('yellow');
    expect((await api('PUT', `/api/customers/contacts/${visited!.id}/status?status=yellow`, { status: 'inactive' })).status).toBe(400);
    expect((await api('PUT', `/api/customers/contacts/${visited!.id}/status?status=purple`)).status).toBe(400);
    expect((await api('PUT', `/api/customers/contacts/${visited!.id}/status`, { status: 'contacted', reason: 'called back' })).body.status).toBe('contacted');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('subject_id', '=', visited!.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['pharmacy.contact.status', 'pharmacy.contact.status']);

    // The next morning: Ani's two unfinished calls and Budi's two stay theirs and count first.
    s.ctx.clock.set(jakarta('2026-01-06T08:00'));
    const next = await api('POST', '/api/customers/assign-contacts');
    expect(next.body).toEqual({
      date: '2026-01-06',
      assignments: [
        { staff_code: 'ANI', name: 'Ani', cap: 3, carried_over: 2, assigned: 1, total_today: 3 },
        { staff_code: 'BUDI', name: 'Budi', cap: 2, carried_over: 2, assigned: 0, total_today: 2 },
      ],
      unassigned: 1,
    });
    const morning = await api('GET', '/api/customers/staff/ANI/tasks');
    expect(morning.body.contacts.map((c: any) => c.carried_over)).toEqual([true, true, false]);
    expect(morning.body.contacts.map((c: any) => c.id).slice(0, 2).sort()).toEqual([visited!.id, later!.id].sort());
    expect(morning.body.reminders).toEqual([expect.objectContaining({ contact_id: later!.id, note: 'Tanya soal vitamin', contact_name: expect.stringMatching(/^Kontak 100-/) })]);
    // A follow-up for another day is not today's.
    expect((await api('GET', '/api/customers/staff/BUDI/tasks')).body.reminders).toEqual([]);
  });

  it('lists contacts with filters and keyset paging', async () => {
    const all = await api('GET', '/api/customers/contacts?whatsapp_status=inactive');
    expect(all.body.items).toHaveLength(7);
    expect((await api('GET', '/api/customers/contacts?status=contacted')).body.items).toHaveLength(2);
    expect((await api('GET', '/api/customers/contacts?staff_code=BUDI')).body.items).toHaveLength(2);
    expect((await api('GET', '/api/customers/contacts?q=kontak%20100-03')).body.items.map((c: any) => c.name)).toEqual(['Kontak 100-03']);
    expect((await api('GET', '/api/customers/contacts?q=0813-6100-0004')).body.items.map((c: any) => c.name)).toEqual(['Kontak 100-04']);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: { body: { items: { id: string }[]; next_cursor: string | null } } = await api('GET', `/api/customers/contacts?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((c) => c.id));
      cursor = res.body.next_cursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect((await api('GET', '/api/customers/contacts?status=unknown')).status).toBe(400);
  });

  it('hands out by itself in the morning hour of the workspace, and not at other hours', async () => {
    await importWithoutWhatsapp(200, 3);
    await api('POST', '/api/customers/staff', { staff_code: 'CITRA', name: 'Citra', max_contacts_per_day: 5 });
    const run = async (at: string) => {
      s.ctx.clock.set(jakarta(at));
      await enqueueJob(s.ctx, s.ctx.workspace.id, 'pharmacy.morning-assign', {});
      await drain();
    };
    await run('2026-01-07T06:50');
    expect((await contactByName('Kontak 200-01')).assigned_staff_code).toBeNull();
    await run('2026-01-07T07:05');
    const citra = await api('GET', '/api/customers/staff/CITRA/tasks');
    expect(citra.body.date).toBe('2026-01-07');
    expect(citra.body.contacts.length).toBeGreaterThan(0);
    const names = (await t.db.selectFrom('pharmacy_contacts').select(['name', 'assigned_day']).where('name', 'like', 'Kontak 200-%').execute()).map((c) => c.assigned_day);
    expect(names.every((d) => d === '2026-01-07')).toBe(true);
  });

  it('two workers handing out at once never pass a cap nor give one contact to two people', async () => {
    await t.db.updateTable('pharmacy_staff').set({ active: 0 }).execute();
    const people = ['W1', 'W2', 'W3', 'W4'];
    for (const code of people) {
      const res = await api('POST', '/api/customers/staff', { staff_code: code, name: code, max_contacts_per_day: 4 });
      expect(res.status).toBe(201);
    }
    await importWithoutWhatsapp(300, 40);
    const start = jakarta('2026-01-10T08:00');
    const plan = JSON.stringify({ workspaceId: s.ctx.workspace.id, startMs: start });
    const workers = [0, 1].map(() => {
      const child = spawn(process.execPath, ['--import', 'tsx', assigner], { env: { ...process.env, ...t.env, ASSIGN_PLAN: plan }, stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
      const next = async () => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('assigner did not answer')), 60_000);
        });
        try {
          return String((await Promise.race([lines.next(), late])).value);
        } finally {
          clearTimeout(timer);
        }
      };
      return { child, next };
    });
    for (const w of workers) expect(await w.next()).toBe('ready');
    const given: Record<string, number> = {};
    for (let day = 0; day < 3; day++) {
      for (const w of workers) w.child.stdin!.write(`day ${day}\n`);
      const results = await Promise.all(workers.map(async (w) => JSON.parse(await w.next())));
      for (const r of results) {
        expect(r.error).toBeUndefined();
        for (const a of r.assignments) given[a.staff_code] = (given[a.staff_code] ?? 0) + a.assigned;
      }
    }
    for (const w of workers) w.child.stdin!.end('quit\n');
    await Promise.all(workers.map((w) => new Promise((resolve) => w.child.once('exit', resolve))));

    const counts = await t.db.selectFrom('work_day_counts').selectAll().where('queue', '=', 'pharmacy.calls').where('assignee', 'in', people).execute();
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect(c.claimed).toBeLessThanOrEqual(4);
    const items = await t.db.selectFrom('work_items').select(['item_id', 'assignee', 'claimed_day']).where('queue', '=', 'pharmacy.calls').where('assignee', 'in', people).execute();
    // No call is ever finished here, so every claim is carried over: each person holds exactly 4, handed out on day 0.
    expect(items).toHaveLength(16);
    expect(new Set(items.map((i) => i.item_id)).size).toBe(16);
    for (const code of people) expect(items.filter((i) => i.assignee === code)).toHaveLength(4);
    expect(Object.values(given).reduce((a, b) => a + b, 0)).toBe(16);
    // The contact rows agree with the queue.
    const rows = await t.db.selectFrom('pharmacy_contacts').select(['id', 'assigned_staff_code']).where('name', 'like', 'Kontak 300-%').execute();
    const holder = new Map(items.map((i) => [i.item_id, i.assignee]));
    for (const r of rows) if (holder.has(r.id)) expect(r.assigned_staff_code).toBe(holder.get(r.id));
  }, 150_000);
});
