// The dashboard: what needs attention, then a card for each active module (lead tiers, the CRM…), updated live.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Alerts } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorBoundary } from '../../components/error-boundary';
import { useLiveRefresh } from '../../components/live';
import { Loadable, Page } from '../../components/page';
import { useActiveModules } from '../../modules/active';
import { GetStarted } from '../setup/get-started';
import { useSetup } from '../setup/use-setup';
import { AlertsPanel, hasOpenAlerts } from './alerts-panel';

export function DashboardPage() {
  const { t } = useTranslation();
  const alerts = useApi(() => api.get<Alerts>('/api/alerts'), []);
  useLiveRefresh(['deliveries', 'rejections', 'events'], alerts.reload);
  const modules = useActiveModules();
  const setup = useSetup();

  const open = alerts.data !== undefined && hasOpenAlerts(alerts.data);
  const alertsCard = (
    <section className="card" aria-labelledby="alerts-title" data-testid="alerts-card">
      <h2 id="alerts-title">{t('dashboard.alerts')}</h2>
      <Loadable {...alerts}>{(a) => <AlertsPanel alerts={a} connected={setup.data?.connected} />}</Loadable>
    </section>
  );

  return (
    <Page title={t('dashboard.title')}>
      {/* Open alerts come first, above the fold on a phone too; with none, the set-up checklist leads. */}
      {open && alertsCard}
      {/* Until every active module is set up; gone once done. */}
      {setup.data && !setup.data.done && <GetStarted setup={setup.data} modules={modules} />}
      {!open && alertsCard}
      {modules.map(({ name, title, description, dashboardCard: Card }) =>
        Card ? (
          <section key={name} className="module-card" aria-labelledby={`module-${name}-title`} data-module={name}>
            <div className="module-card-head">
              <h2 id={`module-${name}-title`}>{t(title)}</h2>
              <p className="muted">{t(description)}</p>
            </div>
            {/* One module's failure leaves the others' cards and the alerts on screen. */}
            <ErrorBoundary resetKey={name}>
              <Card />
            </ErrorBoundary>
          </section>
        ) : null,
      )}
    </Page>
  );
}
