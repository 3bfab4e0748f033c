// Claiming due jobs with a lease, honouring serial keys; PostgreSQL uses FOR UPDATE SKIP LOCKED across workers.
import { sql, type Expression, type Kysely } from 'kysely';
import type { Database, Dialect, Executor } from '../../db/database.js';
import { withoutWaitingForTheDisk } from '../../db/transaction.js';
import type { JobRow } from './types.js';

export interface ClaimRequest {
  readonly workerId: string;
  readonly now: number;
  readonly leaseMs: number;
  readonly limit: number;
  /** Only jobs with these names (the worker asks separately for batchable and io jobs). */
  readonly names: readonly string[];
}

/**
 * A queued job is claimable when it is due and it is the head of its serial key: no other job with the same key
 * is running under a live lease, and no earlier due job with the same key is waiting. A timer further in the
 * future never blocks the key.
 *
 * The redundant `o.status in (…)` lets SQLite use the partial index jobs_serial: it cannot prove that from the OR
 * below, and without it every candidate scans the key's finished jobs (measured: 3 timers/s instead of thousands).
 */
export async function claimJobs(db: Kysely<Database>, dialect: Dialect, req: ClaimRequest): Promise<JobRow[]> {
  if (req.names.length === 0 || req.limit <= 0) return [];
  // Most looks at the table find nothing due for most names (the worker looks for transaction jobs each time an io
  // job ends): one index probe per name says which have something, and the claim below ranges over those only.
  // Measured on SQLite: a claim over the 19 transaction job names took 0.6–0.9 ms with nothing due, the probe 0.01.
  const dueNames = await namesWithDueJobs(db, req.names, req.now);
  return claimDueJobs(db, dialect, { ...req, names: dueNames });
}

/**
 * Which of these names have a queued job due by `now` (one probe of jobs_due_by_name each, in one statement). The
 * worker asks once per look for its io and transaction jobs together, then claims each kind with claimDueJobs.
 */
