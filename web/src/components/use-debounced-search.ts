// The search box of a filter bar: typing updates the box at once and the filters after a pause, not on every key.
import { useEffect, useState } from 'react';

const PAUSE_MS = 350;

export function useDebouncedSearch<V extends { q: string }>(values: V, onChange: (values: V) => void): [string, (q: string) => void] {
  const [q, setQ] = useState(values.q);
  useEffect(() => {
    if (q === values.q) return;
    const timer = setTimeout(() => onChange({ ...values, q }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q, values, onChange]);
  // Filters changed elsewhere (a link, Back): the box follows.
  useEffect(() => setQ(values.q), [values.q]);
  return [q, setQ];
}
