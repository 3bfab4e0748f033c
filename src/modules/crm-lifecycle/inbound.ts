// Handlers of stored Twilio and Recurrente webhooks: facts are recorded here, status changes are enqueued as their own jobs.
import { z } from 'zod';
import { twilioInboundMessageSchema, twilioStatusCallbackSchema } from '../../connectors/twilio/index.js';
import { normalizeEmail, normalizePhone, toCountryCode } from '../../core/contacts/phone.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { EventHandler, EventOutcome, StoredEvent } from '../../core/inbox/process.js';
import { enqueueJobs, type JobSpec } from '../../core/jobs/enqueue.js';
import type { JobContext } from '../../core/jobs/types.js';
import { findBusinessBy, workspaceCountry } from './businesses.js';
import { inboundIntent } from './rules.js';
import { consentJob } from './sent.js';
import { statusJob, type StatusChange } from './status.js';
import type { BusinessRow } from './tables.js';

/** A callback for a message we have not recorded yet is retried for this long (the send's follow-up may lag behind). */
const UNKNOWN_MESSAGE_GRACE_MS = 10 * 60_000;

/** Outbound message statuses by how far along they are; a callback never moves a message back. */
const MESSAGE_RANK: Record<string, number> = { accepted: 0, scheduled: 0, queued: 0, sending: 1, sent: 2, delivered: 3, read: 4, undelivered: 5, failed: 5, canceled: 5 };

const form = (event: StoredEvent) => Object.fromEntries(new URLSearchParams(event.raw_body));
const webhookActor = (event: StoredEvent) => ({ type: 'webhook' as const, id: event.id });

async function enqueue(jc: JobContext, jobs: JobSpec[]): Promise<void> {
  if (jobs.length > 0) await enqueueJobs({ db: jc.db, dialect: jc.app.dialect, clock: jc.app.clock }, jc.workspaceId, jobs);
}

const change = (jc: JobContext, event: StoredEvent, b: BusinessRow, c: Omit<StatusChange, 'workspaceId' | 'businessId' | 'actor' | 'eventId'>) =>
  statusJob({ workspaceId: jc.workspaceId, businessId: b.id, actor: webhookActor(event), eventId: event.id, ...c });

/** POST /webhooks/twilio/status: delivered confirms sms_sent; failed or undelivered makes bounced, with the error code. */
export const twilioStatusHandler: EventHandler = async (event, jc) => {
  const parsed = twilioStatusCallbackSchema.safeParse(form(event));
  if (!parsed.success) return { status: 'skipped', outcome: `unreadable status callback: ${parsed.error.issues[0]?.path.join('.')}` };
  const cb = parsed.data;
  const message = await jc.db.selectFrom('crm_messages').selectAll().where('workspace_id', '=', jc.workspaceId).where('provider_ref', '=', cb.MessageSid).executeTakeFirst();
  if (!message) {
    if (jc.app.clock.now() - event.received_at < UNKNOWN_MESSAGE_GRACE_MS) {
      throw new AppError('conflict', `message ${cb.MessageSid} is not recorded yet; trying again`, { retryable: true });
    }
    return { status: 'skipped', outcome: `no campaign message with sid ${cb.MessageSid}` };
  }
  const status = cb.MessageStatus;
  const now = jc.app.clock.now();
  const forward = (MESSAGE_RANK[status] ?? 0) > (MESSAGE_RANK[message.status] ?? 0);
  if (forward) {
    await jc.db
      .updateTable('crm_messages')
      .set({ status, error_code: cb.ErrorCode ?? message.error_code, updated_at: now })
      .where('id', '=', message.id)
      .execute();
  }
  const b = await findBusinessBy(jc.db, jc.workspaceId, 'id', message.business_id);
  if (!b) return { status: 'skipped', outcome: `business ${message.business_id} no longer exists` };
  const recipient = (set: Record<string, unknown>, column: 'delivered_at' | 'bounced_at') =>
    message.campaign_id
      ? jc.db
          .updateTable('crm_recipients')
          .set(set)
          .where('workspace_id', '=', jc.workspaceId)
          .where('campaign_id', '=', message.campaign_id)
          .where('business_id', '=', b.id)
          .where(column, 'is', null)
          .execute()
      : Promise.resolve();
  if (status === 'delivered') {
    await recipient({ delivered_at: now, updated_at: now }, 'delivered_at');
    await enqueue(jc, [change(jc, event, b, { field: 'contact_status', to: 'sms_sent', cause: 'callback', detail: 'Twilio delivered', campaignId: message.campaign_id })]);
    return { status: 'processed', outcome: `delivered: confirms sms_sent for ${b.id}` };
  }
  if (status === 'failed' || status === 'undelivered') {
    const code = cb.ErrorCode ?? null;
    await recipient({ bounced_at: now, error: code, updated_at: now }, 'bounced_at');
    await enqueue(jc, [change(jc, event, b, { field: 'contact_status', to: 'bounced', cause: 'callback', detail: `Twilio ${status}${code ? ` (error ${code})` : ''}`, campaignId: message.campaign_id })]);
    return { status: 'processed', outcome: `${status}${code ? ` (error ${code})` : ''}: bounced for ${b.id}` };
  }
  return { status: 'processed', outcome: forward ? `message ${status}` : `message already ${message.status}; ${status} is older news` };
};

