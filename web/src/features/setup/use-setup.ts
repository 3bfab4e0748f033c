// The set-up state (GET /api/setup) for the checklist, the settings tabs and the public-address warning; refreshed when events arrive.
import { api } from '../../api/client';
import type { Setup } from '../../api/types';
import { useApi, type Loaded } from '../../api/use-api';
import { useLiveRefresh } from '../../components/live';

export function useSetup(): Loaded<Setup> {
  const setup = useApi(() => api.get<Setup>('/api/setup'), []);
  // The first webhook of a source ticks its step off without a reload.
  useLiveRefresh(['events'], setup.reload);
  return setup;
}
