// Counts kept by the database itself: triggers that add each row's contribution to a table of counts when a row is
// inserted, changed or deleted, in the statement's own transaction, on SQLite and PostgreSQL alike.
//
// Triggers rather than the write path because every writer is covered without being named: imports, status changes,
// callbacks, a person's edit, and a later writer nobody remembers to teach. Each change is one upsert that adds a
// delta, so concurrent writers never lose a count: SQLite has one writer at a time, and PostgreSQL's upsert locks the
// count row until the transaction ends (each statement touches its count rows in key order, so two single-row
// writers cannot deadlock on them; PostgreSQL breaks a rarer cycle between multi-row transactions, and the job retries).
// Rows loaded into a migrated database are counted by its triggers: a copy of the database must not copy the count
// tables too (or must recount, see recount below, once the rows are in).
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db/database.js';

/** One count a row may add to: its key columns' values, and when it counts (both written against the row `r`). */
export interface Contribution {
  /** SQL expressions over `r`, one per key column of the counts table, in order. */
  readonly key: readonly string[];
  /** A SQL condition over `r`; the row adds 1 to this key while it holds. */
  readonly when: string;
}

export interface CountedRows {
  /** A short name for the triggers and functions: `crm_funnel` makes `crm_funnel_insert`… */
  readonly name: string;
  /** The counted table. */
  readonly table: string;
  /** The counts table: its key columns (unique together) and `n`. */
  readonly counts: string;
  readonly keyColumns: readonly string[];
  /** Columns whose change can change a contribution: other updates do not fire the trigger. */
  readonly watched: readonly string[];
  readonly contributions: readonly Contribution[];
}

const as = (expr: string, row: string) => expr.replace(/\br\./g, `${row}.`);

/** `select key…, ±1 if it holds` for each contribution of one row (NEW or OLD in a trigger, a table alias elsewhere). */
function deltas(c: CountedRows, row: string, sign: 1 | -1, from = ''): string {
  return c.contributions
    .map((k) => `select ${k.key.map((e, i) => `${as(e, row)} as k${i}`).join(', ')}, case when ${as(k.when, row)} then ${sign} else 0 end as d${from}`)
    .join(' union all ');
}

/** One statement that adds the rows' deltas, grouped by key, in key order. */
function upsert(c: CountedRows, parts: string[]): string {
  const keys = c.keyColumns.map((_, i) => `k${i}`);
  return (
    `insert into ${c.counts} (${c.keyColumns.join(', ')}, n) ` +
    `select ${keys.join(', ')}, sum(d) from (${parts.join(' union all ')}) as deltas group by ${keys.join(', ')} having sum(d) <> 0 order by ${keys.join(', ')} ` +
    `on conflict (${c.keyColumns.join(', ')}) do update set n = ${c.counts}.n + excluded.n`
  );
}

const changed = (c: CountedRows, dialect: Dialect) =>
  c.watched.map((col) => (dialect === 'postgres' ? `old.${col} is distinct from new.${col}` : `old.${col} is not new.${col}`)).join(' or ');

/** The statements that create the triggers (and, on PostgreSQL, their functions). */
export function countingTriggers(c: CountedRows, dialect: Dialect): string[] {
  const bodies = {
    insert: upsert(c, [deltas(c, 'new', 1)]),
    update: upsert(c, [deltas(c, 'old', -1), deltas(c, 'new', 1)]),
    delete: upsert(c, [deltas(c, 'old', -1)]),
  };
  const when = { insert: '', update: ` when (${changed(c, dialect)})`, delete: '' };
  if (dialect === 'sqlite') {
    return (['insert', 'update', 'delete'] as const).map(
      (op) => `create trigger ${c.name}_${op} after ${op} on ${c.table} for each row${when[op]} begin ${bodies[op]}; end`,
    );
  }
  return (['insert', 'update', 'delete'] as const).flatMap((op) => [
    `create or replace function ${c.name}_${op}() returns trigger language plpgsql as $$ begin ${bodies[op]}; return null; end $$`,
    `create trigger ${c.name}_${op} after ${op} on ${c.table} for each row${when[op]} execute function ${c.name}_${op}()`,
  ]);
}

/** Counts every existing row from scratch (a migration's backfill, after the triggers exist, in the same transaction). */
export function recount(c: CountedRows): string[] {
  return [`delete from ${c.counts}`, upsert(c, [deltas(c, 'r', 1, ` from ${c.table} r`)])];
}

export async function createCountingTriggers(db: Kysely<any>, c: CountedRows, dialect: Dialect): Promise<void> {
  for (const statement of [...countingTriggers(c, dialect), ...recount(c)]) await sql.raw(statement).execute(db);
}
