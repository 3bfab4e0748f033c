// GET /api/whatsapp/health: whether WhatsApp is really working, for the dashboard's banner.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { whatsappHealthSchema } from '../contract/health.js';
import { readHealth } from '../health/flow.js';

const tags = ['wa-assistant'];

export const healthRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** "Connected but dead" is a session not WORKING, WORKING while sends fail, or silent too long in business hours. */
  app.get('/api/whatsapp/health', {
    config: { roles: READERS },
    schema: { operationId: 'getWhatsappHealth', tags, summary: 'The WhatsApp session\'s status, whether it is connected but dead (and why), and the replies waiting for it', response: { 200: whatsappHealthSchema } },
  }, async (request) => (await readHealth(ctx, ctx.db, requireAuth(request).workspaceId)).health);
};
