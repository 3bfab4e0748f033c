// A shop that outgrew its SQLite file moves to PostgreSQL: everything arrives, verified, and the timers still fire
// at their original times. Uses both databases whatever this run's DATABASE_URL says.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { openDatabase } from '../../src/db/connect.js';
import { MoveRefused, moveToPostgres, type MovedTable } from '../../src/db/move-to-postgres.js';
import { modules } from '../../src/modules/registry.js';
import { assemble, moduleMigrations } from '../../src/server/assemble.js';
import { createTestContext } from '../helpers/test-context.js';
import { createEmptyPostgresDatabase, createTestDb, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const DAY = 24 * 60 * 60_000;
const LISTS = { followup: '42898', closing: '42899', notClosing: '43010' };

describe('move-to-postgres (SQLite → PostgreSQL)', () => {
  let sqlite: TestDb;
  let s: TestServer;
  let scalev: ScalevSim;
  let mailketing: MailketingSim;
  let target: { url: string; destroy(): Promise<void> };
  let file: string;
  let movedAt: number;
  const progress: string[] = [];
  const emails = { followUp: 'menunggu@contoh.id', paid: 'lunas@contoh.id', expired: 'lewat@contoh.id', badList: 'salah-list@contoh.id' };

  beforeAll(async () => {
    scalev = await startScalevSim({ rateLimit: false });
    mailketing = await startMailketingSim();
    sqlite = await createTestDb({}, { dialect: 'sqlite' });
    target = await createEmptyPostgresDatabase();
    if (sqlite.target.kind !== 'sqlite') throw new Error('expected a SQLite test database');
    file = sqlite.target.file;
    s = await buildTestServer(sqlite, { env: { SCALEV_API_URL: scalev.url, MAILKETING_API_URL: mailketing.apiBaseUrl } });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const webhookUrl = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}/webhooks/scalev`;
    const owner = await s.ownerToken();
    const api = (method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>) => s.app.inject({ method, url, headers: owner, payload });
    const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();

    expect((await api('PUT', '/api/settings/scalev-mailketing', {
      scalev_api_key: scalev.apiKey,
      scalev_webhook_secret: scalev.signingSecret,
      mailketing_api_token: mailketing.apiToken,
      not_closing_after: 'P7D',
    })).statusCode).toBe(200);
    const entry = (product: Record<string, string>, followup: string) =>
      api('POST', '/api/product-lists', { store_id: '1287', store_name: 'Toko Berkah Herbal', ...product, mailketing_list_followup: followup, mailketing_list_closing: LISTS.closing, mailketing_list_not_closing: LISTS.notClosing });
    expect((await entry({ product_id: '88231', product_name: 'Madu Hutan Sumbawa' }, LISTS.followup)).statusCode).toBe(201);
    expect((await entry({ product_id: '88240', product_name: 'Habbatussauda Kapsul' }, '43011')).statusCode).toBe(201);
    // The shop then deletes that list in Mailketing: its delivery fails for good, and the failure must move too.
    mailketing.state.lists.splice(mailketing.state.lists.findIndex((l) => l.listId === 43011), 1);
    const order = (email: string, sku = 'MDH-SBW-500') =>
      scalev.createOrder({ items: [{ sku, quantity: 1 }], createdAt: new Date(s.ctx.clock.now()).toISOString(), customer: { email, name: 'Pembeli', phone: '081234567890' } });

    // One lead whose timer ran out before the move (Not Closing)…
    await scalev.sendWebhook(webhookUrl, 'order.created', order(emails.expired));
    await drain();
    s.ctx.clock.advance(8 * DAY);
    await drain();
    // …one paid (Closing), one still waiting (Follow Up, its timer pending), one whose delivery gave up.
    const paid = order(emails.paid);
    await scalev.sendWebhook(webhookUrl, 'order.created', paid);
    await scalev.sendWebhook(webhookUrl, 'order.created', order(emails.followUp));
    await scalev.sendWebhook(webhookUrl, 'order.created', order(emails.badList, 'HBS-100'));
    await drain();
    scalev.setPaymentStatus(paid.orderId, 'paid');
    await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', paid);
    await drain();
    // CRM history: businesses (whose funnel counts the database keeps) and a campaign's recipients (whose figures it
    // counts too; that count table sorts before the recipients, so the copy must not count them twice).
    const businessIds: string[] = [];
    for (const [i, name] of ['Salon Cantik', 'Bengkel Jaya', 'Warung Bu Sri'].entries()) {
      const created = await api('POST', '/api/v1/crm/businesses', { name, email: `${name.split(' ')[0]?.toLowerCase()}@contoh.id`, phone: `+62812345670${i}1` });
      expect(created.statusCode, created.body).toBe(201);
      businessIds.push((created.json() as { id: string }).id);
    }
    const now = s.ctx.clock.now();
    const ws = s.ctx.workspace.id;
    await (s.ctx.db as any).insertInto('crm_campaigns').values({
      id: 'cmp_moved', workspace_id: ws, name: 'Promo Desember', channel: 'email', subject: 'Halo', body: 'Promo', audience: '{}',
      rate_per_minute: 60, status: 'finished', cursor: null, created_by: null, created_at: now, updated_at: now, started_at: now, finished_at: now,
    }).execute();
    for (const [i, businessId] of businessIds.entries()) {
      await (s.ctx.db as any).insertInto('crm_recipients').values({
        workspace_id: ws, campaign_id: 'cmp_moved', business_id: businessId, delivery_id: null, status: 'queued', error: null,
        sent_at: now, delivered_at: i > 0 ? now : null, bounced_at: null, opened_at: i > 1 ? now : null, clicked_at: null, replied_at: null,
        unsubscribed_at: null, purchased_at: null, created_at: now, updated_at: now,
      }).execute();
    }
    movedAt = s.ctx.clock.now();

    // The server is stopped before the move, as the command asks.
    await s.app.close();
    await sqlite.close();
  });

  afterAll(async () => {
    await s.app.close().catch(() => undefined);
    await scalev.close();
    await mailketing.close();
    await sqlite.destroy();
    await target.destroy();
  });

  const move = (replace = false) =>
    moveToPostgres({ sqliteFile: file, databaseUrl: target.url, moduleMigrations: moduleMigrations(modules, 'postgres'), replace, now: movedAt, progress: (l) => progress.push(l) });
  const fileHash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
  const table = (moved: MovedTable[], name: string) => moved.find((t) => t.table === name);

  let first: MovedTable[];

  it('copies every table with matching counts and checksums, and leaves the SQLite file as it was', async () => {
    const before = fileHash();
    first = await move();
    expect(fileHash()).toBe(before);

    const source = openDatabase({ kind: 'sqlite', file });
    const pg = openDatabase({ kind: 'postgres', url: target.url });
    try {
      for (const name of ['scalev_leads', 'jobs', 'deliveries', 'inbox_events', 'stage_history', 'stage_counts', 'audit_log', 'settings', 'users', 'workspaces', 'crm_businesses', 'crm_funnel_counts', 'crm_recipients', 'crm_campaign_counts'] as const) {
        const moved = table(first, name);
        expect(moved, name).toBeDefined();
        const { n } = await (source.db as any).selectFrom(name).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        expect(moved?.rows, name).toBe(Number(n));
      }
      const stages = async (db: typeof source.db) =>
        (await db.selectFrom('scalev_leads').select(['customer_email', 'stage']).orderBy('customer_email').execute()).map((r) => `${r.customer_email}:${r.stage}`);
      expect(await stages(pg.db)).toEqual(await stages(source.db));
      expect(await stages(pg.db)).toEqual([`${emails.expired}:not_closing`, `${emails.paid}:closing`, `${emails.followUp}:follow_up`, `${emails.badList}:follow_up`].sort());
      // The counts the database keeps equal the source's, not twice them.
      const counts = async (db: typeof source.db) =>
        (await (db as any).selectFrom('crm_campaign_counts').select(['figure', 'n']).orderBy('figure').execute()).map((r: { figure: string; n: number }) => `${r.figure}:${Number(r.n)}`);
      expect(await counts(pg.db)).toEqual(await counts(source.db));
      expect((await counts(pg.db)).length).toBeGreaterThan(0);
      const furthest = async (db: typeof source.db) =>
        (await (db as any).selectFrom('crm_recipients').select('furthest_status').orderBy('furthest_status').execute()).map((r: { furthest_status: string }) => r.furthest_status);
      expect(await furthest(pg.db)).toEqual(['delivered', 'opened', 'sent']);
      expect(await furthest(source.db)).toEqual(['delivered', 'opened', 'sent']);
      const statuses = async (db: typeof source.db) => (await db.selectFrom('deliveries').select('status').orderBy('status').execute()).map((r) => r.status);
      expect(await statuses(pg.db)).toEqual(await statuses(source.db));
      expect(await statuses(pg.db)).toContain('dead');
      // Secrets arrive as they were stored: encrypted, never in clear.
      const settings = JSON.stringify(await pg.db.selectFrom('settings').selectAll().execute());
      expect(settings).not.toContain(mailketing.apiToken);
    } finally {
      await source.close();
      await pg.close();
    }
    expect(progress).toContain('Verifying row counts and checksums');
    expect(progress.some((l) => /^ {2}scalev_leads: 4 \/ 4 rows$/.test(l))).toBe(true);
    expect(progress).toContain('  crm_campaign_counts: changed by the database while later tables were copied; copying it again');
  });

  it('refuses a target that already holds data, and with replace copies it again to the same checksums', async () => {
    await expect(move()).rejects.toThrow(MoveRefused);
    await expect(move()).rejects.toThrow(/already holds data.*--replace/);
    const again = await move(true);
    expect(again.map((t) => [t.table, t.rows, t.checksum])).toEqual(first.map((t) => [t.table, t.rows, t.checksum]));
  });

  it('on PostgreSQL the waiting lead\'s timer fires at its original time, and new jobs number after the copied ones', async () => {
    const pg = openDatabase({ kind: 'postgres', url: target.url });
    try {
      const ctx = await createTestContext({ ...pg, target: { kind: 'postgres', url: target.url }, env: {}, destroy: pg.close }, { MAILKETING_API_URL: mailketing.apiBaseUrl });
      // secrets were sealed with the SQLite server's key: the PostgreSQL server keeps it.
      const run = () => createWorker({ ctx: { ...ctx, secrets: s.ctx.secrets }, registry: assemble({ ...ctx, secrets: s.ctx.secrets }, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
      const lastCopiedJob = (await pg.db.selectFrom('jobs').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()).id;
      ctx.clock.set(movedAt + 6 * DAY);
      await run();
      expect(mailketing.subscribers(LISTS.notClosing).map((x) => x.email)).toEqual([emails.expired]);
      ctx.clock.set(movedAt + 7 * DAY + 60_000);
      await run();
      const stage = await pg.db.selectFrom('scalev_leads').select('stage').where('customer_email', '=', emails.followUp).executeTakeFirstOrThrow();
      expect(stage.stage).toBe('not_closing');
      expect(mailketing.subscribers(LISTS.notClosing).map((x) => x.email).sort()).toEqual([emails.expired, emails.followUp, emails.badList].sort());
      const newer = await pg.db.selectFrom('jobs').select('id').where('id', '>', Number(lastCopiedJob)).execute();
      expect(newer.length).toBeGreaterThan(0);
    } finally {
      await pg.close();
    }
  });

  it('refuses a file a running worker is using, and a file an older Leadcycle left unmigrated, before touching the target', async () => {
    const other = await createTestDb({}, { dialect: 'sqlite' });
    const empty = await createEmptyPostgresDatabase();
    try {
      if (other.target.kind !== 'sqlite') throw new Error('expected a SQLite test database');
      const now = Date.UTC(2026, 11, 3, 9, 0, 0);
      await other.db.insertInto('jobs').values({
        workspace_id: 'w', name: 'delivery.send', payload: '{}', serial_key: null, job_key: null, status: 'running', run_at: now,
        attempts: 1, max_attempts: 5, locked_by: 'worker-1', locked_until: now + 30_000, last_error: null, progress: null,
        created_at: now, updated_at: now, finished_at: null,
      } as any).execute();
      const moveOther = () =>
        moveToPostgres({ sqliteFile: (other.target as { file: string }).file, databaseUrl: empty.url, moduleMigrations: moduleMigrations(modules, 'postgres'), now, progress: () => undefined });
      await expect(moveOther()).rejects.toThrow(/A worker is running 1 jobs on this file right now\. Stop the Leadcycle server first/);
      // The same job, its lease long past (a server that crashed): it moves, and PostgreSQL's worker takes it up again.
      await other.db.updateTable('jobs').set({ locked_until: now - 60_000 }).execute();
      await other.db.deleteFrom('kysely_migration' as any).where('name' as any, '=', '2026-12-04-1400-rejection-counts').execute();
      await expect(moveOther()).rejects.toThrow(/older Leadcycle \(1 migrations not applied, first 2026-12-04-1400-rejection-counts\)/);
      const pg = openDatabase({ kind: 'postgres', url: empty.url });
      try {
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()`.execute(pg.db);
        expect(rows[0]?.n).toBe(0);
      } finally {
        await pg.close();
      }
    } finally {
      await other.destroy();
      await empty.destroy();
    }
  });
});
