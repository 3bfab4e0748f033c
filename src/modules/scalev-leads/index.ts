// The scalev-leads module (seeds 000/001): ScaleV orders become leads in Follow Up, Closing or Not Closing, each tier on its Mailketing list.
import { parse as parseScalevWebhook, verify as verifyScalevWebhook } from '../../connectors/scalev/index.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { scalevEventHandler } from './events.js';
import { leadJobs } from './jobs.js';
import { scalevLeadsMigrations } from './migrations.js';
import { leadRoutes } from './routes-leads.js';
import { productListRoutes } from './routes-product-lists.js';
import { settingsRoutes } from './routes-settings.js';
import { mailketingSender } from './sender.js';
import { loadLeadSettings } from './settings.js';
import './tables.js';

export const scalevLeadsModule: ModuleDescriptor = {
  name: 'scalev-leads',
  description: 'ScaleV orders become leads in Follow Up, Closing or Not Closing, each stage on its Mailketing list; product lists, settings and figures.',
  migrations: scalevLeadsMigrations,
  jobs: leadJobs,
  webhooks: (ctx) => [
    {
      name: 'scalev',
      provider: 'scalev',
      keepHeaders: ['content-type', 'user-agent', 'x-scalev-app-id'],
      secret: async (workspaceId) => (await loadLeadSettings(ctx, ctx.db, workspaceId)).secrets.scalev_webhook_secret,
      verify: verifyScalevWebhook,
      parse: parseScalevWebhook,
    },
  ],
  eventHandlers: (ctx) => ({ scalev: scalevEventHandler(ctx) }),
  senders: (ctx) => ({ mailketing: mailketingSender(ctx) }),
  routes: async (app, options) => {
    await app.register(settingsRoutes, options);
    await app.register(productListRoutes, options);
    await app.register(leadRoutes, options);
  },
};
