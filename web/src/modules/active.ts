// The modules the server runs (GET /api/auth/me), in registry order: only theirs show screens, menu entries and cards.
import { useMemo } from 'react';
import type { ActiveModule } from '../api/types';
import { useSignedIn } from '../session/session';
import { WEB_MODULES } from './registry';
import type { WebModule } from './web-module';

/** The registry's modules the server named; one the dashboard does not know is left out. */
export function activeModules(server: readonly ActiveModule[], registry: readonly WebModule[] = WEB_MODULES): readonly WebModule[] {
  const names = new Set(server.map((m) => m.name));
  return registry.filter((m) => names.has(m.name));
}

export function useActiveModules(): readonly WebModule[] {
  const { me } = useSignedIn();
  return useMemo(() => activeModules(me.modules), [me.modules]);
}
