// Counts what a flow costs the database: commits (each an fsync on SQLite, a WAL flush on PostgreSQL) and round trips.
//
// A commit is either an explicit transaction's COMMIT after at least one write that changed rows, or such a write
// (insert, update, delete) run outside any transaction, which the database commits on its own. Reads, and writes that
// change no row (an empty claim), cost a round trip but no commit: neither database flushes anything for them.
// It wraps Kysely's driver, so it sees every statement on every pooled connection, whichever code runs it.
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { wrapConnections, wrapDialectDriver } from '../../src/db/driver-wrap.js';

export interface CommitCounts {
  /** Explicit transactions committed that wrote something. */
  transactions: number;
  /** Writes committed on their own (no transaction around them). */
  autocommits: number;
  /** Every statement sent, BEGIN and COMMIT included. */
  roundTrips: number;
}

export interface CommitCounter {
  readonly counts: CommitCounts;
  /** The SQL of every statement since the last reset, in order. */
  readonly statements: readonly string[];
  /** The same statements with the values they were sent with (what a query plan depends on, for a partial index). */
  readonly queries: readonly SentQuery[];
  /** transactions + autocommits. */
  commits(): number;
  reset(): void;
  wrap(dialect: Dialect): Dialect;
}

export interface SentQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

const WRITE = /^\s*(insert|update|delete|with\b[\s\S]*\b(insert|update|delete)\b)/i;

export function createCommitCounter(): CommitCounter {
  const counts: CommitCounts = { transactions: 0, autocommits: 0, roundTrips: 0 };
  const statements: string[] = [];
  const queries: SentQuery[] = [];
  /** Connections inside a transaction, and whether it has written anything yet. */
  const open = new WeakMap<DatabaseConnection, boolean>();
  const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();

  const wrapConnection = (connection: DatabaseConnection): DatabaseConnection => {
    const wrapped: DatabaseConnection = {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        counts.roundTrips++;
        statements.push(query.sql);
        queries.push({ sql: query.sql, parameters: query.parameters });
        const text = query.sql.trim().toLowerCase();
        if (text === 'begin' || text.startsWith('begin ') || text.startsWith('start transaction')) open.set(wrapped, false);
        else if (text === 'commit') {
          if (open.get(wrapped)) counts.transactions++;
          open.delete(wrapped);
        } else if (text === 'rollback') open.delete(wrapped);
        const result = await connection.executeQuery<R>(query);
        // A write that changed nothing commits nothing (no WAL frame on SQLite, no commit record on PostgreSQL).
        if (WRITE.test(query.sql) && (Number(result.numAffectedRows ?? 0) > 0 || result.rows.length > 0)) {
          if (open.has(wrapped)) open.set(wrapped, true);
          else counts.autocommits++;
        }
        return result;
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
    };
    inner.set(wrapped, connection);
    return wrapped;
  };

  const wrapDriver = (driver: Driver): Driver => {
    const byInner = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const outerOf = (inner: DatabaseConnection) => {
      let outer = byInner.get(inner);
      if (!outer) {
        outer = wrapConnection(inner);
        byInner.set(inner, outer);
      }
      return outer;
    };
    return wrapConnections(driver, {
      acquireConnection: async (acquire) => outerOf(await acquire()),
      releaseConnection: (c, release) => release(inner.get(c) ?? c),
    });
  };

  return {
    counts,
    statements,
    queries,
    commits: () => counts.transactions + counts.autocommits,
    reset() {
      counts.transactions = 0;
      counts.autocommits = 0;
      counts.roundTrips = 0;
      statements.length = 0;
      queries.length = 0;
    },
    wrap: (dialect) => wrapDialectDriver(dialect, wrapDriver),
  };
}
