// The handler for stored ScaleV webhooks (order.created makes leads, a paid payment status or a paid order.updated
// closes them), and how an order from a webhook or the ScaleV API becomes the facts (and the value) the lead flow needs.
import { z } from 'zod';
import { orderAmount, orderLineAmounts, scalevPaymentStatusChangedEventSchema } from '../../connectors/scalev/index.js';
import type { AppContext } from '../../core/context.js';
import { cleanLine } from '../../core/provider-values.js';
import type { EventHandler, EventOutcome, EventSetHandler, StoredEvent } from '../../core/inbox/process.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import { note } from '../../core/notes.js';
import type { JobContext } from '../../core/jobs/types.js';
import { ingestOrder, markOrderPaid, orderNeedsHandler, type Cause, type Flow } from './flow.js';
import { isPaidStatus, type OrderFacts } from './rules.js';
import { ingestOrders, type OrderInSet } from './order-sets.js';

/** A text field the flow reads but can live without: a wrong type counts as absent instead of dropping the order. */
const text = z.string().nullish().catch(undefined);

/**
 * Only what the lead flow reads of an order (webhook snapshot or API order), everything else left in the stored raw
 * body. Only the order code and the lines are required: without them there is nothing to match. `id` is a UUID in
 * newer payloads and an integer in older ones.
 */
export const leadOrderSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish().catch(undefined),
  order_id: z.string().min(1),
  payment_status: text,
  paid_time: text,
  created_at: text,
  store: z.looseObject({ name: text }).nullish().catch(undefined),
  destination_address: z.looseObject({ name: text, email: text, phone: text }).nullish().catch(undefined),
  customer: z.looseObject({ name: text, email: text, phone: text }).nullish().catch(undefined),
  handler: z.looseObject({ email: text, fullname: text }).nullish().catch(undefined),
  orderlines: z.array(
    z.looseObject({
      product_name: z.string().catch(''),
      variant_sku: text,
      variant_unique_id: text,
    }),
  ),
});
export type LeadOrder = z.infer<typeof leadOrderSchema>;
const leadOrderEventSchema = z.looseObject({ data: leadOrderSchema });

const causeOf = (event: StoredEvent): Cause => ({ cause: `webhook:${event.type}`, actor: { type: 'webhook', id: event.id }, eventId: event.id });

function unreadable(type: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const first = error.issues[0];
  const field = first ? first.path.join('.') || 'body' : 'body';
  return {
    status: 'skipped' as const,
    outcome: `unreadable ${type}: ${first ? `${field}: ${first.message}` : 'invalid body'}`,
    notes: [note('event.unreadable', { type, field })],
  };
}

/** The order an order.created or order.updated event carries, with its facts; or why it cannot be read. */
function readOrder(event: StoredEvent, body: unknown): { ok: true; order: LeadOrder; facts: OrderFacts } | { ok: false; outcome: EventOutcome } {
  const parsed = leadOrderEventSchema.safeParse(body);
  if (!parsed.success) return { ok: false, outcome: unreadable(event.type, parsed.error) };
  return { ok: true, order: parsed.data.data, facts: orderFacts(parsed.data.data, event.received_at) };
}

export function scalevEventHandler(ctx: AppContext): EventHandler {
  return Object.assign(handleOne(ctx), { handleSet: orderSet(ctx) });
}

/**
 * The set form: the set's readable order.created events go to ingestOrders together (a burst of orders); every other
 * event, and any order it leaves out, runs through the handler one by one.
 */
function orderSet(ctx: AppContext): EventSetHandler {
  return async (items, db) => {
    const orders: { index: number; order: OrderInSet }[] = [];
    for (const [index, { event }] of items.entries()) {
      if (event.type !== 'order.created') continue;
      const read = readOrder(event, JSON.parse(event.raw_body));
      if (read.ok) orders.push({ index, order: { facts: read.facts, cause: causeOf(event) } });
    }
    const outcomes: (EventOutcome | undefined)[] = items.map(() => undefined);
    const workspaceId = items[0]?.ctx.workspaceId;
    if (orders.length < 2 || workspaceId === undefined) return outcomes;
    const ingested = await ingestOrders({ db, ctx, workspaceId }, orders.map((o) => o.order));
    orders.forEach(({ index }, i) => (outcomes[index] = ingested[i]));
    return outcomes;
  };
}

