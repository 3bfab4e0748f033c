import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext } from '../helpers/test-context.js';

describe(`database (${testDialect()})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('creates the schema and one default workspace, even when asked twice', async () => {
    const a = await createTestContext(t);
    const b = await createTestContext(t);
    expect(a.workspace.id).toBe(b.workspace.id);
    const rows = await t.db.selectFrom('workspaces').select('slug').execute();
    expect(rows).toEqual([{ slug: 'default' }]);
  });

  it('returns bigint epoch milliseconds as numbers', async () => {
    const ctx = await createTestContext(t);
    const row = await t.db.selectFrom('workspaces').select('created_at').where('id', '=', ctx.workspace.id).executeTakeFirstOrThrow();
    expect(typeof row.created_at).toBe('number');
    expect(row.created_at).toBe(ctx.workspace.created_at);
  });
});
