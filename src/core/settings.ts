// Settings per workspace and namespace (a module or connector): plain values as JSON, secrets sealed with the server key.
import { z } from 'zod';
import type { Executor, SettingTable } from '../db/database.js';
import { recordAudit, type Actor } from './audit.js';
import type { Clock } from './clock.js';
import { AppError } from './errors.js';
import { maskSecret, type SecretBox } from './secrets.js';
import { keptRead, type ReadCache } from './read-cache.js';
import { inTransaction } from '../db/transaction.js';

/** One namespace's settings, secrets decrypted. Never send `secrets` to a browser or a log: use `maskedSecrets`. */
export interface Settings {
  data: Record<string, unknown>;
  secrets: Record<string, string>;
}

export interface WriteSettingsInput {
  workspaceId: string;
  /** Whose settings: a module or connector name, e.g. `scalev-leads`, `twilio`. */
  namespace: string;
  /** Shallow merge: each key given replaces the stored value (null included); a key given as undefined is left alone. */
  data?: Record<string, unknown>;
  /** Shallow merge: a value replaces the stored secret, undefined keeps it, '' or null removes it. */
  secrets?: Record<string, string | null | undefined>;
  /** Plain keys to delete (applied after `data`). */
  removeData?: readonly string[];
  actor: Actor;
}

/** What reading and writing settings need: the server key, and the context's cache when there is one. */
export interface SettingsDeps {
  readonly secrets: SecretBox;
  readonly readCache?: ReadCache;
}

const dataSchema = z.record(z.string(), z.unknown());
const secretsSchema = z.record(z.string(), z.string());

/**
 * The settings of a namespace; empty when nothing was written yet. Frozen when they come from (or go into) the
 * context's cache, which serves them for up to a second (core/read-cache.ts): copy before changing.
 */
export async function readSettings(db: Executor, deps: SettingsDeps, workspaceId: string, namespace: string): Promise<Settings> {
  const load = async (): Promise<Settings> => {
    const row = await selectRow(db, workspaceId, namespace);
    return row ? decode(row, deps.secrets) : { data: {}, secrets: {} };
  };
  return deps.readCache ? keptRead(deps.readCache, db, workspaceId, settingsKey(namespace), load) : load();
}

/** A namespace's key in the context's read cache. */
export const settingsKey = (namespace: string): string => `settings/${namespace}`;

/**
 * Merges the given values into a namespace's settings and returns the result. Secrets are stored as one sealed
 * JSON object (AES-256-GCM, core/secrets.ts). When something changed, an audit row (`settings.update`, subject =
 * the namespace) records data and secrets before and after, with every secret masked and the names of the
 * secrets that changed. Runs in the caller's transaction when `db` is one, otherwise in its own.
 */
export async function writeSettings(db: Executor, deps: SettingsDeps, clock: Clock, input: WriteSettingsInput): Promise<Settings> {
  const box = deps.secrets;
  const run = async (trx: Executor): Promise<Settings> => {
    // Touching the row first locks it (PostgreSQL), so two partial writes to one namespace cannot drop each other's keys.
    await trx
      .updateTable('settings')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('workspace_id', '=', input.workspaceId)
      .where('namespace', '=', input.namespace)
      .execute();
    const row = await selectRow(trx, input.workspaceId, input.namespace);
    const before = row ? decode(row, box) : { data: {}, secrets: {} };

    const data: Record<string, unknown> = { ...before.data };
    for (const [key, value] of Object.entries(input.data ?? {})) {
      if (value !== undefined) data[key] = value;
    }
    for (const key of input.removeData ?? []) delete data[key];
    const secrets: Record<string, string> = { ...before.secrets };
    const changedSecrets: string[] = [];
    for (const [key, value] of Object.entries(input.secrets ?? {})) {
      if (value === undefined) continue;
      const next = value === null || value === '' ? undefined : value;
      if (next === before.secrets[key]) continue;
      changedSecrets.push(key);
      if (next === undefined) delete secrets[key];
      else secrets[key] = next;
    }
    const dataJson = JSON.stringify(data);
    if (row && dataJson === row.data && changedSecrets.length === 0) return before;
    if (!row && Object.keys(data).length === 0 && changedSecrets.length === 0) return before;

    const now = clock.now();
    const sealed = Object.keys(secrets).length > 0 ? box.seal(JSON.stringify(secrets)) : null;
    await trx
      .insertInto('settings')
      .values({ workspace_id: input.workspaceId, namespace: input.namespace, data: dataJson, secrets: sealed, updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'namespace']).doUpdateSet({ data: dataJson, secrets: sealed, updated_at: now }))
      .execute();
    await recordAudit(trx, clock, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: input.namespace,
      before: { data: before.data, secrets: maskedSecrets(before.secrets) },
      after: { data, secrets: maskedSecrets(secrets), changedSecrets },
    });
    return { data, secrets };
  };
  // Forgotten before (no read from now on keeps the old value) and after (a read inside this transaction may have
  // kept the new value before it was committed). Inside a caller's transaction, its rollback can leave the new
  // value cached for up to the cache's second.
  deps.readCache?.forget(input.workspaceId, settingsKey(input.namespace));
  try {
    return await inTransaction(db, run);
  } finally {
    deps.readCache?.forget(input.workspaceId, settingsKey(input.namespace));
  }
}

/** Each secret masked ("••••••3f9a"), for the dashboard and the audit log. */
export function maskedSecrets(secrets: Readonly<Record<string, string>>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(secrets).map(([key, value]) => [key, maskSecret(value)]));
}

function decode(row: SettingTable, box: SecretBox): Settings {
  const data = dataSchema.safeParse(JSON.parse(row.data));
  if (!data.success) throw new AppError('internal', `settings ${row.namespace}: data is not a JSON object`);
  if (row.secrets === null) return { data: data.data, secrets: {} };
  let plain: string;
  try {
    plain = box.open(row.secrets);
  } catch (cause) {
    throw new AppError('internal', `settings ${row.namespace}: secrets cannot be decrypted (was the server key changed?)`, { cause });
  }
  const secrets = secretsSchema.safeParse(JSON.parse(plain));
  if (!secrets.success) throw new AppError('internal', `settings ${row.namespace}: secrets are not a JSON object of strings`);
  return { data: data.data, secrets: secrets.data };
}

function selectRow(db: Executor, workspaceId: string, namespace: string): Promise<SettingTable | undefined> {
  return db.selectFrom('settings').selectAll().where('workspace_id', '=', workspaceId).where('namespace', '=', namespace).executeTakeFirst();
}
