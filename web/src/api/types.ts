// Shapes of the API's answers the dashboard reads (see GET /api/openapi.json). Times are UTC epoch milliseconds.
import type * as server from '../../../src/core/auth/roles.ts';

/** The server's roles, most powerful first (a copy the type check keeps equal to src/core/auth/roles.ts). */
export const ROLES: typeof server.ROLES = ['owner', 'admin', 'marketing', 'sales', 'staff'];
export type Role = (typeof ROLES)[number];

export const STAGES = ['follow_up', 'closing', 'not_closing'] as const;
export type Stage = (typeof STAGES)[number];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  /** IANA time zone, e.g. Asia/Jakarta. */
  timezone: string;
  country: string;
  /** ISO 4217, e.g. IDR. */
  currency: string;
  /** <PUBLIC_URL>/webhooks (GET /api/workspace only). */
  webhook_base?: string;
}

export interface Me {
  kind: 'session' | 'token';
  role: Role;
  user: SessionUser | null;
  token: { id: string; name: string } | null;
  csrf_token: string | null;
  workspace: Workspace;
}

export interface SignedIn {
  user: SessionUser;
  csrf_token: string;
}

export interface Lead {
  id: string;
  stage: Stage;
  order_id: string;
  product_list_id: string;
  product_name: string;
  store_name: string | null;
  customer_name: string | null;
  customer_email: string | null;
  customer_phone: string | null;
  sales_person_name: string | null;
  sales_person_email: string | null;
  mailketing_list_id: string | null;
  order_created_at: number;
  paid_at: number | null;
  not_closing_at: number | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface LeadPage {
  items: Lead[];
  next_cursor: string | null;
}

export interface StageChange {
  id: number | string;
  from: Stage | null;
  to: Stage;
  cause: string;
  actor_type: string;
  actor_id: string | null;
  /** The person's name, for moves made by a signed-in user. */
  actor_name?: string | null;
  reason: string | null;
  event_id: string | null;
  at: number;
}

export interface LeadDelivery {
  id: string;
  provider: string;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  response: unknown;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface LeadEvent {
  id: string;
  type: string;
  status: EventStatus;
  outcome: string | null;
  received_at: number;
}

export interface LeadDetail extends Lead {
  timer: { job_id: number; moves_to: Stage; at: number } | null;
  history: StageChange[];
  deliveries: LeadDelivery[];
  events: LeadEvent[];
}

export interface LeadActionResult {
  outcome: string;
  lead?: Lead;
}

type StageFigures = Record<Stage, number>;

export interface LeadStats {
  counts: StageFigures;
  total: number;
  /** Closing ÷ all leads, 0..1. */
  conversion_rate: number;
  per_product: Array<StageFigures & { product_list_id: string; product_name: string | null; store_name: string | null; conversion_rate: number }>;
  per_sales_person: Array<StageFigures & { sales_person_email: string | null; conversion_rate: number }>;
  recent: Lead[];
}

export interface DailyLeads {
  days: Array<StageFigures & { date: string }>;
}

export interface Alerts {
  failed_deliveries: number;
  dead_deliveries: number;
  dead_jobs: number;
  rejected_webhooks_last_day: number;
  latest_rejections: Array<{ id: string; source: string; reason: string; status_code: number; received_at: number }>;
}

export interface ProductListEntry {
  id: string;
  store_id: string;
  store_name: string;
  product_id: string;
  product_name: string;
  sku: string | null;
  variant_unique_ids: string[];
  sales_person_id: string | null;
  sales_person_name: string | null;
  sales_person_email: string | null;
  mailketing_list_followup: string;
  mailketing_list_closing: string;
  mailketing_list_not_closing: string;
  not_closing_after: string | null;
  created_at: number;
  updated_at: number;
}

/** The body of POST/PUT /api/product-lists. */
export type ProductListInput = Omit<ProductListEntry, 'id' | 'created_at' | 'updated_at'>;

export interface Store {
  id: string;
  unique_id: string;
  name: string;
}

export interface Product {
  id: string;
  name: string;
  variants: Array<{ id: string; unique_id: string; name: string; sku: string | null }>;
}

export interface SalesPerson {
  id: string;
  name: string;
  email: string;
}

export interface MailketingList {
  id: string;
  name: string;
}

export interface Items<T> {
  items: T[];
  next_cursor?: string | null;
}

export interface IntegrationSettings {
  /** Masked (••••••abcd) or null when not set. */
  scalev_api_key: string | null;
  scalev_webhook_secret: string | null;
  mailketing_api_token: string | null;
  /** ISO-8601 duration, e.g. P7D. */
  not_closing_after: string;
  webhook_url: string;
}

export interface ConnectionTest {
  ok: boolean;
  message: string;
  stores?: string[];
  lists?: string[];
}

export type EventStatus = 'pending' | 'processed' | 'skipped' | 'failed';

export interface WebhookEvent {
  id: string;
  source: string;
  type: string;
  provider_event_id: string | null;
  status: EventStatus;
  outcome: string | null;
  received_at: number;
  processed_at: number | null;
  verified: boolean;
}

export interface WebhookEventDetail extends WebhookEvent {
  headers: Record<string, string>;
  /** The raw body as received. */
  body: string;
}

export interface Rejection {
  id: string;
  source: string;
  reason: string;
  status_code: number;
  remote_addr: string | null;
  received_at: number;
}

/** A page of a list: pass next_cursor back as `cursor` for the next one, until it is null. */
export interface Paged<T> {
  items: T[];
  next_cursor: string | null;
}

export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'dead' | 'cancelled';

export interface Delivery {
  id: string;
  channel: string;
  provider: string;
  target: string;
  payload: unknown;
  status: DeliveryStatus;
  attempts: number;
  response: unknown;
  last_error: string | null;
  contact_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export interface Job {
  id: number;
  name: string;
  status: 'queued' | 'running' | 'done' | 'dead' | 'cancelled';
  payload: unknown;
  run_at: number;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: number;
  disabled_at: number | null;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  created_by: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  role: Role;
  /** Shown once: only its hash is stored. */
  token: string;
}
