// Wire shape of GET /api/alerts (routes/alerts.ts): what needs a person's attention now.
import { z } from 'zod';
import { webhookRejectionSchema } from './events.js';

export const alertsSchema = z
  .object({
    failed_deliveries: z.number().int().describe('Deliveries whose last attempt failed (they will be tried again).'),
    dead_deliveries: z.number().int().describe('Deliveries that gave up: retry them by hand.'),
    dead_jobs: z.number().int(),
    rejected_webhooks_last_day: z.number().int(),
    latest_rejections: z.array(webhookRejectionSchema.pick({ id: true, source: true, reason: true, status_code: true, received_at: true })).describe('The newest five of the last day.'),
  })
  .meta({ id: 'Alerts' });
