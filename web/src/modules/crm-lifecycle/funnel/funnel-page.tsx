// The prospect funnel for businesses added in a date range: stages with conversion, each status's count, revenue per campaign.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CrmFunnel, CrmRevenue } from '../api-types';
import { useApi } from '../../../api/use-api';
import { TextField } from '../../../components/fields';
import { QuickRangePicker, quickRangeDates, quickRangeOf } from '../../../components/quick-range';
import { Loadable, Page } from '../../../components/page';
import { endOfDay, startOfDay } from '../../../format/time';
import { useFormat } from '../../../format/use-format';
import { navigate, useLocation } from '../../../router';
import { FunnelStages } from './funnel-stages';
import { RevenueTable } from './revenue-table';
import { StatusBreakdown } from './status-breakdown';
import { useLiveRefresh } from '../../../components/live';

export function FunnelPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { query } = useLocation();
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const range = { from: from ? startOfDay(from, f.timeZone) : undefined, to: to ? endOfDay(to, f.timeZone) : undefined };
  const funnel = useApi(() => api.get<CrmFunnel>('/api/v1/crm/funnel', range), [from, to, f.timeZone]);
  const revenue = useApi(() => api.get<CrmRevenue>('/api/v1/crm/revenue', range), [from, to, f.timeZone]);
  useLiveRefresh(['crm'], funnel.reload);
  useLiveRefresh(['crm'], revenue.reload);

  const setRange = (next: { from: string; to: string }) => {
    const params = new URLSearchParams();
    if (next.from) params.set('from', next.from);
    if (next.to) params.set('to', next.to);
    const search = params.toString();
    navigate(search ? `/crm/funnel?${search}` : '/crm/funnel', { replace: true });
  };

  return (
    <Page title={t('crm.funnel')} intro={t('crm.funnelIntro')}>
      <QuickRangePicker value={quickRangeOf({ from, to }, f.timeZone)} onChange={(r) => setRange(quickRangeDates(r, f.timeZone))} label={t('ranges.label')} />
      <form className="filters filters-range" aria-label={t('crm.dateRange')} onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('crm.addedFrom')} type="date" value={from} onChange={(e) => setRange({ from: e.target.value, to })} />
        <TextField label={t('crm.addedTo')} type="date" value={to} onChange={(e) => setRange({ from, to: e.target.value })} />
        {(from || to) && (
          <div className="filters-clear">
            <button type="button" className="button button-ghost" onClick={() => setRange({ from: '', to: '' })}>
              {t('crm.allTime')}
            </button>
          </div>
        )}
      </form>
      <Loadable {...funnel}>
        {(data) => (
          <>
            <section className="card" aria-labelledby="stages-title">
              <h2 id="stages-title">{t('crm.stages')}</h2>
              <FunnelStages stages={data.stages} />
            </section>
            <div className="grid-3">
              <StatusBreakdown field="contact_status" counts={data.contact_status} range={{ from, to }} />
              <StatusBreakdown field="website_status" counts={data.website_status} range={{ from, to }} />
              <StatusBreakdown field="subscription_status" counts={data.subscription_status} range={{ from, to }} />
            </div>
          </>
        )}
      </Loadable>
      <section className="card" aria-labelledby="revenue-title">
        <h2 id="revenue-title">{t('crm.revenuePerCampaign')}</h2>
        <Loadable {...revenue}>{(data) => <RevenueTable items={data.items} />}</Loadable>
      </section>
    </Page>
  );
}
