// SQLite's query plan for each statement a flow sent: finds a statement that reads a whole table, or a table through
// an index by the workspace alone, and so grows slower with every row a workspace ever stored.
//
// SQLite plans without statistics here (nothing runs ANALYZE), so the plan a test sees on a small database is the one
// a server meets on a big one: a statement that reads by the workspace alone reads every row the workspace has.
import { CompiledQuery } from 'kysely';
import type { Executor } from '../../src/db/database.js';

export interface StatementPlan {
  readonly sql: string;
  /** EXPLAIN QUERY PLAN's lines, e.g. `SEARCH jobs USING INDEX jobs_serial (workspace_id=? AND serial_key=?)`. */
  readonly plan: readonly string[];
  /** The lines that read a whole table, or a table by the workspace alone. */
  readonly wholeReads: readonly string[];
}

const NOT_PLANNED = /^\s*(begin|commit|rollback|savepoint|release|pragma)\b/i;

export async function sqlitePlans(db: Executor, statements: readonly string[]): Promise<StatementPlan[]> {
  const tables = new Set((await db.executeQuery<{ name: string }>(CompiledQuery.raw("select name from sqlite_schema where type = 'table'"))).rows.map((r) => r.name));
  const plans: StatementPlan[] = [];
  for (const text of new Set(statements)) {
    if (NOT_PLANNED.test(text)) continue;
    // The plan does not depend on the values, only on there being as many as the placeholders.
    const placeholders = text.match(/\?/g)?.length ?? 0;
    const rows = (await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, Array<null>(placeholders).fill(null)))).rows;
    const plan = rows.map((r) => r.detail);
    const wholeReads = plan.filter((line) => {
      const scanned = /^SCAN (\w+)/.exec(line)?.[1];
      if (scanned && tables.has(scanned)) return true;
      return /^SEARCH \w+ USING .*\(workspace_id=\?\)$/.test(line);
    });
    plans.push({ sql: text, plan, wholeReads });
  }
  return plans;
}
