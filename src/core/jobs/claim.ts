// Claiming due jobs with a lease, honouring serial keys; PostgreSQL uses FOR UPDATE SKIP LOCKED across workers.
import { sql, type Kysely, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
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
  const names = sql.join(req.names.map((n) => sql`${n}`));
  const headOfKey = sql`(j.serial_key is null or not exists (
      select 1 from jobs o
      where o.workspace_id = j.workspace_id and o.serial_key = j.serial_key and o.id <> j.id and o.status in ('queued', 'running')
        and (o.status = 'running' or (o.status = 'queued' and o.run_at <= ${req.now} and o.id < j.id))))`;
  const set = sql`status = 'running', locked_by = ${req.workerId}, locked_until = ${req.now + req.leaseMs},
      attempts = attempts + 1, updated_at = ${req.now}`;

  const rows =
    dialect === 'postgres'
      ? await sql<JobRow>`
          with picked as (
            select j.id from jobs j
            where j.status = 'queued' and j.run_at <= ${req.now} and j.name in (${names}) and ${headOfKey}
            order by j.run_at, j.id
            limit ${req.limit}
            for update skip locked)
          update jobs set ${set} from picked where jobs.id = picked.id
          returning jobs.*`.execute(db)
      : await sql<JobRow>`
          update jobs set ${set}
          where id in (
            select j.id from jobs j
            where j.status = 'queued' and j.run_at <= ${req.now} and j.name in (${names}) and ${headOfKey}
            order by j.run_at, j.id
            limit ${req.limit})
          returning *`.execute(db);
  return rows.rows.sort((a, b) => a.run_at - b.run_at || a.id - b.id);
}

/**
 * At most one queued job per job key: a running job whose key was queued again meanwhile (a moved timer, a
 * delivery retried by hand) cannot go back to the queue; the newer job replaces it.
 */
const keyFree = sql<boolean>`(jobs.job_key is null or not exists (
    select 1 from jobs o where o.workspace_id = jobs.workspace_id and o.job_key = jobs.job_key and o.status = 'queued'))`;

/** Puts jobs whose worker died (lease ran out) back in the queue; their attempt stays counted. */
export async function recoverExpiredLeases(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', locked_by: null, locked_until: null, updated_at: now, last_error: 'lease expired: the worker stopped before finishing' })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .where(keyFree)
    .executeTakeFirst();
  const superseded = await db
    .updateTable('jobs')
    .set({ status: 'cancelled', locked_by: null, locked_until: null, updated_at: now, finished_at: now, last_error: SUPERSEDED })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) + Number(superseded.numUpdatedRows);
}

/** Why a job was cancelled instead of queued again. */
export const SUPERSEDED = 'superseded: a newer job with the same job key is queued';

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
  const mine = (q: UpdateQueryBuilder<Database, 'jobs', 'jobs', UpdateResult>) =>
    q.where('id', 'in', [...req.ids]).where('locked_by', '=', req.workerId).where('status', '=', 'running');
  await mine(db.updateTable('jobs').set({ status: 'queued', locked_by: null, locked_until: null, updated_at: req.now }).where(keyFree)).execute();
  await mine(db.updateTable('jobs').set({ status: 'cancelled', locked_by: null, locked_until: null, updated_at: req.now, finished_at: req.now, last_error: SUPERSEDED })).execute();
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
