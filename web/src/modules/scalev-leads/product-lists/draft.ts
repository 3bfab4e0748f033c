// The product list entry being written: its empty form, the copy of an existing entry, and what is still missing.
import type { ProductListEntry, ProductListInput } from '../api-types';

/** Every field of the request body, each one set: the form's own state. */
export type Draft = Required<ProductListInput>;

export const emptyDraft = (): Draft => ({
  store_id: '',
  store_name: '',
  product_id: '',
  product_name: '',
  sku: null,
  variant_unique_ids: [],
  skus: [],
  sales_person_id: null,
  sales_person_name: null,
  sales_person_email: null,
  mailketing_list_followup: '',
  mailketing_list_closing: '',
  mailketing_list_not_closing: '',
  not_closing_after: null,
});

export function draftOf(entry: ProductListEntry): Draft {
  const { id: _id, created_at: _created, updated_at: _updated, ...input } = entry;
  return input;
}

const REQUIRED = ['store_id', 'store_name', 'product_id', 'product_name', 'mailketing_list_followup', 'mailketing_list_closing', 'mailketing_list_not_closing'] as const;
export type RequiredField = (typeof REQUIRED)[number];

/** Required fields that are still empty. */
export function missingFields(draft: Draft): RequiredField[] {
  return REQUIRED.filter((key) => !draft[key].trim());
}
