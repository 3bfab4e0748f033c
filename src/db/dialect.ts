// The few SQL pieces that differ between SQLite and PostgreSQL (style habit 9): column types, row locks.
import type { ColumnDataType, Expression, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Dialect } from './database.js';

/** Column type for an auto-incrementing integer primary key. */
export function serialType(dialect: Dialect): ColumnDataType {
  return dialect === 'postgres' ? 'bigserial' : 'integer';
}

/** Column type for epoch milliseconds (64-bit). */
export function millisType(dialect: Dialect): ColumnDataType {
  return dialect === 'postgres' ? 'bigint' : 'integer';
}

/** Column type for raw bytes. */
export function bytesType(dialect: Dialect): ColumnDataType | Expression<unknown> {
  return dialect === 'postgres' ? sql`bytea` : 'blob';
}

/**
 * PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent claimers each lock a different row instead of queueing for
 * the same one. SQLite has no row locks and needs none: a write transaction there holds the whole file (see
 * core/work/claim.ts on taking that lock first). Use with `.$call(skipLocked(dialect))`.
 */
export function skipLocked(dialect: Dialect) {
  return <QB extends SelectQueryBuilder<any, any, any>>(qb: QB): QB => (dialect === 'postgres' ? (qb.forUpdate().skipLocked() as QB) : qb);
}

/** PostgreSQL: `FOR UPDATE` (wait for the row's other writers); SQLite: nothing, for the same reason as above. */
export function lockRows(dialect: Dialect) {
  return <QB extends SelectQueryBuilder<any, any, any>>(qb: QB): QB => (dialect === 'postgres' ? (qb.forUpdate() as QB) : qb);
}
