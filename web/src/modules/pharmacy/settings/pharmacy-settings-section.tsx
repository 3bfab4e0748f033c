// The pharmacy's tab on the settings page (owners and admins, PUT /api/settings/pharmacy): the materials message new
// WhatsApp numbers get, the WhatsApp check pace and the owner's generic alternatives; one save, each refused field
// marked beside its input.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable } from '../../../components/page';
import type { PharmacySettings, PharmacySettingsUpdate } from '../api-types';
import { fieldErrors, reasonWords } from '../field-errors';
import { GenericPairs, pairsToSend, withKeys } from './generic-pairs';
import { MaterialsFields } from './materials-fields';

/** The fields this form marks beside their own input. */
const BESIDE_AN_INPUT = /^(materials_text|materials_image_url|materials_pdf_url|whatsapp_checks_per_second|generic_alternatives\.\d+\.(medicine_name|generic_name))$/;

export function PharmacySettingsSection() {
  const settings = useApi(() => api.get<PharmacySettings>('/api/settings/pharmacy'), []);
  return (
    <Loadable {...settings}>
      {/* A new key: the form starts again from what the server now holds. */}
      {(s) => <PharmacySettingsForm key={JSON.stringify(s)} settings={s} onSaved={settings.reload} />}
    </Loadable>
  );
}

function PharmacySettingsForm({ settings, onSaved }: { settings: PharmacySettings; onSaved(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [text, setText] = useState(settings.materials_text);
  const [imageUrl, setImageUrl] = useState(settings.materials_image_url ?? '');
  const [pdfUrl, setPdfUrl] = useState(settings.materials_pdf_url ?? '');
  const [pace, setPace] = useState(String(settings.whatsapp_checks_per_second));
  const [pairs, setPairs] = useState(() => withKeys(settings.generic_alternatives));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const errors = fieldErrors(error);
  const errorOf = (field: string) => reasonWords(t, errors[field]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: PharmacySettingsUpdate = {
        // The default text unchanged stays "not written", so a better default later reaches this pharmacy too.
        materials_text: text.trim() === settings.materials_text_default.trim() ? null : text,
        materials_image_url: imageUrl.trim() || null,
        materials_pdf_url: pdfUrl.trim() || null,
        whatsapp_checks_per_second: Number(pace),
        generic_alternatives: pairsToSend(pairs),
      };
      await api.put<PharmacySettings>('/api/settings/pharmacy', body);
      toast(t('pharmacy.settings.saved'));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form pharmacy-settings" onSubmit={(e) => void submit(e)} noValidate>
      <MaterialsFields
        settings={settings}
        text={text}
        onText={setText}
        imageUrl={imageUrl}
        onImageUrl={setImageUrl}
        pdfUrl={pdfUrl}
        onPdfUrl={setPdfUrl}
        errorOf={errorOf}
      />
      <section className="card" aria-labelledby="pharmacy-checks-title">
        <h2 id="pharmacy-checks-title">{t('pharmacy.settings.checksTitle')}</h2>
        <TextField
          label={t('pharmacy.settings.pace')}
          hint={t('pharmacy.settings.paceHint')}
          type="number"
          inputMode="numeric"
          value={pace}
          onChange={(e) => setPace(e.target.value)}
          error={errorOf('whatsapp_checks_per_second')}
        />
        <p className="muted">{t('pharmacy.settings.fixed')}</p>
      </section>
      <GenericPairs pairs={pairs} onChange={setPairs} errorOf={errorOf} />
      {/* Anything not marked beside an input (a list too long, a server failure) is said here. */}
      {error && (error.code !== 'validation_failed' || Object.keys(errors).length === 0 || Object.keys(errors).some((f) => !BESIDE_AN_INPUT.test(f))) && <ErrorNotice error={error} />}
      <div className="form-actions pharmacy-settings-save">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('pharmacy.settings.save')}
        </button>
      </div>
    </form>
  );
}
