// Tables of the crm-lifecycle module: businesses, status history, messages, campaigns, recipients, tracking links, payments.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { millisType } from '../../db/dialect.js';
import { createSearchIndex } from './businesses/search-index.js';
import { campaignCounts, FURTHEST_STATUS } from './campaigns/recipient-progress.js';
import { createCountingTriggers } from './counted-rows.js';
import { funnelCounts } from './funnel-counts.js';

export function crmLifecycleMigrations(dialect: Dialect): Record<string, Migration> {
  const ms = millisType(dialect);
  const count = dialect === 'postgres' ? 'bigint' : 'integer';
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
    // Measured by bench/crm.ts at 200,000 businesses: a search by a name or phone fragment read every business.
    '2026-12-06-1600-crm-business-search': {
      async up(db: Kysely<any>) {
        await createSearchIndex(db, dialect);
      },
    },
    // The all-time funnel read every business (0.9 s at 200,000): counts per status triple and funnel depth instead.
    '2026-12-06-1601-crm-funnel-counts': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('crm_funnel_counts')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_status', 'text', (c) => c.notNull())
          .addColumn('website_status', 'text', (c) => c.notNull())
          .addColumn('subscription_status', 'text', (c) => c.notNull())
          .addColumn('depth', 'integer', (c) => c.notNull())
          .addColumn('n', count, (c) => c.notNull())
          .addPrimaryKeyConstraint('crm_funnel_counts_pk', ['workspace_id', 'contact_status', 'website_status', 'subscription_status', 'depth'])
          .execute();
        await createCountingTriggers(db, funnelCounts, dialect);
      },
    },
    // A campaign's figures joined every recipient to its delivery (0.25 s at 50,000): each recipient now carries when
    // the provider accepted its message and its furthest status, and each campaign its counts.
    '2026-12-06-1602-crm-recipient-progress': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('crm_recipients').addColumn('sent_at', ms).execute();
        // Accepted by the provider = the outgoing message the send recorded (the write path sets both together).
        await sql`update crm_recipients set sent_at = (
            select min(m.created_at) from crm_messages m
            where m.workspace_id = crm_recipients.workspace_id and m.business_id = crm_recipients.business_id
              and m.delivery_id = crm_recipients.delivery_id and m.direction = 'out')
          where delivery_id is not null`.execute(db);
        await db.schema
          .alterTable('crm_recipients')
          .addColumn('furthest_status', 'text', (c) => {
            const generated = c.generatedAlwaysAs(sql.raw(FURTHEST_STATUS));
            return dialect === 'postgres' ? generated.stored() : generated;
          })
          .execute();
        await db.schema
          .createIndex('crm_recipients_furthest')
          .on('crm_recipients')
          .columns(['workspace_id', 'campaign_id', 'furthest_status', 'updated_at', 'business_id'])
          .execute();
        await db.schema
          .createIndex('crm_recipients_recent')
          .on('crm_recipients')
          .columns(['workspace_id', 'campaign_id', 'updated_at', 'business_id'])
          .execute();
        // Those whose outcome is still only on their delivery (waiting, failed, cancelled): the figures read these.
        await db.schema
          .createIndex('crm_recipients_unsent')
          .on('crm_recipients')
          .columns(['workspace_id', 'campaign_id'])
          .where(sql.ref('status'), '=', 'queued')
          .where(sql.ref('sent_at'), 'is', null)
          .execute();
        await db.schema
          .createTable('crm_campaign_counts')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('campaign_id', 'text', (c) => c.notNull())
          .addColumn('figure', 'text', (c) => c.notNull())
          .addColumn('n', count, (c) => c.notNull())
          .addPrimaryKeyConstraint('crm_campaign_counts_pk', ['workspace_id', 'campaign_id', 'figure'])
          .execute();
        await createCountingTriggers(db, campaignCounts, dialect);
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