/** The campaign that last reached a business, if its recipient row exists: replies, opt-outs and payments count for it. */
async function touchRecipient(jc: JobContext, b: BusinessRow, column: 'replied_at' | 'unsubscribed_at' | 'purchased_at'): Promise<void> {
  if (!b.last_campaign_id) return;
  const now = jc.app.clock.now();
  await jc.db
    .updateTable('crm_recipients')
    .set({ [column]: now, updated_at: now })
    .where('workspace_id', '=', jc.workspaceId)
    .where('campaign_id', '=', b.last_campaign_id)
    .where('business_id', '=', b.id)
    .where(column, 'is', null)
    .execute();
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
        change(jc, event, b, { field: 'contact_status', to: 'unsubscribed', cause: 'opt_out', detail: `SMS opt-out (${m.OptOutType ?? m.Body.trim().toUpperCase()})`, campaignId: b.last_campaign_id }),
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
      await enqueue(jc, [change(jc, event, b, { field: 'contact_status', to: 'replied', cause: 'reply', detail: 'SMS reply received', campaignId: b.last_campaign_id })]);
      return { status: 'processed', outcome: `reply stored: ${b.id} replied` };
  }
};

const metadataSchema = z.looseObject({ business_id: z.string().optional() }).nullish();
const recurrenteResourceSchema = z.looseObject({
  id: z.string().optional(),
  created_at: z.string().optional(),
  amount_in_cents: z.number().int().optional(),
  amount: z.number().optional(),
  currency: z.string().optional(),
  status: z.string().optional(),
  customer_email: z.string().optional(),
  customer: z.looseObject({ id: z.string().optional(), email: z.string().optional() }).nullish(),
  checkout: z
    .looseObject({
      id: z.string().optional(),
      metadata: metadataSchema,
      payment: z.looseObject({ paymentable: z.looseObject({ type: z.string().optional(), id: z.string().optional() }).nullish() }).nullish(),
    })
    .nullish(),
  metadata: metadataSchema,
  subscription_id: z.string().optional(),
});
type RecurrenteResource = z.infer<typeof recurrenteResourceSchema>;

const PAYMENT_SUCCEEDED = /^(payment_intent|intent|bank_transfer_intent|crypto_intent|balance_intent|cash_intent)\.succeeded$/;
/** Recurrente's verb-style subscription events and the status each leaves (`paused` is the plugin's spelling of `pause`). */
const SUBSCRIPTION_EVENTS: Record<string, { to: 'active' | 'past_due' | 'paused' | 'cancelled'; reactivation?: boolean }> = {
  'subscription.create': { to: 'active', reactivation: true },
  'subscription.update': { to: 'active' },
  'subscription.unpause': { to: 'active' },
  'subscription.reactivate': { to: 'active', reactivation: true },
  'subscription.past_due': { to: 'past_due' },
  'subscription.pause': { to: 'paused' },
  'subscription.paused': { to: 'paused' },
  'subscription.cancel': { to: 'cancelled' },
};

/** The business a Recurrente event is about: checkout metadata business_id, the subscription, the customer, the email. */
async function businessOfPayment(jc: JobContext, r: RecurrenteResource, subscriptionId: string | undefined): Promise<{ b: BusinessRow; by: string } | undefined> {
  const ws = jc.workspaceId;
  const metaId = r.checkout?.metadata?.business_id ?? r.metadata?.business_id;
  const tries: [string, () => Promise<BusinessRow | undefined>][] = [
    ['checkout metadata', async () => (metaId ? findBusinessBy(jc.db, ws, 'id', metaId) : undefined)],
    ['subscription', async () => (subscriptionId ? findBusinessBy(jc.db, ws, 'subscription_id', subscriptionId) : undefined)],
    ['customer', async () => (r.customer?.id ? findBusinessBy(jc.db, ws, 'customer_ref', r.customer.id) : undefined)],
    ['email', async () => {
      const email = normalizeEmail(r.customer?.email ?? r.customer_email ?? '');
      return email ? findBusinessBy(jc.db, ws, 'email', email) : undefined;
    }],
  ];
  for (const [by, find] of tries) {
    const b = await find();
    if (b) return { b, by };
  }
  return undefined;
}

