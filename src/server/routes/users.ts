// Managing the people who sign in: list, invite (create), change role/name/password, disable. Owners and admins only.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, MANAGERS, requireAuth, ROLES } from '../../core/auth/types.js';
import { createUser, findUserById, listUsers, updateUser, type User } from '../../core/auth/users.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { emailField, newPasswordField } from './auth.js';

const tags = ['users'];

const userOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  createdAt: z.number().describe('UTC epoch ms'),
  disabledAt: z.number().nullable().describe('UTC epoch ms'),
});

function toUserOut(user: User): z.infer<typeof userOut> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    disabledAt: user.disabledAt,
  };
}

const ownerOnly = () => new AppError('forbidden', 'only an owner can create, promote or change an owner');

export const userRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (plugin, { ctx }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/users',
    {
      config: { roles: MANAGERS },
      schema: { tags, summary: 'Every user of the workspace', response: { 200: z.object({ users: z.array(userOut) }) } },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { users: (await listUsers(ctx.db, auth.workspaceId)).map(toUserOut) };
    },
  );

  app.post(
    '/api/users',
    {
      config: { roles: MANAGERS },
      schema: {
        tags,
        summary: 'Create a user who can sign in (only an owner may create an owner)',
        body: z.object({ email: emailField, password: newPasswordField, name: z.string().max(200).optional(), role: z.enum(ROLES) }),
        response: { 201: userOut },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (request.body.role === 'owner' && auth.role !== 'owner') throw ownerOnly();
      const user = await createUser(ctx.db, ctx.clock, { workspaceId: auth.workspaceId, ...request.body, actor: actorOf(auth) });
      return reply.code(201).send(toUserOut(user));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { roles: MANAGERS },
      schema: {
        tags,
        summary: 'Change role, name or password, or disable; the last active owner cannot be demoted or disabled (409)',
        params: z.object({ id: z.string().min(1) }),
        body: z.object({
          role: z.enum(ROLES).optional(),
          name: z.string().max(200).optional(),
          disabled: z.boolean().optional(),
          password: newPasswordField.optional(),
        }),
        response: { 200: userOut },
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
      return toUserOut(user);
    },
  );
};
