// Money from payments in the range, per campaign that last reached the paying business ("no campaign" when none did).
import { useTranslation } from 'react-i18next';
import type { CrmRevenue } from '../api-types';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { formatAmounts } from '../amounts';

type Row = CrmRevenue['items'][number];

export function RevenueTable({ items }: { items: readonly Row[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      caption={t('crm.revenuePerCampaign')}
      rows={items}
      rowKey={(r) => r.campaign_id ?? 'none'}
      empty={t('crm.noRevenue')}
      columns={[
        {
          key: 'campaign',
          header: t('crm.campaign'),
          cell: (r) =>
            r.campaign_id ? <Link to={`/crm/campaigns/${encodeURIComponent(r.campaign_id)}`}>{r.campaign_name ?? r.campaign_id}</Link> : <span className="muted">{t('crm.noCampaign')}</span>,
        },
        { key: 'payments', header: t('crm.payments'), className: 'num', cell: (r) => f.number(r.payments) },
        { key: 'amount', header: t('crm.figure.revenue'), className: 'num', cell: (r) => formatAmounts(f, r.amounts, t('common.none')) },
      ]}
    />
  );
}
