// Looking at jobs and acting on them by hand: list, view, find a waiting timer by key, retry a dead job, cancel a queued one.
import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { AppError, notFound } from '../errors.js';
import type { JobRow, JobStatus } from './types.js';

export interface JobFilter {
  status?: JobStatus;
  name?: string;
  limit: number;
  /** Keyset cursor: only jobs with an id below this. */
  beforeId?: number;
}

export async function listJobs(db: Executor, workspaceId: string, filter: JobFilter): Promise<JobRow[]> {
  let q = db.selectFrom('jobs').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.name) q = q.where('name', '=', filter.name);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function getJob(db: Executor, workspaceId: string, id: number): Promise<JobRow> {
  const row = await db.selectFrom('jobs').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('job', String(id));
  return row;
}

/**
 * The queued job holding a job key (a timer waiting for its moment, such as a lead's expiry), or undefined when none
 * waits: not queued yet, already running or done, or cancelled.
 */
export async function findQueuedJobByKey(db: Executor, workspaceId: string, jobKey: string): Promise<Pick<JobRow, 'id' | 'name' | 'run_at'> | undefined> {
  return db
    .selectFrom('jobs')
    .select(['id', 'name', 'run_at'])
    .where('workspace_id', '=', workspaceId)
    .where('job_key', '=', jobKey)
    .where('status', '=', 'queued')
    .executeTakeFirst();
}

/** Gives a dead (or cancelled) job a fresh set of attempts, due now. */
export async function retryJob(db: Executor, clock: Clock, workspaceId: string, id: number): Promise<JobRow> {
  const job = await getJob(db, workspaceId, id);
  if (job.status !== 'dead' && job.status !== 'cancelled') {
    throw new AppError('conflict', `job ${id} is ${job.status}; only dead or cancelled jobs can be retried`, { context: { status: job.status } });
  }
  const now = clock.now();
  await db
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, run_at: now, finished_at: null, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  return getJob(db, workspaceId, id);
}

export async function cancelJob(db: Executor, clock: Clock, workspaceId: string, id: number): Promise<JobRow> {
  const job = await getJob(db, workspaceId, id);
  if (job.status !== 'queued') {
    throw new AppError('conflict', `job ${id} is ${job.status}; only queued jobs can be cancelled`, { context: { status: job.status } });
  }
  const now = clock.now();
  await db
    .updateTable('jobs')
    .set({ status: 'cancelled', finished_at: now, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
  return getJob(db, workspaceId, id);
}

/** Counts by status across all workspaces, for /metrics and /ready. */
export async function jobCountsByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['queued', 'running', 'dead'])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** How late the oldest due job is, ms (0 when nothing is waiting). */
export async function oldestDueLagMs(db: Executor, now: number): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('oldest'))
    .where('status', '=', 'queued')
    .where('run_at', '<=', now)
    .executeTakeFirst();
  return row?.oldest === null || row?.oldest === undefined ? 0 : Math.max(0, now - Number(row.oldest));
}
