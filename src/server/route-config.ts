// What Leadcycle adds to Fastify's types: `request.auth` (set by plugins/auth.ts) and the route options `config.public`
// and `config.roles` that every route declares. Here rather than in core/, which never imports fastify.
import type { AuthInfo, Role } from '../core/auth/types.js';

/** The access options of a route, read by the auth plugin before the handler runs. */
export interface RouteAccess {
  /** Reachable without a session or token (sign-in, first-run setup, health, a tracking link). Default false. */
  public?: boolean;
  /** Roles allowed; default: every role. Name a role set from core/auth/roles.ts (READERS, EDITORS…). */
  roles?: readonly Role[];
}

/** How a route reads its body. */
export interface RouteBody {
  /** The handler reads a large body itself (a file upload): no body read deadline, only the whole-request timeout. */
  streamedBody?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin on every authenticated route; null only on public routes. */
    auth: AuthInfo | null;
  }
  interface FastifyContextConfig extends RouteAccess, RouteBody {}
}
