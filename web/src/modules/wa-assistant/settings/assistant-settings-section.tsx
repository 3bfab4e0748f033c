// The assistant's own settings on the settings page (PUT /api/settings/wa-assistant) and the AI model's test.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable } from '../../../components/page';
import { SecretField } from '../../../components/secret-field';
import { TestButton } from '../../../components/test-button';
import type { AssistantSettings, AssistantSettingsUpdate, ModelTest } from '../api-types';
import { MediaSettingsForm } from './media-settings-form';

export function AssistantSettingsSection() {
  const settings = useApi(() => api.get<AssistantSettings>('/api/settings/wa-assistant'), []);
  // A save runs the model test again; an edit clears its answer, which was about the settings before it.
  const [saves, setSaves] = useState(0);
  const [edits, setEdits] = useState(0);
  const { t } = useTranslation();
  return (
    <Loadable {...settings}>
      {(s) => (
        <>
          <AssistantSettingsForm
            key={JSON.stringify(s)}
            settings={s}
            onSaved={() => {
              settings.reload();
              setSaves((n) => n + 1);
            }}
            onEdit={() => setEdits((n) => n + 1)}
          />
          <MediaSettingsForm key={`media:${JSON.stringify(s)}`} settings={s} onSaved={settings.reload} />
          {/* Always mounted, so the answer on screen belongs to the latest save; it runs by itself only once a model is set. */}
          <section className="card" aria-labelledby="wa-model-test-title">
            <h2 id="wa-model-test-title">{t('wa.settings.test')}</h2>
            <p className="muted">{t('wa.settings.testing')}</p>
            <TestButton<ModelTest>
              name="llm"
              path="/api/settings/test/llm"
              label={t('wa.settings.test')}
              runKey={s.llm_model !== null && s.llm_api_key !== null ? saves : 0}
              clearKey={edits}
            />
          </section>
        </>
      )}
    </Loadable>
  );
}

/** Seconds and minutes in the form, milliseconds on the wire. */
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

function AssistantSettingsForm({ settings, onSaved, onEdit }: { settings: AssistantSettings; onSaved(): void; onEdit(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const jsonId = useId();
  const [v, setV] = useState({
    company_name: settings.company_name ?? '',
    whatsapp_number: settings.whatsapp_number ?? '',
    owner_phone: settings.owner_phone ?? '',
    low_confidence_threshold: String(settings.low_confidence_threshold),
    holding_after_minutes: String(Math.round(settings.holding_after_ms / 60_000)),
    quiet_window_seconds: seconds(settings.quiet_window_ms),
    llm_model: settings.llm_model ?? '',
    llm_base_url: settings.llm_base_url ?? '',
    llm_timeout_seconds: seconds(settings.llm_timeout_ms),
    satisfaction_delay_minutes: String(Math.round(settings.satisfaction_delay_ms / 60_000)),
    satisfaction_question_id: settings.satisfaction_question_id ?? '',
    satisfaction_question_en: settings.satisfaction_question_en ?? '',
  });
  const [jsonMode, setJsonMode] = useState(settings.llm_json_mode);
  const [ratings, setRatings] = useState(settings.satisfaction_enabled);
  const ratingsId = useId();
  const [key, setKey] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: AssistantSettingsUpdate = {
        company_name: v.company_name.trim(),
        whatsapp_number: v.whatsapp_number.replace(/\D/g, '') || null,
        owner_phone: v.owner_phone.trim() || null,
        low_confidence_threshold: Number(v.low_confidence_threshold),
        holding_after_ms: Math.round(Number(v.holding_after_minutes) * 60_000),
        quiet_window_ms: Math.round(Number(v.quiet_window_seconds) * 1000),
        llm_model: v.llm_model.trim() || null,
        llm_base_url: v.llm_base_url.trim() || null,
        llm_timeout_ms: Math.round(Number(v.llm_timeout_seconds) * 1000),
        llm_json_mode: jsonMode,
        satisfaction_enabled: ratings,
        satisfaction_delay_ms: Math.round(Number(v.satisfaction_delay_minutes) * 60_000),
        satisfaction_question_id: v.satisfaction_question_id.trim() || null,
        satisfaction_question_en: v.satisfaction_question_en.trim() || null,
        // Absent keeps the stored key; a typed value replaces it.
        ...(key?.trim() ? { llm_api_key: key.trim() } : {}),
      };
      await api.put<AssistantSettings>('/api/settings/wa-assistant', body);
      toast(t('wa.settings.saved'));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof v, extra: { hint?: string; type?: string; inputMode?: 'numeric' | 'decimal' | 'tel'; placeholder?: string; step?: string; required?: boolean } = {}) => (
    <TextField
      label={t(`wa.settings.${name}`)}
      value={v[name]}
      onChange={(e) => setV((s) => ({ ...s, [name]: e.target.value }))}
      autoComplete="off"
      spellCheck={false}
      {...extra}
    />
  );

  return (
    <section className="card" aria-labelledby="wa-settings-title">
      <h2 id="wa-settings-title">{t('wa.settings.title')}</h2>
      <p className="muted">{t('wa.settings.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} onChange={onEdit}>
        <div className="inline-fields">
          {field('company_name', { hint: t('wa.settings.companyHint'), required: true })}
          {field('whatsapp_number', { hint: t('wa.settings.whatsappHint'), inputMode: 'tel', placeholder: '6281…' })}
          {field('owner_phone', { hint: t('wa.settings.ownerHint'), type: 'tel', placeholder: '+62…' })}
          {field('low_confidence_threshold', { type: 'number', step: '0.05', inputMode: 'decimal' })}
          {field('holding_after_minutes', { hint: t('wa.settings.holdingHint'), type: 'number', inputMode: 'numeric' })}
          {field('quiet_window_seconds', { type: 'number', step: '0.5', inputMode: 'decimal' })}
        </div>
        <fieldset>
          <legend>{t('wa.settings.model')}</legend>
          <p className="field-hint">{t('wa.settings.modelIntro')}</p>
          <div className="inline-fields">
            {field('llm_model', { placeholder: 'gpt-4o-mini' })}
            {field('llm_base_url', { type: 'url', placeholder: settings.llm_default_base_url, hint: t('wa.settings.baseUrlHint', { url: settings.llm_default_base_url }) })}
            <SecretField label={t('wa.settings.llm_api_key')} masked={settings.llm_api_key} value={key} onChange={setKey} />
            {field('llm_timeout_seconds', { type: 'number', step: '0.5', inputMode: 'decimal' })}
          </div>
          <label htmlFor={jsonId} className="check">
            <input id={jsonId} type="checkbox" checked={jsonMode} onChange={(e) => setJsonMode(e.target.checked)} />
            {t('wa.settings.llm_json_mode')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('wa.settings.satisfaction')}</legend>
          <p className="field-hint">{t('wa.settings.satisfactionIntro')}</p>
          <label htmlFor={ratingsId} className="check">
            <input id={ratingsId} type="checkbox" checked={ratings} onChange={(e) => setRatings(e.target.checked)} />
            {t('wa.settings.satisfaction_enabled')}
          </label>
          <div className="inline-fields">
            {field('satisfaction_delay_minutes', { type: 'number', inputMode: 'numeric' })}
            {field('satisfaction_question_id', { placeholder: t('wa.settings.standardWords') })}
            {field('satisfaction_question_en', { placeholder: t('wa.settings.standardWords') })}
          </div>
        </fieldset>
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('wa.settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
