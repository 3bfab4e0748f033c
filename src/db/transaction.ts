// Transaction helpers shared by every query file: join the caller's transaction, savepoints, unique violations.
import { sql } from 'kysely';
import type { Executor } from './database.js';

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
