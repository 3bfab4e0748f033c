// API tokens for integrations: list, create (the plain token is shown once), revoke. Owners and admins only.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../core/auth/tokens.js';
import { actorOf, MANAGERS, requireAuth } from '../../core/auth/types.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { apiTokenListSchema, apiTokenParams, createApiTokenBody, createdApiTokenSchema } from '../contract/tokens.js';

const tags = ['tokens'];

export const tokenRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (plugin, { ctx }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/tokens',
    {
      config: { roles: MANAGERS },
      schema: {
        operationId: 'listApiTokens',
        tags,
        summary: 'Every API token of the workspace (never the token itself)',
        response: { 200: apiTokenListSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const tokens = await listApiTokens(ctx.db, auth.workspaceId);
      return {
        items: tokens.map((t) => ({
          id: t.id,
          name: t.name,
          role: t.role,
          created_by: t.createdBy,
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })),
      };
    },
  );

  app.post(
    '/api/tokens',
    {
      config: { roles: MANAGERS },
      schema: {
        operationId: 'createApiToken',
        tags,
        summary: 'Create an API token; the response is the only time the token is shown',
        body: createApiTokenBody,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { name, role } = request.body;
      if (role === 'owner' && auth.role !== 'owner') throw new AppError('forbidden', 'only an owner can create an owner token');
      const created = await createApiToken(ctx.db, ctx.clock, {
        workspaceId: auth.workspaceId,
        name,
        role,
        createdBy: auth.userId ?? auth.tokenId,
        actor: actorOf(auth),
      });
      return reply.code(201).send({ id: created.id, name, role, token: created.token });
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { roles: MANAGERS },
      schema: {
        operationId: 'revokeApiToken',
        tags,
        summary: 'Revoke an API token; it stops working at once',
        params: apiTokenParams,
        response: { 204: z.undefined().describe('Revoked.') },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await revokeApiToken(ctx.db, ctx.clock, { workspaceId: auth.workspaceId, id: request.params.id, actor: actorOf(auth) });
      return reply.code(204).send();
    },
  );
};
