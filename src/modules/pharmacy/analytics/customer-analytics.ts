// Customer figures: customers per category, conversion and repeat rates, top medicines, generic adoption. Never a medical detail.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.js';
import type { customerAnalyticsSchema } from '../contract/analytics.js';
import { CUSTOMER_CATEGORIES, type CustomerCategory } from '../customers/rules.js';
import { cents, num, share } from './figures.js';

type CustomerAnalytics = z.output<typeof customerAnalyticsSchema>;

const TOP_MEDICINES = 10;

async function topMedicines(db: Executor, workspaceId: string): Promise<CustomerAnalytics['top_medicines']> {
  // Counter staff type names freely: "metformin" and "Metformin" are one medicine, shown in one of its spellings.
  const key = sql<string>`lower(medicine_name)`;
  const rows = await db
    .selectFrom('pharmacy_purchase_items')
    .select((eb) => [
      key.as('key'),
      eb.fn.min('medicine_name').as('medicine_name'),
      eb.fn.countAll<number>().as('lines'),
      eb.fn.sum<number>('quantity').as('quantity'),
      eb.fn.sum<number>('total_amount').as('amount'),
      eb.fn.count<number>('customer_id').distinct().as('customers'),
    ])
    .where('workspace_id', '=', workspaceId)
    .groupBy(key)
    .orderBy('lines', 'desc')
    .orderBy('amount', 'desc')
    .orderBy('key')
    .limit(TOP_MEDICINES)
    .execute();
  return rows.map((r) => ({ medicine_name: String(r.medicine_name), purchases: num(r.lines), quantity: num(r.quantity), amount: cents(num(r.amount)), customers: num(r.customers) }));
}

/**
 * Generic adoption is the share of customers with at least one generic item in any purchase. For customers staff
 * explained the generic to, the share of generic items among what they bought after that conversation.
 */
async function genericAdoption(db: Executor, workspaceId: string, totalCustomers: number): Promise<CustomerAnalytics['generic_adoption']> {
  const withGeneric = await db
    .selectFrom('pharmacy_purchase_items')
    .select((eb) => eb.fn.count<number>('customer_id').distinct().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('is_generic', '=', 1)
    .executeTakeFirst();
  const informed = await db
    .selectFrom('pharmacy_customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('generic_informed_at', 'is not', null)
    .executeTakeFirst();
  const after = await db
    .selectFrom('pharmacy_purchase_items as i')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'i.customer_id').onRef('c.workspace_id', '=', 'i.workspace_id'))
    .select((eb) => [eb.fn.countAll<number>().as('items'), eb.fn.sum<number>('i.is_generic').as('generic')])
    .where('i.workspace_id', '=', workspaceId)
    .where('c.generic_informed_at', 'is not', null)
    .whereRef('i.created_at', '>=', 'c.generic_informed_at')
    .executeTakeFirst();
  const customersWithGeneric = num(withGeneric?.n);
  return {
    customers_with_generic: customersWithGeneric,
    rate: share(customersWithGeneric, totalCustomers),
    generic_informed_customers: num(informed?.n),
    informed_generic_share: share(num(after?.generic), num(after?.items)),
  };
}

export async function customerAnalytics(db: Executor, workspaceId: string): Promise<CustomerAnalytics> {
  const categories = await db
    .selectFrom('pharmacy_customers')
    .select((eb) => [
      'category',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('purchase_count', '>=', 2).then(1).else(0).end()).as('repeat'),
    ])
    .where('workspace_id', '=', workspaceId)
    .groupBy('category')
    .execute();
  const byCategory = Object.fromEntries(CUSTOMER_CATEGORIES.map((c) => [c, 0])) as Record<CustomerCategory, number>;
  let total = 0;
  let repeat = 0;
  for (const r of categories) {
    if (r.category in byCategory) byCategory[r.category as CustomerCategory] += num(r.n);
    total += num(r.n);
    repeat += num(r.repeat);
  }
  const contacts = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'converted').then(1).else(0).end()).as('converted'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'converted').then(eb.ref('conversion_value')).else(0).end()).as('value'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const converted = num(contacts?.converted);
  return {
    total_customers: total,
    by_category: byCategory,
    conversion: {
      contacts: num(contacts?.n),
      converted,
      conversion_rate: share(converted, num(contacts?.n)),
      conversion_value: cents(num(contacts?.value)),
      repeat_customers: repeat,
      repeat_rate: share(repeat, total),
    },
    top_medicines: await topMedicines(db, workspaceId),
    generic_adoption: await genericAdoption(db, workspaceId, total),
  };
}
