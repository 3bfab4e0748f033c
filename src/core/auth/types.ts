// Roles and the identity of whoever made a request (fastify-free: server/route-config.ts puts it on Fastify's request
// as `request.auth`, and the route option `config: { roles }` restricts a route).

import type { Role } from './roles.js';

// The roles and role sets live in roles.ts (plain constants, so the dashboard can type-check against them).
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

/**
 * The caller of an authenticated route (any object with `auth`, such as a Fastify request). Throws if used on a public
 * route by mistake.
 */
export function requireAuth(request: { readonly auth: AuthInfo | null }): AuthInfo {
  if (!request.auth) throw new Error('route used requireAuth but is public');
  return request.auth;
}

/** The caller as the actor written into audit and stage history. */
export function actorOf(auth: AuthInfo): { type: 'user' | 'token'; id: string | null } {
  return auth.kind === 'session' ? { type: 'user', id: auth.userId } : { type: 'token', id: auth.tokenId };
}
