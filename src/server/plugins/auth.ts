// Authenticates every /api/* and /metrics route unless it is marked public: Bearer API token or session cookie + CSRF.
import { timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findSession, SESSION_LIFETIME_MS } from '../../core/auth/sessions.js';
import { findApiToken, touchApiToken } from '../../core/auth/tokens.js';
import type { AuthInfo } from '../../core/auth/types.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { RouteAccess } from '../route-config.js';

/** Name of the cookie holding the session token. */
export const SESSION_COOKIE = 'lc_session';

/** Methods that change state: a session needs the `x-csrf-token` header for these. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Cookie attributes for the session cookie; Secure when the server is reached over https. */
export function sessionCookieOptions(ctx: Pick<AppContext, 'config'>): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: ctx.config.publicUrl.startsWith('https'),
    maxAge: SESSION_LIFETIME_MS / 1000,
  };
}

/** Whether a path is one the plugin guards: the REST API and the metrics endpoint (not webhooks, health, dashboard). */
export function isGuardedPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/metrics' || path.startsWith('/metrics/');
}

const unauthorized = () => new AppError('unauthorized', 'sign in or send an API token');

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function authenticate(ctx: AppContext, request: FastifyRequest, options = { checkCsrf: true }): Promise<AuthInfo> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    // A Bearer header wins over a cookie, and a bad one is never retried as a cookie.
    const plain = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const token = plain === undefined ? undefined : await findApiToken(ctx.db, plain);
    if (!token) throw unauthorized();
    await touchApiToken(ctx.db, ctx.clock, token).catch((error: unknown) => request.log.warn({ err: error }, 'token last_used_at not saved'));
    return { kind: 'token', workspaceId: token.workspaceId, role: token.role, userId: null, email: null, tokenId: token.id };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) throw unauthorized();
  const session = await findSession(ctx.db, ctx.clock, cookie);
  if (!session) throw unauthorized();
  if (options.checkCsrf && UNSAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
      throw new AppError('forbidden', 'missing or wrong x-csrf-token header');
    }
  }
  return { kind: 'session', workspaceId: session.workspaceId, role: session.role, userId: session.userId, email: session.email, tokenId: null };
}

/**
 * Whether the credentials a long-lived request (the live stream) started with still hold: the token is not revoked,
 * the session has not ended or expired, its user is not disabled, and it is still the same workspace.
 */
export async function stillAuthenticated(ctx: AppContext, request: FastifyRequest, started: AuthInfo): Promise<boolean> {
  try {
    const now = await authenticate(ctx, request, { checkCsrf: false });
    return now.workspaceId === started.workspaceId && now.kind === started.kind;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** Decorates `request.auth` and checks credentials and `config.roles` before any guarded route runs. */
const guard: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const routeUrl = request.routeOptions.url;
    // No route matched: let the not-found handler answer 404 instead of asking for credentials.
    if (routeUrl === undefined) return;
    const path = request.url.split('?', 1)[0] ?? request.url;
    if (!isGuardedPath(routeUrl) && !isGuardedPath(path)) return;
    const config: RouteAccess = request.routeOptions.config;
    if (config.public === true) return;
    const auth = await authenticate(ctx, request);
    request.auth = auth;
    if (config.roles && !config.roles.includes(auth.role)) {
      throw new AppError('forbidden', `your role ${auth.role} cannot do this`);
    }
  });
};

/** Wrapped with fastify-plugin so the hook applies to routes registered outside this plugin. */
export const authPlugin: FastifyPluginAsync<{ ctx: AppContext }> = fp(guard, { name: 'leadcycle-auth', dependencies: ['@fastify/cookie'] });
