// Wire shapes of /api/v1/crm/funnel and /api/v1/crm/revenue (routes-analytics.ts).
import { z } from 'zod';
import { amountSchema } from './campaigns.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './statuses.js';

export const FUNNEL_STAGES = ['created', 'contacted', 'engaged', 'replied', 'purchased'] as const;

export const rangeQuery = z.object({
  from: z.coerce.number().int().optional().describe('At or after (epoch ms).'),
  to: z.coerce.number().int().optional().describe('Before (epoch ms).'),
});

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
        key: z.enum(FUNNEL_STAGES),
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
