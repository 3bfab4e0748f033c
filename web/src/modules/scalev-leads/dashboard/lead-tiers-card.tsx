// The lead tiers on the dashboard: leads per stage, conversion, the funnel, leads per day, recent leads, per product.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { useLiveRefresh } from '../../../components/live';
import { Loadable } from '../../../components/page';
import type { DailyLeads, LeadStats } from '../api-types';
import { DailyChart } from './daily-chart';
import { Funnel } from './funnel';
import { PerProduct } from './per-product';
import { RecentLeads } from './recent-leads';
import { StageCards } from './stage-cards';

const CHART_DAYS = 14;

export function LeadTiersCard() {
  const { t } = useTranslation();
  const stats = useApi(() => api.get<LeadStats>('/api/scalev-leads/stats'), []);
  const daily = useApi(() => api.get<DailyLeads>('/api/scalev-leads/daily', { days: CHART_DAYS }), []);
  useLiveRefresh(['stages', 'events'], () => {
    stats.reload();
    daily.reload();
  });

  return (
    <Loadable {...stats}>
      {(s) => (
        <>
          <StageCards stats={s} />
          <div className="grid-2">
            <section className="card" aria-labelledby="funnel-title">
              <h3 id="funnel-title">{t('leadTiers.funnel')}</h3>
              <Funnel stats={s} />
            </section>
            <section className="card" aria-labelledby="daily-title">
              <h3 id="daily-title">{t('leadTiers.perDay', { days: String(CHART_DAYS) })}</h3>
              <Loadable {...daily}>{(d) => <DailyChart days={d.days} />}</Loadable>
            </section>
          </div>
          <section className="card" aria-labelledby="recent-title">
            <h3 id="recent-title">{t('leadTiers.recent')}</h3>
            <RecentLeads leads={s.recent} />
          </section>
          {s.per_product.length > 0 && (
            <section className="card" aria-labelledby="per-product-title">
              <h3 id="per-product-title">{t('leadTiers.perProduct')}</h3>
              <PerProduct stats={s} />
            </section>
          )}
        </>
      )}
    </Loadable>
  );
}