export async function namesWithDueJobs(db: Kysely<Database>, names: readonly string[], now: number): Promise<string[]> {
  if (names.length === 0) return [];
  const candidates = sql.join(names.map((n) => sql`select cast(${n} as text) as name`), sql` union all `);
  const rows = await sql<{ name: string }>`select v.name from (${candidates}) as v
      where exists (select 1 from jobs j where j.status = 'queued' and j.name = v.name and j.run_at <= ${now})`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Claims without the probe: `req.names` are names namesWithDueJobs just found due (none: nothing is claimed). Given a
 * transaction (SQLite's batches claim in their own, batch.ts), the claim is part of it and commits with it.
 */
export async function claimDueJobs(db: Kysely<Database>, dialect: Dialect, req: ClaimRequest): Promise<JobRow[]> {
  if (req.names.length === 0 || req.limit <= 0) return [];
  const headOfKey = sql`(j.serial_key is null or not exists (
      select 1 from jobs o
      where o.workspace_id = j.workspace_id and o.serial_key = j.serial_key and o.id <> j.id and o.status in ('queued', 'running')
        and (o.status = 'running' or (o.status = 'queued' and o.run_at <= ${req.now} and o.id < j.id))))`;
  const set = sql`status = 'running', locked_by = ${req.workerId}, locked_until = ${req.now + req.leaseMs},
      attempts = attempts + 1, updated_at = ${req.now}`;

  // One index range per name (jobs_due_by_name: name, run_at, id), merged and cut to the limit: a claim for
  // delivery jobs never walks the due timers ahead of them, as a single range over (run_at, id) did.
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const perName = req.names.map(
    (name) => sql`select * from (select j.id, j.run_at from jobs j
        where j.status = 'queued' and j.name = ${name} and j.run_at <= ${req.now} and ${headOfKey}
        order by j.run_at, j.id
        limit ${req.limit} ${lock}) as n`,
  );
  const candidates = perName.length === 1 ? perName[0]! : sql.join(perName, sql` union all `);
  const picked = sql`select c.id from (${candidates}) as c order by c.run_at, c.id limit ${req.limit}`;
  const claim = (on: Executor) => sql<JobRow>`
          update jobs set ${set}
          where id in (${picked})
          returning *`.execute(on);
  const rows =
    dialect === 'postgres'
      ? await sql<JobRow>`
          with picked as (${picked})
          update jobs set ${set} from picked where jobs.id = picked.id
          returning jobs.*`.execute(db)
      : db.isTransaction
        ? await claim(db)
        : // A claim need not survive a power cut: lost, its jobs are simply still queued, and the next commit that waits
          // for the disk (an io job's ending, a webhook's) makes it durable with it. Measured on the order flow: a
          // claim took 1.9 ms, about as much as a commit, for its fsync alone.
          await withoutWaitingForTheDisk(db, claim);
  return rows.rows.sort((a, b) => a.run_at - b.run_at || a.id - b.id);
}

/** Why a job was cancelled instead of going back to the queue. */
export const SUPERSEDED = 'superseded: a newer job with the same job key is queued or running';

/**
 * True when a newer job with the key replaces the job (workspace, key, id), so it must not go back to the queue:
 * one queued (at most one queued job per key: a timer moved, a delivery retried while this one ran), or one
 * running that was queued after it. Each EXISTS is one index lookup (jobs_key; the few running jobs).
 */
export function replacedByNewer(workspaceId: Expression<string> | string, jobKey: Expression<string | null> | string, id: Expression<number> | number) {
  return sql<boolean>`(exists (select 1 from jobs o where o.workspace_id = ${workspaceId} and o.job_key = ${jobKey} and o.status = 'queued')
    or exists (select 1 from jobs o where o.status = 'running' and o.workspace_id = ${workspaceId} and o.job_key = ${jobKey} and o.id > ${id}))`;
}

/**
 * The columns that give a running job back: queued again, or cancelled when a newer job with its key replaces it.
 * One statement, so taking back jobs costs what it did before keys were checked.
 */
function giveBack(now: number, requeueReason: string | null) {
  const replaced = sql<boolean>`jobs.job_key is not null and ${replacedByNewer(sql.ref('jobs.workspace_id'), sql.ref('jobs.job_key'), sql.ref('jobs.id'))}`;
  return {
    status: sql<string>`case when ${replaced} then 'cancelled' else 'queued' end`,
    finished_at: sql<number | null>`case when ${replaced} then cast(${now} as bigint) else null end`,
    last_error: sql<string | null>`case when ${replaced} then ${SUPERSEDED} else ${requeueReason} end`,
    locked_by: null,
    locked_until: null,
    updated_at: now,
  };
}

/** Puts jobs whose worker died (lease ran out) back in the queue; their attempt stays counted. */
export async function recoverExpiredLeases(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set(giveBack(now, 'lease expired: the worker stopped before finishing'))
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Extends the lease of jobs this worker is still running, so a long job is not taken by another. */
export async function extendLeases(db: Kysely<Database>, workerId: string, ids: readonly number[], until: number): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ locked_until: until })
    .where('id', 'in', [...ids])
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

/**
 * Gives jobs this worker still holds back to the queue, due as they were (a batch that could not commit, jobs left
 * running at shutdown). Their attempt stays counted.
 */
export async function releaseJobs(db: Kysely<Database>, req: { readonly workerId: string; readonly ids: readonly number[]; readonly now: number }): Promise<void> {
  if (req.ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set(giveBack(req.now, null))
    .where('id', 'in', [...req.ids])
    .where('locked_by', '=', req.workerId)
    .where('status', '=', 'running')
    .execute();
}

/** The earliest run_at among queued jobs, to sleep exactly until the next timer. */
export async function nextDueAt(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('next'))
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row?.next === null || row?.next === undefined ? undefined : Number(row.next);
}
