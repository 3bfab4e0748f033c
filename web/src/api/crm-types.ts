// Shapes of the crm-lifecycle module's answers (a web agency's prospects, campaigns, funnel). Times are UTC epoch ms.

export const CONTACT_STATUSES = ['pending', 'emailed', 'sms_sent', 'bounced', 'opened', 'clicked', 'replied', 'purchased', 'unsubscribed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const WEBSITE_STATUSES = ['none', 'generating', 'generated', 'deployed', 'sold', 'archived'] as const;
export type WebsiteStatus = (typeof WEBSITE_STATUSES)[number];
export const SUBSCRIPTION_STATUSES = ['none', 'active', 'past_due', 'paused', 'cancelled'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The three status fields of a business, and the values each can take. */
export const STATUS_FIELDS = {
  contact_status: CONTACT_STATUSES,
  website_status: WEBSITE_STATUSES,
  subscription_status: SUBSCRIPTION_STATUSES,
} as const;
export type StatusField = keyof typeof STATUS_FIELDS;
export const STATUS_FIELD_NAMES = Object.keys(STATUS_FIELDS) as StatusField[];

export interface Business {
  /** biz_… */
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  city: string | null;
  source: string | null;
  owner: string | null;
  contact_status: ContactStatus;
  website_status: WebsiteStatus;
  subscription_status: SubscriptionStatus;
  /** The site generated for this business, from site events. */
  site_url: string | null;
  created_at: number;
  updated_at: number;
  contacted_at: number | null;
  opened_at: number | null;
  clicked_at: number | null;
  replied_at: number | null;
  purchased_at: number | null;
  unsubscribed_at: number | null;
  bounced_at: number | null;
}

export interface BusinessPage {
  items: Business[];
  next_cursor: string | null;
  /** How many match the filters, across every page. */
  /** Stops at 10,000: `total_capped` then says there are more. */
  total: number;
  total_capped: boolean;
}

/** Values in use, for the filter drop-downs. */
export interface CrmFacets {
  cities: string[];
  sources: string[];
  owners: string[];
}

/** The body of POST /api/v1/crm/businesses (one business; phone or email required). */
export interface BusinessInput {
  name: string;
  phone?: string;
  email?: string;
  website?: string;
  city?: string;
  source?: string;
  owner?: string;
}

export interface BusinessCreated {
  id: string;
  /** false: a business with this phone or email already existed, and that one is returned. */
  created: boolean;
  business: Business;
}

export type TimelineEntry =
  | {
      kind: 'status';
      at: number;
      field: StatusField;
      from: string;
      to: string;
      cause: 'event' | 'campaign' | 'user';
      /** What exactly: `twilio delivered`, `email sent`, `site_deployed`… */
      detail: string;
      actor_name: string | null;
      reason: string | null;
      campaign_id: string | null;
      event_id: string | null;
    }
  | {
      kind: 'message';
      at: number;
      direction: 'in' | 'out';
      channel: Channel;
      subject: string | null;
      body: string | null;
      status: string;
      campaign_id: string | null;
      error_code: string | null;
    }
  | { kind: 'payment'; at: number; amount_cents: number; currency: string; campaign_id: string | null; event_type: string };

export interface Consent {
  channel: string;
  status: string;
  source: string;
  changed_at: number;
}

export interface BusinessDetail extends Business {
  /** Newest first. */
  timeline: TimelineEntry[];
  consents: Consent[];
}

export type Channel = 'email' | 'sms';

export interface AudienceFilter {
  contact_status?: ContactStatus[];
  website_status?: WebsiteStatus[];
  subscription_status?: SubscriptionStatus[];
  city?: string;
  source?: string;
  owner?: string;
  q?: string;
}

/** Amounts in minor units (cents) per currency: payments can come in more than one. */
export interface Amount {
  currency: string;
  amount_cents: number;
}

export interface CampaignFigures {
  audience: number;
  queued: number;
  sent: number;
  delivered: number;
  bounced: number;
  failed: number;
  skipped: number;
  opened: number;
  clicked: number;
  replied: number;
  unsubscribed: number;
  purchased: number;
  revenue: Amount[];
}

export const CAMPAIGN_STATUSES = ['draft', 'sending', 'paused', 'finished'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface Campaign {
  id: string;
  name: string;
  channel: Channel;
  subject: string | null;
  body: string;
  audience: AudienceFilter;
  rate_per_minute: number;
  status: CampaignStatus;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
  figures: CampaignFigures;
}

/** The body of POST and PATCH /api/v1/crm/campaigns. */
export interface CampaignInput {
  name: string;
  channel: Channel;
  subject?: string | null;
  body: string;
  audience: AudienceFilter;
  rate_per_minute?: number;
}

export const RECIPIENT_STATUSES = ['queued', 'sent', 'delivered', 'bounced', 'failed', 'skipped', 'paused'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export interface Recipient {
  business_id: string;
  business_name: string;
  status: RecipientStatus;
  error: string | null;
  at: number;
}

export interface CampaignDetail extends Campaign {
  /** The newest 200. */
  recipients: Recipient[];
}

export interface CampaignPreview {
  subject: string | null;
  body: string;
}

/** The words a template may use; anything else in double braces is refused by the server. */
export const PLACEHOLDERS = ['name', 'city', 'website', 'site_url', 'owner', 'email', 'phone', 'source'] as const;

export const FUNNEL_STAGES = ['created', 'contacted', 'engaged', 'replied', 'purchased'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface CrmFunnel {
  from: number | null;
  to: number | null;
  stages: Array<{ key: FunnelStage; count: number; rate_from_previous: number | null; rate_from_first: number | null }>;
  contact_status: Record<ContactStatus, number>;
  website_status: Record<WebsiteStatus, number>;
  subscription_status: Record<SubscriptionStatus, number>;
}

export interface CrmRevenue {
  items: Array<{ campaign_id: string | null; campaign_name: string | null; payments: number; amounts: Amount[] }>;
}

export interface CrmSettings {
  twilio_account_sid: string | null;
  /** Masked (••••••abcd) or null when not set. */
  twilio_auth_token: string | null;
  twilio_from: string | null;
  twilio_messaging_service_sid: string | null;
  recurrente_webhook_secret: string | null;
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_secure: boolean;
  smtp_user: string | null;
  smtp_password: string | null;
  smtp_from: string | null;
  send_rate_per_minute: number;
  webhook_urls: { twilio_status: string; twilio_inbound: string; recurrente: string };
}
