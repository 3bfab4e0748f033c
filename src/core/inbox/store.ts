// Storing verified webhooks with group commit (hand-written core): one durable commit acknowledges many requests.
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { enqueueJobs, jobSpec, type JobSpec } from '../jobs/enqueue.js';
import type { JobSignal } from '../context.js';
import { pendingOutcomes } from './outcomes.js';

export interface IncomingEvent {
  readonly workspaceId: string;
  readonly source: string;
  readonly type: string;
  readonly providerEventId: string;
  readonly serialKey?: string | undefined;
  readonly rawBody: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly receivedAt: number;
}

export interface StoreOutcome {
  readonly eventId: string;
  /** True when an event with the same provider id was already stored: acknowledge, do nothing else. */
  readonly duplicate: boolean;
}

export interface InboxWriter {
  /** Resolves once the event and its processing job are durably committed (or found to be a repeat). */
  store(event: IncomingEvent): Promise<StoreOutcome>;
}

/** The job that processes a stored event; registered by the core (core/inbox/process.ts). */
export const INBOX_JOB = 'inbox.process';

interface Pending {
  event: IncomingEvent;
  resolve(outcome: StoreOutcome): void;
  reject(error: unknown): void;
}

export interface InboxDeps {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly clock: Clock;
  readonly jobSignal?: JobSignal;
  /** The modules subscribed to a source: each gets its own processing job; none means stored as skipped. */
  readonly subscribers: (source: string) => readonly string[];
}

/**
 * Requests that arrive while a commit is in flight wait for the next one, which takes them all: under load one
 * fsync serves a whole batch, and an idle server still answers a lone request after a single commit.
 */
export function createInboxWriter(deps: InboxDeps, maxBatch = 500): InboxWriter {
  const queue: Pending[] = [];
  let flushing = false;

  const flush = async () => {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        try {
          const outcomes = await writeBatch(deps, batch.map((p) => p.event));
          batch.forEach((p, i) => {
            const outcome = outcomes[i];
            if (outcome) p.resolve(outcome);
            else p.reject(new Error('inbox write lost an outcome'));
          });
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      flushing = false;
    }
  };

  return {
    store(event) {
      return new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        if (!flushing) {
          // Wait one turn of the event loop: the requests that arrived together then share the first commit too.
          flushing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}

const dedupKey = (e: { workspaceId: string; source: string; providerEventId: string }) => `${e.workspaceId}\u0000${e.source}\u0000${e.providerEventId}`;

async function writeBatch(deps: InboxDeps, events: readonly IncomingEvent[]): Promise<StoreOutcome[]> {
  const firstIndex = new Map<string, number>();
  const fresh: { index: number; id: string; event: IncomingEvent; modules: readonly string[] }[] = [];
  events.forEach((event, index) => {
    const key = dedupKey(event);
    if (firstIndex.has(key)) return;
    firstIndex.set(key, index);
    fresh.push({ index, id: newId('evt', event.receivedAt), event, modules: deps.subscribers(event.source) });
  });

  return deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('inbox_events')
      .values(
        fresh.map(({ id, event, modules }) => ({
          id,
          workspace_id: event.workspaceId,
          source: event.source,
          type: event.type,
          provider_event_id: event.providerEventId,
          serial_key: event.serialKey ?? null,
          raw_body: event.rawBody,
          headers: JSON.stringify(event.headers),
          received_at: event.receivedAt,
          verified: 1,
          // Nobody subscribes: kept for the log and for a module added later (a replay), with no job.
          status: modules.length === 0 ? 'skipped' : 'pending',
          outcome: modules.length === 0 ? `no module handles ${event.source} events` : null,
          processed_at: modules.length === 0 ? event.receivedAt : null,
          // One subscriber writes its outcome blind, as before fan-out; several merge theirs into this.
          module_outcomes: modules.length > 1 ? pendingOutcomes(modules) : null,
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'provider_event_id']).doNothing())
      .returning('id')
      .execute();
    const insertedIds = new Set(inserted.map((r) => r.id));

    const outcomeByKey = new Map<string, StoreOutcome>();
    const repeats = fresh.filter((f) => !insertedIds.has(f.id));
    for (const r of repeats) {
      const existing = await trx
        .selectFrom('inbox_events')
        .select('id')
        .where('workspace_id', '=', r.event.workspaceId)
        .where('source', '=', r.event.source)
        .where('provider_event_id', '=', r.event.providerEventId)
        .executeTakeFirstOrThrow();
      outcomeByKey.set(dedupKey(r.event), { eventId: existing.id, duplicate: true });
    }

    const byWorkspace = new Map<string, JobSpec<typeof INBOX_JOB>[]>();
    for (const f of fresh) {
      if (!insertedIds.has(f.id)) continue;
      outcomeByKey.set(dedupKey(f.event), { eventId: f.id, duplicate: false });
      const list = byWorkspace.get(f.event.workspaceId) ?? [];
      for (const module of f.modules) list.push(jobSpec(INBOX_JOB, { eventId: f.id, module }, { serialKey: f.event.serialKey ?? null }));
      byWorkspace.set(f.event.workspaceId, list);
    }
    for (const [workspaceId, specs] of byWorkspace) {
      if (specs.length === 0) continue;
      await enqueueJobs({ db: trx, dialect: deps.dialect, clock: deps.clock, ...(deps.jobSignal ? { jobSignal: deps.jobSignal } : {}) }, workspaceId, specs);
    }

    return events.map((event, index) => {
      const outcome = outcomeByKey.get(dedupKey(event));
      if (!outcome) throw new Error('missing inbox outcome');
      // A repeat inside the same batch is a duplicate of the first copy.
      return firstIndex.get(dedupKey(event)) === index ? outcome : { eventId: outcome.eventId, duplicate: true };
    });
  });
}

export interface Rejection {
  readonly workspaceId: string;
  readonly source: string;
  readonly reason: string;
  readonly statusCode: number;
  readonly remoteAddr?: string | undefined;
  /** How many rejections the row stands for: 1, or the rest of a flood counted into one row. */
  readonly count?: number;
}

/** Logs a refused webhook (bad signature, bad JSON, too large) with its reason, for the webhook log. */
export async function recordRejection(db: Kysely<Database>, clock: Clock, r: Rejection): Promise<string> {
  const id = newId('rej', clock.now());
  await db
    .insertInto('webhook_rejections')
    .values({
      id,
      workspace_id: r.workspaceId,
      source: r.source,
      reason: r.reason.slice(0, 500),
      status_code: r.statusCode,
      remote_addr: r.remoteAddr ?? null,
      received_at: clock.now(),
      count: r.count ?? 1,
    })
    .execute();
  return id;
}
