// Adding or changing a staff member: code (only when adding), name, phone, daily cap and the user they sign in as.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { User } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { SelectField, TextField } from '../../../components/fields';
import { ErrorNotice } from '../../../components/notices';
import type { Staff, StaffChange, StaffInput } from '../api-types';
import { fieldErrors, reasonWords } from '../field-errors';

export function StaffForm({ existing, onSaved, onCancel }: { existing?: Staff; onSaved(staff: Staff): void; onCancel(): void }) {
  const { t } = useTranslation();
  const users = useApi(() => api.get<{ items: User[] }>('/api/users'), []);
  const [code, setCode] = useState(existing?.staff_code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [phone, setPhone] = useState(existing?.phone ?? '');
  const [cap, setCap] = useState(String(existing?.max_contacts_per_day ?? 20));
  const [userId, setUserId] = useState(existing?.user_id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const errors = fieldErrors(error);
  const errorOf = (field: string) => reasonWords(t, errors[field]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const common = { name: name.trim(), phone: phone.trim() || null, max_contacts_per_day: Number(cap), user_id: userId || null };
      const saved = existing
        ? await api.patch<Staff>(`/api/customers/staff/${encodeURIComponent(existing.staff_code)}`, common satisfies StaffChange)
        : await api.post<Staff>('/api/customers/staff', { ...common, staff_code: code.trim() } satisfies StaffInput);
      onSaved(saved);
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      {!existing && (
        <TextField
          label={t('pharmacy.staff.code')}
          hint={t('pharmacy.staff.codeHint')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          maxLength={32}
          required
          error={error?.code === 'conflict' ? t('pharmacy.staff.codeTaken') : errorOf('staff_code')}
        />
      )}
      <TextField label={t('pharmacy.staff.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required error={errorOf('name')} />
      <TextField label={t('pharmacy.staff.phone')} type="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={40} error={errorOf('phone')} />
      <TextField
        label={t('pharmacy.staff.cap')}
        hint={t('pharmacy.staff.capHint')}
        type="number"
        inputMode="numeric"
        min="1"
        max="500"
        value={cap}
        onChange={(e) => setCap(e.target.value)}
        required
        error={errorOf('max_contacts_per_day')}
      />
      <SelectField
        label={t('pharmacy.staff.user')}
        hint={t('pharmacy.staff.userHint')}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        options={[
          { value: '', label: t('pharmacy.staff.noUser') },
          ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
          ...(userId && !users.data?.items.some((u) => u.id === userId) ? [{ value: userId, label: userId }] : []),
        ]}
      />
      {errors['user_id'] && <p className="field-error">{t('pharmacy.staff.userMissing')}</p>}
      {error && error.code !== 'validation_failed' && error.code !== 'conflict' && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : existing ? t('common.save') : t('pharmacy.staff.add')}
        </button>
      </div>
    </form>
  );
}
