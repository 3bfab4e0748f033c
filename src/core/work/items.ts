// Work for a person (hand-written core): work items, offering one, and reading a queue or a person's day.
//
// Glossary (claim.ts and finish.ts use the same words):
// Queue: a module's list of things a person must do, named by the module (`pharmacy.calls`, `wa-assistant.handover`).
// Work item: one thing to do, pointing at the module's own row (`item_id`: a contact, a conversation). At most one
//   per queue and item, so offering it again changes nothing.
// Status: open (waiting) → claimed (one person has it) → done; released = given back by its person, claimable again
//   like open. Claimable means open or released, available_at reached.
// Cap: how many items one person may take in one local day (the workspace's time zone, see schedule/local-day.ts).
//   A per-person-per-day counter row enforces it atomically; carried-over work counts first.
// Carry over: a claim not finished by the end of its day stays with its person and counts against the next day.
import type { Selectable } from 'kysely';
import type { Dialect, Executor, WorkItemTable } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { grouped } from '../grouped.js';
import { findWorkspaceById } from '../workspaces.js';
import type { LocalDay } from '../schedule/local-day.js';

export type WorkStatus = 'open' | 'claimed' | 'done' | 'released';

/** Statuses a person can take an item from. */
export const CLAIMABLE: readonly WorkStatus[] = ['open', 'released'];

/** What the work functions need from the app context (AppContext satisfies it). */
export interface WorkDeps {
  readonly clock: Clock;
  readonly dialect: Dialect;
}

/** Names one item of one queue. */
export interface WorkItemRef {
  readonly workspaceId: string;
  readonly queue: string;
  /** The module's own row id. */
  readonly itemId: string;
}

export interface WorkItem {
  id: string;
  workspaceId: string;
  queue: string;
  itemId: string;
  status: WorkStatus;
  assignee: string | null;
  priority: number;
  availableAt: number;
  /** Local day the assignee took it. */
  claimedDay: LocalDay | null;
  /** Local day whose cap it counts against (later than claimedDay when carried over). */
  countedDay: LocalDay | null;
  /** True when the item was taken on an earlier day and is still unfinished. */
  carriedOver: boolean;
  claimedAt: number | null;
  doneAt: number | null;
  outcome: string | null;
  createdAt: number;
  updatedAt: number;
}

