// The one context object handed to routes and jobs (style habit 10): no globals, so tests can run side by side.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database, Dialect } from '../db/database.js';
import type { Clock } from './clock.js';
import type { HttpClient } from './http/transport.js';
import type { MergeHook } from './contacts/contacts.js';
import type { SecretBox } from './secrets.js';
import type { ReadCache } from './read-cache.js';
import type { ReadBatches } from './read-batch.js';

/** Notifies idle workers in this process that a job was enqueued (other processes poll or LISTEN). */
export interface JobSignal {
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createJobSignal(): JobSignal {
  const listeners = new Set<() => void>();
  return {
    notify: () => {
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export interface AppContext {
  readonly db: Kysely<Database>;
  /** The same database for storing webhooks: on SQLite first in the one connection's line; on PostgreSQL `db` (db/connect.ts). */
  readonly intakeDb: Kysely<Database>;
  readonly dialect: Dialect;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: Config;
  readonly secrets: SecretBox;
  /**
   * Read-mostly rows kept for a second (core/read-cache.ts): decoded settings (readSettings and writeSettings take it
   * from here) and a WhatsApp turn's catalogue, production prompts and running A/B test.
   */
  readonly readCache: ReadCache;
  /** Reads by key that the jobs running at once ask for, made as one statement (core/read-batch.ts). */
  readonly readBatches: ReadBatches;
  readonly jobSignal: JobSignal;
  /** Source of randomness for backoff jitter; tests pass a fixed one. */
  readonly random: () => number;
  /** The one transport for provider API calls; connector clients take it from here, never build their own. */
  readonly http: HttpClient;
  /**
   * Every module's `onContactMerged`, in registry order (`contactMergeHooksOf(modules)`), built where the context is
   * built. On the context rather than passed per call, because the module whose event causes a merge
   * (findOrCreateContact) does not know which other modules keep rows per contact; and rather than in a module-level
   * list, because tests build several contexts side by side. The contacts functions take the context (ContactsDeps).
   */
  readonly contactMergeHooks: readonly MergeHook[];
}
