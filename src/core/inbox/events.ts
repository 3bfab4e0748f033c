// Reading the webhook log (stored events and rejections) and replaying an event through its subscribers.
import type { Executor, Dialect } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { notFound } from '../errors.js';
import { enqueueJob } from '../jobs/enqueue.js';
import { pendingOutcomes } from './outcomes.js';
import type { StoredEvent } from './process.js';

export interface EventFilter {
  source?: string;
  status?: string;
  type?: string;
  since?: number;
  limit: number;
  /** Keyset cursor: events received before this id (ids sort by time). */
  beforeId?: string;
}

export async function listEvents(db: Executor, workspaceId: string, f: EventFilter): Promise<StoredEvent[]> {
  let q = db.selectFrom('inbox_events').selectAll().where('workspace_id', '=', workspaceId);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.since !== undefined) q = q.where('received_at', '>=', f.since);
  if (f.beforeId) q = q.where('id', '<', f.beforeId);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

/** Every event about one record (an order), oldest first: events that share a serial key. */
export async function listEventsBySerialKey(db: Executor, workspaceId: string, serialKey: string, limit = 100): Promise<StoredEvent[]> {
  return db.selectFrom('inbox_events').selectAll().where('workspace_id', '=', workspaceId).where('serial_key', '=', serialKey).orderBy('id').limit(limit).execute();
}

export async function getEvent(db: Executor, workspaceId: string, id: string): Promise<StoredEvent> {
  const row = await db.selectFrom('inbox_events').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('event', id);
  return row;
}

/**
 * Runs a stored event through every module subscribed to its source now, each in its own job (handlers are
 * idempotent, so this heals, never doubles). An event nobody subscribes to stays as it is.
 */
export async function replayEvent(
  target: { db: Executor; dialect: Dialect; clock: Clock; jobSignal?: { notify(): void } },
  workspaceId: string,
  id: string,
  subscribers: (source: string) => readonly string[],
): Promise<StoredEvent> {
  const event = await getEvent(target.db, workspaceId, id);
  const modules = subscribers(event.source);
  if (modules.length === 0) return event;
  await target.db
    .updateTable('inbox_events')
    .set({ status: 'pending', outcome: 'replay requested', module_outcomes: modules.length > 1 ? pendingOutcomes(modules, 'replay requested') : null })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  for (const module of modules) await enqueueJob(target, workspaceId, 'inbox.process', { eventId: id, module }, { serialKey: event.serial_key });
  return getEvent(target.db, workspaceId, id);
}

export async function listRejections(db: Executor, workspaceId: string, f: { since?: number; limit: number; beforeId?: string }) {
  let q = db.selectFrom('webhook_rejections').selectAll().where('workspace_id', '=', workspaceId);
  if (f.since !== undefined) q = q.where('received_at', '>=', f.since);
  if (f.beforeId) q = q.where('id', '<', f.beforeId);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}
