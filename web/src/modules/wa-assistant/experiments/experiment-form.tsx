// The new A/B test form: name, hypothesis and two to six variants; saved as a draft or started at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, fieldMessages, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { TextAreaField, TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import type { Experiment, PromptList } from '../api-types';
import { bodyOf, emptyDraft, emptyVariant, MAX_VARIANTS, MIN_VARIANTS, nextKey, type ExperimentDraft, type VariantDraft } from './draft';
import { VariantFields } from './variant-fields';

export function ExperimentForm({ onSaved, onCancel }: { onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  // Without saved versions the fold says so; a failed load only hides the choice, the wordings still work.
  const prompts = useApi(() => api.get<PromptList>('/api/ai/prompts'), []);
  const [d, setD] = useState<ExperimentDraft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const messages = fieldMessages(error);

  const save = async (start: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.post<Experiment>('/api/ai/experiments', bodyOf(d, start));
      toast(t(start ? 'wa.experiments.form.savedStarted' : 'wa.experiments.form.savedDraft', { name: saved.name }));
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  const setVariant = (i: number, v: VariantDraft) => setD((x) => ({ ...x, variants: x.variants.map((old, j) => (j === i ? v : old)) }));
  const removeVariant = (i: number) => setD((x) => ({ ...x, variants: x.variants.filter((_, j) => j !== i) }));
  const addVariant = () => setD((x) => ({ ...x, variants: [...x.variants, emptyVariant(nextKey(x.variants), '50')] }));

  return (
    <section className="card" aria-labelledby="wa-new-experiment">
      <h2 id="wa-new-experiment">{t('wa.experiments.form.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('wa.experiments.form.testName')} value={d.name} error={messages.get('name')} maxLength={120} autoComplete="off" onChange={(e) => setD((x) => ({ ...x, name: e.target.value }))} />
        <TextAreaField label={t('wa.experiments.form.hypothesis')} hint={t('wa.experiments.form.hypothesisHint')} rows={2} maxLength={2_000} value={d.hypothesis} error={messages.get('hypothesis')} onChange={(e) => setD((x) => ({ ...x, hypothesis: e.target.value }))} />
        {d.variants.map((v, i) => (
          <VariantFields
            // Every input is controlled, so keying by position loses at most a fold's open state when a row is removed.
            key={i}
            index={i}
            v={v}
            versions={prompts.data?.items ?? []}
            errorOf={(field) => messages.get(`variants.${i}.${field}`)}
            onChange={(nv) => setVariant(i, nv)}
            onRemove={d.variants.length > MIN_VARIANTS ? () => removeVariant(i) : undefined}
          />
        ))}
        {messages.get('variants') && <p className="field-error">{messages.get('variants')}</p>}
        {d.variants.length < MAX_VARIANTS && (
          <p>
            <button type="button" className="button" onClick={addVariant}>
              {t('wa.experiments.form.addVariant')}
            </button>
          </p>
        )}
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('common.saving') : t('wa.experiments.form.saveDraft')}
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save(true)}>
            {busy ? t('common.saving') : t('wa.experiments.form.saveStart')}
          </button>
        </div>
      </form>
    </section>
  );
}
