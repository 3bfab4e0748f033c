// Status changes of a business: the precedence rules applied, one history row per change, milestones kept; and the job that runs them.
import { z } from 'zod';
import type { Actor } from '../../core/audit.js';
import { recordAudit } from '../../core/audit.js';
import type { Clock } from '../../core/clock.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { JobSpec } from '../../core/jobs/enqueue.js';
import type { JobDefinition } from '../../core/jobs/types.js';
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
  /** In words, for the timeline: `twilio delivered`, `email sent`, `STOP received`. */
  detail: string;
  actor: Actor;
  reason?: string | null;
  campaignId?: string | null;
  eventId?: string | null;
  /** The provider's time of the event (subscription events are ordered by it). */
  eventAt?: number | null;
  /** A subscription event that may reopen a cancelled subscription (reactivate, a new create). */
  reactivation?: boolean;
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

/**
 * Applies one proposed change if the precedence rules allow it, writing the history row in the same transaction.
 * The update is conditional on the status read, so a concurrent change (a person and a callback at once) makes this
 * read and decide again instead of overwriting it.
 */
export async function applyStatusChange(db: Executor, clock: Clock, change: StatusChange): Promise<ChangeOutcome> {
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
        actor_type: change.actor.type,
        actor_id: change.actor.id ?? null,
        reason: change.reason?.trim() || null,
        campaign_id: change.campaignId ?? null,
        event_id: change.eventId ?? null,
        at: now,
      })
      .execute();
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

/** The job payload: a StatusChange that can be stored as JSON. */
const changeSchema = z.object({
  workspaceId: z.string(),
  businessId: z.string(),
  field: z.enum(STATUS_FIELDS),
  to: z.string(),
  cause: z.enum(['campaign_send', 'callback', 'reply', 'opt_out', 'tracking', 'payment', 'subscription', 'site_event', 'person']),
  detail: z.string(),
  actor: z.object({ type: z.enum(['user', 'system', 'webhook', 'ai', 'token']), id: z.string().nullable().optional() }),
  reason: z.string().nullable().optional(),
  campaignId: z.string().nullable().optional(),
  eventId: z.string().nullable().optional(),
  eventAt: z.number().nullable().optional(),
  reactivation: z.boolean().optional(),
});

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.status': z.infer<typeof changeSchema>;
  }
}

/**
 * A status change as its own job, serialized per business: the seed's non-blocking rule (a failed update never
 * fails the webhook or the send that caused it; it is retried on its own).
 */
export function statusJob(change: StatusChange): JobSpec {
  const payload: z.infer<typeof changeSchema> = {
    workspaceId: change.workspaceId,
    businessId: change.businessId,
    field: change.field,
    to: change.to,
    cause: change.cause,
    detail: change.detail,
    actor: { type: change.actor.type, id: change.actor.id ?? null },
    ...(change.reason !== undefined ? { reason: change.reason } : {}),
    ...(change.campaignId !== undefined ? { campaignId: change.campaignId } : {}),
    ...(change.eventId !== undefined ? { eventId: change.eventId } : {}),
    ...(change.eventAt !== undefined ? { eventAt: change.eventAt } : {}),
    ...(change.reactivation ? { reactivation: true } : {}),
  };
  return { name: 'crm.status', payload, options: { serialKey: `crm-business:${change.businessId}`, maxAttempts: 10 } };
}

export const crmStatusJob: JobDefinition<z.infer<typeof changeSchema>> = {
  schema: changeSchema,
  mode: 'transaction',
  maxAttempts: 10,
  backoff: { baseMs: 2_000, capMs: 10 * 60_000 },
  async handle(payload, ctx) {
    const outcome = await applyStatusChange(ctx.db, ctx.app.clock, { ...payload, workspaceId: ctx.workspaceId, actor: { type: payload.actor.type, id: payload.actor.id ?? null } });
    ctx.logger.info(
      { businessId: payload.businessId, field: payload.field, to: payload.to, applied: outcome.applied, ...(outcome.applied ? {} : { kept: outcome.reason }) },
      outcome.applied ? `business ${payload.businessId}: ${payload.field} = ${payload.to} (${payload.detail})` : `business ${payload.businessId}: ${payload.field} stays (${outcome.reason})`,
    );
  },
};
