// Wire shapes of the deliveries routes (routes/deliveries.ts): what was sent to whom, and the provider's answer.
import { z } from 'zod';
import { pageQuery } from './paging.js';

export const deliveryStatusSchema = z.enum(['queued', 'sent', 'delivered', 'failed', 'dead', 'cancelled']);

export const deliverySchema = z
  .object({
    id: z.string().describe('dlv_…'),
    module: z.string().describe('The module that owns it (scalev-leads, crm-lifecycle…): its delivery gates and hooks apply.'),
    channel: z.string().describe('email-list, sms, email, whatsapp…'),
    provider: z.string().describe('The sender that performs it: mailketing, twilio, smtp, waha…'),
    target: z.string().describe('Who or what receives it: a phone, an email, a list id.'),
    payload: z.record(z.string(), z.unknown()).describe('What is sent, as the sender needs it.'),
    status: deliveryStatusSchema,
    attempts: z.number().int(),
    response: z.unknown().describe("The provider's last answer (JSON), or null."),
    last_error: z.string().nullable(),
    contact_id: z.string().nullable(),
    subject_type: z.string().nullable().describe('What the delivery is about: lead, business…'),
    subject_id: z.string().nullable(),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
    sent_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'Delivery' });

export const deliveryParams = z.object({ id: z.string().regex(/^dlv_/, 'must be a delivery id (dlv_…)') });

export const listDeliveriesQuery = z.object({
  ...pageQuery,
  status: deliveryStatusSchema.optional(),
  provider: z.string().optional(),
  subject_id: z.string().optional().describe('Only deliveries about this record (a lead_… or biz_… id).'),
});
