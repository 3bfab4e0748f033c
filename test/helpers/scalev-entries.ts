// Three product entries of one ScaleV store for the lead tests: lists f<i>, c<i>, n<i>; the second waits 30 days.
import type { Executor } from '../../src/db/database.js';

export const STORE = 'Toko Berkah Herbal';
export const PRODUCTS = ['Madu Hutan Sumbawa', 'Habbatussauda Kapsul', 'Sedekah Jariyah'] as const;

/** Inserts the entries with ids `pl_<workspace>_<i>` and returns those ids. */
export async function insertThreeEntries(db: Executor, workspaceId: string, now: number): Promise<string[]> {
  const ids = PRODUCTS.map((_, i) => `pl_${workspaceId}_${i}`);
  await db
    .insertInto('scalev_product_lists')
    .values(
      PRODUCTS.map((product, i) => ({
        id: ids[i] ?? '',
        workspace_id: workspaceId,
        store_id: '1287',
        store_name: STORE,
        product_id: `8823${i}`,
        product_name: product,
        sku: null,
        variant_unique_ids: '[]',
        variant_skus: '[]',
        sales_person_id: null,
        sales_person_name: null,
        sales_person_email: null,
        sales_person_key: '',
        mailketing_list_followup: `f${i}`,
        mailketing_list_closing: `c${i}`,
        mailketing_list_not_closing: `n${i}`,
        not_closing_after: i === 1 ? 'P30D' : null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  return ids;
}
