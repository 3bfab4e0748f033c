// Roles and the identity attached to each authenticated request; routes declare `config: { roles }` to restrict.

/** From most to least powerful. owner and admin manage users, tokens and settings. */
export const ROLES = ['owner', 'admin', 'marketing', 'sales', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles allowed to change settings, users and tokens. */
export const MANAGERS: readonly Role[] = ['owner', 'admin'];

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
