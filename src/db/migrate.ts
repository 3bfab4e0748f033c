// Runs the core's and every module's migrations, in name order, with Kysely's migrator.
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database, Dialect } from './database.js';
import { coreSchema } from './migrations/core-0001.js';
import { deliveryJobKeys } from './migrations/core-0002-delivery-job-keys.js';
import { jobsClaimByName } from './migrations/core-0003-jobs-claim-by-name.js';
import { providerChecksSchema } from './migrations/core-0003-provider-checks.js';
import { providersSchema } from './migrations/core-0002-providers.js';
import { rejectionCountsSchema } from './migrations/core-0004-rejection-counts.js';
import { businessHoursSchema } from './migrations/core-0003-business-hours.js';
import { uploadProgressSchema } from './migrations/core-0002-upload-progress.js';
import { workItemsSchema } from './migrations/core-0002-work-items.js';
import { userEmailPerWorkspace } from './migrations/core-0003-user-email-per-workspace.js';

/** Core migrations. Names sort by date so that module migrations (named the same way) interleave correctly. */
export function coreMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2026-11-22-0001-core': coreSchema(dialect),
    '2026-12-03-0001-delivery-job-keys': deliveryJobKeys,
    '2026-12-03-0010-work-items': workItemsSchema(dialect),
    '2026-12-03-0011-upload-progress': uploadProgressSchema(dialect),
    '2026-12-03-0040-delivery-owner-module-outcomes': providersSchema,
    '2026-12-03-0050-business-hours': businessHoursSchema,
    '2026-12-04-1400-rejection-counts': rejectionCountsSchema,
    '2026-12-04-1200-jobs-claim-by-name': jobsClaimByName,
    '2026-12-04-1340-provider-checks': providerChecksSchema(dialect),
    '2026-12-04-1450-user-email-per-workspace': userEmailPerWorkspace,
  };
}

export interface MigrationOutcome {
  applied: string[];
}

export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: Dialect,
  moduleMigrations: Record<string, Migration> = {},
): Promise<MigrationOutcome> {
  const migrations = { ...coreMigrations(dialect), ...moduleMigrations };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(
  db: Kysely<Database>,
  dialect: Dialect,
  moduleMigrations: Record<string, Migration> = {},
): Promise<string[]> {
  const migrations = { ...coreMigrations(dialect), ...moduleMigrations };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
