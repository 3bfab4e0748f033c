// The CRM's fast reads answer exactly what the slow ones did: the business search (a trigram index), the all-time
// funnel (counts kept by triggers) and a campaign's figures (counts per campaign, each recipient's furthest status),
// after every kind of write, concurrent ones included, and on data that existed before the migrations (backfill).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/core/audit.js';
import { moduleDeliveries } from '../../src/core/deliveries/deliveries.js';
import type { Database, Executor } from '../../src/db/database.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createBusiness } from '../../src/modules/crm-lifecycle/businesses/flow.js';
import { businessCursor, countBusinesses, listBusinesses } from '../../src/modules/crm-lifecycle/businesses/queries.js';
import { createCampaign, markRecipient, type RecipientFact } from '../../src/modules/crm-lifecycle/campaigns/flow.js';
import { campaignFigures, HELD_BY_PAUSE } from '../../src/modules/crm-lifecycle/campaigns/queries.js';
import { applyStatusChange, type StatusChange } from '../../src/modules/crm-lifecycle/flow.js';
import { funnel } from '../../src/modules/crm-lifecycle/queries.js';
import { modules } from '../../src/modules/registry.js';
import { moduleMigrations } from '../../src/server/assemble.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const MODULE = 'crm-lifecycle';
const silent = pino({ level: 'silent' });
const EVER = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** The search as it was before the index: a substring of the lower-cased search text (phones typed the local way). */
function searchedTerm(q: string): string {
  const typed = q.trim().toLowerCase();
  return /^[\d\s()+.-]+$/.test(typed) && /\d{3}/.test(typed.replace(/\D/g, '')) ? typed.replace(/\D/g, '').replace(/^0/, '') : typed;
}

async function searchBefore(db: Executor, ws: string, q: string): Promise<string[]> {
  const rows = await db.selectFrom('crm_businesses').select(['id', 'search_text']).where('workspace_id', '=', ws).execute();
  return rows.filter((r) => r.search_text.includes(searchedTerm(q))).map((r) => r.id).sort();
}

async function searchNow(db: Executor, ws: string, q: string): Promise<string[]> {
  const found = (await listBusinesses(db, ws, { q, limit: 500 })).map((b) => b.id).sort();
  // The count (its own query, not the page's) agrees with the page.
  expect(await countBusinesses(db, ws, { q }), `count of ${q}`).toEqual({ total: found.length, totalCapped: false });
  return found;
}

