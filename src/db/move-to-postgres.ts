// `leadcycle move-to-postgres`: copies every table of the SQLite file into a PostgreSQL database, verified (hand-written: our own storage).
//
// Why by hand: the copy must follow our schema exactly (the target is migrated by the same migrations, so every
// table and column exists on both sides) and keep jobs and timers as they are, so they fire on PostgreSQL at their
// original times. Tables have no foreign keys, so any table order is valid; they are copied in name order. Counts
// the database keeps by triggers are copied as they were and copied again if later tables' rows changed them;
// SQLite's own search index (a virtual table) is not copied: PostgreSQL indexes the copied rows itself.
//
// Guarantees: the SQLite file is only read (under its write lock, so nothing changes it mid-copy and the copy is
// one consistent snapshot); a target that already holds rows is refused unless `replace` is set; each table's row
// count and an order-independent checksum of its rows are compared after the copy, and any difference fails the
// move. Secrets stay encrypted with the same key, so the server must keep its secret key after the move.
import { createHash } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely, type Migration } from 'kysely';
import { openDatabase } from './connect.js';
import type { Database } from './database.js';
import { coreMigrations, migrateToLatest } from './migrate.js';

export interface MoveToPostgresInput {
  /** The SQLite file the server has been running on. */
  readonly sqliteFile: string;
  /** postgres://… of the target database (it must exist; an empty one is migrated here). */
  readonly databaseUrl: string;
  /** Every module's migrations: the source must have them all, and the target gets them. */
  readonly moduleMigrations: Record<string, Migration>;
  /** Empty the target's tables first instead of refusing a target that holds rows. */
  readonly replace?: boolean;
  /** Rows per INSERT (bounded again by PostgreSQL's 65,535 parameters). */
  readonly batchRows?: number;
  /** Epoch ms now, to tell a live worker's lease from a stopped server's leftovers. */
  readonly now: number;
  /** One line of progress for a person watching. */
  readonly progress: (line: string) => void;
}

export interface MovedTable {
  readonly table: string;
  readonly rows: number;
  /** Hex of the order-independent sum of the rows' SHA-256 (first 8 bytes), equal on both sides. */
  readonly checksum: string;
}

/** A refusal the person can act on (the CLI prints the message and exits 2). */
export class MoveRefused extends Error {}

/** Tables the migrator keeps for itself: each side has its own. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
const PG_MAX_PARAMETERS = 65_535;

export async function moveToPostgres(input: MoveToPostgresInput): Promise<MovedTable[]> {
  const source = new SqliteDatabase(input.sqliteFile, { fileMustExist: true });
  const target = openDatabase({ kind: 'postgres', url: input.databaseUrl, poolSize: 2 });
  try {
    source.pragma('busy_timeout = 5000');
    // The write lock: a server still running cannot change the file while it is copied (its writes wait, then fail).
    source.prepare('BEGIN IMMEDIATE').run();
    try {
      refuseUnlessReady(source, input);
      const tables = sourceTables(source);
      input.progress(`Preparing PostgreSQL (${tables.length} tables)`);
      await migrateToLatest(target.db, 'postgres', input.moduleMigrations);
      await prepareTarget(target.db, tables, input.replace ?? false);
      const moved: MovedTable[] = [];
      for (const table of tables) moved.push(await copyTable(source, target.db, table, input));
      await advanceSequences(target.db, tables);
      input.progress('Verifying row counts and checksums');
      for (const [i, expected] of moved.entries()) {
        const table = tables[i] as SourceTable;
        if (await matches(target.db, table, expected)) continue;
        // A table the database keeps itself (counts its triggers update as rows arrive) was written again by the
        // copies of the tables after it: the source's rows are the truth, so it is copied once more, last.
        input.progress(`  ${table.name}: changed by the database while later tables were copied; copying it again`);
        await copyTable(source, target.db, table, input);
        if (!(await matches(target.db, table, expected))) throw new Error(`${table.name}: the rows in PostgreSQL differ from SQLite's (row count or checksum)`);
      }
      return moved;
    } finally {
      source.prepare('ROLLBACK').run();
    }
  } finally {
    source.close();
    await target.close();
  }
}

function refuseUnlessReady(source: SqliteDatabase.Database, input: MoveToPostgresInput): void {
  const applied = new Set((source.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name));
  const known = Object.keys({ ...coreMigrations('sqlite'), ...input.moduleMigrations });
  const missing = known.filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new MoveRefused(
      `The SQLite file was last used by an older Leadcycle (${missing.length} migrations not applied, first ${missing[0]}). ` +
        'Run `leadcycle migrate` on it first (with DATABASE_URL unset), then move.',
    );
  }
  const live = source.prepare("SELECT count(*) AS n FROM jobs WHERE status = 'running' AND locked_until > ?").get(input.now) as { n: number };
  if (live.n > 0) {
    throw new MoveRefused(`A worker is running ${live.n} jobs on this file right now. Stop the Leadcycle server first, then move.`);
  }
}

interface SourceTable {
  readonly name: string;
  readonly columns: readonly string[];
}

/** Plain tables in name order; full-text indexes (virtual tables and their shadow tables) are rebuilt, not copied. */
function sourceTables(source: SqliteDatabase.Database): SourceTable[] {
  const rows = source.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .filter((r) => !r.name.startsWith('sqlite_') && !MIGRATOR_TABLES.has(r.name))
    .filter((r) => !virtual.some((v) => r.name === v || r.name.startsWith(`${v}_`)))
    .map((r) => ({
      name: r.name,
      columns: (source.prepare(`PRAGMA table_info(${quoteIdent(r.name)})`).all() as { name: string }[]).map((c) => c.name),
    }));
}

