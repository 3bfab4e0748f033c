// A burst of order.created events as one set (ingestOrders) against the same orders one by one (ingestOrder): same
// leads, contacts, history, counters, deliveries, timers and outcomes, on a real database.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-context.js';
import { insertThreeEntries, PRODUCTS, STORE } from '../../../test/helpers/scalev-entries.js';
import { findOrCreateContact } from '../../core/contacts/contacts.js';
import type { EventOutcome } from '../../core/inbox/process.js';
import { getStageCounts } from '../../core/lifecycle/moves.js';
import { createWorkspace } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';
import { ingestOrder, type Cause, type Flow } from './flow.js';
import { ingestOrders } from './order-sets.js';
import { leadPipeline } from './pipeline.js';
import type { OrderFacts } from './rules.js';


const order = (i: number, over: Partial<OrderFacts> = {}, product: 0 | 1 | 2 = 0): OrderFacts => ({
  orderId: `ORD-${i}`,
  storeName: STORE,
  createdAt: Date.UTC(2026, 11, 1, 8, 0, 0),
  paid: false,
  customer: { name: `Pembeli ${i}`, email: `pembeli.${i}@contoh.co.id`, phone: `0812000000${String(i).padStart(2, '0')}` },
  amount: { cents: 150_000_00 + i, currency: 'IDR' },
  items: [{ productName: PRODUCTS[product], amountCents: 150_000_00 + i }],
  ...over,
});

/** The burst: every path of ingestOrder, and the orders the set leaves to it. */
const BURST: OrderFacts[] = [
  order(0),
  order(1, { paid: true, paidAt: Date.UTC(2026, 11, 1, 9) }),
  order(2, { items: [{ productName: PRODUCTS[0], amountCents: 100_00 }, { productName: PRODUCTS[1], amountCents: 200_00 }] }),
  order(3, { customer: { name: 'Tanpa Surel', phone: '081200000003' } }),
  order(4, { items: [{ productName: 'Produk Lain', amountCents: 1 }] }),
  // The customer of order 0 again, with another email: the contact is order 0's, its email kept.
  order(5, { customer: { name: 'Pembeli Nol', phone: '081200000000', email: 'lain@contoh.co.id' } }),
  // Known before the burst by email alone: the contact's blank phone is filled.
  order(6, { customer: { name: 'Lama', email: 'lama@contoh.co.id', phone: '081200000066' } }),
  // Phone of one earlier contact, email of another: the two are merged.
  order(7, { customer: { name: 'Dua Catatan', email: 'dua.b@contoh.co.id', phone: '081200000077' } }),
  // Neither a usable phone nor an email: no contact, the lead is still made.
  order(8, { customer: { name: 'Tanpa Kontak', phone: 'nomor salah' } }),
  // Already ingested before the burst (a replay): left to ingestOrder.
  order(9, { paid: true }),
  // The same order twice in the burst: both left to ingestOrder.
  order(10),
  order(10, { paid: true }),
  // The entry that waits 30 days.
  order(11, {}, 1),
];

const cause = (i: number): Cause => ({ cause: 'webhook:order.created', actor: { type: 'webhook', id: `evt_${i}` }, eventId: `evt_${i}` });

