// The WAHA (WhatsApp HTTP API) connector: base URL, session, API key and webhook HMAC key per workspace, its sender, webhook source and test.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, type ConnectorDescriptor } from '../../core/connector.js';
import type { Executor } from '../../db/database.js';
import type { WahaClient } from './client.js';
import { checkWahaConnection, wahaClientFromSettings } from './connection.js';
import { createWahaSender } from './sender.js';
import { parse, verify } from './webhook.js';

/** The workspace's WAHA client, built on the app's one transport. */
export async function wahaClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<WahaClient> {
  return wahaClientFromSettings(await loadProviderSettings(ctx, db, workspaceId, wahaConnector), ctx.http);
}

export const wahaConnector: ConnectorDescriptor = {
  provider: 'waha',
  title: 'WAHA (WhatsApp HTTP API)',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('The WAHA server; default WAHA_URL.'),
    session: z.string().trim().min(1).max(64).optional().describe('The WAHA session name; default `default`.'),
  }),
  secretFields: ['api_key', 'webhook_hmac_key'],
  defaults: (config) => ({ base_url: config.providers.waha, session: 'default' }),
  sender: (ctx) => createWahaSender((delivery, jc) => wahaClientFor(ctx, jc.db, delivery.workspace_id)),
  test: async (ctx, workspaceId) => checkWahaConnection(await wahaClientFor(ctx, ctx.db, workspaceId)),
  webhooks: (ctx) => [
    {
      name: 'waha',
      provider: 'waha',
      keepHeaders: ['content-type', 'user-agent'],
      secret: async (workspaceId, db) => (await loadProviderSettings(ctx, db, workspaceId, wahaConnector)).secrets['webhook_hmac_key'],
      verify,
      parse,
    },
  ],
};
