// Jobs of the lead module: the Not Closing timer, fetching an order we never saw, reconciliation, rescheduling.
import { z } from 'zod';
import { isPaid, scalevClientFor } from '../../connectors/scalev/index.js';
import { recordAudit } from '../../core/audit.js';
import type { AppContext } from '../../core/context.js';
import { recordModuleOutcome } from '../../core/inbox/outcomes.js';
import { note } from '../../core/notes.js';
import { defineJob } from '../../core/jobs/define.js';
import type { RegisteredJob } from '../../core/jobs/types.js';
import { orderFacts } from './events.js';
import { armExpiry, expireLead, expireLeads, ingestOrder, markLeadChecked, markOrderPaid, type Flow } from './flow.js';
import { listProductLists } from './product-lists/queries.js';
import { delayFor, loadLeadSettings, MODULE_NAME } from './settings.js';

export const leadExpirePayload = z.object({ leadId: z.string() });
/** Why the order is fetched: a paid event for an order never seen, or an order.created that names no handler. */
export const fetchOrderPayload = z.object({
  orderId: z.string(),
  orderPk: z.string().optional(),
  eventId: z.string(),
  reason: z.enum(['paid-before-created', 'no-handler']).optional(),
});
/** Reconciliation and rescheduling work on the whole workspace: nothing to say. */
export const noPayload = z.strictObject({});

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    /** The lead's Not Closing timer (queued by armExpiry in flow.ts). */
    'scalev-leads.expire': z.infer<typeof leadExpirePayload>;
    /** A paid webhook for an order we never saw, or an order.created without handler: read the order from ScaleV (queued by events.ts). */
    'scalev-leads.fetch-order': z.infer<typeof fetchOrderPayload>;
    'scalev-leads.reconcile': z.infer<typeof noPayload>;
    'scalev-leads.reschedule': z.infer<typeof noPayload>;
  }
}

/** Follow Up leads older than this are checked against ScaleV, in case their paid webhook never came. */
export const RECONCILE_AFTER_MS = 3 * 60 * 60_000;
/** A lead is checked again at most this often. */
export const RECONCILE_EVERY_MS = 6 * 60 * 60_000;
const RECONCILE_BATCH = 50;

/** Why a lead's timer moved it. */
const TIMER_CAUSE = { cause: 'timer:not-closing', actor: { type: 'system', id: 'timer' } } as const;

