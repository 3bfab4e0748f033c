// The webhook log: stored events with their outcome, rejected requests with their reason, and replay.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, requireAuth, SENDERS } from '../../core/auth/types.js';
import { getEvent, listEvents, listRejections, replayEvent } from '../../core/inbox/events.js';
import { parseModuleOutcomes } from '../../core/inbox/outcomes.js';
import type { StoredEvent } from '../../core/inbox/process.js';
import type { WebhookRejectionTable } from '../../db/database.js';
import type { CoreRouteOptions } from '../app.js';
import { nextCursor, pageOf, pageQuery } from './paging.js';

const tags = ['webhook-log'];

export const eventStatusSchema = z.enum(['pending', 'processed', 'skipped', 'failed']);

export const webhookEventSchema = z
  .object({
    id: z.string().describe('evt_…'),
    source: z.string().describe('The webhook source: scalev, twilio/status, recurrente…'),
    type: z.string().describe("The provider's event type, e.g. order.created."),
    provider_event_id: z.string().nullable().describe("The provider's own id of the event (duplicates are stored once)."),
    status: eventStatusSchema,
    outcome: z.string().nullable().describe('What the handler did, in words.'),
    received_at: z.number().describe('UTC epoch ms'),
    processed_at: z.number().nullable().describe('UTC epoch ms'),
    verified: z.boolean().describe('Whether the signature was checked.'),
    modules: z
      .array(
        z.object({
          module: z.string(),
          status: eventStatusSchema,
          outcome: z.string().nullable(),
          at: z.number().nullable().describe('UTC epoch ms'),
        }),
      )
      .describe("Each subscribing module's own result; status and outcome above are their aggregate."),
  })
  .meta({ id: 'WebhookEvent' });

export const webhookEventDetailSchema = webhookEventSchema
  .extend({
    headers: z.record(z.string(), z.string()).describe('The request headers that were kept.'),
    body: z.string().describe('The raw body as received.'),
  })
  .meta({ id: 'WebhookEventDetail' });

export const webhookRejectionSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    reason: z.string().describe('Why it was refused: bad signature, malformed body, too large, unknown workspace…'),
    status_code: z.number().int().describe('The HTTP status answered to the provider.'),
    remote_addr: z.string().nullable(),
    received_at: z.number().describe('UTC epoch ms'),
  })
  .meta({ id: 'WebhookRejection' });

function eventView(e: StoredEvent): z.output<typeof webhookEventSchema> {
  return {
    id: e.id,
    source: e.source,
    type: e.type,
    provider_event_id: e.provider_event_id,
    status: eventStatusSchema.parse(e.status),
    outcome: e.outcome,
    received_at: e.received_at,
    processed_at: e.processed_at,
    verified: e.verified === 1,
    modules: Object.entries(parseModuleOutcomes(e.module_outcomes)).map(([module, o]) => ({
      module,
      status: eventStatusSchema.parse(o.status),
      outcome: o.outcome,
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
});

export const eventRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const idParams = z.object({ id: z.string().regex(/^evt_/, 'must be an event id (evt_…)') });

  app.get('/api/events', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listEvents',
      tags,
      summary: 'Stored webhook events, newest first',
      querystring: z.object({
        ...pageQuery,
        source: z.string().optional(),
        status: eventStatusSchema.optional(),
        type: z.string().optional(),
        since: z.coerce.number().int().optional().describe('Received at or after (UTC epoch ms).'),
      }),
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
    schema: { operationId: 'getEvent', tags, summary: 'One stored event with its headers and raw body', params: idParams, response: { 200: webhookEventDetailSchema } },
  }, async (request) => eventDetailView(await getEvent(ctx.db, requireAuth(request).workspaceId, request.params.id)));

  app.post('/api/events/:id/replay', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'replayEvent',
      tags,
      summary: 'Process a stored event again, once per subscribing module (handlers are idempotent)',
      params: idParams,
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
      querystring: z.object({ ...pageQuery, since: z.coerce.number().int().optional().describe('Received at or after (UTC epoch ms).') }),
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
