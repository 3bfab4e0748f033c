// The crm-lifecycle module (seed 004): businesses with contact, website and subscription statuses, moved by Twilio, Recurrente, campaigns and people.
import { parse as parseRecurrente, verify as verifyRecurrente } from '../../connectors/recurrente/index.js';
import { parseInboundMessage, parseStatusCallback, verify as verifyTwilio } from '../../connectors/twilio/index.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { campaignDispatchJob, campaignGate } from './dispatch.js';
import { recurrenteHandler } from './inbound-recurrente.js';
import { twilioInboundHandler, twilioStatusHandler } from './inbound-twilio.js';
import { crmLiveSignal } from './live.js';
import { crmLifecycleMigrations } from './migrations.js';
import { analyticsRoutes } from './routes-analytics.js';
import { businessRoutes } from './routes-businesses.js';
import { campaignRoutes } from './routes-campaigns.js';
import { crmSettingsRoutes } from './routes-settings.js';
import { trackingRoutes } from './routes-tracking.js';
import { smtpSender, twilioSender } from './senders.js';
import { crmBounceJob, crmConsentJob, crmSentJob } from './sent.js';
import { loadCrmSettings } from './settings.js';
import { crmStatusJob } from './status.js';
import './tables.js';

/** Twilio answers an inbound message with the TwiML we return; an empty Response sends no reply. */
const EMPTY_TWIML = { contentType: 'text/xml', body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' };

export const crmLifecycleModule: ModuleDescriptor = {
  name: 'crm-lifecycle',
  migrations: crmLifecycleMigrations,
  jobs: (ctx) => [crmStatusJob, crmSentJob, crmConsentJob, crmBounceJob, campaignDispatchJob(ctx)],
  webhooks: (ctx) => {
    const twilioToken = async (workspaceId: string) => (await loadCrmSettings(ctx, ctx.db, workspaceId)).secrets.twilio_auth_token;
    const twilioHeaders = ['content-type', 'user-agent', 'i-twilio-idempotency-token'];
    return [
      { name: 'twilio/status', provider: 'twilio', keepHeaders: twilioHeaders, secret: twilioToken, verify: verifyTwilio, parse: parseStatusCallback, acknowledge: () => EMPTY_TWIML },
      { name: 'twilio/inbound', provider: 'twilio', keepHeaders: twilioHeaders, secret: twilioToken, verify: verifyTwilio, parse: parseInboundMessage, acknowledge: () => EMPTY_TWIML },
      {
        name: 'recurrente',
        provider: 'recurrente',
        keepHeaders: ['content-type', 'user-agent', 'svix-id', 'svix-timestamp'],
        secret: async (workspaceId) => (await loadCrmSettings(ctx, ctx.db, workspaceId)).secrets.recurrente_webhook_secret,
        verify: verifyRecurrente,
        parse: parseRecurrente,
      },
    ];
  },
  eventHandlers: () => ({ 'twilio/status': twilioStatusHandler, 'twilio/inbound': twilioInboundHandler, recurrente: recurrenteHandler }),
  senders: (ctx) => ({ twilio: twilioSender(ctx), smtp: smtpSender(ctx) }),
  deliveryGates: () => [campaignGate],
  liveSignals: () => ({ crm: crmLiveSignal }),
  routes: async (app, options) => {
    await app.register(crmSettingsRoutes, options);
    await app.register(businessRoutes, options);
    await app.register(campaignRoutes, options);
    await app.register(analyticsRoutes, options);
    await app.register(trackingRoutes, options);
  },
};
