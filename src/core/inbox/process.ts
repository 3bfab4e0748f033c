// The job that hands a stored event to one subscribing module's handler and records that module's outcome on the event.
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { InboxEventTable } from '../../db/database.js';
import { defineJob } from '../jobs/define.js';
import { JobInSetFailed } from '../jobs/set-failure.js';
import type { JobContext, RegisteredJob } from '../jobs/types.js';
import type { Note } from '../notes.js';
import { recordModuleOutcome } from './outcomes.js';

export type StoredEvent = Selectable<InboxEventTable>;

/** What a handler did with an event, shown in the webhook log. */
export interface EventOutcome {
  readonly status: 'processed' | 'skipped';
  /** Why, in words: "lead created", "no product matched", "sales person mismatch: got x, want y". */
  readonly outcome?: string;
  /** The same as codes with values, for the dashboard to word in the reader's language. */
  readonly notes?: readonly Note[];
}

/**
 * A module's handler for one webhook source (its subscription). It runs inside the job's transaction: whatever it writes (stage
 * moves, deliveries, timers) commits together with the event's outcome, exactly once. It must be idempotent
 * on replay (a replayed order.created must not create a second lead).
 */
export type EventHandler = (event: StoredEvent, ctx: JobContext) => Promise<EventOutcome>;

/**
 * The payload of the job that processes one stored event for one subscribing module (each module has its own job).
 * `module` is absent only in jobs queued before fan-out existed: they run every subscriber.
 */
export const inboxJobPayload = z.object({ eventId: z.string(), module: z.string().optional() });

declare module '../jobs/types.js' {
  interface JobPayloads {
    'inbox.process': z.infer<typeof inboxJobPayload>;
  }
}

/** Handlers by webhook source name, then by subscribing module name. */
export type Subscriptions = ReadonlyMap<string, ReadonlyMap<string, EventHandler>>;

export function inboxProcessJob(subscriptions: Subscriptions): RegisteredJob<'inbox.process'> {
  return defineJob('inbox.process', {
    schema: inboxJobPayload,
    mode: 'transaction',
    maxAttempts: 8,
    backoff: { baseMs: 5_000, capMs: 30 * 60_000 },
    handle: (payload, ctx) => processEvent(subscriptions, payload, ctx),
    // A batch of events runs as one set: the handlers one after another in the set's savepoint, their completions
    // in one statement (instead of a savepoint, a release and a completion per event). If one throws, its attempt
    // is recorded as failed without calling its handler again, and the other events run alone.
    async handleBatch(jobs) {
      for (const job of jobs) {
        try {
          await processEvent(subscriptions, job.payload, job.ctx);
        } catch (thrown) {
          throw new JobInSetFailed(job.ctx, thrown);
        }
      }
    },
    async onFailed({ eventId, module }, ctx, failure) {
      const outcome = `${failure.dead ? 'failed' : 'will retry'}: ${failure.error.message}`.slice(0, 1000);
      const status = failure.dead ? 'failed' : 'pending';
      if (module === undefined) {
        await ctx.db.updateTable('inbox_events').set({ status, outcome }).where('workspace_id', '=', ctx.workspaceId).where('id', '=', eventId).execute();
        return;
      }
      const event = await ctx.db.selectFrom('inbox_events').select('source').where('workspace_id', '=', ctx.workspaceId).where('id', '=', eventId).executeTakeFirst();
      const only = (subscriptions.get(event?.source ?? '')?.size ?? 0) <= 1;
      await recordModuleOutcome(ctx.db, ctx.app.clock, { workspaceId: ctx.workspaceId, eventId, module, status, outcome, only });
    },
  });
}

/** Hands one stored event to its subscriber(s) and records each one's outcome on the event. */
async function processEvent(subscriptions: Subscriptions, { eventId, module }: z.infer<typeof inboxJobPayload>, ctx: JobContext): Promise<void> {
  const event = await ctx.db
    .selectFrom('inbox_events')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!event) return;
  const handlers = subscriptions.get(event.source) ?? new Map<string, EventHandler>();
  // A job enqueued before events named their module runs every subscriber, one after the other.
  const modules = module === undefined ? [...handlers.keys()] : [module];
  if (modules.length === 0) {
    await ctx.db
      .updateTable('inbox_events')
      .set({ status: 'skipped', outcome: `no module handles ${event.source} events`, processed_at: ctx.app.clock.now() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', eventId)
      .execute();
    return;
  }
  for (const name of modules) {
    const handler = handlers.get(name);
    const result: EventOutcome = handler
      ? await handler(event, ctx)
      : { status: 'skipped', outcome: `module ${name} no longer handles ${event.source} events` };
    await recordModuleOutcome(ctx.db, ctx.app.clock, {
      workspaceId: ctx.workspaceId,
      eventId,
      module: name,
      status: result.status,
      outcome: result.outcome ?? null,
      ...(result.notes && result.notes.length > 0 ? { notes: result.notes } : {}),
      only: handlers.size <= 1,
    });
  }
}

/** The modules subscribed to a webhook source, in registry order. */
export function subscribersOf(subscriptions: Subscriptions): (source: string) => readonly string[] {
  return (source) => [...(subscriptions.get(source)?.keys() ?? [])];
}
