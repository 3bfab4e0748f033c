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

/** Clicks per code, for the package list and the campaign figures. */
export async function clicksByCode(db: Executor, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('wa_clicks').select(['code', (eb) => eb.fn.countAll<number>().as('n')]).where('workspace_id', '=', workspaceId).groupBy('code').execute();
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

export function packageView(row: PackageRow, publicUrl: string, clicks: number) {
  const f = packageFacts(row);
  return {
    code: row.code,
    name: row.name,
    price: f.price,
    currency: row.currency,
    departure_date: row.departure_date,
    duration_days: row.duration_days,
    quota_total: row.quota_total,
    quota_remaining: row.quota_remaining,
    sold_out: row.quota_remaining <= 0,
    brochure_image_url: row.brochure_image_url,
    itinerary_url: row.itinerary_url,
    features: [...f.features],
    hotel: row.hotel,
    inclusions: row.inclusions,
    exclusions: row.exclusions,
    payment_terms: row.payment_terms,
    click_url: `${publicUrl}/c/${encodeURIComponent(row.code)}`,
    clicks,
    created_at: Number(row.created_at),
    updated_at: Number(row.updated_at),
  };
}
