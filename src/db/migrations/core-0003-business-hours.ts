// Workspaces get business hours (null: always open); deliveries say whether they wait for them.
import type { Kysely, Migration } from 'kysely';

export const businessHoursSchema: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('workspaces').addColumn('business_hours', 'text').execute();
    // Existing deliveries keep being sent whenever due, as they were queued.
    await db.schema.alterTable('deliveries').addColumn('business_hours_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};
