// Settings of the ScaleV × Mailketing integration and its connection tests.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { providerFailure } from '../../../core/http/index.js';
import { errorResponses } from '../../../core/api-errors.js';
import { MANAGERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import { isoDurationSchema, parseIsoDuration } from '../../../core/schedule/durations.js';
import { writeLinkedSettings } from '../../../core/provider-settings.js';
import { maskedSecrets } from '../../../core/settings.js';
import { runProviderCheck } from '../../../core/setup.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { connectionTestSchema, scalevMailketingSettingsSchema, updateScalevMailketingSettingsBody } from '../contract.js';
import { LEAD_PROVIDER_SETTINGS, loadLeadSettings, mailketingClient, scalevClient, SECRET_KEYS } from '../settings.js';

const tags = ['scalev-leads'];
/** What a call to a provider can answer besides success: no key set (400), a rejected key, a rate limit, an outage. */
const providerErrors = errorResponses(400, 422, 429, 502);

export const settingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const view = async (workspaceId: string) => {
    const settings = await loadLeadSettings(ctx, ctx.db, workspaceId);
    const ws = await findWorkspaceById(ctx.db, workspaceId);
    const masked = maskedSecrets(settings.secrets);
    const path = ws && ws.slug !== 'default' ? `/webhooks/scalev/${ws.slug}` : '/webhooks/scalev';
    return {
      scalev_api_key: masked['scalev_api_key'] ?? null,
      scalev_webhook_secret: masked['scalev_webhook_secret'] ?? null,
      mailketing_api_token: masked['mailketing_api_token'] ?? null,
      not_closing_after: settings.notClosingAfter,
      webhook_url: `${ctx.config.publicUrl}${path}`,
    };
  };

  app.get('/api/settings/scalev-mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'getScalevMailketingSettings',
      tags,
      summary: 'Keys (masked), the Not Closing delay and the webhook URL to paste into ScaleV',
      response: { 200: scalevMailketingSettingsSchema },
    },
  }, async (request) => view(requireAuth(request).workspaceId));

  app.put('/api/settings/scalev-mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updateScalevMailketingSettings',
      tags,
      summary: 'Change keys or the delay; secrets are encrypted at rest and never returned whole',
      // The contract's fields, with the delay checked as a duration a timer can use.
      body: updateScalevMailketingSettingsBody.extend({
        not_closing_after: updateScalevMailketingSettingsBody.shape.not_closing_after.refine(
          (v) => v === undefined || isoDurationSchema.safeParse(v).success,
          'must be an ISO-8601 duration such as P7D, PT12H or PT30S',
        ),
      }),
      response: { 200: scalevMailketingSettingsSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const body = request.body;
    const before = await loadLeadSettings(ctx, ctx.db, auth.workspaceId);
    const secrets: Record<string, string | null | undefined> = {};
    for (const key of SECRET_KEYS) secrets[key] = body[key];
    const delayChanged = body.not_closing_after !== undefined && parseIsoDuration(body.not_closing_after) !== before.notClosingAfterMs;
    await ctx.db.transaction().execute(async (trx) => {
      // The keys are written to the ScaleV and Mailketing connectors' settings, the delay to this module's.
      await writeLinkedSettings(ctx, trx, LEAD_PROVIDER_SETTINGS, {
        workspaceId: auth.workspaceId,
        ...(body.not_closing_after !== undefined ? { data: { not_closing_after: body.not_closing_after } } : {}),
        secrets,
        actor: actorOf(auth),
      });
      // Waiting leads follow the new delay: their timers are moved by a job, in batches.
      if (delayChanged) await enqueueJob({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, auth.workspaceId, 'scalev-leads.reschedule', {}, { jobKey: 'scalev-leads.reschedule' });
    });
    ctx.jobSignal.notify();
    return view(auth.workspaceId);
  });

  app.post('/api/settings/test/scalev', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testScalevConnection',
      tags,
      summary: 'Check the ScaleV API key by listing stores',
      response: { 200: connectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    // Recorded for the set-up checklist like a test from the provider's own settings tab.
    return runProviderCheck(ctx, workspaceId, 'scalev', async () => {
      const client = await scalevClient(ctx, workspaceId);
      const result = await client.listStores();
      if (!result.ok) throw providerFailure('ScaleV', result.error);
      return { ok: true as const, message: `ScaleV answered: ${result.value.items.length} store(s) on the first page`, stores: result.value.items.map((s) => s.name) };
    });
  });

  app.post('/api/settings/test/mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testMailketingConnection',
      tags,
      summary: 'Check the Mailketing API token by listing its lists',
      response: { 200: connectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    return runProviderCheck(ctx, workspaceId, 'mailketing', async () => {
      const client = await mailketingClient(ctx, workspaceId);
      const result = await client.listLists();
      if (!result.ok) throw providerFailure('Mailketing', result.error);
      return { ok: true as const, message: `Mailketing answered: ${result.value.length} list(s)`, lists: result.value.map((l) => l.name) };
    });
  });
};
