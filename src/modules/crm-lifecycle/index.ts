// The crm-lifecycle module: businesses with contact, website and subscription statuses, moved by Twilio, Recurrente, campaigns and people.
import type { ModuleDescriptor } from '../../server/module-routes.js';
import { hasBusinessOrCampaign } from './businesses/queries.js';
import { crmDeliveryHooks } from './deliveries.js';
import { recurrenteHandler } from './events/recurrente.js';
import { twilioInboundHandler, twilioStatusHandler } from './events/twilio.js';
import { crmJobs } from './jobs.js';
import { crmLiveSignal } from './live.js';
import { crmLifecycleMigrations } from './migrations.js';
import { analyticsRoutes } from './routes/analytics.js';
import { businessRoutes } from './routes/businesses.js';
import { campaignRoutes } from './routes/campaigns.js';
import { csvRoutes } from './routes/csv.js';
import { crmSettingsRoutes } from './routes/settings.js';
import { trackingRoutes } from './routes/tracking.js';
import { CRM_PROVIDER_SETTINGS, MODULE_NAME } from './settings.js';
import './tables.js';

export const crmLifecycleModule: ModuleDescriptor = {
  name: MODULE_NAME,
  description: "A web agency's prospects: businesses with contact, website and subscription statuses, email and SMS campaigns, the funnel and revenue.",
  migrations: crmLifecycleMigrations,
  jobs: crmJobs,
  // The Twilio and Recurrente connectors own the webhook sources; Twilio and SMTP send this module's deliveries.
  eventHandlers: () => ({ 'twilio/status': twilioStatusHandler, 'twilio/inbound': twilioInboundHandler, recurrente: recurrenteHandler }),
  deliveries: () => crmDeliveryHooks,
  providerSettings: CRM_PROVIDER_SETTINGS,
  // The "Get started" checklist: Twilio and SMTP tested, Recurrente's secret saved, replies and payments arriving
  // (Twilio's status callback is set on each message, so nobody pastes it), the first business or campaign.
  setup: {
    providers: ['twilio', 'smtp', 'recurrente'],
    webhooks: ['twilio/inbound', 'recurrente'],
    firstRecord: { name: 'business', done: hasBusinessOrCampaign },
  },
  liveSignals: () => ({ crm: crmLiveSignal }),
  routes: async (app, options) => {
    await app.register(crmSettingsRoutes, options);
    await app.register(businessRoutes, options);
    await app.register(csvRoutes, options);
    await app.register(campaignRoutes, options);
    await app.register(analyticsRoutes, options);
    await app.register(trackingRoutes, options);
  },
};
