// Deliveries: what was sent to whom, the provider's answer, failed and dead ones, and retry by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { actorOf, EDITORS, requireAuth, SENDERS } from '../../core/auth/types.js';
import { recordAudit } from '../../core/audit.js';
import { getDelivery, listDeliveries, retryDelivery, type DeliveryRow, type DeliveryStatus } from '../../core/deliveries/deliveries.js';
import type { CoreRouteOptions } from '../app.js';
import { deliveryParams, deliverySchema, deliveryStatusSchema, listDeliveriesQuery } from '../contract/deliveries.js';
import { pageOf } from '../contract/paging.js';
import { nextCursor } from './paging.js';

// The contract spells the statuses without importing the core; this keeps the two lists the same.
deliveryStatusSchema satisfies z.ZodType<DeliveryStatus>;

const tags = ['deliveries'];

export const deliveryView = (d: DeliveryRow): z.output<typeof deliverySchema> => ({
  id: d.id,
  module: d.module,
  channel: d.channel,
  provider: d.provider,
  target: d.target,
  payload: JSON.parse(d.payload) as Record<string, unknown>,
  status: deliveryStatusSchema.parse(d.status),
  attempts: d.attempts,
  response: d.response === null ? null : (JSON.parse(d.response) as unknown),
  last_error: d.last_error,
  contact_id: d.contact_id,
  subject_type: d.subject_type,
  subject_id: d.subject_id,
  created_at: d.created_at,
  updated_at: d.updated_at,
  sent_at: d.sent_at,
});

export const deliveryRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/deliveries', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'listDeliveries',
      tags,
      summary: 'Deliveries, newest first; filter status=failed or dead for the ones needing attention',
      querystring: listDeliveriesQuery,
      response: { 200: pageOf(deliverySchema) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listDeliveries(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.cursor ? { beforeId: q.cursor } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.provider ? { provider: q.provider } : {}),
      ...(q.subject_id ? { subjectId: q.subject_id } : {}),
    });
    return { items: rows.map(deliveryView), next_cursor: nextCursor(rows, q.limit, (d) => d.id) };
  });

  app.get('/api/deliveries/:id', {
    config: { roles: EDITORS },
    schema: { operationId: 'getDelivery', tags, summary: 'One delivery', params: deliveryParams, response: { 200: deliverySchema } },
  }, async (request) => deliveryView(await getDelivery(ctx.db, requireAuth(request).workspaceId, request.params.id)));

  app.post('/api/deliveries/:id/retry', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'retryDelivery',
      tags,
      summary: 'Send a failed or dead delivery again now (never one already sent: 409)',
      params: deliveryParams,
      response: { 200: deliverySchema, ...errorResponses(409) },
    },
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
