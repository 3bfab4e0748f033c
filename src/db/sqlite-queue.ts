// The one SQLite connection's waiting line (hand-written core): first come, first served, webhook intake ahead of the rest.
import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

/** Who waits in the line: `intake` (storing acknowledged webhooks) goes ahead of everything else. */
export type LinePlace = 'intake' | 'work';

export interface ConnectionLine {
  take(place: LinePlace): Promise<void>;
  give(): void;
  /** Waiting now, by place (for tests). */
  waiting(): { intake: number; work: number };
}

/**
 * Kysely's SQLite driver guards its single connection with a mutex whose every release wakes every waiter, all but
 * one of which go back to sleep: with a hundred io jobs waiting, each hand-over costs a hundred wake-ups, and a
 * webhook's store waits behind all of them. This line wakes exactly the next one: intake first (a webhook is not
 * acknowledged until it is stored, and a late acknowledgement makes WAHA send it again and splits a customer's burst
 * into two turns), then the rest in arrival order. The inner mutex is then never contended.
 */
export function createConnectionLine(): ConnectionLine {
  const intake: (() => void)[] = [];
  const work: (() => void)[] = [];
  let held = false;
  return {
    take(place) {
      if (!held) {
        held = true;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => (place === 'intake' ? intake : work).push(resolve));
    },
    give() {
      const next = intake.shift() ?? work.shift();
      if (next) next();
      else held = false;
    },
    waiting: () => ({ intake: intake.length, work: work.length }),
  };
}

/** Kysely's SQLite dialect, its connection taken through `line` at `place`. */
export function queuedSqliteDialect(dialect: Dialect, line: ConnectionLine, place: LinePlace): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => queuedDriver(dialect.createDriver(), line, place),
  };
}

function queuedDriver(driver: Driver, line: ConnectionLine, place: LinePlace): Driver {
  return {
    init: () => driver.init(),
    async acquireConnection() {
      await line.take(place);
      try {
        return await driver.acquireConnection();
      } catch (error) {
        line.give();
        throw error;
      }
    },
    beginTransaction: (c: DatabaseConnection, s: TransactionSettings) => driver.beginTransaction(c, s),
    commitTransaction: (c: DatabaseConnection) => driver.commitTransaction(c),
    rollbackTransaction: (c: DatabaseConnection) => driver.rollbackTransaction(c),
    async releaseConnection(c: DatabaseConnection) {
      try {
        await driver.releaseConnection(c);
      } finally {
        line.give();
      }
    },
    destroy: () => driver.destroy(),
    ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
    ...(driver.rollbackToSavepoint ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) } : {}),
    ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
  };
}
