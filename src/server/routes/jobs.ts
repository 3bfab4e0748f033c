// Jobs and timers: list by status (dead ones first of all), view, retry a dead job, cancel a queued one.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { MANAGERS, SENDERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit } from '../../core/audit.js';
import { cancelJob, getJob, listJobs, retryJob } from '../../core/jobs/admin.js';
import { DEFAULT_MAX_ATTEMPTS, type JobRow, type JobStatus } from '../../core/jobs/types.js';
import type { CoreRouteOptions } from '../app.js';
import { nextCursor, pageOf, pageQuery } from './paging.js';

const tags = ['jobs'];

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'dead', 'cancelled']) satisfies z.ZodType<JobStatus>;

export const jobSchema = z
  .object({
    id: z.number().int(),
    name: z.string().describe('The handler: inbox.process, delivery.send, lead.expire…'),
    status: jobStatusSchema,
    payload: z.unknown().describe('The JSON the handler receives.'),
    serial_key: z.string().nullable().describe('Jobs sharing one run one at a time, in order.'),
    job_key: z.string().nullable().describe('At most one queued job per key.'),
    run_at: z.number().describe('Due at (UTC epoch ms); a timer is a job due later.'),
    attempts: z.number().int(),
    max_attempts: z.number().int(),
    last_error: z.string().nullable(),
    progress: z.object({ done: z.number(), total: z.number() }).nullable().describe('Reported by long jobs as they go.'),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
    finished_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'Job' });

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
  const idParams = z.object({ id: z.coerce.number().int().positive() });

  app.get('/api/jobs', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listJobs',
      tags,
      summary: 'Jobs and timers, newest first',
      querystring: z.object({
        ...pageQuery,
        cursor: z.string().regex(/^\d+$/, 'must be the next_cursor of the previous page').optional().describe('next_cursor of the previous page; leave it out for the first page.'),
        status: jobStatusSchema.optional(),
        name: z.string().optional(),
      }),
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
    schema: { operationId: 'getJob', tags, summary: 'One job', params: idParams, response: { 200: jobSchema } },
  }, async (request) => view(await getJob(ctx.db, requireAuth(request).workspaceId, request.params.id)));

  app.post('/api/jobs/:id/retry', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'retryJob',
      tags,
      summary: 'Run a dead or cancelled job again with fresh attempts (409 for any other)',
      params: idParams,
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
      params: idParams,
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
