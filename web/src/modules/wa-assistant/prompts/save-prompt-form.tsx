// Saving a new version of one prompt type, starting from the words in production; it can go to production at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, failingFields, type ApiError } from '../../../api/client';
import { TextAreaField, TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useSignedIn } from '../../../session/session';
import type { PromptType, PromptVersion, SavePromptInput } from '../api-types';

export function SavePromptForm({ type, start, onSaved }: { type: PromptType; start: PromptVersion | undefined; onSaved(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { me } = useSignedIn();
  const [version, setVersion] = useState('');
  const [content, setContent] = useState(start?.content ?? '');
  const [production, setProduction] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: SavePromptInput = { prompt_type: type, version: version.trim(), content, production, ...(me.user ? { updated_by: me.user.name } : {}) };
      await api.put('/api/ai/prompts', body);
      toast(t('wa.prompts.saved', { version: version.trim() }));
      setVersion('');
      onSaved();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const versionTaken = error?.code === 'conflict' && failingFields(error).includes('version');

  return (
    <section className="card" aria-labelledby="wa-save-prompt">
      <h2 id="wa-save-prompt">
        {t('wa.prompts.saveTitle')}: {t(`wa.prompts.types.${type}`)}
      </h2>
      {start && <p className="muted">{t('wa.prompts.startFrom', { version: start.version })}</p>}
      <form className="form" onSubmit={(e) => void save(e)}>
        <TextField label={t('wa.prompts.version')} value={version} required maxLength={40} error={versionTaken ? t('wa.prompts.versionTaken') : undefined} onChange={(e) => setVersion(e.target.value)} />
        <TextAreaField label={t('wa.prompts.content')} value={content} required maxLength={20_000} rows={8} onChange={(e) => setContent(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={production} onChange={(e) => setProduction(e.target.checked)} /> {t('wa.prompts.saveProduction')}
        </label>
        {error && !versionTaken && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !version.trim() || !content.trim()}>
            {busy ? t('common.saving') : t('wa.prompts.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
