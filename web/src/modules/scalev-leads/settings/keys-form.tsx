// The ScaleV and Mailketing keys (masked, replaceable) and the Not Closing delay: PUT /api/settings/scalev-mailketing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { LeadSettings } from '../api-types';
import { DelayField } from '../../../components/delay-field';
import { ErrorNotice, useToast } from '../../../components/notices';
import { GenerateSecret } from '../../../components/generate-secret';
import { SecretField } from '../../../components/secret-field';

const SECRETS = [
  { key: 'scalev_api_key', label: 'leadSettings.scalevKey' },
  { key: 'scalev_webhook_secret', label: 'leadSettings.scalevSecret' },
  { key: 'mailketing_api_token', label: 'leadSettings.mailketingToken' },
] as const;
type SecretKey = (typeof SECRETS)[number]['key'];

/** `onEdit` is told of every change to the form, so the tests beside it drop answers about the old values. */
export function KeysForm({ settings, onSaved, onEdit }: { settings: LeadSettings; onSaved(): void; onEdit(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [secrets, setSecrets] = useState<Partial<Record<SecretKey, string>>>({});
  const [delay, setDelay] = useState(settings.not_closing_after);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: Record<string, string> = {};
      for (const { key } of SECRETS) {
        const value = secrets[key]?.trim();
        if (value) body[key] = value;
      }
      if (delay !== settings.not_closing_after) body['not_closing_after'] = delay;
      await api.put<LeadSettings>('/api/settings/scalev-mailketing', body);
      setSecrets({});
      toast(t('settings.saved'));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('leadSettings.keys')}</h2>
      <p className="muted">{t('settings.keysIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {SECRETS.map(({ key, label }) => (
          <div key={key} className="secret-with-generate">
            <SecretField
              label={t(label)}
              masked={settings[key]}
              value={secrets[key]}
              onChange={(value) => {
                setSecrets((s) => ({ ...s, [key]: value }));
                onEdit();
              }}
            />
            {key === 'scalev_webhook_secret' && (
              <GenerateSecret
                provider="ScaleV"
                onGenerated={(secret) => {
                  setSecrets((s) => ({ ...s, scalev_webhook_secret: secret }));
                  onEdit();
                }}
              />
            )}
          </div>
        ))}
        <DelayField
          label={t('leadSettings.delay')}
          hint={t('leadSettings.delayIntro')}
          value={delay}
          onChange={(value) => {
            setDelay(value ?? 'P7D');
            onEdit();
          }}
        />
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
