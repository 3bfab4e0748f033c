// Reads of customers and refill reminders: by phone, the API views, pending reminders.
import type { z } from 'zod';
import { addLocalDays, localDayOf } from '../../../core/schedule/local-day.js';
import type { Executor } from '../../../db/database.js';
import type { customerSchema } from '../contract/customers.js';
import type { refillReminderSchema, taskRefillSchema } from '../contract/reminders.js';
import type { CustomerRow, RefillReminderRow } from '../tables.js';
import type { CustomerCategory } from './rules.js';

export async function findCustomerByPhone(db: Executor, workspaceId: string, phone: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('pharmacy_customers').selectAll().where('workspace_id', '=', workspaceId).where('phone', '=', phone).executeTakeFirst();
}

/** A customer without their medical details (only whether there are any): those are read in full, audited, elsewhere. */
export function customerView(row: CustomerRow): z.output<typeof customerSchema> {
  return {
    id: row.id,
    phone: row.phone,
    name: row.name,
    category: row.category as CustomerCategory,
    age: row.age,
    gender: row.gender,
    address: row.address,
    has_chronic_conditions: row.chronic_conditions_sealed !== null,
    has_allergies: row.allergies_sealed !== null,
    source_contact_id: row.source_contact_id,
    purchase_count: row.purchase_count,
    total_spent: row.total_spent,
    first_purchase_at: row.first_purchase_at,
    last_purchase_at: row.last_purchase_at,
    created_at: row.created_at,
  };
}

export function refillReminderView(row: RefillReminderRow): z.output<typeof refillReminderSchema> {
  return {
    id: row.id,
    customer_id: row.customer_id,
    medicine_name: row.medicine_name,
    reminder_date: row.reminder_date,
    notification_sent: row.notification_sent === 1,
    customer_purchased: row.customer_purchased === 1,
  };
}

/** Unsent reminders due by today + daysAhead (overdue ones included), earliest first. */
export async function pendingRefills(db: Executor, workspaceId: string, timezone: string, now: number, daysAhead: number): Promise<RefillReminderRow[]> {
  const until = addLocalDays(localDayOf(now, timezone), daysAhead);
  return db
    .selectFrom('pharmacy_refill_reminders')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('notification_sent', '=', 0)
    .where('customer_purchased', '=', 0)
    .where('cancelled_at', 'is', null)
    .where('reminder_date', '<=', until)
    .orderBy('reminder_date')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/**
 * A staff member's customers' refill reminders due by `day` (overdue included) and still waiting: the customers
 * whose sheet contact this person called last or converted.
 */
export async function refillsForStaff(db: Executor, workspaceId: string, staffCode: string, day: string): Promise<z.output<typeof taskRefillSchema>[]> {
  const rows = await db
    .selectFrom('pharmacy_refill_reminders as r')
    .innerJoin('pharmacy_customers as c', (j) => j.onRef('c.id', '=', 'r.customer_id').onRef('c.workspace_id', '=', 'r.workspace_id'))
    .selectAll('r')
    .select(['c.name as customer_name', 'c.phone as customer_phone'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.notification_sent', '=', 0)
    .where('r.customer_purchased', '=', 0)
    .where('r.cancelled_at', 'is', null)
    .where('r.reminder_date', '<=', day)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('pharmacy_contacts as k')
          .select('k.id')
          .whereRef('k.workspace_id', '=', 'r.workspace_id')
          .whereRef('k.customer_id', '=', 'r.customer_id')
          .where((k) => k.or([k('k.converted_by_staff_code', '=', staffCode), k('k.last_staff_code', '=', staffCode)])),
      ),
    )
    .orderBy('r.reminder_date')
    .orderBy('r.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...refillReminderView(r), customer_name: r.customer_name, customer_phone: r.customer_phone }));
}
