// Wire shapes of /api/v1/crm/campaigns and the audience count (routes-campaigns.ts).
import { z } from 'zod';
import { MAX_SEND_RATE_PER_MINUTE } from './settings.js';
import { CONTACT_STATUSES, SUBSCRIPTION_STATUSES, WEBSITE_STATUSES } from './statuses.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

export const CHANNELS = ['email', 'sms'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'sending', 'paused', 'finished'] as const;
/** The words a template may use; anything else in double braces is refused. */
export const PLACEHOLDERS = ['name', 'city', 'website', 'site_url', 'owner', 'email', 'phone', 'source'] as const;

/** A campaign's status and channel in API answers. */
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export const channelSchema = z.enum(CHANNELS);

export const audienceSchema = z
  .object({
    contact_status: z.array(z.enum(CONTACT_STATUSES)).max(CONTACT_STATUSES.length).optional(),
    website_status: z.array(z.enum(WEBSITE_STATUSES)).max(WEBSITE_STATUSES.length).optional(),
    subscription_status: z.array(z.enum(SUBSCRIPTION_STATUSES)).max(SUBSCRIPTION_STATUSES.length).optional(),
    city: z.string().trim().min(1).max(200).optional(),
    source: z.string().trim().min(1).max(200).optional(),
    owner: z.string().trim().min(1).max(200).optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const amountSchema = z
  .object({ currency: z.string().describe('ISO 4217'), amount_cents: z.number().int().describe('Minor units of the currency.') })
  .meta({ id: 'Amount' });

/** How far a recipient got, the furthest step first reached (it never moves backwards). */
export const FURTHEST_STATUSES = ['queued', 'skipped', 'sent', 'delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed'] as const;
export const furthestStatusSchema = z.enum(FURTHEST_STATUSES);
export type FurthestStatus = (typeof FURTHEST_STATUSES)[number];

const count = (what: string) => z.number().int().describe(what);
export const campaignFiguresSchema = z
  .object({
    audience: count('Businesses handed a message so far.'),
    queued: count('Waiting for their slot, a retry, or the end of a pause.'),
    sent: count('Accepted by the provider.'),
    delivered: count('Delivered (an email accepted by the SMTP server counts).'),
    bounced: count('Bounced.'),
    failed: count('Gave up.'),
    skipped: count('Left out at send time: opted out, unsubscribed, already bought.'),
    opened: count('Opened (email).'),
    clicked: count('Clicked a link (email).'),
    replied: count('Replied (SMS).'),
    unsubscribed: count('Unsubscribed.'),
    purchased: count('Bought afterwards.'),
    revenue: z.array(amountSchema).describe('Payments attributed to the campaign, per currency.'),
    progress: z
      .object(Object.fromEntries(FURTHEST_STATUSES.map((s) => [s, z.number().int()])) as Record<FurthestStatus, z.ZodNumber>)
      .describe('Recipients per furthest status: queued (no answer from the provider yet), skipped, sent, delivered, bounced, opened, clicked, replied, unsubscribed.'),
  })
  .meta({ id: 'CampaignFigures' });

export const campaignSchema = z
  .object({
    id: z.string().describe('cmp_…'),
    name: z.string(),
    channel: channelSchema,
    subject: z.string().nullable().describe('Email only.'),
    body: z.string().describe('The template, with {{placeholders}}.'),
    audience: audienceSchema,
    rate_per_minute: z.number().int(),
    status: campaignStatusSchema,
    created_at: ms(),
    updated_at: ms(),
    started_at: ms().nullable(),
    finished_at: ms().nullable(),
    figures: campaignFiguresSchema.nullable(),
  })
  .meta({ id: 'Campaign' });

export const campaignListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) });

export const campaignListSchema = z.object({ items: z.array(campaignSchema) });

/** Where a recipient of a campaign is, in one word. */
export const RECIPIENT_STATUSES = ['queued', 'sent', 'delivered', 'bounced', 'failed', 'skipped', 'paused'] as const;
export const recipientStatusSchema = z.enum(RECIPIENT_STATUSES);

export const recipientSchema = z
  .object({
    business_id: z.string(),
    business_name: z.string(),
    status: recipientStatusSchema.describe('Where its message is now.'),
    furthest_status: furthestStatusSchema.describe('The furthest step it reached; never moves backwards.'),
    error: z.string().nullable(),
    at: ms('Its last change (UTC epoch ms).'),
  })
  .meta({ id: 'CampaignRecipient' });

export const campaignDetailSchema = campaignSchema
  .extend({ recipients: z.array(recipientSchema).describe('The newest 200.') })
  .meta({ id: 'CampaignDetail' });

export const recipientListQuery = z.object({
  furthest_status: furthestStatusSchema.optional().describe('Only the recipients whose furthest status is this.'),
  cursor: z.string().max(200).optional().describe('next_cursor of the previous page.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const recipientListSchema = z
  .object({ items: z.array(recipientSchema), next_cursor: z.string().nullable().describe('null on the last page.') })
  .meta({ id: 'CampaignRecipientList' });

export const campaignPreviewSchema = z
  .object({ business_id: z.string(), subject: z.string().nullable(), body: z.string() })
  .meta({ id: 'CampaignPreview' });

const campaignFields = {
  name: z.string().trim().min(1, 'name is required').max(200),
  channel: z.enum(CHANNELS),
  subject: z.string().trim().max(300).nullish().describe('Email only; placeholders allowed.'),
  body: z.string().min(1, 'body is required').max(10_000).describe(`Plain text with placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}. Links in an email are tracked.`),
  audience: audienceSchema.optional().describe('Which businesses: any of the list filters. Unsubscribed and purchased businesses are never included.'),
  rate_per_minute: z.number().int().min(1).max(MAX_SEND_RATE_PER_MINUTE).optional().describe('Messages per minute; defaults to the send rate setting.'),
};

export const createCampaignBody = z.object(campaignFields);
export const updateCampaignBody = z.object(campaignFields).partial();

export const campaignParams = z.object({ id: z.string().regex(/^cmp_/, 'must be a campaign id (cmp_…)') });

export const audienceCountBody = z.object({ audience: audienceSchema.default({}), channel: z.enum(CHANNELS).default('email') });
export const audienceCountSchema = z.object({ count: z.number().int() });

export const previewQuery = z.object({ business_id: z.string().regex(/^biz_/).optional() });
