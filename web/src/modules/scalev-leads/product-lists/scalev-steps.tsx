// Steps 1–3 of a product list entry, from ScaleV: a store (searchable), one of its products, an optional sales person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/combobox';
import { SelectField } from '../../../components/fields';
import type { Draft, RequiredField } from './draft';
import { LookupError } from './lookup-error';
import { useProducts, useSalesPeople, useStores, withCurrent } from './use-lookup';

export interface StepProps {
  draft: Draft;
  update(patch: Partial<Draft>): void;
  onManual(): void;
  /** Required fields left empty at the last save attempt. */
  missing: readonly RequiredField[];
}

const ALL_SALES = '';

export function StoreStep({ draft, update, onManual, missing }: StepProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const stores = useStores(search);
  const options = withCurrent(
    (stores.data?.items ?? []).map((s) => ({ value: s.id, label: s.name, description: `ID ${s.id}` })),
    draft.store_id ? { value: draft.store_id, label: draft.store_name } : undefined,
  );
  return (
    <fieldset className="step">
      <legend>{t('productLists.step1')}</legend>
      <Combobox
        label={t('productLists.store')}
        placeholder={t('productLists.searchStore')}
        options={options}
        value={draft.store_id || undefined}
        onSearch={setSearch}
        loading={stores.loading}
        loadingText={t('app.loading')}
        noMatch={t('productLists.noMatch')}
        required
        error={missing.includes('store_id') ? t('common.required') : undefined}
        onChange={(id) => {
          const store = options.find((o) => o.value === id);
          if (!store || store.value === draft.store_id) return;
          // Another store: its products and sales people are different, so those choices start over.
          update({
            store_id: store.value,
            store_name: store.label,
            product_id: '',
            product_name: '',
            sku: null,
            skus: [],
            variant_unique_ids: [],
            sales_person_id: null,
            sales_person_name: null,
            sales_person_email: null,
          });
        }}
      />
      {stores.error && <LookupError error={stores.error} onRetry={stores.reload} onManual={onManual} />}
    </fieldset>
  );
}

export function ProductStep({ draft, update, onManual, missing }: StepProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const products = useProducts(draft.store_id, search);
  const items = products.data?.items ?? [];
  const options = withCurrent(
    items.map((p) => {
      const skus = p.variants.flatMap((v) => (v.sku ? [v.sku] : []));
      const variants = t('productLists.variants', { count: p.variants.length });
      return { value: p.id, label: p.name, description: skus.length ? `${variants} · ${skus.join(', ')}` : variants };
    }),
    draft.product_id ? { value: draft.product_id, label: draft.product_name } : undefined,
  );
  return (
    <fieldset className="step">
      <legend>{t('productLists.step2')}</legend>
      <Combobox
        label={t('productLists.product')}
        placeholder={draft.store_id ? t('productLists.searchProduct') : t('productLists.pickStoreFirst')}
        hint={draft.skus.length > 0 ? `${t('productLists.skus', { count: draft.skus.length })}: ${draft.skus.join(', ')}` : draft.sku ? `${t('productLists.sku')}: ${draft.sku}` : undefined}
        options={options}
        value={draft.product_id || undefined}
        onSearch={setSearch}
        loading={products.loading && Boolean(draft.store_id)}
        loadingText={t('app.loading')}
        noMatch={t('productLists.noMatch')}
        disabled={!draft.store_id}
        required
        error={missing.includes('product_id') ? t('common.required') : undefined}
        onChange={(id) => {
          const product = items.find((p) => p.id === id);
          if (!product) return;
          update({
            product_id: product.id,
            product_name: product.name,
            // Every variant's SKU and unique id: the matching rules use them (SKU first, variant id last).
            sku: product.variants.find((v) => v.sku)?.sku ?? null,
            skus: product.variants.flatMap((v) => (v.sku ? [v.sku] : [])),
            variant_unique_ids: product.variants.map((v) => v.unique_id),
          });
        }}
      />
      {products.error && <LookupError error={products.error} onRetry={products.reload} onManual={onManual} />}
    </fieldset>
  );
}

export function SalesStep({ draft, update, onManual }: StepProps) {
  const { t } = useTranslation();
  const people = useSalesPeople(draft.store_id);
  const items = people.data?.items ?? [];
  const current = draft.sales_person_email && !items.some((p) => p.id === draft.sales_person_id)
    ? [{ value: draft.sales_person_id ?? draft.sales_person_email, label: `${draft.sales_person_name ?? ''} <${draft.sales_person_email}>` }]
    : [];
  return (
    <fieldset className="step">
      <legend>{t('productLists.step3')}</legend>
      <SelectField
        label={t('productLists.salesPerson')}
        hint={t('productLists.salesHint')}
        disabled={!draft.store_id}
        value={draft.sales_person_email ? (draft.sales_person_id ?? draft.sales_person_email) : ALL_SALES}
        options={[{ value: ALL_SALES, label: t('productLists.allSales') }, ...current, ...items.map((p) => ({ value: p.id, label: `${p.name} <${p.email}>` }))]}
        onChange={(event) => {
          if (event.target.value === ALL_SALES) {
            update({ sales_person_id: null, sales_person_name: null, sales_person_email: null });
            return;
          }
          const person = items.find((p) => p.id === event.target.value);
          if (person) update({ sales_person_id: person.id, sales_person_name: person.name, sales_person_email: person.email });
        }}
      />
      {people.error && <LookupError error={people.error} onRetry={people.reload} onManual={onManual} />}
    </fieldset>
  );
}
