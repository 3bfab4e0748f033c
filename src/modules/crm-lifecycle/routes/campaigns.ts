// /api/v1/crm/campaigns: create, edit, delete, send, pause, preview, audience counts and per-campaign figures.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, READERS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { AppError } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { getBusiness } from '../businesses/queries.js';
import { createCampaign, deleteCampaign, pauseCampaign, sendCampaign, updateCampaign } from '../campaigns/flow.js';
import {
  audienceQuery,
  campaignAudience,
  campaignFigures,
  campaignView,
  countAudience,
  getCampaign,
  HELD_BY_PAUSE,
  listRecipients,
  recipientCursor,
  type Channel,
} from '../campaigns/queries.js';
import { render } from '../campaigns/rules.js';
import {
  audienceCountBody,
  audienceCountSchema,
  campaignDetailSchema,
  campaignListQuery,
  campaignListSchema,
  campaignParams,
  campaignPreviewSchema,
  campaignSchema,
  createCampaignBody,
  furthestStatusSchema,
  previewQuery,
  recipientListQuery,
  recipientListSchema,
  recipientStatusSchema,
  updateCampaignBody,
} from '../contract/campaigns.js';
import { loadCrmSettings, requireSmtp, requireTwilio } from '../settings.js';

const tags = ['crm-lifecycle'];
/** One word for where a recipient is: from its bounce or delivery facts first, then its delivery's state. */
function recipientStatus(r: { bounced_at: number | null; delivered_at: number | null; recipient_status: string; delivery_status: string | null; last_error: string | null }): z.output<typeof recipientStatusSchema> {
  if (r.bounced_at) return 'bounced';
  if (r.delivered_at) return 'delivered';
  if (r.delivery_status === 'cancelled' && r.last_error === HELD_BY_PAUSE) return 'paused';
  if (r.recipient_status === 'skipped' || r.delivery_status === 'cancelled') return 'skipped';
  if (r.delivery_status === 'dead') return 'failed';
  if (r.delivery_status === 'sent' || r.delivery_status === 'delivered') return 'sent';
  return 'queued';
}

/** A recipient in answers: where its message is, and the furthest step it reached. */
function recipientView(r: Parameters<typeof recipientStatus>[0] & { business_id: string; business_name: string; furthest_status: string; error: string | null; updated_at: number }) {
  return {
    business_id: r.business_id,
    business_name: r.business_name,
    status: recipientStatus(r),
    furthest_status: furthestStatusSchema.parse(r.furthest_status),
    error: r.error ?? r.last_error ?? null,
    at: r.updated_at,
  };
}

