// GET/PUT /api/settings/crm-lifecycle: Twilio, Recurrente and SMTP settings (secrets masked) and the webhook URLs to paste.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { MANAGERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { smtpConnector } from '../../../connectors/smtp/index.js';
import { twilioConnector } from '../../../connectors/twilio/index.js';
import type { ConnectorDescriptor } from '../../../core/connector.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { writeLinkedSettings } from '../../../core/provider-settings.js';
import { maskedSecrets } from '../../../core/settings.js';
import { runProviderCheck } from '../../../core/setup.js';
import { crmConnectionTestSchema, crmSettingsSchema, updateCrmSettingsBody } from '../contract/settings.js';
import { CRM_PROVIDER_SETTINGS, loadCrmSettings, publicPath, requireSmtp, requireTwilio } from '../settings.js';
import { note } from '../../../core/notes.js';

const tags = ['crm-lifecycle'];
/** What a call to a provider can answer besides success: not set up (400), a rejected login, a rate limit, an outage. */
const providerErrors = errorResponses(400, 422, 429, 502);

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
      body: updateCrmSettingsBody,
      response: { 200: crmSettingsSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { twilio_auth_token, recurrente_webhook_secret, smtp_password, ...plain } = request.body;
    const secrets: Record<string, string | null | undefined> = { twilio_auth_token, recurrente_webhook_secret, smtp_password };
    // Provider values go to the Twilio, Recurrente and SMTP connectors' settings, the send rate to this module's.
    await writeLinkedSettings(ctx, ctx.db, CRM_PROVIDER_SETTINGS, { workspaceId: auth.workspaceId, data: plain, secrets, actor: actorOf(auth) });
    return view(auth.workspaceId);
  });

  // The module's settings are checked first, so a missing one is named as this route's caller knows it.
  app.post('/api/settings/test/twilio', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testTwilioConnection',
      tags,
      summary: 'Check the Twilio Account SID and Auth Token by fetching the account',
      response: { 200: crmConnectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    return runProviderCheck(ctx, workspaceId, 'twilio', async () => {
      requireTwilio(await loadCrmSettings(ctx, ctx.db, workspaceId));
      return { ok: true as const, message: (await connectorTest(twilioConnector)(ctx, workspaceId)).message, notes: [note('crm_test.twilio_ok')] };
    });
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
    const workspaceId = requireAuth(request).workspaceId;
    return runProviderCheck(ctx, workspaceId, 'smtp', async () => {
      requireSmtp(await loadCrmSettings(ctx, ctx.db, workspaceId));
      return { ok: true as const, message: (await connectorTest(smtpConnector)(ctx, workspaceId)).message, notes: [note('crm_test.smtp_ok')] };
    });
  });
};

function connectorTest(connector: ConnectorDescriptor): NonNullable<ConnectorDescriptor['test']> {
  if (!connector.test) throw new Error(`connector ${connector.provider} has no connection test`);
  return connector.test;
}
