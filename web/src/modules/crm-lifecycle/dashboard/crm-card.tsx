// The CRM on the dashboard: how far the businesses got (all time) and the newest campaigns with what they did.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { useLiveRefresh } from '../../../components/live';
import { Loadable } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { formatAmounts } from '../amounts';
import type { Campaign, Campaigns, CrmFunnel } from '../api-types';
import { channelLabel } from '../channel';
import { FunnelStages } from '../funnel/funnel-stages';
import { CampaignBadge } from '../status-badges';

/** The newest campaigns shown; the campaigns page has them all. */
const NEWEST = 3;

export function CrmCard() {
  const { t } = useTranslation();
  const f = useFormat();
  // The same two answers the funnel and campaigns pages read: one count per stage, and three campaigns' figures.
  const funnel = useApi(() => api.get<CrmFunnel>('/api/v1/crm/funnel'), []);
  const campaigns = useApi(() => api.get<Campaigns>('/api/v1/crm/campaigns', { limit: NEWEST }), []);
  useLiveRefresh(['crm'], () => {
    funnel.reload();
    campaigns.reload();
  });

  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="crm-funnel-title">
        <div className="card-head">
          <h3 id="crm-funnel-title">{t('crm.dashboard.businesses')}</h3>
          <Link to="/crm">{t('crm.dashboard.allBusinesses')}</Link>
        </div>
        <Loadable {...funnel}>
          {(data) => ((data.stages[0]?.count ?? 0) > 0 ? <FunnelStages stages={data.stages} /> : <p className="empty">{t('crm.dashboard.noBusinesses')}</p>)}
        </Loadable>
      </section>
      <section className="card" aria-labelledby="crm-campaigns-title">
        <div className="card-head">
          <h3 id="crm-campaigns-title">{t('crm.dashboard.campaigns')}</h3>
          <Link to="/crm/campaigns">{t('crm.dashboard.allCampaigns')}</Link>
        </div>
        <Loadable {...campaigns}>
          {(data) => (
            <DataTable
              caption={t('crm.dashboard.campaigns')}
              rows={data.items}
              rowKey={(c) => c.id}
              empty={t('crm.noCampaigns')}
              columns={[
                {
                  key: 'campaign',
                  header: t('crm.campaign'),
                  cell: (c: Campaign) => (
                    <>
                      <Link to={`/crm/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                      <span className="cell-sub">{channelLabel(t, c.channel)}</span>
                    </>
                  ),
                },
                { key: 'status', header: t('common.status'), cell: (c) => <CampaignBadge status={c.status} /> },
                { key: 'sent', header: t('crm.figure.sent'), className: 'num', cell: (c) => (c.figures ? f.number(c.figures.sent) : t('common.none')) },
                { key: 'revenue', header: t('crm.figure.revenue'), className: 'num', cell: (c) => formatAmounts(f, c.figures?.revenue ?? [], t('common.none')) },
              ]}
            />
          )}
        </Loadable>
      </section>
    </div>
  );
}
