// Row types of every core table. Times are UTC epoch milliseconds; JSON columns hold text; booleans are 0/1.
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

/** A bigint epoch-millisecond column (pg returns int8 as number: see db/connect.ts). */
type Millis = number;

export interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  /** IANA zone used for display and local-time rules, e.g. Asia/Jakarta. */
  timezone: string;
  /** ISO 3166 country used to read local phone numbers, e.g. ID. */
  country: string;
  currency: string;
  /** JSON {days, start, end} (core/schedule/business-hours.ts); null: always open. */
  business_hours: string | null;
  created_at: Millis;
}

export interface UserTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  created_at: Millis;
  disabled_at: Millis | null;
}

export interface SessionTable {
  /** sha256 of the cookie value; the value itself is never stored. */
  id: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Millis;
  expires_at: Millis;
}

export interface ApiTokenTable {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: Millis;
  last_used_at: Millis | null;
  revoked_at: Millis | null;
}

export interface SettingTable {
  workspace_id: string;
  namespace: string;
  /** Non-secret values, JSON. */
  data: string;
  /** Secret values, JSON encrypted with the server key (core/secrets.ts). */
  secrets: string | null;
  updated_at: Millis;
}

export interface InboxEventTable {
  id: string;
  workspace_id: string;
  source: string;
  type: string;
  provider_event_id: string;
  serial_key: string | null;
  raw_body: string;
  headers: string;
  received_at: Millis;
  /** 1 when the signature was checked and matched. */
  verified: number;
  /** pending, processed, skipped, failed */
  status: string;
  outcome: string | null;
  processed_at: Millis | null;
  /** JSON `{ "<module>": { status, outcome, at } }`: each subscribing module's own outcome; null before fan-out. */
  module_outcomes: string | null;
}

/** The last connection test of a provider in a workspace (core/setup.ts). */
export interface ProviderCheckTable {
  workspace_id: string;
  provider: string;
  /** 1 when the test passed. */
  ok: number;
  /** The error code of a failed test (provider_rejected_key, provider_error, provider_not_configured…). */
  error_code: string | null;
  /** A hash of the provider's stored settings row when tested ('' when nothing was stored); a change makes the result stale. */
  settings_version: string;
  tested_at: Millis;
}

export interface WebhookRejectionTable {
  id: string;
  workspace_id: string;
  source: string;
  reason: string;
  status_code: number;
  remote_addr: string | null;
  received_at: Millis;
  /** Rejections this row stands for: 1, or a flood beyond the per-minute sample counted into one row. */
  count: number;
}

export interface JobTable {
  id: Generated<number>;
  workspace_id: string;
  name: string;
  payload: string;
  /** Jobs sharing a serial key run one at a time, in id order. */
  serial_key: string | null;
  /** At most one queued job per key: used to replace, debounce and cancel. */
  job_key: string | null;
  /** queued, running, done, dead, cancelled */
  status: string;
  run_at: Millis;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: Millis | null;
  last_error: string | null;
  progress: string | null;
  created_at: Millis;
  updated_at: Millis;
  finished_at: Millis | null;
}

export interface DeliveryTable {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  /** The module that asked for it: its delivery gates and hooks apply (scalev-leads, crm-lifecycle). */
  module: string;
  /** 1: sent only inside the workspace's business hours (a proactive WhatsApp message); 0: whenever due. */
  business_hours_only: number;
  channel: string;
  provider: string;
  target: string;
  payload: string;
  /** queued, sent, delivered, failed, dead, cancelled */
  status: string;
  attempts: number;
  idempotency_key: string;
  response: string | null;
  last_error: string | null;
  created_at: Millis;
  updated_at: Millis;
  sent_at: Millis | null;
  /** Time from creation to the provider's acceptance, ms. */
  latency_ms: number | null;
}

export interface StageHistoryTable {
  id: string;
  workspace_id: string;
  pipeline: string;
  subject_id: string;
  from_stage: string | null;
  to_stage: string;
  cause: string;
  actor_type: string;
  actor_id: string | null;
  reason: string | null;
  event_id: string | null;
  at: Millis;
}

export interface StageCountTable {
  workspace_id: string;
  pipeline: string;
  stage: string;
  count: number;
}

export interface ContactTable {
  id: string;
  workspace_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  merged_into: string | null;
  created_at: Millis;
  updated_at: Millis;
}

export interface ConsentTable {
  workspace_id: string;
  contact_id: string;
  channel: string;
  /** opted_in or opted_out */
  status: string;
  source: string;
  changed_at: Millis;
}

export interface AuditTable {
  id: string;
  workspace_id: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: string | null;
  after: string | null;
  at: Millis;
}

export interface UploadTable {
  id: string;
  workspace_id: string;
  filename: string;
  content_type: string;
  size: number;
  content: ColumnType<Buffer, Buffer, never>;
  purpose: string;
  /** queued, running, done, failed */
  status: string;
  job_id: number | null;
  created_by: string | null;
  created_at: Millis;
  /** Rows (or steps) the job has handled so far, and how many there are (null until the job says). */
  progress_done: number | null;
  progress_total: number | null;
  /** JSON object the job stores when it finishes: counts, per-row problems. */
  result: string | null;
  /** Why the job failed (or why its last attempt did, while it retries). */
  error: string | null;
  updated_at: Millis;
  finished_at: Millis | null;
}

export interface WorkItemTable {
  id: string;
  workspace_id: string;
  /** Which queue: a module's name for it, e.g. `pharmacy.calls`, `wa-assistant.handover`. */
  queue: string;
  /** The module's own row id (a contact, a conversation). */
  item_id: string;
  /** open, claimed, done, released (given back: claimable again). */
  status: string;
  assignee: string | null;
  /** Higher first. */
  priority: number;
  /** Not handed out before this instant. */
  available_at: Millis;
  /** Local day (YYYY-MM-DD) the assignee took it. */
  claimed_day: string | null;
  /** Local day whose cap it counts against: the claim day, moved forward when unfinished work is carried over. */
  counted_day: string | null;
  claimed_at: Millis | null;
  done_at: Millis | null;
  outcome: string | null;
  created_at: Millis;
  updated_at: Millis;
}

export interface WorkDayCountTable {
  workspace_id: string;
  queue: string;
  assignee: string;
  /** Local day, YYYY-MM-DD. */
  day: string;
  /** Items counted against this person's cap that day (claims plus carried-over work). */
  claimed: number;
  updated_at: Millis;
}

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  settings: SettingTable;
  inbox_events: InboxEventTable;
  webhook_rejections: WebhookRejectionTable;
  jobs: JobTable;
  deliveries: DeliveryTable;
  stage_history: StageHistoryTable;
  stage_counts: StageCountTable;
  contacts: ContactTable;
  consents: ConsentTable;
  audit_log: AuditTable;
  uploads: UploadTable;
  work_items: WorkItemTable;
  work_day_counts: WorkDayCountTable;
  provider_checks: ProviderCheckTable;
}

/** The database or an open transaction: callers choose the transaction boundary (style habit 9). */
export type Executor = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';
