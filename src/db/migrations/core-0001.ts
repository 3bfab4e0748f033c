// The core schema: workspaces, auth, settings, inbox, jobs, deliveries, lifecycles, contacts, consent, audit, uploads.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import { bytesType, millisType, serialType } from '../dialect.js';

export function coreSchema(dialect: Dialect): Migration {
  const ms = millisType(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('workspaces')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('created_at', ms, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('disabled_at', ms)
        .execute();
      await db.schema.createIndex('users_email').unique().on('users').columns(['email']).execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('expires_at', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').columns(['workspace_id', 'user_id']).execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('last_used_at', ms)
        .addColumn('revoked_at', ms)
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('namespace', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('secrets', 'text')
        .addColumn('updated_at', ms, (c) => c.notNull())
        .addPrimaryKeyConstraint('settings_pk', ['workspace_id', 'namespace'])
        .execute();

      await db.schema
        .createTable('inbox_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('provider_event_id', 'text', (c) => c.notNull())
        .addColumn('serial_key', 'text')
        .addColumn('raw_body', 'text', (c) => c.notNull())
        .addColumn('headers', 'text', (c) => c.notNull())
        .addColumn('received_at', ms, (c) => c.notNull())
        .addColumn('verified', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('processed_at', ms)
        .execute();
      await db.schema
        .createIndex('inbox_events_dedup')
        .unique()
        .on('inbox_events')
        .columns(['workspace_id', 'source', 'provider_event_id'])
        .execute();
      await db.schema.createIndex('inbox_events_recent').on('inbox_events').columns(['workspace_id', 'received_at']).execute();
      // A record's page shows every event about it (all events of one order share its serial key).
      await db.schema.createIndex('inbox_events_serial').on('inbox_events').columns(['workspace_id', 'serial_key']).execute();

      await db.schema
        .createTable('webhook_rejections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('remote_addr', 'text')
        .addColumn('received_at', ms, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_rejections_recent')
        .on('webhook_rejections')
        .columns(['workspace_id', 'received_at'])
        .execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', serialType(dialect), (c) => c.primaryKey().$call((b) => (dialect === 'sqlite' ? b.autoIncrement() : b)))
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('serial_key', 'text')
        .addColumn('job_key', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_at', ms, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', ms)
        .addColumn('last_error', 'text')
        .addColumn('progress', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .addColumn('finished_at', ms)
        .execute();
      // Only unfinished jobs are indexed for claiming, so millions of finished rows cost the claim query nothing.
      await db.schema
        .createIndex('jobs_due')
        .on('jobs')
        .columns(['run_at', 'id'])
        .where(sql<boolean>`status = 'queued'`)
        .execute();
      await db.schema
        .createIndex('jobs_running')
        .on('jobs')
        .columns(['locked_until'])
        .where(sql<boolean>`status = 'running'`)
        .execute();
      await db.schema
        .createIndex('jobs_serial')
        .on('jobs')
        .columns(['workspace_id', 'serial_key', 'id'])
        .where(sql<boolean>`serial_key is not null and status in ('queued', 'running')`)
        .execute();
      await db.schema
        .createIndex('jobs_key')
        .unique()
        .on('jobs')
        .columns(['workspace_id', 'job_key'])
        .where(sql<boolean>`job_key is not null and status = 'queued'`)
        .execute();
      await db.schema.createIndex('jobs_status').on('jobs').columns(['workspace_id', 'status', 'updated_at']).execute();

      await db.schema
        .createTable('deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text')
        .addColumn('subject_type', 'text')
        .addColumn('subject_id', 'text')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('response', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .addColumn('sent_at', ms)
        .addColumn('latency_ms', 'integer')
        .execute();
      await db.schema
        .createIndex('deliveries_idempotency')
        .unique()
        .on('deliveries')
        .columns(['workspace_id', 'idempotency_key'])
        .execute();
      await db.schema.createIndex('deliveries_subject').on('deliveries').columns(['workspace_id', 'subject_id']).execute();
      await db.schema.createIndex('deliveries_status').on('deliveries').columns(['workspace_id', 'status', 'updated_at']).execute();
      await db.schema.createIndex('deliveries_recent').on('deliveries').columns(['workspace_id', 'updated_at']).execute();

      await db.schema
        .createTable('stage_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('pipeline', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('from_stage', 'text')
        .addColumn('to_stage', 'text', (c) => c.notNull())
        .addColumn('cause', 'text', (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('event_id', 'text')
        .addColumn('at', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stage_history_subject').on('stage_history').columns(['workspace_id', 'subject_id', 'at']).execute();

      await db.schema
        .createTable('stage_counts')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('pipeline', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('stage_counts_pk', ['workspace_id', 'pipeline', 'stage'])
        .execute();

      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('phone', 'text')
        .addColumn('email', 'text')
        .addColumn('merged_into', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('contacts_phone')
        .unique()
        .on('contacts')
        .columns(['workspace_id', 'phone'])
        .where((eb) => eb('phone', 'is not', null))
        .execute();
      await db.schema
        .createIndex('contacts_email')
        .unique()
        .on('contacts')
        .columns(['workspace_id', 'email'])
        .where((eb) => eb('email', 'is not', null))
        .execute();

      await db.schema
        .createTable('consents')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('changed_at', ms, (c) => c.notNull())
        .addPrimaryKeyConstraint('consents_pk', ['workspace_id', 'contact_id', 'channel'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('at', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_subject').on('audit_log').columns(['workspace_id', 'subject_id', 'at']).execute();
      await db.schema.createIndex('audit_recent').on('audit_log').columns(['workspace_id', 'at']).execute();

      await db.schema
        .createTable('uploads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('content', bytesType(dialect) as 'blob', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('job_id', 'bigint')
        .addColumn('created_by', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .execute();
    },
  };
}
