// Row types of the scalev-leads tables, merged into the core's Database interface.
import type { Generated, Selectable } from 'kysely';

/** One product (optionally one sales person) whose orders become leads, with its three Mailketing lists. */
export interface ProductListTable {
  id: string;
  workspace_id: string;
  store_id: string;
  store_name: string;
  product_id: string;
  product_name: string;
  sku: string | null;
  /** JSON array of the product's variant unique ids (the 4th matching rule). */
  variant_unique_ids: string;
  /** JSON array of every chosen variant's SKU (the 1st matching rule; `sku` is the first of them). */
  variant_skus: string;
  sales_person_id: string | null;
  sales_person_name: string | null;
  /** Lower-cased; null means every sales person. */
  sales_person_email: string | null;
  /** '' when sales_person_email is null: lets one unique index reject duplicates on both dialects. */
  sales_person_key: string;
  mailketing_list_followup: string;
  mailketing_list_closing: string;
  mailketing_list_not_closing: string;
  /** ISO-8601 duration overriding the workspace's delay, e.g. P3D. */
  not_closing_after: string | null;
  created_at: number;
  updated_at: number;
}

export interface LeadTable {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  product_list_id: string;
  /** ScaleV's order code (data.order_id). */
  order_id: string;
  /** ScaleV's order primary key (data.id), when known. */
  order_pk: string | null;
  store_name: string | null;
  product_name: string;
  customer_name: string | null;
  customer_email: string | null;
  customer_phone: string | null;
  sales_person_name: string | null;
  sales_person_email: string | null;
  /** What the lead is worth, minor units (cents); null when the order carried no amount. */
  amount_cents: number | null;
  /** ISO 4217, e.g. IDR; null with amount_cents. */
  currency: string | null;
  /** follow_up, closing, not_closing */
  stage: string;
  /** The Mailketing list this lead was last sent to. */
  mailketing_list_id: string | null;
  /** Lower-cased name, email and phone, for search. */
  search_text: string;
  order_created_at: number;
  paid_at: number | null;
  not_closing_at: number | null;
  /** When the lead moves to Not Closing unless paid (null once it left Follow Up). */
  expires_at: number | null;
  last_checked_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Lead counts per product entry, sales person and stage, kept in the same transaction as every move. */
export interface LeadCountTable {
  workspace_id: string;
  product_list_id: string;
  sales_person_key: string;
  stage: string;
  count: number;
  /** The summed amount_cents of those leads (ScaleV: rupiah cents). */
  value_cents: Generated<number>;
}

export type ProductListRow = Selectable<ProductListTable>;
export type LeadRow = Selectable<LeadTable>;

declare module '../../db/database.js' {
  interface Database {
    scalev_product_lists: ProductListTable;
    scalev_leads: LeadTable;
    scalev_lead_counts: LeadCountTable;
  }
}
