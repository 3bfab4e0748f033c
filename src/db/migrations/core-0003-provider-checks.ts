// Set-up checklist: the last connection test of each provider per workspace (with the settings it tested), and the newest event per webhook source.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.js';
import { millisType } from '../dialect.js';

export function providerChecksSchema(dialect: Dialect): Migration {
  const ms = millisType(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('provider_checks')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('ok', 'integer', (c) => c.notNull())
        .addColumn('error_code', 'text')
        // A hash of the provider's stored settings when tested: any later change makes the result stale, so it is not shown.
        .addColumn('settings_version', 'text', (c) => c.notNull())
        .addColumn('tested_at', ms, (c) => c.notNull())
        .addPrimaryKeyConstraint('provider_checks_pk', ['workspace_id', 'provider'])
        .execute();
      // "Last event received 10:02" per webhook source on the set-up checklist: one index seek, however many events
      // of other sources a workspace has.
      await db.schema.createIndex('inbox_events_source_recent').on('inbox_events').columns(['workspace_id', 'source', 'received_at']).execute();
    },
  };
}
