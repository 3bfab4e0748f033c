// Loads data for a screen: the latest answer wins, errors become ApiError, and reload() refetches quietly.
import { useCallback, useEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True only until the first answer; later reloads keep showing the previous data. */
  loading: boolean;
  reload(): void;
}

/** Runs `load` now and whenever `deps` change; an answer to an older call is ignored. */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const call = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const depsKey = JSON.stringify(deps);
  const lastKey = useRef(depsKey);

  useEffect(() => {
    const id = ++call.current;
    // New filters: show the loading state; a reload of the same view keeps the old data on screen.
    if (lastKey.current !== depsKey) {
      lastKey.current = depsKey;
      setLoading(true);
    }
    loadRef.current().then(
      (value) => {
        if (id !== call.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (thrown: unknown) => {
        if (id !== call.current) return;
        setError(asApiError(thrown));
        setLoading(false);
      },
    );
  }, [depsKey, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
