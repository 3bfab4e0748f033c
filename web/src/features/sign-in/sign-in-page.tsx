// Sign in with email and password (POST /api/auth/login).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { SignedIn } from '../../api/types';
import { TextField } from '../../components/fields';
import { ErrorNotice } from '../../components/notices';
import { useSession } from '../../session/session';
import { AuthFrame } from './auth-frame';

export function SignInPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signedIn(await api.post<SignedIn>('/api/auth/login', { email, password }));
    } catch (thrown) {
      setError(asApiError(thrown));
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('auth.signInTitle')}>
      <form onSubmit={(e) => void submit(e)} className="form">
        {error && <ErrorNotice error={error} />}
        <TextField label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        <TextField label={t('auth.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </AuthFrame>
  );
}
