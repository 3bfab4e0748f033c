// Deliveries: what was sent to whom, the provider's answer, failed and dead ones, and retry by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, EDITORS, requireAuth, SENDERS } from '../../core/auth/types.js';
import { recordAudit } from '../../core/audit.js';
import { getDelivery, listDeliveries, retryDelivery, type DeliveryRow } from '../../core/deliveries/deliveries.js';
import type { CoreRouteOptions } from '../app.js';
import { nextCursor, pageQuery } from './paging.js';

export const deliveryView = (d: DeliveryRow) => ({
  id: d.id,
  channel: d.channel,
  provider: d.provider,
  target: d.target,
  payload: JSON.parse(d.payload) as unknown,
  status: d.status,
  attempts: d.attempts,
  response: d.response === null ? null : (JSON.parse(d.response) as unknown),
  lastError: d.last_error,
  contactId: d.contact_id,
  subjectType: d.subject_type,
  subjectId: d.subject_id,
  createdAt: d.created_at,
  updatedAt: d.updated_at,
  sentAt: d.sent_at,
});

export const deliveryRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const idParams = z.object({ id: z.string().regex(/^dlv_/, 'must be a delivery id (dlv_…)') });

  app.get('/api/deliveries', {
    config: { roles: EDITORS },
    schema: {
      tags: ['deliveries'],
      summary: 'Deliveries, newest first; filter status=failed or dead for the ones needing attention',
      querystring: z.object({
        ...pageQuery,
        status: z.enum(['queued', 'sent', 'delivered', 'failed', 'dead', 'cancelled']).optional(),
        provider: z.string().optional(),
        subjectId: z.string().optional(),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listDeliveries(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.before ? { beforeId: q.before } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.provider ? { provider: q.provider } : {}),
      ...(q.subjectId ? { subjectId: q.subjectId } : {}),
    });
    return { items: rows.map(deliveryView), nextCursor: nextCursor(rows, q.limit, (d) => d.id) };
  });

  app.get('/api/deliveries/:id', { config: { roles: EDITORS }, schema: { tags: ['deliveries'], summary: 'One delivery', params: idParams } }, async (request) =>
    deliveryView(await getDelivery(ctx.db, requireAuth(request).workspaceId, request.params.id)),
  );

  app.post('/api/deliveries/:id/retry', {
    config: { roles: SENDERS },
    schema: { tags: ['deliveries'], summary: 'Send a failed or dead delivery again now (never one already sent)', params: idParams },
  }, async (request) => {
    const auth = requireAuth(request);
    const after = await ctx.db.transaction().execute(async (trx) => {
      const before = await getDelivery(trx, auth.workspaceId, request.params.id);
      const d = await retryDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, auth.workspaceId, request.params.id);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'delivery.retry', subjectType: 'delivery', subjectId: d.id, before: { status: before.status }, after: { status: d.status } });
      return d;
    });
    ctx.jobSignal.notify();
    return deliveryView(after);
  });
};
