// Adding or changing a package; the server checks every field, and each one it refuses is named beside its input.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api, asApiError, failingFields, type ApiError } from '../../../api/client';
import { TextAreaField, TextField } from '../../../components/fields';
import { ErrorNotice } from '../../../components/notices';
import type { Package } from '../api-types';
import { bodyOf, type PackageDraft } from './draft';

const WORDED = ['code', 'name', 'price', 'currency', 'departure_date', 'duration_days', 'quota_total', 'quota_remaining', 'brochure_image_url', 'itinerary_url'] as const;

function fieldError(t: TFunction, error: ApiError | undefined, field: string): string | undefined {
  if (!error || !failingFields(error).includes(field)) return undefined;
  if (field === 'code' && error.code === 'conflict') return t('wa.packages.fieldErrors.codeTaken');
  const worded = WORDED.find((w) => w === field);
  return worded ? t(`wa.packages.fieldErrors.${worded}`) : t('wa.packages.fieldErrors.other');
}

export function PackageForm({ initial, editing, onSaved, onCancel }: { initial: PackageDraft; editing: boolean; onSaved(p: Package): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { code, ...rest } = bodyOf(d);
      const saved = editing ? await api.put<Package>(`/api/packages/${encodeURIComponent(initial.code)}`, rest) : await api.post<Package>('/api/packages', { code, ...rest });
      onSaved(saved);
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof PackageDraft, label: string, extra: { type?: string; hint?: string; inputMode?: 'numeric' } = {}) => (
    <TextField label={label} value={d[key]} error={fieldError(t, error, key)} onChange={(e) => setD((x) => ({ ...x, [key]: e.target.value }))} autoComplete="off" {...extra} />
  );
  const area = (key: keyof PackageDraft, label: string, hint?: string) => (
    <TextAreaField label={label} hint={hint} rows={2} value={d[key]} error={fieldError(t, error, key)} onChange={(e) => setD((x) => ({ ...x, [key]: e.target.value }))} />
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {!editing && text('code', t('wa.packages.code'), { hint: t('wa.packages.codeHint') })}
      {text('name', t('wa.packages.name'))}
      <div className="inline-fields">
        {text('price', t('wa.packages.price'), { inputMode: 'numeric', hint: t('wa.packages.priceHint') })}
        {text('currency', t('wa.packages.currency'))}
      </div>
      <div className="inline-fields">
        {text('departure_date', t('wa.packages.departure'), { type: 'date' })}
        {text('duration_days', t('wa.packages.duration'), { inputMode: 'numeric' })}
      </div>
      <div className="inline-fields">
        {text('quota_total', t('wa.packages.quotaTotal'), { inputMode: 'numeric' })}
        {text('quota_remaining', t('wa.packages.quotaRemaining'), { inputMode: 'numeric' })}
      </div>
      {text('brochure_image_url', t('wa.packages.brochure'), { type: 'url' })}
      {text('itinerary_url', t('wa.packages.itinerary'), { type: 'url' })}
      {area('features', t('wa.packages.features'), t('wa.packages.featuresHint'))}
      {area('hotel', t('wa.packages.hotel'))}
      {area('inclusions', t('wa.packages.inclusions'))}
      {area('exclusions', t('wa.packages.exclusions'))}
      {area('payment_terms', t('wa.packages.paymentTerms'))}
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