export const campaignRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const target = () => ({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, jobSignal: ctx.jobSignal });
  const withFigures = async (ws: string, id: string) => {
    const c = await getCampaign(ctx.db, ws, id);
    return campaignView(c, (await campaignFigures(ctx.db, ws, [c.id])).get(c.id));
  };

  app.get('/api/v1/crm/campaigns', {
    config: { roles: READERS },
    schema: {
      operationId: 'listCampaigns',
      tags,
      summary: 'Campaigns, newest first, each with its figures',
      querystring: campaignListQuery,
      response: { 200: campaignListSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const rows = await ctx.db.selectFrom('crm_campaigns').selectAll().where('workspace_id', '=', ws).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(request.query.limit).execute();
    const figures = await campaignFigures(ctx.db, ws, rows.map((r) => r.id));
    return { items: rows.map((c) => campaignView(c, figures.get(c.id))) };
  });

  app.post('/api/v1/crm/campaigns', {
    config: { roles: SENDERS },
    schema: { operationId: 'createCampaign', tags, summary: 'Create a draft campaign', body: createCampaignBody, response: { 201: campaignSchema } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const settings = await loadCrmSettings(ctx, ctx.db, auth.workspaceId);
    const c = await createCampaign(ctx.db, ctx.clock, auth.workspaceId, request.body, settings.send_rate_per_minute, actorOf(auth));
    return reply.code(201).send(await withFigures(auth.workspaceId, c.id));
  });

  app.get('/api/v1/crm/campaigns/:id', {
    config: { roles: READERS },
    schema: {
      operationId: 'getCampaign',
      tags,
      summary: 'One campaign with its figures and its newest 200 recipients',
      params: campaignParams,
      response: { 200: campaignDetailSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const view = await withFigures(ws, request.params.id);
    const recipients = await listRecipients(ctx.db, ws, request.params.id, { limit: 200 });
    return { ...view, recipients: recipients.map(recipientView) };
  });

  app.get('/api/v1/crm/campaigns/:id/recipients', {
    config: { roles: READERS },
    schema: {
      operationId: 'listCampaignRecipients',
      tags,
      summary: "A campaign's recipients, newest change first, optionally only those at one furthest status (sent, delivered, opened…)",
      params: campaignParams,
      querystring: recipientListQuery,
      response: { 200: recipientListSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const c = await getCampaign(ctx.db, ws, request.params.id);
    const { furthest_status, cursor, limit } = request.query;
    const rows = await listRecipients(ctx.db, ws, c.id, { furthest: furthest_status, cursor, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(recipientView), next_cursor: rows.length > limit && last ? recipientCursor(last) : null };
  });

  app.patch('/api/v1/crm/campaigns/:id', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'updateCampaign',
      tags,
      summary: 'Edit a draft or paused campaign (409 once it is sending or finished)',
      params: campaignParams,
      body: updateCampaignBody,
      response: { 200: campaignSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    await updateCampaign(ctx.db, ctx.clock, ws, request.params.id, request.body);
    return withFigures(ws, request.params.id);
  });

  app.delete('/api/v1/crm/campaigns/:id', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'deleteCampaign',
      tags,
      summary: 'Delete a draft (a campaign that sent anything is kept for its figures: 409)',
      params: campaignParams,
      response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(409) },
    },
  }, async (request, reply) => {
    await deleteCampaign(ctx.db, requireAuth(request).workspaceId, request.params.id);
    return reply.code(204).send();
  });

  app.post('/api/v1/crm/campaigns/:id/send', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'sendCampaign',
      tags,
      summary: 'Start sending a draft, or resume a paused campaign, at its rate (400 when the channel is not set up, 409 when finished)',
      params: campaignParams,
      response: { 200: campaignSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const c = await getCampaign(ctx.db, auth.workspaceId, request.params.id);
    // Refuse now rather than let every delivery die later on a missing key; the error names the setting.
    const settings = await loadCrmSettings(ctx, ctx.db, auth.workspaceId);
    if (c.channel === 'sms') requireTwilio(settings);
    else requireSmtp(settings);
    await ctx.db.transaction().execute((trx) => sendCampaign({ ...target(), db: trx }, auth.workspaceId, c.id, actorOf(auth)));
    ctx.jobSignal.notify();
    return withFigures(auth.workspaceId, c.id);
  });

  app.post('/api/v1/crm/campaigns/:id/pause', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'pauseCampaign',
      tags,
      summary: 'Pause: nothing more is handed out, and messages waiting for their slot are held until it resumes (409 unless sending)',
      params: campaignParams,
      response: { 200: campaignSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    await ctx.db.transaction().execute((trx) => pauseCampaign({ ...target(), db: trx }, auth.workspaceId, request.params.id, actorOf(auth)));
    return withFigures(auth.workspaceId, request.params.id);
  });

  app.post('/api/v1/crm/audience/count', {
    config: { roles: READERS },
    schema: {
      operationId: 'countAudience',
      tags,
      summary: 'How many businesses an audience reaches now (without unsubscribed, purchased, or those with no address for the channel)',
      body: audienceCountBody,
      response: { 200: audienceCountSchema },
    },
  }, async (request) => ({ count: await countAudience(ctx.db, requireAuth(request).workspaceId, request.body.audience, request.body.channel) }));

  app.get('/api/v1/crm/campaigns/:id/preview', {
    config: { roles: READERS },
    schema: {
      operationId: 'previewCampaign',
      tags,
      summary: 'The message as one business would get it (default: the first business of the audience; 404 when it is empty)',
      params: campaignParams,
      querystring: previewQuery,
      response: { 200: campaignPreviewSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const c = await getCampaign(ctx.db, ws, request.params.id);
    const b = request.query.business_id
      ? await getBusiness(ctx.db, ws, request.query.business_id)
      : await audienceQuery(ctx.db, ws, campaignAudience(c), c.channel as Channel).selectAll('crm_businesses').orderBy('crm_businesses.id').limit(1).executeTakeFirst();
    if (!b) throw new AppError('not_found', 'the audience is empty: no business to preview with', { context: { field: 'business_id' } });
    return { business_id: b.id, subject: c.subject ? render(c.subject, b) : null, body: render(c.body, b) };
  });
};
