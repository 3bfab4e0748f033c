// A rejection row may stand for many: a flood beyond the per-minute sample is one row with its count.
import type { Kysely, Migration } from 'kysely';

export const rejectionCountsSchema: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('webhook_rejections').addColumn('count', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  },
};
