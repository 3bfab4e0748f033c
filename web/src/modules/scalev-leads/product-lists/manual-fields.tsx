// Typing the IDs by hand, for when ScaleV or Mailketing cannot be reached (the seed's manual Product ID entry).
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import type { Draft, RequiredField } from './draft';

interface ManualFieldsProps {
  draft: Draft;
  update(patch: Partial<Draft>): void;
  missing: readonly RequiredField[];
}

export function ManualFields({ draft, update, missing }: ManualFieldsProps) {
  const { t } = useTranslation();
  const required = t('common.required');
  const text = (key: RequiredField, label: string) => (
    <TextField label={label} required value={draft[key]} error={missing.includes(key) ? required : undefined} onChange={(e) => update({ [key]: e.target.value })} />
  );
  return (
    <>
      <fieldset className="step">
        <legend>{t('productLists.store')}</legend>
        <div className="inline-fields">
          {text('store_id', t('productLists.storeId'))}
          {text('store_name', t('productLists.storeName'))}
        </div>
      </fieldset>
      <fieldset className="step">
        <legend>{t('productLists.product')}</legend>
        <div className="inline-fields">
          {text('product_id', t('productLists.productId'))}
          {text('product_name', t('productLists.productName'))}
        </div>
        <TextField label={`${t('productLists.sku')} (${t('common.optional')})`} value={draft.sku ?? ''} onChange={(e) => update({ sku: e.target.value || null })} />
      </fieldset>
      <fieldset className="step">
        <legend>{t('productLists.salesPerson')}</legend>
        <p className="field-hint">{t('productLists.salesHint')}</p>
        <div className="inline-fields">
          <TextField
            label={`${t('productLists.salesEmail')} (${t('common.optional')})`}
            type="email"
            value={draft.sales_person_email ?? ''}
            onChange={(e) => update({ sales_person_email: e.target.value || null })}
          />
          <TextField
            label={`${t('productLists.salesName')} (${t('common.optional')})`}
            value={draft.sales_person_name ?? ''}
            onChange={(e) => update({ sales_person_name: e.target.value || null })}
          />
        </div>
      </fieldset>
      <fieldset className="step">
        <legend>{t('productLists.lists')}</legend>
        <div className="inline-fields inline-3">
          {text('mailketing_list_followup', t('productLists.listFollowUp'))}
          {text('mailketing_list_closing', t('productLists.listClosing'))}
          {text('mailketing_list_not_closing', t('productLists.listNotClosing'))}
        </div>
      </fieldset>
    </>
  );
}
