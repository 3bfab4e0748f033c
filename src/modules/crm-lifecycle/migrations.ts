// Tables of the crm-lifecycle module: businesses, status history, messages, campaigns, recipients, tracking links, payments.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { millisType } from '../../db/dialect.js';

export function crmLifecycleMigrations(dialect: Dialect): Record<string, Migration> {
  const ms = millisType(dialect);
  return {
    '2026-11-22-0200-crm-lifecycle': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('crm_businesses')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text')
          .addColumn('email', 'text')
          .addColumn('website', 'text')
          .addColumn('city', 'text')
          .addColumn('source', 'text')
          .addColumn('owner', 'text')
          .addColumn('contact_status', 'text', (c) => c.notNull())
          .addColumn('website_status', 'text', (c) => c.notNull())
          .addColumn('subscription_status', 'text', (c) => c.notNull())
          .addColumn('subscription_event_at', ms)
          .addColumn('subscription_id', 'text')
          .addColumn('customer_ref', 'text')
          .addColumn('site_url', 'text')
          .addColumn('search_text', 'text', (c) => c.notNull())
          .addColumn('last_campaign_id', 'text')
          .addColumn('contacted_at', ms)
          .addColumn('opened_at', ms)
          .addColumn('clicked_at', ms)
          .addColumn('replied_at', ms)
          .addColumn('purchased_at', ms)
          .addColumn('unsubscribed_at', ms)
          .addColumn('bounced_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // Deduplication of imports: one business per phone and per email.
        await db.schema.createIndex('crm_businesses_phone').unique().on('crm_businesses').columns(['workspace_id', 'phone']).where(sql<boolean>`phone is not null`).execute();
        await db.schema.createIndex('crm_businesses_email').unique().on('crm_businesses').columns(['workspace_id', 'email']).where(sql<boolean>`email is not null`).execute();
        await db.schema.createIndex('crm_businesses_recent').on('crm_businesses').columns(['workspace_id', 'created_at', 'id']).execute();
        await db.schema.createIndex('crm_businesses_contact_status').on('crm_businesses').columns(['workspace_id', 'contact_status', 'created_at']).execute();
        await db.schema.createIndex('crm_businesses_subscription').on('crm_businesses').columns(['workspace_id', 'subscription_id']).execute();
        await db.schema.createIndex('crm_businesses_customer').on('crm_businesses').columns(['workspace_id', 'customer_ref']).execute();

        await db.schema
          .createTable('crm_status_changes')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('business_id', 'text', (c) => c.notNull())
          .addColumn('field', 'text', (c) => c.notNull())
          .addColumn('from_status', 'text', (c) => c.notNull())
          .addColumn('to_status', 'text', (c) => c.notNull())
          .addColumn('cause', 'text', (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('actor_type', 'text', (c) => c.notNull())
          .addColumn('actor_id', 'text')
          .addColumn('reason', 'text')
          .addColumn('campaign_id', 'text')
          .addColumn('event_id', 'text')
          .addColumn('at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('crm_status_changes_business').on('crm_status_changes').columns(['workspace_id', 'business_id', 'at']).execute();

        await db.schema
          .createTable('crm_messages')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('business_id', 'text', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text')
          .addColumn('delivery_id', 'text')
          .addColumn('provider_ref', 'text')
          .addColumn('subject', 'text')
          .addColumn('body', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('error_code', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('crm_messages_business').on('crm_messages').columns(['workspace_id', 'business_id', 'created_at']).execute();
        await db.schema.createIndex('crm_messages_ref').unique().on('crm_messages').columns(['workspace_id', 'provider_ref']).where(sql<boolean>`provider_ref is not null`).execute();

        await db.schema
          .createTable('crm_campaigns')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('subject', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('audience', 'text', (c) => c.notNull())
          .addColumn('rate_per_minute', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('cursor', 'text')
          .addColumn('created_by', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .addColumn('started_at', ms)
          .addColumn('finished_at', ms)
          .execute();

        await db.schema
          .createTable('crm_recipients')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text', (c) => c.notNull())
          .addColumn('business_id', 'text', (c) => c.notNull())
          .addColumn('delivery_id', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('error', 'text')
          .addColumn('delivered_at', ms)
          .addColumn('bounced_at', ms)
          .addColumn('opened_at', ms)
          .addColumn('clicked_at', ms)
          .addColumn('replied_at', ms)
          .addColumn('unsubscribed_at', ms)
          .addColumn('purchased_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('crm_recipients_pk', ['workspace_id', 'campaign_id', 'business_id'])
          .execute();
        await db.schema.createIndex('crm_recipients_business').on('crm_recipients').columns(['workspace_id', 'business_id']).execute();
        await db.schema.createIndex('crm_recipients_delivery').on('crm_recipients').columns(['workspace_id', 'delivery_id']).execute();

        await db.schema
          .createTable('crm_tracking_links')
          .addColumn('token', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('business_id', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text')
          .addColumn('delivery_id', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('url', 'text')
          .addColumn('used_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('crm_payments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('business_id', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text')
          .addColumn('payment_ref', 'text', (c) => c.notNull())
          .addColumn('amount_cents', 'bigint', (c) => c.notNull())
          .addColumn('currency', 'text', (c) => c.notNull())
          .addColumn('event_type', 'text', (c) => c.notNull())
          .addColumn('event_id', 'text')
          .addColumn('paid_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('crm_payments_ref').unique().on('crm_payments').columns(['workspace_id', 'payment_ref']).execute();
        await db.schema.createIndex('crm_payments_time').on('crm_payments').columns(['workspace_id', 'paid_at']).execute();
      },
    },
    // Measured by bench/crm.ts at 200,000 businesses: the city filter and audience, and the facets, scanned the table.
    '2026-11-22-0201-crm-filter-indexes': {
      async up(db: Kysely<any>) {
        await sql`create index crm_businesses_city_key on crm_businesses (workspace_id, lower(city), created_at)`.execute(db);
        for (const column of ['city', 'source', 'owner']) {
          await db.schema.createIndex(`crm_businesses_${column}`).on('crm_businesses').columns(['workspace_id', column]).execute();
        }
      },
    },
    // Timelines are worded by the dashboard in the reader's language: each change keeps a note (code and values).
    '2026-12-06-1700-crm-status-change-notes': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('crm_status_changes').addColumn('note', 'text').execute();
      },
    },
  };
}