async function prepareTarget(db: Kysely<Database>, tables: readonly SourceTable[], replace: boolean): Promise<void> {
  const present = await targetColumns(db);
  for (const table of tables) {
    const columns = present.get(table.name);
    if (!columns) throw new MoveRefused(`PostgreSQL has no table ${table.name} after migrating; the two schemas differ.`);
    const extra = table.columns.filter((c) => !columns.has(c));
    if (extra.length > 0) throw new MoveRefused(`PostgreSQL's ${table.name} lacks the column(s) ${extra.join(', ')}; the two schemas differ.`);
  }
  const holding: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(table.name)}) AS any`.execute(db);
    if (rows[0]?.any) holding.push(table.name);
  }
  if (holding.length === 0) return;
  if (!replace) {
    throw new MoveRefused(
      `The PostgreSQL database already holds data (${holding.slice(0, 5).join(', ')}${holding.length > 5 ? ', …' : ''}). ` +
        'Point --database-url at an empty database, or add --replace to empty these tables first.',
    );
  }
  await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t.name)))} RESTART IDENTITY`.execute(db);
}

async function targetColumns(db: Kysely<Database>): Promise<Map<string, Set<string>>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`.execute(db);
  const tables = new Map<string, Set<string>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Set<string>();
    columns.add(row.column_name);
    tables.set(row.table_name, columns);
  }
  return tables;
}

async function copyTable(source: SqliteDatabase.Database, db: Kysely<Database>, table: SourceTable, input: MoveToPostgresInput): Promise<MovedTable> {
  const total = (source.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table.name)}`).get() as { n: number }).n;
  const perInsert = Math.max(1, Math.min(input.batchRows ?? 1_000, Math.floor(PG_MAX_PARAMETERS / table.columns.length)));
  // Rows already there were written by the database itself (a trigger counting the rows of a table copied before).
  await sql`DELETE FROM ${sql.table(table.name)}`.execute(db);
  const checksum = new RowChecksum(table.columns);
  let batch: Record<string, unknown>[] = [];
  let copied = 0;
  let reported = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.map((row) => sql`(${sql.join(table.columns.map((c) => row[c]))})`);
    await sql`INSERT INTO ${sql.table(table.name)} (${sql.join(table.columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(values)}`.execute(db);
    copied += batch.length;
    batch = [];
    // A line per 10 % (and at the end) of a large table: progress without flooding the terminal.
    if (copied === total || copied - reported >= Math.max(10_000, total / 10)) {
      input.progress(`  ${table.name}: ${copied.toLocaleString('en')} / ${total.toLocaleString('en')} rows`);
      reported = copied;
    }
  };
  for (const row of source.prepare(`SELECT * FROM ${quoteIdent(table.name)}`).iterate() as IterableIterator<Record<string, unknown>>) {
    checksum.add(row);
    batch.push(row);
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  if (total === 0) input.progress(`  ${table.name}: empty`);
  return { table: table.name, rows: copied, checksum: checksum.hex() };
}

/** Auto-numbered columns (jobs.id) continue after the highest copied value, so new rows never collide. */
async function advanceSequences(db: Kysely<Database>, tables: readonly SourceTable[]): Promise<void> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`.execute(db);
  const copied = new Set(tables.map((t) => t.name));
  for (const row of rows.filter((r) => copied.has(r.table_name))) {
    await sql`SELECT setval(pg_get_serial_sequence(${row.table_name}, ${row.column_name}),
      coalesce((SELECT max(${sql.ref(row.column_name)}) FROM ${sql.table(row.table_name)}), 0) + 1, false)`.execute(db);
  }
}

/** Reads back the source's columns only: PostgreSQL may keep more (a column the database computes). */
async function matches(db: Kysely<Database>, table: SourceTable, expected: MovedTable): Promise<boolean> {
  const checksum = await db.connection().execute(async (conn) => {
    // A cursor reads a large table in pieces without holding it all in memory.
    await sql`BEGIN`.execute(conn);
    try {
      const columns = sql.join(table.columns.map((c) => sql.ref(c)));
      await sql`DECLARE moved_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${sql.table(table.name)}`.execute(conn);
      const sum = new RowChecksum(table.columns);
      let count = 0;
      // Bounded by the table's size: each FETCH returns up to 5,000 more rows until none are left.
      for (;;) {
        const { rows } = await sql<Record<string, unknown>>`FETCH 5000 FROM moved_rows`.execute(conn);
        if (rows.length === 0) break;
        for (const row of rows) sum.add(row);
        count += rows.length;
      }
      return { count, hex: sum.hex() };
    } finally {
      await sql`COMMIT`.execute(conn);
    }
  });
  return checksum.count === expected.rows && checksum.hex === expected.checksum;
}

/**
 * The sum, modulo 2^64, of each row's SHA-256 (first 8 bytes) over its columns in name order: independent of row
 * order, which differs between the two databases, and of how each driver types a value (numbers as text, bytes as hex).
 */
class RowChecksum {
  private sum = 0n;
  private readonly columns: readonly string[];
  constructor(columns: readonly string[]) {
    this.columns = [...columns].sort();
  }
  add(row: Record<string, unknown>): void {
    const hash = createHash('sha256');
    for (const column of this.columns) hash.update(`${column}\u0000${canonical(row[column])}\u0001`);
    this.sum = (this.sum + hash.digest().readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
  }
  hex(): string {
    return this.sum.toString(16).padStart(16, '0');
  }
}

function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Buffer.isBuffer(value)) return `bytes:${value.toString('hex')}`;
  if (typeof value === 'bigint') return `number:${value.toString()}`;
  if (typeof value === 'number') return `number:${value}`;
  return `text:${String(value)}`;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
