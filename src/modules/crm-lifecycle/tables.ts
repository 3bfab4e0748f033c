// Row types of the crm-lifecycle tables, merged into the core's Database interface.
import type { GeneratedAlways, Selectable } from 'kysely';

/** A prospect of the agency: one business, its three statuses, and when it first reached each milestone. */
export interface BusinessTable {
  id: string;
  workspace_id: string;
  /** The core contact (consent per channel lives there). */
  contact_id: string | null;
  name: string;
  /** E.164; unique per workspace when set. */
  phone: string | null;
  /** Lower-cased; unique per workspace when set. */
  email: string | null;
  website: string | null;
  city: string | null;
  source: string | null;
  owner: string | null;
  contact_status: string;
  website_status: string;
  subscription_status: string;
  /** The provider's time of the event that set subscription_status (null when a person set it). */
  subscription_event_at: number | null;
  subscription_id: string | null;
  /** Recurrente's customer id (`us_…`), learnt from the first payment. */
  customer_ref: string | null;
  site_url: string | null;
  /** Lower-cased name, email, phone, city and website, for search. */
  search_text: string;
  /** The campaign that last reached this business (for revenue attribution). */
  last_campaign_id: string | null;
  contacted_at: number | null;
  opened_at: number | null;
  clicked_at: number | null;
  replied_at: number | null;
  purchased_at: number | null;
  unsubscribed_at: number | null;
  bounced_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One applied status change, with what caused it: an event, a campaign or a person. */
export interface StatusChangeTable {
  id: string;
  workspace_id: string;
  business_id: string;
  field: string;
  from_status: string;
  to_status: string;
  /** event, campaign or user */
  cause: string;
  /** What exactly: `twilio delivered`, `email sent`, `site_deployed`, `person`… */
  detail: string;
  /** The same as a note (`{"code":"crm_change.sms_delivered","values":{…}}`, JSON) for the dashboard to word; null on older rows. */
  note: string | null;
  actor_type: string;
  actor_id: string | null;
  reason: string | null;
  campaign_id: string | null;
  event_id: string | null;
  at: number;
}

/** A message to or from a business: outbound campaign sends and inbound SMS replies. */
export interface MessageTable {
  id: string;
  workspace_id: string;
  business_id: string;
  /** in or out */
  direction: string;
  /** sms or email */
  channel: string;
  campaign_id: string | null;
  delivery_id: string | null;
  /** Twilio's SM… sid or the email's Message-ID: status callbacks find their message by it. */
  provider_ref: string | null;
  subject: string | null;
  body: string | null;
  status: string;
  error_code: string | null;
  created_at: number;
  updated_at: number;
}

export interface CampaignTable {
  id: string;
  workspace_id: string;
  name: string;
  /** email or sms */
  channel: string;
  subject: string | null;
  body: string;
  /** JSON AudienceFilter. */
  audience: string;
  rate_per_minute: number;
  /** draft, sending, paused, finished */
  status: string;
  /** The last business id handed a delivery: the send resumes after it. */
  cursor: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
}

/** One business of one campaign: the primary key is what makes "never twice" hold. */
export interface RecipientTable {
  workspace_id: string;
  campaign_id: string;
  business_id: string;
  delivery_id: string | null;
  /** queued (handed a delivery, whose row says sent/failed/dead/cancelled) or skipped (never handed one). */
  status: string;
  /** Why it was skipped, or the provider's error code of a bounce. */
  error: string | null;
  /** When the provider accepted the message (set with the outgoing message row). */
  sent_at: number | null;
  delivered_at: number | null;
  bounced_at: number | null;
  opened_at: number | null;
  clicked_at: number | null;
  replied_at: number | null;
  unsubscribed_at: number | null;
  purchased_at: number | null;
  created_at: number;
  updated_at: number;
  /** Computed by the database from the facts above (campaigns/recipient-progress.ts): never written. */
  furthest_status: GeneratedAlways<string>;
}

/** Counts per status triple and funnel depth, kept by triggers on crm_businesses (funnel-counts.ts). */
export interface FunnelCountTable {
  workspace_id: string;
  contact_status: string;
  website_status: string;
  subscription_status: string;
  depth: number;
  n: number;
}

/** Counts per campaign and figure, kept by triggers on crm_recipients (campaigns/recipient-progress.ts). */
export interface CampaignCountTable {
  workspace_id: string;
  campaign_id: string;
  figure: string;
  n: number;
}

/** SQLite's search index over crm_businesses, keyed by its rowid (businesses/search-index.ts): read, never written by code. */
export interface BusinessSearchTable {
  search_text: string;
}

/** A tracking token in an email: the open pixel, a rewritten link, or the unsubscribe link. */
export interface TrackingLinkTable {
  token: string;
  workspace_id: string;
  business_id: string;
  campaign_id: string | null;
  delivery_id: string | null;
  /** open, click or unsubscribe */
  kind: string;
  url: string | null;
  used_at: number | null;
  created_at: number;
}

/** A successful Recurrente payment, attributed to the campaign that last reached the business. */
export interface PaymentTable {
  id: string;
  workspace_id: string;
  business_id: string;
  campaign_id: string | null;
  /** Recurrente's payment id (pa_…) or the event id: one row per payment. */
  payment_ref: string;
  amount_cents: number;
  currency: string;
  event_type: string;
  event_id: string | null;
  paid_at: number;
}

export type BusinessRow = Selectable<BusinessTable>;
export type StatusChangeRow = Selectable<StatusChangeTable>;
export type MessageRow = Selectable<MessageTable>;
export type CampaignRow = Selectable<CampaignTable>;
export type RecipientRow = Selectable<RecipientTable>;

declare module '../../db/database.js' {
  interface Database {
    crm_businesses: BusinessTable;
    crm_status_changes: StatusChangeTable;
    crm_messages: MessageTable;
    crm_campaigns: CampaignTable;
    crm_recipients: RecipientTable;
    crm_tracking_links: TrackingLinkTable;
    crm_payments: PaymentTable;
    crm_funnel_counts: FunnelCountTable;
    crm_campaign_counts: CampaignCountTable;
    crm_business_search: BusinessSearchTable;
  }
}
