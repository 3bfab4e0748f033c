// GET /api/marketing/analytics: conversion, campaigns from clicks to bookings, the assistant's performance, common questions, drop-off.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { analyticsRange, marketingAnalytics } from '../analytics/queries.js';
import { analyticsQuery, marketingAnalyticsSchema } from '../contract/analytics.js';
import { experimentsInRange } from '../experiments/queries.js';

const tags = ['wa-assistant'];

export const analyticsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /**
   * The seed's analytics for the conversations that started between `from` and `to` (days in the workspace's time
   * zone, default the last 30): shares are numbers 0–1 with the seed's percentage text beside them, drop-off is
   * 1 − each step's conversion, and the funnel is repeated per prompt version.
   */
  app.get('/api/marketing/analytics', {
    config: { roles: READERS },
    schema: { operationId: 'getMarketingAnalytics', tags, summary: 'Conversion, campaign performance, AI performance, common questions and drop-off for a date range', querystring: analyticsQuery, response: { 200: marketingAnalyticsSchema } },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const ws = await findWorkspaceById(ctx.db, workspaceId);
    const range = analyticsRange(ctx.clock.now(), ws?.timezone ?? 'Asia/Jakarta', request.query);
    return { ...(await marketingAnalytics(ctx.db, workspaceId, range)), experiments: await experimentsInRange(ctx.db, workspaceId, range) };
  });
};
