// Roles and the identity attached to each authenticated request; routes declare `config: { roles }` to restrict.

import type { Role } from './roles.js';

// The roles and role sets live in roles.ts (no fastify there, so the dashboard can type-check against them).
export { EDITORS, MANAGERS, READERS, ROLES, SENDERS, type Role } from './roles.js';

/** Who made a request: a signed-in person (session cookie) or an integration (Bearer API token). */
export interface AuthInfo {
  readonly kind: 'session' | 'token';
  readonly workspaceId: string;
  readonly role: Role;
  /** Set for sessions. */
  readonly userId: string | null;
  readonly email: string | null;
  /** Set for API tokens. */
  readonly tokenId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin on every authenticated route; null only on public routes. */
    auth: AuthInfo | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session or token (sign-in, first-run setup, health). Default false. */
    public?: boolean;
    /** Roles allowed; default: every role. */
    roles?: readonly Role[];
  }
}

/** The caller of an authenticated route. Throws if used on a public route by mistake. */
export function requireAuth(request: { auth: AuthInfo | null }): AuthInfo {
  if (!request.auth) throw new Error('route used requireAuth but is public');
  return request.auth;
}

/** The caller as the actor written into audit and stage history. */
export function actorOf(auth: AuthInfo): { type: 'user' | 'token'; id: string | null } {
  return auth.kind === 'session' ? { type: 'user', id: auth.userId } : { type: 'token', id: auth.tokenId };
}
