// The contacts list's filters (status, WhatsApp, staff) and search, kept in the address bar.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/fields';
import { useDebouncedSearch } from '../../../components/use-debounced-search';
import { CONTACT_STATUSES, WHATSAPP_STATUSES, type Staff } from '../api-types';

export const FILTER_KEYS = ['q', 'status', 'whatsapp_status', 'staff_code', 'upload_id'] as const;
export type ContactFilterValues = Record<(typeof FILTER_KEYS)[number], string>;
export const NO_FILTERS: ContactFilterValues = { q: '', status: '', whatsapp_status: '', staff_code: '', upload_id: '' };

export function ContactFilters({ values, staff, onChange }: { values: ContactFilterValues; staff: readonly Staff[]; onChange(values: ContactFilterValues): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useDebouncedSearch(values, onChange);
  const set = (key: keyof ContactFilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  const anySet = FILTER_KEYS.some((k) => values[k] !== '');
  return (
    <form className="filters" role="search" aria-label={t('pharmacy.contacts.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('common.search')} type="search" placeholder={t('pharmacy.contacts.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label={t('common.status')}
        value={values.status}
        onChange={set('status')}
        options={[{ value: '', label: t('pharmacy.contacts.any') }, ...CONTACT_STATUSES.map((s) => ({ value: s, label: t(`pharmacy.status.${s}`) }))]}
      />
      <SelectField
        label={t('pharmacy.contacts.whatsapp')}
        value={values.whatsapp_status}
        onChange={set('whatsapp_status')}
        options={[{ value: '', label: t('pharmacy.contacts.any') }, ...WHATSAPP_STATUSES.map((s) => ({ value: s, label: t(`pharmacy.whatsapp.${s}`) }))]}
      />
      <SelectField
        label={t('pharmacy.contacts.staff')}
        value={values.staff_code}
        onChange={set('staff_code')}
        options={[
          { value: '', label: t('pharmacy.contacts.anyone') },
          ...staff.map((s) => ({ value: s.staff_code, label: `${s.name} (${s.staff_code})` })),
          ...(values.staff_code && !staff.some((s) => s.staff_code === values.staff_code) ? [{ value: values.staff_code, label: values.staff_code }] : []),
        ]}
      />
      {anySet && (
        <div className="filters-clear">
          <button type="button" className="button button-ghost" onClick={() => onChange(NO_FILTERS)}>
            {t('pharmacy.contacts.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
