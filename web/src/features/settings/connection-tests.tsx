// The connection tests (ScaleV, Mailketing, Twilio, SMTP): each shows the provider's answer, or why it failed in plain words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { ConnectionTest } from '../../api/types';
import { ErrorNotice } from '../../components/notices';

type Result = { state: 'idle' } | { state: 'testing' } | { state: 'ok'; answer: ConnectionTest } | { state: 'failed'; error: ApiError };

export function TestButton({ provider, label }: { provider: 'scalev' | 'mailketing' | 'twilio' | 'smtp'; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const run = async () => {
    setResult({ state: 'testing' });
    try {
      setResult({ state: 'ok', answer: await api.post<ConnectionTest>(`/api/settings/test/${provider}`) });
    } catch (thrown) {
      setResult({ state: 'failed', error: asApiError(thrown) });
    }
  };
  const names = result.state === 'ok' ? (result.answer.stores ?? result.answer.lists ?? []) : [];
  return (
    <div className="connection-test">
      <button type="button" className="button" onClick={() => void run()} disabled={result.state === 'testing'}>
        {result.state === 'testing' ? t('settings.testing') : label}
      </button>
      <div aria-live="polite">
        {result.state === 'ok' && (
          <div className="notice notice-ok" data-testid={`test-${provider}`}>
            <p className="notice-title">✓ {t('settings.testOk')}</p>
            <p>{result.answer.message}</p>
            {names.length > 0 && <p className="muted">{names.join(', ')}</p>}
          </div>
        )}
        {result.state === 'failed' && <ErrorNotice error={result.error} />}
      </div>
    </div>
  );
}

export function ConnectionTests() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tests-title">
      <h2 id="tests-title">{t('settings.test')}</h2>
      <div className="grid-2">
        <TestButton provider="scalev" label={t('settings.testScalev')} />
        <TestButton provider="mailketing" label={t('settings.testMailketing')} />
      </div>
    </section>
  );
}
