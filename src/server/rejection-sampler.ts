// Rejected webhooks are stored in full up to a number per workspace, source and minute; the rest become one counted row.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { recordRejection, type Rejection } from '../core/inbox/store.js';
import type { Database } from '../db/database.js';

/**
 * Each stored rejection is a commit: a flood of bad signatures would otherwise cost one each, and a prober could
 * grow the table without bound. The first `perMinute` of a workspace's source in a minute are kept one by one (what
 * a person debugging a provider needs); the rest of that minute are counted and written as one row when the minute
 * ends, on `flush`, or at shutdown. `/metrics` counts every one in memory, so its counters stay exact.
 */
export interface RejectionSampler {
  record(r: Rejection): Promise<void>;
  /** Writes the counted rows of minutes that have ended (all of them when `all`). */
  flush(all?: boolean): Promise<void>;
  close(): Promise<void>;
}

interface Bucket {
  minute: number;
  stored: number;
  extra: number;
  last: Rejection;
}

const MINUTE = 60_000;
/** How often ended minutes are written even when no new rejection comes to trigger it (real time). */
const FLUSH_EVERY_MS = 10_000;

export function createRejectionSampler(db: Kysely<Database>, clock: Clock, logger: Logger, perMinute: number): RejectionSampler {
  const buckets = new Map<string, Bucket>();

  const writeExtra = async (b: Bucket) => {
    if (b.extra === 0) return;
    const count = b.extra;
    b.extra = 0;
    await recordRejection(db, clock, { ...b.last, reason: `${count} more like this in one minute, counted not stored: ${b.last.reason}`, count }).catch((error: unknown) =>
      logger.error({ err: error, source: b.last.source, count }, 'could not record counted webhook rejections'),
    );
  };

  const flush = async (all = false) => {
    const minute = Math.floor(clock.now() / MINUTE);
    for (const [key, b] of buckets) {
      if (!all && b.minute >= minute) continue;
      await writeExtra(b);
      if (b.minute < minute) buckets.delete(key);
    }
  };

  const timer = setInterval(() => void flush(), FLUSH_EVERY_MS);
  timer.unref();

  return {
    async record(r) {
      const minute = Math.floor(clock.now() / MINUTE);
      const key = `${r.workspaceId}\u0000${r.source}`;
      let b = buckets.get(key);
      if (b && b.minute !== minute) {
        await writeExtra(b);
        b = undefined;
      }
      if (!b) {
        b = { minute, stored: 0, extra: 0, last: r };
        buckets.set(key, b);
      }
      if (b.stored < perMinute) {
        b.stored++;
        await recordRejection(db, clock, r).catch((error: unknown) => logger.error({ err: error }, 'could not record webhook rejection'));
        return;
      }
      b.extra++;
      b.last = r;
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush(true);
    },
  };
}