export function toWorkItem(row: Selectable<WorkItemTable>): WorkItem {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    queue: row.queue,
    itemId: row.item_id,
    status: row.status as WorkStatus,
    assignee: row.assignee,
    priority: row.priority,
    availableAt: row.available_at,
    claimedDay: row.claimed_day,
    countedDay: row.counted_day,
    carriedOver: row.claimed_day !== null && row.counted_day !== null && row.claimed_day < row.counted_day,
    claimedAt: row.claimed_at,
    doneAt: row.done_at,
    outcome: row.outcome,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface OfferInput extends WorkItemRef {
  /** Higher is handed out first; default 0. */
  readonly priority?: number;
  /** Not handed out before this instant (epoch ms); default now. */
  readonly availableAt?: number;
  /**
   * When the item is already done: `true` opens it again (a conversation escalated a second time); default false,
   * so re-importing the same sheet does not queue calls that were made.
   */
  readonly reopen?: boolean;
}

/** The row of an item offered now, open. */
function openItemRow(input: Omit<OfferInput, 'reopen'>, now: number): Selectable<WorkItemTable> {
  return {
    id: newId('wki', now),
    workspace_id: input.workspaceId,
    queue: input.queue,
    item_id: input.itemId,
    status: 'open',
    assignee: null,
    priority: input.priority ?? 0,
    available_at: input.availableAt ?? now,
    claimed_day: null,
    counted_day: null,
    claimed_at: null,
    done_at: null,
    outcome: null,
    created_at: now,
    updated_at: now,
  };
}

/** What opening a done item again sets: open, nobody's, with the priority and time it is offered with now. */
function reopenedColumns(offered: Selectable<WorkItemTable>) {
  return {
    status: 'open',
    assignee: null,
    priority: offered.priority,
    available_at: offered.available_at,
    claimed_day: null,
    counted_day: null,
    claimed_at: null,
    done_at: null,
    outcome: null,
    updated_at: offered.updated_at,
  };
}

/**
 * The bulk form of offerWorkItem without `reopen` (a sheet's thousands of numbers without WhatsApp): one insert per
 * 500 items; items already in the queue, in any status, stay as they are. Returns how many were added.
 */
export async function offerWorkItems(
  db: Executor,
  deps: WorkDeps,
  input: { workspaceId: string; queue: string; itemIds: readonly string[]; priority?: number; availableAt?: number },
): Promise<number> {
  const now = deps.clock.now();
  let added = 0;
  for (let start = 0; start < input.itemIds.length; start += 500) {
    const rows = input.itemIds.slice(start, start + 500).map((itemId) => openItemRow({ ...input, itemId }, now));
    const result = await db
      .insertInto('work_items')
      .values(rows)
      .onConflict((oc) => oc.columns(['workspace_id', 'queue', 'item_id']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

/**
 * Puts an item in its queue. Idempotent: an item already in the queue (open, claimed or released) is returned
 * unchanged with `created: false`, even when two callers offer it at once; a done one stays done unless `reopen`.
 */
export async function offerWorkItem(db: Executor, deps: WorkDeps, input: OfferInput): Promise<{ item: WorkItem; created: boolean; reopened: boolean }> {
  const row = openItemRow(input, deps.clock.now());
  const inserted = await db
    .insertInto('work_items')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'queue', 'item_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { item: toWorkItem(row), created: true, reopened: false };

  if (input.reopen === true) {
    const reopened = await db
      .updateTable('work_items')
      .set(reopenedColumns(row))
      .where('workspace_id', '=', input.workspaceId)
      .where('queue', '=', input.queue)
      .where('item_id', '=', input.itemId)
      .where('status', '=', 'done')
      .executeTakeFirst();
    if (Number(reopened.numUpdatedRows) > 0) return { item: await requireWorkItem(db, input), created: false, reopened: true };
  }
  return { item: await requireWorkItem(db, input), created: false, reopened: false };
}

/**
 * offerWorkItem with `reopen` for many items at once, when the caller needs nothing back (conversations escalating
 * in one commit): per queue, priority and time, offerWorkItems (one insert; items already in the queue stay as they
 * are), then one update that opens again those of them that were done. Each item ends as offerWorkItem would leave it.
 */
export async function reofferWorkItems(db: Executor, deps: WorkDeps, inputs: readonly Omit<OfferInput, 'reopen'>[]): Promise<void> {
  const now = deps.clock.now();
  for (const same of grouped(inputs, (i) => `${i.workspaceId}\u0000${i.queue}\u0000${i.priority ?? 0}\u0000${i.availableAt ?? now}`).values()) {
    const first = same[0] as (typeof same)[number];
    const itemIds = same.map((i) => i.itemId);
    await offerWorkItems(db, deps, { ...first, itemIds });
    await db
      .updateTable('work_items')
      .set(reopenedColumns(openItemRow(first, now)))
      .where('workspace_id', '=', first.workspaceId)
      .where('queue', '=', first.queue)
      .where('item_id', 'in', itemIds)
      .where('status', '=', 'done')
      .execute();
  }
}

export async function getWorkItem(db: Executor, ref: WorkItemRef): Promise<WorkItem | undefined> {
  const row = await db
    .selectFrom('work_items')
    .selectAll()
    .where('workspace_id', '=', ref.workspaceId)
    .where('queue', '=', ref.queue)
    .where('item_id', '=', ref.itemId)
    .executeTakeFirst();
  return row ? toWorkItem(row) : undefined;
}

async function requireWorkItem(db: Executor, ref: WorkItemRef): Promise<WorkItem> {
  const item = await getWorkItem(db, ref);
  if (!item) throw new AppError('not_found', `work item ${ref.itemId} is not in queue ${ref.queue}`, { context: { queue: ref.queue, itemId: ref.itemId } });
  return item;
}

/**
 * A person's items for a local day, carried-over work first, then in the order they were taken: everything counted
 * against that day (claimed or done), plus unfinished claims from earlier days that have not been carried over yet
 * (they will be, by carryOverWorkItems or the person's next claim), so the morning list is right before either runs.
 */
export async function listWorkForDay(
  db: Executor,
  input: { workspaceId: string; queue: string; assignee: string; day: LocalDay },
): Promise<WorkItem[]> {
  const rows = await db
    .selectFrom('work_items')
    .selectAll()
    .where('workspace_id', '=', input.workspaceId)
    .where('queue', '=', input.queue)
    .where('assignee', '=', input.assignee)
    .where((eb) => eb.or([eb('counted_day', '=', input.day), eb.and([eb('status', '=', 'claimed'), eb('counted_day', '<', input.day)])]))
    .execute();
  return rows
    .map((row) => {
      const item = toWorkItem(row);
      // Not carried over in the table yet, but it will count against this day.
      return item.countedDay !== null && item.countedDay < input.day ? { ...item, carriedOver: true } : item;
    })
    .sort((a, b) => Number(b.carriedOver) - Number(a.carriedOver) || (a.claimedAt ?? 0) - (b.claimedAt ?? 0) || a.id.localeCompare(b.id));
}

/** Items a person could take now, in the order claimNextWorkItem hands them out (for a "pick one" list). */
export async function listClaimableWorkItems(db: Executor, deps: Pick<WorkDeps, 'clock'>, input: { workspaceId: string; queue: string; limit: number }): Promise<WorkItem[]> {
  const rows = await db
    .selectFrom('work_items')
    .selectAll()
    .where('workspace_id', '=', input.workspaceId)
    .where('queue', '=', input.queue)
    .where('status', 'in', CLAIMABLE)
    .where('available_at', '<=', deps.clock.now())
    .orderBy('priority', 'desc')
    .orderBy('available_at')
    .orderBy('id')
    .limit(Math.min(Math.max(1, input.limit), 500))
    .execute();
  return rows.map(toWorkItem);
}

/** How many items count against a person's cap on a local day (claims plus carried-over work). */
export async function countedOnDay(db: Executor, input: { workspaceId: string; queue: string; assignee: string; day: LocalDay }): Promise<number> {
  const row = await db
    .selectFrom('work_day_counts')
    .select('claimed')
    .where('workspace_id', '=', input.workspaceId)
    .where('queue', '=', input.queue)
    .where('assignee', '=', input.assignee)
    .where('day', '=', input.day)
    .executeTakeFirst();
  return row?.claimed ?? 0;
}

/** The workspace's time zone, which decides what "today" is for caps. */
export async function workspaceTimezone(db: Executor, workspaceId: string): Promise<string> {
  const ws = await findWorkspaceById(db, workspaceId);
  if (!ws) throw new AppError('not_found', `workspace ${workspaceId} was not found`, { context: { workspaceId } });
  return ws.timezone;
}
