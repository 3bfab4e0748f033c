// What needs a person: failed and dead deliveries, dead jobs, webhooks refused in the last day (GET /api/alerts).
import { useTranslation } from 'react-i18next';
import type { Alerts } from '../../api/types';
import { useFormat } from '../../format/use-format';
import { Link } from '../../router';
import { useSignedIn } from '../../session/session';
import { providerName } from '../../format/provider';
import { PERMISSIONS } from '../../session/permissions';

/** Whether anything needs a person now (the same counts the panel lists). */
export const hasOpenAlerts = (a: Alerts): boolean => a.dead_deliveries + a.failed_deliveries + a.dead_jobs + a.rejected_webhooks_last_day > 0;

/** `connected`: whether any provider is set up (GET /api/setup); "all good" means nothing while nothing is connected. */
export function AlertsPanel({ alerts, connected }: { alerts: Alerts; connected: boolean | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const items = [
    { key: 'dead', count: alerts.dead_deliveries, text: t('dashboard.deadDeliveries', { count: alerts.dead_deliveries }), to: can(PERMISSIONS.viewDeliveries) ? '/deliveries' : undefined, tone: 'bad' },
    { key: 'failed', count: alerts.failed_deliveries, text: t('dashboard.failedDeliveries', { count: alerts.failed_deliveries }), to: can(PERMISSIONS.viewDeliveries) ? '/deliveries' : undefined, tone: 'warn' },
    { key: 'jobs', count: alerts.dead_jobs, text: t('dashboard.deadJobs', { count: alerts.dead_jobs }), to: can(PERMISSIONS.viewJobs) ? '/deliveries' : undefined, tone: 'bad' },
    { key: 'rejected', count: alerts.rejected_webhooks_last_day, text: t('dashboard.rejected', { count: alerts.rejected_webhooks_last_day }), to: can(PERMISSIONS.viewWebhookLog) ? '/webhook-log?tab=refused' : undefined, tone: 'warn' },
  ].filter((item) => item.count > 0);

  if (items.length === 0) {
    if (connected === undefined) return null;
    if (!connected) return <p className="muted" data-testid="nothing-connected">{t('setup.nothingConnected')}</p>;
    return <p className="all-good">✓ {t('dashboard.allGood')}</p>;
  }
  return (
    <>
      <ul className="alerts">
        {items.map((item) => (
          <li key={item.key} className={`alert alert-${item.tone}`}>
            {item.to ? <Link to={item.to}>{item.text}</Link> : item.text}
          </li>
        ))}
      </ul>
      {alerts.latest_rejections.length > 0 && (
        <ul className="rejections-mini">
          {alerts.latest_rejections.map((r) => (
            <li key={r.id}>
              <span className="muted">{f.dateTime(r.received_at)}</span> · {providerName(r.source)}: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
