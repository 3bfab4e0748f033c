// Handlers of stored Twilio webhooks (status callbacks, inbound SMS): facts recorded here, status changes enqueued as their own jobs.
import { twilioInboundMessageSchema, twilioStatusCallbackSchema } from '../../../connectors/twilio/index.js';
import { normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Actor } from '../../../core/audit.js';
import type { EventHandler, EventOutcome, StoredEvent } from '../../../core/inbox/process.js';
import type { JobContext } from '../../../core/jobs/types.js';
import type { MessageRow } from '../tables.js';
import { findBusinessBy, workspaceCountry } from '../businesses/queries.js';
import { markRecipient, touchRecipient } from '../campaigns/flow.js';
import { change, consentJob, enqueue, statusJob, webhookActor } from '../flow.js';
import { inboundIntent } from '../rules.js';
import { note, type Note } from '../../../core/notes.js';

/** A callback for a message we have not recorded yet is retried for this long (the send's follow-up may lag behind). */
const UNKNOWN_MESSAGE_GRACE_MS = 10 * 60_000;

/** Outbound message statuses by how far along they are; a callback never moves a message back. */
const MESSAGE_RANK: Record<string, number> = { accepted: 0, scheduled: 0, queued: 0, sending: 1, sent: 2, delivered: 3, read: 4, undelivered: 5, failed: 5, canceled: 5 };

/**
 * When to look again for a message not recorded yet: soon at first, then at least twice as long as already waited,
 * and the last time just after the grace period. That takes at most 7 attempts (0, 5 s, 15 s, 45 s, 135 s, 405 s,
 * then past 600 s), fewer than the inbox job's 8 however its backoff jitters, so the final answer is always "ignored",
 * never a dead job.
 */
export function unknownMessageRetryMs(waitedMs: number): number {
  return Math.min(UNKNOWN_MESSAGE_GRACE_MS - waitedMs + 1_000, Math.max(5_000, 2 * waitedMs));
}

const form = (event: StoredEvent) => Object.fromEntries(new URLSearchParams(event.raw_body));



/** POST /webhooks/twilio/status: delivered confirms sms_sent; failed or undelivered makes bounced, with the error code. */
export const twilioStatusHandler: EventHandler = async (event, jc) => {
  const parsed = twilioStatusCallbackSchema.safeParse(form(event));
  if (!parsed.success) return { status: 'skipped', outcome: `unreadable status callback: ${parsed.error.issues[0]?.path.join('.')}` };
  const cb = parsed.data;
  const message = await jc.db.selectFrom('crm_messages').selectAll().where('workspace_id', '=', jc.workspaceId).where('provider_ref', '=', cb.MessageSid).executeTakeFirst();
  if (!message) {
    const waited = jc.app.clock.now() - event.received_at;
    if (waited < UNKNOWN_MESSAGE_GRACE_MS) {
      throw new AppError('conflict', `message ${cb.MessageSid} is not recorded yet; trying again`, {
        retryable: true,
        retryAfterMs: unknownMessageRetryMs(waited),
      });
    }
    // A stray or forged callback (signed, but for a message we never sent): nothing to do, and nothing for a person
    // to look at, so it is recorded as ignored rather than left to die among the jobs that need attention.
    return { status: 'skipped', outcome: `ignored: no campaign message with sid ${cb.MessageSid} after ${Math.round(UNKNOWN_MESSAGE_GRACE_MS / 60_000)} minutes` };
  }
  return applyMessageStatus(jc, message, cb.MessageStatus, cb.ErrorCode ?? null, { actor: webhookActor(event), eventId: event.id, via: 'callback' });
};

/** Whether Twilio's answer for an outbound message is further along than what we recorded. */
export const isFurther = (status: string, recorded: string) => (MESSAGE_RANK[status] ?? 0) > (MESSAGE_RANK[recorded] ?? 0);

/**
 * A message's status as Twilio reports it, from a status callback or from reconciliation asking Twilio: the
 * message moves forward only, delivered confirms sms_sent, failed or undelivered makes bounced, with the error code.
 */
