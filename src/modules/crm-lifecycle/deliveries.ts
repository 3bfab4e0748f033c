// The CRM's side of the deliveries it owns: the campaign gate, what a send or an opt-out means for the business, and a bounce.
import { z } from 'zod';
import { TWILIO_OPTED_OUT } from '../../connectors/twilio/index.js';
import type { DeliveryHooks } from '../../core/deliveries/send-job.js';
import { ProviderError } from '../../core/http/index.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import { campaignGate } from './campaigns/flow.js';
import { consentJob, sentJob } from './jobs.js';
import { statusJob } from './flow.js';

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
        actor: { type: 'webhook', id: 'twilio' },
        campaignId: p.campaign_id,
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
    }, { serialKey: `crm-business:${p.business_id}` });
  },
};
