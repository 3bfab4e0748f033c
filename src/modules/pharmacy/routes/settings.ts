// GET/PUT /api/settings/pharmacy: the materials sent to new WhatsApp numbers, the check pace and the owner's generic alternatives.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, MANAGERS, requireAuth } from '../../../core/auth/types.js';
import { writeSettings } from '../../../core/settings.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { pharmacySettingsViewSchema, updatePharmacySettingsBody } from '../contract/settings.js';
import { DEFAULT_MATERIALS_TEXT, loadPharmacySettings, SETTINGS_NAMESPACE, type PharmacySettings } from '../settings.js';

const tags = ['pharmacy'];

/** The settings with the default text beside them, so the screen can show it and go back to it. */
const settingsView = (settings: PharmacySettings) => ({ ...settings, materials_text_default: DEFAULT_MATERIALS_TEXT });

export const pharmacySettingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/settings/pharmacy', {
    config: { roles: MANAGERS },
    schema: { operationId: 'getPharmacySettings', tags, summary: "The materials text (and its default), image and PDF, the WhatsApp check pace and the owner's generic alternatives", response: { 200: pharmacySettingsViewSchema } },
  }, async (request) => settingsView(await loadPharmacySettings(ctx, ctx.db, requireAuth(request).workspaceId)));

  app.put('/api/settings/pharmacy', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updatePharmacySettings',
      tags,
      summary: 'Change the materials or the check pace; a field set to null goes back to its default; audited',
      body: updatePharmacySettingsBody,
      response: { 200: pharmacySettingsViewSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const data: Record<string, unknown> = {};
    const removeData: string[] = [];
    for (const [key, value] of Object.entries(request.body)) {
      if (value === undefined) continue;
      if (value === null && key !== 'materials_image_url' && key !== 'materials_pdf_url') removeData.push(key);
      else data[key] = value;
    }
    await writeSettings(ctx.db, ctx, ctx.clock, { workspaceId: auth.workspaceId, namespace: SETTINGS_NAMESPACE, data, removeData, actor: actorOf(auth) });
    return settingsView(await loadPharmacySettings(ctx, ctx.db, auth.workspaceId));
  });
};
