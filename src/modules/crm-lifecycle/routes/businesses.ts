// /api/v1/crm/businesses: create or import, the filtered list, one business with its timeline, site events and status changes by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, EDITORS, READERS, requireAuth } from '../../../core/auth/types.js';
import { AppError } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { createBusiness, type BusinessInput } from '../businesses/flow.js';
import { businessCursor, businessFacets, businessTimeline, businessView, countBusinesses, getBusiness, listBusinesses, workspaceCountry } from '../businesses/queries.js';
import {
  businessCountSchema,
  businessCreatedSchema,
  businessDetailSchema,
  businessFiltersQuery,
  businessInputSchema,
  businessPageSchema,
  businessParams,
  businessStatusChangedSchema,
  createBusinessesBody,
  createBusinessesResultSchema,
  facetsSchema,
  listBusinessesQuery,
  setBusinessStatusBody,
  SITE_EVENTS,
  siteEventBody,
  siteEventResultSchema,
} from '../contract/businesses.js';
import { applyStatusChange } from '../flow.js';
import { note } from '../../../core/notes.js';

const tags = ['crm-lifecycle'];
export const businessRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post('/api/v1/crm/businesses', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'createBusinesses',
      tags,
      summary: 'Create one business, or import many with { businesses: [...] }; deduplicated on phone, then email; status pending',
      body: createBusinessesBody,
      response: {
        200: createBusinessesResultSchema,
        201: businessCreatedSchema.describe('The business was created.'),
      },
    },
  }, async (request, reply) => {
    const ws = requireAuth(request).workspaceId;
    const country = await workspaceCountry(ctx.db, ws);
    const body = request.body;
    if (!('businesses' in body)) {
      const outcome = await ctx.db.transaction().execute((trx) => createBusiness(trx, ctx, ws, country, body as BusinessInput));
      return reply.code(outcome.created ? 201 : 200).send({ id: outcome.business.id, created: outcome.created, business: businessView(outcome.business) });
    }
    // Each row is checked on its own: one bad row is reported by index and field, the rest are imported.
    const items: { index: number; id: string; created: boolean }[] = [];
    const errors: { index: number; field: string; message: string }[] = [];
    await ctx.db.transaction().execute(async (trx) => {
      for (const [index, raw] of body.businesses.entries()) {
        const parsed = businessInputSchema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          errors.push({ index, field: issue?.path.join('.') || 'body', message: issue?.message ?? 'invalid' });
          continue;
        }
        try {
          const outcome = await createBusiness(trx, ctx, ws, country, parsed.data);
          items.push({ index, id: outcome.business.id, created: outcome.created });
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
          errors.push({ index, field: String(error.context['field'] ?? 'body'), message: error.message });
        }
      }
    });
    return { created: items.filter((i) => i.created).length, duplicates: items.filter((i) => !i.created).length, items, errors };
  });

  app.get('/api/v1/crm/businesses', {
    config: { roles: READERS },
    schema: {
      operationId: 'listBusinesses',
      tags,
      summary: 'Businesses, newest first: filter on every status, city, source, owner, creation date and text; keyset paging (the count of all matches is GET /api/v1/crm/businesses/count)',
      querystring: listBusinessesQuery,
      response: { 200: businessPageSchema },
    },
  }, async (request) => {
    const q = request.query;
    const items = await listBusinesses(ctx.db, requireAuth(request).workspaceId, q);
    const last = items[items.length - 1];
    return { items: items.map(businessView), next_cursor: items.length === q.limit && last ? businessCursor(last) : null };
  });

  // Apart from the page: a common search fragment matches thousands of businesses, and counting them costs more than
  // finding the first page, so the dashboard shows the page at once and the count when it arrives.
  app.get('/api/v1/crm/businesses/count', {
    config: { roles: READERS },
    schema: {
      operationId: 'countBusinesses',
      tags,
      summary: 'How many businesses match the list’s filters, up to 10,000 (`total_capped` beyond)',
      querystring: businessFiltersQuery,
      response: { 200: businessCountSchema },
    },
  }, async (request) => {
    const { total, totalCapped } = await countBusinesses(ctx.db, requireAuth(request).workspaceId, request.query);
    return { total, total_capped: totalCapped };
  });

  app.get('/api/v1/crm/facets', {
    config: { roles: READERS },
    schema: { operationId: 'getBusinessFacets', tags, summary: 'The cities, sources and owners in use, for filters', response: { 200: facetsSchema } },
  }, async (request) => businessFacets(ctx.db, requireAuth(request).workspaceId));

  app.get('/api/v1/crm/businesses/:id', {
    config: { roles: READERS },
    schema: {
      operationId: 'getBusiness',
      tags,
      summary: 'One business with its timeline (status changes, messages, payments) and consents',
      params: businessParams,
      response: { 200: businessDetailSchema },
    },
  }, async (request) => {
    const b = await getBusiness(ctx.db, requireAuth(request).workspaceId, request.params.id);
    return { ...businessView(b), ...(await businessTimeline(ctx.db, b)) };
  });

  app.post('/api/v1/crm/businesses/:id/status', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'setBusinessStatus',
      tags,
      summary: 'Set a status by hand (any value, including leaving purchased or unsubscribed); the reason is kept and audited',
      params: businessParams,
      body: setBusinessStatusBody,
      response: {
        200: businessStatusChangedSchema,
        ...errorResponses(409),
      },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { field, status, reason } = request.body;
    const outcome = await ctx.db.transaction().execute((trx) =>
      applyStatusChange(trx, ctx.clock, { workspaceId: auth.workspaceId, businessId: request.params.id, field, to: status, cause: 'person', detail: 'changed by hand', note: note('crm_change.by_hand'), actor: actorOf(auth), reason }, ctx.logger),
    );
    return { ...businessView(await getBusiness(ctx.db, auth.workspaceId, request.params.id)), changed: outcome.applied };
  });

  app.post('/api/v1/crm/businesses/:id/events', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'recordSiteEvent',
      tags,
      summary: "A site generator's progress: site_generation_started → generating, _completed → generated, site_deployed → deployed",
      params: businessParams,
      body: siteEventBody,
      response: {
        200: siteEventResultSchema,
        ...errorResponses(409),
      },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { type, site_url } = request.body;
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      const b = await getBusiness(trx, auth.workspaceId, request.params.id);
      if (site_url && site_url !== b.site_url) {
        await trx.updateTable('crm_businesses').set({ site_url, updated_at: ctx.clock.now() }).where('id', '=', b.id).execute();
      }
      return applyStatusChange(trx, ctx.clock, { workspaceId: auth.workspaceId, businessId: b.id, field: 'website_status', to: SITE_EVENTS[type], cause: 'site_event', detail: type, note: note('crm_change.site_event', { event: type }), actor: actorOf(auth) }, ctx.logger);
    });
    const business = businessView(await getBusiness(ctx.db, auth.workspaceId, request.params.id));
    return {
      business,
      changed: outcome.applied,
      note: outcome.applied ? `website_status ${outcome.from} → ${outcome.to}` : `website_status unchanged: ${outcome.reason}`,
      notes: [outcome.applied ? note('crm_change.changed', { field: 'website_status', from: outcome.from, to: outcome.to }) : note('crm_change.kept', { field: 'website_status', status: business.website_status })],
    };
  });
};
