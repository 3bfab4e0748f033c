// Tables of the scalev-leads module: product lists, leads, and per-product/per-sales-person counters.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { millisType } from '../../db/dialect.js';

export function scalevLeadsMigrations(dialect: Dialect): Record<string, Migration> {
  const ms = millisType(dialect);
  return {
    '2026-11-22-0100-scalev-leads': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('scalev_product_lists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('store_id', 'text', (c) => c.notNull())
          .addColumn('store_name', 'text', (c) => c.notNull())
          .addColumn('product_id', 'text', (c) => c.notNull())
          .addColumn('product_name', 'text', (c) => c.notNull())
          .addColumn('sku', 'text')
          .addColumn('variant_unique_ids', 'text', (c) => c.notNull())
          .addColumn('sales_person_id', 'text')
          .addColumn('sales_person_name', 'text')
          .addColumn('sales_person_email', 'text')
          .addColumn('sales_person_key', 'text', (c) => c.notNull())
          .addColumn('mailketing_list_followup', 'text', (c) => c.notNull())
          .addColumn('mailketing_list_closing', 'text', (c) => c.notNull())
          .addColumn('mailketing_list_not_closing', 'text', (c) => c.notNull())
          .addColumn('not_closing_after', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('scalev_product_lists_unique')
          .unique()
          .on('scalev_product_lists')
          .columns(['workspace_id', 'store_id', 'product_id', 'sales_person_key'])
          .execute();

        await db.schema
          .createTable('scalev_leads')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text')
          .addColumn('product_list_id', 'text', (c) => c.notNull())
          .addColumn('order_id', 'text', (c) => c.notNull())
          .addColumn('order_pk', 'text')
          .addColumn('store_name', 'text')
          .addColumn('product_name', 'text', (c) => c.notNull())
          .addColumn('customer_name', 'text')
          .addColumn('customer_email', 'text')
          .addColumn('customer_phone', 'text')
          .addColumn('sales_person_name', 'text')
          .addColumn('sales_person_email', 'text')
          .addColumn('stage', 'text', (c) => c.notNull())
          .addColumn('mailketing_list_id', 'text')
          .addColumn('search_text', 'text', (c) => c.notNull())
          .addColumn('order_created_at', ms, (c) => c.notNull())
          .addColumn('paid_at', ms)
          .addColumn('not_closing_at', ms)
          .addColumn('expires_at', ms)
          .addColumn('last_checked_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // One lead per order and product entry: a replayed or repeated order.created can never make a second.
        await db.schema.createIndex('scalev_leads_order').unique().on('scalev_leads').columns(['workspace_id', 'order_id', 'product_list_id']).execute();
        // The list's filters, each newest first.
        await db.schema.createIndex('scalev_leads_recent').on('scalev_leads').columns(['workspace_id', 'created_at', 'id']).execute();
        await db.schema.createIndex('scalev_leads_stage').on('scalev_leads').columns(['workspace_id', 'stage', 'created_at', 'id']).execute();
        await db.schema.createIndex('scalev_leads_product').on('scalev_leads').columns(['workspace_id', 'product_list_id', 'created_at', 'id']).execute();
        await db.schema.createIndex('scalev_leads_sales').on('scalev_leads').columns(['workspace_id', 'sales_person_email', 'created_at', 'id']).execute();
        await db.schema
          .createIndex('scalev_leads_unpaid')
          .on('scalev_leads')
          .columns(['workspace_id', 'order_created_at'])
          .where(sql<boolean>`stage = 'follow_up'`)
          .execute();

        await db.schema
          .createTable('scalev_lead_counts')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('product_list_id', 'text', (c) => c.notNull())
          .addColumn('sales_person_key', 'text', (c) => c.notNull())
          .addColumn('stage', 'text', (c) => c.notNull())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('scalev_lead_counts_pk', ['workspace_id', 'product_list_id', 'sales_person_key', 'stage'])
          .execute();
      },
    },
    // Every variant's SKU of the entry's product, not only the first: each variant's orders match by SKU.
    '2026-12-04-1300-scalev-product-list-skus': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('scalev_product_lists').addColumn('variant_skus', 'text', (c) => c.notNull().defaultTo('[]')).execute();
        const rows = await db.selectFrom('scalev_product_lists').select(['id', 'sku']).where('sku', 'is not', null).execute();
        for (const row of rows as { id: string; sku: string }[]) {
          if (row.sku.trim() !== '') await db.updateTable('scalev_product_lists').set({ variant_skus: JSON.stringify([row.sku.trim()]) }).where('id', '=', row.id).execute();
        }
      },
    },
    // What each lead is worth, and the sum per counter row, so the money figures cost what the counts cost.
    // Leads made before this have no amount (null) and add nothing to the sums.
    '2026-12-04-1370-scalev-lead-amounts': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('scalev_leads').addColumn('amount_cents', 'bigint').execute();
        await db.schema.alterTable('scalev_leads').addColumn('currency', 'text').execute();
        await db.schema.alterTable('scalev_lead_counts').addColumn('value_cents', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
      },
    },
  };
}
