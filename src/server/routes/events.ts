// The webhook log: stored events with their outcome, rejected requests with their reason, and replay.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { MANAGERS, requireAuth, SENDERS } from '../../core/auth/types.js';
import { getEvent, listEvents, listRejections, replayEvent } from '../../core/inbox/events.js';
import { parseModuleOutcomes } from '../../core/inbox/outcomes.js';
import type { StoredEvent } from '../../core/inbox/process.js';
import type { WebhookRejectionTable } from '../../db/database.js';
import type { CoreRouteOptions } from '../app.js';
import { eventParams, eventStatusSchema, listEventsQuery, listRejectionsQuery, webhookEventDetailSchema, webhookEventSchema, webhookRejectionSchema } from '../contract/events.js';
import { pageOf } from '../contract/paging.js';
import { nextCursor } from './paging.js';

const tags = ['webhook-log'];

function eventView(e: StoredEvent): z.output<typeof webhookEventSchema> {
  const modules = Object.entries(parseModuleOutcomes(e.module_outcomes));
  return {
    id: e.id,
    source: e.source,
    type: e.type,
    provider_event_id: e.provider_event_id,
    status: eventStatusSchema.parse(e.status),
    outcome: e.outcome,
    notes: modules.flatMap(([, o]) => o.notes ?? []),
    received_at: e.received_at,
    processed_at: e.processed_at,
    verified: e.verified === 1,
    modules: modules.map(([module, o]) => ({
      module,
      status: eventStatusSchema.parse(o.status),
      outcome: o.outcome,
      notes: [...(o.notes ?? [])],
      at: o.at,
    })),
  };
}

const eventDetailView = (e: StoredEvent): z.output<typeof webhookEventDetailSchema> => ({
  ...eventView(e),
  headers: JSON.parse(e.headers) as Record<string, string>,
  body: e.raw_body,
});

export const rejectionView = (r: WebhookRejectionTable): z.output<typeof webhookRejectionSchema> => ({
  id: r.id,
  source: r.source,
  reason: r.reason,
  status_code: r.status_code,
  remote_addr: r.remote_addr,
  received_at: r.received_at,
  count: r.count,
});

export const eventRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/events', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listEvents',
      tags,
      summary: 'Stored webhook events, newest first',
      querystring: listEventsQuery,
      response: { 200: pageOf(webhookEventSchema) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listEvents(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.cursor ? { beforeId: q.cursor } : {}),
      ...(q.source ? { source: q.source } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.since !== undefined ? { since: q.since } : {}),
    });
    return { items: rows.map(eventView), next_cursor: nextCursor(rows, q.limit, (e) => e.id) };
  });

  app.get('/api/events/:id', {
    config: { roles: SENDERS },
    schema: { operationId: 'getEvent', tags, summary: 'One stored event with its headers and raw body', params: eventParams, response: { 200: webhookEventDetailSchema } },
  }, async (request) => eventDetailView(await getEvent(ctx.db, requireAuth(request).workspaceId, request.params.id)));

  app.post('/api/events/:id/replay', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'replayEvent',
      tags,
      summary: 'Process a stored event again, once per subscribing module (handlers are idempotent)',
      params: eventParams,
      response: { 202: webhookEventSchema.describe('The event, pending again; a job processes it.') },
    },
  }, async (request, reply) => {
    const event = await replayEvent(ctx, requireAuth(request).workspaceId, request.params.id, assembly.subscribers);
    return reply.code(202).send(eventView(event));
  });

  app.get('/api/webhook-rejections', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listWebhookRejections',
      tags,
      summary: 'Webhook requests refused (bad signature, malformed, too large), with the reason',
      querystring: listRejectionsQuery,
      response: { 200: pageOf(webhookRejectionSchema) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listRejections(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.cursor ? { beforeId: q.cursor } : {}),
      ...(q.since !== undefined ? { since: q.since } : {}),
    });
    return { items: rows.map(rejectionView), next_cursor: nextCursor(rows, q.limit, (r) => r.id) };
  });
};
