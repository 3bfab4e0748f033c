// Every job of the CRM, each payload declared beside its schema: a status change, what follows a send (the message, a
// consent change, a bounce), and the campaign dispatch. Handlers call flow; the writes live there.
import { z } from 'zod';
import { twilioClientFor } from '../../connectors/twilio/index.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { defineJob } from '../../core/jobs/define.js';
import type { RegisteredJob } from '../../core/jobs/types.js';
import { dispatchCampaign, markRecipient } from './campaigns/flow.js';
import { applyStatusChange, recordBusinessConsent, recordSentMessage } from './flow.js';
import { STATUS_FIELDS } from './contract/statuses.js';
import { applyMessageStatus, isFurther } from './events/twilio.js';
import { changeNoteSchema as noteSchema } from './contract/businesses.js';
import { crmSubscriptionReconcileJob } from './subscription-reconcile.js';

/** A StatusChange that can be stored as JSON (queued by statusJob in flow.ts). */
const changeSchema = z.object({
  workspaceId: z.string(),
  businessId: z.string(),
  field: z.enum(STATUS_FIELDS),
  to: z.string(),
  cause: z.enum(['campaign_send', 'callback', 'reply', 'opt_out', 'tracking', 'payment', 'subscription', 'site_event', 'person']),
  detail: z.string(),
  /** Absent on jobs queued before changes carried notes. */
  note: noteSchema.optional(),
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
const bounceSchema = z.object({ businessId: z.string(), campaignId: z.string().nullable(), detail: z.string(), note: noteSchema.optional(), errorCode: z.string().optional() });
/** The payload of the dispatch job: one run hands out the next window of a campaign's deliveries. */
export const campaignDispatchPayload = z.object({ campaignId: z.string() });
/** Reconciliation works on the whole workspace: nothing to say. */
const reconcilePayload = z.strictObject({});

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.status': z.infer<typeof changeSchema>;
    'crm.sent': z.infer<typeof sentSchema>;
    'crm.consent': z.infer<typeof consentSchema>;
    'crm.bounce': z.infer<typeof bounceSchema>;
    'crm.campaign.dispatch': z.infer<typeof campaignDispatchPayload>;
    'crm.reconcile': z.infer<typeof reconcilePayload>;
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
    const outcome = await applyStatusChange(ctx.db, ctx.app.clock, { ...payload, note: payload.note ?? null, workspaceId: ctx.workspaceId, actor: { type: payload.actor.type, id: payload.actor.id ?? null } }, ctx.logger);
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
      note: p.note ?? null,
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

/** An outbound SMS still unconfirmed this long after it was sent, and not asked about for as long, is asked about at Twilio. */
export const MESSAGE_RECONCILE_AFTER_MS = 30 * 60_000;
/** Older messages are left as they are: after three days nobody waits for their delivery any more. */
const MESSAGE_RECONCILE_WITHIN_MS = 3 * 24 * 60 * 60_000;
const MESSAGE_RECONCILE_BATCH = 50;
/** Twilio statuses that are not final: a callback is still owed. */
const UNCONFIRMED = ['accepted', 'scheduled', 'queued', 'sending', 'sent'];
const RECONCILIATION: Actor = { type: 'system', id: 'reconciliation' };

/**
 * Always in sync with Twilio: a status callback that never arrived leaves a message "sent" forever, so every quarter
 * hour the messages still unconfirmed after a while are fetched from Twilio (`GET …/Messages/{sid}.json`) and what
 * Twilio says is applied through the callback's own rules, audited as healed.
 */
export const crmReconcileJob = (app: AppContext): RegisteredJob<'crm.reconcile'> => defineJob('crm.reconcile', {
  schema: reconcilePayload,
  mode: 'io',
  maxAttempts: 1,
  repeat: { everyMs: 15 * 60_000, payload: {} },
  async handle(_payload, jc) {
    const now = app.clock.now();
    const due = await jc.db
      .selectFrom('crm_messages')
      .selectAll()
      .where('workspace_id', '=', jc.workspaceId)
      .where('direction', '=', 'out')
      .where('channel', '=', 'sms')
      .where('provider_ref', 'is not', null)
      .where('status', 'in', UNCONFIRMED)
      .where('created_at', '>', now - MESSAGE_RECONCILE_WITHIN_MS)
      .where('updated_at', '<', now - MESSAGE_RECONCILE_AFTER_MS)
      .orderBy('updated_at')
      .limit(MESSAGE_RECONCILE_BATCH)
      .execute();
    if (due.length === 0) return;
    let client;
    try {
      client = await twilioClientFor(app, jc.db, jc.workspaceId);
    } catch (error) {
      // Twilio was never set up (or was removed): nothing can be asked, and nothing was sent through it lately.
      if (error instanceof AppError && error.code === 'provider_not_configured') return;
      throw error;
    }
    let healed = 0;
    for (const message of due) {
      const result = await client.fetchMessage(message.provider_ref ?? '');
      if (!result.ok) {
        // One message gone is that message's problem; an outage stops the round and the next round tries again.
        if (result.error.retryable) throw result.error;
        jc.logger.warn({ messageId: message.id, err: result.error }, 'reconciliation could not read the message at Twilio');
      }
      await jc.db.transaction().execute(async (trx) => {
        const tjc = { ...jc, db: trx };
        if (result.ok && isFurther(result.value.status, message.status)) {
          const errorCode = result.value.errorCode === undefined ? null : String(result.value.errorCode);
          const outcome = await applyMessageStatus(tjc, message, result.value.status, errorCode, { actor: RECONCILIATION, eventId: null, via: 'reconciliation' });
          await recordAudit(trx, app.clock, {
            workspaceId: jc.workspaceId,
            actor: RECONCILIATION,
            action: 'message.healed',
            subjectType: 'crm_message',
            subjectId: message.id,
            before: { status: message.status },
            after: { status: result.value.status, error_code: errorCode, note: `status callback missing; Twilio says ${result.value.status}; ${outcome.outcome ?? ''}` },
          });
          healed++;
        } else {
          // Asked now: not asked again before MESSAGE_RECONCILE_AFTER_MS.
          await trx.updateTable('crm_messages').set({ updated_at: now }).where('id', '=', message.id).execute();
        }
      });
    }
    jc.logger.info({ checked: due.length, healed }, 'Twilio reconciliation round done');
  },
});

/** The module's jobs, for its descriptor. */
export const crmJobs = (app: AppContext): readonly RegisteredJob[] => [crmStatusJob, crmSentJob, crmConsentJob, crmBounceJob, campaignDispatchJob(app), crmReconcileJob(app), crmSubscriptionReconcileJob(app)];
