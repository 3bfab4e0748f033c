// API tokens for integrations: list, create (the plain token is shown once), revoke. Owners and admins only.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../core/auth/tokens.js';
import { actorOf, MANAGERS, requireAuth, ROLES } from '../../core/auth/types.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';

const tags = ['tokens'];

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    created_by: z.string().nullable().describe('user (or token) id that created it'),
    created_at: z.number().describe('UTC epoch ms'),
    last_used_at: z.number().nullable().describe('UTC epoch ms, updated at most once a minute'),
    revoked_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'ApiToken' });

export const createdApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    token: z.string().describe('send as Authorization: Bearer <token>; shown only this once'),
  })
  .meta({ id: 'CreatedApiToken' });

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
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
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
        body: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) }),
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
        params: z.object({ id: z.string().min(1) }),
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