describe(`order.created as a set and one by one (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => t.destroy());

  /** A workspace with three entries (the second waits 30 days), the contacts and the lead known before the burst. */
  async function prepared(): Promise<string> {
    const workspaceId = (await createWorkspace(t.db, ctx.clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko' })).id;
    const now = ctx.clock.now();
    await insertThreeEntries(t.db, workspaceId, now);
    const people = [{ email: 'lama@contoh.co.id' }, { phone: '081200000077', name: 'Dua A' }, { email: 'dua.b@contoh.co.id', name: 'Dua B' }];
    for (const person of people) {
      ctx.clock.advance(1_000);
      await findOrCreateContact(t.db, ctx, { workspaceId, country: 'ID', ...person });
    }
    await t.db.transaction().execute((trx) => ingestOrder({ db: trx, ctx, workspaceId }, order(9), cause(900)));
    return workspaceId;
  }

  /** Everything ingesting touches in one workspace, with generated ids replaced by stable names. */
  async function snapshot(db: Executor, workspaceId: string, outcomes: readonly EventOutcome[]) {
    const leads = await db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).orderBy('order_id').orderBy('product_list_id').execute();
    const contacts = await db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('phone').orderBy('email').execute();
    const deliveries = await db.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId).orderBy('idempotency_key').execute();
    const names = new Map<string, string>([
      ...deliveries.map((d): [string, string] => [d.id, `delivery(${d.idempotency_key})`]),
      ...leads.map((l): [string, string] => [l.id, `lead(${l.order_id}/${l.product_list_id.slice(-1)})`]),
      ...contacts.map((c): [string, string] => [c.id, `contact(${c.phone ?? ''}/${c.email ?? ''})`]),
      [workspaceId, 'workspace'],
    ]);
    const stable = (value: unknown): unknown => JSON.parse([...names].reduce((text, [id, name]) => text.split(id).join(name), JSON.stringify(value)));
    const history = await db.selectFrom('stage_history').select(['subject_id', 'from_stage', 'to_stage', 'cause', 'actor_type', 'actor_id', 'event_id', 'at']).where('workspace_id', '=', workspaceId).orderBy('subject_id').orderBy('at').execute();
    const counters = await db.selectFrom('scalev_lead_counts').select(['product_list_id', 'sales_person_key', 'stage', 'count', 'value_cents']).where('workspace_id', '=', workspaceId).execute();
    const jobs = await db.selectFrom('jobs').select(['name', 'payload', 'status', 'run_at', 'job_key', 'serial_key']).where('workspace_id', '=', workspaceId).execute();
    const audit = await db.selectFrom('audit_log').select(['action', 'subject_type']).where('workspace_id', '=', workspaceId).orderBy('action').execute();
    // Sorted after the ids are named, so rows line up by what they are, not by their random ids.
    const sorted = <T>(rows: T[]) => (stable(rows) as T[]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return stable({
      outcomes,
      leads: leads.map(({ workspace_id: _ws, product_list_id, ...rest }) => ({ ...rest, entry: product_list_id.slice(-1) })),
      contacts: sorted(contacts.map(({ workspace_id: _ws, created_at: _c, updated_at: _u, ...rest }) => rest)),
      history: sorted(history),
      stages: await getStageCounts(db, workspaceId, leadPipeline),
      counters: sorted(counters.map((c) => ({ ...c, product_list_id: c.product_list_id.slice(-1), count: Number(c.count), value_cents: Number(c.value_cents) }))),
      deliveries: sorted(deliveries.map((d) => [d.target, d.payload, d.idempotency_key, d.status, d.subject_id, d.contact_id, d.created_at])),
      jobs: sorted(jobs.map((j) => [j.name, j.payload, j.status, Number(j.run_at), j.job_key, j.serial_key])),
      audit,
    });
  }

  it('creates, links, counts, sends, times and reports exactly as the orders one by one do', async () => {
    // Both workspaces live through the same times, so their rows can be compared field by field.
    const start = ctx.clock.now();
    const one = await prepared();
    ctx.clock.set(start);
    const set = await prepared();

    const singly: EventOutcome[] = [];
    for (const [i, facts] of BURST.entries()) {
      singly.push(await t.db.transaction().execute((trx) => ingestOrder({ db: trx, ctx, workspaceId: one }, facts, cause(i))));
    }
    const together = await t.db.transaction().execute(async (trx) => {
      const f: Flow = { db: trx, ctx, workspaceId: set };
      const outcomes = await ingestOrders(f, BURST.map((facts, i) => ({ facts, cause: cause(i) })));
      // What the set leaves out runs alone afterwards, as the inbox does.
      const left = outcomes.flatMap((o, i) => (o === undefined ? [i] : []));
      expect(left).toEqual([9, 10, 11]);
      for (const i of left) outcomes[i] = await ingestOrder(f, BURST[i]!, cause(i));
      return outcomes as EventOutcome[];
    });

    const expected = await snapshot(t.db, one, singly);
    expect(await snapshot(t.db, set, together)).toEqual(expected);
    // What that is, in part: the unmatched order skipped, a contact-less lead made, the replay and the merge seen.
    expect(singly[4]).toMatchObject({ status: 'skipped', outcome: 'no product matched' });
    expect(singly[8]?.outcome).toMatch(/^contact not recorded: no usable phone or email; Madu Hutan Sumbawa \(matched by exact name\): lead \S+ created in Follow Up; not sent: the order has no email address$/);
    expect(singly[9]?.outcome).toMatch(/lead \S+ already exists/);
    expect((expected as { audit: { action: string }[] }).audit.map((a) => a.action)).toContain('contact.merge');
    expect(await getStageCounts(t.db, set, leadPipeline)).toEqual({ follow_up: 9, not_closing: 0, closing: 3 });
  });

  it('leaves to ingestOrder an order whose entry names a sales person and whose webhook names nobody', async () => {
    const workspaceId = await prepared();
    await t.db.updateTable('scalev_product_lists').set({ sales_person_email: 'sari@toko.co.id', sales_person_key: 'sari@toko.co.id' }).where('workspace_id', '=', workspaceId).execute();
    const outcomes = await t.db.transaction().execute((trx) => ingestOrders({ db: trx, ctx, workspaceId }, [0, 1].map((i) => ({ facts: order(20 + i), cause: cause(20 + i) }))));
    expect(outcomes).toEqual([undefined, undefined]);
    expect(await t.db.selectFrom('scalev_leads').select('id').where('workspace_id', '=', workspaceId).where('order_id', 'in', ['ORD-20', 'ORD-21']).execute()).toEqual([]);
  });
});
