// A provider connection test: the button, then the provider's answer (worded in the reader's language when the
// server sends notes, its own words then folded under technical details), or why it failed in plain words.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../api/client';
import { NotesText, type Note } from './notes';
import { ErrorNotice } from './notices';

/** What every connection test answers; some add what they found (ScaleV's stores, Mailketing's lists). */
interface TestAnswer {
  message: string;
  /** What the provider answered as codes with values (the CRM's tests send them). */
  notes?: readonly Note[];
}

type Result<T> = { state: 'idle' } | { state: 'testing' } | { state: 'ok'; answer: T } | { state: 'failed'; error: ApiError };

interface TestButtonProps<T extends TestAnswer> {
  /** Names the test in the page (data-testid `test-<name>`). */
  name: string;
  /** The route that runs it, e.g. /api/settings/test/twilio. */
  path: string;
  label: string;
  /** Names found by the test, shown under its message. */
  details?(answer: T): readonly string[];
  /** Runs the test whenever this number goes up (the form beside it was saved). */
  runKey?: number;
  /** Clears the shown result whenever this number changes (the form beside it was edited): it was about other settings. */
  clearKey?: number;
}

export function TestButton<T extends TestAnswer>({ name, path, label, details, runKey = 0, clearKey = 0 }: TestButtonProps<T>) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result<T>>({ state: 'idle' });
  // Answers to an older run (or one made before an edit) are dropped, so the result on screen is always the latest.
  const generation = useRef(0);
  const run = async () => {
    const mine = ++generation.current;
    setResult({ state: 'testing' });
    try {
      const answer = await api.post<T>(path);
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
  const names = result.state === 'ok' ? (details?.(result.answer) ?? []) : [];
  return (
    <div className="connection-test">
      <button type="button" className="button" onClick={() => void run()} disabled={result.state === 'testing'}>
        {result.state === 'testing' ? t('settings.testing') : label}
      </button>
      <div aria-live="polite">
        {result.state === 'ok' && (
          <div className="notice notice-ok" data-testid={`test-${name}`}>
            <p className="notice-title">✓ {t('settings.testOk')}</p>
            {result.answer.notes ? <NotesText notes={result.answer.notes} outcome={result.answer.message} /> : <p>{result.answer.message}</p>}
            {names.length > 0 && <p className="muted">{names.join(', ')}</p>}
          </div>
        )}
        {result.state === 'failed' && <ErrorNotice error={result.error} />}
      </div>
    </div>
  );
}