export async function applyMessageStatus(
  jc: JobContext,
  message: MessageRow,
  status: string,
  errorCode: string | null,
  origin: { actor: Actor; eventId: string | null; via: 'callback' | 'reconciliation' },
): Promise<EventOutcome> {
  const now = jc.app.clock.now();
  const forward = isFurther(status, message.status);
  if (forward) {
    await jc.db
      .updateTable('crm_messages')
      .set({ status, error_code: errorCode ?? message.error_code, updated_at: now })
      .where('id', '=', message.id)
      .execute();
  }
  const b = await findBusinessBy(jc.db, jc.workspaceId, 'id', message.business_id);
  if (!b) return { status: 'skipped', outcome: `business ${message.business_id} no longer exists` };
  const recipient = { workspaceId: jc.workspaceId, campaignId: message.campaign_id, businessId: b.id };
  const proposed = (to: string, detail: string, said: Note) =>
    statusJob({ workspaceId: jc.workspaceId, businessId: b.id, field: 'contact_status', to, cause: 'callback', detail, note: said, actor: origin.actor, eventId: origin.eventId, campaignId: message.campaign_id });
  const healed = origin.via === 'reconciliation' ? ' (asked Twilio: the callback never came)' : '';
  if (status === 'delivered') {
    await markRecipient(jc.db, now, recipient, ['delivered_at']);
    await enqueue(jc, [proposed('sms_sent', `Twilio delivered${healed}`, note(healed ? 'crm_change.sms_delivered_healed' : 'crm_change.sms_delivered'))]);
    return { status: 'processed', outcome: `delivered: confirms sms_sent for ${b.id}` };
  }
  if (status === 'failed' || status === 'undelivered') {
    await markRecipient(jc.db, now, recipient, ['bounced_at'], errorCode);
    await enqueue(jc, [proposed('bounced', `Twilio ${status}${errorCode ? ` (error ${errorCode})` : ''}${healed}`, note(healed ? 'crm_change.sms_failed_healed' : 'crm_change.sms_failed', { error_code: errorCode ?? '' }))]);
    return { status: 'processed', outcome: `${status}${errorCode ? ` (error ${errorCode})` : ''}: bounced for ${b.id}` };
  }
  return { status: 'processed', outcome: forward ? `message ${status}` : `message already ${message.status}; ${status} is older news` };
}


/** POST /webhooks/twilio/inbound: a reply makes replied and is stored; opt-out and opt-in keywords change consent. */
export const twilioInboundHandler: EventHandler = async (event, jc) => {
  const parsed = twilioInboundMessageSchema.safeParse(form(event));
  if (!parsed.success) return { status: 'skipped', outcome: `unreadable inbound message: ${parsed.error.issues[0]?.path.join('.')}` };
  const m = parsed.data;
  const phone = normalizePhone(m.From, toCountryCode(await workspaceCountry(jc.db, jc.workspaceId)));
  const b = phone ? await findBusinessBy(jc.db, jc.workspaceId, 'phone', phone) : undefined;
  if (!b) return { status: 'skipped', outcome: 'no business has this phone number' };
  const now = jc.app.clock.now();
  const stored = await jc.db
    .insertInto('crm_messages')
    .values({ id: newId('msg', now), workspace_id: jc.workspaceId, business_id: b.id, direction: 'in', channel: 'sms', campaign_id: b.last_campaign_id, delivery_id: null, provider_ref: m.MessageSid, subject: null, body: m.Body.slice(0, 1600), status: 'received', error_code: null, created_at: event.received_at, updated_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'provider_ref']).where('provider_ref', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!stored) return { status: 'skipped', outcome: `message ${m.MessageSid} was already recorded` };

  const intent = inboundIntent(m.Body, m.OptOutType);
  const consent = (status: 'opted_in' | 'opted_out', source: string) => consentJob({ workspaceId: jc.workspaceId, businessId: b.id, channel: 'sms', status, source });
  switch (intent) {
    case 'opt_out':
      await touchRecipient(jc, b, 'unsubscribed_at');
      await enqueue(jc, [
        consent('opted_out', 'twilio.stop'),
        change(jc, event, b, { field: 'contact_status', to: 'unsubscribed', cause: 'opt_out', detail: `SMS opt-out (${m.OptOutType ?? m.Body.trim().toUpperCase()})`, note: note('crm_change.sms_opt_out', { keyword: (m.OptOutType ?? m.Body.trim().toUpperCase()).slice(0, 20) }), campaignId: b.last_campaign_id }),
      ]);
      return { status: 'processed', outcome: `opt-out: ${b.id} unsubscribed from SMS` };
    case 'opt_in':
      // Consent is given back; the status stays as it is until a person decides (unsubscribed is final for automation).
      await enqueue(jc, [consent('opted_in', 'twilio.start')]);
      return { status: 'processed', outcome: `opt-in: ${b.id} may receive SMS again; status left for a person` };
    case 'help':
      return { status: 'processed', outcome: 'HELP keyword: stored; Twilio answers it' };
    case 'reply':
      await touchRecipient(jc, b, 'replied_at');
      await enqueue(jc, [change(jc, event, b, { field: 'contact_status', to: 'replied', cause: 'reply', detail: 'SMS reply received', note: note('crm_change.sms_reply'), campaignId: b.last_campaign_id })]);
      return { status: 'processed', outcome: `reply stored: ${b.id} replied` };
  }
};
