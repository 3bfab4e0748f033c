// The WAHA (WhatsApp HTTP API) connector: base URL, session, API key and webhook HMAC key per workspace, and its webhook source.
import { z } from 'zod';
import { loadProviderSettings, type ConnectorDescriptor } from '../../core/connector.js';
import { parse, verify } from './webhook.js';

export const wahaConnector: ConnectorDescriptor = {
  provider: 'waha',
  title: 'WAHA (WhatsApp HTTP API)',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('The WAHA server; default WAHA_URL.'),
    session: z.string().trim().min(1).max(64).optional().describe('The WAHA session name; default `default`.'),
  }),
  secretFields: ['api_key', 'webhook_hmac_key'],
  defaults: (config) => ({ base_url: config.providers.waha, session: 'default' }),
  webhooks: (ctx) => [
    {
      name: 'waha',
      provider: 'waha',
      keepHeaders: ['content-type', 'user-agent'],
      secret: async (workspaceId) => (await loadProviderSettings(ctx, ctx.db, workspaceId, wahaConnector)).secrets['webhook_hmac_key'],
      verify,
      parse,
    },
  ],
};
