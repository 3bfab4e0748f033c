// A module's settings route that still shows provider values under its own names, read from and written to the
// connectors' namespaces; and the one-time start-up move of those values out of the module's namespace.
import type { Logger } from 'pino';
import type { Executor } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import type { Actor } from './audit.js';
import type { Clock } from './clock.js';
import type { SecretBox } from './secrets.js';
import { readSettings, writeSettings, type Settings, type SettingsDeps } from './settings.js';

/** One provider value as a module names it: `twilio_auth_token` is the secret `auth_token` of provider `twilio`. */
export interface ProviderSettingLink {
  /** The module's name for it (its settings route's field). */
  readonly field: string;
  /** The connector's provider name, i.e. its settings namespace. */
  readonly provider: string;
  /** The connector's name for it. */
  readonly key: string;
  readonly secret?: boolean;
}

export interface ProviderSettingsLinks {
  /** The module's own settings namespace (`crm-lifecycle`), where module-only values stay. */
  readonly namespace: string;
  readonly links: readonly ProviderSettingLink[];
}

type Deps = SettingsDeps & { readonly clock: Clock };

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The module's settings as its route shows them: its own namespace, with every linked field read from the
 * connector's namespace (stored values only; the connector's defaults are not the module's business).
 */
export async function readLinkedSettings(ctx: SettingsDeps, db: Executor, workspaceId: string, linked: ProviderSettingsLinks): Promise<Settings> {
  const own = await readSettings(db, ctx, workspaceId, linked.namespace);
  const data: Record<string, unknown> = { ...own.data };
  const secrets: Record<string, string> = { ...own.secrets };
  const providers = new Map<string, Settings>();
  for (const link of linked.links) {
    let stored = providers.get(link.provider);
    if (!stored) {
      stored = await readSettings(db, ctx, workspaceId, link.provider);
      providers.set(link.provider, stored);
    }
    delete data[link.field];
    delete secrets[link.field];
    if (link.secret) {
      const value = stored.secrets[link.key];
      if (value !== undefined) secrets[link.field] = value;
    } else if (link.key in stored.data) {
      data[link.field] = stored.data[link.key];
    }
  }
  return { data, secrets };
}

export interface WriteLinkedInput {
  readonly workspaceId: string;
  /** Merge semantics of writeSettings, in the module's field names. */
  readonly data?: Record<string, unknown>;
  readonly secrets?: Record<string, string | null | undefined>;
  readonly actor: Actor;
}

/** Writes each linked field to its connector's namespace and the rest to the module's, in one transaction. */
export async function writeLinkedSettings(ctx: Deps, db: Executor, linked: ProviderSettingsLinks, input: WriteLinkedInput): Promise<void> {
  const byField = new Map(linked.links.map((l) => [l.field, l]));
  const parts = new Map<string, { data: Record<string, unknown>; secrets: Record<string, string | null | undefined> }>();
  const part = (namespace: string) => {
    let p = parts.get(namespace);
    if (!p) {
      p = { data: {}, secrets: {} };
      parts.set(namespace, p);
    }
    return p;
  };
  for (const [field, value] of Object.entries(input.data ?? {})) {
    const link = byField.get(field);
    part(link?.provider ?? linked.namespace).data[link?.key ?? field] = value;
  }
  for (const [field, value] of Object.entries(input.secrets ?? {})) {
    const link = byField.get(field);
    part(link?.provider ?? linked.namespace).secrets[link?.key ?? field] = value;
  }
  await inTransaction(db, async (trx) => {
    for (const [namespace, p] of parts) {
      await writeSettings(trx, ctx, ctx.clock, { workspaceId: input.workspaceId, namespace, data: p.data, secrets: p.secrets, actor: input.actor });
    }
  });
}

/** Who moves settings at start-up, in the audit log. */
export const settingsMoveActor: Actor = { type: 'system', id: 'settings-move' };

export interface MoveReport {
  readonly workspaceId: string;
  readonly namespace: string;
  /** Module fields moved to their connector. */
  readonly moved: readonly string[];
  /** Module fields dropped because the connector already had a value (the connector's wins). */
  readonly kept: readonly string[];
}

/**
 * Moves linked provider values that an older version stored in the module's namespace into the connectors'
 * namespaces, once: a value the connector already has wins, and the module's copy is removed either way. Secrets
 * are decrypted and sealed again by writeSettings, and every change is audited (actor `settings-move`).
 * Idempotent, and safe when two processes start at once: each workspace is moved in one transaction that first
 * locks the module's settings row, so the second process finds nothing left to move.
 */
export async function moveLinkedSettings(ctx: Deps & { readonly db: Executor; readonly logger?: Logger }, linked: ProviderSettingsLinks): Promise<MoveReport[]> {
  const rows = await ctx.db.selectFrom('settings').select('workspace_id').where('namespace', '=', linked.namespace).execute();
  const reports: MoveReport[] = [];
  for (const { workspace_id: workspaceId } of rows) {
    const report = await inTransaction(ctx.db, async (trx) => {
      // Touching the row takes its lock (PostgreSQL) before anything is read.
      await trx
        .updateTable('settings')
        .set((eb) => ({ updated_at: eb.ref('updated_at') }))
        .where('workspace_id', '=', workspaceId)
        .where('namespace', '=', linked.namespace)
        .execute();
      const own = await readSettings(trx, ctx, workspaceId, linked.namespace);
      const present = linked.links.filter((l) => (l.secret ? isSet(own.secrets[l.field]) : l.field in own.data));
      if (present.length === 0) return undefined;
      const moved: string[] = [];
      const kept: string[] = [];
      const byProvider = new Map<string, ProviderSettingLink[]>();
      for (const link of present) byProvider.set(link.provider, [...(byProvider.get(link.provider) ?? []), link]);
      for (const [provider, links] of byProvider) {
        const target = await readSettings(trx, ctx, workspaceId, provider);
        const data: Record<string, unknown> = {};
        const secrets: Record<string, string> = {};
        for (const link of links) {
          const value = link.secret ? own.secrets[link.field] : own.data[link.field];
          if (!isSet(value)) continue;
          const already = link.secret ? isSet(target.secrets[link.key]) : isSet(target.data[link.key]);
          if (already) {
            kept.push(link.field);
          } else {
            moved.push(link.field);
            if (link.secret) secrets[link.key] = String(value);
            else data[link.key] = value;
          }
        }
        await writeSettings(trx, ctx, ctx.clock, { workspaceId, namespace: provider, data, secrets, actor: settingsMoveActor });
      }
      await writeSettings(trx, ctx, ctx.clock, {
        workspaceId,
        namespace: linked.namespace,
        removeData: present.filter((l) => !l.secret).map((l) => l.field),
        secrets: Object.fromEntries(present.filter((l) => l.secret).map((l) => [l.field, null])),
        actor: settingsMoveActor,
      });
      return { workspaceId, namespace: linked.namespace, moved, kept };
    });
    if (report) {
      reports.push(report);
      ctx.logger?.info(report, 'provider settings moved to their connectors');
    }
  }
  return reports;
}
