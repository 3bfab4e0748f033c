// The few SQL pieces that differ between SQLite and PostgreSQL (style habit 9): column types used by migrations.
import type { ColumnDataType, Expression } from 'kysely';
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
