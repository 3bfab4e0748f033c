// /api/v1/crm/funnel and /api/v1/crm/revenue: conversion between stages over a date range, and payments per campaign.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { funnel, revenueByCampaign } from '../queries.js';
import { amountSchema } from './campaigns.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from '../rules.js';

const range = z.object({
  from: z.coerce.number().int().optional().describe('At or after (epoch ms).'),
  to: z.coerce.number().int().optional().describe('Before (epoch ms).'),
});

const tags = ['crm-lifecycle'];
const rate = (what: string) => z.number().nullable().describe(`${what}, 0..1; null when there is nothing to divide by.`);
/** One count per status value, each a named property (so a generated client sees every key). */
const countsBy = <const T extends readonly string[]>(values: T) =>
  z.object(Object.fromEntries(values.map((v) => [v, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const funnelSchema = z
  .object({
    from: z.number().nullable().describe('The range asked for (UTC epoch ms), or null.'),
    to: z.number().nullable(),
    stages: z.array(
      z.object({
        key: z.enum(['created', 'contacted', 'engaged', 'replied', 'purchased']),
        count: z.number().int().describe('Businesses of the cohort that reached this stage.'),
        rate_from_previous: rate('Share of the previous stage'),
        rate_from_first: rate('Share of all created'),
      }),
    ),
    contact_status: countsBy(CONTACT_STATUSES).describe('The cohort by its contact status now.'),
    website_status: countsBy(WEBSITE_STATUSES),
    subscription_status: countsBy(SUBSCRIPTION_STATUSES),
  })
  .meta({ id: 'CrmFunnel' });

export const revenueSchema = z
  .object({
    items: z.array(
      z.object({
        campaign_id: z.string().nullable().describe('null: payments no campaign reached first.'),
        campaign_name: z.string().nullable(),
        payments: z.number().int(),
        amounts: z.array(amountSchema),
      }),
    ),
  })
  .meta({ id: 'CrmRevenue' });

export const analyticsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/crm/funnel', {
    config: { roles: READERS },
    schema: {
      operationId: 'getCrmFunnel',
      tags,
      summary: 'Businesses created in the range and how many reached contacted, engaged, replied and purchased, with conversion rates',
      querystring: range,
      response: { 200: funnelSchema },
    },
  }, async (request) => funnel(ctx.db, requireAuth(request).workspaceId, request.query));

  app.get('/api/v1/crm/revenue', {
    config: { roles: READERS },
    schema: {
      operationId: 'getCrmRevenue',
      tags,
      summary: 'Recurrente payments in the range per campaign (the last campaign that reached the business)',
      querystring: range,
      response: { 200: revenueSchema },
    },
  }, async (request) => revenueByCampaign(ctx.db, requireAuth(request).workspaceId, request.query));
};
