// Whether stored events of a serial key (a WhatsApp chat) are still waiting to be processed.
import { sql } from 'kysely';
import { INBOX_JOB } from './store.js';
import { batchedRead } from '../read-batch.js';
import type { Executor } from '../../db/database.js';

/**
 * For each serial key (a WhatsApp chat) with stored events not processed yet (their job queued or running), when the
 * first of them was stored (epoch ms); absent when none waits. A webhook is acknowledged as soon as it is stored, so
 * under a backlog a customer's message can sit here while a timer that depends on it (a WhatsApp turn) comes due.
 * Read with the keys the other jobs running at once ask for.
 *
 * A probe of the jobs_serial index per key (its predicate is spelled the same, so SQLite's planner can use it): the
 * few unfinished jobs of each key, whatever the key's history.
 */
export const eventsWaitingSinceRead = batchedRead('core.events-waiting', async (db, workspaceId, serialKeys) => {
  const rows = await db
    .selectFrom('jobs')
    .select(['serial_key', (eb) => eb.fn.min('created_at').as('first')])
    .where('workspace_id', '=', workspaceId)
    .where('serial_key', 'in', serialKeys)
    .where(sql<boolean>`status in ('queued', 'running')`)
    .where('name', '=', INBOX_JOB)
    .groupBy('serial_key')
    .execute();
  return new Map(rows.flatMap((r) => (r.serial_key === null ? [] : [[r.serial_key, Number(r.first)] as const])));
});

/**
 * The serial keys (WhatsApp chats) among these with a stored event that no worker has taken yet. A key's events are
 * processed one at a time, in the order stored, so for the handler of one of them these are the events stored after
 * it: a customer's next message, already acknowledged, that its own handler will record next. Every module's jobs
 * count, so with two modules subscribed to a source each would also see the other's job for the same event; WAHA's
 * events have one subscriber, the WhatsApp assistant.
 */
export async function keysWithQueuedEvents(db: Executor, workspaceId: string, serialKeys: readonly string[]): Promise<Set<string>> {
  if (serialKeys.length === 0) return new Set();
  const rows = await db
    .selectFrom('jobs')
    .select('serial_key')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('serial_key', 'in', [...serialKeys])
    // Spelled as jobs_serial's predicate, so that SQLite's planner uses that index, then narrowed to queued.
    .where(sql<boolean>`status in ('queued', 'running')`)
    .where('status', '=', 'queued')
    .where('name', '=', INBOX_JOB)
    .execute();
  return new Set(rows.flatMap((r) => (r.serial_key === null ? [] : [r.serial_key])));
}
