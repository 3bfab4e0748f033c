// Storing verified webhooks with group commit (hand-written core): one durable commit acknowledges many requests.
import { sql, type Kysely } from 'kysely';
import type { Database, Dialect, Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { enqueueJobs, jobSpec, JOB_NOTIFY_CHANNEL, queuedJobRow, type JobSpec } from '../jobs/enqueue.js';
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
  const fresh: FreshEvent[] = [];
  events.forEach((event, index) => {
    const key = dedupKey(event);
    if (firstIndex.has(key)) return;
    firstIndex.set(key, index);
    fresh.push({ id: newId('evt', event.receivedAt), event, modules: deps.subscribers(event.source) });
  });

  const outcomes = (insertedIds: ReadonlySet<string>, storedBefore: ReadonlyMap<string, string>) => {
    const outcomeByKey = new Map<string, StoreOutcome>();
    for (const f of fresh) {
      const key = dedupKey(f.event);
      const earlierId = storedBefore.get(key);
      if (insertedIds.has(f.id)) outcomeByKey.set(key, { eventId: f.id, duplicate: false });
      else if (earlierId !== undefined) outcomeByKey.set(key, { eventId: earlierId, duplicate: true });
    }
    return events.map((event, index) => {
      const outcome = outcomeByKey.get(dedupKey(event));
      if (!outcome) throw new Error('missing inbox outcome');
      // A repeat inside the same batch is a duplicate of the first copy.
      return firstIndex.get(dedupKey(event)) === index ? outcome : { eventId: outcome.eventId, duplicate: true };
    });
  };

  if (deps.dialect === 'postgres') {
    const insertedIds = await insertAtOnce(deps, fresh);
    if (fresh.some((f) => f.modules.length > 0 && insertedIds.has(f.id))) deps.jobSignal?.notify();
    // The ids of events stored before (a provider's retry): rare, so one lookup each, once the batch has committed.
    return outcomes(insertedIds, await storedIdsOf(deps.db, fresh.filter((f) => !insertedIds.has(f.id))));
  }

  return deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('inbox_events')
      .values(fresh.map(eventRow))
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'provider_event_id']).doNothing())
      .returning('id')
      .execute();
    const insertedIds = new Set(inserted.map((r) => r.id));
    const storedBefore = await storedIdsOf(trx, fresh.filter((f) => !insertedIds.has(f.id)));

    const byWorkspace = new Map<string, JobSpec<typeof INBOX_JOB>[]>();
    for (const f of fresh) {
      if (!insertedIds.has(f.id)) continue;
      const list = byWorkspace.get(f.event.workspaceId) ?? [];
      for (const module of f.modules) list.push(inboxJob(f, module));
      byWorkspace.set(f.event.workspaceId, list);
    }
    for (const [workspaceId, specs] of byWorkspace) {
      if (specs.length === 0) continue;
      await enqueueJobs({ db: trx, dialect: deps.dialect, clock: deps.clock, ...(deps.jobSignal ? { jobSignal: deps.jobSignal } : {}) }, workspaceId, specs);
    }
    return outcomes(insertedIds, storedBefore);
  });
}

/** The job that hands a stored event to one subscribing module; a serial key keeps one subject's events in order. */
function inboxJob(f: FreshEvent, module: string): JobSpec<typeof INBOX_JOB> {
  return jobSpec(INBOX_JOB, { eventId: f.id, module }, { serialKey: f.event.serialKey ?? null });
}

interface FreshEvent {
  readonly id: string;
  readonly event: IncomingEvent;
  readonly modules: readonly string[];
}

function eventRow({ id, event, modules }: FreshEvent) {
  return {
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
  };
}

/** The stored id of each event already in the inbox under the same provider id, by its dedupKey. */
async function storedIdsOf(db: Executor, repeats: readonly FreshEvent[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const r of repeats) {
    const existing = await db
      .selectFrom('inbox_events')
      .select('id')
      .where('workspace_id', '=', r.event.workspaceId)
      .where('source', '=', r.event.source)
      .where('provider_event_id', '=', r.event.providerEventId)
      .executeTakeFirstOrThrow();
    ids.set(dedupKey(r.event), existing.id);
  }
  return ids;
}

/**
 * PostgreSQL: the events, their processing jobs and the NOTIFY that wakes other processes' workers in one statement
 * (data-modifying WITH), which commits on its own. The transaction took five round trips (begin, the events, the jobs,
 * the NOTIFY, commit), each waking a database backend that shares the machine's cores with the server; they were a
 * quarter of all the statements of the WhatsApp bench. The rows travel as one JSON parameter each: a batch of 500
 * events is 7,000 values otherwise. A job is queued only for an event this statement stored (a repeat gets none), in
 * the order of arrival, so jobs with the same serial key run in that order. Returns the ids stored.
 */
async function insertAtOnce(deps: InboxDeps, fresh: readonly FreshEvent[]): Promise<Set<string>> {
  const now = deps.clock.now();
  const jobs = fresh
    .flatMap((f) => f.modules.map((module) => ({ event_id: f.id, ...queuedJobRow(f.event.workspaceId, inboxJob(f, module), now) })))
    .map((job, ord) => ({ ord, ...job }));
  const result = await sql<{ id: string }>`
    with stored as (
      insert into inbox_events (id, workspace_id, source, type, provider_event_id, serial_key, raw_body, headers, received_at, verified,
        status, outcome, processed_at, module_outcomes)
      select * from json_to_recordset(${JSON.stringify(fresh.map(eventRow))}) as e(id text, workspace_id text, source text, type text,
        provider_event_id text, serial_key text, raw_body text, headers text, received_at bigint, verified integer, status text, outcome text,
        processed_at bigint, module_outcomes text)
      on conflict (workspace_id, source, provider_event_id) do nothing
      returning id
    ), queued as (
      insert into jobs (workspace_id, name, payload, serial_key, job_key, status, run_at, attempts, max_attempts, created_at, updated_at)
      select j.workspace_id, j.name, j.payload, j.serial_key, j.job_key, j.status, j.run_at, j.attempts, j.max_attempts, j.created_at, j.updated_at
      from json_to_recordset(${JSON.stringify(jobs)}) as j(ord integer, event_id text, workspace_id text, name text, payload text,
        serial_key text, job_key text, status text, run_at bigint, attempts integer, max_attempts integer, created_at bigint, updated_at bigint)
      join stored on stored.id = j.event_id
      order by j.ord
      returning 1
    )
    -- The NOTIFY sits in the select list because a plain WITH query runs only when referenced; it runs once, and
    -- only when a job was queued.
    select stored.id, (select count(*) from (select pg_notify(cast(${JOB_NOTIFY_CHANNEL} as text), '') where exists (select 1 from queued)) as n) as announced
    from stored`.execute(deps.db);
  return new Set(result.rows.map((r) => r.id));
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
