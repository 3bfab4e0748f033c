// Step 4 of a product list entry: the Follow Up, Closing and Not Closing lists, from Mailketing.
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/combobox';
import type { Draft } from './draft';
import { LookupError } from './lookup-error';
import type { StepProps } from './scalev-steps';
import { useMailketingLists, withCurrent } from './use-lookup';

const FIELDS = [
  { key: 'mailketing_list_followup', label: 'productLists.listFollowUp' },
  { key: 'mailketing_list_closing', label: 'productLists.listClosing' },
  { key: 'mailketing_list_not_closing', label: 'productLists.listNotClosing' },
] as const satisfies ReadonlyArray<{ key: keyof Draft; label: string }>;

export function ListStep({ draft, update, onManual, missing }: StepProps) {
  const { t } = useTranslation();
  const lists = useMailketingLists();
  const loaded = (lists.data?.items ?? []).map((l) => ({ value: l.id, label: l.name, description: `ID ${l.id}` }));
  return (
    <fieldset className="step">
      <legend>{t('productLists.step4')}</legend>
      {FIELDS.map((field) => (
        <Combobox
          key={field.key}
          label={t(field.label)}
          options={withCurrent(loaded, draft[field.key] ? { value: draft[field.key], label: draft[field.key] } : undefined)}
          value={draft[field.key] || undefined}
          loading={lists.loading}
          loadingText={t('app.loading')}
          noMatch={t('productLists.noMatch')}
          required
          error={missing.includes(field.key) ? t('common.required') : undefined}
          onChange={(id) => update({ [field.key]: id ?? '' })}
        />
      ))}
      {lists.error && <LookupError error={lists.error} onRetry={lists.reload} onManual={onManual} />}
    </fieldset>
  );
}
