// ScaleV wire schemas: v3 API responses and the order webhook payloads, loose on unknown fields, strict on the ones we read.
import { z } from 'zod';

// Every object is a z.looseObject: ScaleV adds fields over time (payment_link_id arrived in 2026) and an unknown
// field must never fail a parse. The fields we read are typed and, where ScaleV's documentation (DOC) promises them,
// required.

/** DOC: the four payment statuses of an order (SDK order typing). */
export const SCALEV_PAYMENT_STATUSES = ['unpaid', 'paid', 'conflict', 'settled'] as const;
export const scalevPaymentStatusSchema = z.enum(SCALEV_PAYMENT_STATUSES);
export type ScalevPaymentStatus = z.infer<typeof scalevPaymentStatusSchema>;

// ---------------------------------------------------------------- API (v3)

/** DOC: every v3 collection is `{data, is_paginated, has_next, has_previous, next_cursor, previous_cursor, page_size}`. */
export function scalevPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    has_next: z.boolean(),
    next_cursor: z.string().nullish(),
    has_previous: z.boolean().optional(),
    previous_cursor: z.string().nullish(),
    page_size: z.number().int().optional(),
  });
}

export const scalevStoreSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  unique_id: z.string(),
  uuid: z.string().optional(),
  business_id: z.number().int().optional(),
});
export type ScalevStore = z.infer<typeof scalevStoreSchema>;

export const scalevVariantSchema = z.looseObject({
  id: z.number().int(),
  unique_id: z.string(),
  name: z.string(),
  product_name: z.string().optional(),
  // ASSUMED in the list: v2 types `sku` only on product/variant detail; absent means "ask the variant route".
  sku: z.string().nullish(),
  price: z.number().optional(),
  is_checked: z.boolean().optional(),
  option1_value: z.string().nullish(),
  option2_value: z.string().nullish(),
  option3_value: z.string().nullish(),
});
export type ScalevVariant = z.infer<typeof scalevVariantSchema>;

export const scalevProductSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  public_name: z.string().nullish(),
  display: z.string().nullish(),
  uuid: z.string().optional(),
  item_type: z.string().optional(),
  variant_count: z.number().int().optional(),
  variants: z.array(scalevVariantSchema),
});
export type ScalevProduct = z.infer<typeof scalevProductSchema>;

const scalevUserSchema = z.looseObject({
  id: z.number().int(),
  email: z.string(),
  fullname: z.string(),
  phone: z.string().nullish(),
  aff_code: z.string().nullish(),
});

/** DOC (v2 typing, same names in v3 ASSUMED): the person is `business_user.user`; `id` is the store-sales-person record. */
export const scalevSalesPersonSchema = z.looseObject({
  id: z.number().int(),
  business_user: z.looseObject({
    id: z.number().int(),
    business_phone: z.string().nullish(),
    role: z.looseObject({ id: z.number().int(), name: z.string() }).nullish(),
    user: scalevUserSchema,
  }),
  percentage: z.number().nullish(),
});
export type ScalevSalesPerson = z.infer<typeof scalevSalesPersonSchema>;

// ---------------------------------------------------------------- orders (shared by API and webhook)

/** The order's handler: the assigned sales person (CS). All fields optional in the SDK typing. */
export const scalevHandlerSchema = z.looseObject({
  id: z.number().int().nullish(),
  email: z.string().nullish(),
  fullname: z.string().nullish(),
  phone: z.string().nullish(),
  aff_code: z.string().nullish(),
});

/** DOC: where the customer's contact lives. The webhook carries `email` here; the API typing does not. */
const destinationAddressSchema = z.looseObject({
  name: z.string(),
  phone: z.string(),
  email: z.string().nullish(),
  address: z.string().nullish(),
  city: z.string().nullish(),
  province: z.string().nullish(),
  postal_code: z.string().nullish(),
});

const orderLineSchema = z.looseObject({
  product_name: z.string(),
  quantity: z.number().int(),
  variant_sku: z.string().nullish(),
  /** Webhook only. */
  variant_unique_id: z.string().nullish(),
  /** API only: the numeric variant id. */
  variant: z.number().int().nullish(),
});

/**
 * The fields every full order snapshot has, from the webhook (`order.created` and its three twins) or from
 * `GET /v3/orders/{id}`. Helpers in order.ts take this type, so they work on either source.
 */
