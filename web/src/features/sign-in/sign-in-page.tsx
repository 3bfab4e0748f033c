// Sign in with email and password (POST /api/auth/login); a person in several workspaces then chooses one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { SignedIn, WorkspaceChoice } from '../../api/types';
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
  const [choices, setChoices] = useState<WorkspaceChoice['choose_workspace']>();

  const signIn = async (workspace?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.post<SignedIn | WorkspaceChoice>('/api/auth/login', { email, password, ...(workspace ? { workspace } : {}) });
      if ('choose_workspace' in answer) {
        setChoices(answer.choose_workspace);
        setBusy(false);
        return;
      }
      await signedIn(answer);
    } catch (thrown) {
      setError(asApiError(thrown));
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn();
  };

  if (choices) {
    return (
      <AuthFrame title={t('auth.chooseWorkspaceTitle')}>
        <div className="form">
          {error && <ErrorNotice error={error} />}
          <p id="choose-workspace-intro">{t('auth.chooseWorkspaceIntro')}</p>
          <ul className="workspace-choices" aria-labelledby="choose-workspace-intro">
            {choices.map((w) => (
              <li key={w.slug}>
                <button type="button" className="button button-block" disabled={busy} onClick={() => void signIn(w.slug)} aria-label={`${t('auth.openWorkspace')} ${w.name}`}>
                  <strong>{w.name}</strong> <span className="muted">{w.slug}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => {
              setChoices(undefined);
              setPassword('');
            }}
          >
            {t('auth.otherAccount')}
          </button>
        </div>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('auth.signInTitle')}>
      <form onSubmit={submit} className="form">
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
