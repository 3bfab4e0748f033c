// The caller's workspace: name, time zone, phone country and currency (used for display and local-time rules).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { MANAGERS, READERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit, listAudit, type AuditEntry } from '../../core/audit.js';
import { notFound } from '../../core/errors.js';
import { changeKept } from '../../core/read-cache.js';
import { readBusinessHours } from '../../core/schedule/business-hours.js';
import { findWorkspaceById, WORKSPACE_READ_KEY } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import { pageOf } from '../contract/paging.js';
import { auditEntrySchema, listAuditQuery, updateWorkspaceBody, workspaceSchema } from '../contract/workspace.js';

const tags = ['workspace'];

const auditView = (e: AuditEntry): z.output<typeof auditEntrySchema> => ({
  id: e.id,
  actor: e.actor,
  action: e.action,
  subject_type: e.subjectType,
  subject_id: e.subjectId,
  before: e.before,
  after: e.after,
  at: e.at,
});

/** An audit page ends at a row: its time and id, so rows written in the same millisecond are neither lost nor repeated. */
const auditCursor = (e: AuditEntry) => `${e.at}:${e.id}`;
function parseAuditCursor(cursor: string): { at: number; id: string } | undefined {
  const [at, id] = cursor.split(':', 2);
  return at && id && /^\d+$/.test(at) ? { at: Number(at), id } : undefined;
}

export const workspaceRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const load = async (id: string): Promise<z.output<typeof workspaceSchema>> => {
    const ws = await findWorkspaceById(ctx.db, id);
    if (!ws) throw notFound('workspace', id);
    return {
      id: ws.id,
      slug: ws.slug,
      name: ws.name,
      timezone: ws.timezone,
      country: ws.country,
      currency: ws.currency,
      business_hours: readBusinessHours(ws.business_hours),
      webhook_base: `${ctx.config.publicUrl}/webhooks`,
    };
  };

  app.get('/api/workspace', {
    config: { roles: READERS },
    schema: { operationId: 'getWorkspace', tags, summary: 'The current workspace', response: { 200: workspaceSchema } },
  }, async (request) => load(requireAuth(request).workspaceId));

  app.put('/api/workspace', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updateWorkspace',
      tags,
      summary: 'Change the workspace name, time zone, phone country, currency or business hours',
      body: updateWorkspaceBody,
      response: { 200: workspaceSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const before = await load(auth.workspaceId);
    // Forgotten once the change has committed (or failed): the next WhatsApp turn already works in the new time zone.
    await changeKept(ctx.readCache, auth.workspaceId, [WORKSPACE_READ_KEY], () =>
      ctx.db.transaction().execute(async (trx) => {
        const { business_hours, ...rest } = request.body;
        await trx
          .updateTable('workspaces')
          .set({ ...rest, ...(business_hours ? { business_hours: JSON.stringify(business_hours) } : {}) })
          .where('id', '=', auth.workspaceId)
          .execute();
        await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'workspace.update', subjectType: 'workspace', subjectId: auth.workspaceId, before, after: request.body });
      }),
    );
    return load(auth.workspaceId);
  });

  app.get('/api/audit', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'listAuditEntries',
      tags,
      summary: 'Who did what, when, to which record, newest first',
      querystring: listAuditQuery,
      response: { 200: pageOf(auditEntrySchema) },
    },
  }, async (request) => {
    const q = request.query;
    const after = q.cursor ? parseAuditCursor(q.cursor) : undefined;
    const rows = await listAudit(ctx.db, requireAuth(request).workspaceId, {
      limit: q.limit,
      ...(q.subject_id ? { subjectId: q.subject_id } : {}),
      ...(after ? { after } : {}),
    });
    const last = rows[rows.length - 1];
    return { items: rows.map(auditView), next_cursor: rows.length === q.limit && last ? auditCursor(last) : null };
  });
};