/** POST /webhooks/recurrente: a paid site makes sold + purchased; subscription events set subscription_status. */
export const recurrenteHandler: EventHandler = async (event, jc): Promise<EventOutcome> => {
  const body = JSON.parse(event.raw_body) as Record<string, unknown>;
  const resourceRaw = body['data'] !== null && typeof body['data'] === 'object' ? body['data'] : body;
  const parsed = recurrenteResourceSchema.safeParse(resourceRaw);
  if (!parsed.success) return { status: 'skipped', outcome: `unreadable ${event.type}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` };
  const r = parsed.data;
  const createdAt = r.created_at ?? (typeof body['created_at'] === 'string' ? body['created_at'] : undefined);
  const eventAt = createdAt && Number.isFinite(Date.parse(createdAt)) ? Date.parse(createdAt) : event.received_at;
  const payment = PAYMENT_SUCCEEDED.test(event.type);
  const subscriptionEvent = SUBSCRIPTION_EVENTS[event.type];
  if (!payment && !subscriptionEvent) return { status: 'skipped', outcome: `${event.type}: not a lifecycle event` };

  const paidSubscription = r.checkout?.payment?.paymentable?.type === 'Subscription' ? r.checkout.payment.paymentable.id : undefined;
  const subscriptionId = subscriptionEvent ? r.id : (r.subscription_id ?? paidSubscription);
  const found = await businessOfPayment(jc, r, subscriptionId);
  if (!found) return { status: 'skipped', outcome: 'no business matches this customer (checkout metadata business_id, subscription, customer id or email)' };
  const { b, by } = found;
  const now = jc.app.clock.now();
  // Remember the customer and subscription, so later events without metadata find the business too.
  const learn: Partial<BusinessRow> = {};
  if (r.customer?.id && !b.customer_ref) learn.customer_ref = r.customer.id;
  if (subscriptionId && b.subscription_id !== subscriptionId) learn.subscription_id = subscriptionId;
  if (Object.keys(learn).length > 0) await jc.db.updateTable('crm_businesses').set({ ...learn, updated_at: now }).where('id', '=', b.id).execute();

  const jobs: JobSpec[] = [];
  const notes: string[] = [`matched ${b.id} by ${by}`];
  if (payment) {
    const amount = r.amount_in_cents ?? (r.amount !== undefined ? Math.round(r.amount * 100) : 0);
    const recorded = await jc.db
      .insertInto('crm_payments')
      .values({ id: newId('pay', now), workspace_id: jc.workspaceId, business_id: b.id, campaign_id: b.last_campaign_id, payment_ref: r.id ?? event.provider_event_id, amount_cents: amount, currency: (r.currency ?? 'GTQ').toUpperCase(), event_type: event.type, event_id: event.id, paid_at: eventAt })
      .onConflict((oc) => oc.columns(['workspace_id', 'payment_ref']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // payment_intent.succeeded and intent.succeeded both announce one payment: the second changes nothing.
    if (!recorded) return { status: 'skipped', outcome: `payment ${r.id} was already recorded` };
    await touchRecipient(jc, b, 'purchased_at');
    notes.push(`payment ${amount} ${r.currency ?? ''}`.trim());
    jobs.push(
      change(jc, event, b, { field: 'website_status', to: 'sold', cause: 'payment', detail: `${event.type}`, campaignId: b.last_campaign_id }),
      change(jc, event, b, { field: 'contact_status', to: 'purchased', cause: 'payment', detail: `${event.type}`, campaignId: b.last_campaign_id }),
    );
    if (paidSubscription) jobs.push(change(jc, event, b, { field: 'subscription_status', to: 'active', cause: 'subscription', detail: 'subscription charge paid', eventAt }));
  } else if (subscriptionEvent) {
    jobs.push(change(jc, event, b, { field: 'subscription_status', to: subscriptionEvent.to, cause: 'subscription', detail: event.type, eventAt, ...(subscriptionEvent.reactivation ? { reactivation: true } : {}) }));
    if (subscriptionEvent.to === 'cancelled') jobs.push(change(jc, event, b, { field: 'website_status', to: 'archived', cause: 'subscription', detail: event.type }));
    notes.push(`subscription → ${subscriptionEvent.to}`);
  }
  await enqueue(jc, jobs);
  return { status: 'processed', outcome: notes.join('; ') };
};
