// The table-access check on a throw-away repository: a module naming tables it does not own is reported line by line,
// a module that keeps to its own tables (and reaches the rest through core functions) is not.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findTableOffences } from './check-table-access.js';
import { runCheck, throwawayRepositories } from './throwaway-repository.js';

const SCRIPT = fileURLToPath(new URL('./check-table-access.ts', import.meta.url));
const { repository, removeAll } = throwawayRepositories('table-access');

afterEach(removeAll);

const CORE = [
  '// The core tables.',
  'export interface Database {',
  '  jobs: { id: number };',
  '  users: { id: string };',
  '  deliveries: { id: string };',
  '}',
].join('\n');

const tables = (...names: string[]) =>
  ["declare module '../../db/database.js' {", '  interface Database {', ...names.map((n) => `    ${n}: { id: string };`), '  }', '}', 'export {};'].join('\n');

const CLEAN_FLOW = [
  "import { findQueuedJobByKey } from '../../core/jobs/admin.js';",
  'export async function timer(db: any, ws: string, id: string) {',
  "  const lead = await db.selectFrom('shop_orders as o').leftJoin('shop_items', 'shop_items.order_id', 'o.id').selectAll().executeTakeFirst();",
  "  await db.with('recent', (q: any) => q.selectFrom('shop_orders')).selectFrom('recent').selectAll().execute();",
  '  await sql`select min(x) from shop_orders where id = ${id}`.execute(db);',
  '  // Words after "from" that are not tables are left alone: extract(epoch from created_at).',
  '  await sql`select extract(epoch from created_at) from shop_items`.execute(db);',
  "  await db.insertInto(['shop_items']).values({}).execute();",
  '  return [lead, await findQueuedJobByKey(db, ws, `expiry:${id}`)];',
  '}',
].join('\n');

const OFFENDING = [
  'export async function reads(db: any, ws: string) {',
  "  await db.selectFrom('jobs').selectAll().execute();",
  "  await db.selectFrom('crm_notes as n').leftJoin('users as u', 'u.id', 'n.user_id').execute();",
  "  await db",
  "    .updateTable('shop_orders')",
  '    .set({})',
  '    .execute();',
  '  await sql`update deliveries set status = ${ws}`.execute(db);',
  "  await db.deleteFrom(sql.table('jobs')).execute();",
  '}',
].join('\n');

describe('check-table-access', () => {
  it("reports each table a module names but does not own, with file and line, and nothing in a module that keeps to its own", () => {
    const root = repository({
      'src/db/database.ts': CORE,
      'src/modules/shop/tables.ts': tables('shop_orders', 'shop_items'),
      'src/modules/shop/flow.ts': CLEAN_FLOW,
      'src/modules/shop/flow.test.ts': "export const t = (db: any) => db.selectFrom('jobs');\n",
      'src/modules/crm/tables.ts': tables('crm_notes'),
      'src/modules/crm/routes/notes.ts': OFFENDING,
    });
    const found = findTableOffences(root).map((o) => `${o.file}:${o.line} ${o.message.split(';')[0]}`);
    expect(found).toEqual([
      "src/modules/crm/routes/notes.ts:2 module crm names the core's table jobs in selectFrom()",
      "src/modules/crm/routes/notes.ts:3 module crm names the core's table users in leftJoin()",
      "src/modules/crm/routes/notes.ts:4 module crm names another module's table shop_orders in updateTable()",
      "src/modules/crm/routes/notes.ts:8 module crm names the core's table deliveries in sql`…`",
      "src/modules/crm/routes/notes.ts:9 module crm names the core's table jobs in sql.table()",
    ]);
  });

  it('refuses a tables.ts that claims a table of the core or of another module, and tables declared elsewhere', () => {
    const root = repository({
      'src/db/database.ts': CORE,
      'src/modules/shop/tables.ts': tables('shop_orders', 'jobs'),
      'src/modules/crm/tables.ts': tables('crm_notes', 'shop_orders'),
      'src/modules/crm/flow.ts': tables('crm_secret'),
    });
    expect(findTableOffences(root).map((o) => `${o.file}:${o.line} ${o.message}`)).toEqual([
      'src/modules/crm/tables.ts:1 claims table shop_orders, which shop declares',
      'src/modules/crm/flow.ts:1 declares tables of Database outside tables.ts (crm_secret)',
      // Two modules claiming one table: each is told.
      'src/modules/shop/tables.ts:1 claims table shop_orders, which crm declares',
      'src/modules/shop/tables.ts:1 claims table jobs, which the core (src/db/database.ts) declares',
    ]);
  });

  it('exits 1 and prints file:line for an offending repository, 0 for a clean one', () => {
    const run = (root: string) => runCheck(SCRIPT, root);
    const shop = { 'src/db/database.ts': CORE, 'src/modules/shop/tables.ts': tables('shop_orders', 'shop_items') };
    const bad = run(repository({ ...shop, 'src/modules/shop/jobs.ts': "export const j = (db: any) => db.selectFrom('users');\n" }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("src/modules/shop/jobs.ts:1: module shop names the core's table users in selectFrom()");
    const clean = run(repository({ ...shop, 'src/modules/shop/flow.ts': CLEAN_FLOW }));
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
  });
});
