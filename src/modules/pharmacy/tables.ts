// Row types of the pharmacy tables (staff, sheet contacts, customers, call log), merged into the core's Database interface.
import type { Selectable } from 'kysely';

/** A person who calls contacts and serves the counter; `staff_code` is how the API names them. */
export interface StaffTable {
  id: string;
  workspace_id: string;
  /** Unique per workspace, e.g. STAFF001. */
  staff_code: string;
  name: string;
  /** E.164, or null. */
  phone: string | null;
  max_contacts_per_day: number;
  /** The signed-in user (role staff) this person is, when linked. */
  user_id: string | null;
  /** 1 active, 0 deactivated (kept for history and credit). */
  active: number;
  created_at: number;
  updated_at: number;
}

/** One person from an uploaded contact sheet: a prospect to message or call until they buy. */
export interface SheetContactTable {
  id: string;
  workspace_id: string;
  /** The core contact (one per person per workspace). */
  contact_id: string | null;
  /** E.164; unique per workspace: the identity of a sheet row. */
  phone: string;
  name: string | null;
  address: string | null;
  city: string | null;
  notes: string | null;
  /** pending, contacted, converted, yellow, inactive */
  status: string;
  /** active, inactive, unknown (the check failed; checked again later), or null before it is known. */
  whatsapp_status: string | null;
  /** sheet (a column said so) or check (WAHA check-exists). */
  whatsapp_source: string | null;
  whatsapp_checked_at: number | null;
  /** The upload that first brought this person in. */
  upload_id: string | null;
  /** When the store's materials were queued for this person (once per contact). */
  materials_queued_at: number | null;
  /** Staff code of the last person who called them (credited on conversion). */
  last_staff_code: string | null;
  last_interaction_at: number | null;
  converted_at: number | null;
  /** The purchase that converted them, its total. */
  conversion_value: number | null;
  converted_by_staff_code: string | null;
  customer_id: string | null;
  /** Staff code of the person the call queue last handed this contact to, and the local day. */
  assigned_staff_code: string | null;
  assigned_day: string | null;
  created_at: number;
  updated_at: number;
}

/** A call or message a staff member logged with a contact. */
export interface InteractionTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  staff_code: string;
  /** call, whatsapp, visit, sms, other */
  interaction_type: string;
  notes: string | null;
  customer_response: string | null;
  next_action: string | null;
  /** Seconds. */
  call_duration: number | null;
  /** 1, 0, or null when not said. */
  call_successful: number | null;
  created_at: number;
}

/** A follow-up a staff member set for a contact ("call again Thursday"). */
export interface FollowUpTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  staff_code: string | null;
  remind_at: number;
  note: string | null;
  done_at: number | null;
  created_by: string | null;
  created_at: number;
}

/** A walk-in customer. Chronic conditions and allergies are sealed (AES-256-GCM with the server key), never stored plain. */
export interface CustomerTable {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  /** E.164; unique per workspace. */
  phone: string;
  name: string | null;
  /** contact_sheet, first_time_prescription, regular_branded, generic_informed */
  category: string;
  age: number | null;
  gender: string | null;
  address: string | null;
  chronic_conditions_sealed: string | null;
  allergies_sealed: string | null;
  /** The sheet contact they came from, when they did. */
  source_contact_id: string | null;
  purchase_count: number;
  total_spent: number;
  first_purchase_at: number | null;
  last_purchase_at: number | null;
  /** When staff explained the generic alternative (category generic_informed); their generic share counts from then. */
  generic_informed_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface PurchaseTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  total_amount: number;
  /** The staff member credited for bringing them (the last caller of their sheet contact). */
  credited_staff_code: string | null;
  created_by: string | null;
  created_at: number;
}

export interface PurchaseItemTable {
  id: string;
  workspace_id: string;
  purchase_id: string;
  customer_id: string;
  medicine_name: string;
  brand_name: string | null;
  generic_name: string | null;
  quantity: number;
  unit_price: number;
  total_amount: number;
  is_generic: number;
  is_prescription: number;
  duration_days: number | null;
  created_at: number;
}

/** One medicine running out: remind the customer on `reminder_date` (local day) unless they bought it again. */
export interface RefillReminderTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  purchase_item_id: string;
  medicine_name: string;
  /** YYYY-MM-DD in the workspace's time zone: purchase day + duration − 3. */
  reminder_date: string;
  notification_sent: number;
  notified_at: number | null;
  delivery_id: string | null;
  customer_purchased: number;
  cancelled_at: number | null;
  created_at: number;
}

export type CustomerRow = Selectable<CustomerTable>;
export type PurchaseRow = Selectable<PurchaseTable>;
export type PurchaseItemRow = Selectable<PurchaseItemTable>;
export type RefillReminderRow = Selectable<RefillReminderTable>;
export type InteractionRow = Selectable<InteractionTable>;
export type FollowUpRow = Selectable<FollowUpTable>;
export type StaffRow = Selectable<StaffTable>;
export type SheetContactRow = Selectable<SheetContactTable>;

declare module '../../db/database.js' {
  interface Database {
    pharmacy_staff: StaffTable;
    pharmacy_contacts: SheetContactTable;
    pharmacy_interactions: InteractionTable;
    pharmacy_follow_ups: FollowUpTable;
    pharmacy_customers: CustomerTable;
    pharmacy_purchases: PurchaseTable;
    pharmacy_purchase_items: PurchaseItemTable;
    pharmacy_refill_reminders: RefillReminderTable;
  }
}
