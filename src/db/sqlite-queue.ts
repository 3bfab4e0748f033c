// The one SQLite connection's waiting line (hand-written core): first come, first served, webhook intake ahead of the rest.
import type { Dialect } from 'kysely';
import { wrapConnections, wrapDialectDriver } from './driver-wrap.js';

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
  return wrapDialectDriver(dialect, (driver) =>
    wrapConnections(driver, {
      async acquireConnection(acquire) {
        await line.take(place);
        try {
          return await acquire();
        } catch (error) {
          line.give();
          throw error;
        }
      },
      async releaseConnection(connection, release) {
        try {
          await release(connection);
        } finally {
          line.give();
        }
      },
    }),
  );
}
