// The funnel of a cohort of businesses (created in a date range) and revenue per campaign from Recurrente payments.
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './contract/statuses.js';
import { FUNNEL_DEPTH } from './funnel-counts.js';

export interface Range {
  from?: number | undefined;
  to?: number | undefined;
}

// Cumulative: a business counts at every stage up to the furthest one it reached, so the funnel never widens (a
// business that bought without replying first still passed "contacted" and "replied" in the funnel's sense). Its
// depth (funnel-counts.ts) is the index of that furthest stage.
const STAGES = ['created', 'contacted', 'engaged', 'replied', 'purchased'] as const;

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

interface FunnelGroup {
  contact_status: string;
  website_status: string;
  subscription_status: string;
  depth: number | string;
  n: number | string;
}

/**
 * The groups of the cohort: all time, the counts the triggers keep (a few hundred rows at most); a date range, one
 * scan of the businesses created in it (by the created_at index).
 */
async function funnelGroups(db: Executor, workspaceId: string, range: Range): Promise<FunnelGroup[]> {
  if (range.from === undefined && range.to === undefined) {
    return db
      .selectFrom('crm_funnel_counts')
      .select(['contact_status', 'website_status', 'subscription_status', 'depth', 'n'])
      .where('workspace_id', '=', workspaceId)
      .where('n', '<>', 0)
      .execute();
  }
  let cohort = db.selectFrom('crm_businesses as r').where('r.workspace_id', '=', workspaceId);
  if (range.from !== undefined) cohort = cohort.where('r.created_at', '>=', range.from);
  if (range.to !== undefined) cohort = cohort.where('r.created_at', '<', range.to);
  const depth = sql<number>`${sql.raw(FUNNEL_DEPTH)}`;
  return cohort
    .select(['r.contact_status', 'r.website_status', 'r.subscription_status', depth.as('depth'), sql<number>`count(*)`.as('n')])
    .groupBy(['r.contact_status', 'r.website_status', 'r.subscription_status', depth])
    .execute();
}

/**
 * Counts of the businesses created in the range that reached each stage (milestones are kept even when a later
 * status overtook the one that marked them), with the conversion from the previous stage and from the first.
 */
export async function funnel(db: Executor, workspaceId: string, range: Range) {
  const groups = await funnelGroups(db, workspaceId, range);
  const totals = new Map<string, number>();
  const bump = (key: string, n: number) => totals.set(key, (totals.get(key) ?? 0) + n);
  for (const g of groups) {
    const n = Number(g.n);
    const depth = Number(g.depth);
    STAGES.forEach((stage, i) => {
      if (depth >= i) bump(stage, n);
    });
    bump(`contact_status:${g.contact_status}`, n);
    bump(`website_status:${g.website_status}`, n);
    bump(`subscription_status:${g.subscription_status}`, n);
  }
  const count = (key: string) => totals.get(key) ?? 0;
  const counts = STAGES.map((s) => count(s));
  const first = counts[0] ?? 0;
  const stages = STAGES.map((key, i) => ({
    key,
    count: counts[i] ?? 0,
    rate_from_previous: i === 0 ? null : rate(counts[i] ?? 0, counts[i - 1] ?? 0),
    rate_from_first: i === 0 ? null : rate(counts[i] ?? 0, first),
  }));
  const breakdown = <S extends string>(column: string, values: readonly S[]) => Object.fromEntries(values.map((v) => [v, count(`${column}:${v}`)])) as Record<S, number>;
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    stages,
    contact_status: breakdown('contact_status', CONTACT_STATUSES),
    website_status: breakdown('website_status', WEBSITE_STATUSES),
    subscription_status: breakdown('subscription_status', SUBSCRIPTION_STATUSES),
  };
}

/** Payments in the range, by the campaign that last reached the business before it paid (last touch), per currency. */
export async function revenueByCampaign(db: Executor, workspaceId: string, range: Range) {
  let q = db
    .selectFrom('crm_payments as p')
    .leftJoin('crm_campaigns as c', 'c.id', 'p.campaign_id')
    .select(['p.campaign_id', 'c.name as campaign_name', 'p.currency', sql<number>`count(*)`.as('payments'), sql<number>`sum(p.amount_cents)`.as('amount_cents')])
    .where('p.workspace_id', '=', workspaceId);
  if (range.from !== undefined) q = q.where('p.paid_at', '>=', range.from);
  if (range.to !== undefined) q = q.where('p.paid_at', '<', range.to);
  const rows = await q.groupBy(['p.campaign_id', 'c.name', 'p.currency']).orderBy('p.campaign_id').orderBy('p.currency').execute();
  const items = new Map<string, { campaign_id: string | null; campaign_name: string | null; payments: number; amounts: { currency: string; amount_cents: number }[] }>();
  for (const r of rows) {
    const key = r.campaign_id ?? '';
    const item = items.get(key) ?? { campaign_id: r.campaign_id, campaign_name: r.campaign_name ?? null, payments: 0, amounts: [] };
    item.payments += Number(r.payments);
    item.amounts.push({ currency: r.currency, amount_cents: Number(r.amount_cents) });
    items.set(key, item);
  }
  return { items: [...items.values()] };
}
