// The id-lookup check on a throw-away repository: a list of ids beside a plain workspace condition is reported with
// file and line, in either order and across lines, and so are a subquery in place of the list and an id list on
// moduleDeliveries(…), whose condition is inside it; workspaceColumn(), a lone id and moduleDeliveries as a join are not.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findIdLookups } from './check-id-lookups.js';
import { runCheck, throwawayRepositories } from './throwaway-repository.js';

const SCRIPT = fileURLToPath(new URL('./check-id-lookups.ts', import.meta.url));
const { repository, removeAll } = throwawayRepositories('id-lookups');

afterEach(removeAll);

describe('check-id-lookups', () => {
  it('reports a list of ids beside a plain workspace condition, and nothing else', () => {
    const root = repository({
      'src/modules/shop/queries.ts': [
        "export const a = (db, w, ids) => db.selectFrom('orders').selectAll().where('workspace_id', '=', w).where('id', 'in', ids).execute();",
        'export const b = (db, w, ids) =>',
        '  db',
        "    .updateTable('orders')",
        "    .set({ seen: 1 })",
        "    .where('id', 'in', ids)",
        "    .where('o.workspace_id', '=', w)",
        '    .execute();',
        "export const c = (db, w, ids) => db.selectFrom('orders').selectAll().where(workspaceColumn(), '=', w).where('id', 'in', ids).execute();",
        "export const d = (db, w, id) => db.selectFrom('orders').selectAll().where('workspace_id', '=', w).where('id', '=', id).execute();",
        "export const e = (db, w) => db.selectFrom('orders').selectAll().where('workspace_id', '=', w).where('id', 'in', db.selectFrom('x').select('order_id')).execute();",
        "export const f = (db, ids) => db.selectFrom('jobs').selectAll().where('id', 'in', ids).execute();",
        "export const g = (db, w, ids) => moduleDeliveries(db, w, 'shop').where('id', 'in', ids).execute();",
        "export const h = (db, w, ids) => moduleDeliveriesByIds(db, w, 'shop', ids).execute();",
        "export const i = (db, w) => db.selectFrom('r').leftJoin(moduleDeliveries(db, w, 'shop').as('d'), 'd.id', 'r.delivery_id').execute();",
      ].join('\n'),
      'src/modules/shop/queries.test.ts': "db.selectFrom('orders').where('workspace_id', '=', w).where('id', 'in', ids);\n",
    });
    expect(findIdLookups(root).map((o) => `${o.file}:${o.line}`)).toEqual(['src/modules/shop/queries.ts:1', 'src/modules/shop/queries.ts:7', 'src/modules/shop/queries.ts:11', 'src/modules/shop/queries.ts:13']);
  });

  it('exits 1 and prints file:line for an offending repository, 0 for a clean one', () => {
    const run = (root: string) => runCheck(SCRIPT, root);
    const bad = run(repository({ 'src/core/x.ts': "db.selectFrom('t').where('workspace_id', '=', w).where('id', 'in', ids);\n" }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("src/core/x.ts:1: a list of ids beside where('workspace_id', '=', …)");
    const clean = run(repository({ 'src/core/x.ts': "db.selectFrom('t').where(workspaceColumn(), '=', w).where('id', 'in', ids);\n" }));
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
  });
});
