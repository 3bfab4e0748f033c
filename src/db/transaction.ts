// Transaction helpers shared by every query file: join the caller's transaction, savepoints, unique violations, commits
// that need not wait for the disk.
import { sql, type Kysely } from 'kysely';
import type { Database, Executor } from './database.js';

/** Uses the caller's transaction when there is one (Kysely cannot nest transactions), else opens one. */
export function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Runs `fn` behind a savepoint so that an expected error (a unique violation) can be undone without aborting the
 * whole transaction (PostgreSQL refuses every statement after an error until a rollback).
 */
export async function withSavepoint<T>(trx: Executor, name: string, fn: () => Promise<T>): Promise<T> {
  const id = sql.id(name);
  await sql`savepoint ${id}`.execute(trx);
  try {
    const result = await fn();
    await sql`release savepoint ${id}`.execute(trx);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${id}`.execute(trx);
    await sql`release savepoint ${id}`.execute(trx);
    throw error;
  }
}

/** True for a unique-index violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  // 23505 is PostgreSQL's unique_violation; better-sqlite3 reports SQLITE_CONSTRAINT_UNIQUE.
  return error.code === '23505' || error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Runs SQLite work whose commits do not wait for the disk (synchronous=NORMAL, on the connection held meanwhile, so no
 * other writer's commit runs at that level), then puts the connection back as it was. Only for work whose loss in a
 * power cut tells nobody anything false (the caller says why): in WAL mode commits reach the file in order, so the
 * next commit that does wait for the disk makes this one durable with it.
 */
export async function withoutWaitingForTheDisk<T>(db: Kysely<Database>, run: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    const level = (await sql<{ synchronous: number }>`pragma synchronous`.execute(conn)).rows[0]?.synchronous ?? 2;
    if (level <= 1) return run(conn);
    await sql`pragma synchronous = normal`.execute(conn);
    try {
      return await run(conn);
    } finally {
      await sql.raw(`pragma synchronous = ${level}`).execute(conn);
    }
  });
}
