// The Recurrente connector: the Svix signing secret and API keys per workspace, the payment webhook source, a test.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, settingText, type ConnectorDescriptor } from '../../core/connector.js';
import type { Executor } from '../../db/database.js';
import { createRecurrenteClient, type RecurrenteClient } from './client.js';
import { parse, verify } from './webhook.js';

export const recurrenteConnector: ConnectorDescriptor = {
  provider: 'recurrente',
  title: 'Recurrente (payments)',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('API base including /api; default RECURRENTE_API_URL.'),
    public_key: z.string().trim().regex(/^pk_(live|test)_[A-Za-z0-9]+$/, 'must be a Recurrente public key (pk_live_… or pk_test_…)').optional()
      .describe('The public key (pk_live_… or pk_test_…), sent beside the secret key.'),
  }),
  // secret_key: only needed for reconciliation (asking Recurrente for a subscription's status); webhooks need none.
  secretFields: ['webhook_secret', 'secret_key'],
  defaults: (config) => ({ base_url: config.providers.recurrente }),
  webhooks: (ctx) => [
    {
      name: 'recurrente',
      provider: 'recurrente',
      keepHeaders: ['content-type', 'user-agent', 'svix-id', 'svix-timestamp'],
      secret: async (workspaceId, db) => (await loadProviderSettings(ctx, db, workspaceId, recurrenteConnector)).secrets['webhook_secret'],
      verify,
      parse,
    },
  ],
};

/**
 * The workspace's Recurrente REST client, or undefined when no secret key is saved: a workspace that only receives
 * webhooks never asks Recurrente anything.
 */
export async function recurrenteClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<RecurrenteClient | undefined> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, recurrenteConnector);
  const secretKey = settings.secrets['secret_key'];
  if (!secretKey) return undefined;
  return createRecurrenteClient({ baseUrl: settingText(settings, 'base_url') ?? ctx.config.providers.recurrente, secretKey, publicKey: settingText(settings, 'public_key'), http: ctx.http });
}
