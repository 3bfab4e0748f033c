// Builds the ScaleV and Mailketing clients for a workspace from its settings (keys decrypted only here).
import { createHttpClient } from '../../connectors/http/index.js';
import { createMailketingClient, type MailketingClient } from '../../connectors/mailketing/index.js';
import { createScalevClient, type ScalevClient } from '../../connectors/scalev/index.js';
import type { AppContext } from '../../core/context.js';
import type { Executor } from '../../db/database.js';
import { loadLeadSettings, requireSecret } from './settings.js';

/** One transport for both providers: 15 s is long for an API call and short for a stuck worker. */
const http = createHttpClient({ timeoutMs: 15_000, userAgent: 'Leadcycle' });

export async function scalevClientFor(ctx: Pick<AppContext, 'secrets' | 'config'>, db: Executor, workspaceId: string): Promise<ScalevClient> {
  const settings = await loadLeadSettings(ctx, db, workspaceId);
  return createScalevClient({ baseUrl: ctx.config.providers.scalev, apiKey: requireSecret(settings, 'scalev_api_key', 'The ScaleV API key'), http });
}

export async function mailketingClientFor(ctx: Pick<AppContext, 'secrets' | 'config'>, db: Executor, workspaceId: string): Promise<MailketingClient> {
  const settings = await loadLeadSettings(ctx, db, workspaceId);
  return createMailketingClient({ baseUrl: ctx.config.providers.mailketing, apiToken: requireSecret(settings, 'mailketing_api_token', 'The Mailketing API token'), http });
}
