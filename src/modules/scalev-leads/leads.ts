// Queries for leads: insert, read, the filtered newest-first list, and the per-product/sales-person counters.
import { sql } from 'kysely';
import { notFound } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { leadStageSchema } from './contract.js';
import type { LeadRow } from './tables.js';

export async function getLead(db: Executor, workspaceId: string, id: string): Promise<LeadRow> {
  const row = await db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('lead', id);
  return row;
}

export async function findLeadsByOrder(db: Executor, workspaceId: string, orderId: string): Promise<LeadRow[]> {
  return db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).where('order_id', '=', orderId).orderBy('id').execute();
}

/** Adds `delta` to the lead counter of (entry, sales person, stage): kept in the same transaction as each move. */
export async function bumpLeadCount(db: Executor, lead: Pick<LeadRow, 'workspace_id' | 'product_list_id' | 'sales_person_email'>, stage: string, delta: number): Promise<void> {
  await db
    .insertInto('scalev_lead_counts')
    .values({ workspace_id: lead.workspace_id, product_list_id: lead.product_list_id, sales_person_key: lead.sales_person_email ?? '', stage, count: delta })
    .onConflict((oc) => oc.columns(['workspace_id', 'product_list_id', 'sales_person_key', 'stage']).doUpdateSet({ count: sql`scalev_lead_counts.count + ${delta}` }))
    .execute();
}

export interface LeadFilter {
  stage?: string | undefined;
  productListId?: string | undefined;
  salesPersonEmail?: string | undefined;
  /** Created at or after, epoch ms. */
  from?: number | undefined;
  /** Created before, epoch ms. */
  to?: number | undefined;
  /** Part of the name, email or phone. */
  search?: string | undefined;
  limit: number;
  /** Keyset cursor from the previous page: `<created_at>:<id>`. */
  before?: string | undefined;
}

/** Newest first. Each filter has an index that starts with it, so a page costs a short index range scan. */
export async function listLeads(db: Executor, workspaceId: string, f: LeadFilter): Promise<LeadRow[]> {
  let q = db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId);
  if (f.stage) q = q.where('stage', '=', f.stage);
  if (f.productListId) q = q.where('product_list_id', '=', f.productListId);
  if (f.salesPersonEmail) q = q.where('sales_person_email', '=', f.salesPersonEmail.trim().toLowerCase());
  if (f.from !== undefined) q = q.where('created_at', '>=', f.from);
  if (f.to !== undefined) q = q.where('created_at', '<', f.to);
  if (f.search) {
    // Phones are stored as +62…: a search for 0812… should find them too.
    const term = f.search.trim().toLowerCase().replace(/^0(?=\d)/, '');
    q = q.where('search_text', 'like', `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  }
  if (f.before) {
    const [at, id] = f.before.split(':');
    const atMs = Number(at);
    if (Number.isFinite(atMs) && id) q = q.where((eb) => eb.or([eb('created_at', '<', atMs), eb.and([eb('created_at', '=', atMs), eb('id', '<', id)])]));
  }
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export const leadCursor = (lead: LeadRow) => `${lead.created_at}:${lead.id}`;

export function leadView(lead: LeadRow) {
  return {
    id: lead.id,
    stage: leadStageSchema.parse(lead.stage),
    order_id: lead.order_id,
    product_list_id: lead.product_list_id,
    product_name: lead.product_name,
    store_name: lead.store_name,
    customer_name: lead.customer_name,
    customer_email: lead.customer_email,
    customer_phone: lead.customer_phone,
    sales_person_name: lead.sales_person_name,
    sales_person_email: lead.sales_person_email,
    contact_id: lead.contact_id,
    mailketing_list_id: lead.mailketing_list_id,
    order_created_at: lead.order_created_at,
    paid_at: lead.paid_at,
    not_closing_at: lead.not_closing_at,
    expires_at: lead.expires_at,
    created_at: lead.created_at,
    updated_at: lead.updated_at,
  };
}
export type LeadView = ReturnType<typeof leadView>;
