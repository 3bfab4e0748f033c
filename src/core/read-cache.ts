// Settings kept decoded in the process for a second: a WhatsApp turn read them sixteen times, each a round trip on PostgreSQL and an AES-GCM open.
import type { Settings } from './settings.js';

/**
 * Decoded settings by workspace and namespace, each kept for `ttlMs` (real time, not the context's clock: a test's
 * fake clock must not keep a value forever). A write through writeSettings in this process forgets the namespace at
 * once; another process (a `leadcycle worker` beside `leadcycle web`) sees a change within `ttlMs`. The values are
 * frozen: callers share them.
 */
export interface SettingsCache {
  get(workspaceId: string, namespace: string): Settings | undefined;
  /** Counts forgets: a read taken before a forget must not be kept after it (it may hold the value just replaced). */
  generation(): number;
  /** Keeps `settings` (frozen, and returned) unless something was forgotten since `generation` was taken. */
  set(workspaceId: string, namespace: string, settings: Settings, generation: number): Settings;
  /** Forgets one namespace of a workspace (writeSettings does, before and after its write). */
  forget(workspaceId: string, namespace: string): void;
}

/** How long a read stays good; what a setting changed in another process waits at most to take effect there. */
const SETTINGS_CACHE_MS = 1_000;
/** Workspaces × namespaces held at most; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 2_000;

export function createSettingsCache(options: { ttlMs?: number; now?: () => number } = {}): SettingsCache {
  const ttlMs = options.ttlMs ?? SETTINGS_CACHE_MS;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { settings: Settings; until: number }>();
  let forgets = 0;
  const keyOf = (workspaceId: string, namespace: string) => `${workspaceId}\u0000${namespace}`;
  return {
    get(workspaceId, namespace) {
      const key = keyOf(workspaceId, namespace);
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.until <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.settings;
    },
    generation: () => forgets,
    set(workspaceId, namespace, settings, generation) {
      const frozen = deepFreeze(settings);
      if (generation !== forgets) return frozen;
      const key = keyOf(workspaceId, namespace);
      entries.delete(key);
      entries.set(key, { settings: frozen, until: now() + ttlMs });
      if (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return frozen;
    },
    forget(workspaceId, namespace) {
      forgets += 1;
      entries.delete(keyOf(workspaceId, namespace));
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
