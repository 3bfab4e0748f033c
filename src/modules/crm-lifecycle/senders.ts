// The delivery senders of campaigns: SMS through Twilio's Messages API, email through SMTP; each success is followed by a crm.sent job.
import { createHttpClient } from '../../connectors/http/index.js';
import { createSmtpSender } from '../../connectors/smtp/index.js';
import { createTwilioClient, isTwilioOptOutError, twilioErrorCode } from '../../connectors/twilio/index.js';
import type { AppContext } from '../../core/context.js';
import type { DeliverySender } from '../../core/deliveries/send-job.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import { emailPayloadSchema, smsPayloadSchema } from './dispatch.js';
import { consentJob, sentJob } from './sent.js';
import { loadCrmSettings, requireSmtp, requireTwilio } from './settings.js';
import { statusJob } from './status.js';

/** 15 s is long for one API call and short for a stuck worker. */
const http = createHttpClient({ timeoutMs: 15_000, userAgent: 'Leadcycle' });

export function twilioSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const p = smsPayloadSchema.parse(JSON.parse(delivery.payload));
    const twilio = requireTwilio(await loadCrmSettings(ctx, jc.db, delivery.workspace_id));
    const client = createTwilioClient({ baseUrl: ctx.config.providers.twilio, accountSid: twilio.accountSid, authToken: twilio.authToken, http });
    const sender = twilio.from !== undefined ? { from: twilio.from, ...(twilio.messagingServiceSid ? { messagingServiceSid: twilio.messagingServiceSid } : {}) } : { messagingServiceSid: twilio.messagingServiceSid as string };
    const result = await client.sendSms({ to: p.to, body: p.body, statusCallback: p.status_callback, ...sender });
    if (!result.ok) {
      // 21610: the number replied STOP to this sender at some point; Twilio will refuse until START. Record it, never retry.
      if (isTwilioOptOutError(result.error)) {
        return {
          status: 'cancelled',
          reason: 'Twilio 21610: the recipient has opted out of SMS from this sender',
          response: { twilio_code: twilioErrorCode(result.error) },
          followUps: [
            consentJob({ workspaceId: delivery.workspace_id, businessId: p.business_id, channel: 'sms', status: 'opted_out', source: 'twilio.21610' }),
            statusJob({ workspaceId: delivery.workspace_id, businessId: p.business_id, field: 'contact_status', to: 'unsubscribed', cause: 'opt_out', detail: 'Twilio error 21610 on send', actor: { type: 'webhook', id: 'twilio' }, campaignId: p.campaign_id }),
          ],
        };
      }
      throw result.error;
    }
    return { response: { sid: result.value.sid, status: result.value.status }, followUps: [sentJob({ deliveryId: delivery.id, businessId: p.business_id, providerRef: result.value.sid })] };
  };
}

export function smtpSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const p = emailPayloadSchema.parse(JSON.parse(delivery.payload));
    const smtp = requireSmtp(await loadCrmSettings(ctx, jc.db, delivery.workspace_id));
    const mailer = createSmtpSender(smtp);
    try {
      const result = await mailer.send({ to: p.to, subject: p.subject, text: p.text, html: p.html, headers: p.headers });
      if (!result.ok) {
        // A permanent refusal (550 no such mailbox) is a bounce: the business is marked, then the delivery is dead.
        if (result.error.kind === 'rejected') {
          await enqueueJob({ db: jc.db, dialect: ctx.dialect, clock: ctx.clock, jobSignal: ctx.jobSignal }, delivery.workspace_id, 'crm.bounce', {
            businessId: p.business_id,
            campaignId: p.campaign_id,
            detail: `SMTP refused: ${(result.error.responseBody ?? result.error.message).slice(0, 120)}`,
          }, { serialKey: `crm-business:${p.business_id}` });
        }
        throw result.error;
      }
      return { response: { message_id: result.value.messageId, response: result.value.response }, followUps: [sentJob({ deliveryId: delivery.id, businessId: p.business_id, providerRef: result.value.messageId })] };
    } finally {
      mailer.close();
    }
  };
}
