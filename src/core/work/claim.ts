// Work for a person (hand-written core): claiming under a daily cap, atomically on SQLite and PostgreSQL.
//
// One claim is one transaction:
//   1. make sure the person's counter row for today exists (insert … on conflict do nothing);
//   2. lock it (an UPDATE), then carry the person's unfinished claims from earlier days over to today, adding them
//      to the counter without a cap check: work already in someone's hands stays there and counts first;
//   3. take a slot: `UPDATE … SET claimed = claimed + 1 WHERE … AND claimed < cap`. No row updated = cap reached;
//   4. pick the item (PostgreSQL: FOR UPDATE SKIP LOCKED, so two claimers never wait for or get the same row) and
//      mark it claimed with a guard on its status; nothing to pick gives the slot back.
//
// PostgreSQL: the counter row lock serialises one person's claims (a second claim re-reads `claimed < cap` after
// the first commits, under READ COMMITTED), and SKIP LOCKED keeps different people off one item. Every path locks
// the counter row before any work item, so two claims cannot deadlock.
//
// SQLite: there are no row locks; a write transaction holds the whole file, and is serialisable. Kysely opens
// transactions with a deferred BEGIN, which starts as a reader and becomes a writer at its first write; if another
// process commits in between, the upgrade fails at once with SQLITE_BUSY (busy_timeout cannot help a stale
// reader). So the first statement of the transaction is a write (step 1), which takes the write lock up front
// exactly as BEGIN IMMEDIATE would, waiting up to busy_timeout for another process's claim to finish. Two
// processes' claims therefore run one after the other and cannot both pass the cap. (The same is why each claim
// reads the workspace's time zone before its transaction opens.) When a caller passes its own transaction, these
// functions join it; on SQLite call them before that transaction reads anything, for the same reason.
import { sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { lockRows, skipLocked } from '../../db/dialect.js';
import { inTransaction } from '../../db/transaction.js';
import { localDayOf, type LocalDay } from '../schedule/local-day.js';
import { CLAIMABLE, toWorkItem, workspaceTimezone, type WorkDeps, type WorkItem, type WorkItemRef } from './items.js';

export interface PersonInQueue {
  readonly workspaceId: string;
  readonly queue: string;
  /** Who takes the work: a user id, a staff code; whatever the module uses for a person. */
  readonly assignee: string;
}

export interface CapInput extends PersonInQueue {
  /** Most items this person may have counted against one local day (e.g. a staff member's max_contacts_per_day). */
  readonly cap: number;
}

export type ClaimOutcome =
  | { readonly claimed: true; readonly item: WorkItem; readonly countedToday: number; readonly day: LocalDay }
  | {
      readonly claimed: false;
      /**
       * cap_reached: the person has `cap` items today (carried-over work included); nothing_open: no claimable item.
       * For a specific item also: not_found, taken (someone else has it), done, not_available (available_at ahead).
       */
      readonly reason: 'cap_reached' | 'nothing_open' | 'not_found' | 'taken' | 'done' | 'not_available';
      readonly countedToday: number;
      readonly day: LocalDay;
    };

/** Hands the next claimable item (highest priority, then longest waiting) to the person, within their daily cap. */
export async function claimNextWorkItem(db: Executor, deps: WorkDeps, input: CapInput): Promise<ClaimOutcome> {
  const timezone = await workspaceTimezone(db, input.workspaceId);
  return inTransaction(db, async (trx) => {
    const now = deps.clock.now();
    const day = localDayOf(now, timezone);
    const before = (await holdCounter(trx, input, day, now)).counted;
    const slot = await takeSlot(trx, input, day, now);
    if (!slot) return { claimed: false, reason: 'cap_reached', countedToday: before, day };
    const picked = await trx
      .selectFrom('work_items')
      .select('id')
      .where('workspace_id', '=', input.workspaceId)
      .where('queue', '=', input.queue)
      .where('status', 'in', CLAIMABLE)
      .where('available_at', '<=', now)
      .orderBy('priority', 'desc')
      .orderBy('available_at')
      .orderBy('id')
      .limit(1)
      .$call(skipLocked(deps.dialect))
      .executeTakeFirst();
    const item = picked ? await markClaimed(trx, input, picked.id, day, now) : undefined;
    if (!item) {
      await giveSlotBack(trx, input, day, now);
      return { claimed: false, reason: 'nothing_open', countedToday: before, day };
    }
    return { claimed: true, item, countedToday: before + 1, day };
  });
}

/**
 * Hands one chosen item to the person (they picked it from a list), within their daily cap. Claiming an item the
 * person already holds returns it again without counting twice.
 */
export async function claimWorkItem(db: Executor, deps: WorkDeps, input: CapInput & Pick<WorkItemRef, 'itemId'>): Promise<ClaimOutcome> {
  const timezone = await workspaceTimezone(db, input.workspaceId);
  return inTransaction(db, async (trx) => {
    const now = deps.clock.now();
    const day = localDayOf(now, timezone);
    const before = (await holdCounter(trx, input, day, now)).counted;
    const row = await trx
      .selectFrom('work_items')
      .selectAll()
      .where('workspace_id', '=', input.workspaceId)
      .where('queue', '=', input.queue)
      .where('item_id', '=', input.itemId)
      .$call(lockRows(deps.dialect))
      .executeTakeFirst();
    const refuse = (reason: Exclude<ClaimOutcome, { claimed: true }>['reason']): ClaimOutcome => ({ claimed: false, reason, countedToday: before, day });
    if (!row) return refuse('not_found');
    if (row.status === 'claimed' && row.assignee === input.assignee) return { claimed: true, item: toWorkItem(row), countedToday: before, day };
    if (row.status === 'claimed') return refuse('taken');
    if (row.status === 'done') return refuse('done');
    if (row.available_at > now) return refuse('not_available');
    if (!(await takeSlot(trx, input, day, now))) return refuse('cap_reached');
    const item = await markClaimed(trx, input, row.id, day, now);
    if (!item) throw new Error(`work item ${row.id} changed while locked`);
    return { claimed: true, item, countedToday: before + 1, day };
  });
}

/**
 * Carries every person's unfinished claims from earlier days over to today (the morning job): each stays with its
 * person and counts first against today's cap. Idempotent. One short transaction per person when `db` is not a
 * transaction, so a morning run never holds many people's counters at once.
 */
export async function carryOverWorkItems(db: Executor, deps: WorkDeps, input: { workspaceId: string; queue: string }): Promise<{ day: LocalDay; carried: Record<string, number> }> {
  const timezone = await workspaceTimezone(db, input.workspaceId);
  const day = localDayOf(deps.clock.now(), timezone);
  const people = await db
    .selectFrom('work_items')
    .select('assignee')
    .distinct()
    .where('workspace_id', '=', input.workspaceId)
    .where('queue', '=', input.queue)
    .where('status', '=', 'claimed')
    .where('counted_day', '<', day)
    .execute();
  const carried: Record<string, number> = {};
  for (const { assignee } of people) {
    if (assignee === null) continue;
    const person = { ...input, assignee };
    const moved = await inTransaction(db, async (trx) => (await holdCounter(trx, person, day, deps.clock.now())).carried);
    if (moved > 0) carried[assignee] = moved;
  }
  return { day, carried };
}

/**
 * Steps 1 and 2: creates and locks the person's counter row for `day` (a write first: see the header), carries
 * their unfinished claims from earlier days over, and says how many items count against `day` now.
 */
async function holdCounter(trx: Executor, person: PersonInQueue, day: LocalDay, now: number): Promise<{ counted: number; carried: number }> {
  await trx
    .insertInto('work_day_counts')
    .values({ workspace_id: person.workspaceId, queue: person.queue, assignee: person.assignee, day, claimed: 0, updated_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'queue', 'assignee', 'day']).doNothing())
    .execute();
  await counterRow(trx.updateTable('work_day_counts').set({ updated_at: now }), person, day).execute();
  const carried = await trx
    .updateTable('work_items')
    .set({ counted_day: day, updated_at: now })
    .where('workspace_id', '=', person.workspaceId)
    .where('queue', '=', person.queue)
    .where('assignee', '=', person.assignee)
    .where('status', '=', 'claimed')
    .where('counted_day', '<', day)
    .executeTakeFirst();
  const n = Number(carried.numUpdatedRows);
  if (n > 0) await counterRow(trx.updateTable('work_day_counts').set({ claimed: sql`claimed + ${n}` }), person, day).execute();
  const row = await trx
    .selectFrom('work_day_counts')
    .select('claimed')
    .where('workspace_id', '=', person.workspaceId)
    .where('queue', '=', person.queue)
    .where('assignee', '=', person.assignee)
    .where('day', '=', day)
    .executeTakeFirst();
  return { counted: row?.claimed ?? 0, carried: n };
}

