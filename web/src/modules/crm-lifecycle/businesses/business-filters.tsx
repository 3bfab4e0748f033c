// The businesses table's filters (each status, city, source, owner, dates) and search, kept in the address bar.
import { useTranslation } from 'react-i18next';
import { STATUS_FIELDS, STATUS_FIELD_NAMES, type CrmFacets } from '../api-types';
import { SelectField, TextField } from '../../../components/fields';
import { statusLabel } from '../status-badges';
import { useDebouncedSearch } from '../../../components/use-debounced-search';

export const FILTER_KEYS = ['q', 'contact_status', 'website_status', 'subscription_status', 'city', 'source', 'owner', 'from', 'to'] as const;
export type BusinessFilterValues = Record<(typeof FILTER_KEYS)[number], string>;

export const NO_FILTERS: BusinessFilterValues = { q: '', contact_status: '', website_status: '', subscription_status: '', city: '', source: '', owner: '', from: '', to: '' };

interface BusinessFiltersProps {
  values: BusinessFilterValues;
  /** Cities, sources and owners in use; the drop-downs stay on "All" until they arrive. */
  facets: CrmFacets | undefined;
  onChange(values: BusinessFilterValues): void;
}

export function BusinessFilters({ values, facets, onChange }: BusinessFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useDebouncedSearch(values, onChange);

  const set = (key: keyof BusinessFilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  const choices = (all: string, names: readonly string[] | undefined, current: string) => [
    { value: '', label: all },
    // A value from a shared link stays selectable even when no business has it any more.
    ...[...new Set([...(names ?? []), ...(current ? [current] : [])])].map((n) => ({ value: n, label: n })),
  ];
  const anySet = FILTER_KEYS.some((k) => values[k] !== '');

  return (
    <form className="filters filters-crm" role="search" aria-label={t('crm.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('common.search')} type="search" placeholder={t('crm.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      {STATUS_FIELD_NAMES.map((field) => (
        <SelectField
          key={field}
          label={t(`crm.field.${field}`)}
          value={values[field]}
          onChange={set(field)}
          options={[{ value: '', label: t('crm.allStatuses') }, ...STATUS_FIELDS[field].map((s) => ({ value: s, label: statusLabel(t, field, s) }))]}
        />
      ))}
      <SelectField label={t('crm.city')} value={values.city} onChange={set('city')} options={choices(t('crm.allCities'), facets?.cities, values.city)} />
      <SelectField label={t('crm.source')} value={values.source} onChange={set('source')} options={choices(t('crm.allSources'), facets?.sources, values.source)} />
      <SelectField label={t('crm.owner')} value={values.owner} onChange={set('owner')} options={choices(t('crm.allOwners'), facets?.owners, values.owner)} />
      <TextField label={t('crm.addedFrom')} type="date" value={values.from} onChange={set('from')} />
      <TextField label={t('crm.addedTo')} type="date" value={values.to} onChange={set('to')} />
      {anySet && (
        <div className="filters-clear">
          <button type="button" className="button button-ghost" onClick={() => onChange(NO_FILTERS)}>
            {t('crm.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