const count = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`;

/** A campaign's figures as they were read before the counts: every recipient joined to its delivery. */
async function figuresBefore(db: Executor, ws: string, campaignId: string) {
  const r = await db
    .selectFrom('crm_recipients as r')
    .leftJoin(moduleDeliveries(db, ws, MODULE).as('d'), 'd.id', 'r.delivery_id')
    .leftJoin('crm_campaigns as c', 'c.id', 'r.campaign_id')
    .select([
      sql<number>`count(*)`.as('audience'),
      count(sql`r.status = 'queued' and (d.status in ('queued', 'failed') or (d.status = 'cancelled' and d.last_error = ${HELD_BY_PAUSE}))`).as('queued'),
      count(sql`d.status in ('sent', 'delivered')`).as('sent'),
      count(sql`r.delivered_at is not null or (c.channel = 'email' and d.status in ('sent', 'delivered') and r.bounced_at is null)`).as('delivered'),
      count(sql`r.bounced_at is not null`).as('bounced'),
      count(sql`d.status = 'dead' and r.bounced_at is null`).as('failed'),
      count(sql`r.status = 'skipped' or (d.status = 'cancelled' and d.last_error <> ${HELD_BY_PAUSE})`).as('skipped'),
      count(sql`r.opened_at is not null`).as('opened'),
      count(sql`r.clicked_at is not null`).as('clicked'),
      count(sql`r.replied_at is not null`).as('replied'),
      count(sql`r.unsubscribed_at is not null`).as('unsubscribed'),
      count(sql`r.purchased_at is not null`).as('purchased'),
    ])
    .where('r.workspace_id', '=', ws)
    .where('r.campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v ?? 0)]));
}

async function figuresNow(db: Executor, ws: string, campaignId: string) {
  const { revenue: _revenue, progress, ...figures } = (await campaignFigures(db, ws, [campaignId])).get(campaignId) ?? expect.fail('no figures');
  return { figures, progress };
}

/** Recipients per furthest status, counted from the rows. */
async function progressBefore(db: Executor, ws: string, campaignId: string) {
  const rows = await db
    .selectFrom('crm_recipients')
    .select(['furthest_status', sql<number>`count(*)`.as('n')])
    .where('workspace_id', '=', ws)
    .where('campaign_id', '=', campaignId)
    .groupBy('furthest_status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.furthest_status, Number(r.n)]));
}

const withoutZeros = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n !== 0));

type DeliveryState = 'none' | 'queued' | 'failed' | 'held' | 'cancelled' | 'dead' | 'sent' | 'delivered';

/** One recipient of a campaign with its delivery in a given state, as the dispatch and the send job leave them. */
async function addRecipient(db: Executor, ws: string, campaignId: string, channel: string, businessId: string, state: DeliveryState, at: number) {
  const deliveryId = state === 'none' ? null : `dlv_${randomBytes(8).toString('hex')}`;
  if (deliveryId) {
    const status = state === 'held' ? 'cancelled' : state;
    await db
      .insertInto('deliveries')
      .values({
        id: deliveryId,
        workspace_id: ws,
        contact_id: null,
        subject_type: 'crm_business',
        subject_id: businessId,
        module: MODULE,
        business_hours_only: 0,
        channel,
        provider: channel === 'sms' ? 'twilio' : 'smtp',
        target: 'someone',
        payload: JSON.stringify({ business_id: businessId, campaign_id: campaignId }),
        status,
        attempts: 1,
        idempotency_key: `crm-campaign:${campaignId}:${businessId}`,
        response: null,
        last_error: state === 'held' ? HELD_BY_PAUSE : state === 'cancelled' ? 'business unsubscribed' : null,
        created_at: at,
        updated_at: at,
        sent_at: status === 'sent' || status === 'delivered' ? at : null,
        latency_ms: null,
      })
      .execute();
  }
  await db
    .insertInto('crm_recipients')
    .values({ workspace_id: ws, campaign_id: campaignId, business_id: businessId, delivery_id: deliveryId, status: state === 'none' ? 'skipped' : 'queued', error: null, created_at: at, updated_at: at })
    .execute();
  return deliveryId;
}

describe(`CRM reads kept by the database (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let ws: string;
  let s: TestServer;
  let owner: Record<string, string>;
  let seq = 0;
  const newBusiness = async (name: string, extra: { phone?: string; email?: string; city?: string } = {}) =>
    (await createBusiness(t.db, ctx, ws, 'ID', { name, email: extra.email ?? `b${++seq}@shop.test`, ...(extra.phone ? { phone: extra.phone } : {}), ...(extra.city ? { city: extra.city } : {}) })).business;

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
    ws = ctx.workspace.id;
    s = await buildTestServer(t);
    owner = await s.ownerToken();
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  it('search finds exactly what a substring of the search text found: any case, accents, local phones, wildcards, after edits and deletes', async () => {
    const names = ['Panadería La Bendición', 'PANADERO Hermanos', 'Toko 50% Diskon_X', 'Back\\slash Shop', 'Café Óptica Ña', 'Warung Bu Ani', 'Ab'];
    for (const [i, name] of names.entries()) await newBusiness(name, { phone: `0812-3456-${String(7000 + i)}`, ...(i % 2 === 0 ? { city: 'Bandung' } : {}) });
    const queries = ['panader', 'PANAD', 'BENDICIÓN', 'ción', 'ña', '50%', '_x', 'n_x', '\\', 'ab', 'a', '0812-3456', '812 3456 70', '7003', '+62812', 'bandung', 'shop.test', 'nothing here'];
    for (const q of queries) expect(await searchNow(t.db, ws, q), q).toEqual(await searchBefore(t.db, ws, q));
    expect((await searchNow(t.db, ws, 'panader')).length).toBe(2);

    // An import of the same phone fills the blank city: the new text is found, in the same transaction as the write.
    const warung = (await listBusinesses(t.db, ws, { q: 'warung', limit: 5 }))[0] ?? expect.fail('no warung');
    await createBusiness(t.db, ctx, ws, 'ID', { name: 'Warung Bu Ani', phone: warung.phone, city: 'Surabaya' });
    expect(await searchNow(t.db, ws, 'surabaya')).toEqual([warung.id]);
    await t.db.deleteFrom('crm_businesses').where('id', '=', warung.id).execute();
    expect(await searchNow(t.db, ws, 'warung')).toEqual([]);
    if (testDialect() === 'sqlite') {
      // The index holds exactly the businesses' texts, nothing left behind by the delete.
      const indexed = await sql<{ rowid: number; search_text: string }>`select rowid, search_text from crm_business_search order by rowid`.execute(t.db);
      const rows = await sql<{ rowid: number; search_text: string }>`select rowid, search_text from crm_businesses order by rowid`.execute(t.db);
      expect(indexed.rows).toEqual(rows.rows);
    }
    for (const q of queries) expect(await searchNow(t.db, ws, q), q).toEqual(await searchBefore(t.db, ws, q));
  });

  it('search pages, newest first, are the same whether the newest businesses fill them or the index finds the rows', async () => {
    // Page size 3 looks among the newest 60 first: "kedai" fills pages there, "langka" (older, rare) needs the index.
    for (let i = 0; i < 90; i++) {
      await newBusiness(i % 30 === 0 ? `Langka ${i}` : `Kedai ${i % 7 === 0 ? 'Kopi' : 'Teh'} ${i}`);
      ctx.clock.advance(1000);
    }
    const walk = async (q: string) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++) {
        const rows = await listBusinesses(t.db, ws, { q, limit: 3, cursor });
        seen.push(...rows.map((b) => b.id));
        const last = rows[rows.length - 1];
        if (rows.length < 3 || !last) return seen;
        cursor = businessCursor(last);
      }
      return expect.fail('more than 100 pages');
    };
    for (const q of ['kedai', 'kopi', 'langka', 'teh 8', 'nothing']) {
      const expected = (await t.db.selectFrom('crm_businesses').select(['id', 'search_text']).where('workspace_id', '=', ws).orderBy('created_at', 'desc').orderBy('id', 'desc').execute())
        .filter((r) => r.search_text.includes(q))
        .map((r) => r.id);
      expect(await walk(q), q).toEqual(expected);
    }
  });

  it('the all-time funnel equals a count of every business after status changes, milestones, concurrent writers and a delete', async () => {
    const businesses = [];
    for (let i = 0; i < 24; i++) businesses.push(await newBusiness(`Funnel ${i}`));
    const change = (b: { id: string }, c: Omit<StatusChange, 'workspaceId' | 'businessId' | 'actor' | 'detail' | 'note'>) =>
      t.db.transaction().execute((trx) => applyStatusChange(trx, ctx.clock, { workspaceId: ws, businessId: b.id, actor: systemActor, detail: 'test', note: null, ...c }, silent));
    // Many writers at once, each in its own transaction, several on the same business.
    await Promise.all(businesses.map((b) => change(b, { field: 'contact_status', to: 'emailed', cause: 'campaign_send' })));
    await Promise.all(
      businesses.flatMap((b, i) => [
        i % 2 ? change(b, { field: 'contact_status', to: 'opened', cause: 'tracking' }) : Promise.resolve(),
        i % 3 === 0 ? change(b, { field: 'contact_status', to: 'replied', cause: 'reply' }) : Promise.resolve(),
        i % 4 === 0 ? change(b, { field: 'website_status', to: 'generating', cause: 'site_event' }) : Promise.resolve(),
        i % 5 === 0 ? change(b, { field: 'subscription_status', to: 'active', cause: 'subscription', eventAt: ctx.clock.now() }) : Promise.resolve(),
      ]),
    );
    await Promise.all(businesses.slice(0, 6).map((b) => change(b, { field: 'contact_status', to: 'purchased', cause: 'payment' })));
    // A milestone alone (precedence kept the status), and a business removed.
    await t.db.updateTable('crm_businesses').set({ clicked_at: ctx.clock.now() }).where('id', '=', businesses[7]?.id ?? '').execute();
    await t.db.deleteFrom('crm_businesses').where('id', '=', businesses[8]?.id ?? '').execute();

    const kept = await funnel(t.db, ws, {});
    const scanned = await funnel(t.db, ws, EVER);
    expect({ ...kept, from: null, to: null }).toEqual({ ...scanned, from: null, to: null });
    const rows = await t.db.selectFrom('crm_businesses').selectAll().where('workspace_id', '=', ws).execute();
    expect(kept.stages.map((st) => st.count)).toEqual([
      rows.length,
      rows.filter((r) => r.contacted_at ?? r.opened_at ?? r.clicked_at ?? r.replied_at ?? r.purchased_at).length,
      rows.filter((r) => r.opened_at ?? r.clicked_at ?? r.replied_at ?? r.purchased_at).length,
      rows.filter((r) => r.replied_at ?? r.purchased_at).length,
      rows.filter((r) => r.purchased_at).length,
    ]);
    expect(kept.contact_status.purchased).toBe(6);
    const negative = await t.db.selectFrom('crm_funnel_counts').select('n').where('n', '<', 0).execute();
    expect(negative).toEqual([]);
  });

  for (const channel of ['email', 'sms'] as const) {
    it(`${channel} campaign figures equal the figures read from every recipient and delivery, through sends, failures and concurrent facts`, async () => {
      const c = await createCampaign(t.db, ctx.clock, ws, { name: `Figures ${channel}`, channel, subject: channel === 'email' ? 'Hi' : null, body: 'Hello {{name}}' }, 60, systemActor);
      const states: DeliveryState[] = ['none', 'queued', 'failed', 'held', 'cancelled', 'dead', 'sent', 'delivered'];
      const recipients: { businessId: string; deliveryId: string | null; state: DeliveryState }[] = [];
      for (let i = 0; i < 32; i++) {
        const b = await newBusiness(`${channel} recipient ${i}`);
        const state = states[i % states.length] ?? 'none';
        recipients.push({ businessId: b.id, deliveryId: await addRecipient(t.db, ws, c.id, channel, b.id, state, ctx.clock.now()), state });
      }
      const check = async () => {
        const now = await figuresNow(t.db, ws, c.id);
        expect(now.figures).toEqual(await figuresBefore(t.db, ws, c.id));
        expect(withoutZeros(now.progress)).toEqual(await progressBefore(t.db, ws, c.id));
      };
      await check();

      const key = (r: { businessId: string }) => ({ workspaceId: ws, campaignId: c.id, businessId: r.businessId });
      const mark = (r: { businessId: string }, facts: RecipientFact[], error?: string) =>
        t.db.transaction().execute((trx) => markRecipient(trx, ctx.clock.now(), key(r), facts, error));
      // The send's follow-up records half of the accepted ones (the others are still waiting for it).
      const accepted = recipients.filter((r) => r.state === 'sent' || r.state === 'delivered');
      await Promise.all(accepted.filter((_, i) => i % 2 === 0).map((r) => mark(r, ['sent_at'])));
      await check();
      // A waiting one is accepted now; a failed one gives up; a held one is let go again.
      const waiting = recipients.filter((r) => r.state === 'queued');
      for (const r of waiting.slice(0, 2)) await t.db.updateTable('deliveries').set({ status: 'sent', sent_at: ctx.clock.now() }).where('id', '=', r.deliveryId ?? '').execute();
      await mark(waiting[0] ?? expect.fail('no waiting'), ['sent_at']);
      for (const r of recipients.filter((x) => x.state === 'failed')) await t.db.updateTable('deliveries').set({ status: 'dead' }).where('id', '=', r.deliveryId ?? '').execute();
      await check();
      // Facts from callbacks, clicks, replies and payments, many at once and some twice.
      const facts: RecipientFact[][] = [['delivered_at'], ['opened_at'], ['opened_at', 'clicked_at'], ['replied_at'], ['unsubscribed_at'], ['purchased_at'], ['bounced_at']];
      await Promise.all(accepted.flatMap((r, i) => [mark(r, facts[i % facts.length] ?? []), mark(r, facts[(i + 1) % facts.length] ?? [])]));
      await Promise.all(accepted.map((r) => mark(r, ['opened_at'])));
      // An SMTP bounce at send time: dead, and bounced.
      for (const r of recipients.filter((x) => x.state === 'dead').slice(0, 2)) await mark(r, ['bounced_at'], '550');
      await check();
      expect((await figuresNow(t.db, ws, c.id)).figures.audience).toBe(32);
    });
  }

  it("a recipient's furthest status never moves backwards, and the recipients list filters by it, page by page", async () => {
    const c = await createCampaign(t.db, ctx.clock, ws, { name: 'Progress', channel: 'email', subject: 'Hi', body: 'Hello' }, 60, systemActor);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const b = await newBusiness(`Progress ${i}`);
      await addRecipient(t.db, ws, c.id, 'email', b.id, 'sent', ctx.clock.now());
      ids.push(b.id);
    }
    const furthest = async (businessId: string) =>
      (await t.db.selectFrom('crm_recipients').select('furthest_status').where('campaign_id', '=', c.id).where('business_id', '=', businessId).executeTakeFirstOrThrow()).furthest_status;
    const mark = (businessId: string, facts: RecipientFact[]) => {
      ctx.clock.advance(1_000);
      return markRecipient(t.db, ctx.clock.now(), { workspaceId: ws, campaignId: c.id, businessId }, facts);
    };
    const [first = '', second = '', third = ''] = ids;
    expect(await furthest(first)).toBe('queued');
    await mark(first, ['sent_at']);
    expect(await furthest(first)).toBe('sent');
    await mark(first, ['clicked_at']);
    await mark(first, ['delivered_at']);
    await mark(first, ['opened_at']);
    expect(await furthest(first)).toBe('clicked');
    await mark(first, ['replied_at']);
    expect(await furthest(first)).toBe('replied');
    for (const id of [second, third]) await mark(id, ['sent_at', 'opened_at']);

    const list = async (query: string) => {
      const res = await s.app.inject({ method: 'GET', url: `/api/v1/crm/campaigns/${c.id}/recipients?${query}`, headers: owner });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: { business_id: string; furthest_status: string; status: string }[]; next_cursor: string | null }>();
    };
    const page1 = await list('furthest_status=opened&limit=1');
    expect(page1.items.map((r) => r.business_id)).toEqual([third]);
    expect(page1.items[0]?.status).toBe('sent');
    const page2 = await list(`furthest_status=opened&limit=1&cursor=${encodeURIComponent(page1.next_cursor ?? '')}`);
    expect(page2.items.map((r) => r.business_id)).toEqual([second]);
    expect(page2.next_cursor).toBeNull();
    expect((await list('furthest_status=replied')).items.map((r) => [r.business_id, r.furthest_status])).toEqual([[first, 'replied']]);
    expect((await list('')).items).toHaveLength(5);
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/crm/campaigns/${c.id}/recipients?furthest_status=lost`, headers: owner })).statusCode).toBe(400);

    const detail = (await s.app.inject({ method: 'GET', url: `/api/v1/crm/campaigns/${c.id}`, headers: owner })).json<{
      figures: { progress: Record<string, number> };
      recipients: { business_id: string; furthest_status: string }[];
    }>();
    expect(withoutZeros(detail.figures.progress)).toEqual({ replied: 1, opened: 2, queued: 2 });
    expect(detail.recipients.find((r) => r.business_id === first)?.furthest_status).toBe('replied');
  });
});

/** Migrated with every migration whose key sorts before `prefix` (the core's all), to hold data from before. */
async function databaseBefore(prefix: string): Promise<{ handle: DatabaseHandle; migrations: ReturnType<typeof moduleMigrations>; destroy(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  let destroy: () => Promise<void>;
  if (adminUrl) {
    const name = `lc_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    handle = openDatabase({ kind: 'postgres', url: url.toString() });
    destroy = async () => {
      await handle.close().catch(() => undefined);
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-test-'));
    handle = openDatabase({ kind: 'sqlite', file: path.join(dir, 'leadcycle.db') });
    destroy = async () => {
      await handle.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const migrations = moduleMigrations(modules, handle.dialect);
  await migrateToLatest(handle.db, handle.dialect, Object.fromEntries(Object.entries(migrations).filter(([key]) => key < prefix)));
  return { handle, migrations, destroy };
}

describe(`CRM reads: the migrations backfill what was there (${testDialect()})`, () => {
  it('search, the all-time funnel, campaign figures and furthest statuses cover the rows written before them', async () => {
    const before = await databaseBefore('2026-12-06-16');
    try {
      const db = before.handle.db as unknown as Kysely<any>;
      const ws = 'ws_backfill';
      const now = Date.UTC(2026, 11, 1);
      const business = (i: number, status: string, milestones: Record<string, number>) => ({
        id: `biz_${String(i).padStart(4, '0')}`,
        workspace_id: ws,
        contact_id: null,
        name: `Toko ${i % 2 ? 'Roti' : 'Kopi'} ${i}`,
        phone: `+62812000${String(i).padStart(4, '0')}`,
        email: null,
        website: null,
        city: null,
        source: null,
        owner: null,
        contact_status: status,
        website_status: 'none',
        subscription_status: 'none',
        subscription_event_at: null,
        subscription_id: null,
        customer_ref: null,
        site_url: null,
        search_text: `toko ${i % 2 ? 'roti' : 'kopi'} ${i} +62812000${String(i).padStart(4, '0')}`,
        last_campaign_id: null,
        contacted_at: null,
        opened_at: null,
        clicked_at: null,
        replied_at: null,
        purchased_at: null,
        unsubscribed_at: null,
        bounced_at: null,
        ...milestones,
        created_at: now + i,
        updated_at: now + i,
      });
      const plan = [
        ['pending', {}],
        ['sms_sent', { contacted_at: now }],
        ['replied', { contacted_at: now, replied_at: now }],
        ['purchased', { contacted_at: now, purchased_at: now }],
        ['sms_sent', { contacted_at: now, opened_at: now }],
      ] as const;
      for (let i = 0; i < 20; i++) {
        const [status, m] = plan[i % plan.length] ?? ['pending', {}];
        await db.insertInto('crm_businesses').values(business(i, status, m)).execute();
      }
      await db
        .insertInto('crm_campaigns')
        .values({ id: 'cmp_backfill', workspace_id: ws, name: 'Before', channel: 'sms', subject: null, body: 'Hi', audience: '{}', rate_per_minute: 60, status: 'finished', cursor: null, created_by: null, created_at: now, updated_at: now, started_at: now, finished_at: now })
        .execute();
      const states: DeliveryState[] = ['sent', 'sent', 'delivered', 'queued', 'dead', 'cancelled', 'none', 'held'];
      for (let i = 0; i < 16; i++) {
        const businessId = `biz_${String(i).padStart(4, '0')}`;
        const state = states[i % states.length] ?? 'none';
        const deliveryId = await addRecipient(db as Kysely<Database>, ws, 'cmp_backfill', 'sms', businessId, state, now);
        // The send's follow-up had run for some accepted messages: their outgoing message exists.
        if ((state === 'sent' || state === 'delivered') && i % 3 !== 0) {
          await db
            .insertInto('crm_messages')
            .values({ id: `msg_${i}`, workspace_id: ws, business_id: businessId, direction: 'out', channel: 'sms', campaign_id: 'cmp_backfill', delivery_id: deliveryId, provider_ref: `SM${i}`, subject: null, body: 'Hi', status: 'sent', error_code: null, created_at: now + 5, updated_at: now + 5 })
            .execute();
        }
        if (i % 4 === 2) await db.updateTable('crm_recipients').set({ replied_at: now + 9 }).where('business_id', '=', businessId).execute();
        if (i === 4) await db.updateTable('crm_recipients').set({ bounced_at: now + 9, error: '30003' }).where('business_id', '=', businessId).execute();
      }

      await migrateToLatest(before.handle.db, before.handle.dialect, before.migrations);
      const d = before.handle.db;
      for (const q of ['roti', 'kopi 1', '0812-0000-01', 'nothing']) expect(await searchNow(d, ws, q), q).toEqual(await searchBefore(d, ws, q));
      expect((await searchNow(d, ws, 'roti')).length).toBe(10);
      const kept = await funnel(d, ws, {});
      expect({ ...kept, from: null, to: null }).toEqual({ ...(await funnel(d, ws, EVER)), from: null, to: null });
      expect(kept.stages.map((st) => st.count)).toEqual([20, 16, 12, 8, 4]);
      const now2 = await figuresNow(d, ws, 'cmp_backfill');
      expect(now2.figures).toEqual(await figuresBefore(d, ws, 'cmp_backfill'));
      expect(withoutZeros(now2.progress)).toEqual(await progressBefore(d, ws, 'cmp_backfill'));
      const sentAt = await d.selectFrom('crm_recipients').select(['business_id', 'sent_at']).where('sent_at', 'is not', null).orderBy('business_id').execute();
      expect(sentAt.map((r) => [r.business_id, Number(r.sent_at)])).toEqual(
        [1, 2, 8, 10].map((i) => [`biz_${String(i).padStart(4, '0')}`, now + 5]),
      );
    } finally {
      await before.destroy();
    }
  });
});