/** Step 3: one more item for today, only while under the cap. False when the cap is reached. */
async function takeSlot(trx: Executor, input: CapInput, day: LocalDay, now: number): Promise<boolean> {
  const result = await counterRow(trx.updateTable('work_day_counts').set({ claimed: sql`claimed + 1`, updated_at: now }), input, day)
    .where('claimed', '<', input.cap)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Undoes takeSlot when there was nothing to hand out, or when an item is given back (finish.ts). */
export async function giveSlotBack(trx: Executor, person: PersonInQueue, day: LocalDay, now: number): Promise<void> {
  await counterRow(trx.updateTable('work_day_counts').set({ claimed: sql`claimed - 1`, updated_at: now }), person, day).where('claimed', '>', 0).execute();
}

async function markClaimed(trx: Executor, person: PersonInQueue, id: string, day: LocalDay, now: number): Promise<WorkItem | undefined> {
  const row = await trx
    .updateTable('work_items')
    .set({ status: 'claimed', assignee: person.assignee, claimed_day: day, counted_day: day, claimed_at: now, updated_at: now })
    .where('workspace_id', '=', person.workspaceId)
    .where('id', '=', id)
    .where('status', 'in', CLAIMABLE)
    .returningAll()
    .executeTakeFirst();
  return row ? toWorkItem(row) : undefined;
}

type CounterUpdate = UpdateQueryBuilder<Database, 'work_day_counts', 'work_day_counts', UpdateResult>;

/** Narrows an update to one person's counter row for one day. */
function counterRow(q: CounterUpdate, person: PersonInQueue, day: LocalDay): CounterUpdate {
  return q.where('workspace_id', '=', person.workspaceId).where('queue', '=', person.queue).where('assignee', '=', person.assignee).where('day', '=', day);
}
