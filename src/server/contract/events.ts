// Wire shapes of the webhook log (routes/events.ts): stored events with their outcome, and refused requests.
import { z } from 'zod';
import { notesSchema } from './notes.js';
import { pageQuery } from './paging.js';

export const eventStatusSchema = z.enum(['pending', 'processed', 'skipped', 'failed']);

export const webhookEventSchema = z
  .object({
    id: z.string().describe('evt_…'),
    source: z.string().describe('The webhook source: scalev, twilio/status, recurrente…'),
    type: z.string().describe("The provider's event type, e.g. order.created."),
    provider_event_id: z.string().nullable().describe("The provider's own id of the event (duplicates are stored once)."),
    status: eventStatusSchema,
    outcome: z.string().nullable().describe('What the handler did, in words.'),
    notes: notesSchema,
    received_at: z.number().describe('UTC epoch ms'),
    processed_at: z.number().nullable().describe('UTC epoch ms'),
    verified: z.boolean().describe('Whether the signature was checked.'),
    modules: z
      .array(
        z.object({
          module: z.string(),
          status: eventStatusSchema,
          outcome: z.string().nullable(),
          notes: notesSchema,
          at: z.number().nullable().describe('UTC epoch ms'),
        }),
      )
      .describe("Each subscribing module's own result; status and outcome above are their aggregate."),
  })
  .meta({ id: 'WebhookEvent' });

export const webhookEventDetailSchema = webhookEventSchema
  .extend({
    headers: z.record(z.string(), z.string()).describe('The request headers that were kept.'),
    body: z.string().describe('The raw body as received.'),
  })
  .meta({ id: 'WebhookEventDetail' });

export const webhookRejectionSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    reason: z.string().describe('Why it was refused: bad signature, malformed body, too large, unknown workspace…'),
    status_code: z.number().int().describe('The HTTP status answered to the provider.'),
    remote_addr: z.string().nullable(),
    received_at: z.number().describe('UTC epoch ms'),
    count: z
      .number()
      .int()
      .describe('How many rejections this row stands for: 1, or, beyond the first REJECTIONS_STORED_PER_MINUTE of a source in a minute, the rest of that minute counted into one row.'),
  })
  .meta({ id: 'WebhookRejection' });

export const eventParams = z.object({ id: z.string().regex(/^evt_/, 'must be an event id (evt_…)') });

export const listEventsQuery = z.object({
  ...pageQuery,
  source: z.string().optional(),
  status: eventStatusSchema.optional(),
  type: z.string().optional(),
  since: z.coerce.number().int().optional().describe('Received at or after (UTC epoch ms).'),
});

export const listRejectionsQuery = z.object({ ...pageQuery, since: z.coerce.number().int().optional().describe('Received at or after (UTC epoch ms).') });
