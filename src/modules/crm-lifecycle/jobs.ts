// Every job of the CRM, each payload declared beside its schema: a status change, what follows a send (the message, a
// consent change, a bounce), and the campaign dispatch. Handlers call flow; the writes live there.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { defineJob } from '../../core/jobs/define.js';
import type { RegisteredJob } from '../../core/jobs/types.js';
import { dispatchCampaign, markRecipient } from './campaigns/flow.js';
import { applyStatusChange, recordBusinessConsent, recordSentMessage } from './flow.js';
import { STATUS_FIELDS } from './contract/statuses.js';

/** A StatusChange that can be stored as JSON (queued by statusJob in flow.ts). */
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
  recipientFact: z.enum(['unsubscribed_at']).optional(),
});
const sentSchema = z.object({ deliveryId: z.string(), businessId: z.string(), providerRef: z.string() });
const consentSchema = z.object({ workspaceId: z.string(), businessId: z.string(), channel: z.enum(['sms', 'email']), status: z.enum(['opted_in', 'opted_out']), source: z.string() });
const bounceSchema = z.object({ businessId: z.string(), campaignId: z.string().nullable(), detail: z.string(), errorCode: z.string().optional() });
/** The payload of the dispatch job: one run hands out the next window of a campaign's deliveries. */
export const campaignDispatchPayload = z.object({ campaignId: z.string() });

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.status': z.infer<typeof changeSchema>;
    'crm.sent': z.infer<typeof sentSchema>;
    'crm.consent': z.infer<typeof consentSchema>;
    'crm.bounce': z.infer<typeof bounceSchema>;
    'crm.campaign.dispatch': z.infer<typeof campaignDispatchPayload>;
  }
}

/**
 * A status change as its own job, serialized per business: the non-blocking rule (a failed update never fails the
 * webhook or the send that caused it; it is retried on its own).
 */
export const crmStatusJob = defineJob('crm.status', {
  schema: changeSchema,
  mode: 'transaction',
  maxAttempts: 10,
  backoff: { baseMs: 2_000, capMs: 10 * 60_000 },
  async handle(payload, ctx) {
    if (payload.recipientFact) {
      await markRecipient(ctx.db, ctx.app.clock.now(), { workspaceId: ctx.workspaceId, campaignId: payload.campaignId ?? null, businessId: payload.businessId }, [payload.recipientFact]);
    }
    const outcome = await applyStatusChange(ctx.db, ctx.app.clock, { ...payload, workspaceId: ctx.workspaceId, actor: { type: payload.actor.type, id: payload.actor.id ?? null } }, ctx.logger);
    // An applied change logged itself; a kept status is worth a line too (why the event changed nothing).
    if (!outcome.applied) {
      ctx.logger.info({ business_id: payload.businessId, field: payload.field, proposed: payload.to, kept: outcome.reason }, `business ${payload.businessId}: ${payload.field} stays (${outcome.reason})`);
    }
  },
});

/** After a provider accepted a campaign message: the message joins the timeline and the business becomes emailed or sms_sent. */
export const crmSentJob = defineJob('crm.sent', {
  schema: sentSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle(payload, ctx) {
    await recordSentMessage(ctx.db, ctx.app.clock, ctx.logger, ctx.workspaceId, payload);
  },
});

export const crmConsentJob = defineJob('crm.consent', {
  schema: consentSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle(p, ctx) {
    await recordBusinessConsent(ctx.db, ctx.app.clock, { ...p, workspaceId: ctx.workspaceId, actor: { type: 'webhook', id: p.source } });
  },
});

/** A refused message: the recipient row counts a bounce, and the business becomes bounced unless it has gone further. */
export const crmBounceJob = defineJob('crm.bounce', {
  schema: bounceSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle(p, ctx) {
    const recipient = { workspaceId: ctx.workspaceId, campaignId: p.campaignId, businessId: p.businessId };
    await markRecipient(ctx.db, ctx.app.clock.now(), recipient, ['bounced_at'], p.errorCode ?? p.detail.slice(0, 200));
    await applyStatusChange(ctx.db, ctx.app.clock, {
      workspaceId: ctx.workspaceId,
      businessId: p.businessId,
      field: 'contact_status',
      to: 'bounced',
      cause: 'callback',
      detail: p.detail,
      actor: { type: 'system', id: null },
      campaignId: p.campaignId,
    }, ctx.logger);
  },
});

/** Sending a campaign: each run hands out the next window of deliveries at the campaign's rate, then queues the next run. */
export const campaignDispatchJob = (app: AppContext): RegisteredJob<'crm.campaign.dispatch'> => defineJob('crm.campaign.dispatch', {
  schema: campaignDispatchPayload,
  mode: 'transaction',
  maxAttempts: 20,
  backoff: { baseMs: 5_000, capMs: 10 * 60_000 },
  async handle({ campaignId }, ctx) {
    const run = await dispatchCampaign(app, ctx, campaignId);
    if (run) ctx.logger.info(run, 'campaign dispatch');
  },
});

/** The module's jobs, for its descriptor. */
export const crmJobs = (app: AppContext): readonly RegisteredJob[] => [crmStatusJob, crmSentJob, crmConsentJob, crmBounceJob, campaignDispatchJob(app)];
