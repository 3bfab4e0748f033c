// The workspaces a person belongs to (GET /api/workspaces) and creating one (POST /api/workspaces, owners).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api-errors.js';
import { recordAudit } from '../../core/audit.js';
import { addUserToWorkspace } from '../../core/auth/users.js';
import { actorOf, READERS, requireAuth } from '../../core/auth/types.js';
import { notFound } from '../../core/errors.js';
import { createWorkspace, findWorkspaceById, listWorkspacesOfEmail } from '../../core/workspaces.js';
import { inTransaction } from '../../db/transaction.js';
import type { CoreRouteOptions } from '../app.js';
import { createWorkspaceBody, workspaceListSchema, workspaceMembershipSchema } from '../contract/workspaces.js';

const tags = ['workspace'];

export const workspacesRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/workspaces', {
    config: { roles: READERS },
    schema: {
      operationId: 'listWorkspaces',
      tags,
      summary: 'The workspaces the caller belongs to (a person: every one where their email may sign in; a token: its own)',
      response: { 200: workspaceListSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const found = auth.kind === 'session' && auth.email ? await listWorkspacesOfEmail(ctx.db, auth.email) : [];
    const own = await findWorkspaceById(ctx.db, auth.workspaceId);
    if (!own) throw notFound('workspace', auth.workspaceId);
    const all = found.some((w) => w.id === own.id) ? found : [own, ...found];
    return { items: all.map((w) => ({ id: w.id, slug: w.slug, name: w.name, current: w.id === auth.workspaceId })), next_cursor: null };
  });

  app.post('/api/workspaces', {
    config: { roles: ['owner'] },
    schema: {
      operationId: 'createWorkspace',
      tags,
      summary: 'Create a workspace (an agency client, a branch); a person who creates one is its owner, with the same email and password',
      body: createWorkspaceBody,
      response: { 201: workspaceMembershipSchema, ...errorResponses(400, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { slug, name, timezone, country, currency } = request.body;
    const created = await inTransaction(ctx.db, async (trx) => {
      const ws = await createWorkspace(trx, ctx.clock, { slug, name, ...(timezone ? { timezone } : {}), ...(country ? { country } : {}), ...(currency ? { currency } : {}) });
      if (auth.kind === 'session' && auth.userId) {
        await addUserToWorkspace(trx, ctx.clock, { from: { workspaceId: auth.workspaceId, userId: auth.userId }, workspaceId: ws.id, role: 'owner', actor: actorOf(auth) });
      }
      // Recorded in the workspace it was created from, where the person who did it reads the audit log.
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'workspace.create', subjectType: 'workspace', subjectId: ws.id, after: { slug, name } });
      return ws;
    });
    request.log.info({ workspaceId: created.id, slug }, 'workspace created');
    return reply.code(201).send({ id: created.id, slug: created.slug, name: created.name, current: false });
  });
};
