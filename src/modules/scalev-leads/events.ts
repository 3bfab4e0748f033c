// The handler for stored ScaleV webhooks (order.created makes leads, a paid payment status closes them), and how an
// order from a webhook or the ScaleV API becomes the facts the lead flow needs.
import {
  isPaid,
  orderCode,
  orderCustomer,
  orderHandler,
  orderItems,
  orderKey,
  scalevOrderCreatedEventSchema,
  scalevPaymentStatusChangedEventSchema,
  type ScalevOrderSnapshot,
} from '../../connectors/scalev/index.js';
import type { AppContext } from '../../core/context.js';
import { cleanLine } from '../../core/provider-values.js';
import type { EventHandler, StoredEvent } from '../../core/inbox/process.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import type { JobContext } from '../../core/jobs/types.js';
import { ingestOrder, markOrderPaid, type Cause, type Flow } from './flow.js';
import { isPaidStatus, type OrderFacts } from './rules.js';

const causeOf = (event: StoredEvent): Cause => ({ cause: `webhook:${event.type}`, actor: { type: 'webhook', id: event.id }, eventId: event.id });

function unreadable(type: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const first = error.issues[0];
  return { status: 'skipped' as const, outcome: `unreadable ${type}: ${first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid body'}` };
}

export function scalevEventHandler(ctx: AppContext): EventHandler {
  return async (event, jc: JobContext) => {
    const flow: Flow = { db: jc.db, ctx, workspaceId: jc.workspaceId };
    const body: unknown = JSON.parse(event.raw_body);
    switch (event.type) {
      case 'business.test_event':
        return { status: 'processed', outcome: 'ScaleV test event received: the webhook works' };
      case 'order.created': {
        const parsed = scalevOrderCreatedEventSchema.safeParse(body);
        if (!parsed.success) return unreadable(event.type, parsed.error);
        return ingestOrder(flow, orderFacts(parsed.data.data, event.received_at), causeOf(event));
      }
      case 'order.payment_status_changed': {
        const parsed = scalevPaymentStatusChangedEventSchema.safeParse(body);
        if (!parsed.success) return unreadable(event.type, parsed.error);
        const data = parsed.data.data;
        if (!isPaidStatus(data.payment_status)) return { status: 'skipped', outcome: `payment status ${data.payment_status}: nothing to do` };
        const { found, notes } = await markOrderPaid(flow, data.order_id, causeOf(event));
        if (found > 0) return { status: 'processed', outcome: notes.join('; ') };
        // Paid before we saw the order (or we never did): the payment event carries no customer or product.
        const orderPk = data.id === undefined ? undefined : String(data.id);
        await enqueueJob({ db: jc.db, dialect: ctx.dialect, clock: ctx.clock }, jc.workspaceId, 'scalev-leads.fetch-order', { orderId: data.order_id, orderPk, eventId: event.id }, { serialKey: `order:${data.order_id}` });
        return { status: 'processed', outcome: `order ${data.order_id} not seen yet: fetching it from ScaleV` };
      }
      default:
        return { status: 'skipped', outcome: `${event.type} is not used by the lead tiers` };
    }
  };
}

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/** `fallbackCreatedAt` is used when the order's own created_at cannot be read (it always should be). */
export function orderFacts(order: ScalevOrderSnapshot, fallbackCreatedAt: number): OrderFacts {
  const handler = orderHandler(order);
  return {
    orderId: orderCode(order),
    orderPk: orderKey(order),
    storeName: cleanLine(order.store.name),
    createdAt: time(order.created_at) ?? fallbackCreatedAt,
    paid: isPaid(order),
    paidAt: time((order as Record<string, unknown>)['paid_time']),
    customer: orderCustomer(order),
    handler: handler ? { email: handler.email, name: handler.name } : undefined,
    items: orderItems(order),
  };
}