function handleOne(ctx: AppContext): EventHandler {
  return async (event, jc: JobContext) => {
    const flow: Flow = { db: jc.db, ctx, workspaceId: jc.workspaceId };
    const body: unknown = JSON.parse(event.raw_body);
    const fetchOrder = (orderId: string, orderPk: string | undefined, reason: 'paid-before-created' | 'no-handler') =>
      enqueueJob({ db: jc.db, dialect: ctx.dialect, clock: ctx.clock }, jc.workspaceId, 'scalev-leads.fetch-order', { orderId, orderPk, eventId: event.id, reason }, { serialKey: `order:${orderId}` });
    switch (event.type) {
      case 'business.test_event':
        return { status: 'processed', outcome: 'ScaleV test event received: the webhook works', notes: [note('scalev.test_event')] };
      case 'order.created': {
        const read = readOrder(event, body);
        if (!read.ok) return read.outcome;
        const { facts } = read;
        if (await orderNeedsHandler(flow, facts)) {
          // An entry for one sales person could match but the webhook names nobody: the API order carries the handler.
          await fetchOrder(facts.orderId, facts.orderPk, 'no-handler');
          jc.logger.info({ orderId: facts.orderId }, 'order.created without a handler: fetching the order from ScaleV to read it');
          return {
            status: 'processed',
            outcome: `order ${facts.orderId} has no handler in the webhook: fetching it from ScaleV to match the sales person`,
            notes: [note('scalev.fetching_order', { order: facts.orderId })],
          };
        }
        return ingestOrder(flow, facts, causeOf(event));
      }
      case 'order.updated': {
        const read = readOrder(event, body);
        if (!read.ok) return read.outcome;
        const { facts } = read;
        if (!facts.paid) {
          const status = read.order.payment_status ?? 'unknown';
          return { status: 'skipped', outcome: `order.updated with payment status ${status}: nothing to do`, notes: [note('scalev.payment_not_paid', { status })] };
        }
        // A paid order.updated closes the order's leads like the payment event; an order never seen is ingested as paid.
        const paid = await markOrderPaid(flow, facts.orderId, causeOf(event));
        if (paid.found > 0) return { status: 'processed', outcome: paid.told.text, notes: paid.told.notes };
        return ingestOrder(flow, facts, causeOf(event));
      }
      case 'order.payment_status_changed': {
        const parsed = scalevPaymentStatusChangedEventSchema.safeParse(body);
        if (!parsed.success) return unreadable(event.type, parsed.error);
        const data = parsed.data.data;
        if (!isPaidStatus(data.payment_status)) {
          return { status: 'skipped', outcome: `payment status ${data.payment_status}: nothing to do`, notes: [note('scalev.payment_not_paid', { status: data.payment_status })] };
        }
        const paid = await markOrderPaid(flow, data.order_id, causeOf(event));
        if (paid.found > 0) return { status: 'processed', outcome: paid.told.text, notes: paid.told.notes };
        // Paid before we saw the order (or we never did): the payment event carries no customer or product.
        await fetchOrder(data.order_id, data.id === undefined ? undefined : String(data.id), 'paid-before-created');
        return { status: 'processed', outcome: `order ${data.order_id} not seen yet: fetching it from ScaleV`, notes: [note('scalev.fetching_order', { order: data.order_id })] };
      }
      default:
        return { status: 'skipped', outcome: `${event.type} is not used by the lead tiers`, notes: [note('event.not_used', { type: event.type })] };
    }
  };
}

const time = (value: string | null | undefined): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};
/** A describing value as stored: control characters become spaces, cut to a line's length; blank is absent. */
const present = (value: string | null | undefined): string | undefined => cleanLine(value);

/**
 * The facts of an order from a webhook or the API. The customer's contact is the destination address's, each
 * field falling back to the customer record (the API order's address has no email). `fallbackCreatedAt` is used
 * when the order's own created_at cannot be read.
 */
export function orderFacts(order: LeadOrder, fallbackCreatedAt: number): OrderFacts {
  const address = order.destination_address ?? undefined;
  const customer = order.customer ?? undefined;
  const handlerEmail = present(order.handler?.email);
  const lineCents = orderLineAmounts(order);
  const orderPk = order.id === undefined || order.id === null || String(order.id) === '' ? undefined : String(order.id);
  return {
    orderId: order.order_id,
    orderPk,
    storeName: present(order.store?.name),
    createdAt: time(order.created_at) ?? fallbackCreatedAt,
    paid: isPaidStatus(order.payment_status),
    paidAt: time(order.paid_time),
    customer: {
      name: present(address?.name) ?? present(customer?.name),
      email: present(address?.email) ?? present(customer?.email),
      phone: present(address?.phone) ?? present(customer?.phone),
    },
    handler: handlerEmail ? { email: handlerEmail, name: present(order.handler?.fullname) } : undefined,
    amount: orderAmount(order),
    // Each line's value is read before unusable lines are left out, so it stays beside its own line.
    items: order.orderlines
      .map((line, i) => ({ productName: line.product_name, sku: present(line.variant_sku), variantUniqueId: present(line.variant_unique_id), amountCents: lineCents[i] }))
      .filter((item) => item.productName !== '' || item.sku !== undefined || item.variantUniqueId !== undefined),
  };
}
