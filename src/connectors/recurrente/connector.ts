// The Recurrente connector: the Svix signing secret per workspace and the payment webhook source (no API calls yet).
import { z } from 'zod';
import { loadProviderSettings, type ConnectorDescriptor } from '../../core/connector.js';
import { parse, verify } from './webhook.js';

export const recurrenteConnector: ConnectorDescriptor = {
  provider: 'recurrente',
  title: 'Recurrente (payments)',
  fields: z.object({}),
  secretFields: ['webhook_secret'],
  webhooks: (ctx) => [
    {
      name: 'recurrente',
      provider: 'recurrente',
      keepHeaders: ['content-type', 'user-agent', 'svix-id', 'svix-timestamp'],
      secret: async (workspaceId) => (await loadProviderSettings(ctx, ctx.db, workspaceId, recurrenteConnector)).secrets['webhook_secret'],
      verify,
      parse,
    },
  ],
};
