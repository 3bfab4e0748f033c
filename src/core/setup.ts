// First-run set-up: what each module needs before it works (provider keys saved and tested, webhooks arriving, a first record), and the provider checks behind it.
import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import type { Executor } from '../db/database.js';
import { AppError } from './errors.js';

/**
 * What a module declares it needs before it works (`ModuleParts.setup`). The dashboard's "Get started" checklist is
 * computed from it: each provider saved and tested, each webhook source seen at least once, and the first record.
 */
export interface ModuleSetup {
  /** Providers (connector names) whose settings the module needs, in the order a person sets them up. */
  readonly providers: readonly string[];
  /** Webhook sources a person must paste into the provider; done when one event has arrived. */
  readonly webhooks: readonly string[];
  /** The module's first own record (a product list entry, a business); `name` is the code the dashboard words. */
  readonly firstRecord?: { readonly name: string; done(db: Executor, workspaceId: string): Promise<boolean> };
}

/**
 * A provider's set-up status: `not_set` (nothing stored), `untested` (stored, and its test has not passed since the
 * last change), `test_failed` (the test after the last change failed), `connected` (stored and tested, or stored
 * when the provider has no test).
 */
export type ProviderStatus = 'not_set' | 'untested' | 'test_failed' | 'connected';

export interface ProviderCheckView {
  readonly status: ProviderStatus;
  readonly tested_at: number | null;
  readonly error_code: string | null;
}

/** Why a provider cannot reach PUBLIC_URL, or null when it can (as far as the address tells). */
export type PublicUrlProblem = 'loopback' | 'private' | 'plain_http' | null;

export function publicUrlProblem(publicUrl: string): PublicUrlProblem {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    return 'loopback';
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host)) return 'loopback';
  if (/^10\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host) || /^(fc|fd)[0-9a-f]{2}:/.test(host) || /^169\.254\./.test(host)) return 'private';
  if (url.protocol === 'http:') return 'plain_http';
  return null;
}

/** The address a provider posts a source's webhooks to: `/webhooks/<source>`, plus `/<slug>` outside the default workspace. */
export function webhookUrl(publicUrl: string, source: string, workspaceSlug: string | undefined): string {
  return `${publicUrl}/webhooks/${source}${workspaceSlug && workspaceSlug !== 'default' ? `/${workspaceSlug}` : ''}`;
}

/** A fingerprint of a provider's stored settings: any write that changes them changes it (a new secret is sealed anew). */
function versionOf(row: { data: string; secrets: string | null } | undefined): string {
  return row ? createHash('sha256').update(row.data).update('\n').update(row.secrets ?? '').digest('hex') : '';
}

async function settingsVersion(db: Executor, workspaceId: string, provider: string): Promise<string> {
  return versionOf(await db.selectFrom('settings').select(['data', 'secrets']).where('workspace_id', '=', workspaceId).where('namespace', '=', provider).executeTakeFirst());
}

/** Keeps the outcome of a provider's connection test, tied to the settings it tested. */
export async function recordProviderCheck(db: Executor, clock: Clock, input: { workspaceId: string; provider: string; ok: boolean; errorCode: string | null }): Promise<void> {
  const values = {
    ok: input.ok ? 1 : 0,
    error_code: input.ok ? null : input.errorCode,
    settings_version: await settingsVersion(db, input.workspaceId, input.provider),
    tested_at: clock.now(),
  };
  await db
    .insertInto('provider_checks')
    .values({ workspace_id: input.workspaceId, provider: input.provider, ...values })
    .onConflict((oc) => oc.columns(['workspace_id', 'provider']).doUpdateSet(values))
    .execute();
}

/**
 * Runs a connection test and records its outcome for the set-up checklist, then answers or throws as the test did.
 * Every route that tests a provider goes through here, so the checklist sees the tests made from any screen.
 */
export async function runProviderCheck<T>(
  deps: { db: Executor; clock: Clock },
  workspaceId: string,
  provider: string,
  test: () => Promise<T>,
): Promise<T> {
  try {
    const result = await test();
    await recordProviderCheck(deps.db, deps.clock, { workspaceId, provider, ok: true, errorCode: null });
    return result;
  } catch (thrown) {
    const errorCode = thrown instanceof AppError ? thrown.code : 'internal';
    await recordProviderCheck(deps.db, deps.clock, { workspaceId, provider, ok: false, errorCode });
    throw thrown;
  }
}

/** Each named provider's status in a workspace; a test made before the settings last changed does not count. */
export async function providerChecks(
  db: Executor,
  workspaceId: string,
  providers: readonly { provider: string; hasTest: boolean }[],
): Promise<Map<string, ProviderCheckView>> {
  const names = providers.map((p) => p.provider);
  const out = new Map<string, ProviderCheckView>();
  if (names.length === 0) return out;
  const [settings, checks] = await Promise.all([
    db.selectFrom('settings').select(['namespace', 'data', 'secrets']).where('workspace_id', '=', workspaceId).where('namespace', 'in', names).execute(),
    db.selectFrom('provider_checks').selectAll().where('workspace_id', '=', workspaceId).where('provider', 'in', names).execute(),
  ]);
  for (const { provider, hasTest } of providers) {
    const row = settings.find((s) => s.namespace === provider);
    const stored = row !== undefined && (row.secrets !== null || hasValues(row.data));
    const check = checks.find((c) => c.provider === provider && c.settings_version === versionOf(row));
    let status: ProviderStatus;
    if (!stored) status = 'not_set';
    else if (!hasTest) status = 'connected';
    else if (!check) status = 'untested';
    else status = check.ok === 1 ? 'connected' : 'test_failed';
    out.set(provider, { status, tested_at: check ? Number(check.tested_at) : null, error_code: check?.error_code ?? null });
  }
  return out;
}

function hasValues(json: string): boolean {
  const data = JSON.parse(json) as Record<string, unknown>;
  return Object.values(data).some((v) => v !== null && v !== '');
}

/** When the newest webhook of a source reached this workspace, or null when none ever did (index inbox_events_source_recent). */
export async function lastEventReceivedAt(db: Executor, workspaceId: string, source: string): Promise<number | null> {
  const row = await db
    .selectFrom('inbox_events')
    .select('received_at')
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.received_at) : null;
}
