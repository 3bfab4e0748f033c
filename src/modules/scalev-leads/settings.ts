// The module's settings (namespace scalev-mailketing): the Not Closing delay, and the provider keys it shows from the connectors.
import { z } from 'zod';
import { mailketingClientFor, type MailketingClient } from '../../connectors/mailketing/index.js';
import { scalevClientFor, type ScalevClient } from '../../connectors/scalev/index.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { parseIsoDuration } from '../../core/schedule/durations.js';
import type { ProviderSettingsLinks } from '../../core/provider-settings.js';
import { readLinkedSettings } from '../../core/provider-settings.js';
import type { Executor } from '../../db/database.js';

/** The module's name in the registry: the owner of its deliveries and the subscriber of its webhooks. */
export const MODULE_NAME = 'scalev-leads';
export const SETTINGS_NAMESPACE = 'scalev-mailketing';
export const DEFAULT_NOT_CLOSING_AFTER = 'P7D';
export const SECRET_KEYS = ['scalev_api_key', 'scalev_webhook_secret', 'mailketing_api_token'] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];

/** The keys are the ScaleV and Mailketing connectors' settings; this module's route shows them under these names. */
export const LEAD_PROVIDER_SETTINGS: ProviderSettingsLinks = {
  namespace: SETTINGS_NAMESPACE,
  links: [
    { field: 'scalev_api_key', provider: 'scalev', key: 'api_key', secret: true },
    { field: 'scalev_webhook_secret', provider: 'scalev', key: 'webhook_secret', secret: true },
    { field: 'mailketing_api_token', provider: 'mailketing', key: 'api_token', secret: true },
  ],
};

export interface LeadSettings {
  /** ISO-8601 duration, e.g. P7D or PT30S. */
  readonly notClosingAfter: string;
  readonly notClosingAfterMs: number;
  readonly secrets: Partial<Record<SecretKey, string>>;
}

const storedData = z.object({ not_closing_after: z.string().optional() }).loose();

export async function loadLeadSettings(ctx: Pick<AppContext, 'secrets' | 'readCache'>, db: Executor, workspaceId: string): Promise<LeadSettings> {
  const { data, secrets } = await readLinkedSettings(ctx, db, workspaceId, LEAD_PROVIDER_SETTINGS);
  const notClosingAfter = storedData.parse(data).not_closing_after ?? DEFAULT_NOT_CLOSING_AFTER;
  const ms = parseIsoDuration(notClosingAfter) ?? (parseIsoDuration(DEFAULT_NOT_CLOSING_AFTER) as number);
  const picked: Partial<Record<SecretKey, string>> = {};
  for (const key of SECRET_KEYS) if (secrets[key]) picked[key] = secrets[key];
  return { notClosingAfter, notClosingAfterMs: ms, secrets: picked };
}

/** The secret, or a clear 400 saying which setting is missing. */
export function requireSecret(settings: LeadSettings, key: SecretKey, what: string): string {
  const value = settings.secrets[key];
  if (!value) {
    throw new AppError('provider_not_configured', `${what} is not set: add ${key} in Settings (PUT /api/settings/scalev-mailketing)`, {
      context: { setting: key },
    });
  }
  return value;
}

/** The delay that applies to a lead of this entry: the entry's own override, else the workspace setting. */
export function delayFor(entry: { not_closing_after: string | null }, settings: LeadSettings): number {
  return (entry.not_closing_after ? parseIsoDuration(entry.not_closing_after) : undefined) ?? settings.notClosingAfterMs;
}

/** The workspace's ScaleV client; a missing key is named as this module's settings route names it. */
export async function scalevClient(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http' | 'db'>, workspaceId: string): Promise<ScalevClient> {
  requireSecret(await loadLeadSettings(ctx, ctx.db, workspaceId), 'scalev_api_key', 'The ScaleV API key');
  return scalevClientFor(ctx, ctx.db, workspaceId);
}

/** The workspace's Mailketing client; a missing token is named as this module's settings route names it. */
export async function mailketingClient(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http' | 'db'>, workspaceId: string): Promise<MailketingClient> {
  requireSecret(await loadLeadSettings(ctx, ctx.db, workspaceId), 'mailketing_api_token', 'The Mailketing API token');
  return mailketingClientFor(ctx, ctx.db, workspaceId);
}
