// Whether stored events of one serial key (a WhatsApp chat) are still waiting to be processed.
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { INBOX_JOB } from './store.js';

/**
 * True when an event with this serial key, stored at or before `storedBy`, has not been processed yet: its job is
 * queued or running. A webhook is acknowledged as soon as it is stored, so under a backlog a customer's message can
 * sit here while a timer that depends on it (a WhatsApp turn) comes due.
 *
 * One probe of the jobs_serial index (its predicate is spelled the same, so SQLite's planner can use it): the few
 * unfinished jobs of the key, whatever the key's history.
 */
export async function eventsWaiting(db: Executor, workspaceId: string, serialKey: string, storedBy: number): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('serial_key', '=', serialKey)
    .where(sql<boolean>`status in ('queued', 'running')`)
    .where('name', '=', INBOX_JOB)
    .where('created_at', '<=', storedBy)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
