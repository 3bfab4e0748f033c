// /api/leads: the filtered list, one lead with its timeline, and the actions (move, test Not Closing, resend); stats.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, EDITORS, READERS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { findActorNames } from '../../../core/actors.js';
import { listDeliveries } from '../../../core/deliveries/deliveries.js';
import { listEventsBySerialKey } from '../../../core/inbox/events.js';
import { findQueuedJobByKey } from '../../../core/jobs/admin.js';
import { listStageHistory } from '../../../core/lifecycle/moves.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { expiryKey, moveLeadByHand, resendLead, testNotClosing, type Flow } from '../flow.js';
import { getLead, leadCursor, leadView, listLeads } from '../queries.js';
import { leadPipeline, leadStageSchema } from '../pipeline.js';
import { dailyLeads, leadStats } from '../queries.js';
import { findWorkspaceById } from '../../../core/workspaces.js';

const tags = ['scalev-leads'];
const ms = (what = 'UTC epoch ms') => z.number().describe(what);

export const leadSchema = z
  .object({
    id: z.string().describe('lead_…'),
    stage: leadStageSchema,
    order_id: z.string().describe("ScaleV's order code."),
    product_list_id: z.string().describe('The product list entry that matched the order (pl_…).'),
    product_name: z.string(),
    store_name: z.string().nullable(),
    customer_name: z.string().nullable(),
    customer_email: z.string().nullable(),
    customer_phone: z.string().nullable().describe('E.164, e.g. +6281234567890.'),
    sales_person_name: z.string().nullable(),
    sales_person_email: z.string().nullable(),
    contact_id: z.string().nullable(),
    mailketing_list_id: z.string().nullable().describe('The Mailketing list the lead was last sent to.'),
    order_created_at: ms(),
    paid_at: ms().nullable(),
    not_closing_at: ms().nullable(),
    expires_at: ms('When the lead moves to Not Closing unless paid (UTC epoch ms); null once it left Follow Up.').nullable(),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'Lead' });

export const leadDetailSchema = leadSchema
  .extend({
    timer: z
      .object({ job_id: z.number().int(), moves_to: leadStageSchema, at: ms() })
      .nullable()
      .describe('The waiting Not Closing timer, while the lead is in Follow Up.'),
    history: z.array(
      z.object({
        id: z.string(),
        from: leadStageSchema.nullable().describe('null for the first stage.'),
        to: leadStageSchema,
        cause: z.string().describe('order.created, order.paid, timer.expired, manual…'),
        actor_type: z.string(),
        actor_id: z.string().nullable(),
        actor_name: z.string().nullable().describe("The person's name, for moves made by a signed-in user."),
        reason: z.string().nullable(),
        event_id: z.string().nullable(),
        at: ms(),
      }),
    ),
    deliveries: z.array(
      z.object({
        id: z.string(),
        provider: z.string(),
        target: z.string(),
        status: z.string().describe('queued, sent, delivered, failed, dead or cancelled'),
        attempts: z.number().int(),
        response: z.unknown(),
        last_error: z.string().nullable(),
        created_at: ms(),
        sent_at: ms().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        status: z.string().describe('pending, processed, skipped or failed'),
        outcome: z.string().nullable(),
        received_at: ms(),
      }),
    ),
  })
  .meta({ id: 'LeadDetail' });

export const leadActionSchema = z.object({ outcome: z.string().describe('What happened, in words.'), lead: leadSchema }).meta({ id: 'LeadActionResult' });

const stageFigures = { follow_up: z.number().int(), closing: z.number().int(), not_closing: z.number().int() };
const conversionRate = z.number().describe('Closing ÷ all leads, 0..1.');

export const leadStatsSchema = z
  .object({
    counts: z.object(stageFigures),
    total: z.number().int(),
    conversion_rate: conversionRate,
    per_product: z.array(
      z.object({ product_list_id: z.string(), product_name: z.string().nullable(), store_name: z.string().nullable(), ...stageFigures, conversion_rate: conversionRate }),
    ),
    per_sales_person: z.array(z.object({ sales_person_email: z.string().nullable(), ...stageFigures, conversion_rate: conversionRate })),
    recent: z.array(leadSchema).describe('The newest ten.'),
  })
  .meta({ id: 'LeadStats' });

export const dailyLeadsSchema = z
  .object({ days: z.array(z.object({ date: z.string().describe('YYYY-MM-DD in the workspace time zone.'), ...stageFigures })) })
  .meta({ id: 'DailyLeads' });

