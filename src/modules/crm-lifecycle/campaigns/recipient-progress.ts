// How far each recipient of a campaign got (its furthest status) and the campaign's counts, kept by the database:
// the status is a generated column over the recipient's facts, the counts a table kept by triggers (counted-rows.ts).
import type { CountedRows } from '../counted-rows.js';

/**
 * The furthest status from the facts, the later step first. Facts are only ever set (markRecipient fills empty ones),
 * so the status never moves backwards. A bounce ranks above delivered (it is the last word on the message) and an
 * unsubscribe above everything: it is what the campaign ended as for that business.
 */
export const FURTHEST_STATUS =
  "case when unsubscribed_at is not null then 'unsubscribed' when replied_at is not null then 'replied' " +
  "when clicked_at is not null then 'clicked' when opened_at is not null then 'opened' when bounced_at is not null then 'bounced' " +
  "when delivered_at is not null then 'delivered' when sent_at is not null then 'sent' when status = 'skipped' then 'skipped' else 'queued' end";

const FACTS = ['sent', 'delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'] as const;

/** Every count of a campaign's recipients the figures need; `furthest_<status>` counts each furthest status. */
export const campaignCounts: CountedRows = {
  name: 'crm_campaign',
  table: 'crm_recipients',
  counts: 'crm_campaign_counts',
  keyColumns: ['workspace_id', 'campaign_id', 'figure'],
  watched: ['workspace_id', 'campaign_id', 'status', ...FACTS.map((f) => `${f}_at`)],
  contributions: [
    { key: ['r.workspace_id', 'r.campaign_id', "'audience'"], when: '1 = 1' },
    { key: ['r.workspace_id', 'r.campaign_id', "'skipped'"], when: "r.status = 'skipped'" },
    ...FACTS.map((f) => ({ key: ['r.workspace_id', 'r.campaign_id', `'${f}'`], when: `r.${f}_at is not null` })),
    // An email is "delivered" when the mail server accepted it and it did not bounce (SMTP says nothing later).
    { key: ['r.workspace_id', 'r.campaign_id', "'accepted'"], when: 'r.delivered_at is not null or (r.sent_at is not null and r.bounced_at is null)' },
    { key: ['r.workspace_id', 'r.campaign_id', "'furthest_' || r.furthest_status"], when: '1 = 1' },
  ],
};
