// Who a campaign goes to: any mix of statuses, a city, source or owner, and words to search for; empty means everyone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_FIELDS, STATUS_FIELD_NAMES, type AudienceFilter, type CrmFacets, type StatusField } from '../api-types';
import { SelectField, TextField } from '../../../components/fields';
import { statusLabel } from '../status-badges';

interface AudienceFieldsProps {
  value: AudienceFilter;
  facets: CrmFacets | undefined;
  onChange(value: AudienceFilter): void;
}

export function AudienceFields({ value, facets, onChange }: AudienceFieldsProps) {
  const { t } = useTranslation();
  const text = (key: 'city' | 'source' | 'owner' | 'q', next: string) => {
    const { [key]: _dropped, ...rest } = value;
    onChange(next ? { ...rest, [key]: next } : rest);
  };
  const choices = (all: string, names: readonly string[] | undefined, current: string | undefined) => [
    { value: '', label: all },
    ...[...new Set([...(names ?? []), ...(current ? [current] : [])])].map((n) => ({ value: n, label: n })),
  ];
  return (
    <fieldset className="audience">
      <legend>{t('crm.audience')}</legend>
      <p className="field-hint">{t('crm.audienceHint')}</p>
      {STATUS_FIELD_NAMES.map((field) => (
        <StatusChecks key={field} field={field} value={value} onChange={onChange} />
      ))}
      <div className="inline-fields inline-3">
        <SelectField label={t('crm.city')} value={value.city ?? ''} onChange={(e) => text('city', e.target.value)} options={choices(t('crm.allCities'), facets?.cities, value.city)} />
        <SelectField label={t('crm.source')} value={value.source ?? ''} onChange={(e) => text('source', e.target.value)} options={choices(t('crm.allSources'), facets?.sources, value.source)} />
        <SelectField label={t('crm.owner')} value={value.owner ?? ''} onChange={(e) => text('owner', e.target.value)} options={choices(t('crm.allOwners'), facets?.owners, value.owner)} />
      </div>
      <TextField label={t('crm.audienceSearch')} type="search" placeholder={t('crm.search')} value={value.q ?? ''} onChange={(e) => text('q', e.target.value)} />
    </fieldset>
  );
}

/** Contact statuses a campaign never goes to, whatever is ticked: offering them would only ever count 0. */
const NEVER: readonly string[] = ['purchased', 'unsubscribed'];

/** Tick boxes for one status field; none ticked means "any". */
function StatusChecks({ field, value, onChange }: { field: StatusField; value: AudienceFilter; onChange(value: AudienceFilter): void }) {
  const { t } = useTranslation();
  const id = useId();
  const picked: readonly string[] = value[field] ?? [];
  const offered = STATUS_FIELDS[field].filter((status) => field !== 'contact_status' || !NEVER.includes(status) || picked.includes(status));
  const toggle = (status: string, on: boolean) => {
    const next = on ? [...picked, status] : picked.filter((s) => s !== status);
    const { [field]: _dropped, ...rest } = value;
    // The order of the field's own list, so the same choice always saves the same way.
    const ordered = STATUS_FIELDS[field].filter((s) => next.includes(s));
    onChange(ordered.length > 0 ? { ...rest, [field]: ordered } : rest);
  };
  return (
    <fieldset className="checks">
      <legend>{t(`crm.field.${field}`)}</legend>
      <div className="checks-row">
        {offered.map((status) => (
          <label key={status} htmlFor={`${id}-${status}`} className="check">
            <input id={`${id}-${status}`} type="checkbox" checked={picked.includes(status)} onChange={(e) => toggle(status, e.target.checked)} />
            {statusLabel(t, field, status)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
