// Reads an order from a ScaleV webhook or API answer into the facts the lead flow needs.
import { isPaid, orderCode, orderCustomer, orderHandler, orderItems, orderKey, type ScalevOrderSnapshot } from '../../connectors/scalev/index.js';
import type { OrderFacts } from './flow.js';

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
    storeName: order.store.name,
    createdAt: time(order.created_at) ?? fallbackCreatedAt,
    paid: isPaid(order),
    paidAt: time((order as Record<string, unknown>)['paid_time']),
    customer: orderCustomer(order),
    handler: handler ? { email: handler.email, name: handler.name } : undefined,
    items: orderItems(order),
  };
}
