// Jobs and timers: list by status (dead ones first of all), view, retry a dead job, cancel a queued one.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { MANAGERS, SENDERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit } from '../../core/audit.js';
import { cancelJob, getJob, listJobs, retryJob } from '../../core/jobs/admin.js';
import { DEFAULT_MAX_ATTEMPTS, type JobRow, type JobStatus } from '../../core/jobs/types.js';
import type { CoreRouteOptions } from '../app.js';
import { jobParams, jobSchema, jobStatusSchema, listJobsQuery } from '../contract/jobs.js';
import { pageOf } from '../contract/paging.js';
import { nextCursor } from './paging.js';

// The contract spells the statuses without importing the core; this keeps the two lists the same.
jobStatusSchema satisfies z.ZodType<JobStatus>;

const tags = ['jobs'];

/** `definitionMax` is the job definition's maxAttempts, shown when the row uses the default (0). */
export function jobView(row: JobRow, definitionMax?: number): z.output<typeof jobSchema> {
  return {
    id: row.id,
    name: row.name,
    status: jobStatusSchema.parse(row.status),
    payload: JSON.parse(row.payload) as unknown,
    serial_key: row.serial_key,
    job_key: row.job_key,
    run_at: row.run_at,
    attempts: row.attempts,
    max_attempts: row.max_attempts || definitionMax || DEFAULT_MAX_ATTEMPTS,
    last_error: row.last_error,
    progress: row.progress ? (JSON.parse(row.progress) as { done: number; total: number }) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    finished_at: row.finished_at,
  };
}

export const jobRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const view = (row: JobRow) => jobView(row, assembly.jobs.get(row.name)?.maxAttempts);

  app.get('/api/jobs', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listJobs',
      tags,
      summary: 'Jobs and timers, newest first',
      querystring: listJobsQuery,
      response: { 200: pageOf(jobSchema) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listJobs(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.cursor !== undefined ? { beforeId: Number(q.cursor) } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.name ? { name: q.name } : {}),
    });
    return { items: rows.map(view), next_cursor: nextCursor(rows, q.limit, (j) => j.id) };
  });

  app.get('/api/jobs/:id', {
    config: { roles: SENDERS },
    schema: { operationId: 'getJob', tags, summary: 'One job', params: jobParams, response: { 200: jobSchema } },
  }, async (request) => view(await getJob(ctx.db, requireAuth(request).workspaceId, request.params.id)));

  app.post('/api/jobs/:id/retry', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'retryJob',
      tags,
      summary: 'Run a dead or cancelled job again with fresh attempts (409 for any other)',
      params: jobParams,
      response: { 200: jobSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const job = await ctx.db.transaction().execute(async (trx) => {
      const before = await getJob(trx, auth.workspaceId, request.params.id);
      const after = await retryJob(trx, ctx.clock, auth.workspaceId, request.params.id);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'job.retry', subjectType: 'job', subjectId: String(after.id), before: { status: before.status }, after: { status: after.status } });
      return after;
    });
    ctx.jobSignal.notify();
    return view(job);
  });

  app.post('/api/jobs/:id/cancel', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'cancelJob',
      tags,
      summary: 'Cancel a queued job or timer (409 for any other)',
      params: jobParams,
      response: { 200: jobSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const job = await ctx.db.transaction().execute(async (trx) => {
      const after = await cancelJob(trx, ctx.clock, auth.workspaceId, request.params.id);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'job.cancel', subjectType: 'job', subjectId: String(after.id), before: { status: 'queued' }, after: { status: after.status } });
      return after;
    });
    return view(job);
  });
};
