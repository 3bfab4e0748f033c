// Who acted, in words: the names of the people and API tokens behind stage moves, status changes and audit rows, for
// the timelines screens show. A module reads users and tokens only through here.
import type { Executor } from '../db/database.js';
import { workspaceColumn } from '../db/by-id.js';

/** An actor as history rows store it: a type (`user`, `token`, `system`, `webhook`…) and an id. */
export interface ActorRef {
  readonly type: string;
  readonly id?: string | null | undefined;
}

/** The names found by findActorNames. */
export interface ActorNames {
  /**
   * A person's name (their email when the name is blank), `token <name>` for an API token, or null: another kind of
   * actor, no id, or someone not in this workspace.
   */
  of(actor: ActorRef): string | null;
}

/**
 * Looks up, in one query per kind, the users and tokens among `actors` (repeats and other kinds are fine), scoped to
 * the workspace. Disabled users and revoked tokens keep their names: history still happened.
 */
export async function findActorNames(db: Executor, workspaceId: string, actors: readonly ActorRef[]): Promise<ActorNames> {
  const idsOf = (type: string) => [...new Set(actors.flatMap((a) => (a.type === type && a.id ? [a.id] : [])))];
  const userIds = idsOf('user');
  const tokenIds = idsOf('token');
  const users =
    userIds.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'name', 'email']).where(workspaceColumn(), '=', workspaceId).where('id', 'in', userIds).execute();
  const tokens =
    tokenIds.length === 0
      ? []
      : await db.selectFrom('api_tokens').select(['id', 'name']).where(workspaceColumn(), '=', workspaceId).where('id', 'in', tokenIds).execute();
  const names = new Map<string, string>([
    ...users.map((u): [string, string] => [`user:${u.id}`, u.name || u.email]),
    ...tokens.flatMap((t): [string, string][] => (t.name ? [[`token:${t.id}`, `token ${t.name}`]] : [])),
  ]);
  return { of: (actor) => (actor.id ? names.get(`${actor.type}:${actor.id}`) || null : null) };
}
