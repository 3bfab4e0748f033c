// One EventSource on GET /api/live for the whole app; screens refetch when the kinds they show have changed.
import type { CoreLiveKind } from '../../../src/server/contract/live.js';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** What the core tells about: new webhook events, stage changes, delivery updates, refused webhooks, uploads. */
export const CORE_CHANGE_KINDS = ['events', 'stages', 'deliveries', 'rejections', 'uploads'] as const satisfies readonly CoreLiveKind[];
// The other half of the check: a kind the server adds must be added here too.
type MissingKind = Exclude<CoreLiveKind, (typeof CORE_CHANGE_KINDS)[number]>;
const everyCoreKindListed: [MissingKind] extends [never] ? true : MissingKind = true;
void everyCoreKindListed;

/**
 * The kinds modules add (their server part's live signals), by declaration merging: a module declares
 * `interface ModuleChangeKinds { crm: true }` next to its registry entry, so `useLiveRefresh(['crm'])` is checked.
 */
export interface ModuleChangeKinds {}
export type ModuleChangeKind = keyof ModuleChangeKinds & string;

/** What moved on the server. */
export type ChangeKind = (typeof CORE_CHANGE_KINDS)[number] | ModuleChangeKind;
type Listener = (kinds: ChangeKind[]) => void;

interface Live {
  connected: boolean;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live | undefined>(undefined);

/** `kinds`: every kind a screen may listen to (the core's and the active modules'), told to all after a reconnect. */
export function LiveProvider({ kinds, children }: { kinds: readonly ChangeKind[]; children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [connected, setConnected] = useState(false);
  const everything = useRef(kinds);
  everything.current = kinds;

  useEffect(() => {
    // The browser reconnects by itself (the server sends `retry: 3000`); after a gap, everything may have changed.
    const source = new EventSource('/api/live');
    let lost = false;
    const tell = (changed: ChangeKind[]) => {
      for (const listener of listeners.current) listener(changed);
    };
    source.addEventListener('ready', () => {
      setConnected(true);
      if (lost) tell([...everything.current]);
      lost = false;
    });
    source.addEventListener('change', (event) => {
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as { kinds?: ChangeKind[] };
        tell(data.kinds ?? []);
      } catch {
        // A malformed message changes nothing.
      }
    });
    source.onerror = () => {
      lost = true;
      setConnected(false);
    };
    return () => source.close();
  }, []);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ connected, subscribe }), [connected, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLiveStatus(): boolean {
  return useContext(LiveContext)?.connected ?? false;
}

/** Calls `refresh` 0.4 s after any of `kinds` changed on the server; a burst of changes makes one refetch. */
export function useLiveRefresh(kinds: readonly ChangeKind[], refresh: () => void): void {
  const subscribe = useContext(LiveContext)?.subscribe;
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  const wanted = kinds.join(',');
  useEffect(() => {
    if (!subscribe) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((changed) => {
      if (!changed.some((k) => wanted.split(',').includes(k))) return;
      clearTimeout(timer);
      timer = setTimeout(() => refreshRef.current(), 400);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribe, wanted]);
}
