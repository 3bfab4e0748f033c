// The WAHA (WhatsApp HTTP API) connector: base URL, session, API key and webhook HMAC key per workspace, its sender, webhook source and test.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, type ConnectorDescriptor } from '../../core/connector.js';
import type { Executor } from '../../db/database.js';
import type { WahaClient } from './client.js';
import { checkWahaConnection, wahaClientFromSettings } from './connection.js';
import { createWahaSender } from './sender.js';
import { parse, verify } from './webhook.js';

/**
 * The workspace's WAHA client, built on the app's one transport. Kept with the settings it was made from
 * (loadProviderSettings gives the same object while the read cache keeps them), so a changed key or session still
 * applies within about a second, and a reply's four calls do not validate the settings and build a client each.
 */
export async function wahaClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<WahaClient> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, wahaConnector);
  let byTransport = clients.get(settings);
  if (!byTransport) clients.set(settings, (byTransport = new WeakMap()));
  let client = byTransport.get(ctx.http);
  if (!client) byTransport.set(ctx.http, (client = wahaClientFromSettings(settings, ctx.http)));
  return client;
}

/** Clients by the settings and the transport they were made from; they go with the settings' cache entry. */
const clients = new WeakMap<object, WeakMap<object, WahaClient>>();

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
