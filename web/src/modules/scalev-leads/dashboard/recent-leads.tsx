// The ten newest leads, each a link to its page.
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api-types';
import { StageBadge } from '../stage-badge';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { LeadAmount } from '../amount';

export function RecentLeads({ leads }: { leads: Lead[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      caption={t('leadTiers.recent')}
      rows={leads}
      rowKey={(l) => l.id}
      empty={t('leadTiers.noLeads')}
      columns={[
        { key: 'customer', header: t('leads.customer'), cell: (l) => <Link to={`/leads/${l.id}`}>{l.customer_name || l.customer_email || l.order_id}</Link> },
        { key: 'product', header: t('leads.product'), cell: (l) => l.product_name },
        { key: 'amount', header: t('leads.amount'), className: 'num', cell: (l) => <LeadAmount lead={l} /> },
        { key: 'stage', header: t('leads.stage'), cell: (l) => <StageBadge stage={l.stage} /> },
        { key: 'created', header: t('leads.created'), cell: (l) => f.dateTime(l.order_created_at) },
      ]}
    />
  );
}
