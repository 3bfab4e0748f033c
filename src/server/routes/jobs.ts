// Jobs and timers: list by status (dead ones first of all), view, retry a dead job, cancel a queued one.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, SENDERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit } from '../../core/audit.js';
import { cancelJob, getJob, listJobs, retryJob, toJobView } from '../../core/jobs/admin.js';
import type { JobRow } from '../../core/jobs/types.js';
import type { CoreRouteOptions } from '../app.js';
import { nextCursor, pageQuery } from './paging.js';

export const jobRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const view = (row: JobRow) => toJobView(row, assembly.jobs.get(row.name)?.maxAttempts);
  const idParams = z.object({ id: z.coerce.number().int().positive() });

  app.get('/api/jobs', {
    config: { roles: SENDERS },
    schema: {
      tags: ['jobs'],
      summary: 'Jobs and timers, newest first',
      querystring: z.object({
        limit: pageQuery.limit,
        before: z.coerce.number().int().positive().optional(),
        status: z.enum(['queued', 'running', 'done', 'dead', 'cancelled']).optional(),
        name: z.string().optional(),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listJobs(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.before !== undefined ? { beforeId: q.before } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.name ? { name: q.name } : {}),
    });
    return { items: rows.map(view), nextCursor: nextCursor(rows, q.limit, (j) => j.id) };
  });

  app.get('/api/jobs/:id', { config: { roles: SENDERS }, schema: { tags: ['jobs'], summary: 'One job', params: idParams } }, async (request) =>
    view(await getJob(ctx.db, requireAuth(request).workspaceId, request.params.id)),
  );

  app.post('/api/jobs/:id/retry', {
    config: { roles: MANAGERS },
    schema: { tags: ['jobs'], summary: 'Run a dead or cancelled job again with fresh attempts', params: idParams },
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
    schema: { tags: ['jobs'], summary: 'Cancel a queued job or timer', params: idParams },
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
