// The job that performs one delivery through its provider's sender and records the answer on the row.
import { z } from 'zod';
import { canSend } from '../contacts/consent.js';
import { AppError } from '../errors.js';
import { defineJob } from '../jobs/define.js';
import { enqueueJobs, type JobSpec } from '../jobs/enqueue.js';
import type { JobContext, RegisteredJob } from '../jobs/types.js';
import { inTransaction } from '../../db/transaction.js';
import type { DeliveryRow } from './deliveries.js';

/** What a sender reports back: the provider's answer (stored on the row) and, optionally, a final status. */
export interface SendResult {
  readonly response: unknown;
  /**
   * `cancelled` means the provider refused for a reason retrying cannot change and that is not a failure (the
   * recipient opted out at the provider): the delivery is closed with `reason`, not left dead for a person to retry.
   */
  readonly status?: 'sent' | 'delivered' | 'cancelled';
  readonly reason?: string;
  /**
   * Jobs enqueued in the same transaction that records the outcome (a status update, a timeline entry). They run
   * after, on their own, so their failure can never fail or repeat the send (seed 004's non-blocking rule).
   */
  readonly followUps?: readonly JobSpec[];
}

/**
 * Performs one delivery. Throw a retryable error (a ProviderError, or AppError with retryable) to be tried again
 * with backoff; throw a permanent one to fail at once. Receive the key to send as the provider's idempotency key
 * where it has one.
 */
export type DeliverySender = (delivery: DeliveryRow, ctx: JobContext) => Promise<SendResult>;

/** A check made at send time, after the built-in consent check: a string is the reason not to send. */
export type DeliveryGate = (delivery: DeliveryRow, ctx: JobContext) => Promise<string | undefined>;

const errorText = (error: Error): string => {
  const body = 'responseBody' in error && typeof error.responseBody === 'string' ? ` — ${error.responseBody}` : '';
  return `${error.message}${body}`.slice(0, 2000);
};

/** The payload of the job that sends one delivery (queued under the job key `delivery:<id>`, see deliveries.ts). */
export const deliverySendPayload = z.object({ deliveryId: z.string() });

declare module '../jobs/types.js' {
  interface JobPayloads {
    'delivery.send': z.infer<typeof deliverySendPayload>;
  }
}

export function deliverySendJob(senders: ReadonlyMap<string, DeliverySender>, gates: readonly DeliveryGate[] = []): RegisteredJob<'delivery.send'> {
  return defineJob('delivery.send', {
    schema: deliverySendPayload,
    mode: 'io',
    maxAttempts: 12,
    // 5 s doubling to an hour: about 3 hours of provider outage before a delivery is dead.
    backoff: { baseMs: 5_000, capMs: 60 * 60_000 },
    async handle({ deliveryId }, ctx) {
      const delivery = await ctx.db
        .selectFrom('deliveries')
        .selectAll()
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', deliveryId)
        .executeTakeFirst();
      // Recorded as sent: a retry of this job must never send it again.
      if (!delivery || delivery.status === 'sent' || delivery.status === 'delivered' || delivery.status === 'cancelled') return;
      const now = () => ctx.app.clock.now();
      const consentGate: DeliveryGate = async (d) =>
        d.contact_id && !(await canSend(ctx.db, { workspaceId: d.workspace_id, contactId: d.contact_id, channel: d.channel }))
          ? `contact opted out of ${d.channel}`
          : undefined;
      for (const gate of [consentGate, ...gates]) {
        const reason = await gate(delivery, ctx);
        if (reason) {
          await ctx.db
            .updateTable('deliveries')
            .set({ status: 'cancelled', last_error: reason, updated_at: now() })
            .where('id', '=', deliveryId)
            .execute();
          return;
        }
      }
      const sender = senders.get(delivery.provider);
      if (!sender) throw new AppError('provider_not_configured', `no sender for provider ${delivery.provider}`, { retryable: false });
      await ctx.db
        .updateTable('deliveries')
        .set({ attempts: delivery.attempts + 1, updated_at: now() })
        .where('id', '=', deliveryId)
        .execute();
      const result = await sender(delivery, ctx);
      const at = now();
      const cancelled = result.status === 'cancelled';
      await inTransaction(ctx.db, async (trx) => {
        await trx
          .updateTable('deliveries')
          .set({
            status: result.status ?? 'sent',
            response: JSON.stringify(result.response ?? null).slice(0, 10_000),
            last_error: cancelled ? (result.reason ?? 'cancelled by the provider').slice(0, 2000) : null,
            sent_at: cancelled ? null : at,
            latency_ms: cancelled ? null : at - delivery.created_at,
            updated_at: at,
          })
          .where('id', '=', deliveryId)
          .execute();
        if (result.followUps?.length) await enqueueJobs({ db: trx, dialect: ctx.app.dialect, clock: ctx.app.clock }, delivery.workspace_id, result.followUps);
      });
      if (result.followUps?.length) ctx.app.jobSignal.notify();
    },
    async onFailed({ deliveryId }, ctx, failure) {
      await ctx.db
        .updateTable('deliveries')
        .set({ status: failure.dead ? 'dead' : 'failed', last_error: errorText(failure.error), updated_at: ctx.app.clock.now() })
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', deliveryId)
        .where('status', 'not in', ['sent', 'delivered'])
        .execute();
    },
  });
}
