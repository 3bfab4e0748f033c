// Generic education: which branded medicines a customer buys have a known generic (one the pharmacy sells as generic, or the owner's list), and their generic share once informed.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.js';
import type { genericEducationTaskSchema, genericSuggestionSchema } from '../contract/customers.js';
import type { PharmacySettings } from '../settings.js';
import { share } from '../analytics/figures.js';

type Suggestion = z.output<typeof genericSuggestionSchema>;

/**
 * Suggestions per customer, for customers not yet told about generics: each branded medicine they bought whose
 * generic is known, either because the same `generic_name` has been sold as a generic here, or because the owner's
 * list names the medicine (or its brand). One suggestion per medicine name, any case.
 */
export async function genericSuggestions(db: Executor, workspaceId: string, settings: Pick<PharmacySettings, 'generic_alternatives'>, customerIds: readonly string[]): Promise<Map<string, Suggestion[]>> {
  const out = new Map<string, Suggestion[]>();
  if (customerIds.length === 0) return out;
  const branded = await db
    .selectFrom('pharmacy_purchase_items as i')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
    .select(['i.customer_id', 'i.medicine_name', 'i.brand_name', 'i.generic_name'])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.customer_id', 'in', [...customerIds])
    .where('i.is_generic', '=', 0)
    .where('c.generic_informed_at', 'is', null)
    .where('c.category', '!=', 'generic_informed')
    .orderBy('i.id')
    .limit(5000)
    .execute();
  if (branded.length === 0) return out;
  const names = [...new Set(branded.map((b) => b.generic_name?.toLowerCase()).filter((n): n is string => !!n))];
  const sold = names.length === 0
    ? []
    : await db
        .selectFrom('pharmacy_purchase_items')
        .select(sql<string>`lower(generic_name)`.as('name'))
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('is_generic', '=', 1)
        .where(sql<string>`lower(generic_name)`, 'in', names)
        .execute();
  const soldAsGeneric = new Set(sold.map((r) => r.name));
  const ownerList = new Map(settings.generic_alternatives.map((a) => [a.medicine_name.toLowerCase(), a.generic_name]));
  for (const b of branded) {
    const fromOwner = ownerList.get(b.medicine_name.toLowerCase()) ?? (b.brand_name ? ownerList.get(b.brand_name.toLowerCase()) : undefined);
    const generic = fromOwner ?? (b.generic_name && soldAsGeneric.has(b.generic_name.toLowerCase()) ? b.generic_name : undefined);
    if (!generic) continue;
    const list = out.get(b.customer_id) ?? [];
    if (list.some((s) => s.medicine_name.toLowerCase() === b.medicine_name.toLowerCase())) continue;
    list.push({ medicine_name: b.medicine_name, brand_name: b.brand_name, generic_name: generic, source: fromOwner ? 'owner_list' : 'sold_as_generic' });
    out.set(b.customer_id, list);
  }
  return out;
}

/** Of the items a customer bought since staff explained the generic, the share that was generic (null before or when none). */
export async function genericShareSince(db: Executor, workspaceId: string, customerId: string, since: number | null): Promise<number | null> {
  if (since === null) return null;
  const row = await db
    .selectFrom('pharmacy_purchase_items')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('is_generic').as('g')])
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return share(Number(row?.g ?? 0), Number(row?.n ?? 0));
}

/** The customers one staff member called last or converted who have a generic to be told about (at most 50). */
export async function genericEducationForStaff(db: Executor, workspaceId: string, settings: Pick<PharmacySettings, 'generic_alternatives'>, staffCode: string): Promise<z.output<typeof genericEducationTaskSchema>[]> {
  const customers = await db
    .selectFrom('pharmacy_contacts as k')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'k.customer_id').onRef('c.workspace_id', '=', 'k.workspace_id'))
    .select(['c.id', 'c.name', 'c.phone'])
    .where('k.workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('k.converted_by_staff_code', '=', staffCode), eb('k.last_staff_code', '=', staffCode)]))
    .where('c.generic_informed_at', 'is', null)
    .where('c.category', '!=', 'generic_informed')
    .orderBy('c.last_purchase_at', 'desc')
    .orderBy('c.id')
    .limit(200)
    .execute();
  const suggestions = await genericSuggestions(db, workspaceId, settings, customers.map((c) => c.id));
  return customers
    .filter((c) => suggestions.has(c.id))
    .slice(0, 50)
    .map((c) => ({ customer_id: c.id, customer_name: c.name, customer_phone: c.phone, suggestions: suggestions.get(c.id) ?? [] }));
}
