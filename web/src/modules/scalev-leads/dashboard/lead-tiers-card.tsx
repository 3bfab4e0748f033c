// The lead tiers on the dashboard: money and leads for a chosen period (revenue, at risk, lost; per day on an axis),
// then counts per stage, conversion, the funnel, recent leads and per product.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { useLiveRefresh } from '../../../components/live';
import { Loadable } from '../../../components/page';
import { QuickRangePicker, rangeDays, type QuickRange } from '../../../components/quick-range';
import { useFormat } from '../../../format/use-format';
import type { DailyLeads, LeadStats } from '../api-types';
import { DailyChart } from './daily-chart';
import { Funnel } from './funnel';
import { MoneyFigures } from './money-figures';
import { PerProduct } from './per-product';
import { RecentLeads } from './recent-leads';
import { StageCards } from './stage-cards';

export function LeadTiersCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const [range, setRange] = useState<QuickRange>('7d');
  const days = rangeDays(range, f.timeZone);
  const stats = useApi(() => api.get<LeadStats>('/api/scalev-leads/stats'), []);
  const daily = useApi(() => api.get<DailyLeads>('/api/scalev-leads/daily', { days }), [days]);
  useLiveRefresh(['stages', 'events'], () => {
    stats.reload();
    daily.reload();
  });

  return (
    <>
      <section className="card" aria-labelledby="period-title">
        <div className="card-head">
          <h3 id="period-title">{t(`leadTiers.period.${range}`)}</h3>
          <QuickRangePicker value={range} onChange={setRange} label={t('ranges.label')} />
        </div>
        <Loadable {...daily}>
          {(d) => (
            <>
              <MoneyFigures daily={d} />
              <div className="grid-2">
                <div>
                  <h4>{t('leadTiers.valuePerDay')}</h4>
                  <DailyChart days={d.days} currency={d.currency} metric="value" />
                </div>
                <div>
                  <h4>{t('leadTiers.leadsPerDay')}</h4>
                  <DailyChart days={d.days} currency={d.currency} metric="count" />
                </div>
              </div>
            </>
          )}
        </Loadable>
      </section>
      <Loadable {...stats}>
        {(s) => (
          <>
            <StageCards stats={s} />
            <section className="card" aria-labelledby="recent-title">
              <h3 id="recent-title">{t('leadTiers.recent')}</h3>
              <RecentLeads leads={s.recent} />
            </section>
            <section className="card" aria-labelledby="funnel-title">
              <h3 id="funnel-title">{t('leadTiers.funnel')}</h3>
              <Funnel stats={s} />
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
    </>
  );
}
