// Wire shapes of refill reminders (/api/customers/reminders/…): the pending list and sending one now.
import { z } from 'zod';

export const refillReminderSchema = z
  .object({
    id: z.string().describe('prr_…'),
    customer_id: z.string(),
    medicine_name: z.string(),
    reminder_date: z.string().describe("YYYY-MM-DD in the workspace's time zone."),
    notification_sent: z.boolean(),
    customer_purchased: z.boolean(),
  })
  .meta({ id: 'PharmacyRefillReminder' });

export const taskRefillSchema = refillReminderSchema
  .extend({
    customer_name: z.string().nullable(),
    customer_phone: z.string().describe('E.164: to call or message them.'),
  })
  .meta({ id: 'PharmacyTaskRefill' });

/** A pending reminder with who it is for, so the list can be called or messaged without opening the customer. */
export const pendingRefillSchema = taskRefillSchema;

export const pendingRemindersQuery = z.object({ days_ahead: z.coerce.number().int().min(0).max(365).default(3) });
export const reminderParams = z.object({ reminder_id: z.string().regex(/^prr_/, 'must be a refill reminder id (prr_…)') });
export const notifyResultSchema = z
  .object({
    reminder: refillReminderSchema,
    sent: z.boolean().describe('false: it was already sent (or bought again); nothing more was sent.'),
    delivery_id: z.string().nullable(),
  })
  .meta({ id: 'PharmacyNotifyResult' });
