// One variant's rows in the new A/B test form: key, name, weight, its own reply wordings and, folded, prompt versions.
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { PROMPT_TYPES, TEMPLATE_NAMES, TEMPLATE_PLACEHOLDERS, type PromptVersion } from '../api-types';
import { LANGUAGES, type VariantDraft } from './draft';

interface Props {
  index: number;
  v: VariantDraft;
  /** Saved prompt versions, to choose from; empty when none are saved. */
  versions: readonly PromptVersion[];
  /** The server's message for a field of this variant (`key`, `reply_templates.greeting.id`…), if it refused one. */
  errorOf(field: string): string | undefined;
  onChange(v: VariantDraft): void;
  /** Absent while only two variants are left (a test compares at least two). */
  onRemove: (() => void) | undefined;
}

export function VariantFields({ index, v, versions, errorOf, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const typesWithVersions = PROMPT_TYPES.filter((type) => versions.some((p) => p.prompt_type === type));
  return (
    <fieldset className="wa-variant" data-testid={`variant-${index}`}>
      <legend>{t('wa.experiments.form.variantN', { n: index + 1 })}</legend>
      <div className="inline-fields inline-3">
        <TextField label={t('wa.experiments.form.key')} hint={t('wa.experiments.form.keyHint')} value={v.key} error={errorOf('key')} autoComplete="off" autoCapitalize="none" onChange={(e) => onChange({ ...v, key: e.target.value })} />
        <TextField label={t('wa.experiments.form.name')} value={v.name} error={errorOf('name')} autoComplete="off" onChange={(e) => onChange({ ...v, name: e.target.value })} />
        <TextField label={t('wa.experiments.form.weight')} hint={t('wa.experiments.form.weightHint')} value={v.weight} error={errorOf('weight')} inputMode="numeric" autoComplete="off" onChange={(e) => onChange({ ...v, weight: e.target.value })} />
      </div>
      <p className="field-hint">{t('wa.experiments.form.repliesHint')}</p>
      {TEMPLATE_NAMES.map((name) => (
        <fieldset key={name}>
          <legend>{t(`wa.experiments.form.replies.${name}`)}</legend>
          <p className="field-hint">{t('wa.experiments.form.placeholders', { list: TEMPLATE_PLACEHOLDERS[name].map((p) => `{${p}}`).join(', ') })}</p>
          {LANGUAGES.map((lang) => (
            <TextAreaField
              key={lang}
              label={t(`wa.experiments.form.language.${lang}`)}
              rows={2}
              maxLength={4_000}
              value={v.replies[name][lang]}
              error={errorOf(`reply_templates.${name}.${lang}`) ?? errorOf(`reply_templates.${name}`)}
              onChange={(e) => onChange({ ...v, replies: { ...v.replies, [name]: { ...v.replies[name], [lang]: e.target.value } } })}
            />
          ))}
        </fieldset>
      ))}
      {/* Prompt versions matter only when a language model answers, so they stay folded away from the wordings. */}
      <details>
        <summary>{t('wa.experiments.form.prompts')}</summary>
        {typesWithVersions.length === 0 ? (
          <p className="muted">{t('wa.experiments.form.noPromptVersions')}</p>
        ) : (
          <div className="inline-fields">
            {typesWithVersions.map((type) => (
              <div key={type}>
                <SelectField
                  label={t('wa.experiments.form.promptOf', { type: t(`wa.prompts.types.${type}`) })}
                  value={v.prompts[type] ?? ''}
                  onChange={(e) => onChange({ ...v, prompts: { ...v.prompts, [type]: e.target.value } })}
                  options={[
                    { value: '', label: t('wa.experiments.form.production') },
                    ...versions.filter((p) => p.prompt_type === type).map((p) => ({ value: p.version, label: p.production ? t('wa.experiments.form.versionInProduction', { version: p.version }) : p.version })),
                  ]}
                />
                {errorOf(`prompt_versions.${type}`) && <p className="field-error">{errorOf(`prompt_versions.${type}`)}</p>}
              </div>
            ))}
          </div>
        )}
      </details>
      {onRemove && (
        <p>
          <button type="button" className="button" onClick={onRemove}>
            {t('wa.experiments.form.removeVariant', { n: index + 1 })}
          </button>
        </p>
      )}
    </fieldset>
  );
}
