// Writes of product list entries: create, replace, delete; one entry per product, store and sales person.
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Clock } from '../../../core/clock.js';
import type { Executor } from '../../../db/database.js';
import { isUniqueViolation } from '../../../db/transaction.js';
import type { ProductListRow } from '../tables.js';
import { getProductList } from './queries.js';

/** The fields of an entry as the API and the seed name them. */
export interface ProductListInput {
  store_id: string;
  store_name: string;
  product_id: string;
  product_name: string;
  sku?: string | null | undefined;
  variant_unique_ids?: string[] | undefined;
  skus?: string[] | undefined;
  sales_person_id?: string | null | undefined;
  sales_person_name?: string | null | undefined;
  sales_person_email?: string | null | undefined;
  mailketing_list_followup: string;
  mailketing_list_closing: string;
  mailketing_list_not_closing: string;
  not_closing_after?: string | null | undefined;
}

function columns(input: ProductListInput) {
  const email = input.sales_person_email?.trim().toLowerCase() || null;
  // `sku` alone (older clients, hand-typed entries) is the one SKU; with `skus` it is the first of them.
  const single = input.sku?.trim();
  const skus = [...new Set([...(single ? [single] : []), ...(input.skus ?? []).map((s) => s.trim()).filter(Boolean)])];
  return {
    store_id: input.store_id,
    store_name: input.store_name,
    product_id: input.product_id,
    product_name: input.product_name,
    sku: input.sku?.trim() || skus[0] || null,
    variant_unique_ids: JSON.stringify(input.variant_unique_ids ?? []),
    variant_skus: JSON.stringify(skus),
    sales_person_id: email ? (input.sales_person_id ?? null) : null,
    sales_person_name: email ? (input.sales_person_name ?? null) : null,
    sales_person_email: email,
    sales_person_key: email ?? '',
    mailketing_list_followup: input.mailketing_list_followup,
    mailketing_list_closing: input.mailketing_list_closing,
    mailketing_list_not_closing: input.mailketing_list_not_closing,
    not_closing_after: input.not_closing_after ?? null,
  };
}

const duplicate = (input: ProductListInput) =>
  new AppError('conflict', `an entry for product ${input.product_name} in store ${input.store_name} with ${input.sales_person_email ? `sales person ${input.sales_person_email}` : 'all sales people'} already exists`, {
    context: { store_id: input.store_id, product_id: input.product_id, sales_person_email: input.sales_person_email ?? null },
  });

export async function createProductList(db: Executor, clock: Clock, workspaceId: string, input: ProductListInput): Promise<ProductListRow> {
  const now = clock.now();
  const row: ProductListRow = { id: newId('pl', now), workspace_id: workspaceId, ...columns(input), created_at: now, updated_at: now };
  try {
    await db.insertInto('scalev_product_lists').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input);
    throw error;
  }
  return row;
}

export async function updateProductList(db: Executor, clock: Clock, workspaceId: string, id: string, input: ProductListInput): Promise<ProductListRow> {
  await getProductList(db, workspaceId, id);
  try {
    await db
      .updateTable('scalev_product_lists')
      .set({ ...columns(input), updated_at: clock.now() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input);
    throw error;
  }
  return getProductList(db, workspaceId, id);
}

/** Deletes an entry. Its leads stay (they are history) and keep pointing at the entry's id. */
export async function deleteProductList(db: Executor, workspaceId: string, id: string): Promise<ProductListRow> {
  const row = await getProductList(db, workspaceId, id);
  await db.deleteFrom('scalev_product_lists').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return row;
}
