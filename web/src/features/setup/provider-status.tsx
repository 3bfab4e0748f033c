// A provider's set-up status as a badge: Connected, Saved but not tested, Test failed, Not set.
import { useTranslation } from 'react-i18next';
import type { ProviderStatus } from '../../api/types';

const TONE: Record<ProviderStatus, string> = { connected: 'good', untested: 'warn', test_failed: 'bad', not_set: 'neutral' };

export function ProviderStatusBadge({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${TONE[status]}`} data-status={status}>
      {t(`setup.provider.status.${status}`)}
    </span>
  );
}

/** The least ready of several providers' statuses (a module's tab is Connected only when all of its providers are). */
export function weakestStatus(statuses: readonly ProviderStatus[]): ProviderStatus {
  const order: ProviderStatus[] = ['test_failed', 'not_set', 'untested', 'connected'];
  if (statuses.length === 0) return 'not_set';
  if (statuses.every((s) => s === 'not_set')) return 'not_set';
  return order.find((o) => statuses.includes(o)) ?? 'connected';
}
