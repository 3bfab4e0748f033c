// Values the webhook route reads on every request (a workspace by slug, a source's secret), kept a few seconds and loaded once per key at a time.

/** How long a workspace id or a webhook secret is reused before it is read again, ms. */
const CACHE_MS = 5_000;

/** Kept values at most (slugs come from the URL, so a prober's made-up ones must not grow the map without end). */
const CACHE_ENTRIES = 1_000;

/**
 * Values kept for CACHE_MS by key, each loaded once however many requests ask while it loads: when a kept secret
 * expires in the middle of a burst, the requests waiting for it make one read, not one each. A failed load is not kept.
 */
export function keptLoads<T>(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): (key: string, load: () => Promise<T>) => Promise<T> {
  const ttlMs = options.ttlMs ?? CACHE_MS;
  const maxEntries = options.maxEntries ?? CACHE_ENTRIES;
  const clock = options.now ?? Date.now;
  const kept = new Map<string, { value: Promise<T>; until: number }>();
  return (key, load) => {
    const now = clock();
    const entry = kept.get(key);
    if (entry && entry.until > now) return entry.value;
    const value = load();
    kept.delete(key);
    kept.set(key, { value, until: now + ttlMs });
    if (kept.size > maxEntries) kept.delete(kept.keys().next().value as string);
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key);
    });
    return value;
  };
}

