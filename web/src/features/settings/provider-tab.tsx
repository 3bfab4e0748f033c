// One provider's settings tab (GET/PUT /api/settings/providers/{provider}): its fields, secrets masked, a test run on
// every save, and the webhook address with numbered steps. A test result never outlives a change to the form.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { ProviderField, ProviderSettings, Setup } from '../../api/types';
import { TextField } from '../../components/fields';
import { GenerateSecret } from '../../components/generate-secret';
import { ErrorNotice, useToast } from '../../components/notices';
import { PublicUrlNotice, WebhookAddress } from '../../components/public-url-notice';
import { SecretField } from '../../components/secret-field';
import { providerName } from '../../format/provider';
import { setupEn } from '../setup/i18n/en';

type FieldKey = keyof typeof setupEn.fields;
const isFieldKey = (name: string): name is FieldKey => name in setupEn.fields;

/** Secrets a person makes up and gives the provider (rather than one the provider hands out, like Recurrente's whsec_). */
const GENERATED = new Set(['scalev.webhook_secret', 'waha.webhook_hmac_key']);

type TestResult = { state: 'idle' } | { state: 'testing' } | { state: 'ok'; message: string } | { state: 'failed'; error: ApiError };

const plainValue = (f: ProviderField): string | boolean => (f.type === 'boolean' ? f.value === true : f.value === null || f.value === f.default ? '' : String(f.value));

export function ProviderTab({ initial, setup, onChanged }: { initial: ProviderSettings; setup: Setup; onChanged(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [settings, setSettings] = useState(initial);
  const name = providerName(settings.provider);
  const plain = settings.fields.filter((f) => !f.secret);
  const secretFields = settings.fields.filter((f) => f.secret);
  const [values, setValues] = useState<Record<string, string | boolean>>(() => Object.fromEntries(plain.map((f) => [f.name, plainValue(f)])));
  const [secrets, setSecrets] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<TestResult>({ state: 'idle' });

  // Any edit makes the last test's answer about settings that are no longer on screen: it goes.
  const edited = () => {
    setResult({ state: 'idle' });
    setError(undefined);
  };

  const runTest = async () => {
    setResult({ state: 'testing' });
    try {
      const answer = await api.post<{ ok: true; message: string }>(`/api/settings/providers/${settings.provider}/test`);
      setResult({ state: 'ok', message: answer.message });
    } catch (thrown) {
      setResult({ state: 'failed', error: asApiError(thrown) });
    }
    onChanged();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setResult({ state: 'idle' });
    try {
      const body: Record<string, string | number | boolean | null> = {};
      for (const f of plain) {
        const v = values[f.name];
        if (f.type === 'boolean') body[f.name] = v === true;
        else if (typeof v === 'string') body[f.name] = v.trim() === '' ? null : f.type === 'number' ? Number(v) : v.trim();
      }
      for (const f of secretFields) {
        const v = secrets[f.name]?.trim();
        if (v) body[f.name] = v;
      }
      const saved = await api.put<ProviderSettings>(`/api/settings/providers/${settings.provider}`, body);
      setSettings(saved);
      setSecrets({});
      toast(t('setup.providerForm.saved', { provider: name }));
      if (saved.has_test) await runTest();
      else onChanged();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const label = (field: string) => (isFieldKey(field) ? t(`setup.fields.${field}`) : field);
  const hint = (f: ProviderField) => {
    if (f.name === 'base_url') return t('setup.fields.base_url_hint');
    if (f.name === 'session') return t('setup.fields.session_hint');
    return f.default !== null && f.type !== 'boolean' ? t('setup.providerForm.default', { value: String(f.default) }) : undefined;
  };
  const webhookUrls = Object.entries(settings.webhook_urls);

  return (
    <>
      <section className="card" aria-labelledby={`provider-${settings.provider}-title`} data-provider={settings.provider}>
        <h2 id={`provider-${settings.provider}-title`}>{name}</h2>
        <p className="muted">{settings.has_test ? t('setup.providerForm.intro') : t('setup.providerForm.noTest', { provider: name })}</p>
        <form className="form" onSubmit={(e) => void submit(e)}>
          {plain.map((f) =>
            f.type === 'boolean' ? (
              <label key={f.name} className="check">
                <input
                  type="checkbox"
                  checked={values[f.name] === true}
                  onChange={(e) => {
                    setValues((v) => ({ ...v, [f.name]: e.target.checked }));
                    edited();
                  }}
                />
                {label(f.name)}
              </label>
            ) : (
              <TextField
                key={f.name}
                label={label(f.name)}
                hint={hint(f)}
                type={f.type === 'number' ? 'number' : f.name === 'base_url' ? 'url' : 'text'}
                placeholder={f.default === null ? undefined : String(f.default)}
                autoComplete="off"
                spellCheck={false}
                value={String(values[f.name] ?? '')}
                onChange={(e) => {
                  setValues((v) => ({ ...v, [f.name]: e.target.value }));
                  edited();
                }}
                data-field={f.name}
              />
            ),
          )}
          {secretFields.map((f) => (
            <div key={f.name} className="secret-with-generate" data-field={f.name}>
              <SecretField
                label={label(f.name)}
                masked={typeof f.value === 'string' ? f.value : null}
                value={secrets[f.name]}
                onChange={(value) => {
                  setSecrets((s) => ({ ...s, [f.name]: value }));
                  edited();
                }}
              />
              {GENERATED.has(`${settings.provider}.${f.name}`) && (
                <GenerateSecret
                  provider={name}
                  onGenerated={(secret) => {
                    setSecrets((s) => ({ ...s, [f.name]: secret }));
                    edited();
                  }}
                />
              )}
            </div>
          ))}
          {error && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || result.state === 'testing'}>
              {busy ? t('common.saving') : settings.has_test ? t('setup.providerForm.save') : t('setup.providerForm.saveOnly')}
            </button>
            {settings.has_test && (
              <button type="button" className="button" disabled={busy || result.state === 'testing'} onClick={() => void runTest()}>
                {result.state === 'testing' ? t('settings.testing') : t('setup.providerForm.test')}
              </button>
            )}
          </div>
        </form>
        <div aria-live="polite" data-testid={`provider-test-${settings.provider}`}>
          {result.state === 'ok' && (
            <div className="notice notice-ok">
              <p className="notice-title">✓ {t('setup.providerForm.testOk')}</p>
              <details>
                <summary>{t('common.details')}</summary>
                <p className="mono">{result.message}</p>
              </details>
            </div>
          )}
          {result.state === 'failed' && <ErrorNotice error={result.error} />}
        </div>
      </section>
      {webhookUrls.length > 0 && (
        <section className="card" aria-labelledby={`provider-${settings.provider}-webhooks`}>
          <h2 id={`provider-${settings.provider}-webhooks`}>{t('setup.providerForm.webhooks')}</h2>
          <PublicUrlNotice setup={setup} />
          {webhookUrls.map(([source, url]) => (
            <WebhookAddress key={source} label={`${t('setup.webhook.urlLabel', { provider: name })} (${source})`} url={url} testId={`provider-webhook-${source}`} />
          ))}
          <h3>{t('setup.providerForm.steps.title')}</h3>
          <ol className="numbered-steps">
            <li>{t('setup.providerForm.steps.save')}</li>
            <li>{t('setup.providerForm.steps.paste', { provider: name })}</li>
            {secretFields.some((f) => f.name.startsWith('webhook_')) && <li>{t('setup.providerForm.steps.secret', { provider: name })}</li>}
            <li>{t('setup.providerForm.steps.check', { provider: name })}</li>
          </ol>
        </section>
      )}
    </>
  );
}
