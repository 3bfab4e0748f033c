// The funnel of a cohort of businesses (created in a date range) and revenue per campaign from Recurrente payments.
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './contract/statuses.js';

export interface Range {
  from?: number | undefined;
  to?: number | undefined;
}

// Cumulative: a business counts at every stage up to the furthest one it reached, so the funnel never widens (a
// business that bought without replying first still passed "contacted" and "replied" in the funnel's sense).
const PURCHASED = sql`purchased_at is not null`;
const REPLIED = sql`(replied_at is not null or ${PURCHASED})`;
const ENGAGED = sql`(opened_at is not null or clicked_at is not null or ${REPLIED})`;
const CONTACTED = sql`(contacted_at is not null or ${ENGAGED})`;
const STAGES = [
  { key: 'created', reached: sql`1 = 1` },
  { key: 'contacted', reached: CONTACTED },
  { key: 'engaged', reached: ENGAGED },
  { key: 'replied', reached: REPLIED },
  { key: 'purchased', reached: PURCHASED },
] as const;

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Counts of the businesses created in the range that reached each stage (milestones are kept even when a later
 * status overtook the one that marked them), with the conversion from the previous stage and from the first.
 */
export async function funnel(db: Executor, workspaceId: string, range: Range) {
  let cohort = db.selectFrom('crm_businesses').where('workspace_id', '=', workspaceId);
  if (range.from !== undefined) cohort = cohort.where('created_at', '>=', range.from);
  if (range.to !== undefined) cohort = cohort.where('created_at', '<', range.to);
  // One scan of the cohort, grouped by the three statuses (at most 270 groups): the stage sums per group are added
  // up here, and the groups are the status counts.
  const groups = await cohort
    .select(['contact_status', 'website_status', 'subscription_status', sql<number>`count(*)`.as('n'), ...STAGES.slice(1).map((s) => sql<number>`sum(case when ${s.reached} then 1 else 0 end)`.as(s.key))])
    .groupBy(['contact_status', 'website_status', 'subscription_status'])
    .execute();
  const totals = new Map<string, number>();
  const bump = (key: string, n: unknown) => totals.set(key, (totals.get(key) ?? 0) + Number(n ?? 0));
  for (const g of groups as Record<string, unknown>[]) {
    bump('created', g['n']);
    for (const st of STAGES.slice(1)) bump(st.key, g[st.key]);
    for (const column of ['contact_status', 'website_status', 'subscription_status']) bump(`${column}:${String(g[column])}`, g['n']);
  }
  const count = (key: string) => totals.get(key) ?? 0;
  const counts = STAGES.map((s) => count(s.key));
  const first = counts[0] ?? 0;
  const stages = STAGES.map((s, i) => ({
    key: s.key,
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
