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
 * How long the line hands the connection on without letting the event loop run, ms. Each hand-over wakes the next
 * waiter in a microtask, and better-sqlite3 answers synchronously, so a line kept full by the worker's jobs would
 * otherwise run query after query without the process ever reading a socket: at 1,000 WhatsApp conversations the
 * intake then stored about 25 webhooks a second for the six seconds the turns took, and a thousand webhooks already
 * sent waited past WAHA's 10 s timeout (answered only on its retry, their bursts split into two turns).
 */
const SLICE_MS = 10;

/**
 * The event loop's own setImmediate, taken when this module loads: a test that fakes timers (vi.useFakeTimers) must
 * not be able to stop the database's line, which is scheduling, not time.
 */
const nextTurn = globalThis.setImmediate;

export interface ConnectionLineOptions {
  /** See SLICE_MS. */
  readonly sliceMs?: number;
  /** For tests; performance.now by default. */
  readonly now?: () => number;
}

/**
 * Kysely's SQLite driver guards its single connection with a mutex whose every release wakes every waiter, all but
 * one of which go back to sleep: with a hundred io jobs waiting, each hand-over costs a hundred wake-ups, and a
 * webhook's store waits behind all of them. This line wakes exactly the next one: intake first (a webhook is not
 * acknowledged until it is stored, and a late acknowledgement makes WAHA send it again and splits a customer's burst
 * into two turns), then the rest in arrival order. The inner mutex is then never contended. After `sliceMs` of
 * hand-overs without a pause, the next one waits for the event loop's next turn (setImmediate): sockets are read
 * meanwhile, and a webhook that arrived then is stored before the waiting work.
 */
export function createConnectionLine(options: ConnectionLineOptions = {}): ConnectionLine {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const intake: (() => void)[] = [];
  const work: (() => void)[] = [];
  let held = false;
  /** When the line last started handing over without a pause. */
  let sliceStart = 0;
  const handOver = () => {
    const next = intake.shift() ?? work.shift();
    if (next) next();
    else held = false;
  };
  return {
    take(place) {
      if (!held) {
        held = true;
        sliceStart = now();
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => (place === 'intake' ? intake : work).push(resolve));
    },
    give() {
      if (intake.length + work.length > 0 && now() - sliceStart >= sliceMs) {
        // Still held: whoever asks meanwhile lines up, and the hand-over after the pause picks intake first.
        nextTurn(() => {
          sliceStart = now();
          handOver();
        });
        return;
      }
      handOver();
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
