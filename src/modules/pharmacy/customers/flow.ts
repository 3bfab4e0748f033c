// Writes for walk-in purchases and refills: the quick purchase (customer, purchase, items, conversion credit, category, refill reminders) and sending refill reminders.
import { sql } from 'kysely';
import type { z } from 'zod';
import { findOrCreateContact } from '../../../core/contacts/contacts.js';
import { normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';
import type { AppContext } from '../../../core/context.js';
import { createDeliveries, createDelivery, type NewDelivery } from '../../../core/deliveries/deliveries.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import { addLocalDays, localDayOf, startOfLocalDay } from '../../../core/schedule/local-day.js';
import { completeWorkItem } from '../../../core/work/index.js';
import type { Executor } from '../../../db/database.js';
import type { quickPurchaseBody, quickPurchaseResultSchema } from '../contract/customers.js';
import { CALL_QUEUE, MODULE_NAME } from '../settings.js';
import type { CustomerRow, PurchaseItemRow, RefillReminderRow } from '../tables.js';
import { findCustomerByPhone } from './queries.js';
import { categoryAfterPurchase, itemTotals, refillMessage, refillOffsetDays, type CustomerCategory } from './rules.js';
import { workspaceColumn } from '../../../db/by-id.js';

export type CustomerDeps = Pick<AppContext, 'clock' | 'dialect' | 'jobSignal' | 'secrets' | 'contactMergeHooks'>;

const invalid = (field: string, message: string) => new AppError('validation_failed', `${field}: ${message}`, { context: { fields: { [field]: message } } });

/** The job key of a local day's refill sends: one waiting job per workspace and day, whoever bought. */
export const refillDayJobKey = (day: string) => `pharmacy-refills:${day}`;

/**
 * Records a walk-in purchase. Creates or updates the customer (phone is the identity), records the purchase and
 * its items, converts a sheet contact with this phone (credited to whoever last called them), moves the category,
 * marks pending reminders of a medicine bought again as purchased, and schedules a refill reminder per item with a
 * duration for purchase day + duration − 3 (workspace local days).
 */
export async function recordQuickPurchase(
  trx: Executor,
  deps: CustomerDeps,
  ctx: { workspaceId: string; country: string; timezone: string; createdBy: string | null },
  body: z.output<typeof quickPurchaseBody>,
): Promise<z.output<typeof quickPurchaseResultSchema>> {
  const { workspaceId } = ctx;
  const phone = normalizePhone(body.phone, toCountryCode(ctx.country));
  if (!phone) throw invalid('body.phone', 'not a valid phone number');
  const { totals, mismatch } = itemTotals(body.items);
  if (mismatch) {
    const item = body.items[mismatch.index];
    throw invalid(`body.items.${mismatch.index}.total_amount`, `${item?.medicine_name ?? 'item'}: ${item?.total_amount} is not quantity × unit_price (${mismatch.expected})`);
  }
  const total = Math.round(totals.reduce((a, b) => a + b, 0) * 100) / 100;
  const now = deps.clock.now();
  const seal = (text: string | null | undefined) => (text ? deps.secrets.seal(text) : null);

  const existing = await findCustomerByPhone(trx, workspaceId, phone);
  const sheetContact = await trx.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', workspaceId).where('phone', '=', phone).executeTakeFirst();
  const isRepeat = (existing?.purchase_count ?? 0) > 0;
  const category = categoryAfterPurchase({
    current: existing?.category as CustomerCategory | undefined,
    given: body.category ?? undefined,
    fromSheet: sheetContact !== undefined,
    isRepeat,
    boughtBranded: body.items.some((i) => !i.is_generic),
  });

  let customer: CustomerRow;
  if (!existing) {
    const contact = await findOrCreateContact(trx, deps, { workspaceId, country: ctx.country, phone, name: body.name ?? sheetContact?.name ?? null });
    customer = {
      id: newId('pcu', now),
      workspace_id: workspaceId,
      contact_id: contact.contact.id,
      phone,
      name: body.name ?? sheetContact?.name ?? null,
      category,
      age: body.age ?? null,
      gender: body.gender ?? null,
      address: body.address ?? sheetContact?.address ?? null,
      chronic_conditions_sealed: seal(body.chronic_conditions),
      allergies_sealed: seal(body.allergies),
      source_contact_id: sheetContact?.id ?? null,
      purchase_count: 1,
      total_spent: total,
      first_purchase_at: now,
      last_purchase_at: now,
      generic_informed_at: category === 'generic_informed' ? now : null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('pharmacy_customers').values(customer).execute();
  } else {
    customer = {
      ...existing,
      name: body.name ?? existing.name,
      category,
      age: body.age ?? existing.age,
      gender: body.gender ?? existing.gender,
      address: body.address ?? existing.address,
      chronic_conditions_sealed: body.chronic_conditions ? seal(body.chronic_conditions) : existing.chronic_conditions_sealed,
      allergies_sealed: body.allergies ? seal(body.allergies) : existing.allergies_sealed,
      purchase_count: existing.purchase_count + 1,
      total_spent: Math.round((existing.total_spent + total) * 100) / 100,
      first_purchase_at: existing.first_purchase_at ?? now,
      last_purchase_at: now,
      generic_informed_at: existing.generic_informed_at ?? (category === 'generic_informed' ? now : null),
      updated_at: now,
    };
    const { id: _id, workspace_id: _ws, ...changes } = customer;
    await trx.updateTable('pharmacy_customers').set(changes).where('workspace_id', '=', workspaceId).where('id', '=', existing.id).execute();
  }

  // A sheet contact who walks in and buys is converted, once, with this purchase's value and its caller's credit.
  let credited: string | null = null;
  if (sheetContact && sheetContact.status !== 'converted') {
    credited = sheetContact.last_staff_code;
    await trx
      .updateTable('pharmacy_contacts')
      .set({ status: 'converted', converted_at: now, conversion_value: total, converted_by_staff_code: credited, customer_id: customer.id, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', sheetContact.id)
      .execute();
    await completeWorkItem(trx, deps, { workspaceId, queue: CALL_QUEUE, itemId: sheetContact.id, outcome: 'purchased' });
  }

  const purchaseId = newId('ppu', now);
  await trx.insertInto('pharmacy_purchases').values({ id: purchaseId, workspace_id: workspaceId, customer_id: customer.id, total_amount: total, credited_staff_code: credited, created_by: ctx.createdBy, created_at: now }).execute();
  const items: PurchaseItemRow[] = body.items.map((i, k) => ({
    id: newId('ppi', now),
    workspace_id: workspaceId,
    purchase_id: purchaseId,
    customer_id: customer.id,
    medicine_name: i.medicine_name,
    brand_name: i.brand_name ?? null,
    generic_name: i.generic_name ?? null,
    quantity: i.quantity,
    unit_price: i.unit_price,
    total_amount: totals[k] ?? 0,
    is_generic: i.is_generic ? 1 : 0,
    is_prescription: i.is_prescription ? 1 : 0,
    duration_days: i.duration_days ?? null,
    created_at: now,
  }));
  await trx.insertInto('pharmacy_purchase_items').values(items).execute();

  // Bought again: the reminder still waiting for this medicine has done its job.
  const names = [...new Set(items.map((i) => i.medicine_name.toLowerCase()))];
  const waiting = await trx
    .selectFrom('pharmacy_refill_reminders')
    .select(['id', 'medicine_name'])
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customer.id)
    .where('notification_sent', '=', 0)
    .where('customer_purchased', '=', 0)
    .where('cancelled_at', 'is', null)
    .execute();
  const bought = waiting.filter((r) => names.includes(r.medicine_name.toLowerCase())).map((r) => r.id);
  if (bought.length > 0) {
    await trx.updateTable('pharmacy_refill_reminders').set({ customer_purchased: 1, cancelled_at: now }).where(workspaceColumn(), '=', workspaceId).where('id', 'in', bought).execute();
  }

  const today = localDayOf(now, ctx.timezone);
  const reminders: RefillReminderRow[] = items.flatMap((item) =>
    item.duration_days === null
      ? []
      : [
          {
            id: newId('prr', now),
            workspace_id: workspaceId,
            customer_id: customer.id,
            purchase_item_id: item.id,
            medicine_name: item.medicine_name,
            reminder_date: addLocalDays(today, refillOffsetDays(item.duration_days)),
            notification_sent: 0,
            notified_at: null,
            delivery_id: null,
            customer_purchased: 0,
            cancelled_at: null,
            created_at: now,
          },
        ],
  );
  if (reminders.length > 0) await trx.insertInto('pharmacy_refill_reminders').values(reminders).execute();
  // The day's send job, shared by every customer due that day: it groups their reminders into one message each.
  for (const day of new Set(reminders.map((r) => r.reminder_date))) {
    await enqueueJob({ db: trx, dialect: deps.dialect, clock: deps.clock, jobSignal: deps.jobSignal }, workspaceId, 'pharmacy.refill-day', { day }, {
      runAt: Math.max(now, startOfLocalDay(day, ctx.timezone)),
      jobKey: refillDayJobKey(day),
      onKeyConflict: 'keep',
    });
  }
  const scheduled = reminders.length;
  return {
    customer_id: customer.id,
    is_new_customer: existing === undefined,
    is_repeat_customer: isRepeat,
    total_amount: total,
    refill_reminders_scheduled: scheduled,
    message: 'Purchase recorded successfully',
  };
}

/** Reminders still waiting: not sent, not bought again, not cancelled. */
const waitingReminders = (db: Executor, workspaceId: string) =>
  db
    .selectFrom('pharmacy_refill_reminders')
    .where('workspace_id', '=', workspaceId)
    .where('notification_sent', '=', 0)
    .where('customer_purchased', '=', 0)
    .where('cancelled_at', 'is', null);

/** One customer's refill message naming every medicine due, as a WAHA delivery. */
function refillDelivery(customer: CustomerRow, due: readonly RefillReminderRow[], idempotencyKey: string, now: boolean): NewDelivery {
  const medicines = [...new Set(due.map((r) => r.medicine_name))];
  return {
    module: MODULE_NAME,
    channel: 'whatsapp',
    provider: 'waha',
    target: customer.phone,
    contactId: customer.contact_id,
    subjectType: 'pharmacy_customer',
    subjectId: customer.id,
    payload: { kind: 'text', phone: customer.phone, text: refillMessage(customer.name, medicines), pharmacy_reminders: due.map((r) => r.id) },
    idempotencyKey,
    serialKey: `pharmacy-wa:${customer.phone}`,
    ...(now ? { businessHours: 'any' as const } : {}),
  };
}

/** The key of a customer's refill message of one local day: whatever runs again, one message per customer per day. */
const refillKey = (customerId: string, day: string) => `pharmacy-refill:${customerId}:${day}`;

/**
 * Sends a customer's refill reminders due by `day` that are still waiting (not sent, not bought again): one
 * WhatsApp text naming every medicine, once (the delivery's key is the customer and the day). `now`: a person
 * pressed "send now", so it does not wait for business hours. Returns the delivery, or undefined when nothing waits.
 */
export async function sendRefills(
  trx: Executor,
  deps: CustomerDeps,
  input: { workspaceId: string; customerId: string; day: string; now?: boolean; onlyReminderId?: string },
): Promise<{ deliveryId: string; reminders: string[] } | undefined> {
  let q = waitingReminders(trx, input.workspaceId).selectAll().where('customer_id', '=', input.customerId);
  q = input.onlyReminderId ? q.where('id', '=', input.onlyReminderId) : q.where('reminder_date', '<=', input.day);
  const due = await q.orderBy('reminder_date').orderBy('id').execute();
  if (due.length === 0) return undefined;
  const customer = await trx.selectFrom('pharmacy_customers').selectAll().where('workspace_id', '=', input.workspaceId).where('id', '=', input.customerId).executeTakeFirstOrThrow();
  const key = input.onlyReminderId ? `pharmacy-refill-now:${input.onlyReminderId}` : refillKey(customer.id, input.day);
  const { delivery } = await createDelivery(deliveryTarget(trx, deps), input.workspaceId, refillDelivery(customer, due, key, input.now === true));
  await markNotified(trx, deps, input.workspaceId, [{ deliveryId: delivery.id, reminders: due.map((r) => r.id) }]);
  return { deliveryId: delivery.id, reminders: due.map((r) => r.id) };
}

const deliveryTarget = (trx: Executor, deps: CustomerDeps) => ({ db: trx, dialect: deps.dialect, clock: deps.clock, jobSignal: deps.jobSignal });

/** Marks reminders sent with their delivery: one statement for them all (the delivery chosen per customer). */
async function markNotified(trx: Executor, deps: CustomerDeps, workspaceId: string, sends: readonly { deliveryId: string; reminders: readonly string[] }[]): Promise<void> {
  const ids = sends.flatMap((s) => s.reminders);
  if (ids.length === 0) return;
  const deliveryOf = sql<string>`case id ${sql.join(
    sends.flatMap((s) => s.reminders.map((id) => sql`when ${id} then ${s.deliveryId}`)),
    sql` `,
  )} end`;
  await trx
    .updateTable('pharmacy_refill_reminders')
    .set({ notification_sent: 1, notified_at: deps.clock.now(), delivery_id: deliveryOf })
    .where(workspaceColumn(), '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

/**
 * A local day's refill messages, set-based: the next `limit` customers with reminders due by `day` still waiting,
 * each sent one message naming every medicine due (once: the delivery's key is the customer and the day), in a few
 * statements whatever `limit`. The deliveries wait for business hours. Returns how many customers it took, so the
 * caller repeats while a full page came back.
 */
export async function sendDueRefills(trx: Executor, deps: CustomerDeps, input: { workspaceId: string; day: string; limit: number }): Promise<number> {
  const { workspaceId, day } = input;
  const customers = await trx
    .selectFrom('pharmacy_customers')
    .selectAll()
    // workspaceColumn: the customers are found from the due reminders, by primary key, not by reading every customer.
    .where(workspaceColumn(), '=', workspaceId)
    .where('id', 'in', waitingReminders(trx, workspaceId).select('customer_id').where('reminder_date', '<=', day))
    .orderBy('id')
    .limit(input.limit)
    .execute();
  if (customers.length === 0) return 0;
  const due = await waitingReminders(trx, workspaceId)
    .selectAll()
    .where('reminder_date', '<=', day)
    .where('customer_id', 'in', customers.map((c) => c.id))
    .orderBy('reminder_date')
    .orderBy('id')
    .execute();
  const byCustomer = new Map<string, RefillReminderRow[]>();
  for (const r of due) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
  const messages = customers.flatMap((c) => {
    const mine = byCustomer.get(c.id);
    return mine ? [{ key: refillKey(c.id, day), delivery: refillDelivery(c, mine, refillKey(c.id, day), false), reminders: mine.map((r) => r.id) }] : [];
  });
  const ids = await createDeliveries(deliveryTarget(trx, deps), workspaceId, messages.map((m) => m.delivery));
  await markNotified(
    trx,
    deps,
    workspaceId,
    messages.flatMap((m) => {
      const deliveryId = ids.get(m.key)?.id;
      return deliveryId ? [{ deliveryId, reminders: m.reminders }] : [];
    }),
  );
  return customers.length;
}
