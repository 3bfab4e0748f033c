// Facts about one business in one campaign (delivered, bounced, opened…), each set once, and consent recorded for a business.
import type { Actor } from '../../core/audit.js';
import type { Clock } from '../../core/clock.js';
import { recordConsent, type ConsentStatus } from '../../core/contacts/consent.js';
import type { Executor } from '../../db/database.js';

export type RecipientFact = 'delivered_at' | 'bounced_at' | 'opened_at' | 'clicked_at' | 'replied_at' | 'unsubscribed_at' | 'purchased_at';

export interface RecipientKey {
  workspaceId: string;
  campaignId: string | null;
  businessId: string;
}

/**
 * Sets each fact's time on the business's recipient row of the campaign, only where it is still empty: the first
 * open stays the first open. `error` goes with a bounce. Nothing happens without a campaign.
 */
export async function markRecipient(db: Executor, at: number, key: RecipientKey, facts: readonly RecipientFact[], error?: string | null): Promise<void> {
  if (!key.campaignId) return;
  for (const fact of facts) {
    await db
      .updateTable('crm_recipients')
      .set({ [fact]: at, updated_at: at, ...(error !== undefined ? { error } : {}) })
      .where('workspace_id', '=', key.workspaceId)
      .where('campaign_id', '=', key.campaignId)
      .where('business_id', '=', key.businessId)
      .where(fact, 'is', null)
      .execute();
  }
}

/** Records the consent of the business's contact for a channel (an SMS STOP, an email unsubscribe, Twilio 21610). */
export async function recordBusinessConsent(
  db: Executor,
  clock: Clock,
  input: { workspaceId: string; businessId: string; channel: 'sms' | 'email'; status: ConsentStatus; source: string; actor: Actor },
): Promise<void> {
  const b = await db.selectFrom('crm_businesses').select('contact_id').where('workspace_id', '=', input.workspaceId).where('id', '=', input.businessId).executeTakeFirst();
  if (!b?.contact_id) return;
  await recordConsent(db, clock, { workspaceId: input.workspaceId, contactId: b.contact_id, channel: input.channel, status: input.status, source: input.source, actor: input.actor });
}
