// The leads table's filters (stage, product, sales person, dates) and search, kept in the address bar.
import { useTranslation } from 'react-i18next';
import { STAGES, type LeadStats } from '../api-types';
import { SelectField, TextField } from '../../../components/fields';
import { useDebouncedSearch } from '../../../components/use-debounced-search';

export interface LeadFilterValues {
  stage: string;
  product: string;
  sales: string;
  from: string;
  to: string;
  q: string;
}

export const FILTER_KEYS = ['stage', 'product', 'sales', 'from', 'to', 'q'] as const;

interface LeadFiltersProps {
  values: LeadFilterValues;
  /** Products and sales people that have leads (from the stats counters: cheap at any size). */
  stats: LeadStats | undefined;
  onChange(values: LeadFilterValues): void;
}

export function LeadFilters({ values, stats, onChange }: LeadFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useDebouncedSearch(values, onChange);

  const set = (key: keyof LeadFilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  const products = (stats?.per_product ?? []).map((p) => ({ value: p.product_list_id, label: p.product_name ?? p.product_list_id }));
  const sales = (stats?.per_sales_person ?? []).flatMap((s) => (s.sales_person_email ? [{ value: s.sales_person_email, label: s.sales_person_email }] : []));
  const anySet = FILTER_KEYS.some((k) => values[k] !== '');

  return (
    <form className="filters" role="search" aria-label={t('leads.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('common.search')} type="search" placeholder={t('leads.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label={t('leads.stage')}
        value={values.stage}
        onChange={set('stage')}
        options={[{ value: '', label: t('leads.allStages') }, ...STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))]}
      />
      <SelectField label={t('leads.product')} value={values.product} onChange={set('product')} options={[{ value: '', label: t('leads.allProducts') }, ...products]} />
      <SelectField label={t('leads.salesPerson')} value={values.sales} onChange={set('sales')} options={[{ value: '', label: t('leads.allSales') }, ...sales]} />
      <TextField label={t('leads.from')} type="date" value={values.from} onChange={set('from')} />
      <TextField label={t('leads.to')} type="date" value={values.to} onChange={set('to')} />
      {anySet && (
        <div className="filters-clear">
          <button type="button" className="button button-ghost" onClick={() => onChange({ stage: '', product: '', sales: '', from: '', to: '', q: '' })}>
            {t('leads.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
