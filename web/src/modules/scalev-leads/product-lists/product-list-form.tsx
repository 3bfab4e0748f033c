// Adding or editing a product list entry: the seed's four steps from the providers, or the IDs typed by hand.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { ProductListSaved } from '../api-types';
import { DelayField } from '../../../components/delay-field';
import { ErrorNotice } from '../../../components/notices';
import { missingFields, type Draft, type RequiredField } from './draft';
import { ListStep } from './list-step';
import { ManualFields } from './manual-fields';
import { ProductStep, SalesStep, StoreStep } from './scalev-steps';

interface ProductListFormProps {
  initial: Draft;
  /** Set when editing an existing entry. */
  entryId?: string | undefined;
  onSaved(entry: ProductListSaved): void;
  onCancel(): void;
}

export function ProductListForm({ initial, entryId, onSaved, onCancel }: ProductListFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [manual, setManual] = useState(false);
  const [missing, setMissing] = useState<RequiredField[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const steps = { draft, update, onManual: () => setManual(true), missing };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = missingFields(draft);
    setMissing(empty);
    if (empty.length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = { ...draft, sales_person_email: draft.sales_person_email?.trim() || null };
      onSaved(entryId ? await api.put<ProductListSaved>(`/api/product-lists/${entryId}`, body) : await api.post<ProductListSaved>('/api/product-lists', body));
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {manual ? (
        <ManualFields draft={draft} update={update} missing={missing} />
      ) : (
        <>
          <StoreStep {...steps} />
          <ProductStep {...steps} />
          <SalesStep {...steps} />
          <ListStep {...steps} />
        </>
      )}
      <p>
        <button type="button" className="button button-ghost" onClick={() => setManual((m) => !m)}>
          {manual ? t('productLists.useDropdowns') : t('productLists.manual')}
        </button>
      </p>
      <DelayField
        label={t('productLists.delay')}
        value={draft.not_closing_after}
        defaultLabel={t('productLists.delayDefault')}
        onChange={(value) => update({ not_closing_after: value })}
      />
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
