// Reads of leads for routes and screens: one lead, an order's leads, the filtered newest-first list, the API view, and
// the dashboard's figures and money (from counters kept with every move: constant time however many leads there are).
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { getStageCounts } from '../../core/lifecycle/moves.js';
import { notFound } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import { SCALEV_CURRENCY } from '../../connectors/scalev/index.js';
import { LEAD_STAGES, leadStageSchema } from './contract.js';
import { leadPipeline } from './pipeline.js';
import type { LeadRow } from './tables.js';

export async function getLead(db: Executor, workspaceId: string, id: string): Promise<LeadRow> {
  const row = await db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('lead', id);
  return row;
}

export async function findLeadsByOrder(db: Executor, workspaceId: string, orderId: string): Promise<LeadRow[]> {
  return db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).where('order_id', '=', orderId).orderBy('id').execute();
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
    amount_cents: lead.amount_cents === null ? null : Number(lead.amount_cents),
    currency: lead.currency,
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

type StageFigures = Record<'follow_up' | 'closing' | 'not_closing', number>;

const emptyFigures = (): StageFigures => ({ follow_up: 0, closing: 0, not_closing: 0 });
const rate = (f: StageFigures) => {
  const total = f.follow_up + f.closing + f.not_closing;
  return total === 0 ? 0 : Math.round((f.closing / total) * 10_000) / 10_000;
};

export async function leadStats(db: Executor, workspaceId: string) {
  const stages = await getStageCounts(db, workspaceId, leadPipeline);
  const counts = emptyFigures();
  for (const s of LEAD_STAGES) counts[s] = stages[s] ?? 0;

  const rows = await db.selectFrom('scalev_lead_counts').selectAll().where('workspace_id', '=', workspaceId).execute();
  const entries = new Map(
    (await db.selectFrom('scalev_product_lists').select(['id', 'product_name', 'store_name']).where('workspace_id', '=', workspaceId).execute()).map((e) => [e.id, e]),
  );
  const byProduct = new Map<string, StageFigures>();
  const valueByProduct = new Map<string, StageFigures>();
  const bySales = new Map<string, StageFigures>();
  const values = emptyFigures();
  for (const r of rows) {
    if (!LEAD_STAGES.includes(r.stage as keyof StageFigures)) continue;
    const stage = r.stage as keyof StageFigures;
    const p = byProduct.get(r.product_list_id) ?? emptyFigures();
    p[stage] += Number(r.count);
    byProduct.set(r.product_list_id, p);
    const v = valueByProduct.get(r.product_list_id) ?? emptyFigures();
    v[stage] += Number(r.value_cents);
    valueByProduct.set(r.product_list_id, v);
    values[stage] += Number(r.value_cents);
    const s = bySales.get(r.sales_person_key) ?? emptyFigures();
    s[stage] += Number(r.count);
    bySales.set(r.sales_person_key, s);
  }
  const recent = await db.selectFrom('scalev_leads').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(10).execute();

  return {
    counts,
    total: counts.follow_up + counts.closing + counts.not_closing,
    /** Closing ÷ all leads, 0..1. */
    conversion_rate: rate(counts),
    currency: SCALEV_CURRENCY,
    value_cents: values,
    per_product: [...byProduct].map(([id, f]) => ({
      product_list_id: id,
      product_name: entries.get(id)?.product_name ?? null,
      store_name: entries.get(id)?.store_name ?? null,
      ...f,
      conversion_rate: rate(f),
      value_cents: valueByProduct.get(id) ?? emptyFigures(),
    })),
    per_sales_person: [...bySales].map(([email, f]) => ({ sales_person_email: email || null, ...f, conversion_rate: rate(f) })),
    recent: recent.map(leadView),
  };
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Leads created per day for the last `days` days (in the workspace's time zone, at today's UTC offset), split by
 * the stage each is in now. One indexed range scan of the window.
 */
export async function dailyLeads(db: Executor, workspaceId: string, input: { days: number; timezone: string; now: number }) {
  const offsetMs = DateTime.fromMillis(input.now, { zone: input.timezone }).offset * 60_000;
  const today = Math.floor((input.now + offsetMs) / DAY_MS);
  const firstDay = today - input.days + 1;
  const since = firstDay * DAY_MS - offsetMs;
  // Literals, not parameters: PostgreSQL only matches the GROUP BY expression to the selected one when the text is equal.
  const day = sql<number>`(created_at + ${sql.lit(Math.trunc(offsetMs))}) / ${sql.lit(DAY_MS)}`;
  const rows = await db
    .selectFrom('scalev_leads')
    .select([day.as('day'), 'stage', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('amount_cents').as('value')])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', since)
    .groupBy([day, 'stage'])
    .execute();
  const byDay = new Map<number, { counts: StageFigures; values: StageFigures }>();
  for (let d = firstDay; d <= today; d++) byDay.set(d, { counts: emptyFigures(), values: emptyFigures() });
  for (const r of rows) {
    const figures = byDay.get(Math.floor(Number(r.day)));
    if (!figures || !(LEAD_STAGES as readonly string[]).includes(r.stage)) continue;
    figures.counts[r.stage as keyof StageFigures] += Number(r.n);
    figures.values[r.stage as keyof StageFigures] += Number(r.value ?? 0);
  }
  return [...byDay].map(([d, f]) => ({ date: DateTime.fromMillis(d * DAY_MS, { zone: 'utc' }).toFormat('yyyy-MM-dd'), ...f.counts, value_cents: f.values }));
}
