// /api/v1/crm/funnel and /api/v1/crm/revenue: conversion between stages over a date range, and payments per campaign.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { READERS, requireAuth } from '../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../core/module.js';
import { funnel, revenueByCampaign } from './analytics.js';

const range = z.object({
  from: z.coerce.number().int().optional().describe('At or after (epoch ms).'),
  to: z.coerce.number().int().optional().describe('Before (epoch ms).'),
});

export const analyticsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/crm/funnel', {
    config: { roles: READERS },
    schema: {
      tags: ['crm-lifecycle'],
      summary: 'Businesses created in the range and how many reached contacted, engaged, replied and purchased, with conversion rates',
      querystring: range,
    },
  }, async (request) => funnel(ctx.db, requireAuth(request).workspaceId, request.query));

  app.get('/api/v1/crm/revenue', {
    config: { roles: READERS },
    schema: { tags: ['crm-lifecycle'], summary: 'Recurrente payments in the range per campaign (the last campaign that reached the business)', querystring: range },
  }, async (request) => revenueByCampaign(ctx.db, requireAuth(request).workspaceId, request.query));
};
