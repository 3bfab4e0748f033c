// The all-time funnel without reading every business: how many businesses there are per status triple and per
// furthest funnel stage, kept by triggers on crm_businesses (see counted-rows.ts).
import type { CountedRows } from './counted-rows.js';

/**
 * How far down the funnel a business got, 0 (created) to 4 (purchased): the furthest milestone it has. The funnel is
 * cumulative, so a business counts at every stage up to this one (queries.ts).
 */
export const FUNNEL_DEPTH =
  'case when r.purchased_at is not null then 4 when r.replied_at is not null then 3 ' +
  'when r.opened_at is not null or r.clicked_at is not null then 2 when r.contacted_at is not null then 1 else 0 end';

export const funnelCounts: CountedRows = {
  name: 'crm_funnel',
  table: 'crm_businesses',
  counts: 'crm_funnel_counts',
  keyColumns: ['workspace_id', 'contact_status', 'website_status', 'subscription_status', 'depth'],
  watched: ['workspace_id', 'contact_status', 'website_status', 'subscription_status', 'contacted_at', 'opened_at', 'clicked_at', 'replied_at', 'purchased_at'],
  contributions: [{ key: ['r.workspace_id', 'r.contact_status', 'r.website_status', 'r.subscription_status', FUNNEL_DEPTH], when: '1 = 1' }],
};
