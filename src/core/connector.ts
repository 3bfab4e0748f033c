// What a connector plugs into the server: its provider's workspace settings, its one sender, its webhook sources, a test.
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import type { DeliverySender } from './deliveries/send-job.js';
import { AppError } from './errors.js';
import type { WebhookSource } from './inbox/types.js';
import { readSettings } from './settings.js';

/**
 * A connector is added by writing its folder under connectors/ and one line in connectors/registry.ts. Modules use
 * the provider through it (deliveries name its `provider`, event handlers subscribe to its webhook sources); they
 * never hold its credentials.
 */
export interface ConnectorDescriptor {
  /** Provider name: settings namespace, `deliveries.provider`, webhook-log provider (`waha`, `twilio`…). */
  readonly provider: string;
  /** Shown in the dashboard and API docs, e.g. "WAHA (WhatsApp HTTP API)". */
  readonly title: string;
  /** Plain settings (base_url, session…): a zod object of optional fields, validated on PUT. */
  readonly fields: z.ZodObject;
  /** Names of secret settings (encrypted at rest, masked on read). */
  readonly secretFields: readonly string[];
  /** Values used when a field is unset (base_url from the environment's default, session "default"). */
  defaults?(config: Config): Record<string, unknown>;
  /** The one sender for deliveries whose provider is this connector. */
  sender?(ctx: AppContext): DeliverySender;
  /** Webhook sources this provider posts to (`/webhooks/<name>[/<workspace-slug>]`). */
  webhooks?(ctx: AppContext): readonly WebhookSource[];
  /** `POST /api/settings/providers/{provider}/test`: a harmless call proving the settings work. */
  test?(ctx: AppContext, workspaceId: string): Promise<{ message: string }>; // throws AppError on failure
}

/** A provider's settings for one workspace: plain values with defaults applied, and its secrets decrypted. */
export interface ProviderSettings {
  readonly data: Readonly<Record<string, unknown>>;
  readonly secrets: Readonly<Record<string, string>>;
}

/**
 * The connector's settings of a workspace (namespace = provider name). A stored null or empty string counts as
 * unset, so the default applies (a base_url cleared in the dashboard goes back to the environment's).
 */
export async function loadProviderSettings(
  ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config'>,
  db: Executor,
  workspaceId: string,
  connector: Pick<ConnectorDescriptor, 'provider' | 'defaults'>,
): Promise<ProviderSettings> {
  const stored = await readSettings(db, ctx, workspaceId, connector.provider);
  let merged = withDefaults.get(stored);
  if (!merged) {
    const data: Record<string, unknown> = { ...(connector.defaults?.(ctx.config) ?? {}) };
    for (const [key, value] of Object.entries(stored.data)) if (value !== null && value !== '') data[key] = value;
    merged = { data, secrets: stored.secrets };
    withDefaults.set(stored, merged);
  }
  return merged;
}

/**
 * The settings with their defaults, by the stored settings they came from: while the context's read cache keeps a
 * namespace's row (about a second), every call gets the same object, so a client made from it can be kept with it
 * (the WAHA sender made a client per call, four per WhatsApp reply). A namespace's row is one provider's only.
 */
const withDefaults = new WeakMap<object, ProviderSettings>();

/** Where a person changes a provider's settings, for error messages. */
export const providerSettingsPath = (provider: string) => `/api/settings/providers/${provider}`;

/** The error a sender or test throws when a setting it needs is missing: names the setting and where to set it. */
export function providerNotConfigured(provider: string, what: string, setting: string): AppError {
  return new AppError('provider_not_configured', `${what} is not set: add ${setting} in Settings (PUT ${providerSettingsPath(provider)})`, {
    context: { provider, setting },
    retryable: false,
  });
}

/** A plain setting as a non-empty string, or undefined. */
export function settingText(settings: ProviderSettings, key: string): string | undefined {
  const value = settings.data[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
