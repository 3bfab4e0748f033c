// First run: no user exists yet, so the first visitor creates the owner account (POST /api/auth/setup).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { SignedIn } from '../../api/types';
import { TextField } from '../../components/fields';
import { ErrorNotice } from '../../components/notices';
import { useSession } from '../../session/session';
import { AuthFrame } from './auth-frame';

export function SetupPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signedIn(await api.post<SignedIn>('/api/auth/setup', { email, password, ...(name.trim() ? { name: name.trim() } : {}) }));
    } catch (thrown) {
      setError(asApiError(thrown));
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('auth.setupTitle')}>
      <p>{t('auth.setupIntro')}</p>
      <form onSubmit={(e) => void submit(e)} className="form">
        {error && <ErrorNotice error={error} />}
        <TextField label={t('auth.name')} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint={t('auth.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.createOwner')}
        </button>
      </form>
    </AuthFrame>
  );
}
