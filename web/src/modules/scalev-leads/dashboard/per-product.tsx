// Leads per product entry and stage, with each product's conversion rate, revenue and value at risk.
import { useTranslation } from 'react-i18next';
import { STAGES, type LeadStats } from '../api-types';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';

export function PerProduct({ stats }: { stats: LeadStats }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      caption={t('leadTiers.perProduct')}
      rows={stats.per_product}
      rowKey={(p) => p.product_list_id}
      empty={t('common.empty')}
      columns={[
        {
          key: 'product',
          header: t('leads.product'),
          cell: (p) => <Link to={`/leads?product=${encodeURIComponent(p.product_list_id)}`}>{p.product_name ?? p.product_list_id}</Link>,
        },
        ...STAGES.map((stage) => ({ key: stage, header: t(`stage.${stage}`), className: 'num', cell: (p: LeadStats['per_product'][number]) => f.number(p[stage]) })),
        { key: 'rate', header: t('leadTiers.conversion'), className: 'num', cell: (p) => f.percent(p.conversion_rate) },
        { key: 'revenue', header: t('leadTiers.revenueColumn'), className: 'num', cell: (p) => f.money(p.value_cents.closing / 100, stats.currency) },
        { key: 'at-risk', header: t('leadTiers.atRiskColumn'), className: 'num', cell: (p) => f.money(p.value_cents.follow_up / 100, stats.currency) },
      ]}
    />
  );
}
