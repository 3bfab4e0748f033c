// A delivery by id, and a module's deliveries as a join for its own rows, against a real database: each scoped to its
// workspace (and its owning module), showing what became of a delivery and nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { fakeClock } from '../clock.js';
import { sqlitePlans } from '../../../test/helpers/query-plans.js';
import { createDelivery, findDelivery, moduleDeliveries, moduleDeliveriesByIds } from './deliveries.js';

describe(`deliveries by id and by owner (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const target = () => ({ db: t.db, dialect: t.dialect, clock });
  const make = (workspaceId: string, module: string, key: string) =>
    createDelivery(target(), workspaceId, { module, channel: 'sms', provider: 'twilio', target: '+6281234567890', payload: { to: '+6281234567890', body: 'hi' }, idempotencyKey: key });
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('findDelivery answers within the workspace, and undefined for anything else', async () => {
    const { delivery } = await make('ws_a', 'crm-lifecycle', 'k1');
    expect(await findDelivery(t.db, 'ws_a', delivery.id)).toMatchObject({ id: delivery.id, module: 'crm-lifecycle', status: 'queued' });
    expect(await findDelivery(t.db, 'ws_b', delivery.id)).toBeUndefined();
    expect(await findDelivery(t.db, 'ws_a', 'dlv_missing')).toBeUndefined();
  });

  it("moduleDeliveries joins only the module's own deliveries of the workspace, with their status, last error and last change", async () => {
    const own = (await make('ws_c', 'crm-lifecycle', 'k2')).delivery;
    const others = (await make('ws_c', 'scalev-leads', 'k3')).delivery;
    const elsewhere = (await make('ws_d', 'crm-lifecycle', 'k4')).delivery;
    await t.db.updateTable('deliveries').set({ status: 'cancelled', last_error: 'campaign paused', updated_at: 1_767_600_000_000 }).where('id', '=', own.id).execute();

    const rows = await t.db.selectFrom(moduleDeliveries(t.db, 'ws_c', 'crm-lifecycle').as('d')).selectAll().orderBy('d.id').execute();
    expect(rows.map((r) => ({ ...r, updated_at: Number(r.updated_at) }))).toEqual([{ id: own.id, status: 'cancelled', last_error: 'campaign paused', updated_at: 1_767_600_000_000 }]);
    expect(rows.map((r) => r.id)).not.toContain(others.id);
    expect(rows.map((r) => r.id)).not.toContain(elsewhere.id);
  });

  it("moduleDeliveriesByIds finds the module's own deliveries of the workspace by id, through the primary key", async () => {
    const own = await Promise.all(Array.from({ length: 25 }, (_, i) => make('ws_e', 'crm-lifecycle', `by-id-${i}`).then((r) => r.delivery)));
    const others = (await make('ws_e', 'scalev-leads', 'by-id-other')).delivery;
    const elsewhere = (await make('ws_f', 'crm-lifecycle', 'by-id-elsewhere')).delivery;
    const ids = [...own.map((d) => d.id), others.id, elsewhere.id];
    const query = moduleDeliveriesByIds(t.db, 'ws_e', 'crm-lifecycle', ids);
    const rows = await query.execute();
    expect(rows.map((r) => r.id).sort()).toEqual(own.map((d) => d.id).sort());
    expect(rows.every((r) => r.status === 'queued')).toBe(true);
    // 27 ids: past where SQLite's planner, without statistics, would take the workspace's index and read all of it.
    if (t.dialect === 'sqlite') {
      const [plan] = await sqlitePlans(t.db, [query.compile().sql]);
      expect(plan?.plan.join(' | ')).toContain('(id=?)');
      expect(plan?.wholeReads).toEqual([]);
    }
  });
});
