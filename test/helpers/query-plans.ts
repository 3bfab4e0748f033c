// SQLite's query plan for each statement a flow sent: finds a statement that reads a whole table, or a table through
// an index by the workspace alone, and so gets slower with every row a workspace ever stored.
//
// SQLite plans without statistics here (nothing runs ANALYZE), so the plan a test sees on a small database is the one
// a server meets on a big one: a statement that reads by the workspace alone reads every row the workspace has.
import { CompiledQuery } from 'kysely';
import type { Executor } from '../../src/db/database.js';
import type { SentQuery } from './commit-counter.js';

export interface StatementPlan {
  readonly sql: string;
  /** EXPLAIN QUERY PLAN's lines, e.g. `SEARCH jobs USING INDEX jobs_serial (workspace_id=? AND serial_key=?)`. */
  readonly plan: readonly string[];
  /** The lines that read a whole table, or a table by the workspace alone. */
  readonly wholeReads: readonly string[];
}

const NOT_PLANNED = /^\s*(begin|commit|rollback|savepoint|release|pragma|explain)\b/i;

/**
 * The plan of each distinct statement, planned with the values it was sent with: SQLite plans a partial index (jobs_due,
 * `where status = 'queued'`) only when the bound value matches its condition. A bare SQL text is planned with nulls.
 */
export async function sqlitePlans(db: Executor, statements: readonly (string | SentQuery)[]): Promise<StatementPlan[]> {
  const tables = new Set((await db.executeQuery<{ name: string }>(CompiledQuery.raw("select name from sqlite_schema where type = 'table'"))).rows.map((r) => r.name));
  const plans: StatementPlan[] = [];
  const seen = new Set<string>();
  // A copy: planning through a counted database adds its own statements to the counter's list.
  for (const statement of [...statements]) {
    const { sql, parameters } = typeof statement === 'string' ? { sql: statement, parameters: Array<null>(statement.match(/\?/g)?.length ?? 0).fill(null) } : statement;
    if (NOT_PLANNED.test(sql) || seen.has(sql)) continue;
    seen.add(sql);
    const rows = (await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]))).rows;
    const plan = rows.map((r) => r.detail);
    // Plan lines name a table by its alias where it has one (`wa_messages as m` → `SCAN m`).
    const aliases = new Set([...sql.matchAll(/"?(\w+)"?\s+as\s+"?(\w+)"?/gi)].flatMap((m) => (m[1] && tables.has(m[1]) && m[2] ? [m[2]] : [])));
    const wholeReads = plan.filter((line) => {
      const scanned = /^SCAN (\w+)/.exec(line)?.[1];
      if (scanned && (tables.has(scanned) || aliases.has(scanned))) return true;
      return /^SEARCH \w+ USING .*\(workspace_id=\?\)$/.test(line);
    });
    plans.push({ sql, plan, wholeReads });
  }
  return plans;
}
