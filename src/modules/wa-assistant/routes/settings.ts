// GET/PUT /api/settings/wa-assistant: the assistant's own settings (burst windows, typing pause, thresholds, holding delay, language model); POST /api/settings/test/llm.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { MANAGERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { AppError } from '../../../core/errors.js';
import { maskSecret } from '../../../core/secrets.js';
import { readSettings, writeSettings } from '../../../core/settings.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { assistantSettingsSchema, assistantSettingsUpdate, LLM_KEY_FIELD, modelTestSchema } from '../contract.js';
import { mediaSettingsProblem } from '../media/rules.js';
import { testModel } from '../model/client.js';
import { loadAssistantSettings, loadModelSettings, SETTINGS_NAMESPACE } from '../settings.js';

const tags = ['wa-assistant'];

export const settingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const view = async (workspaceId: string) => {
    const settings = await loadAssistantSettings(ctx, ctx.db, workspaceId);
    const { secrets } = await readSettings(ctx.db, ctx, workspaceId, SETTINGS_NAMESPACE);
    return { ...settings, llm_api_key: maskSecret(secrets[LLM_KEY_FIELD]), llm_default_base_url: ctx.config.providers.llm };
  };

  /** The assistant's settings, defaults filled in; the model key masked. */
  app.get('/api/settings/wa-assistant', {
    config: { roles: MANAGERS },
    schema: { operationId: 'getAssistantSettings', tags, summary: "The WhatsApp assistant's settings, defaults filled in, the model key masked", response: { 200: assistantSettingsSchema } },
  }, async (request) => view(requireAuth(request).workspaceId));

  /** Changes some settings; the model key is sealed at rest, and its masked form sent back unchanged keeps it. */
  app.put('/api/settings/wa-assistant', {
    config: { roles: MANAGERS },
    schema: { operationId: 'updateAssistantSettings', tags, summary: 'Change some settings; the others keep their values (the model key is encrypted at rest and never returned whole)', body: assistantSettingsUpdate, response: { 200: assistantSettingsSchema } },
  }, async (request) => {
    const auth = requireAuth(request);
    const { llm_api_key: key, ...data } = request.body;
    const problem = mediaSettingsProblem({ ...(await loadAssistantSettings(ctx, ctx.db, auth.workspaceId)), ...data });
    if (problem) throw new AppError('validation_failed', problem.message, { context: { field: problem.field } });
    let secrets: Record<string, string | null> | undefined;
    if (key !== undefined) {
      const stored = (await readSettings(ctx.db, ctx, auth.workspaceId, SETTINGS_NAMESPACE)).secrets[LLM_KEY_FIELD];
      // A form that sends back what GET showed must not replace the key with its mask.
      const unchanged = key !== null && stored !== undefined && key === maskSecret(stored);
      if (!unchanged) secrets = { [LLM_KEY_FIELD]: key };
    }
    await writeSettings(ctx.db, ctx, ctx.clock, { workspaceId: auth.workspaceId, namespace: SETTINGS_NAMESPACE, data, ...(secrets ? { secrets } : {}), actor: actorOf(auth) });
    return view(auth.workspaceId);
  });

  /** Asks the configured model one harmless question with the saved model, base URL, key and timeout. */
  app.post('/api/settings/test/llm', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testModelConnection',
      tags,
      summary: 'Check the language model settings with one short chat request (no customer data is sent)',
      response: { 200: modelTestSchema, ...errorResponses(400, 422, 429, 502) },
    },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const settings = await loadAssistantSettings(ctx, ctx.db, workspaceId);
    const model = await loadModelSettings(ctx, ctx.db, workspaceId, settings);
    if (!model) {
      throw new AppError('provider_not_configured', 'Set a model name and an API key for the language model first', { context: { provider: 'llm', field: settings.llm_model === null ? 'llm_model' : LLM_KEY_FIELD } });
    }
    const message = await testModel(model);
    return { ok: true as const, message, model: model.model, base_url: model.baseUrl };
  });
};
