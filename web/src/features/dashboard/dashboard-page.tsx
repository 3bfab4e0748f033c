// The dashboard: leads per stage, conversion, the funnel, leads per day, recent leads and alerts, updated live.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Alerts, DailyLeads, LeadStats } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useLiveRefresh } from '../../components/live';
import { Loadable, Page } from '../../components/page';
import { AlertsPanel } from './alerts-panel';
import { DailyChart } from './daily-chart';
import { Funnel } from './funnel';
import { PerProduct } from './per-product';
import { RecentLeads } from './recent-leads';
import { StageCards } from './stage-cards';

const CHART_DAYS = 14;

export function DashboardPage() {
  const { t } = useTranslation();
  const stats = useApi(() => api.get<LeadStats>('/api/scalev-leads/stats'), []);
  const daily = useApi(() => api.get<DailyLeads>('/api/scalev-leads/daily', { days: CHART_DAYS }), []);
  const alerts = useApi(() => api.get<Alerts>('/api/alerts'), []);
  useLiveRefresh(['stages', 'events'], () => {
    stats.reload();
    daily.reload();
  });
  useLiveRefresh(['deliveries', 'rejections', 'events'], alerts.reload);

  return (
    <Page title={t('dashboard.title')}>
      <Loadable {...stats}>
        {(s) => (
          <>
            <StageCards stats={s} />
            <div className="grid-2">
              <section className="card" aria-labelledby="funnel-title">
                <h2 id="funnel-title">{t('dashboard.funnel')}</h2>
                <Funnel stats={s} />
              </section>
              <section className="card" aria-labelledby="alerts-title">
                <h2 id="alerts-title">{t('dashboard.alerts')}</h2>
                <Loadable {...alerts}>{(a) => <AlertsPanel alerts={a} />}</Loadable>
              </section>
            </div>
          </>
        )}
      </Loadable>
      <section className="card" aria-labelledby="daily-title">
        <h2 id="daily-title">{t('dashboard.perDay', { days: String(CHART_DAYS) })}</h2>
        <Loadable {...daily}>{(d) => <DailyChart days={d.days} />}</Loadable>
      </section>
      {stats.data && (
        <>
          <section className="card" aria-labelledby="recent-title">
            <h2 id="recent-title">{t('dashboard.recent')}</h2>
            <RecentLeads leads={stats.data.recent} />
          </section>
          {stats.data.per_product.length > 0 && (
            <section className="card" aria-labelledby="per-product-title">
              <h2 id="per-product-title">{t('dashboard.perProduct')}</h2>
              <PerProduct stats={stats.data} />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