export const leadRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.string().regex(/^lead_/, 'must be a lead id (lead_…)') });
  const flow = (workspaceId: string) => (fn: (f: Flow) => Promise<string>) =>
    ctx.db.transaction().execute((trx) => fn({ db: trx, ctx, workspaceId }));

  app.get('/api/leads', {
    config: { roles: READERS },
    schema: {
      operationId: 'listLeads',
      tags,
      summary: 'Leads, newest first, with filters and keyset paging',
      querystring: z.object({
        stage: leadStageSchema.optional(),
        product_list_id: z.string().optional(),
        sales_person_email: z.string().optional(),
        from: z.coerce.number().int().optional().describe('Created at or after (epoch ms).'),
        to: z.coerce.number().int().optional().describe('Created before (epoch ms).'),
        q: z.string().trim().min(1).max(100).optional().describe('Part of the name, email or phone.'),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().optional().describe('next_cursor of the previous page.'),
      }),
      response: { 200: z.object({ items: z.array(leadSchema), next_cursor: z.string().nullable() }) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listLeads(ctx.db, requireAuth(request).workspaceId, {
      stage: q.stage,
      productListId: q.product_list_id,
      salesPersonEmail: q.sales_person_email,
      from: q.from,
      to: q.to,
      search: q.q,
      limit: q.limit,
      before: q.cursor,
    });
    const last = rows[rows.length - 1];
    return { items: rows.map(leadView), next_cursor: rows.length === q.limit && last ? leadCursor(last) : null };
  });

  app.get('/api/leads/:id', {
    config: { roles: READERS },
    schema: {
      operationId: 'getLead',
      tags,
      summary: 'One lead with its stage history, deliveries and the webhook events of its order',
      params,
      response: { 200: leadDetailSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const lead = await getLead(ctx.db, ws, request.params.id);
    const [history, deliveries, events, timer] = await Promise.all([
      listStageHistory(ctx.db, ws, lead.id, { pipeline: leadPipeline.name }),
      listDeliveries(ctx.db, ws, { subjectId: lead.id, limit: 100 }),
      listEventsBySerialKey(ctx.db, ws, `order:${lead.order_id}`),
      findQueuedJobByKey(ctx.db, ws, expiryKey(lead.id)),
    ]);
    // Names of the people who moved the lead (tokens and the system stay unnamed here).
    const people = history.filter((h) => h.actor_type === 'user');
    const names = await findActorNames(ctx.db, ws, people.map((h) => ({ type: 'user', id: h.actor_id })));
    return {
      ...leadView(lead),
      timer: timer ? { job_id: timer.id, moves_to: 'not_closing' as const, at: timer.run_at } : null,
      history: history.map((h) => ({ id: h.id, from: h.from_stage === null ? null : leadStageSchema.parse(h.from_stage), to: leadStageSchema.parse(h.to_stage), cause: h.cause, actor_type: h.actor_type, actor_id: h.actor_id, actor_name: h.actor_type === 'user' ? names.of({ type: 'user', id: h.actor_id }) : null, reason: h.reason, event_id: h.event_id, at: h.at })),
      deliveries: deliveries.map((d) => ({
        id: d.id,
        provider: d.provider,
        target: d.target,
        status: d.status,
        attempts: d.attempts,
        response: d.response === null ? null : (JSON.parse(d.response) as unknown),
        last_error: d.last_error,
        created_at: d.created_at,
        sent_at: d.sent_at,
      })),
      events: events.map((e) => ({ id: e.id, type: e.type, status: e.status, outcome: e.outcome, received_at: e.received_at })),
    };
  });

  app.post('/api/leads/:id/move', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'moveLead',
      tags,
      summary: 'Move a lead by hand (a reason is required; it is audited and may go backwards)',
      params,
      body: z.object({ stage: leadStageSchema, reason: z.string().trim().min(3, 'reason is required (at least 3 characters)').max(500) }),
      response: { 200: leadActionSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => moveLeadByHand(f, request.params.id, request.body.stage, actorOf(auth), request.body.reason));
    ctx.jobSignal.notify();
    return { outcome, lead: leadView(await getLead(ctx.db, auth.workspaceId, request.params.id)) };
  });

  app.post('/api/leads/:id/test-not-closing', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'testNotClosing',
      tags,
      summary: 'The Test button: a Follow Up lead moves to Not Closing now (and is sent to that list)',
      params,
      response: { 200: leadActionSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => testNotClosing(f, request.params.id, actorOf(auth)));
    ctx.jobSignal.notify();
    return { outcome, lead: leadView(await getLead(ctx.db, auth.workspaceId, request.params.id)) };
  });

  app.post('/api/leads/:id/resend', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'resendLead',
      tags,
      summary: "Send the lead to its current stage's list again",
      params,
      response: { 200: z.object({ outcome: z.string().describe('What happened, in words.') }) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => resendLead(f, request.params.id, actorOf(auth)));
    ctx.jobSignal.notify();
    return { outcome };
  });

  app.get('/api/scalev-leads/daily', {
    config: { roles: READERS },
    schema: {
      operationId: 'getDailyLeads',
      tags,
      summary: "Leads created per day (workspace time zone), split by their stage now, for the dashboard's chart",
      querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
      response: { 200: dailyLeadsSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const workspace = await findWorkspaceById(ctx.db, ws);
    return { days: await dailyLeads(ctx.db, ws, { days: request.query.days, timezone: workspace?.timezone ?? 'Asia/Jakarta', now: ctx.clock.now() }) };
  });

  app.get('/api/scalev-leads/stats', {
    config: { roles: READERS },
    schema: {
      operationId: 'getLeadStats',
      tags,
      summary: 'Counts per stage, conversion rate, per product and per sales person, recent leads',
      response: { 200: leadStatsSchema },
    },
  }, async (request) => leadStats(ctx.db, requireAuth(request).workspaceId));
};
