// API tokens for integrations: `lc_` + 32 random bytes, shown once; only the sha256 is stored. Revoked, never deleted.
import { randomBytes } from 'node:crypto';
import type { ApiTokenTable, Executor } from '../../db/database.js';
import { recordAudit, type Actor } from '../audit.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { isRole, sha256Hex } from './sessions.js';
import type { Role } from './types.js';

/** Every token starts with this, so a leaked one is easy to spot in logs and by secret scanners. */
export const TOKEN_PREFIX = 'lc_';

/** last_used_at is written at most this often per token, in ms, so that requests do not each cost a write. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** A token's public description: never its hash. Times are UTC epoch ms. */
export interface ApiToken {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  createdBy: string | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

function toApiToken(row: Omit<ApiTokenTable, 'token_hash'>): ApiToken | undefined {
  if (!isRole(row.role)) return undefined;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    role: row.role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

async function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

const publicColumns = ['id', 'workspace_id', 'name', 'role', 'created_by', 'created_at', 'last_used_at', 'revoked_at'] as const;

/** Creates a token and returns its plain text: the only time anyone sees it. */
export async function createApiToken(
  db: Executor,
  clock: Clock,
  input: { workspaceId: string; name: string; role: Role; createdBy: string | null; actor?: Actor },
): Promise<{ token: string; id: string }> {
  const now = clock.now();
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = newId('tok', now);
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('api_tokens')
      .values({
        id,
        workspace_id: input.workspaceId,
        name: input.name,
        role: input.role,
        token_hash: sha256Hex(token),
        created_by: input.createdBy,
        created_at: now,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    await recordAudit(trx, clock, {
      workspaceId: input.workspaceId,
      actor: input.actor ?? { type: 'system', id: null },
      action: 'token.create',
      subjectType: 'api_token',
      subjectId: id,
      after: { name: input.name, role: input.role },
    });
  });
  return { token, id };
}

/** The live (not revoked) token for a plain-text value, or undefined. */
export async function findApiToken(db: Executor, token: string): Promise<ApiToken | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .select(publicColumns)
    .where('token_hash', '=', sha256Hex(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? toApiToken(row) : undefined;
}

/**
 * Records that a token was used, unless that was already recorded less than a minute ago. Callers check
 * `lastUsedAt` first so most requests skip the write; the condition also keeps concurrent requests to one write.
 */
export async function touchApiToken(db: Executor, clock: Clock, token: ApiToken): Promise<void> {
  const now = clock.now();
  if (token.lastUsedAt !== null && now - token.lastUsedAt < LAST_USED_RESOLUTION_MS) return;
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('workspace_id', '=', token.workspaceId)
    .where('id', '=', token.id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', now - LAST_USED_RESOLUTION_MS)]))
    .execute();
}

/** Every token of a workspace (revoked ones too), newest first. Never returns hashes. */
export async function listApiTokens(db: Executor, workspaceId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(publicColumns)
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.flatMap((row) => toApiToken(row) ?? []);
}

/** Revokes a token; it stops working at once. Throws not_found for an unknown id; revoking twice is harmless. */
export async function revokeApiToken(db: Executor, clock: Clock, input: { workspaceId: string; id: string; actor: Actor }): Promise<void> {
  const row = await db
    .selectFrom('api_tokens')
    .select(publicColumns)
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `token ${input.id} was not found`, { context: { id: input.id } });
  if (row.revoked_at !== null) return;
  const now = clock.now();
  await inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('workspace_id', '=', input.workspaceId)
      .where('id', '=', input.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    // A concurrent revoke won: it wrote the audit row.
    if (result.numUpdatedRows === 0n) return;
    await recordAudit(trx, clock, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'token.revoke',
      subjectType: 'api_token',
      subjectId: input.id,
      before: { name: row.name, role: row.role, revokedAt: null },
      after: { name: row.name, role: row.role, revokedAt: now },
    });
  });
}

/** A token by id (revoked ones too), or undefined. */
export async function findApiTokenById(db: Executor, workspaceId: string, id: string): Promise<ApiToken | undefined> {
  const row = await db.selectFrom('api_tokens').select(publicColumns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row ? toApiToken(row) : undefined;
}
