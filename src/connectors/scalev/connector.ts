// The ScaleV connector: API key and webhook signing secret per workspace, the order webhook source, and a test call.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, providerNotConfigured, settingText, type ConnectorDescriptor } from '../../core/connector.js';
import { providerFailure } from '../../core/http/index.js';
import type { Executor } from '../../db/database.js';
import { createScalevClient, type ScalevClient } from './client.js';
import { parse, verify } from './webhook.js';

export const scalevConnector: ConnectorDescriptor = {
  provider: 'scalev',
  title: 'ScaleV',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('API origin without /v3; default SCALEV_API_URL.'),
  }),
  secretFields: ['api_key', 'webhook_secret'],
  defaults: (config) => ({ base_url: config.providers.scalev }),
  webhooks: (ctx) => [
    {
      name: 'scalev',
      provider: 'scalev',
      keepHeaders: ['content-type', 'user-agent', 'x-scalev-app-id'],
      secret: async (workspaceId, db) => (await loadProviderSettings(ctx, db, workspaceId, scalevConnector)).secrets['webhook_secret'],
      verify,
      parse,
    },
  ],
  async test(ctx, workspaceId) {
    const result = await (await scalevClientFor(ctx, ctx.db, workspaceId)).listStores();
    if (!result.ok) throw providerFailure('ScaleV', result.error);
    return { message: `ScaleV answered: ${result.value.items.length} store(s) on the first page` };
  },
};

/** A ScaleV client with the workspace's key and base URL over the app's transport; a missing key is a clear 400. */
export async function scalevClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<ScalevClient> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, scalevConnector);
  const apiKey = settings.secrets['api_key'];
  if (!apiKey) throw providerNotConfigured('scalev', 'The ScaleV API key', 'api_key');
  return createScalevClient({ baseUrl: settingText(settings, 'base_url') ?? ctx.config.providers.scalev, apiKey, http: ctx.http });
}
