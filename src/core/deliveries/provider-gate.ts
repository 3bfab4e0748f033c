// Calls in flight per provider (hand-written core): a worker runs many deliveries at once, but never more than a provider allows.
/**
 * A counting gate per provider name. `limitOf(provider)` is read once per provider, when its first call comes: the
 * setting PROVIDER_MAX_IN_FLIGHT (or PROVIDER_MAX_IN_FLIGHT_<PROVIDER>). A call past the limit waits for a slot, in
 * arrival order; the io job holding it keeps its lease meanwhile (the worker's heartbeat extends it).
 */
export interface ProviderGate {
  /** Runs `call` once a slot for `provider` is free, and frees it when the call ends (however it ends). */
  run<T>(provider: string, call: () => Promise<T>): Promise<T>;
  /** Calls in flight and waiting, for one provider (for tests and metrics). */
  load(provider: string): { readonly inFlight: number; readonly waiting: number };
}

export function createProviderGate(limitOf: (provider: string) => number): ProviderGate {
  const lanes = new Map<string, { limit: number; inFlight: number; waiting: (() => void)[] }>();
  const lane = (provider: string) => {
    let found = lanes.get(provider);
    if (!found) {
      found = { limit: Math.max(1, limitOf(provider)), inFlight: 0, waiting: [] };
      lanes.set(provider, found);
    }
    return found;
  };
  return {
    async run(provider, call) {
      const l = lane(provider);
      if (l.inFlight >= l.limit) await new Promise<void>((resolve) => l.waiting.push(resolve));
      else l.inFlight++;
      try {
        return await call();
      } finally {
        // The slot passes straight to the next waiting call, or is freed.
        const next = l.waiting.shift();
        if (next) next();
        else l.inFlight--;
      }
    },
    load(provider) {
      const l = lanes.get(provider);
      return { inFlight: l?.inFlight ?? 0, waiting: l?.waiting.length ?? 0 };
    },
  };
}
