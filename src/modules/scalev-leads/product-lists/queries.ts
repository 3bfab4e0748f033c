// Reads of product list entries (the products and sales people whose orders become leads, with their lists), their
// API view, and the shape matching needs.
import { notFound } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import type { MatchEntry } from '../rules.js';
import type { ProductListRow } from '../tables.js';
import { workspaceColumn } from '../../../db/by-id.js';

export function productListView(row: ProductListRow) {
  return {
    id: row.id,
    store_id: row.store_id,
    store_name: row.store_name,
    product_id: row.product_id,
    product_name: row.product_name,
    sku: row.sku,
    variant_unique_ids: JSON.parse(row.variant_unique_ids) as string[],
    skus: JSON.parse(row.variant_skus) as string[],
    sales_person_id: row.sales_person_id,
    sales_person_name: row.sales_person_name,
    sales_person_email: row.sales_person_email,
    mailketing_list_followup: row.mailketing_list_followup,
    mailketing_list_closing: row.mailketing_list_closing,
    mailketing_list_not_closing: row.mailketing_list_not_closing,
    not_closing_after: row.not_closing_after,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
export type ProductListView = ReturnType<typeof productListView>;

export function toMatchEntry(row: ProductListRow): MatchEntry {
  return {
    id: row.id,
    storeName: row.store_name,
    productName: row.product_name,
    sku: row.sku,
    skus: JSON.parse(row.variant_skus) as string[],
    variantUniqueIds: JSON.parse(row.variant_unique_ids) as string[],
    salesPersonEmail: row.sales_person_email,
  };
}

export async function listProductLists(db: Executor, workspaceId: string): Promise<ProductListRow[]> {
  return db.selectFrom('scalev_product_lists').selectAll().where('workspace_id', '=', workspaceId).orderBy('store_name').orderBy('product_name').execute();
}

/** An entry by id, or undefined once it was deleted (its leads keep pointing at it). */
export async function findProductList(db: Executor, workspaceId: string, id: string): Promise<ProductListRow | undefined> {
  return db.selectFrom('scalev_product_lists').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The entries with these ids that still exist, by id (a set of leads' entries in one query). */
export async function findProductListsById(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, ProductListRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('scalev_product_lists').selectAll().where(workspaceColumn(), '=', workspaceId).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function getProductList(db: Executor, workspaceId: string, id: string): Promise<ProductListRow> {
  const row = await findProductList(db, workspaceId, id);
  if (!row) throw notFound('product list entry', id);
  return row;
}

/** Whether the workspace has a product list entry yet (the set-up checklist's last step). */
export async function hasProductList(db: Executor, workspaceId: string): Promise<boolean> {
  return (await db.selectFrom('scalev_product_lists').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst()) !== undefined;
}
