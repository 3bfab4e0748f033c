// The wa-assistant module: a WhatsApp sales assistant for travel packages (campaign codes, phases, rule brain, human handover).
import type { ModuleDescriptor } from '../../server/module-routes.js';
import { assistantDeliveryHooks } from './deliveries.js';
import { wahaHandler } from './events.js';
import { assistantJobs } from './jobs.js';
import { assistantLiveSignal } from './live.js';
import { waAssistantMigrations } from './migrations.js';
import { aiRoutes } from './routes/ai.js';
import { analyticsRoutes } from './routes/analytics.js';
import { conversationRoutes } from './routes/conversations.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { experimentRoutes } from './routes/experiments.js';
import { healthRoutes } from './routes/health.js';
import { marketingRoutes } from './routes/marketing.js';
import { packageRoutes } from './routes/packages.js';
import { promptRoutes } from './routes/prompts.js';
import { settingsRoutes } from './routes/settings.js';
import { webhookRoutes } from './routes/webhook.js';
import { MODULE_NAME } from './settings.js';
import './tables.js';

export const waAssistantModule: ModuleDescriptor = {
  name: MODULE_NAME,
  description: 'A WhatsApp sales assistant (WAHA) for umroh packages: campaign codes, phases leads → interest → booking, rule-based replies, human handover.',
  migrations: waAssistantMigrations,
  jobs: assistantJobs,
  // The WAHA connector owns the webhook source and sends this module's deliveries.
  eventHandlers: () => ({ waha: wahaHandler }),
  deliveries: () => assistantDeliveryHooks,
  liveSignals: () => ({ wa: assistantLiveSignal }),
  routes: async (app, options) => {
    await app.register(webhookRoutes, options);
    await app.register(settingsRoutes, options);
    await app.register(aiRoutes, options);
    await app.register(conversationRoutes, options);
    await app.register(packageRoutes, options);
    await app.register(promptRoutes, options);
    await app.register(experimentRoutes, options);
    await app.register(marketingRoutes, options);
    await app.register(dashboardRoutes, options);
    await app.register(analyticsRoutes, options);
    await app.register(healthRoutes, options);
  },
};
