// Status changes of a business (the precedence rules applied, one history row per change, milestones kept), the jobs
// that queue them, and the other writes a send, a webhook or a click causes: the message recorded, consent for a business.
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Actor } from '../../core/audit.js';
import { recordAudit } from '../../core/audit.js';
import type { Clock } from '../../core/clock.js';
import { recordConsent, type ConsentStatus } from '../../core/contacts/consent.js';
import { findDelivery } from '../../core/deliveries/deliveries.js';
import { markRecipient } from './campaigns/flow.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { note, type Note } from '../../core/notes.js';
import type { StoredEvent } from '../../core/inbox/process.js';
import { enqueueJobs, jobSpec, type JobSpec } from '../../core/jobs/enqueue.js';
import type { JobContext, JobPayloads } from '../../core/jobs/types.js';
import type { Executor } from '../../db/database.js';
import { CONTACT_STATUSES, STATUS_FIELDS, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './contract/statuses.js';
import {
  decideContact,
  decideSubscription,
  decideWebsite,
  type ChangeCause,
  type ContactStatus,
  type SubscriptionStatus,
  type Verdict,
  type WebsiteStatus,
} from './rules.js';
import type { BusinessRow, BusinessTable } from './tables.js';

export type StatusField = (typeof STATUS_FIELDS)[number];

/** The history's coarse cause, as the issue names them: an event, a campaign, or a user. */
const HISTORY_CAUSE: Record<ChangeCause, 'event' | 'campaign' | 'user'> = {
  campaign_send: 'campaign',
  tracking: 'campaign',
  callback: 'event',
  reply: 'event',
  opt_out: 'event',
  payment: 'event',
  subscription: 'event',
  site_event: 'event',
  person: 'user',
};

/**
 * The first time a business reached each contact status: kept even when precedence leaves the status alone, and set
 * by a person's change too (the prospect who phoned back did reply), never cleared.
 */
const MILESTONE: Partial<Record<ContactStatus, keyof BusinessTable>> = {
  emailed: 'contacted_at',
  sms_sent: 'contacted_at',
  opened: 'opened_at',
  clicked: 'clicked_at',
  replied: 'replied_at',
  purchased: 'purchased_at',
  unsubscribed: 'unsubscribed_at',
  bounced: 'bounced_at',
};

export interface StatusChange {
  workspaceId: string;
  businessId: string;
  field: StatusField;
  to: string;
  cause: ChangeCause;
  /** In English words, for logs and API readers: `Twilio delivered`, `email sent`, `SMS opt-out (STOP)`. */
  detail: string;
  /** The same as a code with values, which the dashboard words in the reader's language. */
  note: Note | null;
  actor: Actor;
  reason?: string | null;
  campaignId?: string | null;
  eventId?: string | null;
  /** The provider's time of the event (subscription events are ordered by it). */
  eventAt?: number | null;
  /** A subscription event that may reopen a cancelled subscription (reactivate, a new create). */
  reactivation?: boolean;
  /** A fact of the campaign's recipient row this change also records (a Twilio 21610 is the campaign's unsubscribe). */
  recipientFact?: 'unsubscribed_at';
}

export type ChangeOutcome = { applied: true; from: string; to: string } | { applied: false; reason: string };

const ALLOWED: Record<StatusField, readonly string[]> = {
  contact_status: CONTACT_STATUSES,
  website_status: WEBSITE_STATUSES,
  subscription_status: SUBSCRIPTION_STATUSES,
};

function decide(business: BusinessRow, change: StatusChange): Verdict {
  const from = business[change.field];
  switch (change.field) {
    case 'contact_status':
      return decideContact(from as ContactStatus, change.to as ContactStatus, change.cause);
    case 'website_status':
      return decideWebsite(from as WebsiteStatus, change.to as WebsiteStatus, change.cause);
    case 'subscription_status':
      return decideSubscription(from as SubscriptionStatus, change.to as SubscriptionStatus, {
        cause: change.cause,
        eventAt: change.eventAt ?? null,
        lastEventAt: business.subscription_event_at,
        ...(change.reactivation ? { reactivation: true } : {}),
      });
  }
}

/** Where the one log line of each status change goes: every path that changes a status passes its logger. */
export type StatusLogger = Pick<Logger, 'info'>;

/**
 * Applies one proposed change if the precedence rules allow it, writing the history row in the same transaction.
 * The update is conditional on the status read, so a concurrent change (a person and a callback at once) makes this
 * read and decide again instead of overwriting it. Each applied change is one JSON log line (business id, field,
 * from, to, cause) whose message reads `contact_status = emailed`, so a status can be found in the logs by value.
 */
export async function applyStatusChange(db: Executor, clock: Clock, change: StatusChange, logger: StatusLogger): Promise<ChangeOutcome> {
  if (!ALLOWED[change.field].includes(change.to)) {
    throw new AppError('validation_failed', `${change.field} cannot be ${change.to}`, { context: { field: 'status' } });
  }
  if (change.cause === 'person' && !change.reason?.trim()) {
    throw new AppError('validation_failed', 'reason is required when a person changes a status', { context: { field: 'reason' } });
  }
  const now = clock.now();
  for (let attempt = 0; attempt < 5; attempt++) {
    const business = await db.selectFrom('crm_businesses').selectAll().where('workspace_id', '=', change.workspaceId).where('id', '=', change.businessId).executeTakeFirst();
    if (!business) throw notFound('business', change.businessId);
    const milestones = milestonesFor(business, change, now);
    const verdict = decide(business, change);
    if (!verdict.apply) {
      if (Object.keys(milestones).length > 0) {
        await db.updateTable('crm_businesses').set(milestones).where('id', '=', business.id).execute();
      }
      return { applied: false, reason: verdict.reason };
    }
    const from = business[change.field];
    const set: Partial<BusinessTable> = { ...milestones, [change.field]: change.to, updated_at: now };
    if (change.field === 'subscription_status') set.subscription_event_at = change.cause === 'person' ? null : (change.eventAt ?? now);
    const updated = await db
      .updateTable('crm_businesses')
      .set(set)
      .where('id', '=', business.id)
      .where(change.field, '=', from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) continue;
    await db
      .insertInto('crm_status_changes')
      .values({
        id: newId('bsc', now),
        workspace_id: business.workspace_id,
        business_id: business.id,
        field: change.field,
        from_status: from,
        to_status: change.to,
        cause: HISTORY_CAUSE[change.cause],
        detail: change.detail.slice(0, 200),
        note: change.note ? JSON.stringify(change.note) : null,
        actor_type: change.actor.type,
        actor_id: change.actor.id ?? null,
        reason: change.reason?.trim() || null,
        campaign_id: change.campaignId ?? null,
        event_id: change.eventId ?? null,
        at: now,
      })
      .execute();
    logger.info(
      { business_id: business.id, workspace_id: business.workspace_id, field: change.field, from, to: change.to, cause: change.cause, detail: change.detail.slice(0, 200), campaign_id: change.campaignId ?? null, event_id: change.eventId ?? null },
      `business ${business.id}: ${change.field} = ${change.to} (was ${from}; ${change.cause})`,
    );
    if (change.cause === 'person') {
      await recordAudit(db, clock, {
        workspaceId: business.workspace_id,
        actor: change.actor,
        action: 'business.status',
        subjectType: 'crm_business',
        subjectId: business.id,
        before: { [change.field]: from },
        after: { [change.field]: change.to, reason: change.reason },
      });
    }
    return { applied: true, from, to: change.to };
  }
  throw new AppError('conflict', `business ${change.businessId} kept changing; try again`, { retryable: true });
}

function milestonesFor(business: BusinessRow, change: StatusChange, now: number): Partial<BusinessTable> {
  if (change.field !== 'contact_status') return {};
  const column = MILESTONE[change.to as ContactStatus];
  return column && business[column] === null ? { [column]: now } : {};
}

/**
 * A status change as its own job, serialized per business: the seed's non-blocking rule (a failed update never
 * fails the webhook or the send that caused it; it is retried on its own).
 */
export function statusJob(change: StatusChange): JobSpec<'crm.status'> {
  const payload: JobPayloads['crm.status'] = {
    workspaceId: change.workspaceId,
    businessId: change.businessId,
    field: change.field,
    to: change.to,
    cause: change.cause,
    detail: change.detail,
    ...(change.note ? { note: change.note } : {}),
    actor: { type: change.actor.type, id: change.actor.id ?? null },
    ...(change.reason !== undefined ? { reason: change.reason } : {}),
    ...(change.campaignId !== undefined ? { campaignId: change.campaignId } : {}),
    ...(change.eventId !== undefined ? { eventId: change.eventId } : {}),
    ...(change.eventAt !== undefined ? { eventAt: change.eventAt } : {}),
    ...(change.reactivation ? { reactivation: true } : {}),
    ...(change.recipientFact ? { recipientFact: change.recipientFact } : {}),
  };
  return jobSpec('crm.status', payload, { serialKey: `crm-business:${change.businessId}`, maxAttempts: 10 });
}

const perBusiness = (businessId: string) => ({ serialKey: `crm-business:${businessId}` });

/** After a provider accepted a campaign message (queued by the send hook in deliveries.ts). */
export const sentJob = (p: JobPayloads['crm.sent']): JobSpec<'crm.sent'> => jobSpec('crm.sent', p, perBusiness(p.businessId));
/** A consent change for a business's contact (an SMS STOP or START, Twilio 21610). */
export const consentJob = (p: JobPayloads['crm.consent']): JobSpec<'crm.consent'> => jobSpec('crm.consent', p, perBusiness(p.businessId));

const sentPayload = z.object({ campaign_id: z.string().optional(), subject: z.string().optional(), body: z.string().optional(), text: z.string().optional() });

/** After a provider accepted a campaign message: the message joins the timeline and the business becomes emailed or sms_sent. */
export async function recordSentMessage(db: Executor, clock: Clock, logger: StatusLogger, workspaceId: string, { deliveryId, businessId, providerRef }: JobPayloads['crm.sent']): Promise<void> {
  const d = await findDelivery(db, workspaceId, deliveryId);
  if (!d) return;
  const p = sentPayload.parse(JSON.parse(d.payload));
  const now = clock.now();
  const sms = d.channel === 'sms';
  await db
    .insertInto('crm_messages')
    .values({
      id: newId('msg', now),
      workspace_id: workspaceId,
      business_id: businessId,
      direction: 'out',
      channel: d.channel,
      campaign_id: p.campaign_id ?? null,
      delivery_id: d.id,
      provider_ref: providerRef,
      subject: p.subject ?? null,
      // The SMS text as sent; for email the plain-text part (the HTML is the same words).
      body: (sms ? p.body : p.text) ?? null,
      status: sms ? 'queued' : 'sent',
      error_code: null,
      created_at: d.sent_at ?? now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'provider_ref']).where('provider_ref', 'is not', null).doNothing())
    .execute();
  if (p.campaign_id) {
    await db.updateTable('crm_businesses').set({ last_campaign_id: p.campaign_id }).where('workspace_id', '=', workspaceId).where('id', '=', businessId).execute();
    // With the message: the campaign's figures count it as sent from here on, without asking the delivery.
    await markRecipient(db, d.sent_at ?? now, { workspaceId, campaignId: p.campaign_id, businessId }, ['sent_at']);
  }
  await applyStatusChange(db, clock, {
    workspaceId,
    businessId,
    field: 'contact_status',
    to: sms ? 'sms_sent' : 'emailed',
    cause: 'campaign_send',
    detail: sms ? 'SMS sent' : 'email sent',
    note: note('crm_change.sent', { channel: sms ? 'sms' : 'email' }),
    actor: { type: 'system', id: null },
    campaignId: p.campaign_id ?? null,
  }, logger);
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

// What a webhook handler does besides recording facts (events/): status changes queued in its transaction.

export const webhookActor = (event: StoredEvent) => ({ type: 'webhook' as const, id: event.id });

/** Enqueues in the handler's transaction: the jobs exist exactly when the event counts as processed. */
export async function enqueue(jc: JobContext, jobs: JobSpec[]): Promise<void> {
  if (jobs.length > 0) await enqueueJobs({ db: jc.db, dialect: jc.app.dialect, clock: jc.app.clock }, jc.workspaceId, jobs);
}

/** A status change caused by this event, as its own job: its failure never fails the event's handling. */
export const change = (jc: JobContext, event: StoredEvent, b: BusinessRow, c: Omit<StatusChange, 'workspaceId' | 'businessId' | 'actor' | 'eventId'>) =>
  statusJob({ workspaceId: jc.workspaceId, businessId: b.id, actor: webhookActor(event), eventId: event.id, ...c });
