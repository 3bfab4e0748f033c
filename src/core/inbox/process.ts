// The job that hands a stored event to one subscribing module's handler and records that module's outcome on the event.
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { InboxEventTable } from '../../db/database.js';
import { defineJob } from '../jobs/define.js';
import { JobInSetFailed } from '../jobs/set-failure.js';
import type { BatchJob, JobContext, RegisteredJob } from '../jobs/types.js';
import type { Executor } from '../../db/database.js';
import { workspaceColumn } from '../../db/by-id.js';
import type { Note } from '../notes.js';
import { recordModuleOutcome, recordOutcomes } from './outcomes.js';

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
export type EventHandler = ((event: StoredEvent, ctx: JobContext) => Promise<EventOutcome>) & {
  /** The handler's set form, for a batch of events of its source (see EventSetHandler). */
  readonly handleSet?: EventSetHandler;
};

/** One event of a set, with its own job's context (its workspace and logger; `db` is the set's transaction). */
export interface EventSetItem {
  readonly event: StoredEvent;
  readonly ctx: JobContext;
}

/**
 * A handler's set form: several events of its source at once, one query per step for the whole set (a burst of
 * orders). For each item it returns the outcome, exactly what the handler would have returned, or undefined for an
 * event it leaves to the handler (an event that depends on another in the set, a rare path): those run one by one
 * afterwards, in claim order. If it throws, nothing of the set is kept and every event runs alone.
 */
export type EventSetHandler = (items: readonly EventSetItem[], db: Executor) => Promise<(EventOutcome | undefined)[]>;

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
    // A batch of events runs as one set: the events read in one query, those whose handler has a set form handed to
    // it together, the others one after another, all in the set's savepoint with their completions in one statement
    // (instead of a savepoint, a release and a completion per event). If one handler throws alone, its attempt is
    // recorded as failed without calling it again, and the other events run alone.
    async handleBatch(jobs, bc) {
      const events = await loadEvents(bc.db, jobs);
      const rest = await processSets(subscriptions, jobs, events, bc.db);
      for (const job of rest) {
        try {
          await processEvent(subscriptions, job.payload, job.ctx, events.get(job.payload.eventId) ?? null);
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

type ProcessJob = BatchJob<z.infer<typeof inboxJobPayload>>;

/** The stored events of a set, by id, in one query. */
async function loadEvents(db: Executor, jobs: readonly ProcessJob[]): Promise<Map<string, StoredEvent>> {
  const rows = await db
    .selectFrom('inbox_events')
    .selectAll()
    .where(workspaceColumn(), 'in', [...new Set(jobs.map((j) => j.ctx.workspaceId))])
    .where('id', 'in', [...new Set(jobs.map((j) => j.payload.eventId))])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Hands the set's events whose module's handler has a set form to it, grouped by workspace, source and module, and
 * records their outcomes. Returns the jobs still to run one by one, in claim order.
 */
async function processSets(subscriptions: Subscriptions, jobs: readonly ProcessJob[], events: ReadonlyMap<string, StoredEvent>, db: Executor): Promise<ProcessJob[]> {
  const groups = new Map<string, { handleSet: EventSetHandler; only: boolean; module: string; jobs: ProcessJob[] }>();
  for (const job of jobs) {
    const event = events.get(job.payload.eventId);
    const { module } = job.payload;
    if (!event || event.workspace_id !== job.ctx.workspaceId || module === undefined) continue;
    const handlers = subscriptions.get(event.source);
    const handler = handlers?.get(module);
    if (!handler?.handleSet) continue;
    const key = JSON.stringify([event.workspace_id, event.source, module]);
    const group = groups.get(key) ?? { handleSet: handler.handleSet, only: (handlers?.size ?? 0) <= 1, module, jobs: [] };
    group.jobs.push(job);
    groups.set(key, group);
  }
  const handled = new Set<ProcessJob>();
  for (const group of groups.values()) {
    if (group.jobs.length < 2) continue;
    const results = await group.handleSet(group.jobs.map((job) => ({ event: events.get(job.payload.eventId) as StoredEvent, ctx: job.ctx })), db);
    const done = group.jobs.flatMap((job, i) => {
      const result = results[i];
      return result ? [{ job, result }] : [];
    });
    for (const { job } of done) handled.add(job);
    const first = group.jobs[0];
    if (group.only && first) {
      // The module is the source's only subscriber: every outcome in one statement.
      const outcomes = done.map(({ job, result }) => ({ eventId: job.payload.eventId, ...outcomeFields(result) }));
      await recordOutcomes(db, first.ctx.app.clock, { workspaceId: first.ctx.workspaceId, module: group.module, outcomes });
    } else {
      for (const { job, result } of done) await recordOutcome(job.ctx, job.payload.eventId, group.module, result, group.only);
    }
  }
  return jobs.filter((job) => !handled.has(job));
}

/** A handler's outcome as the event records it: no outcome is null, no notes are left out. */
const outcomeFields = (result: EventOutcome) => ({
  status: result.status,
  outcome: result.outcome ?? null,
  ...(result.notes && result.notes.length > 0 ? { notes: result.notes } : {}),
});

function recordOutcome(ctx: JobContext, eventId: string, module: string, result: EventOutcome, only: boolean): Promise<void> {
  return recordModuleOutcome(ctx.db, ctx.app.clock, {
    workspaceId: ctx.workspaceId,
    eventId,
    module,
    ...outcomeFields(result),
    only,
  });
}

/**
 * Hands one stored event to its subscriber(s) and records each one's outcome on the event. `loaded` is the event
 * when the caller already read it (a set), null when it did not exist then.
 */
async function processEvent(subscriptions: Subscriptions, { eventId, module }: z.infer<typeof inboxJobPayload>, ctx: JobContext, loaded?: StoredEvent | null): Promise<void> {
  const event =
    loaded !== undefined
      ? loaded
      : await ctx.db.selectFrom('inbox_events').selectAll().where('workspace_id', '=', ctx.workspaceId).where('id', '=', eventId).executeTakeFirst();
  if (!event || event.workspace_id !== ctx.workspaceId) return;
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
    await recordOutcome(ctx, eventId, name, result, handlers.size <= 1);
  }
}

/** The modules subscribed to a webhook source, in registry order. */
export function subscribersOf(subscriptions: Subscriptions): (source: string) => readonly string[] {
  return (source) => [...(subscriptions.get(source)?.keys() ?? [])];
}
