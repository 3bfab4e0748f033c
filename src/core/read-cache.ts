// Read-mostly rows kept in the process for a second: a WhatsApp turn read its settings sixteen times and its catalogue, prompts and A/B test once each, every read a round trip on PostgreSQL.
import type { Executor } from '../db/database.js';

/**
 * Values by workspace and key (`settings/<namespace>`, `wa-assistant/packages`…), each kept for `ttlMs` (real time,
 * not the context's clock: a test's fake clock must not keep a value forever). A write in this process forgets its
 * key once it has committed; another process (a `leadcycle worker` beside `leadcycle web`) sees a change within
 * `ttlMs`. The values are frozen: callers share them.
 */
export interface ReadCache {
  get(workspaceId: string, key: string): unknown;
  /** Counts forgets: a read taken before a forget must not be kept after it (it may hold the value just replaced). */
  generation(): number;
  /** Keeps `value` (frozen, and returned) unless something was forgotten since `generation` was taken. */
  set<T>(workspaceId: string, key: string, value: T, generation: number): T;
  /** Forgets one key of a workspace. */
  forget(workspaceId: string, key: string): void;
  /** Forgets everything: for rows changed behind the flows' back (a restore, a test that empties tables). */
  forgetAll(): void;
  /**
   * `load()`, or the load of the same key already running since the same generation: when a kept value expires under
   * load, the hundred turns that want it then wait for one read instead of making a hundred.
   */
  shared<T>(workspaceId: string, key: string, generation: number, load: () => Promise<T>): Promise<T>;
}

/** How long a read stays good; what a change made in another process waits at most to take effect there. */
const READ_CACHE_MS = 1_000;
/** Workspaces × keys held at most; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 2_000;

export function createReadCache(options: { ttlMs?: number; now?: () => number } = {}): ReadCache {
  const ttlMs = options.ttlMs ?? READ_CACHE_MS;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { value: unknown; until: number }>();
  const loading = new Map<string, { generation: number; value: Promise<unknown> }>();
  let forgets = 0;
  const keyOf = (workspaceId: string, key: string) => `${workspaceId}\u0000${key}`;
  return {
    get(workspaceId, key) {
      const at = keyOf(workspaceId, key);
      const entry = entries.get(at);
      if (entry === undefined) return undefined;
      if (entry.until <= now()) {
        entries.delete(at);
        return undefined;
      }
      return entry.value;
    },
    generation: () => forgets,
    set(workspaceId, key, value, generation) {
      const frozen = deepFreeze(value);
      if (generation !== forgets) return frozen;
      const at = keyOf(workspaceId, key);
      entries.delete(at);
      entries.set(at, { value: frozen, until: now() + ttlMs });
      if (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return frozen;
    },
    forget(workspaceId, key) {
      forgets += 1;
      entries.delete(keyOf(workspaceId, key));
    },
    forgetAll() {
      forgets += 1;
      entries.clear();
    },
    shared<T>(workspaceId: string, key: string, generation: number, load: () => Promise<T>): Promise<T> {
      const at = keyOf(workspaceId, key);
      const running = loading.get(at);
      if (running && running.generation === generation) return running.value as Promise<T>;
      const value = load().finally(() => {
        if (loading.get(at)?.value === value) loading.delete(at);
      });
      loading.set(at, { generation, value });
      return value;
    },
  };
}

/**
 * The kept value of `key`, or `load()`'s (reading through `db`), kept when nothing was forgotten meanwhile.
 * `undefined` is not kept (a missing row is asked for again): load null for "none". The value comes back frozen.
 * Reads outside a transaction share a load already running; one inside a transaction loads alone: it holds a
 * connection (on SQLite the only one), so waiting for a load that needs one could wait forever.
 */
export async function keptRead<T>(cache: ReadCache, db: Executor, workspaceId: string, key: string, load: () => Promise<T>): Promise<T> {
  const known = cache.get(workspaceId, key);
  if (known !== undefined) return known as T;
  const generation = cache.generation();
  const value = db.isTransaction ? await load() : await cache.shared(workspaceId, key, generation, load);
  return cache.set(workspaceId, key, value, generation);
}

/**
 * Runs a change to rows kept under `keys` (committed when it returns: its own transaction, not a caller's), then
 * forgets them in this process, whether it succeeded or not.
 */
export async function changeKept<T>(cache: ReadCache, workspaceId: string, keys: readonly string[], change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    for (const key of keys) cache.forget(workspaceId, key);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