export function leadJobs(ctx: AppContext): readonly RegisteredJob[] {
  const expire = defineJob('scalev-leads.expire', {
    schema: leadExpirePayload,
    mode: 'transaction',
    async handle({ leadId }, jc) {
      const flow: Flow = { db: jc.db, ctx, workspaceId: jc.workspaceId };
      const outcome = await expireLead(flow, leadId, TIMER_CAUSE);
      jc.logger.info({ leadId, outcome: outcome.text }, 'lead timer fired');
    },
    // A backlog of due timers: each workspace's leads are expired as one set (expireLeads), one query per step.
    async handleBatch(jobs, bc) {
      const byWorkspace = new Map<string, typeof jobs[number][]>();
      for (const job of jobs) byWorkspace.set(job.ctx.workspaceId, [...(byWorkspace.get(job.ctx.workspaceId) ?? []), job]);
      for (const [workspaceId, set] of byWorkspace) {
        const outcomes = await expireLeads({ db: bc.db, ctx, workspaceId }, set.map((j) => j.payload.leadId), TIMER_CAUSE);
        set.forEach((j, i) => j.ctx.logger.info({ leadId: j.payload.leadId, outcome: outcomes[i]?.text }, 'lead timer fired'));
      }
    },
  });

  const fetchOrder = defineJob('scalev-leads.fetch-order', {
    schema: fetchOrderPayload,
    mode: 'io',
    maxAttempts: 10,
    backoff: { baseMs: 10_000, capMs: 30 * 60_000 },
    async handle({ orderId, orderPk, eventId, reason }, jc) {
      const client = await scalevClientFor(ctx, jc.db, jc.workspaceId);
      const result = await client.getOrder(orderPk ?? orderId);
      if (!result.ok) throw result.error;
      const facts = orderFacts(result.value, ctx.clock.now());
      // Which happened, for the log and the event's outcome: the fetched order named a handler or it did not.
      const why = reason === 'no-handler'
        ? `webhook had no handler; ScaleV says ${facts.handler ? `handler ${facts.handler.email}` : 'no handler either'}`
        : 'paid before the order was seen';
      jc.logger.info({ orderId, reason, handler: facts.handler?.email ?? null }, `fetched order from ScaleV: ${why}`);
      await jc.db.transaction().execute(async (trx) => {
        const flow: Flow = { db: trx, ctx, workspaceId: jc.workspaceId };
        const outcome = await ingestOrder(flow, facts, {
          cause: reason === 'no-handler' ? 'webhook:order.created' : 'webhook:order.payment_status_changed',
          actor: { type: 'webhook', id: eventId },
          eventId,
        });
        await recordModuleOutcome(trx, ctx.clock, {
          workspaceId: jc.workspaceId,
          eventId,
          module: MODULE_NAME,
          status: outcome.status,
          outcome: `fetched order ${orderId} from ScaleV (${why}); ${outcome.outcome ?? ''}`.slice(0, 1000),
          notes: [note('scalev.order_fetched', { order: orderId }), ...(outcome.notes ?? [])],
        });
      });
    },
    async onFailed({ orderId, eventId }, jc, failure) {
      await recordModuleOutcome(jc.db, ctx.clock, {
        workspaceId: jc.workspaceId,
        eventId,
        module: MODULE_NAME,
        ...(failure.dead ? { status: 'failed' as const } : {}),
        outcome: `fetching order ${orderId} from ScaleV ${failure.dead ? 'failed' : 'will be retried'}: ${failure.error.message}`.slice(0, 1000),
        notes: [note(failure.dead ? 'scalev.fetch_failed' : 'scalev.fetch_will_retry', { order: orderId })],
      });
    },
  });

  const reconcile = defineJob('scalev-leads.reconcile', {
    schema: noPayload,
    mode: 'io',
    maxAttempts: 1,
    repeat: { everyMs: 30 * 60_000, payload: {} },
    async handle(_payload, jc) {
      const settings = await loadLeadSettings(ctx, jc.db, jc.workspaceId);
      if (!settings.secrets.scalev_api_key) return;
      const now = ctx.clock.now();
      const due = await jc.db
        .selectFrom('scalev_leads')
        .selectAll()
        .where('workspace_id', '=', jc.workspaceId)
        .where('stage', '=', 'follow_up')
        .where('order_created_at', '<', now - RECONCILE_AFTER_MS)
        .where((eb) => eb.or([eb('last_checked_at', 'is', null), eb('last_checked_at', '<', now - RECONCILE_EVERY_MS)]))
        .orderBy('order_created_at')
        .limit(RECONCILE_BATCH)
        .execute();
      if (due.length === 0) return;
      const client = await scalevClientFor(ctx, jc.db, jc.workspaceId);
      let healed = 0;
      for (const lead of due) {
        const result = await client.getOrder(lead.order_pk ?? lead.order_id);
        if (!result.ok) {
          // One order gone is that order's problem; an outage stops the round and the next round tries again.
          if (result.error.retryable) throw result.error;
          jc.logger.warn({ leadId: lead.id, err: result.error }, 'reconciliation could not read the order');
        } else if (isPaid(result.value)) {
          await jc.db.transaction().execute(async (trx) => {
            const flow: Flow = { db: trx, ctx, workspaceId: jc.workspaceId };
            const paid = await markOrderPaid(flow, lead.order_id, { cause: 'reconciliation', actor: { type: 'system', id: 'reconciliation' } });
            await recordAudit(trx, ctx.clock, {
              workspaceId: jc.workspaceId,
              actor: { type: 'system', id: 'reconciliation' },
              action: 'lead.healed',
              subjectType: 'lead',
              subjectId: lead.id,
              before: { stage: lead.stage },
              after: { stage: 'closing', note: `paid webhook missing; ScaleV says ${result.value.payment_status}; ${paid.told.text}` },
            });
          });
          healed++;
          jc.logger.info({ leadId: lead.id, orderId: lead.order_id }, 'healed a missed paid webhook');
        }
        await markLeadChecked({ db: jc.db, ctx, workspaceId: jc.workspaceId }, lead.id);
      }
      jc.logger.info({ checked: due.length, healed }, 'reconciliation round done');
    },
  });

  const reschedule = defineJob('scalev-leads.reschedule', {
    schema: noPayload,
    mode: 'io',
    async handle(_payload, jc) {
      // The delay changed: every waiting lead gets its timer moved to created + new delay, in short transactions.
      let after = '';
      for (let round = 0; round < 10_000; round++) {
        const leads = await jc.db
          .selectFrom('scalev_leads')
          .select(['id', 'order_id', 'product_list_id', 'order_created_at'])
          .where('workspace_id', '=', jc.workspaceId)
          .where('stage', '=', 'follow_up')
          .where('id', '>', after)
          .orderBy('id')
          .limit(500)
          .execute();
        if (leads.length === 0) break;
        await jc.db.transaction().execute(async (trx) => {
          const settings = await loadLeadSettings(ctx, trx, jc.workspaceId);
          const entries = new Map((await listProductLists(trx, jc.workspaceId)).map((e) => [e.id, e]));
          const flow: Flow = { db: trx, ctx, workspaceId: jc.workspaceId };
          for (const lead of leads) {
            const entry = entries.get(lead.product_list_id);
            const due = lead.order_created_at + (entry ? delayFor(entry, settings) : settings.notClosingAfterMs);
            await armExpiry(flow, lead, Math.max(due, ctx.clock.now()));
          }
        });
        after = leads[leads.length - 1]?.id ?? after;
        await jc.reportProgress(round * 500 + leads.length, 0);
      }
    },
  });

  return [expire, fetchOrder, reconcile, reschedule];
}
