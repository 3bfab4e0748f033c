// /api/v1/crm/funnel and /api/v1/crm/revenue: conversion between stages over a date range, and payments per campaign.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { funnelSchema, rangeQuery, revenueSchema } from '../contract/analytics.js';
import { funnel, revenueByCampaign } from '../queries.js';

const tags = ['crm-lifecycle'];

export const analyticsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/crm/funnel', {
    config: { roles: READERS },
    schema: {
      operationId: 'getCrmFunnel',
      tags,
      summary: 'Businesses created in the range and how many reached contacted, engaged, replied and purchased, with conversion rates',
      querystring: rangeQuery,
      response: { 200: funnelSchema },
    },
  }, async (request) => funnel(ctx.db, requireAuth(request).workspaceId, request.query));

  app.get('/api/v1/crm/revenue', {
    config: { roles: READERS },
    schema: {
      operationId: 'getCrmRevenue',
      tags,
      summary: 'Recurrente payments in the range per campaign (the last campaign that reached the business)',
      querystring: rangeQuery,
      response: { 200: revenueSchema },
    },
  }, async (request) => revenueByCampaign(ctx.db, requireAuth(request).workspaceId, request.query));
};
