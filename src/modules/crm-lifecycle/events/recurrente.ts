// The handler of stored Recurrente (Svix) webhooks: a paid site makes sold + purchased; subscription events set subscription_status.
import { recurrenteResourceSchema, type RecurrenteResource } from '../../../connectors/recurrente/index.js';
import { normalizeEmail } from '../../../core/contacts/phone.js';
import { newId } from '../../../core/ids.js';
import { UNKNOWN_CURRENCY } from '../../../core/provider-values.js';
import type { EventHandler, EventOutcome } from '../../../core/inbox/process.js';
import type { JobSpec } from '../../../core/jobs/enqueue.js';
import type { JobContext } from '../../../core/jobs/types.js';
import { findBusinessBy } from '../businesses/queries.js';
import { touchRecipient } from '../campaigns/flow.js';
import { change, enqueue } from '../flow.js';
import type { BusinessRow } from '../tables.js';
import { note } from '../../../core/notes.js';

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
  // The spelling older integrations (and the seed) use for the same cancellation.
  'subscription.cancelled': { to: 'cancelled' },
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
    // The payment's own id, not the event's: payment_intent.succeeded and intent.succeeded announce one payment under
    // two event ids (and the intent's id may differ from the checkout's payment id), so one payment is one row.
    const paymentRef = r.checkout?.payment?.id ?? r.payment_id ?? r.id ?? event.provider_event_id;
    // Checked at the edge: an unreadable currency arrives as XXX, and the raw event keeps what was sent.
    const currency = r.currency ?? 'GTQ';
    const recorded = await jc.db
      .insertInto('crm_payments')
      .values({ id: newId('pay', now), workspace_id: jc.workspaceId, business_id: b.id, campaign_id: b.last_campaign_id, payment_ref: paymentRef, amount_cents: amount, currency, event_type: event.type, event_id: event.id, paid_at: eventAt })
      .onConflict((oc) => oc.columns(['workspace_id', 'payment_ref']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // payment_intent.succeeded and intent.succeeded both announce one payment: the second changes nothing.
    if (!recorded) return { status: 'skipped', outcome: `payment ${paymentRef} was already recorded` };
    await touchRecipient(jc, b, 'purchased_at');
    notes.push(`payment ${amount} ${currency}${currency === UNKNOWN_CURRENCY ? ' (currency not an ISO 4217 code; see the raw event)' : ''}`);
    jobs.push(
      change(jc, event, b, { field: 'website_status', to: 'sold', cause: 'payment', detail: `${event.type}`, note: note('crm_change.paid'), campaignId: b.last_campaign_id }),
      change(jc, event, b, { field: 'contact_status', to: 'purchased', cause: 'payment', detail: `${event.type}`, note: note('crm_change.paid'), campaignId: b.last_campaign_id }),
    );
    if (paidSubscription) jobs.push(change(jc, event, b, { field: 'subscription_status', to: 'active', cause: 'subscription', detail: 'subscription charge paid', note: note('crm_change.subscription_charge_paid'), eventAt }));
  } else if (subscriptionEvent) {
    jobs.push(change(jc, event, b, { field: 'subscription_status', to: subscriptionEvent.to, cause: 'subscription', detail: event.type, note: note('crm_change.subscription_changed', { to: subscriptionEvent.to }), eventAt, ...(subscriptionEvent.reactivation ? { reactivation: true } : {}) }));
    if (subscriptionEvent.to === 'cancelled') jobs.push(change(jc, event, b, { field: 'website_status', to: 'archived', cause: 'subscription', detail: event.type, note: note('crm_change.subscription_cancelled') }));
    notes.push(`subscription → ${subscriptionEvent.to}`);
  }
  await enqueue(jc, jobs);
  return { status: 'processed', outcome: notes.join('; ') };
};
