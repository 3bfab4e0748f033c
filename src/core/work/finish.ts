// Work for a person (hand-written core): finishing an item, or giving it back to the queue.
import type { Executor } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../errors.js';
import { giveSlotBack } from './claim.js';
import { getWorkItem, toWorkItem, type WorkDeps, type WorkItem, type WorkItemRef } from './items.js';

export type FinishOutcome =
  | { readonly ok: true; readonly item: WorkItem }
  | {
      readonly ok: false;
      /** not_found; not_yours: claimed by someone else; not_claimed: nothing to give back; already_done. */
      readonly reason: 'not_found' | 'not_yours' | 'not_claimed' | 'already_done';
      readonly item?: WorkItem;
    };

/**
 * Marks an item done. With `assignee`, only that person's claim may be finished (a call logged by its caller);
 * without it the module finishes the item whoever holds it, or while nobody does (the customer bought before the
 * call). A finished claim keeps counting against the day it was counted on: the person did the work.
 */
export async function completeWorkItem(
  db: Executor,
  deps: Pick<WorkDeps, 'clock'>,
  input: WorkItemRef & { assignee?: string; outcome?: string },
): Promise<FinishOutcome> {
  const now = deps.clock.now();
  let q = db
    .updateTable('work_items')
    .set({ status: 'done', done_at: now, outcome: input.outcome ?? null, updated_at: now })
    .where('workspace_id', '=', input.workspaceId)
    .where('queue', '=', input.queue)
    .where('item_id', '=', input.itemId)
    .where('status', '<>', 'done');
  if (input.assignee !== undefined) q = q.where('status', '=', 'claimed').where('assignee', '=', input.assignee);
  const row = await q.returningAll().executeTakeFirst();
  if (row) return { ok: true, item: toWorkItem(row) };
  const item = await getWorkItem(db, input);
  if (!item) return { ok: false, reason: 'not_found' };
  if (item.status === 'done') return { ok: false, reason: 'already_done', item };
  return { ok: false, reason: item.status === 'claimed' ? 'not_yours' : 'not_claimed', item };
}

/**
 * Gives a claimed item back to the queue (status released: claimable again, by anyone) and gives its person the
 * slot back for the day it counted against, so handing back a call you cannot make does not use up your day.
 * With `assignee`, only that person's claim; `availableAt` holds it back until then (try again after lunch).
 */
export async function releaseWorkItem(
  db: Executor,
  deps: Pick<WorkDeps, 'clock'>,
  input: WorkItemRef & { assignee?: string; availableAt?: number },
): Promise<FinishOutcome> {
  // The item may change between the look and the locked update (finished, or carried over at midnight): look again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const seen = await getWorkItem(db, input);
    if (!seen) return { ok: false, reason: 'not_found' };
    if (seen.status === 'done') return { ok: false, reason: 'already_done', item: seen };
    if (seen.status !== 'claimed' || seen.assignee === null || seen.countedDay === null) return { ok: false, reason: 'not_claimed', item: seen };
    if (input.assignee !== undefined && seen.assignee !== input.assignee) return { ok: false, reason: 'not_yours', item: seen };
    const released = await releaseOnce(db, deps, input, { ...seen, assignee: seen.assignee, countedDay: seen.countedDay });
    if (released) return { ok: true, item: released };
  }
  throw new AppError('conflict', `work item ${input.itemId} kept changing while being released; try again`, { retryable: true });
}

async function releaseOnce(
  db: Executor,
  deps: Pick<WorkDeps, 'clock'>,
  input: WorkItemRef & { availableAt?: number },
  seen: WorkItem & { assignee: string; countedDay: string },
): Promise<WorkItem | undefined> {
  const person = { workspaceId: input.workspaceId, queue: input.queue, assignee: seen.assignee };
  const day = seen.countedDay;
  return inTransaction(db, async (trx) => {
    const now = deps.clock.now();
    // The counter row first, as every claim does (claim.ts), so a release and a claim never wait on each other.
    await trx
      .updateTable('work_day_counts')
      .set({ updated_at: now })
      .where('workspace_id', '=', person.workspaceId)
      .where('queue', '=', person.queue)
      .where('assignee', '=', person.assignee)
      .where('day', '=', day)
      .execute();
    const row = await trx
      .updateTable('work_items')
      .set({
        status: 'released',
        assignee: null,
        claimed_day: null,
        counted_day: null,
        claimed_at: null,
        ...(input.availableAt !== undefined ? { available_at: input.availableAt } : {}),
        updated_at: now,
      })
      .where('id', '=', seen.id)
      .where('workspace_id', '=', input.workspaceId)
      .where('status', '=', 'claimed')
      .where('assignee', '=', person.assignee)
      .where('counted_day', '=', day)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await giveSlotBack(trx, person, day, now);
    return toWorkItem(row);
  });
}
