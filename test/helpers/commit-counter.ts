// Counts what a flow costs the database: commits (each an fsync on SQLite, a WAL flush on PostgreSQL) and round trips.
//
// A commit is either an explicit transaction's COMMIT after at least one write that changed rows, or such a write
// (insert, update, delete) run outside any transaction, which the database commits on its own. Reads, and writes that
// change no row (an empty claim), cost a round trip but no commit: neither database flushes anything for them.
// It wraps Kysely's driver, so it sees every statement on every pooled connection, whichever code runs it.
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';

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
  /** transactions + autocommits. */
  commits(): number;
  reset(): void;
  wrap(dialect: Dialect): Dialect;
}

const WRITE = /^\s*(insert|update|delete|with\b[\s\S]*\b(insert|update|delete)\b)/i;

export function createCommitCounter(): CommitCounter {
  const counts: CommitCounts = { transactions: 0, autocommits: 0, roundTrips: 0 };
  /** Connections inside a transaction, and whether it has written anything yet. */
  const open = new WeakMap<DatabaseConnection, boolean>();
  const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();

  const wrapConnection = (connection: DatabaseConnection): DatabaseConnection => {
    const wrapped: DatabaseConnection = {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        counts.roundTrips++;
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
    return {
      init: () => driver.init(),
      acquireConnection: async () => outerOf(await driver.acquireConnection()),
      // The drivers send BEGIN/COMMIT through the connection they are given, so the wrapper sees them.
      beginTransaction: (c: DatabaseConnection, s: TransactionSettings) => driver.beginTransaction(c, s),
      commitTransaction: (c: DatabaseConnection) => driver.commitTransaction(c),
      rollbackTransaction: (c: DatabaseConnection) => driver.rollbackTransaction(c),
      releaseConnection: (c: DatabaseConnection) => driver.releaseConnection(inner.get(c) ?? c),
      destroy: () => driver.destroy(),
      ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
      ...(driver.rollbackToSavepoint ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) } : {}),
      ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
    };
  };

  return {
    counts,
    commits: () => counts.transactions + counts.autocommits,
    reset() {
      counts.transactions = 0;
      counts.autocommits = 0;
      counts.roundTrips = 0;
    },
    wrap: (dialect) => ({
      createAdapter: () => dialect.createAdapter(),
      createDriver: () => wrapDriver(dialect.createDriver()),
      createIntrospector: (db) => dialect.createIntrospector(db),
      createQueryCompiler: () => dialect.createQueryCompiler(),
    }),
  };
}
