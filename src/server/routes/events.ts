// The webhook log: stored events with their outcome, rejected requests with their reason, and replay.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, requireAuth, SENDERS } from '../../core/auth/types.js';
import { getEvent, listEvents, listRejections, replayEvent } from '../../core/inbox/events.js';
import type { StoredEvent } from '../../core/inbox/process.js';
import type { CoreRouteOptions } from '../app.js';
import { nextCursor, pageQuery } from './paging.js';

const eventView = (e: StoredEvent, withBody: boolean) => ({
  id: e.id,
  source: e.source,
  type: e.type,
  providerEventId: e.provider_event_id,
  status: e.status,
  outcome: e.outcome,
  receivedAt: e.received_at,
  processedAt: e.processed_at,
  verified: e.verified === 1,
  ...(withBody ? { headers: JSON.parse(e.headers) as Record<string, string>, body: e.raw_body } : {}),
});

export const eventRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const idParams = z.object({ id: z.string().regex(/^evt_/, 'must be an event id (evt_…)') });

  app.get('/api/events', {
    config: { roles: SENDERS },
    schema: {
      tags: ['webhook log'],
      summary: 'Stored webhook events, newest first',
      querystring: z.object({
        ...pageQuery,
        source: z.string().optional(),
        status: z.enum(['pending', 'processed', 'skipped', 'failed']).optional(),
        type: z.string().optional(),
        since: z.coerce.number().int().optional().describe('Epoch ms.'),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listEvents(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.before ? { beforeId: q.before } : {}),
      ...(q.source ? { source: q.source } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.since !== undefined ? { since: q.since } : {}),
    });
    return { items: rows.map((e) => eventView(e, false)), nextCursor: nextCursor(rows, q.limit, (e) => e.id) };
  });

  app.get('/api/events/:id', {
    config: { roles: SENDERS },
    schema: { tags: ['webhook log'], summary: 'One stored event with its headers and raw body', params: idParams },
  }, async (request) => eventView(await getEvent(ctx.db, requireAuth(request).workspaceId, request.params.id), true));

  app.post('/api/events/:id/replay', {
    config: { roles: MANAGERS },
    schema: { tags: ['webhook log'], summary: 'Process a stored event again (handlers are idempotent)', params: idParams },
  }, async (request, reply) => {
    const event = await replayEvent(ctx, requireAuth(request).workspaceId, request.params.id);
    return reply.code(202).send(eventView(event, false));
  });

  app.get('/api/webhook-rejections', {
    config: { roles: SENDERS },
    schema: {
      tags: ['webhook log'],
      summary: 'Webhook requests refused (bad signature, malformed, too large), with the reason',
      querystring: z.object({ ...pageQuery, since: z.coerce.number().int().optional() }),
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listRejections(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.before ? { beforeId: q.before } : {}),
      ...(q.since !== undefined ? { since: q.since } : {}),
    });
    return {
      items: rows.map((r) => ({ id: r.id, source: r.source, reason: r.reason, statusCode: r.status_code, remoteAddr: r.remote_addr, receivedAt: r.received_at })),
      nextCursor: nextCursor(rows, q.limit, (r) => r.id),
    };
  });
};
