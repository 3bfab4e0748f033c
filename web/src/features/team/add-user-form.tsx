// Creating a user: name, email, role and a first password to hand over (POST /api/users).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { Role, User } from '../../api/types';
import { SelectField, TextField } from '../../components/fields';
import { ErrorNotice } from '../../components/notices';
import { useSignedIn } from '../../session/session';
import { roleOptions } from './role-options';

export function AddUserForm({ onCreated, onCancel }: { onCreated(user: User): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { role: myRole } = useSignedIn();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('sales');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onCreated(await api.post<User>('/api/users', { email, password, role, ...(name.trim() ? { name: name.trim() } : {}) }));
    } catch (thrown) {
      setError(asApiError(thrown));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <p className="muted">{t('team.addUserIntro')}</p>
      {error && <ErrorNotice error={error} />}
      <TextField label={t('team.name')} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <TextField label={t('team.email')} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <SelectField label={t('team.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} options={roleOptions(t, myRole)} />
      <TextField
        label={t('team.password')}
        type="text"
        required
        minLength={10}
        hint={t('auth.passwordHint')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('team.create')}
        </button>
      </div>
    </form>
  );
}
