// The set form of the lead timer (expireLeads, run by a batch of due timers) against the one-by-one form (expireLead):
// same leads, history, counters, deliveries, jobs and outcomes, on a real database.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-context.js';
import { insertThreeEntries, PRODUCTS, STORE } from '../../../test/helpers/scalev-entries.js';
import { getStageCounts } from '../../core/lifecycle/moves.js';
import { createWorkspace } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';
import { expireLead, expireLeads, ingestOrder, type Flow } from './flow.js';
import { leadPipeline } from './pipeline.js';
import type { OrderFacts } from './rules.js';

const DAY = 24 * 60 * 60_000;
const TIMER = { cause: 'timer:not-closing', actor: { type: 'system', id: 'timer' } } as const;

describe(`lead timers as a set and one by one (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => t.destroy());

  /** A workspace with three entries (the second waits 30 days), five leads of every kind; returns their ids. */
  async function workspaceWithLeads(): Promise<{ workspaceId: string; leadIds: string[] }> {
    const workspaceId = (await createWorkspace(t.db, ctx.clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko' })).id;
    const now = ctx.clock.now();
    const entryIds = await insertThreeEntries(t.db, workspaceId, now);
    const orders: [0 | 1 | 2, Partial<OrderFacts>][] = [
      [0, {}],
      [0, { customer: { name: 'Tanpa Surel', phone: '081200000002' } }],
      [1, {}],
      [2, {}],
      [0, { paid: true }],
    ];
    await t.db.transaction().execute(async (trx) => {
      const f: Flow = { db: trx, ctx, workspaceId };
      for (const [i, [product, over]] of orders.entries()) {
        const facts: OrderFacts = {
          orderId: `ORD-${i}`,
          storeName: STORE,
          createdAt: now,
          paid: false,
          customer: { name: `Pembeli ${i}`, email: `pembeli.${i}@contoh.co.id`, phone: `08120000000${i}` },
          amount: { cents: 150_000_00 + i, currency: 'IDR' },
          items: [{ productName: PRODUCTS[product], amountCents: 150_000_00 + i }],
          ...over,
        };
        await ingestOrder(f, facts, { cause: 'webhook:order.created', actor: { type: 'webhook', id: `evt_${i}` } });
      }
      // The third entry is deleted while its lead waits: the lead still moves, but is sent nowhere.
      await trx.deleteFrom('scalev_product_lists').where('id', '=', entryIds[2]!).execute();
    });
    const leads = await t.db.selectFrom('scalev_leads').select(['id']).where('workspace_id', '=', workspaceId).orderBy('order_id').execute();
    return { workspaceId, leadIds: leads.map((l) => l.id) };
  }

  /** Everything the timers touch in one workspace, with its generated ids replaced by stable names. */
  async function snapshot(db: Executor, workspaceId: string, leadIds: readonly string[], outcomes: readonly string[]) {
    const deliveries = await db.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId).orderBy('idempotency_key').execute();
    // Deliveries first: their names hold lead ids, replaced next.
    const names = new Map<string, string>([
      ...deliveries.map((d): [string, string] => [d.id, `delivery(${d.idempotency_key})`]),
      ...leadIds.map((id, i): [string, string] => [id, `lead${i}`]),
      [workspaceId, 'workspace'],
    ]);
    const stable = (value: unknown): unknown => JSON.parse([...names].reduce((text, [id, name]) => text.split(id).join(name), JSON.stringify(value)));
    const leads = await db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).orderBy('order_id').execute();
    const history = await db.selectFrom('stage_history').select(['subject_id', 'from_stage', 'to_stage', 'cause', 'actor_type', 'actor_id', 'at']).where('workspace_id', '=', workspaceId).orderBy('subject_id').orderBy('at').orderBy('id').execute();
    const counters = await db.selectFrom('scalev_lead_counts').select(['product_list_id', 'sales_person_key', 'stage', 'count', 'value_cents']).where('workspace_id', '=', workspaceId).execute();
    const jobs = await db.selectFrom('jobs').select(['name', 'payload', 'status', 'run_at', 'job_key', 'serial_key']).where('workspace_id', '=', workspaceId).execute();
    return stable({
      outcomes,
      leads: leads.map(({ id: _id, workspace_id: _ws, contact_id: _c, product_list_id, ...rest }) => ({ ...rest, entry: product_list_id.slice(-1) })),
      history,
      stages: await getStageCounts(db, workspaceId, leadPipeline),
      counters: counters.map((c) => ({ ...c, product_list_id: c.product_list_id.slice(-1), count: Number(c.count), value_cents: Number(c.value_cents) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      deliveries: deliveries.map((d) => [d.target, d.payload, d.idempotency_key, d.status, d.subject_id, d.created_at]),
      jobs: jobs.map((j) => [j.name, j.payload, j.status, Number(j.run_at), j.job_key, j.serial_key]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    });
  }

  it('moves, counts, sends, re-arms and reports exactly as the timers one by one do', async () => {
    const one = await workspaceWithLeads();
    const set = await workspaceWithLeads();
    ctx.clock.advance(8 * DAY);

    const singly: string[] = [];
    for (const id of one.leadIds) {
      singly.push((await t.db.transaction().execute((trx) => expireLead({ db: trx, ctx, workspaceId: one.workspaceId }, id, TIMER))).text);
    }
    const together = (await t.db.transaction().execute((trx) => expireLeads({ db: trx, ctx, workspaceId: set.workspaceId }, set.leadIds, TIMER))).map((o) => o.text);

    const expected = await snapshot(t.db, one.workspaceId, one.leadIds, singly);
    expect(await snapshot(t.db, set.workspaceId, set.leadIds, together)).toEqual(expected);
    // What that is: two leads moved (one sent to its list, one without email), one re-armed, one already paid,
    // and one moved whose entry was deleted.
    expect(singly).toEqual([
      'Follow Up → Not Closing; sent to Not Closing list n0',
      'Follow Up → Not Closing; not sent: the order has no email address',
      'delay was lengthened: timer moved',
      `Follow Up → Not Closing; not sent: product entry pl_${one.workspaceId}_2 was deleted`,
      'lead is closing: nothing to do',
    ]);
    expect(await getStageCounts(t.db, set.workspaceId, leadPipeline)).toEqual({ follow_up: 1, not_closing: 3, closing: 1 });
  });

  it('a lead that does not exist fails the set, as it fails its own timer', async () => {
    const { workspaceId, leadIds } = await workspaceWithLeads();
    const run = (ids: string[]) => t.db.transaction().execute((trx) => expireLeads({ db: trx, ctx, workspaceId }, ids, TIMER));
    await expect(run([...leadIds, 'lead_gone'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.db.transaction().execute((trx) => expireLead({ db: trx, ctx, workspaceId }, 'lead_gone', TIMER))).rejects.toMatchObject({ code: 'not_found' });
  });
});
