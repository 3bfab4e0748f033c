// Wire shapes of /api/settings/crm-lifecycle and the Twilio and SMTP connection tests (routes-settings.ts).
import { z } from 'zod';
import { notesSchema } from '../../../server/contract/notes.js';

export const MAX_SEND_RATE_PER_MINUTE = 6_000;

/** The settings that are not secrets, as the route shows and takes them. */
export const plainSettingsSchema = z.object({
  twilio_account_sid: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC followed by 32 hex digits)').nullable(),
  twilio_from: z.string().trim().min(1).max(32).nullable(),
  twilio_messaging_service_sid: z.string().trim().regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID (MG…)').nullable(),
  smtp_host: z.string().trim().min(1).max(255).nullable(),
  smtp_port: z.number().int().min(1).max(65_535).nullable(),
  smtp_secure: z.boolean(),
  smtp_user: z.string().trim().min(1).max(255).nullable(),
  smtp_from: z.string().trim().min(3).max(255).nullable(),
  send_rate_per_minute: z.number().int().min(1).max(MAX_SEND_RATE_PER_MINUTE),
});

const masked = (what: string) => z.string().nullable().describe(`${what}, masked (••••••abcd); null when not set.`);

export const crmSettingsSchema = plainSettingsSchema
  .extend({
    twilio_auth_token: masked('The Twilio Auth Token'),
    recurrente_webhook_secret: masked('The whsec_… signing secret of the Recurrente endpoint'),
    smtp_password: masked('The SMTP password'),
    webhook_urls: z
      .object({ twilio_status: z.string(), twilio_inbound: z.string(), recurrente: z.string() })
      .describe('The URLs to paste into Twilio (status callback, incoming messages) and Recurrente.'),
  })
  .meta({ id: 'CrmSettings' });

const secretInput = z.string().trim().min(1).max(500).nullable().optional().describe('A new value; null removes it; leave it out to keep the current one.');

export const updateCrmSettingsBody = plainSettingsSchema
  .partial()
  .extend({
    twilio_auth_token: secretInput,
    recurrente_webhook_secret: secretInput.refine((v) => !v || /^whsec_[A-Za-z0-9+/=]+$/.test(v), 'must be the whsec_… signing secret of the Recurrente (Svix) endpoint'),
    smtp_password: secretInput,
  })
  .strict();

export const crmConnectionTestSchema = z
  .object({ ok: z.literal(true), message: z.string().describe('What the provider answered, in English words.'), notes: notesSchema })
  .meta({ id: 'CrmConnectionTest' });
