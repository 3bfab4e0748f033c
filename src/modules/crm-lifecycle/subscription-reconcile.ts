// Always in sync with Recurrente: subscriptions whose last webhook is old are read from Recurrente, and a status that
// moved on without telling us is applied through the webhook's own rules, audited as healed.
import { z } from 'zod';
import { recurrenteClientFor } from '../../connectors/recurrente/index.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { AppContext } from '../../core/context.js';
import { defineJob } from '../../core/jobs/define.js';
import type { RegisteredJob } from '../../core/jobs/types.js';
import { note } from '../../core/notes.js';
import { applyStatusChange } from './flow.js';
import { SUBSCRIPTION_STATUSES } from './contract/statuses.js';
import type { SubscriptionStatus } from './rules.js';

/**
 * A subscription whose last Recurrente event (or last confirmation by this job) is older than this is asked about.
 * A day: subscriptions change at most at a billing attempt, and a day's delay costs nothing a person would notice.
 */
export const SUBSCRIPTION_RECONCILE_AFTER_MS = 24 * 60 * 60_000;
/** How often a round runs; each round asks about at most SUBSCRIPTION_RECONCILE_BATCH subscriptions, one at a time. */
export const SUBSCRIPTION_RECONCILE_EVERY_MS = 60 * 60_000;
/** Bounded per round so a workspace with thousands of subscriptions spreads its reads over the day's rounds. */
export const SUBSCRIPTION_RECONCILE_BATCH = 25;
/** Only these can still change without us: `none` has nothing to ask about, and `cancelled` only reopens by a new event. */
const LIVE: readonly SubscriptionStatus[] = ['active', 'past_due', 'paused'];
const RECONCILIATION: Actor = { type: 'system', id: 'reconciliation' };

const payloadSchema = z.strictObject({});

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.reconcile.subscriptions': z.infer<typeof payloadSchema>;
  }
}

const isSubscriptionStatus = (value: string): value is SubscriptionStatus => (SUBSCRIPTION_STATUSES as readonly string[]).includes(value);

/**
 * Every hour, per workspace with a Recurrente secret key: the live subscriptions (active, past due, paused) whose last
 * event is over a day old are fetched (`GET /subscriptions/{id}`); a different status is applied as a subscription
 * event of this moment would be (a cancellation also archives the site) and audited as `subscription.healed`. An
 * unchanged one counts as confirmed now, so it is asked again a day later, not every round. A workspace without keys
 * asks nothing.
 */
export const crmSubscriptionReconcileJob = (app: AppContext): RegisteredJob<'crm.reconcile.subscriptions'> => defineJob('crm.reconcile.subscriptions', {
  schema: payloadSchema,
  mode: 'io',
  maxAttempts: 1,
  repeat: { everyMs: SUBSCRIPTION_RECONCILE_EVERY_MS, payload: {} },
  async handle(_payload, jc) {
    const client = await recurrenteClientFor(app, jc.db, jc.workspaceId);
    if (!client) return;
    const now = app.clock.now();
    // Businesses a person set by hand (no event time) are left alone: the person's word stands until an event comes.
    const due = await jc.db
      .selectFrom('crm_businesses')
      .select(['id', 'subscription_id', 'subscription_status', 'subscription_event_at'])
      .where('workspace_id', '=', jc.workspaceId)
      .where('subscription_id', 'is not', null)
      .where('subscription_status', 'in', LIVE)
      .where('subscription_event_at', '<', now - SUBSCRIPTION_RECONCILE_AFTER_MS)
      .orderBy('subscription_event_at')
      .limit(SUBSCRIPTION_RECONCILE_BATCH)
      .execute();
    let healed = 0;
    for (const business of due) {
      const subscriptionId = business.subscription_id ?? '';
      const result = await client.fetchSubscription(subscriptionId);
      if (!result.ok) {
        // An outage, a rate limit or refused keys stop the round, changing nothing; the next round asks again.
        if (result.error.retryable || result.error.kind === 'auth') throw result.error;
        jc.logger.warn({ business_id: business.id, err: result.error }, 'reconciliation could not read the subscription at Recurrente');
      }
      const told = result.ok ? result.value.status : undefined;
      await jc.db.transaction().execute(async (trx) => {
        if (told !== undefined && told !== business.subscription_status && isSubscriptionStatus(told)) {
          const base = { workspaceId: jc.workspaceId, businessId: business.id, cause: 'subscription' as const, actor: RECONCILIATION, eventAt: now };
          const detail = `Recurrente says ${told} (asked Recurrente: the webhook never came)`;
          const outcome = await applyStatusChange(trx, app.clock, { ...base, field: 'subscription_status', to: told, detail, note: note('crm_change.subscription_changed_healed', { to: told }) }, jc.logger);
          if (outcome.applied && told === 'cancelled') {
            await applyStatusChange(trx, app.clock, { ...base, field: 'website_status', to: 'archived', detail, note: note('crm_change.subscription_cancelled') }, jc.logger);
          }
          await recordAudit(trx, app.clock, {
            workspaceId: jc.workspaceId,
            actor: RECONCILIATION,
            action: 'subscription.healed',
            subjectType: 'crm_business',
            subjectId: business.id,
            before: { subscription_status: business.subscription_status, subscription_id: subscriptionId },
            after: { subscription_status: told, note: `subscription webhook missing; Recurrente says ${told}; ${outcome.applied ? 'applied' : `kept: ${outcome.reason}`}` },
          });
          if (outcome.applied) healed++;
        } else {
          // Recurrente confirmed the status (or could not name one we know): that is as good as an event now, so the
          // next question comes a day later; a later webhook still wins, being newer.
          await trx.updateTable('crm_businesses').set({ subscription_event_at: now }).where('id', '=', business.id).where('subscription_status', '=', business.subscription_status).execute();
        }
      });
    }
    if (due.length > 0) jc.logger.info({ checked: due.length, healed }, 'Recurrente reconciliation round done');
  },
});