export const scalevOrderSnapshotSchema = z.looseObject({
  /** UUIDv7 primary key. Newer webhook payloads only; legacy API orders may carry a number. */
  id: z.union([z.string(), z.number()]).optional(),
  order_id: z.string().min(1),
  status: z.string(),
  payment_status: scalevPaymentStatusSchema,
  payment_method: z.string().nullish(),
  store: z.looseObject({ name: z.string(), id: z.number().int().optional(), unique_id: z.string().optional() }),
  destination_address: destinationAddressSchema,
  /** API only: the customer record, the email source there. */
  customer: z.looseObject({ name: z.string().nullish(), email: z.string().nullish(), phone: z.string().nullish() }).nullish(),
  /** ASSUMED in webhooks (OBS in live ones); DOC on the API order. Absent or null when nobody handles the order. */
  handler: scalevHandlerSchema.nullish(),
  handler_phone: z.string().nullish(),
  orderlines: z.array(orderLineSchema),
  created_at: z.string(),
});
export type ScalevOrderSnapshot = z.infer<typeof scalevOrderSnapshotSchema>;

/** `GET /v3/orders/{id}` and the items of `GET /v3/orders`: the snapshot with the id always present. */
export const scalevOrderSchema = scalevOrderSnapshotSchema.extend({
  id: z.union([z.string(), z.number()]),
});
export type ScalevOrder = z.infer<typeof scalevOrderSchema>;

// ---------------------------------------------------------------- webhooks

/** DOC: webhook orderlines always carry the variant's unique id and SKU (the SKU may be ""). */
const webhookOrderLineSchema = orderLineSchema.extend({
  variant_unique_id: z.string(),
  variant_sku: z.string(),
});

/** `data` of order.created / order.updated / order.epayment_created / order.spam_created (DOC: one shared sample). */
export const scalevWebhookOrderSchema = scalevOrderSnapshotSchema.extend({
  id: z.string().optional(),
  orderlines: z.array(webhookOrderLineSchema),
});
export type ScalevWebhookOrder = z.infer<typeof scalevWebhookOrderSchema>;

/** `data` of order.payment_status_changed (DOC): slim, with no customer, store or orderlines. */
export const scalevPaymentStatusChangeSchema = z.looseObject({
  // The older sample showed an integer id, the newer docs a UUID string.
  id: z.union([z.string(), z.number()]).optional(),
  order_id: z.string().min(1),
  payment_status: scalevPaymentStatusSchema,
  paid_time: z.string().nullish(),
  settled_time: z.string().nullish(),
  last_updated_at: z.string().optional(),
  payment_status_history: z
    .array(
      z.looseObject({
        at: z.string(),
        // ASSUMED: null for a system-made change (the SDK types `by` as nullable).
        by: z.looseObject({ email: z.string().nullish(), name: z.string().nullish() }).nullable(),
        status: z.string(),
      }),
    )
    .optional(),
});
export type ScalevPaymentStatusChange = z.infer<typeof scalevPaymentStatusChangeSchema>;

/** `data` of order.status_changed (DOC). */
export const scalevStatusChangeSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  order_id: z.string().min(1),
  status: z.string(),
  last_updated_at: z.string().optional(),
});
export type ScalevStatusChange = z.infer<typeof scalevStatusChangeSchema>;

/** DOC: the four events whose `data` is the full order snapshot. */
export const SCALEV_ORDER_SNAPSHOT_EVENTS = ['order.created', 'order.updated', 'order.epayment_created', 'order.spam_created'] as const;

function envelope<E extends z.ZodType, D extends z.ZodType>(event: E, data: D) {
  return z.looseObject({ event, unique_id: z.string().min(1), timestamp: z.string(), data });
}

export const scalevOrderSnapshotEventSchema = envelope(z.enum(SCALEV_ORDER_SNAPSHOT_EVENTS), scalevWebhookOrderSchema);
export type ScalevOrderSnapshotEvent = z.infer<typeof scalevOrderSnapshotEventSchema>;

export const scalevOrderCreatedEventSchema = envelope(z.literal('order.created'), scalevWebhookOrderSchema);
export type ScalevOrderCreatedEvent = z.infer<typeof scalevOrderCreatedEventSchema>;

export const scalevPaymentStatusChangedEventSchema = envelope(z.literal('order.payment_status_changed'), scalevPaymentStatusChangeSchema);
export type ScalevPaymentStatusChangedEvent = z.infer<typeof scalevPaymentStatusChangedEventSchema>;

export const scalevStatusChangedEventSchema = envelope(z.literal('order.status_changed'), scalevStatusChangeSchema);
export type ScalevStatusChangedEvent = z.infer<typeof scalevStatusChangedEventSchema>;
