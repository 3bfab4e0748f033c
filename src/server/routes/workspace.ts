// The caller's workspace: name, time zone, phone country and currency (used for display and local-time rules).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, READERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit, listAudit, type AuditEntry } from '../../core/audit.js';
import { notFound } from '../../core/errors.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import { pageOf, pageQuery } from './paging.js';

const tags = ['workspace'];

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Jakarta');

export const workspaceSchema = z
  .object({
    id: z.string(),
    slug: z.string().describe('Names the workspace in webhook URLs (/webhooks/<source>/<slug>); default for the first.'),
    name: z.string(),
    timezone: z.string().describe('IANA time zone, e.g. Asia/Jakarta: days and local-time rules use it.'),
    country: z.string().describe('ISO 3166 two-letter code: phone numbers without a country code are read in it.'),
    currency: z.string().describe('ISO 4217 code, e.g. IDR.'),
    webhook_base: z.string().describe('Where providers post webhooks: <PUBLIC_URL>/webhooks.'),
  })
  .meta({ id: 'Workspace' });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    actor: z.object({ type: z.string().describe('user, token, system, webhook or ai'), id: z.string().nullable() }),
    action: z.string().describe('What happened, as noun.verb: job.retry, settings.update…'),
    subject_type: z.string(),
    subject_id: z.string(),
    before: z.unknown().describe('The state before the change (JSON), or null.'),
    after: z.unknown().describe('The state after the change (JSON), or null.'),
    at: z.number().describe('UTC epoch ms'),
  })
  .meta({ id: 'AuditEntry' });

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
    return { id: ws.id, slug: ws.slug, name: ws.name, timezone: ws.timezone, country: ws.country, currency: ws.currency, webhook_base: `${ctx.config.publicUrl}/webhooks` };
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
      summary: 'Change the workspace name, time zone, phone country or currency',
      body: z.object({
        name: z.string().trim().min(1).max(200).optional(),
        timezone: timezone.optional(),
        country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as ID').optional(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as IDR').optional(),
      }),
      response: { 200: workspaceSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const before = await load(auth.workspaceId);
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('workspaces').set(request.body).where('id', '=', auth.workspaceId).execute();
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'workspace.update', subjectType: 'workspace', subjectId: auth.workspaceId, before, after: request.body });
    });
    return load(auth.workspaceId);
  });

  app.get('/api/audit', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'listAuditEntries',
      tags,
      summary: 'Who did what, when, to which record, newest first',
      querystring: z.object({
        ...pageQuery,
        cursor: z.string().regex(/^\d+:\S+$/, 'must be the next_cursor of the previous page').optional().describe('next_cursor of the previous page; leave it out for the first page.'),
        subject_id: z.string().optional().describe('Only changes to this record.'),
      }),
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
