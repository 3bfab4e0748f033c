// The scalev-leads module: ScaleV orders become leads in Follow Up, Closing or Not Closing, each tier on its Mailketing list.
import type { ModuleDescriptor } from '../../server/module-routes.js';
import { scalevEventHandler } from './events.js';
import { leadJobs } from './jobs.js';
import { scalevLeadsMigrations } from './migrations.js';
import { exportRoutes } from './routes/export.js';
import { hasProductList } from './product-lists/queries.js';
import { leadRoutes } from './routes/leads.js';
import { productListRoutes } from './routes/product-lists.js';
import { lookupRoutes } from './routes/lookups.js';
import { settingsRoutes } from './routes/settings.js';
import { LEAD_PROVIDER_SETTINGS, MODULE_NAME } from './settings.js';
import './tables.js';

export const scalevLeadsModule: ModuleDescriptor = {
  name: MODULE_NAME,
  description: 'ScaleV orders become leads in Follow Up, Closing or Not Closing, each stage on its Mailketing list; product lists, settings and figures.',
  migrations: scalevLeadsMigrations,
  jobs: leadJobs,
  // The ScaleV connector owns the webhook source; the Mailketing connector sends this module's deliveries.
  eventHandlers: (ctx) => ({ scalev: scalevEventHandler(ctx) }),
  providerSettings: LEAD_PROVIDER_SETTINGS,
  // The "Get started" checklist: both keys tested, ScaleV's webhook arriving, the first product list entry.
  setup: { providers: ['scalev', 'mailketing'], webhooks: ['scalev'], firstRecord: { name: 'product_list', done: hasProductList } },
  routes: async (app, options) => {
    await app.register(settingsRoutes, options);
    await app.register(lookupRoutes, options);
    await app.register(productListRoutes, options);
    await app.register(exportRoutes, options);
    await app.register(leadRoutes, options);
  },
};
