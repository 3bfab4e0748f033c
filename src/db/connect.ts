// Opens the Kysely instance: SQLite (WAL, synchronous=FULL) by default, PostgreSQL when DATABASE_URL is set.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect as KyselyDialect } from 'kysely';
import type pg from 'pg';
import type { Database, Dialect } from './database.js';
import { startCheckpoints } from './checkpoint-thread.js';
import { createConnectionLine, queuedSqliteDialect } from './sqlite-queue.js';

// Each driver is loaded when a database of its kind is opened: a server on SQLite never loads pg (about 10 MB of
// memory and a tenth of the start-up), one on PostgreSQL never loads better-sqlite3. Both are CommonJS packages, so
// require keeps openDatabase synchronous.
const require = createRequire(import.meta.url);
const loadPg = () => require('pg') as typeof pg;
const loadSqlite = () => require('better-sqlite3') as typeof SqliteDatabase;

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  /**
   * The same database for storing webhooks (core/inbox/store.ts). On SQLite it goes first in the one connection's
   * line (db/sqlite-queue.ts), so an acknowledgement never waits behind the worker's queries; on PostgreSQL it is
   * `db` itself.
   */
  readonly intakeDb: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number };

// int8 (bigint) comes back as a JS number: every bigint we store is epoch ms or a job id, far below 2^53.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return loadPg().types.getTypeParser(oid, format as 'text');
  },
};

export interface OpenOptions {
  /** Wraps Kysely's dialect, e.g. to count the transactions a flow commits (test/helpers/commit-counter.ts). */
  readonly wrapDialect?: (dialect: KyselyDialect) => KyselyDialect;
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): DatabaseHandle {
  const wrap = options.wrapDialect ?? ((d: KyselyDialect) => d);
  if (target.kind === 'postgres') {
    const pool = new (loadPg().Pool)({ connectionString: target.url, max: target.poolSize ?? 10, types: pgTypes as pg.CustomTypesConfig });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: wrap(new PostgresDialect({ pool })) });
    // Webhooks share the pool: a pool of their own was measured (600 and 1,000 conversations, alternated) and did not
    // answer them faster; what delays them under load there is the process's CPU, not a connection.
    return { db, intakeDb: db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (target.file !== ':memory:') {
    mkdirSync(path.dirname(target.file), { recursive: true, mode: 0o700 });
    keepPrivate(target.file);
  }
  const sqlite = new (loadSqlite())(target.file);
  sqlite.pragma('journal_mode = WAL');
  // SQLite gives the WAL and shared-memory files the database file's mode; an older install's are tightened here.
  if (target.file !== ':memory:') for (const suffix of ['-wal', '-shm']) if (existsSync(target.file + suffix)) chmodSync(target.file + suffix, 0o600);
  // FULL: an acknowledged webhook survives a power cut. Group commit (core/inbox) keeps this affordable.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // 8 MiB of page cache: enough for the hot indexes, and bounded however many timers wait in the table.
  sqlite.pragma('cache_size = -8192');
  // A savepoint's journal (each job set runs in one) and a sort's scratch b-tree stay in memory instead of a file:
  // replaying a 1,000-conversation WhatsApp run's SQL, they wrote about 90,000 times to temporary files, and the
  // statements took a sixth less time without (bench/wa-assistant-history.md). They last one transaction.
  sqlite.pragma('temp_store = MEMORY');
  const checkpoints = target.file === ':memory:' ? undefined : startCheckpoints(sqlite, target.file);
  const database = withStatementCache(sqlite);
  const line = createConnectionLine();
  const db = new Kysely<Database>({ dialect: wrap(queuedSqliteDialect(new SqliteDialect({ database }), line, 'work')) });
  const intakeDb = new Kysely<Database>({ dialect: wrap(queuedSqliteDialect(new SqliteDialect({ database }), line, 'intake')) });
  // Both close the one connection; closing it twice is harmless. The checkpoint thread closes its connection first, so
  // the server's, closing last, checkpoints the whole log and removes it, as SQLite does.
  const close = async () => {
    await checkpoints?.stop();
    await Promise.all([intakeDb.destroy(), db.destroy()]);
  };
  return { db, intakeDb, dialect: 'sqlite', close };
}

/**
 * The database holds customers' names, phones and messages: readable by the server's user only (mode 0600, as
 * secret.key). Created empty with that mode before SQLite opens it, so it is never readable by others even briefly.
 */
function keepPrivate(file: string): void {
  if (existsSync(file)) chmodSync(file, 0o600);
  else closeSync(openSync(file, 'a', 0o600));
}

/** Prepared statements kept by SQL text (see withStatementCache). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and preparing is most of better-sqlite3's cost for small queries; our queries
 * repeat the same few hundred SQL texts, so prepared statements are kept by text, the least recently used dropped
 * first. A set-wise statement has one text per row count, so a busy server meets more texts than the cache holds (at
 * 1,000 WhatsApp conversations, about 1,200 in a minute): dropping them all at once, as the cache first did, prepared
 * the few dozen statements every request uses again each time. Safe because Kysely runs one statement at a time on
 * this connection and never holds an iterator across queries.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase.Database {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return Object.assign(Object.create(sqlite) as SqliteDatabase.Database, {
    prepare(source: string) {
      let statement = statements.get(source);
      if (statement) {
        // A Map keeps insertion order: taken out and put back, the statement is now the most recently used.
        statements.delete(source);
      } else {
        statement = prepare(source);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(source, statement);
      return statement;
    },
    close: () => sqlite.close(),
  });
}
