// The workspace condition of a lookup by primary key that SQLite's planner cannot turn into a scan of the workspace.
import { sql, type RawBuilder } from 'kysely';

/**
 * `column`, for `where(workspaceColumn(), '=', workspaceId)` beside `where('id', 'in', ids)`. Without statistics
 * SQLite's planner prefers any index that starts with workspace_id to the primary key as soon as the IN list has
 * three values, and reads every row of the workspace to find them: measured on a bench run, loading 3 of 5,000 events
 * took 1.9 ms instead of microseconds, and the cost grows with the table. `column || ''` is the same text, so the
 * condition still holds on both databases, but no index can serve it and the primary key is used. PostgreSQL uses
 * the primary key either way once its statistics are current (autovacuum's ANALYZE): an update joined to a VALUES
 * list of 300 ids took 7.9 ms among 60,000 rows through it. Without statistics (a new table, or autovacuum off, as on
 * the machines the tests and benches run on) it read the whole table for that join, 38 ms there.
 */
export function workspaceColumn(column = 'workspace_id'): RawBuilder<string> {
  return sql<string>`(${sql.ref(column)} || '')`;
}
