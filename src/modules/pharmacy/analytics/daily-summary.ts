// One local day at the pharmacy: purchases and their amount, new and repeat customers, refill reminders sent, calls, conversions.
import type { z } from 'zod';
import { localDayBounds } from '../../../core/schedule/local-day.js';
import type { Executor } from '../../../db/database.js';
import type { dailySummarySchema } from '../contract/analytics.js';
import { cents, num } from './figures.js';

export async function dailySummary(db: Executor, workspaceId: string, timezone: string, day: string): Promise<z.output<typeof dailySummarySchema>> {
  const { start, end } = localDayBounds(day, timezone);
  const purchases = await db
    .selectFrom('pharmacy_purchases')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('total_amount').as('amount')])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .executeTakeFirst();
  const fresh = await db
    .selectFrom('pharmacy_customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('first_purchase_at', '>=', start)
    .where('first_purchase_at', '<', end)
    .executeTakeFirst();
  const repeat = await db
    .selectFrom('pharmacy_purchases as p')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'p.customer_id').onRef('c.workspace_id', '=', 'p.workspace_id'))
    .select((eb) => eb.fn.count<number>('p.customer_id').distinct().as('n'))
    .where('p.workspace_id', '=', workspaceId)
    .where('p.created_at', '>=', start)
    .where('p.created_at', '<', end)
    .where('c.first_purchase_at', '<', start)
    .executeTakeFirst();
  const reminders = await db
    .selectFrom('pharmacy_refill_reminders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('notification_sent', '=', 1)
    .where('notified_at', '>=', start)
    .where('notified_at', '<', end)
    .executeTakeFirst();
  const calls = await db
    .selectFrom('pharmacy_interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('interaction_type', '=', 'call')
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .executeTakeFirst();
  const conversions = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('conversion_value').as('value')])
    .where('workspace_id', '=', workspaceId)
    .where('converted_at', '>=', start)
    .where('converted_at', '<', end)
    .executeTakeFirst();
  return {
    date: day,
    timezone,
    purchases: num(purchases?.n),
    amount: cents(num(purchases?.amount)),
    new_customers: num(fresh?.n),
    repeat_customers: num(repeat?.n),
    reminders_sent: num(reminders?.n),
    calls_made: num(calls?.n),
    conversions: num(conversions?.n),
    conversion_value: cents(num(conversions?.value)),
  };
}
