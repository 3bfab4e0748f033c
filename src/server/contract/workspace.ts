// Wire shapes of the workspace routes (routes/workspace.ts): its settings and the audit log.
import { z } from 'zod';
import { businessHoursSchema } from '../../core/schedule/window-schema.js';
import { pageQuery } from './paging.js';

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Jakarta');

export const workspaceSchema = z
  .object({
    id: z.string(),
    slug: z.string().describe('Names the workspace in webhook URLs (/webhooks/<source>/<slug>); default for the first.'),
    name: z.string(),
    timezone: z.string().describe('IANA time zone, e.g. Asia/Jakarta: days and local-time rules use it.'),
    country: z.string().describe('ISO 3166 two-letter code: phone numbers without a country code are read in it.'),
    currency: z.string().describe('ISO 4217 code, e.g. IDR.'),
    business_hours: businessHoursSchema.describe(
      'When proactive WhatsApp messages (materials, refill reminders) may go out, in the workspace time zone; sends outside wait for the next opening. 00:00–24:00 every day (the default) means always.',
    ),
    webhook_base: z.string().describe('Where providers post webhooks: <PUBLIC_URL>/webhooks.'),
  })
  .meta({ id: 'Workspace' });

export const updateWorkspaceBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  timezone: timezone.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as ID').optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as IDR').optional(),
  business_hours: businessHoursSchema.optional(),
});

export const auditEntrySchema = z
  .object({
    id: z.string(),
    actor: z.object({ type: z.string().describe('user, token, system, webhook or ai'), id: z.string().nullable() }),
    action: z.string().describe('What happened, as noun.verb: job.retry, settings.update…'),
    subject_type: z.string(),
    subject_id: z.string(),
    before: z.unknown().describe('The state before the change (JSON), or null.'),
    after: z.unknown().describe('The state after the change (JSON), or null.'),
    at: z.number().describe('UTC epoch ms'),
  })
  .meta({ id: 'AuditEntry' });

export const listAuditQuery = z.object({
  ...pageQuery,
  cursor: z.string().regex(/^\d+:\S+$/, 'must be the next_cursor of the previous page').optional().describe('next_cursor of the previous page; leave it out for the first page.'),
  subject_id: z.string().optional().describe('Only changes to this record.'),
});
