// /api/v1/crm/businesses: create or import, the filtered list, one business with its timeline, site events and status changes by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, EDITORS, READERS, requireAuth } from '../../../core/auth/types.js';
import { AppError } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { createBusiness, type BusinessInput } from '../businesses/flow.js';
import {
  businessCursor,
  businessFacets,
  businessTimeline,
  businessView,
  contactStatusSchema,
  getBusiness,
  listBusinesses,
  subscriptionStatusSchema,
  websiteStatusSchema,
  workspaceCountry,
} from '../businesses/queries.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from '../rules.js';
import { applyStatusChange, STATUS_FIELDS } from '../flow.js';

const MAX_IMPORT = 1000;
const tags = ['crm-lifecycle'];
const ms = (what = 'UTC epoch ms') => z.number().describe(what);

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

export const businessSchema = z
  .object({
    id: z.string().describe('biz_…'),
    name: z.string(),
    phone: z.string().nullable().describe('E.164, e.g. +50212345678.'),
    email: z.string().nullable(),
    website: z.string().nullable(),
    city: z.string().nullable(),
    source: z.string().nullable(),
    owner: z.string().nullable(),
    contact_status: contactStatusSchema,
    website_status: websiteStatusSchema,
    subscription_status: subscriptionStatusSchema,
    site_url: z.string().nullable().describe('The site generated for this business, from site events.'),
    created_at: ms(),
    updated_at: ms(),
    contacted_at: ms().nullable(),
    opened_at: ms().nullable(),
    clicked_at: ms().nullable(),
    replied_at: ms().nullable(),
    purchased_at: ms().nullable(),
    unsubscribed_at: ms().nullable(),
    bounced_at: ms().nullable(),
  })
  .meta({ id: 'Business' });

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    at: ms(),
    field: z.string().describe('contact_status, website_status or subscription_status'),
    from: z.string(),
    to: z.string(),
    cause: z.string().describe('event, campaign or user'),
    detail: z.string().describe('What exactly: twilio delivered, email sent, site_deployed…'),
    actor_name: z.string().nullable(),
    reason: z.string().nullable(),
    campaign_id: z.string().nullable(),
    event_id: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('message'),
    at: ms(),
    direction: z.string().describe('in or out'),
    channel: z.string().describe('email or sms'),
    subject: z.string().nullable(),
    body: z.string().nullable(),
    status: z.string(),
    campaign_id: z.string().nullable(),
    error_code: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('payment'),
    at: ms(),
    amount_cents: z.number().int().describe('Minor units of the currency.'),
    currency: z.string(),
    campaign_id: z.string().nullable().describe('The campaign that last reached the business before it paid.'),
    event_type: z.string(),
  }),
]);

export const businessDetailSchema = businessSchema
  .extend({
    timeline: z.array(timelineEntrySchema).describe('Status changes, messages and payments, newest first.'),
    consents: z.array(z.object({ channel: z.string(), status: z.string().describe('opted_in or opted_out'), source: z.string(), changed_at: ms() })),
  })
  .meta({ id: 'BusinessDetail' });

export const businessCreatedSchema = z
  .object({
    id: z.string(),
    created: z.boolean().describe('false: a business with this phone or email already existed, and that one is returned.'),
    business: businessSchema,
  })
  .meta({ id: 'BusinessCreated' });

export const businessImportSchema = z
  .object({
    created: z.number().int(),
    duplicates: z.number().int().describe('Rows matching an existing business (by phone, then email).'),
    items: z.array(z.object({ index: z.number().int(), id: z.string(), created: z.boolean() })),
    errors: z.array(z.object({ index: z.number().int(), field: z.string(), message: z.string() })).describe('Rows not imported, by index and field.'),
  })
  .meta({ id: 'BusinessImport' });

export const businessPageSchema = z.object({
  items: z.array(businessSchema),
  next_cursor: z.string().nullable(),
  total: z.number().int().describe('How many match the filters, across every page; stops at 10,000.'),
  total_capped: z.boolean().describe('true: there are more than total.'),
});

export const facetsSchema = z.object({ cities: z.array(z.string()), sources: z.array(z.string()), owners: z.array(z.string()) }).meta({ id: 'CrmFacets' });

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
      operationId: 'createBusinesses',
      tags,
      summary: 'Create one business, or import many with { businesses: [...] }; deduplicated on phone, then email; status pending',
      body: z.union([businessInputSchema, z.object({ businesses: z.array(z.unknown()).min(1).max(MAX_IMPORT) })]),
      response: {
        200: z.union([businessCreatedSchema, businessImportSchema]).describe('One business that already existed, or the result of an import.'),
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
      response: { 200: businessPageSchema },
    },
  }, async (request) => {
    const q = request.query;
    const { items, total, totalCapped } = await listBusinesses(ctx.db, requireAuth(request).workspaceId, q);
    const last = items[items.length - 1];
    return { items: items.map(businessView), next_cursor: items.length === q.limit && last ? businessCursor(last) : null, total, total_capped: totalCapped };
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
      params,
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
      params,
      body: z.object({
        field: z.enum(STATUS_FIELDS),
        status: z.string().min(1),
        reason: z.string().trim().min(3, 'reason is required (at least 3 characters)').max(500),
      }),
      response: {
        200: businessSchema.extend({ changed: z.boolean().describe('false: the status already had this value.') }).meta({ id: 'BusinessStatusChanged' }),
        ...errorResponses(409),
      },
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
      operationId: 'recordSiteEvent',
      tags,
      summary: "A site generator's progress: site_generation_started → generating, _completed → generated, site_deployed → deployed",
      params,
      body: z.object({
        type: z.enum(Object.keys(SITE_EVENTS) as [keyof typeof SITE_EVENTS]),
        site_url: z.url({ protocol: /^https?$/ }).max(500).optional().describe('Where the generated site lives.'),
      }),
      response: {
        200: z
          .object({ business: businessSchema, changed: z.boolean(), note: z.string().describe('website_status from → to, or why it stayed.') })
          .meta({ id: 'SiteEventResult' }),
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
      return applyStatusChange(trx, ctx.clock, { workspaceId: auth.workspaceId, businessId: b.id, field: 'website_status', to: SITE_EVENTS[type], cause: 'site_event', detail: type, actor: actorOf(auth) });
    });
    const business = businessView(await getBusiness(ctx.db, auth.workspaceId, request.params.id));
    return { business, changed: outcome.applied, note: outcome.applied ? `website_status ${outcome.from} → ${outcome.to}` : `website_status unchanged: ${outcome.reason}` };
  });
};
