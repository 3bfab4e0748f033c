// Reads of recorded purchases: newest first with filters and keyset paging, one with its items; the views never carry medical details.
import type { z } from 'zod';
import { notFound } from '../../../core/errors.js';
import { localDayOf, startOfLocalDay, endOfLocalDay } from '../../../core/schedule/local-day.js';
import type { Executor } from '../../../db/database.js';
import type { purchaseDetailSchema, purchaseFilterQuery, purchaseItemSchema, purchaseSchema } from '../contract/purchases.js';
import type { PurchaseItemRow, PurchaseRow } from '../tables.js';

type Purchase = z.output<typeof purchaseSchema>;
export type PurchaseFilter = z.output<typeof purchaseFilterQuery>;

interface PurchaseWithCustomer extends PurchaseRow {
  customer_name: string | null;
  customer_phone: string;
}

export const purchaseCursor = (p: Pick<Purchase, 'created_at' | 'id'>): string => `${p.created_at}:${p.id}`;

function parseCursor(cursor: string | undefined): { at: number; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split(':');
  return at && id && /^\d+$/.test(at) ? { at: Number(at), id } : undefined;
}

function purchaseQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('pharmacy_purchases as p')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'p.customer_id').onRef('c.workspace_id', '=', 'p.workspace_id'))
    .selectAll('p')
    .select(['c.name as customer_name', 'c.phone as customer_phone'])
    .where('p.workspace_id', '=', workspaceId);
}

async function itemCounts(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('pharmacy_purchase_items')
    .select((eb) => ['purchase_id', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('purchase_id', 'in', ids)
    .groupBy('purchase_id')
    .execute();
  return new Map(rows.map((r) => [r.purchase_id, Number(r.n)]));
}

function view(row: PurchaseWithCustomer, itemCount: number, timezone: string): Purchase {
  return {
    id: row.id,
    customer_id: row.customer_id,
    customer_name: row.customer_name,
    customer_phone: row.customer_phone,
    total_amount: row.total_amount,
    item_count: itemCount,
    credited_staff_code: row.credited_staff_code,
    date: localDayOf(row.created_at, timezone),
    created_by: row.created_by,
    created_at: row.created_at,
  };
}

export function purchaseItemView(row: PurchaseItemRow): z.output<typeof purchaseItemSchema> {
  return {
    id: row.id,
    medicine_name: row.medicine_name,
    brand_name: row.brand_name,
    generic_name: row.generic_name,
    quantity: row.quantity,
    unit_price: row.unit_price,
    total_amount: row.total_amount,
    is_generic: row.is_generic === 1,
    is_prescription: row.is_prescription === 1,
    duration_days: row.duration_days,
  };
}

/** Newest first, keyset paging on (created_at, id); dates are local days of the workspace's time zone, both included. */
export async function listPurchases(db: Executor, workspaceId: string, timezone: string, q: PurchaseFilter & { limit: number; cursor?: string | undefined }): Promise<Purchase[]> {
  let query = purchaseQuery(db, workspaceId);
  if (q.customer_id) query = query.where('p.customer_id', '=', q.customer_id);
  if (q.from_date) query = query.where('p.created_at', '>=', startOfLocalDay(q.from_date, timezone));
  if (q.to_date) query = query.where('p.created_at', '<', endOfLocalDay(q.to_date, timezone));
  const cursor = parseCursor(q.cursor);
  if (cursor) query = query.where((eb) => eb.or([eb('p.created_at', '<', cursor.at), eb.and([eb('p.created_at', '=', cursor.at), eb('p.id', '<', cursor.id)])]));
  const rows = await query.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(q.limit).execute();
  const counts = await itemCounts(db, workspaceId, rows.map((r) => r.id));
  return rows.map((r) => view(r, counts.get(r.id) ?? 0, timezone));
}

/** The items of some purchases, in the order they were entered, keyed by purchase. */
export async function purchaseItems(db: Executor, workspaceId: string, purchaseIds: string[]): Promise<Map<string, PurchaseItemRow[]>> {
  const out = new Map<string, PurchaseItemRow[]>();
  if (purchaseIds.length === 0) return out;
  const rows = await db.selectFrom('pharmacy_purchase_items').selectAll().where('workspace_id', '=', workspaceId).where('purchase_id', 'in', purchaseIds).orderBy('id').execute();
  for (const r of rows) out.set(r.purchase_id, [...(out.get(r.purchase_id) ?? []), r]);
  return out;
}

export async function getPurchase(db: Executor, workspaceId: string, timezone: string, id: string): Promise<z.output<typeof purchaseDetailSchema>> {
  const row = await purchaseQuery(db, workspaceId).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('purchase', id);
  const items = (await purchaseItems(db, workspaceId, [id])).get(id) ?? [];
  return { ...view(row, items.length, timezone), items: items.map(purchaseItemView) };
}
