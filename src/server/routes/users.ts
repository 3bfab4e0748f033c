// Managing the people who sign in: list, invite (create), change role/name/password, disable. Owners and admins only.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { actorOf, MANAGERS, requireAuth } from '../../core/auth/types.js';
import { createUser, findUserById, listUsers, updateUser, type User } from '../../core/auth/users.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { createUserBody, updateUserBody, userListSchema, userParams, userSchema } from '../contract/users.js';

const tags = ['users'];

function userView(user: User): z.output<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    created_at: user.createdAt,
    disabled_at: user.disabledAt,
  };
}

const ownerOnly = () => new AppError('forbidden', 'only an owner can create, promote or change an owner');

export const userRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (plugin, { ctx }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/users',
    {
      config: { roles: MANAGERS },
      schema: { operationId: 'listUsers', tags, summary: 'Every user of the workspace', response: { 200: userListSchema } },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { items: (await listUsers(ctx.db, auth.workspaceId)).map(userView) };
    },
  );

  app.post(
    '/api/users',
    {
      config: { roles: MANAGERS },
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create a user who can sign in (only an owner may create an owner); an email already in use is refused (409)',
        body: createUserBody,
        response: { 201: userSchema, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (request.body.role === 'owner' && auth.role !== 'owner') throw ownerOnly();
      const user = await createUser(ctx.db, ctx.clock, { workspaceId: auth.workspaceId, ...request.body, actor: actorOf(auth) });
      return reply.code(201).send(userView(user));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { roles: MANAGERS },
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Change role, name or password, or disable; the last active owner cannot be demoted or disabled (409)',
        params: userParams,
        body: updateUserBody,
        response: { 200: userSchema, ...errorResponses(409) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const target = await findUserById(ctx.db, auth.workspaceId, request.params.id);
      if (!target) throw new AppError('not_found', `user ${request.params.id} was not found`, { context: { id: request.params.id } });
      // An admin who could reset an owner's password could become that owner.
      if ((target.role === 'owner' || request.body.role === 'owner') && auth.role !== 'owner') throw ownerOnly();
      const user = await updateUser(ctx.db, ctx.clock, {
        workspaceId: auth.workspaceId,
        userId: target.id,
        changes: request.body,
        actor: actorOf(auth),
      });
      return userView(user);
    },
  );
};
