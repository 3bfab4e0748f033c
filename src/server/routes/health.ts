// GET /health (process up), GET /ready (database, migrations, queue lag) and GET /metrics (Prometheus, authenticated).
import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { MANAGERS } from '../../core/auth/types.js';
import { oldestDueLagMs } from '../../core/jobs/admin.js';
import { pendingMigrations } from '../../db/migrate.js';
import { moduleMigrations } from '../assemble.js';
import type { CoreRouteOptions } from '../app.js';

export const healthRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { ctx, assembly, metrics }) => {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      const pending = await pendingMigrations(ctx.db, ctx.dialect, moduleMigrations(assembly.modules, ctx.dialect));
      const lagMs = await oldestDueLagMs(ctx.db, ctx.clock.now());
      const ready = pending.length === 0;
      return reply.code(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        database: 'reachable',
        pendingMigrations: pending,
        oldestDueJobLagSeconds: lagMs / 1000,
      });
    } catch (error) {
      _request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'not_ready', database: 'unreachable' });
    }
  });

  app.get('/metrics', { schema: { hide: true }, config: { roles: MANAGERS } }, async (_request, reply) => {
    const { contentType, text } = await metrics.scrape();
    return reply.header('content-type', contentType).send(text);
  });
};
