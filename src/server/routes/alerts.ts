// GET /api/alerts: what needs a person's attention now (failed and dead deliveries, dead jobs, refused webhooks).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../core/auth/types.js';
import type { CoreRouteOptions } from '../app.js';
import { alertsSchema } from '../contract/alerts.js';
import { rejectionView } from './events.js';

const DAY_MS = 24 * 60 * 60_000;

export const alertRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/api/alerts', {
    config: { roles: READERS },
    schema: {
      operationId: 'getAlerts',
      tags: ['workspace'],
      summary: 'Counts of failed and dead deliveries, dead jobs and webhooks refused in the last day',
      response: { 200: alertsSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const since = ctx.clock.now() - DAY_MS;
    const [deliveries, jobs, rejected, latestRejections] = await Promise.all([
      ctx.db
        .selectFrom('deliveries')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', ws)
        .where('status', 'in', ['failed', 'dead'])
        .groupBy('status')
        .execute(),
      ctx.db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws).where('status', '=', 'dead').executeTakeFirst(),
      ctx.db.selectFrom('webhook_rejections').select((eb) => eb.fn.sum<number>('count').as('n')).where('workspace_id', '=', ws).where('received_at', '>=', since).executeTakeFirst(),
      ctx.db.selectFrom('webhook_rejections').selectAll().where('workspace_id', '=', ws).where('received_at', '>=', since).orderBy('id', 'desc').limit(5).execute(),
    ]);
    const byStatus = Object.fromEntries(deliveries.map((d) => [d.status, Number(d.n)]));
    return {
      failed_deliveries: byStatus['failed'] ?? 0,
      dead_deliveries: byStatus['dead'] ?? 0,
      dead_jobs: Number(jobs?.n ?? 0),
      rejected_webhooks_last_day: Number(rejected?.n ?? 0),
      latest_rejections: latestRejections.map(rejectionView),
    };
  });
};
