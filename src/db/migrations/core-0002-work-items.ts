// Work for a person: work items handed to one person at a time, and each person's claims per local day (daily caps).
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.js';
import { millisType } from '../dialect.js';

export function workItemsSchema(dialect: Dialect): Migration {
  const ms = millisType(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('work_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('priority', 'integer', (c) => c.notNull())
        .addColumn('available_at', ms, (c) => c.notNull())
        .addColumn('claimed_day', 'text')
        .addColumn('counted_day', 'text')
        .addColumn('claimed_at', ms)
        .addColumn('done_at', ms)
        .addColumn('outcome', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('work_items_item').unique().on('work_items').columns(['workspace_id', 'queue', 'item_id']).execute();
      // The next item: claimable ones of a queue, highest priority first, then the longest waiting.
      await db.schema
        .createIndex('work_items_next')
        .on('work_items')
        .columns(['workspace_id', 'queue', 'status', 'priority desc', 'available_at', 'id'])
        .execute();
      // A person's items for a day, and their unfinished claims to carry over.
      await db.schema.createIndex('work_items_assignee').on('work_items').columns(['workspace_id', 'queue', 'assignee', 'counted_day']).execute();

      await db.schema
        .createTable('work_day_counts')
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('claimed', 'integer', (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .addPrimaryKeyConstraint('work_day_counts_pk', ['workspace_id', 'queue', 'assignee', 'day'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('work_day_counts').execute();
      await db.schema.dropTable('work_items').execute();
    },
  };
}
