// /api/leads: the filtered list, one lead with its timeline, and the actions (move, test Not Closing, resend); stats.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, EDITORS, READERS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { errorResponses } from '../../../core/api-errors.js';
import { findActorNames } from '../../../core/actors.js';
import { listDeliveries } from '../../../core/deliveries/deliveries.js';
import { listEventsBySerialKey } from '../../../core/inbox/events.js';
import { parseModuleOutcomes } from '../../../core/inbox/outcomes.js';
import { findQueuedJobByKey } from '../../../core/jobs/admin.js';
import { listStageHistory } from '../../../core/lifecycle/moves.js';
import { SCALEV_CURRENCY } from '../../../connectors/scalev/index.js';
import type { Told } from '../../../core/notes.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import {
  dailyLeadsQuery,
  dailyLeadsSchema,
  leadActionSchema,
  leadDetailSchema,
  leadPageSchema,
  leadParams,
  leadStageSchema,
  leadStatsSchema,
  listLeadsQuery,
  moveLeadBody,
  resendLeadSchema,
} from '../contract.js';
import { expiryKey, moveLeadByHand, resendLead, testNotClosing, type Flow } from '../flow.js';
import { leadPipeline } from '../pipeline.js';
import { MODULE_NAME } from '../settings.js';
import { dailyLeads, getLead, leadCursor, leadStats, leadView, listLeads } from '../queries.js';

const tags = ['scalev-leads'];
export const leadRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const flow = (workspaceId: string) => (fn: (f: Flow) => Promise<Told>) =>
    ctx.db.transaction().execute((trx) => fn({ db: trx, ctx, workspaceId }));

  app.get('/api/leads', {
    config: { roles: READERS },
    schema: {
      operationId: 'listLeads',
      tags,
      summary: 'Leads, newest first, with filters and keyset paging',
      querystring: listLeadsQuery,
      response: { 200: leadPageSchema },
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
      params: leadParams,
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
      events: events.map((e) => ({ id: e.id, type: e.type, status: e.status, outcome: e.outcome, notes: [...(parseModuleOutcomes(e.module_outcomes)[MODULE_NAME]?.notes ?? [])], received_at: e.received_at })),
    };
  });

  app.post('/api/leads/:id/move', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'moveLead',
      tags,
      summary: 'Move a lead by hand (a reason is required; it is audited and may go backwards)',
      params: leadParams,
      body: moveLeadBody,
      response: { 200: leadActionSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => moveLeadByHand(f, request.params.id, request.body.stage, actorOf(auth), request.body.reason));
    ctx.jobSignal.notify();
    return { outcome: outcome.text, notes: [...outcome.notes], lead: leadView(await getLead(ctx.db, auth.workspaceId, request.params.id)) };
  });

  app.post('/api/leads/:id/test-not-closing', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'testNotClosing',
      tags,
      summary: 'The Test button: a Follow Up lead moves to Not Closing now (and is sent to that list)',
      params: leadParams,
      response: { 200: leadActionSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => testNotClosing(f, request.params.id, actorOf(auth)));
    ctx.jobSignal.notify();
    return { outcome: outcome.text, notes: [...outcome.notes], lead: leadView(await getLead(ctx.db, auth.workspaceId, request.params.id)) };
  });

  app.post('/api/leads/:id/resend', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'resendLead',
      tags,
      summary: "Send the lead to its current stage's list again",
      params: leadParams,
      response: { 200: resendLeadSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const outcome = await flow(auth.workspaceId)((f) => resendLead(f, request.params.id, actorOf(auth)));
    ctx.jobSignal.notify();
    return { outcome: outcome.text, notes: [...outcome.notes] };
  });

  app.get('/api/scalev-leads/daily', {
    config: { roles: READERS },
    schema: {
      operationId: 'getDailyLeads',
      tags,
      summary: "Leads created per day (workspace time zone), split by their stage now, for the dashboard's chart",
      querystring: dailyLeadsQuery,
      response: { 200: dailyLeadsSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const workspace = await findWorkspaceById(ctx.db, ws);
    return { currency: SCALEV_CURRENCY, days: await dailyLeads(ctx.db, ws, { days: request.query.days, timezone: workspace?.timezone ?? 'Asia/Jakarta', now: ctx.clock.now() }) };
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
