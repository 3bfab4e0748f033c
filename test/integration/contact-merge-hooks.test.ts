// Modules' onContactMerged hooks: every module's rows follow a merge, by hand or automatic, inside its transaction.
import { sql, type Kysely, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateContact, getContact, mergeContacts, type MergeEvent } from '../../src/core/contacts/contacts.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';

const migrations: Record<string, Migration> = {
  '2026-12-03-9000-test-orders': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('test_orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

/** A module keeping orders per contact: its hook re-points them to the surviving contact. */
const ordersModule: ModuleDescriptor = {
  name: 'test-orders',
  async onContactMerged(db, merge) {
    await sql`update test_orders set contact_id = ${merge.intoId} where workspace_id = ${merge.workspaceId} and contact_id = ${merge.fromId}`.execute(db);
  },
};

describe(`contact merge hooks from module descriptors (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let failing: TestContext;
  const seen: MergeEvent[] = [];

  /** A second module that records each merge, and one whose hook always fails. */
  const recorder: ModuleDescriptor = { name: 'test-recorder', onContactMerged: async (_db, merge) => void seen.push(merge) };
  const broken: ModuleDescriptor = {
    name: 'test-broken',
    onContactMerged: async () => {
      throw new Error('test-broken could not re-point its rows');
    },
  };

  beforeAll(async () => {
    t = await createTestDb(migrations);
    ctx = await createTestContext(t, {}, { modules: [ordersModule, recorder] });
    failing = await createTestContext(t, {}, { modules: [ordersModule, broken] });
  });
  afterAll(async () => t.destroy());

  const order = async (id: string, contactId: string) =>
    sql`insert into test_orders (id, workspace_id, contact_id) values (${id}, ${ctx.workspace.id}, ${contactId})`.execute(t.db);
  const ownerOf = async (id: string) =>
    (await sql<{ contact_id: string }>`select contact_id from test_orders where id = ${id}`.execute(t.db)).rows[0]?.contact_id;
  const contact = async (input: { phone?: string; email?: string }) =>
    (await findOrCreateContact(t.db, ctx, { workspaceId: ctx.workspace.id, country: 'ID', ...input })).contact;

  it('re-points every module’s rows when a person merges two contacts', async () => {
    const a = await contact({ phone: '081311110001' });
    const b = await contact({ email: 'merge-by-hand@example.com' });
    await order('ord_1', b.id);
    await order('ord_2', a.id);
    seen.length = 0;
    await mergeContacts(t.db, ctx, { workspaceId: ctx.workspace.id, fromId: b.id, intoId: a.id, actor: { type: 'user', id: 'usr_1' } });
    expect(await ownerOf('ord_1')).toBe(a.id);
    expect(await ownerOf('ord_2')).toBe(a.id);
    expect(seen).toEqual([{ workspaceId: ctx.workspace.id, fromId: b.id, intoId: a.id }]);
  });

  it('re-points them in the automatic merge of findOrCreateContact, inside the caller’s transaction', async () => {
    const older = await contact({ phone: '081311110002' });
    ctx.clock.advance(1000);
    const newer = await contact({ email: 'auto-merge@example.com' });
    await order('ord_3', newer.id);

    // Rolled back with the caller's transaction: the hook's update goes with it.
    await t.db
      .transaction()
      .execute(async (trx) => {
        const r = await findOrCreateContact(trx, ctx, { workspaceId: ctx.workspace.id, country: 'ID', phone: '081311110002', email: 'auto-merge@example.com' });
        expect(r.merged).toEqual({ from: newer.id, into: older.id });
        expect((await sql<{ contact_id: string }>`select contact_id from test_orders where id = 'ord_3'`.execute(trx)).rows[0]?.contact_id).toBe(older.id);
        throw new Error('caller gives up');
      })
      .catch(() => undefined);
    expect(await ownerOf('ord_3')).toBe(newer.id);
    expect((await getContact(t.db, ctx.workspace.id, newer.id))?.id).toBe(newer.id);

    const r = await findOrCreateContact(t.db, ctx, { workspaceId: ctx.workspace.id, country: 'ID', phone: '081311110002', email: 'auto-merge@example.com' });
    expect(r.merged).toEqual({ from: newer.id, into: older.id });
    expect(await ownerOf('ord_3')).toBe(older.id);
  });

  it('undoes the whole merge, other modules’ re-pointing included, when one hook throws', async () => {
    const a = await contact({ phone: '081311110003' });
    const b = await contact({ email: 'broken-hook@example.com' });
    await order('ord_4', b.id);
    await expect(
      mergeContacts(t.db, failing, { workspaceId: ctx.workspace.id, fromId: b.id, intoId: a.id, actor: { type: 'user', id: 'usr_1' } }),
    ).rejects.toThrow('test-broken could not re-point its rows');
    expect(await ownerOf('ord_4')).toBe(b.id);
    expect(await getContact(t.db, ctx.workspace.id, b.id)).toEqual(b);
    expect(await getContact(t.db, ctx.workspace.id, a.id)).toEqual(a);

    // The automatic merge fails the same way and leaves both contacts as they were.
    await expect(
      findOrCreateContact(t.db, failing, { workspaceId: ctx.workspace.id, country: 'ID', phone: '081311110003', email: 'broken-hook@example.com' }),
    ).rejects.toThrow('test-broken could not re-point its rows');
    expect(await ownerOf('ord_4')).toBe(b.id);
    expect((await getContact(t.db, ctx.workspace.id, b.id))?.merged_into).toBeNull();
  });
});
