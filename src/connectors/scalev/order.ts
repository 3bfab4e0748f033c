// Pure readers over a ScaleV order (webhook snapshot or API order): customer, handler, items, payment state, ids.
import { cleanLine } from '../../core/provider-values.js';
import type { ScalevOrderSnapshot, ScalevPaymentStatus } from './types.js';

/** The buyer's contact as ScaleV gives it. Any field may be missing: ScaleV checkouts do not all ask for email. */
export interface OrderCustomer {
  name: string | undefined;
  email: string | undefined;
  /** Digits as ScaleV sends them, usually `62…`; normalizing is the caller's job. */
  phone: string | undefined;
}

/** The sales person (CS) assigned to the order. */
export interface OrderHandler {
  /** Match sales people on this, case-insensitively: sales people are matched by email. */
  email: string;
  name: string | undefined;
  /** ScaleV user id; equals `business_user.user.id` of a sales person (ASSUMED: undocumented mapping). */
  id: number | undefined;
  phone: string | undefined;
}

/** One ordered line. */
export interface OrderItem {
  /** ScaleV's line name; usually the variant's full name, e.g. `Madu Hutan Sumbawa - 500 gr` (OBS). */
  productName: string;
  /** `variant_…`; webhook payloads only. */
  variantUniqueId: string | undefined;
  /** Numeric variant id; API orders only. */
  variantId: number | undefined;
  /** Undefined when ScaleV sends an empty SKU (OBS: it may be ""). */
  sku: string | undefined;
  quantity: number;
}

/**
 * Customer name, email and phone come from the order's destination address (ScaleV's documented
 * customer contact). The API order's address has no email (DOC v2 typing), so each field falls back to `customer`.
 */
export function orderCustomer(order: ScalevOrderSnapshot): OrderCustomer {
  const address = order.destination_address;
  const customer = order.customer ?? undefined;
  return {
    name: present(address.name) ?? present(customer?.name),
    email: present(address.email) ?? present(customer?.email),
    phone: present(address.phone) ?? present(customer?.phone),
  };
}

/** `data.handler` (ASSUMED in webhooks, DOC on the API order); undefined when absent or without an email. */
export function orderHandler(order: ScalevOrderSnapshot): OrderHandler | undefined {
  const handler = order.handler ?? undefined;
  const email = present(handler?.email);
  if (handler === undefined || email === undefined) return undefined;
  return {
    email,
    name: present(handler.fullname),
    id: handler.id ?? undefined,
    phone: present(handler.phone) ?? present(order.handler_phone),
  };
}

/** `data.orderlines[]`: product_name, variant_unique_id (webhook) or variant (API), variant_sku, quantity. */
export function orderItems(order: ScalevOrderSnapshot): OrderItem[] {
  return order.orderlines.map((line) => ({
    productName: present(line.product_name) ?? '',
    variantUniqueId: present(line.variant_unique_id),
    variantId: line.variant ?? undefined,
    sku: present(line.variant_sku),
    quantity: line.quantity,
  }));
}

/** ASSUMED (undocumented): paid for business purposes means `paid` or `settled` (funds reached the merchant). */
export function isPaidStatus(status: ScalevPaymentStatus): boolean {
  return status === 'paid' || status === 'settled';
}

/** Works on a full snapshot and on the slim order.payment_status_changed data alike. */
export function isPaid(order: { payment_status: ScalevPaymentStatus }): boolean {
  return isPaidStatus(order.payment_status);
}

/** The human order code (`data.order_id`, e.g. `260504KXQMRT`): present on every order event. */
export function orderCode(order: { order_id: string }): string {
  return order.order_id;
}

/**
 * The canonical primary key (`data.id`, UUIDv7) as a string, for `GET /v3/orders/{id}`. Undefined for older
 * payloads that predate it; look the order up by its code then.
 */
export function orderKey(order: { id?: string | number | undefined }): string | undefined {
  if (order.id === undefined) return undefined;
  const key = String(order.id);
  return key === '' ? undefined : key;
}

/** Text as stored: control characters (CR, LF, NUL…) become spaces and it is cut to a sane length; empty is absent. */
function present(value: string | null | undefined): string | undefined {
  return cleanLine(value);
}
