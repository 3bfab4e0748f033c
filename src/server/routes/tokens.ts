// API tokens for integrations: list, create (the plain token is shown once), revoke. Owners and admins only.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../core/auth/tokens.js';
import { actorOf, MANAGERS, requireAuth, ROLES } from '../../core/auth/types.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';

const tags = ['tokens'];

const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdBy: z.string().nullable().describe('user (or token) id that created it'),
  createdAt: z.number().describe('UTC epoch ms'),
  lastUsedAt: z.number().nullable().describe('UTC epoch ms, updated at most once a minute'),
  revokedAt: z.number().nullable().describe('UTC epoch ms'),
});

export const tokenRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (plugin, { ctx }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/tokens',
    {
      config: { roles: MANAGERS },
      schema: { tags, summary: 'Every API token of the workspace (never the token itself)', response: { 200: z.object({ tokens: z.array(tokenOut) }) } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const tokens = await listApiTokens(ctx.db, auth.workspaceId);
      return {
        tokens: tokens.map((t) => ({
          id: t.id,
          name: t.name,
          role: t.role,
          createdBy: t.createdBy,
          createdAt: t.createdAt,
          lastUsedAt: t.lastUsedAt,
          revokedAt: t.revokedAt,
        })),
      };
    },
  );

  app.post(
    '/api/tokens',
    {
      config: { roles: MANAGERS },
      schema: {
        tags,
        summary: 'Create an API token; the response is the only time the token is shown',
        body: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) }),
        response: {
          201: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES), token: z.string().describe('send as Authorization: Bearer <token>') }),
        },
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
      schema: { tags, summary: 'Revoke an API token; it stops working at once', params: z.object({ id: z.string().min(1) }) },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await revokeApiToken(ctx.db, ctx.clock, { workspaceId: auth.workspaceId, id: request.params.id, actor: actorOf(auth) });
      return reply.code(204).send();
    },
  );
};
