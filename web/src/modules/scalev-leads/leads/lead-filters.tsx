// The leads table's filters (stage, product, sales person, dates) and search, kept in the address bar.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHONE_QUERY, useMedia } from '../../../components/use-media';
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
  // On a phone the filters fold behind one button that counts those set; chips show them and take each off.
  const phone = useMedia(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const labelOf = (key: Exclude<keyof LeadFilterValues, 'q'>): string => {
    const value = values[key];
    if (key === 'stage') return t(`stage.${value as 'closing'}`);
    if (key === 'product') return products.find((p) => p.value === value)?.label ?? value;
    if (key === 'from') return `${t('leads.from')} ${value}`;
    if (key === 'to') return `${t('leads.to')} ${value}`;
    return value;
  };
  const chips = (['stage', 'product', 'sales', 'from', 'to'] as const).filter((k) => values[k] !== '');
  const search = <TextField label={t('common.search')} type="search" placeholder={t('leads.search')} value={q} onChange={(e) => setQ(e.target.value)} />;

  if (phone && !open) {
    return (
      <form className="filters filters-folded" role="search" aria-label={t('leads.filters')} onSubmit={(e) => e.preventDefault()}>
        {search}
        <div className="filter-bar">
          <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
            {t('leads.filterCount', { count: chips.length })}
          </button>
          <ul className="chips" aria-label={t('leads.activeFilters')}>
            {chips.map((key) => (
              <li key={key} className="chip">
                {labelOf(key)}
                <button type="button" className="chip-remove" aria-label={t('leads.removeFilter', { filter: labelOf(key) })} onClick={() => onChange({ ...values, [key]: '' })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      </form>
    );
  }

  return (
    <form className="filters" role="search" aria-label={t('leads.filters')} onSubmit={(e) => e.preventDefault()}>
      {search}
      {phone && (
        <div className="filters-clear">
          <button type="button" className="button" aria-expanded onClick={() => setOpen(false)}>
            {t('leads.filtersDone')}
          </button>
        </div>
      )}
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
