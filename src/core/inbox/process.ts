// The job that hands a stored event to its module's handler and records the outcome on the event.
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { InboxEventTable } from '../../db/database.js';
import { defineJob } from '../jobs/define.js';
import type { JobContext, RegisteredJob } from '../jobs/types.js';

export type StoredEvent = Selectable<InboxEventTable>;

/** What a handler did with an event, shown in the webhook log. */
export interface EventOutcome {
  readonly status: 'processed' | 'skipped';
  /** Why, in words: "lead created", "no product matched", "sales person mismatch: got x, want y". */
  readonly outcome?: string;
}

/**
 * A module's handler for one webhook source. It runs inside the job's transaction: whatever it writes (stage
 * moves, deliveries, timers) commits together with the event's outcome, exactly once. It must be idempotent
 * on replay (a replayed order.created must not create a second lead).
 */
export type EventHandler = (event: StoredEvent, ctx: JobContext) => Promise<EventOutcome>;

/** The payload of the job that processes one stored event. */
export const inboxJobPayload = z.object({ eventId: z.string() });

declare module '../jobs/types.js' {
  interface JobPayloads {
    'inbox.process': z.infer<typeof inboxJobPayload>;
  }
}

export function inboxProcessJob(handlers: ReadonlyMap<string, EventHandler>): RegisteredJob<'inbox.process'> {
  return defineJob('inbox.process', {
    schema: inboxJobPayload,
    mode: 'transaction',
    maxAttempts: 8,
    backoff: { baseMs: 5_000, capMs: 30 * 60_000 },
    async handle({ eventId }, ctx) {
      const event = await ctx.db
        .selectFrom('inbox_events')
        .selectAll()
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', eventId)
        .executeTakeFirst();
      if (!event) return;
      const handler = handlers.get(event.source);
      const result: EventOutcome = handler
        ? await handler(event, ctx)
        : { status: 'skipped', outcome: `no handler for ${event.source} events` };
      await ctx.db
        .updateTable('inbox_events')
        .set({ status: result.status, outcome: result.outcome ?? null, processed_at: ctx.app.clock.now() })
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', eventId)
        .execute();
    },
    async onFailed({ eventId }, ctx, failure) {
      await ctx.db
        .updateTable('inbox_events')
        .set({
          status: failure.dead ? 'failed' : 'pending',
          outcome: `${failure.dead ? 'failed' : 'will retry'}: ${failure.error.message}`.slice(0, 1000),
        })
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', eventId)
        .execute();
    },
  });
}
