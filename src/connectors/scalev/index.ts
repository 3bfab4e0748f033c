// Public surface of the ScaleV connector: the only import path other layers use.
export {
  createScalevClient,
  SCALEV_DEFAULT_BASE_URL,
  type ScalevClient,
  type ScalevClientOptions,
  type ScalevPage,
  type ScalevPageOptions,
} from './client.js';
export {
  isPaid,
  isPaidStatus,
  orderCode,
  orderCustomer,
  orderHandler,
  orderItems,
  orderKey,
  type OrderCustomer,
  type OrderHandler,
  type OrderItem,
} from './order.js';
export { orderAmount, orderLineAmounts, SCALEV_CURRENCY, toCents, type OrderAmount } from './money.js';
export {
  SCALEV_ORDER_SNAPSHOT_EVENTS,
  SCALEV_PAYMENT_STATUSES,
  scalevOrderCreatedEventSchema,
  scalevOrderSchema,
  scalevOrderSnapshotEventSchema,
  scalevOrderSnapshotSchema,
  scalevPaymentStatusChangedEventSchema,
  scalevPaymentStatusChangeSchema,
  scalevPaymentStatusSchema,
  scalevStatusChangedEventSchema,
  scalevStatusChangeSchema,
  scalevWebhookOrderSchema,
  type ScalevOrder,
  type ScalevOrderCreatedEvent,
  type ScalevOrderSnapshot,
  type ScalevOrderSnapshotEvent,
  type ScalevPaymentStatus,
  type ScalevPaymentStatusChange,
  type ScalevPaymentStatusChangedEvent,
  type ScalevProduct,
  type ScalevSalesPerson,
  type ScalevStatusChange,
  type ScalevStatusChangedEvent,
  type ScalevStore,
  type ScalevVariant,
  type ScalevWebhookOrder,
} from './types.js';
export { parse, SCALEV_SIGNATURE_HEADER, verify } from './webhook.js';
export { scalevClientFor, scalevConnector } from './connector.js';
