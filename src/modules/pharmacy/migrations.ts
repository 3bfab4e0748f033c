// Tables of the pharmacy module: staff, sheet contacts, the call log, customers, purchases and refill reminders.
import { type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { millisType } from '../../db/dialect.js';

export function pharmacyMigrations(dialect: Dialect): Record<string, Migration> {
  const ms = millisType(dialect);
  return {
    '2026-12-04-1100-pharmacy-staff-contacts': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('pharmacy_staff')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('staff_code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text')
          .addColumn('max_contacts_per_day', 'integer', (c) => c.notNull())
          .addColumn('user_id', 'text')
          .addColumn('active', 'integer', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_staff_code').unique().on('pharmacy_staff').columns(['workspace_id', 'staff_code']).execute();

        await db.schema
          .createTable('pharmacy_contacts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text')
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('name', 'text')
          .addColumn('address', 'text')
          .addColumn('city', 'text')
          .addColumn('notes', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('whatsapp_status', 'text')
          .addColumn('whatsapp_source', 'text')
          .addColumn('whatsapp_checked_at', ms)
          .addColumn('upload_id', 'text')
          .addColumn('materials_queued_at', ms)
          .addColumn('last_staff_code', 'text')
          .addColumn('last_interaction_at', ms)
          .addColumn('converted_at', ms)
          .addColumn('conversion_value', 'double precision')
          .addColumn('converted_by_staff_code', 'text')
          .addColumn('customer_id', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // The phone is the identity: one sheet contact per number, however many sheets name it.
        await db.schema.createIndex('pharmacy_contacts_phone').unique().on('pharmacy_contacts').columns(['workspace_id', 'phone']).execute();
        await db.schema.createIndex('pharmacy_contacts_status').on('pharmacy_contacts').columns(['workspace_id', 'status', 'created_at']).execute();
        await db.schema.createIndex('pharmacy_contacts_upload').on('pharmacy_contacts').columns(['workspace_id', 'upload_id']).execute();
        await db.schema
          .createIndex('pharmacy_contacts_unchecked')
          .on('pharmacy_contacts')
          .columns(['workspace_id', 'whatsapp_status'])
          .execute();
      },
    },
    '2026-12-04-1101-pharmacy-calls': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('pharmacy_contacts').addColumn('assigned_staff_code', 'text').execute();
        await db.schema.alterTable('pharmacy_contacts').addColumn('assigned_day', 'text').execute();
        await db.schema.createIndex('pharmacy_contacts_assigned').on('pharmacy_contacts').columns(['workspace_id', 'assigned_staff_code']).execute();

        await db.schema
          .createTable('pharmacy_interactions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text', (c) => c.notNull())
          .addColumn('staff_code', 'text', (c) => c.notNull())
          .addColumn('interaction_type', 'text', (c) => c.notNull())
          .addColumn('notes', 'text')
          .addColumn('customer_response', 'text')
          .addColumn('next_action', 'text')
          .addColumn('call_duration', 'integer')
          .addColumn('call_successful', 'integer')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_interactions_contact').on('pharmacy_interactions').columns(['workspace_id', 'contact_id', 'created_at']).execute();
        await db.schema.createIndex('pharmacy_interactions_staff').on('pharmacy_interactions').columns(['workspace_id', 'staff_code', 'created_at']).execute();

        await db.schema
          .createTable('pharmacy_follow_ups')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text', (c) => c.notNull())
          .addColumn('staff_code', 'text')
          .addColumn('remind_at', ms, (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('done_at', ms)
          .addColumn('created_by', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_follow_ups_due').on('pharmacy_follow_ups').columns(['workspace_id', 'remind_at']).execute();
        await db.schema.createIndex('pharmacy_follow_ups_contact').on('pharmacy_follow_ups').columns(['workspace_id', 'contact_id']).execute();
      },
    },
    '2026-12-04-1102-pharmacy-customers': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('pharmacy_customers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text')
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('name', 'text')
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('age', 'integer')
          .addColumn('gender', 'text')
          .addColumn('address', 'text')
          .addColumn('chronic_conditions_sealed', 'text')
          .addColumn('allergies_sealed', 'text')
          .addColumn('source_contact_id', 'text')
          .addColumn('purchase_count', 'integer', (c) => c.notNull())
          .addColumn('total_spent', 'double precision', (c) => c.notNull())
          .addColumn('first_purchase_at', ms)
          .addColumn('last_purchase_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_customers_phone').unique().on('pharmacy_customers').columns(['workspace_id', 'phone']).execute();
        await db.schema.createIndex('pharmacy_customers_category').on('pharmacy_customers').columns(['workspace_id', 'category']).execute();

        await db.schema
          .createTable('pharmacy_purchases')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('customer_id', 'text', (c) => c.notNull())
          .addColumn('total_amount', 'double precision', (c) => c.notNull())
          .addColumn('credited_staff_code', 'text')
          .addColumn('created_by', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_purchases_time').on('pharmacy_purchases').columns(['workspace_id', 'created_at']).execute();
        await db.schema.createIndex('pharmacy_purchases_customer').on('pharmacy_purchases').columns(['workspace_id', 'customer_id', 'created_at']).execute();

        await db.schema
          .createTable('pharmacy_purchase_items')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('purchase_id', 'text', (c) => c.notNull())
          .addColumn('customer_id', 'text', (c) => c.notNull())
          .addColumn('medicine_name', 'text', (c) => c.notNull())
          .addColumn('brand_name', 'text')
          .addColumn('generic_name', 'text')
          .addColumn('quantity', 'double precision', (c) => c.notNull())
          .addColumn('unit_price', 'double precision', (c) => c.notNull())
          .addColumn('total_amount', 'double precision', (c) => c.notNull())
          .addColumn('is_generic', 'integer', (c) => c.notNull())
          .addColumn('is_prescription', 'integer', (c) => c.notNull())
          .addColumn('duration_days', 'integer')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_purchase_items_purchase').on('pharmacy_purchase_items').columns(['workspace_id', 'purchase_id']).execute();
        await db.schema.createIndex('pharmacy_purchase_items_customer').on('pharmacy_purchase_items').columns(['workspace_id', 'customer_id']).execute();

        await db.schema
          .createTable('pharmacy_refill_reminders')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('customer_id', 'text', (c) => c.notNull())
          .addColumn('purchase_item_id', 'text', (c) => c.notNull())
          .addColumn('medicine_name', 'text', (c) => c.notNull())
          .addColumn('reminder_date', 'text', (c) => c.notNull())
          .addColumn('notification_sent', 'integer', (c) => c.notNull())
          .addColumn('notified_at', ms)
          .addColumn('delivery_id', 'text')
          .addColumn('customer_purchased', 'integer', (c) => c.notNull())
          .addColumn('cancelled_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('pharmacy_refill_reminders_due').on('pharmacy_refill_reminders').columns(['workspace_id', 'reminder_date']).execute();
        await db.schema.createIndex('pharmacy_refill_reminders_customer').on('pharmacy_refill_reminders').columns(['workspace_id', 'customer_id', 'reminder_date']).execute();
      },
    },
    '2026-12-06-1300-pharmacy-generic-informed': {
      // When staff explained the generic: the customer's generic share is counted from then on.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('pharmacy_customers').addColumn('generic_informed_at', ms).execute();
      },
    },
  };
}
