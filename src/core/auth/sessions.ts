// Dashboard sessions: a random cookie value whose sha256 is the row id, plus a CSRF token for unsafe requests.
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { ROLES, type Role } from './types.js';

/** How long a session lasts after sign-in, in ms (14 days). */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface NewSession {
  /** The cookie value; shown once, only its sha256 is stored. */
  token: string;
  /** Sent back by the dashboard in `x-csrf-token` on POST/PUT/PATCH/DELETE. */
  csrfToken: string;
  /** UTC epoch ms. */
  expiresAt: number;
}

/** A live session joined with its (enabled) user. */
export interface SessionInfo {
  sessionId: string;
  workspaceId: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  csrfToken: string;
  /** UTC epoch ms. */
  expiresAt: number;
}

/** sha256 hex of a secret: what sessions and API tokens store instead of the secret itself. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Opens a session for a user; also drops that user's expired sessions so the table does not grow forever. */
export async function createSession(db: Executor, clock: Clock, input: { workspaceId: string; userId: string }): Promise<NewSession> {
  const now = clock.now();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = now + SESSION_LIFETIME_MS;
  await db
    .deleteFrom('sessions')
    .where('workspace_id', '=', input.workspaceId)
    .where('user_id', '=', input.userId)
    .where('expires_at', '<=', now)
    .execute();
  await db
    .insertInto('sessions')
    .values({
      id: sha256Hex(token),
      workspace_id: input.workspaceId,
      user_id: input.userId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The session for a cookie value, if it has not expired and its user is not disabled. */
export async function findSession(db: Executor, clock: Clock, token: string): Promise<SessionInfo | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', (join) => join.onRef('users.id', '=', 'sessions.user_id').onRef('users.workspace_id', '=', 'sessions.workspace_id'))
    .select([
      'sessions.id as sessionId',
      'sessions.workspace_id as workspaceId',
      'sessions.user_id as userId',
      'sessions.csrf_token as csrfToken',
      'sessions.expires_at as expiresAt',
      'users.email as email',
      'users.name as name',
      'users.role as role',
    ])
    .where('sessions.id', '=', sha256Hex(token))
    .where('sessions.expires_at', '>', clock.now())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) return undefined;
  return { ...row, role: row.role };
}

/** Ends the session for a cookie value (sign-out). Unknown values are ignored. */
export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256Hex(token)).execute();
}

/** Ends every session of a user (after a password change or when the user is disabled). */
export async function deleteUserSessions(db: Executor, workspaceId: string, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}
