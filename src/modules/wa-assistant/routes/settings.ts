// GET/PUT /api/settings/wa-assistant: the assistant's own settings (burst windows, typing pause, thresholds, holding delay).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MANAGERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { writeSettings } from '../../../core/settings.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { assistantSettingsSchema, assistantSettingsUpdate } from '../contract.js';
import { loadAssistantSettings, SETTINGS_NAMESPACE } from '../settings.js';

const tags = ['wa-assistant'];

export const settingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/settings/wa-assistant', {
    config: { roles: MANAGERS },
    schema: { operationId: 'getAssistantSettings', tags, summary: "The WhatsApp assistant's settings, defaults filled in", response: { 200: assistantSettingsSchema } },
  }, async (request) => loadAssistantSettings(ctx, ctx.db, requireAuth(request).workspaceId));

  app.put('/api/settings/wa-assistant', {
    config: { roles: MANAGERS },
    schema: { operationId: 'updateAssistantSettings', tags, summary: 'Change some settings; the others keep their values', body: assistantSettingsUpdate, response: { 200: assistantSettingsSchema } },
  }, async (request) => {
    const auth = requireAuth(request);
    await writeSettings(ctx.db, ctx.secrets, ctx.clock, { workspaceId: auth.workspaceId, namespace: SETTINGS_NAMESPACE, data: request.body, actor: actorOf(auth) });
    return loadAssistantSettings(ctx, ctx.db, auth.workspaceId);
  });
};
