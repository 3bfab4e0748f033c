// /api/marketing/leads (the seed's lead shape) and /api/jamaah (preliminary pilgrim records, also as CSV).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { EDITORS, READERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { jamaahPageSchema, jamaahSchema, marketingLeadBody, marketingLeadPageSchema, marketingLeadSchema, pageQuery } from '../contract.js';
import { jamaahParams, jamaahUpdateBody } from '../contract/jamaah.js';
import { setJamaahStatus } from '../leads/jamaah.js';
import { upsertMarketingLead } from '../leads/flow.js';

const tags = ['wa-assistant'];
const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
const csvField = (v: unknown): string => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const marketingRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const leadView = (r: { id: string; phone: string; name: string; phase: string; interested_package: string | null; conversation_summary: string | null; source: string | null; ai_confidence: number | null; conversation_id: string | null; created_at: number; updated_at: number }) => ({
    ...r,
    ai_confidence: num(r.ai_confidence),
    created_at: Number(r.created_at),
    updated_at: Number(r.updated_at),
  });

  app.post('/api/marketing/leads', {
    config: { roles: EDITORS },
    schema: { operationId: 'upsertMarketingLead', tags, summary: 'Create the lead of a phone, or update it (one lead per phone: duplicates merge)', body: marketingLeadBody, response: { 200: marketingLeadSchema, 201: marketingLeadSchema } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { id, created } = await ctx.db.transaction().execute((trx) => upsertMarketingLead({ db: trx, clock: ctx.clock, workspaceId: auth.workspaceId, actor: actorOf(auth) }, request.body));
    const row = await ctx.db.selectFrom('wa_leads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return reply.code(created ? 201 : 200).send(leadView(row));
  });

  app.get('/api/marketing/leads', {
    config: { roles: READERS },
    schema: { operationId: 'listMarketingLeads', tags, summary: 'Marketing leads, newest change first', querystring: pageQuery, response: { 200: marketingLeadPageSchema } },
  }, async (request) => {
    const q = request.query;
    let query = ctx.db.selectFrom('wa_leads').selectAll().where('workspace_id', '=', requireAuth(request).workspaceId);
    if (q.cursor) query = query.where('id', '<', q.cursor);
    const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
    const last = rows[rows.length - 1];
    return { items: rows.map(leadView), next_cursor: rows.length === q.limit && last ? last.id : null };
  });

  const jamaah = async (workspaceId: string, limit: number, cursor?: string) => {
    let query = ctx.db.selectFrom('wa_jamaah').selectAll().where('workspace_id', '=', workspaceId);
    if (cursor) query = query.where('id', '<', cursor);
    return query.orderBy('id', 'desc').limit(limit).execute();
  };

  app.get('/api/jamaah', {
    config: { roles: READERS },
    schema: { operationId: 'listJamaah', tags, summary: 'Preliminary pilgrim records made at booking, newest first', querystring: pageQuery, response: { 200: jamaahPageSchema } },
  }, async (request) => {
    const q = request.query;
    const rows = await jamaah(requireAuth(request).workspaceId, q.limit, q.cursor);
    const last = rows[rows.length - 1];
    return {
      items: rows.map(jamaahView),
      next_cursor: rows.length === q.limit && last ? last.id : null,
    };
  });

  const jamaahView = (r: { id: string; name: string; phone: string; package_code: string | null; people: number | null; campaign_code: string | null; conversation_id: string; status: string; created_at: number }) => ({
    id: r.id, name: r.name, phone: r.phone, package_code: r.package_code, people: num(r.people), campaign_code: r.campaign_code, conversation_id: r.conversation_id, status: r.status, created_at: Number(r.created_at),
  });

  /** A sales admin records the outcome of a booking: `paid` once the payment is confirmed, or `cancelled`. */
  app.put('/api/jamaah/:id', {
    config: { roles: EDITORS },
    schema: { operationId: 'updateJamaah', tags, summary: 'Record a pilgrim record\'s payment (paid) or cancellation', params: jamaahParams, body: jamaahUpdateBody, response: { 200: jamaahSchema, ...errorResponses(404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const row = await ctx.db.transaction().execute((trx) => setJamaahStatus({ db: trx, clock: ctx.clock, workspaceId: auth.workspaceId, actor: actorOf(auth) }, request.params.id, request.body.status));
    return jamaahView(row);
  });

  app.get('/api/jamaah.csv', {
    config: { roles: READERS },
    schema: { operationId: 'exportJamaahCsv', tags, summary: "Every preliminary pilgrim record as CSV, for the agency's own systems", response: { 200: z.string().describe('text/csv: a header row, then one row per record') } },
  }, async (request, reply) => {
    const rows = await jamaah(requireAuth(request).workspaceId, 100_000);
    const header = ['id', 'name', 'phone', 'package_code', 'people', 'campaign_code', 'conversation_id', 'status', 'created_at'];
    const lines = rows.map((r) => [r.id, r.name, r.phone, r.package_code, r.people, r.campaign_code, r.conversation_id, r.status, new Date(Number(r.created_at)).toISOString()].map(csvField).join(','));
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="jamaah.csv"').send(`${[header.join(','), ...lines].join('\r\n')}\r\n`);
  });
};
