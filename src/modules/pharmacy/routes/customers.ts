// /api/customers/phone, /quick-purchase and /reminders: the counter's look-up and purchase entry, and refill reminders.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import { normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';
import { AppError, notFound } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { phoneLookupSchema, phoneParams, quickPurchaseBody, quickPurchaseResultSchema } from '../contract/customers.js';
import { notifyResultSchema, pendingRefillSchema, pendingRemindersQuery, reminderParams } from '../contract/reminders.js';
import { recordQuickPurchase, sendRefills } from '../customers/flow.js';
import { customerView, findCustomerByPhone, pendingRefills, refillReminderView } from '../customers/queries.js';
import { sheetContactView } from '../queries.js';
import { workspaceLocale } from '../settings.js';
import { z } from 'zod';
import { workspaceColumn } from '../../../db/by-id.js';

const tags = ['pharmacy'];

export const customerRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/customers/phone/:phone', {
    config: { roles: READERS },
    schema: {
      operationId: 'lookupPharmacyPhone',
      tags,
      summary: 'Before a purchase: the customer and the sheet contact with this phone (any format), so staff see "contacted before?"',
      params: phoneParams,
      response: { 200: phoneLookupSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { country } = await workspaceLocale(ctx.db, ws);
    const phone = normalizePhone(request.params.phone, toCountryCode(country));
    if (!phone) throw new AppError('validation_failed', 'params.phone: not a valid phone number', { context: { fields: { phone: 'not a valid phone number' } } });
    const customer = await findCustomerByPhone(ctx.db, ws, phone);
    const contact = await ctx.db.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', ws).where('phone', '=', phone).executeTakeFirst();
    return { phone, customer: customer ? customerView(customer) : null, contact: contact ? sheetContactView(contact) : null };
  });

  app.post('/api/customers/quick-purchase', {
    config: { roles: READERS },
    schema: {
      operationId: 'recordPharmacyQuickPurchase',
      tags,
      summary: 'A walk-in purchase: creates or updates the customer, records the items (a total that is not quantity × unit_price is a 400 naming the item), converts a sheet contact, schedules refill reminders',
      body: quickPurchaseBody,
      response: { 200: quickPurchaseResultSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { country, timezone } = await workspaceLocale(ctx.db, auth.workspaceId);
    return ctx.db.transaction().execute((trx) =>
      recordQuickPurchase(trx, ctx, { workspaceId: auth.workspaceId, country, timezone, createdBy: auth.userId ?? auth.tokenId }, request.body),
    );
  });

  app.get('/api/customers/reminders/pending', {
    config: { roles: READERS },
    schema: {
      operationId: 'listPharmacyPendingRefills',
      tags,
      summary: "Refill reminders not sent yet and due within days_ahead local days (overdue ones included), with the customer's name and phone",
      querystring: pendingRemindersQuery,
      response: { 200: z.array(pendingRefillSchema) },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    const reminders = await pendingRefills(ctx.db, ws, timezone, ctx.clock.now(), request.query.days_ahead);
    // pendingRefills returns at most 1,000 rows, so one IN list of their customers stays well inside bind limits.
    const ids = [...new Set(reminders.map((r) => r.customer_id))];
    const customers = ids.length === 0 ? [] : await ctx.db.selectFrom('pharmacy_customers').select(['id', 'name', 'phone']).where(workspaceColumn(), '=', ws).where('id', 'in', ids).execute();
    const byId = new Map(customers.map((c) => [c.id, c]));
    return reminders.map((r) => ({ ...refillReminderView(r), customer_name: byId.get(r.customer_id)?.name ?? null, customer_phone: byId.get(r.customer_id)?.phone ?? '' }));
  });

  app.post('/api/customers/reminders/:reminder_id/notify', {
    config: { roles: READERS },
    schema: {
      operationId: 'notifyPharmacyRefill',
      tags,
      summary: 'Send a refill reminder now over WhatsApp; a second call sends nothing more',
      params: reminderParams,
      response: { 200: notifyResultSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const id = request.params.reminder_id;
    return ctx.db.transaction().execute(async (trx) => {
      const reminder = await trx.selectFrom('pharmacy_refill_reminders').selectAll().where('workspace_id', '=', ws).where('id', '=', id).executeTakeFirst();
      if (!reminder) throw notFound('refill reminder', id);
      const sent = await sendRefills(trx, ctx, { workspaceId: ws, customerId: reminder.customer_id, day: reminder.reminder_date, now: true, onlyReminderId: id });
      const after = await trx.selectFrom('pharmacy_refill_reminders').selectAll().where('workspace_id', '=', ws).where('id', '=', id).executeTakeFirstOrThrow();
      return { reminder: refillReminderView(after), sent: sent !== undefined, delivery_id: after.delivery_id };
    });
  });
};
