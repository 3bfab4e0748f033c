// The caller's workspace: name, time zone, phone country and currency (used for display and local-time rules).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { recordAudit, listAudit } from '../../core/audit.js';
import { notFound } from '../../core/errors.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Jakarta');

export const workspaceRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const load = async (id: string) => {
    const ws = await findWorkspaceById(ctx.db, id);
    if (!ws) throw notFound('workspace', id);
    return { id: ws.id, slug: ws.slug, name: ws.name, timezone: ws.timezone, country: ws.country, currency: ws.currency, webhookBase: `${ctx.config.publicUrl}/webhooks` };
  };

  app.get('/api/workspace', { schema: { tags: ['workspace'], summary: 'The current workspace' } }, async (request) => load(requireAuth(request).workspaceId));

  app.put('/api/workspace', {
    config: { roles: MANAGERS },
    schema: {
      tags: ['workspace'],
      summary: 'Change the workspace name, time zone, phone country or currency',
      body: z.object({
        name: z.string().trim().min(1).max(200).optional(),
        timezone: timezone.optional(),
        country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as ID').optional(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as IDR').optional(),
      }),
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
      tags: ['workspace'],
      summary: 'Who did what, when, to which record, newest first',
      querystring: z.object({ subjectId: z.string().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
    },
  }, async (request) => {
    const q = request.query;
    const rows = await listAudit(ctx.db, requireAuth(request).workspaceId, { limit: q.limit, ...(q.subjectId ? { subjectId: q.subjectId } : {}) });
    return { items: rows };
  });
};
