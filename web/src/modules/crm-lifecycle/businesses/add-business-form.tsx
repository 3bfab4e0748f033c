// Adding one business by hand (POST /api/v1/crm/businesses); an existing phone or email points to that business instead.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { Business, BusinessCreated, BusinessInput } from '../api-types';
import { TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Link } from '../../../router';

const FIELDS = ['name', 'phone', 'email', 'website', 'city', 'source', 'owner'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const INPUT_TYPES: Partial<Record<keyof Draft, string>> = { phone: 'tel', email: 'email', website: 'url' };

export function AddBusinessForm({ onAdded, onCancel }: { onAdded(business: Business): void; onCancel(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>({ name: '', phone: '', email: '', website: '', city: '', source: '', owner: '' });
  const [noAddress, setNoAddress] = useState(false);
  const [existing, setExisting] = useState<Business>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The server needs a way to reach the business; say so beside the fields instead of after a round trip.
    const missing = !draft.phone.trim() && !draft.email.trim();
    setNoAddress(missing);
    if (missing) return;
    setBusy(true);
    setError(undefined);
    setExisting(undefined);
    try {
      const body: BusinessInput = { name: draft.name.trim() };
      for (const key of FIELDS) {
        const value = draft[key].trim();
        if (key !== 'name' && value) body[key] = value;
      }
      const result = await api.post<BusinessCreated>('/api/v1/crm/businesses', body);
      if (result.created) {
        toast(t('crm.addedToast', { name: result.business.name }));
        onAdded(result.business);
      } else {
        setExisting(result.business);
      }
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof Draft, extra: { required?: boolean; hint?: string; error?: string | undefined } = {}) => (
    <TextField
      label={t(`crm.input.${key}`)}
      type={INPUT_TYPES[key] ?? 'text'}
      maxLength={key === 'website' ? 500 : 200}
      value={draft[key]}
      onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      {field('name', { required: true })}
      <div className="inline-fields">
        {field('phone', { hint: t('crm.phoneHint'), error: noAddress ? t('crm.needAddress') : undefined })}
        {field('email', { error: noAddress ? t('crm.needAddress') : undefined })}
      </div>
      {field('website')}
      <div className="inline-fields inline-3">
        {field('city')}
        {field('source')}
        {field('owner')}
      </div>
      {existing && (
        <div className="notice notice-warn" role="alert">
          <p className="notice-title">{t('crm.duplicate')}</p>
          <p>
            <Link to={`/crm/businesses/${encodeURIComponent(existing.id)}`}>{t('crm.openExisting', { name: existing.name })}</Link>
          </p>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('crm.addButton')}
        </button>
      </div>
    </form>
  );
}
