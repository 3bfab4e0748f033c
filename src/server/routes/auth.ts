// Sign-in (in whichever workspace the person belongs to), sign-out, first-run setup (default workspace) and "who am I".
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSession, deleteSession, findSession } from '../../core/auth/sessions.js';
import { findApiTokenById } from '../../core/auth/tokens.js';
import { errorResponses } from '../../core/api-errors.js';
import { READERS, requireAuth } from '../../core/auth/types.js';
import { checkCredentials, countUsers, createFirstOwner, findSignInMatches, type User } from '../../core/auth/users.js';
import { AppError } from '../../core/errors.js';
import { ensureDefaultWorkspace, findWorkspaceById, findWorkspaceBySlug } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import { meSchema, sessionUserSchema, setupBody, setupStatusSchema, signedInSchema, signInBody, workspaceChoiceSchema } from '../contract/auth.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../plugins/auth.js';
import { createSignInLimits } from '../sign-in-limits.js';

const tags = ['auth'];

function toSessionUser(user: User): z.output<typeof sessionUserSchema> {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export const authRoutes: FastifyPluginAsync<CoreRouteOptions> = async (plugin, { ctx, assembly }) => {
  const modules = assembly.modules.map((m) => ({ name: m.name, description: m.description ?? null }));
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const limits = createSignInLimits(ctx.clock, ctx.config.signIn);

  const signIn = async (reply: FastifyReply, user: User) => {
    const session = await createSession(ctx.db, ctx.clock, { workspaceId: user.workspaceId, userId: user.id });
    reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx));
    return { user: toSessionUser(user), csrf_token: session.csrfToken };
  };

  app.get(
    '/api/auth/setup',
    {
      config: { public: true },
      schema: {
        operationId: 'getSetupStatus',
        tags,
        summary: 'Whether the first-run setup is still open (no user exists yet)',
        response: { 200: setupStatusSchema },
      },
    },
    async () => {
      const workspace = await ensureDefaultWorkspace(ctx.db, ctx.clock);
      return { needs_setup: (await countUsers(ctx.db, workspace.id)) === 0 };
    },
  );

  app.post(
    '/api/auth/setup',
    {
      config: { public: true },
      schema: {
        operationId: 'createFirstOwner',
        tags,
        summary: 'First run: create the owner and sign in; refused (409) once any user exists',
        body: setupBody,
        response: { 201: signedInSchema, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const workspace = await ensureDefaultWorkspace(ctx.db, ctx.clock);
      const user = await createFirstOwner(ctx.db, ctx.clock, { workspaceId: workspace.id, ...request.body });
      request.log.info({ userId: user.id }, 'first owner created');
      return reply.code(201).send(await signIn(reply, user));
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'signIn',
        tags,
        summary:
          'Sign in with email and password, in the workspace named or the one where they are right; sets the lc_session cookie. Right in several workspaces and none named: 200 with choose_workspace (not signed in yet). 401 for a wrong email or password, 429 after too many tries',
        body: signInBody,
        response: { 200: z.union([signedInSchema, workspaceChoiceSchema]), ...errorResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, workspace: slug } = request.body;
      limits.admit(request.ip, email);
      if (slug !== undefined) {
        // An unknown slug costs the same password check and gets the same 401 as a wrong password.
        const workspace = await findWorkspaceBySlug(ctx.db, slug);
        const user = await limits.hashing(() => checkCredentials(ctx.db, workspace?.id ?? '', email, password));
        if (!user) throw new AppError('unauthorized', 'email or password is wrong');
        return signIn(reply, user);
      }
      const matches = await limits.hashing(() => findSignInMatches(ctx.db, email, password));
      const [only] = matches;
      if (!only) throw new AppError('unauthorized', 'email or password is wrong');
      if (matches.length === 1) return signIn(reply, only.user);
      return { choose_workspace: matches.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name })) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { roles: READERS },
      schema: { operationId: 'signOut', tags, summary: 'Sign out: ends the session and clears the cookie', response: { 204: z.undefined().describe('Signed out.') } },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (requireAuth(request).kind === 'session' && cookie) await deleteSession(ctx.db, cookie);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { roles: READERS },
      schema: { operationId: 'getMe', tags, summary: 'Who is calling: the user or token, its role, the workspace, and the modules this server runs', response: { 200: meSchema } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const workspace = await findWorkspaceById(ctx.db, auth.workspaceId);
      if (!workspace) throw new AppError('unauthorized', 'sign in or send an API token');
      const { id, slug, name, timezone, country, currency } = workspace;
      const base = { kind: auth.kind, role: auth.role, workspace: { id, slug, name, timezone, country, currency }, modules };
      if (auth.kind === 'token') {
        const token = auth.tokenId === null ? undefined : await findApiTokenById(ctx.db, auth.workspaceId, auth.tokenId);
        return { ...base, user: null, token: token ? { id: token.id, name: token.name } : null, csrf_token: null };
      }
      const cookie = request.cookies[SESSION_COOKIE];
      const session = cookie ? await findSession(ctx.db, ctx.clock, cookie) : undefined;
      if (!session) throw new AppError('unauthorized', 'sign in or send an API token');
      return {
        ...base,
        user: { id: session.userId, email: session.email, name: session.name, role: session.role },
        token: null,
        csrf_token: session.csrfToken,
      };
    },
  );
};
