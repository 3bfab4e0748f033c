// /api/v1/crm/businesses: create or import, the filtered list, one business with its timeline, site events and status changes by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../core/auth/types.js';
import { AppError } from '../../core/errors.js';
import type { ModuleRouteOptions } from '../../core/module.js';
import { businessCursor, businessFacets, businessView, createBusiness, getBusiness, listBusinesses, workspaceCountry, type BusinessInput } from './businesses.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './rules.js';
import { applyStatusChange, STATUS_FIELDS } from './status.js';
import { businessTimeline } from './timeline.js';

export const EVERYONE = ['owner', 'admin', 'marketing', 'sales', 'staff'] as const;
export const EDITORS = ['owner', 'admin', 'marketing', 'sales'] as const;
const MAX_IMPORT = 1000;

const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const businessInputSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  phone: optionalText(40).describe('Any format; read with the workspace country and stored as E.164.'),
  email: optionalText(254),
  website: optionalText(500),
  city: optionalText(120),
  source: optionalText(120).describe('Where the lead came from, e.g. google-maps.'),
  owner: optionalText(120).describe('The person at the agency who owns this prospect.'),
});

/** Several values of one status filter: `?contact_status=pending&contact_status=emailed` or comma-separated. */
const statusList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

const SITE_EVENTS = {
  site_generation_started: 'generating',
  site_generation_completed: 'generated',
  site_deployed: 'deployed',
} as const;

export const businessRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.string().regex(/^biz_/, 'must be a business id (biz_…)') });

  app.post('/api/v1/crm/businesses', {
    config: { roles: EDITORS },
    schema: {
      tags: ['crm-lifecycle'],
      summary: 'Create one business, or import many with { businesses: [...] }; deduplicated on phone, then email; status pending',
      body: z.union([businessInputSchema, z.object({ businesses: z.array(z.unknown()).min(1).max(MAX_IMPORT) })]),
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
    config: { roles: EVERYONE },
    schema: {
      tags: ['crm-lifecycle'],
      summary: 'Businesses, newest first: filter on every status, city, source, owner, creation date and text; keyset paging; `total` stops at 10,000 (`total_capped`)',
      querystring: z.object({
        contact_status: statusList(CONTACT_STATUSES),
        website_status: statusList(WEBSITE_STATUSES),
        subscription_status: statusList(SUBSCRIPTION_STATUSES),
        city: z.string().trim().max(120).optional(),
        source: z.string().trim().max(120).optional(),
        owner: z.string().trim().max(120).optional(),
        q: z.string().trim().min(1).max(100).optional().describe('Part of the name, email, phone, city or website.'),
        from: z.coerce.number().int().optional().describe('Created at or after (epoch ms).'),
        to: z.coerce.number().int().optional().describe('Created before (epoch ms).'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(100).optional().describe('next_cursor of the previous page.'),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const { items, total, totalCapped } = await listBusinesses(ctx.db, requireAuth(request).workspaceId, q);
    const last = items[items.length - 1];
    return { items: items.map(businessView), next_cursor: items.length === q.limit && last ? businessCursor(last) : null, total, total_capped: totalCapped };
  });

  app.get('/api/v1/crm/facets', {
    config: { roles: EVERYONE },
    schema: { tags: ['crm-lifecycle'], summary: 'The cities, sources and owners in use, for filters' },
  }, async (request) => businessFacets(ctx.db, requireAuth(request).workspaceId));

  app.get('/api/v1/crm/businesses/:id', {
    config: { roles: EVERYONE },
    schema: { tags: ['crm-lifecycle'], summary: 'One business with its timeline (status changes, messages, payments) and consents', params },
  }, async (request) => {
    const b = await getBusiness(ctx.db, requireAuth(request).workspaceId, request.params.id);
    return { ...businessView(b), ...(await businessTimeline(ctx.db, b)) };
  });

  app.post('/api/v1/crm/businesses/:id/status', {
    config: { roles: EDITORS },
    schema: {
      tags: ['crm-lifecycle'],
      summary: 'Set a status by hand (any value, including leaving purchased or unsubscribed); the reason is kept and audited',
      params,
      body: z.object({
        field: z.enum(STATUS_FIELDS),
        status: z.string().min(1),
        reason: z.string().trim().min(3, 'reason is required (at least 3 characters)').max(500),
      }),
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { field, status, reason } = request.body;
    const outcome = await ctx.db.transaction().execute((trx) =>
      applyStatusChange(trx, ctx.clock, { workspaceId: auth.workspaceId, businessId: request.params.id, field, to: status, cause: 'person', detail: 'changed by hand', actor: actorOf(auth), reason }),
    );
    return { ...businessView(await getBusiness(ctx.db, auth.workspaceId, request.params.id)), changed: outcome.applied };
  });

  app.post('/api/v1/crm/businesses/:id/events', {
    config: { roles: EDITORS },
    schema: {
      tags: ['crm-lifecycle'],
      summary: "A site generator's progress: site_generation_started → generating, _completed → generated, site_deployed → deployed",
      params,
      body: z.object({
        type: z.enum(Object.keys(SITE_EVENTS) as [keyof typeof SITE_EVENTS]),
        site_url: z.url({ protocol: /^https?$/ }).max(500).optional().describe('Where the generated site lives.'),
      }),
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { type, site_url } = request.body;
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      const b = await getBusiness(trx, auth.workspaceId, request.params.id);
      if (site_url && site_url !== b.site_url) {
        await trx.updateTable('crm_businesses').set({ site_url, updated_at: ctx.clock.now() }).where('id', '=', b.id).execute();
      }
      return applyStatusChange(trx, ctx.clock, { workspaceId: auth.workspaceId, businessId: b.id, field: 'website_status', to: SITE_EVENTS[type], cause: 'site_event', detail: type, actor: actorOf(auth) });
    });
    const business = businessView(await getBusiness(ctx.db, auth.workspaceId, request.params.id));
    return { business, changed: outcome.applied, note: outcome.applied ? `website_status ${outcome.from} → ${outcome.to}` : `website_status unchanged: ${outcome.reason}` };
  });
};
