// The module's settings (namespace crm-lifecycle): the send rate, the Twilio, Recurrente and SMTP settings it shows from
// the connectors, and the public addresses (webhooks, tracking) outside callers use.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { readLinkedSettings, type ProviderSettingsLinks } from '../../core/provider-settings.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';
import { plainSettingsSchema } from './contract/settings.js';

/** The module's name in the registry: the owner of its deliveries and the subscriber of its webhooks. */
export const MODULE_NAME = 'crm-lifecycle';
export const SETTINGS_NAMESPACE = 'crm-lifecycle';
export const SECRET_KEYS = ['twilio_auth_token', 'recurrente_webhook_secret', 'smtp_password'] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];
/** One message a second: polite to Twilio's per-number limit and to small SMTP relays. */
export const DEFAULT_SEND_RATE_PER_MINUTE = 60;

export type PlainSettings = z.infer<typeof plainSettingsSchema>;

/** Everything but the send rate is a connector's setting; this module's route shows them under these names. */
export const CRM_PROVIDER_SETTINGS: ProviderSettingsLinks = {
  namespace: SETTINGS_NAMESPACE,
  links: [
    { field: 'twilio_account_sid', provider: 'twilio', key: 'account_sid' },
    { field: 'twilio_from', provider: 'twilio', key: 'from' },
    { field: 'twilio_messaging_service_sid', provider: 'twilio', key: 'messaging_service_sid' },
    { field: 'twilio_auth_token', provider: 'twilio', key: 'auth_token', secret: true },
    { field: 'recurrente_webhook_secret', provider: 'recurrente', key: 'webhook_secret', secret: true },
    { field: 'smtp_host', provider: 'smtp', key: 'host' },
    { field: 'smtp_port', provider: 'smtp', key: 'port' },
    { field: 'smtp_secure', provider: 'smtp', key: 'secure' },
    { field: 'smtp_user', provider: 'smtp', key: 'user' },
    { field: 'smtp_from', provider: 'smtp', key: 'from' },
    { field: 'smtp_password', provider: 'smtp', key: 'password', secret: true },
  ],
};

const DEFAULTS: PlainSettings = {
  twilio_account_sid: null,
  twilio_from: null,
  twilio_messaging_service_sid: null,
  smtp_host: null,
  smtp_port: null,
  smtp_secure: false,
  smtp_user: null,
  smtp_from: null,
  send_rate_per_minute: DEFAULT_SEND_RATE_PER_MINUTE,
};

export interface CrmSettings extends PlainSettings {
  readonly secrets: Partial<Record<SecretKey, string>>;
}

export async function loadCrmSettings(ctx: Pick<AppContext, 'secrets' | 'readCache'>, db: Executor, workspaceId: string): Promise<CrmSettings> {
  const { data, secrets } = await readLinkedSettings(ctx, db, workspaceId, CRM_PROVIDER_SETTINGS);
  // Stored values were validated on write; a field that no longer parses falls back to its default.
  const plain = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof PlainSettings)[]) {
    const parsed = plainSettingsSchema.shape[key].safeParse(data[key]);
    if (parsed.success) (plain as Record<string, unknown>)[key] = parsed.data;
  }
  const picked: Partial<Record<SecretKey, string>> = {};
  for (const key of SECRET_KEYS) if (secrets[key]) picked[key] = secrets[key];
  return { ...plain, secrets: picked };
}

const notConfigured = (what: string, setting: string) =>
  new AppError('provider_not_configured', `${what} is not set: add ${setting} in Settings (PUT /api/settings/crm-lifecycle)`, {
    context: { setting },
    retryable: false,
  });

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
}

/** Twilio's credentials and sender, or a clear error naming the missing setting. */
export function requireTwilio(s: CrmSettings): TwilioSettings {
  if (!s.twilio_account_sid) throw notConfigured('The Twilio Account SID', 'twilio_account_sid');
  const authToken = s.secrets.twilio_auth_token;
  if (!authToken) throw notConfigured('The Twilio Auth Token', 'twilio_auth_token');
  if (!s.twilio_from && !s.twilio_messaging_service_sid) throw notConfigured('The Twilio sender', 'twilio_from or twilio_messaging_service_sid');
  return {
    accountSid: s.twilio_account_sid,
    authToken,
    ...(s.twilio_from ? { from: s.twilio_from } : {}),
    ...(s.twilio_messaging_service_sid ? { messagingServiceSid: s.twilio_messaging_service_sid } : {}),
  };
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export function requireSmtp(s: CrmSettings): SmtpSettings {
  if (!s.smtp_host) throw notConfigured('The SMTP host', 'smtp_host');
  if (!s.smtp_from) throw notConfigured('The sender address', 'smtp_from');
  const password = s.secrets.smtp_password;
  return {
    host: s.smtp_host,
    port: s.smtp_port ?? (s.smtp_secure ? 465 : 587),
    secure: s.smtp_secure,
    ...(s.smtp_user && password ? { user: s.smtp_user, password } : {}),
    from: s.smtp_from,
  };
}

/** The public address of a webhook or tracking path for this workspace: /webhooks/twilio/status or …/status/<slug>. */
export async function publicPath(ctx: Pick<AppContext, 'config'>, db: Executor, workspaceId: string, path: string, withSlug: boolean): Promise<string> {
  if (!withSlug) return `${ctx.config.publicUrl}${path}`;
  const ws = await findWorkspaceById(db, workspaceId);
  return `${ctx.config.publicUrl}${path}${ws && ws.slug !== 'default' ? `/${ws.slug}` : ''}`;
}
