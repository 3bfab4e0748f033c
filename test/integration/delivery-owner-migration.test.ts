// The migration that names each delivery's owner module fills in the owner of deliveries made before it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultWorkspace } from '../../src/core/workspaces.js';
import { fakeClock } from '../../src/core/clock.js';
import { providersSchema } from '../../src/db/migrations/core-0002-providers.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

describe(`delivery owner migration (${testDialect()})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('backfills mailketing deliveries to scalev-leads and twilio and smtp ones to crm-lifecycle', async () => {
    const ws = (await ensureDefaultWorkspace(t.db, fakeClock())).id;
    // Back to the schema before the migration, with rows written then.
    await providersSchema.down?.(t.db);
    for (const [id, provider] of [['dlv_old_1', 'mailketing'], ['dlv_old_2', 'twilio'], ['dlv_old_3', 'smtp'], ['dlv_old_4', 'elsewhere']] as const) {
      await sql`insert into deliveries (id, workspace_id, channel, provider, target, payload, status, attempts, idempotency_key, created_at, updated_at)
        values (${id}, ${ws}, 'x', ${provider}, 't', '{}', 'sent', 1, ${id}, 1, 1)`.execute(t.db);
    }
    await providersSchema.up(t.db);
    const rows = await t.db.selectFrom('deliveries').select(['id', 'module']).where('id', 'like', 'dlv_old_%').orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'dlv_old_1', module: 'scalev-leads' },
      { id: 'dlv_old_2', module: 'crm-lifecycle' },
      { id: 'dlv_old_3', module: 'crm-lifecycle' },
      { id: 'dlv_old_4', module: '' },
    ]);
    expect(await t.db.selectFrom('inbox_events').select('module_outcomes').execute()).toEqual([]);
  });
});
