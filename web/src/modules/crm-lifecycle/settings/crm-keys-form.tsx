// Twilio, Recurrente and SMTP settings of the CRM (secrets masked, replaceable) and its default pace: PUT /api/settings/crm-lifecycle.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { CrmSettings } from '../api-types';
import { TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { SecretField } from '../../../components/secret-field';

const SECRETS = ['twilio_auth_token', 'recurrente_webhook_secret', 'smtp_password'] as const;
type SecretKey = (typeof SECRETS)[number];
const TEXTS = ['twilio_account_sid', 'twilio_from', 'twilio_messaging_service_sid', 'smtp_host', 'smtp_user', 'smtp_from'] as const;
type TextKey = (typeof TEXTS)[number];

const textsOf = (s: CrmSettings): Record<TextKey, string> => ({
  twilio_account_sid: s.twilio_account_sid ?? '',
  twilio_from: s.twilio_from ?? '',
  twilio_messaging_service_sid: s.twilio_messaging_service_sid ?? '',
  smtp_host: s.smtp_host ?? '',
  smtp_user: s.smtp_user ?? '',
  smtp_from: s.smtp_from ?? '',
});

/** `onEdit` is told of every change, so the connection tests beside the form drop answers about the old values. */
export function CrmKeysForm({ settings, onSaved, onEdit }: { settings: CrmSettings; onSaved(): void; onEdit(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const secureId = useId();
  const [texts, setTexts] = useState(() => textsOf(settings));
  const [secrets, setSecrets] = useState<Partial<Record<SecretKey, string>>>({});
  const [port, setPort] = useState(settings.smtp_port === null ? '' : String(settings.smtp_port));
  const [secure, setSecure] = useState(settings.smtp_secure);
  const [rate, setRate] = useState(String(settings.send_rate_per_minute));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // Emptied fields are sent as null (removed); secrets only when a new value was typed (absent keeps them).
      const body: Record<string, string | number | boolean | null> = { smtp_secure: secure, smtp_port: port.trim() ? Number(port) : null };
      for (const key of TEXTS) body[key] = texts[key].trim() || null;
      for (const key of SECRETS) {
        const value = secrets[key]?.trim();
        if (value) body[key] = value;
      }
      if (rate.trim()) body['send_rate_per_minute'] = Number(rate);
      await api.put<CrmSettings>('/api/settings/crm-lifecycle', body);
      toast(t('crmSettings.saved'));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: TextKey, extra: { hint?: string; type?: string; placeholder?: string } = {}) => (
    <TextField label={t(`crmSettings.${key}`)} value={texts[key]} onChange={(e) => setTexts((s) => ({ ...s, [key]: e.target.value }))} autoComplete="off" spellCheck={false} {...extra} />
  );
  const secret = (key: SecretKey) => (
    <SecretField label={t(`crmSettings.${key}`)} masked={settings[key]} value={secrets[key]} onChange={(value) => setSecrets((s) => ({ ...s, [key]: value }))} />
  );

  return (
    <section className="card" aria-labelledby="crm-keys-title">
      <h2 id="crm-keys-title">{t('crmSettings.title')}</h2>
      <p className="muted">{t('settings.keysIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} onChange={onEdit}>
        <fieldset>
          <legend>{t('crmSettings.twilio')}</legend>
          <div className="inline-fields">
            {text('twilio_account_sid', { placeholder: 'AC…' })}
            {secret('twilio_auth_token')}
            {text('twilio_from', { type: 'tel', placeholder: '+628…', hint: t('crmSettings.fromHint') })}
            {text('twilio_messaging_service_sid', { placeholder: 'MG…', hint: t('crmSettings.serviceHint') })}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('crmSettings.recurrente')}</legend>
          {secret('recurrente_webhook_secret')}
        </fieldset>
        <fieldset>
          <legend>{t('crmSettings.smtp')}</legend>
          <div className="inline-fields">
            {text('smtp_host', { placeholder: 'smtp.example.com' })}
            <TextField label={t('crmSettings.smtp_port')} type="number" inputMode="numeric" min={1} max={65535} placeholder="587" value={port} onChange={(e) => setPort(e.target.value)} />
            {text('smtp_user')}
            {secret('smtp_password')}
            {text('smtp_from', { placeholder: 'Agency <hello@example.com>', hint: t('crmSettings.smtpFromHint') })}
          </div>
          <label htmlFor={secureId} className="check">
            <input id={secureId} type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
            {t('crmSettings.smtp_secure')}
          </label>
        </fieldset>
        <TextField
          label={t('crmSettings.send_rate_per_minute')}
          hint={t('crmSettings.rateHint')}
          type="number"
          inputMode="numeric"
          min={1}
          required
          value={rate}
          onChange={(e) => setRate(e.target.value)}
        />
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('crmSettings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
