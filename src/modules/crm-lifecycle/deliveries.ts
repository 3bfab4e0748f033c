// The CRM's side of the deliveries it owns: what they carry, the campaign gate, what a send or an opt-out means for the
// business, and a bounce.
import { z } from 'zod';
import { TWILIO_OPTED_OUT } from '../../connectors/twilio/index.js';
import type { DeliveryGate, DeliveryHooks } from '../../core/deliveries/send-job.js';
import { ProviderError } from '../../core/http/index.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import { HELD_BY_PAUSE } from './campaigns/queries.js';
import { consentJob, sentJob, statusJob } from './flow.js';
import { note } from '../../core/notes.js';

/** What the dispatch puts in a delivery: everything the sender needs, rendered. */
export const smsPayloadSchema = z.object({
  business_id: z.string(),
  campaign_id: z.string(),
  to: z.string(),
  body: z.string(),
  status_callback: z.string(),
});
export const emailPayloadSchema = z.object({
  business_id: z.string(),
  campaign_id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()),
});

/**
 * Checked when each campaign delivery is about to go (after the core's per-channel consent check): a paused
 * campaign holds it back, and a business that unsubscribed on any channel, or already bought, gets nothing.
 */
export const campaignGate: DeliveryGate = async (delivery, ctx) => {
  if (delivery.subject_type !== 'crm_business' || !delivery.subject_id) return undefined;
  const payload = JSON.parse(delivery.payload) as { campaign_id?: string };
  if (payload.campaign_id) {
    const c = await ctx.db.selectFrom('crm_campaigns').select('status').where('workspace_id', '=', delivery.workspace_id).where('id', '=', payload.campaign_id).executeTakeFirst();
    if (!c) return 'campaign deleted';
    if (c.status === 'paused') return HELD_BY_PAUSE;
  }
  const b = await ctx.db.selectFrom('crm_businesses').select('contact_status').where('workspace_id', '=', delivery.workspace_id).where('id', '=', delivery.subject_id).executeTakeFirst();
  if (!b) return 'business deleted';
  if (b.contact_status === 'unsubscribed') return 'business unsubscribed';
  if (b.contact_status === 'purchased') return 'business already purchased';
  return undefined;
};

/** The CRM's own fields in a campaign delivery's payload (the connector ignores them). */
const owned = z.object({ business_id: z.string(), campaign_id: z.string() });

export const crmDeliveryHooks: DeliveryHooks = {
  gates: [campaignGate],

  afterSend(delivery, result) {
    const p = owned.parse(JSON.parse(delivery.payload));
    if (result.status !== 'cancelled') {
      // The provider's reference keys the message for its later status callbacks.
      return result.providerRef ? [sentJob({ deliveryId: delivery.id, businessId: p.business_id, providerRef: result.providerRef })] : [];
    }
    if (result.refusal !== TWILIO_OPTED_OUT) return [];
    // 21610: the number replied STOP to this sender at some point; Twilio will refuse until START.
    return [
      consentJob({ workspaceId: delivery.workspace_id, businessId: p.business_id, channel: 'sms', status: 'opted_out', source: 'twilio.21610' }),
      statusJob({
        workspaceId: delivery.workspace_id,
        businessId: p.business_id,
        field: 'contact_status',
        to: 'unsubscribed',
        cause: 'opt_out',
        detail: 'Twilio error 21610 on send',
        note: note('crm_change.sms_opted_out_on_send'),
        actor: { type: 'webhook', id: 'twilio' },
        campaignId: p.campaign_id,
        // The number opted out: this campaign counts it as its unsubscribe.
        recipientFact: 'unsubscribed_at',
      }),
    ];
  },

  async afterFailure(delivery, failure, jc) {
    // A permanent refusal of an email (550 no such mailbox) is a bounce: the business is marked, the delivery is dead.
    if (delivery.provider !== 'smtp' || !(failure.error instanceof ProviderError) || failure.error.kind !== 'rejected') return;
    const p = owned.parse(JSON.parse(delivery.payload));
    const { dialect, clock, jobSignal } = jc.app;
    await enqueueJob({ db: jc.db, dialect, clock, jobSignal }, delivery.workspace_id, 'crm.bounce', {
      businessId: p.business_id,
      campaignId: p.campaign_id,
      detail: `SMTP refused: ${(failure.error.responseBody ?? failure.error.message).slice(0, 120)}`,
      note: note('crm_change.email_refused'),
    }, { serialKey: `crm-business:${p.business_id}` });
  },
};
