// One CRM connection test (Twilio, SMTP): the button, then what the provider answered in the reader's language (the
// server's English words only under technical details), or why it failed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { NotesText } from '../../../components/notes';
import { ErrorNotice } from '../../../components/notices';
import type { CrmConnectionTest as Answer } from '../api-types';

type Result = { state: 'idle' } | { state: 'testing' } | { state: 'ok'; answer: Answer } | { state: 'failed'; error: ApiError };

interface Props {
  /** Names the test in the page (data-testid `test-<name>`). */
  name: string;
  /** The route that runs it, e.g. /api/settings/test/twilio. */
  path: string;
  label: string;
  /** Runs the test whenever this number goes up (the form beside it was saved). */
  runKey: number;
  /** Clears the shown result whenever this number changes (the form was edited): it was about other settings. */
  clearKey: number;
}

export function CrmConnectionTest({ name, path, label, runKey, clearKey }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result>({ state: 'idle' });
  // Answers to an older run (or one made before an edit) are dropped, so the result on screen is always the latest.
  const generation = useRef(0);
  const run = async () => {
    const mine = ++generation.current;
    setResult({ state: 'testing' });
    try {
      const answer = await api.post<Answer>(path);
      if (mine === generation.current) setResult({ state: 'ok', answer });
    } catch (thrown) {
      if (mine === generation.current) setResult({ state: 'failed', error: asApiError(thrown) });
    }
  };
  useEffect(() => {
    generation.current++;
    setResult({ state: 'idle' });
  }, [clearKey]);
  useEffect(() => {
    if (runKey > 0) void run();
  }, [runKey]);
  return (
    <div className="connection-test">
      <button type="button" className="button" onClick={() => void run()} disabled={result.state === 'testing'}>
        {result.state === 'testing' ? t('settings.testing') : label}
      </button>
      <div aria-live="polite">
        {result.state === 'ok' && (
          <div className="notice notice-ok" data-testid={`test-${name}`}>
            <p className="notice-title">✓ {t('settings.testOk')}</p>
            <NotesText notes={result.answer.notes} outcome={result.answer.message} />
          </div>
        )}
        {result.state === 'failed' && <ErrorNotice error={result.error} />}
      </div>
    </div>
  );
}
