// GET/PUT /api/settings/crm-lifecycle: Twilio, Recurrente and SMTP settings (secrets masked) and the webhook URLs to paste.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { MANAGERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { createHttpClient, providerFailure } from '../../connectors/http/index.js';
import { createSmtpSender } from '../../connectors/smtp/index.js';
import { createTwilioClient } from '../../connectors/twilio/index.js';
import type { ModuleRouteOptions } from '../../core/module.js';
import { maskedSecrets, writeSettings } from '../../core/settings.js';
import { publicPath } from './public-urls.js';
import { loadCrmSettings, plainSettingsSchema, requireSmtp, requireTwilio, SETTINGS_NAMESPACE } from './settings.js';

const tags = ['crm-lifecycle'];
const masked = (what: string) => z.string().nullable().describe(`${what}, masked (••••••abcd); null when not set.`);

export const crmSettingsSchema = plainSettingsSchema
  .extend({
    twilio_auth_token: masked('The Twilio Auth Token'),
    recurrente_webhook_secret: masked('The whsec_… signing secret of the Recurrente endpoint'),
    smtp_password: masked('The SMTP password'),
    webhook_urls: z
      .object({ twilio_status: z.string(), twilio_inbound: z.string(), recurrente: z.string() })
      .describe('The URLs to paste into Twilio (status callback, incoming messages) and Recurrente.'),
  })
  .meta({ id: 'CrmSettings' });

export const crmConnectionTestSchema = z
  .object({ ok: z.literal(true), message: z.string().describe('What the provider answered, in words.') })
  .meta({ id: 'CrmConnectionTest' });

/** What a call to a provider can answer besides success: not set up (400), a rejected login, a rate limit, an outage. */
const providerErrors = errorResponses(400, 422, 429, 502);

const secretInput = z.string().trim().min(1).max(500).nullable().optional().describe('A new value; null removes it; leave it out to keep the current one.');

export const crmSettingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const view = async (workspaceId: string) => {
    const s = await loadCrmSettings(ctx, ctx.db, workspaceId);
    const masked = maskedSecrets(s.secrets);
    const url = (path: string) => publicPath(ctx, ctx.db, workspaceId, path, true);
    const { secrets: _secrets, ...plain } = s;
    return {
      ...plain,
      twilio_auth_token: masked['twilio_auth_token'] ?? null,
      recurrente_webhook_secret: masked['recurrente_webhook_secret'] ?? null,
      smtp_password: masked['smtp_password'] ?? null,
      webhook_urls: {
        twilio_status: await url('/webhooks/twilio/status'),
        twilio_inbound: await url('/webhooks/twilio/inbound'),
        recurrente: await url('/webhooks/recurrente'),
      },
    };
  };

  app.get('/api/settings/crm-lifecycle', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'getCrmSettings',
      tags,
      summary: 'Twilio, Recurrente and SMTP settings (secrets masked), the send rate, and the webhook URLs',
      response: { 200: crmSettingsSchema },
    },
  }, async (request) => view(requireAuth(request).workspaceId));

  app.put('/api/settings/crm-lifecycle', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updateCrmSettings',
      tags,
      summary: 'Change settings; secrets are encrypted at rest and never returned whole',
      body: plainSettingsSchema.partial().extend({
        twilio_auth_token: secretInput,
        recurrente_webhook_secret: secretInput.refine((v) => !v || /^whsec_[A-Za-z0-9+/=]+$/.test(v), 'must be the whsec_… signing secret of the Recurrente (Svix) endpoint'),
        smtp_password: secretInput,
      }).strict(),
      response: { 200: crmSettingsSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { twilio_auth_token, recurrente_webhook_secret, smtp_password, ...plain } = request.body;
    const secrets: Record<string, string | null | undefined> = { twilio_auth_token, recurrente_webhook_secret, smtp_password };
    await writeSettings(ctx.db, ctx.secrets, ctx.clock, { workspaceId: auth.workspaceId, namespace: SETTINGS_NAMESPACE, data: plain, secrets, actor: actorOf(auth) });
    return view(auth.workspaceId);
  });

  app.post('/api/settings/test/twilio', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testTwilioConnection',
      tags,
      summary: 'Check the Twilio Account SID and Auth Token by fetching the account',
      response: { 200: crmConnectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const twilio = requireTwilio(await loadCrmSettings(ctx, ctx.db, requireAuth(request).workspaceId));
    const client = createTwilioClient({ baseUrl: ctx.config.providers.twilio, accountSid: twilio.accountSid, authToken: twilio.authToken, http: testHttp });
    const result = await client.fetchAccount();
    if (!result.ok) throw providerFailure('Twilio', result.error, 'the Account SID and Auth Token');
    return { ok: true as const, message: `Twilio answered: account ${result.value.friendlyName ?? result.value.sid} is ${result.value.status ?? 'reachable'}` };
  });

  app.post('/api/settings/test/smtp', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testSmtpConnection',
      tags,
      summary: 'Check the SMTP server: connect, greet and log in without sending anything',
      response: { 200: crmConnectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const smtp = requireSmtp(await loadCrmSettings(ctx, ctx.db, requireAuth(request).workspaceId));
    const mailer = createSmtpSender({ ...smtp, timeouts: { connectionMs: 5_000, greetingMs: 5_000, socketMs: 10_000 } });
    try {
      const result = await mailer.verify();
      if (!result.ok) throw providerFailure('The SMTP server', result.error, 'the user name and password');
    } finally {
      mailer.close();
    }
    return { ok: true as const, message: `The SMTP server ${smtp.host}:${smtp.port} accepted the connection${smtp.user ? ' and the login' : ''}` };
  });
};

/** A connection test should answer while the person waits: 10 s at most. */
const testHttp = createHttpClient({ timeoutMs: 10_000, userAgent: 'Leadcycle' });
