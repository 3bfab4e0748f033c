// Reads of the package catalogue: the facts the brain and the replies use, and the API view.
import type { Selectable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { PackageFacts } from '../replies/rules.js';
import type { WaPackageTable } from '../tables.js';

export type PackageRow = Selectable<WaPackageTable>;

export function packageFacts(row: PackageRow): PackageFacts {
  return {
    code: row.code,
    name: row.name,
    price: Number(row.price),
    currency: row.currency,
    departureDate: row.departure_date,
    durationDays: row.duration_days,
    quotaRemaining: row.quota_remaining,
    brochureImageUrl: row.brochure_image_url,
    itineraryUrl: row.itinerary_url,
    features: parseFeatures(row.features),
    hotel: row.hotel,
    inclusions: row.inclusions,
    exclusions: row.exclusions,
    paymentTerms: row.payment_terms,
  };
}

function parseFeatures(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The whole catalogue, soonest departure first (an agency has tens of packages, not thousands). */
export async function listPackages(db: Executor, workspaceId: string): Promise<PackageRow[]> {
  return db.selectFrom('wa_packages').selectAll().where('workspace_id', '=', workspaceId).orderBy('departure_date').orderBy('code').execute();
}

export async function findPackage(db: Executor, workspaceId: string, code: string): Promise<PackageRow | undefined> {
  return db.selectFrom('wa_packages').selectAll().where('workspace_id', '=', workspaceId).where('code', '=', code).executeTakeFirst();
}

export async function listPackageFacts(db: Executor, workspaceId: string): Promise<PackageFacts[]> {
  return (await listPackages(db, workspaceId)).map(packageFacts);
}
