// The crm-lifecycle API's answers as the dashboard reads them, taken from the module's route schemas
// (src/modules/crm-lifecycle/contract/). Times are UTC epoch ms. `import type` only: no schema code is bundled; the
// value lists the screens need are copies the type check keeps equal to the contract's.
import type { z } from 'zod';
import type * as analytics from '../../../../src/modules/crm-lifecycle/contract/analytics.js';
import type * as businesses from '../../../../src/modules/crm-lifecycle/contract/businesses.js';
import type * as campaigns from '../../../../src/modules/crm-lifecycle/contract/campaigns.js';
import type * as settings from '../../../../src/modules/crm-lifecycle/contract/settings.js';
import type * as statuses from '../../../../src/modules/crm-lifecycle/contract/statuses.js';

export const CONTACT_STATUSES: typeof statuses.CONTACT_STATUSES = ['pending', 'emailed', 'sms_sent', 'bounced', 'opened', 'clicked', 'replied', 'purchased', 'unsubscribed'];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const WEBSITE_STATUSES: typeof statuses.WEBSITE_STATUSES = ['none', 'generating', 'generated', 'deployed', 'sold', 'archived'];
export type WebsiteStatus = (typeof WEBSITE_STATUSES)[number];
export const SUBSCRIPTION_STATUSES: typeof statuses.SUBSCRIPTION_STATUSES = ['none', 'active', 'past_due', 'paused', 'cancelled'];
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The three status fields of a business, and the values each can take. */
export const STATUS_FIELDS = {
  contact_status: CONTACT_STATUSES,
  website_status: WEBSITE_STATUSES,
  subscription_status: SUBSCRIPTION_STATUSES,
} as const;
export type StatusField = keyof typeof STATUS_FIELDS;
export const STATUS_FIELD_NAMES: typeof statuses.STATUS_FIELDS = ['contact_status', 'website_status', 'subscription_status'];

export type Business = z.output<typeof businesses.businessSchema>;
export type BusinessPage = z.output<typeof businesses.businessPageSchema>;
/** How many match the list's filters (GET /api/v1/crm/businesses/count), fetched after the page. */
export type BusinessCount = z.output<typeof businesses.businessCountSchema>;
/** Values in use, for the filter drop-downs. */
export type CrmFacets = z.output<typeof businesses.facetsSchema>;
/** The body of POST /api/v1/crm/businesses (one business; phone or email required). */
export type BusinessInput = z.input<typeof businesses.businessInputSchema>;
export type BusinessCreated = z.output<typeof businesses.businessCreatedSchema>;
export type BusinessDetail = z.output<typeof businesses.businessDetailSchema>;
export type TimelineEntry = BusinessDetail['timeline'][number];
export type Consent = BusinessDetail['consents'][number];
export type SetStatusInput = z.input<typeof businesses.setBusinessStatusBody>;

export type Channel = z.output<typeof campaigns.channelSchema>;
export type CampaignStatus = z.output<typeof campaigns.campaignStatusSchema>;
export type AudienceFilter = z.output<typeof campaigns.audienceSchema>;
/** Amounts in minor units (cents) per currency: payments can come in more than one. */
export type Amount = z.output<typeof campaigns.amountSchema>;
export type CampaignFigures = z.output<typeof campaigns.campaignFiguresSchema>;
export type Campaign = z.output<typeof campaigns.campaignSchema>;
export type Campaigns = z.output<typeof campaigns.campaignListSchema>;
/** The body of POST and PATCH /api/v1/crm/campaigns. */
export type CampaignInput = z.input<typeof campaigns.createCampaignBody>;
export const RECIPIENT_STATUSES: typeof campaigns.RECIPIENT_STATUSES = ['queued', 'sent', 'delivered', 'bounced', 'failed', 'skipped', 'paused'];
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];
export const FURTHEST_STATUSES: typeof campaigns.FURTHEST_STATUSES = ['queued', 'skipped', 'sent', 'delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed'];
export type FurthestStatus = (typeof FURTHEST_STATUSES)[number];
export type CampaignDetail = z.output<typeof campaigns.campaignDetailSchema>;
/** GET /api/v1/crm/campaigns/{id}/recipients: a page of recipients, optionally at one furthest status. */
export type RecipientList = z.output<typeof campaigns.recipientListSchema>;
export type Recipient = CampaignDetail['recipients'][number];
export type CampaignPreview = z.output<typeof campaigns.campaignPreviewSchema>;
export type AudienceCount = z.output<typeof campaigns.audienceCountSchema>;
/** The words a template may use; anything else in double braces is refused by the server. */
export const PLACEHOLDERS: typeof campaigns.PLACEHOLDERS = ['name', 'city', 'website', 'site_url', 'owner', 'email', 'phone', 'source'];

export type CrmFunnel = z.output<typeof analytics.funnelSchema>;
export type FunnelStage = CrmFunnel['stages'][number]['key'];
export type CrmRevenue = z.output<typeof analytics.revenueSchema>;

export type CrmSettings = z.output<typeof settings.crmSettingsSchema>;
export type CrmSettingsInput = z.input<typeof settings.updateCrmSettingsBody>;
export type CrmConnectionTest = z.output<typeof settings.crmConnectionTestSchema>;
/** What a businesses CSV import did, row by row. */
export type BusinessCsvImport = z.output<typeof businesses.csvImportReportSchema>;
