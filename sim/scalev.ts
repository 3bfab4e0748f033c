// ScaleV simulator: the v3 business API (stores, products, sales people, orders) and a webhook sender signed like ScaleV.
import { createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from './base.js';

// Written from ScaleV's public documentation only. Where it documents nothing, a comment says ASSUMED.

export type ScalevSimPaymentStatus = 'unpaid' | 'paid' | 'conflict' | 'settled';
export type ScalevSimOrderStatus =
  | 'draft' | 'pending' | 'confirmed' | 'in_process' | 'ready' | 'shipped' | 'completed' | 'canceled' | 'rts' | 'closed';
export type ScalevSimEvent =
  | 'order.created' | 'order.updated' | 'order.epayment_created' | 'order.spam_created'
  | 'order.payment_status_changed' | 'order.status_changed' | 'order.deleted' | 'business.test_event';

export interface ScalevSimStore { id: number; name: string; uniqueId: string; uuid: string; logo: string | null; domain: string | null; createdAt: string }
export interface ScalevSimVariant {
  id: number; uniqueId: string; uuid: string;
  /** Option values in option1..3 order; the variant's full name is `<product> - <values joined by " / ">`. */
  options: string[];
  /** May be "" (OBS). */
  sku: string; price: number; cogs: number; weight: number; availableQty: number;
}
export interface ScalevSimProduct {
  id: number; storeIds: number[]; name: string; publicName: string; uuid: string;
  itemType: 'physical' | 'digital' | 'course'; optionNames: string[]; labels: string[]; images: string[]; variants: ScalevSimVariant[];
}
export interface ScalevSimSalesPerson {
  /** The store-sales-person record id. */
  id: number; storeId: number; businessUserId: number; userId: number; email: string; fullname: string; phone: string; affCode: string; percentage: number;
}
export interface ScalevSimCustomer {
  id: number; name: string; email: string; phone: string; address: string; subdistrict: string; city: string; province: string; postalCode: string | null;
}
export interface ScalevSimHistoryEntry { at: string; by: { avatar: string; email: string; name: string } | null; status: string }
export interface ScalevSimOrder {
  /** UUIDv7 primary key (`data.id`). */
  id: string;
  /** Human order code (`data.order_id`): YYMMDD in Jakarta time + 6 letters. */
  orderId: string;
  secretSlug: string; storeId: number; status: ScalevSimOrderStatus; paymentStatus: ScalevSimPaymentStatus; paymentMethod: string;
  customer: ScalevSimCustomer; addressId: number; location: number;
  /** Sales person record id, or null when nobody handles the order. */
  handlerId: number | null;
  lines: Array<{ lineId: number; productId: number; variantId: number; quantity: number }>;
  shippingCost: number; uniqueCode: number; notes: string; paymentAccountId: number;
  transferproofUrl: string | null; transferTime: string | null;
  times: Record<string, string | null>; paymentHistory: ScalevSimHistoryEntry[]; statusHistory: ScalevSimHistoryEntry[];
  createdAt: string; lastUpdatedAt: string;
}
export interface ScalevSimState { stores: ScalevSimStore[]; products: ScalevSimProduct[]; salesPeople: ScalevSimSalesPerson[]; orders: ScalevSimOrder[] }

export interface CreateOrderInput {
  /** Defaults to the store of the first item's product, else the first store. */
  storeId?: number;
  /** Each item names a variant by id, unique id or SKU; defaults to one of the store's first variant. */
  items?: Array<{ variantId?: number; variantUniqueId?: string; sku?: string; quantity?: number }>;
  customer?: Partial<Omit<ScalevSimCustomer, 'id'>>;
  /** Sales person record id or email; null for no handler. Defaults to the store's first sales person. */
  handler?: number | string | null;
  paymentMethod?: string; paymentStatus?: ScalevSimPaymentStatus; status?: ScalevSimOrderStatus; notes?: string;
  /** ISO time; defaults to now. */
  createdAt?: string;
}
export interface ChangeOptions { at?: string; by?: ScalevSimHistoryEntry['by'] }
export interface WebhookOptions {
  /** Signs with another secret (bad-signature tests). */
  signingSecret?: string;
  /** Sends this header value instead of a computed signature. */
  signature?: string;
  /** Drops `handler` and `handler_phone`, as the documented sample does (ASSUMED present by default). */
  omitHandler?: boolean;
  /** Adds X-Scalev-App-Id, as on deliveries to an OAuth app. */
  appId?: string;
  /** Fields laid over `data` as sent (older payload shapes: an integer `id`, a field of an odd type). */
  dataOverrides?: Record<string, unknown>;
}
export interface ScalevWebhookDelivery {
  targetUrl: string; event: ScalevSimEvent; status: number; body: string;
  /** undefined for business.test_event, whose documented sample has no unique_id. */
  uniqueId: string | undefined;
  rawBody: string; signature: string; headers: Record<string, string>;
}
export interface AddProductInput {
  name: string;
  publicName?: string;
  itemType?: ScalevSimProduct['itemType'];
  optionNames?: string[];
  labels?: string[];
  /** One variant with defaults when absent. */
  variants?: Array<Partial<Omit<ScalevSimVariant, 'id' | 'uniqueId' | 'uuid'>>>;
}
export interface ScalevSimOptions {
  apiKey?: string; signingSecret?: string; port?: number;
  /** DOC limits per key: 100 per 10 s and 10,000 per hour. `false` turns limiting off (benchmarks). */
  rateLimit?: { perTenSeconds?: number; perHour?: number } | false;
}
export interface ScalevSim extends SimServer {
  readonly apiKey: string; readonly signingSecret: string; readonly state: ScalevSimState;
  readonly deliveries: readonly ScalevWebhookDelivery[];
  addStore(input: { name: string; domain?: string | null }): ScalevSimStore;
  addProduct(storeId: number, input: AddProductInput): ScalevSimProduct;
  addSalesPerson(storeId: number, input: { fullname: string; email: string; phone?: string; percentage?: number }): ScalevSimSalesPerson;
  createOrder(input?: CreateOrderInput): ScalevSimOrder;
  findOrder(idOrCode: string): ScalevSimOrder | undefined;
  setPaymentStatus(idOrCode: string, status: ScalevSimPaymentStatus, options?: ChangeOptions): ScalevSimOrder;
  setOrderStatus(idOrCode: string, status: ScalevSimOrderStatus, options?: ChangeOptions): ScalevSimOrder;
  /** The webhook `data` ScaleV would send for this event, without sending it. */
  webhookData(event: ScalevSimEvent, order?: ScalevSimOrder | string, options?: WebhookOptions): Record<string, unknown>;
  /** The `GET /v3/orders/{id}` body for an order. */
  apiOrder(order: ScalevSimOrder | string): Record<string, unknown>;
  sendWebhook(targetUrl: string, event: ScalevSimEvent, order?: ScalevSimOrder | string, options?: WebhookOptions): Promise<ScalevWebhookDelivery>;
  /** Re-POSTs the identical bytes and signature (same unique_id), as a duplicate delivery would. */
  redeliver(previous: ScalevWebhookDelivery): Promise<ScalevWebhookDelivery>;
}

const STATUS_TIMES = ['draft', 'pending', 'confirmed', 'in_process', 'ready', 'shipped', 'completed', 'rts', 'canceled', 'closed'];
const PAYMENT_TIMES = ['unpaid', 'paid', 'conflict', 'settled'];
const MAX_PAGE_SIZE = 25;
const BUSINESS = {
  id: 904, username: 'tokoberkahherbal', unique_id: 'business_Xq2Lm8Vb4Nc7', client_id: '7f3c2a90-1d4b-4e8a-9c61-2b5d8e0f4a13',
  account_holder: 'PT Berkah Sehat Nusantara', email: 'owner@tokoberkahherbal.co.id',
};
const OWNER = { id: 1201, email: 'owner@tokoberkahherbal.co.id', fullname: 'Budi Santoso', phone: '6281311122233', avatar: '', aff_code: 'budi' };
const WAREHOUSE = {
  id: 310, name: 'Gudang Sleman', unique_id: 'warehouse_Lp7Qz2Xc9Vb4Nm1Kd8Rt5Yw3',
  address: { address: 'Jl. Kaliurang Km 9, Ngaglik', subdistrict: 'Ngaglik', city: 'Kabupaten Sleman', province: 'DI Yogyakarta', postal_code: '55581' },
};
const BANK = { code: 'bca', name: 'Bank Central Asia', holder: BUSINESS.account_holder, number: '8830123456' };

export async function startScalevSim(options: ScalevSimOptions = {}): Promise<ScalevSim> {
  const apiKey = options.apiKey ?? 'sk_test_scalev_sim_key';
  const signingSecret = options.signingSecret ?? 'sv_test_signing_secret';
  const state = seedState();
  const deliveries: ScalevWebhookDelivery[] = [];
  const limiter = createLimiter(options.rateLimit);
  let nextId = 700_000;
  const newId = () => (nextId += 1);

  const storeById = (raw: string, allowUniqueId: boolean) =>
    state.stores.find((s) => String(s.id) === raw || (allowUniqueId && s.uniqueId === raw));
  const variantOf = (variantId: number) => {
    for (const product of state.products) {
      const variant = product.variants.find((v) => v.id === variantId);
      if (variant !== undefined) return { product, variant };
    }
    throw new Error(`scalev sim: no variant ${variantId}`);
  };
  const findOrder = (key: string) => state.orders.find((o) => o.id === key || o.orderId === key);
  const orderOf = (ref: ScalevSimOrder | string | undefined, event: string) => {
    const order = typeof ref === 'string' ? findOrder(ref) : ref;
    if (order === undefined) throw new Error(`scalev sim: ${event} needs an existing order`);
    return order;
  };
  const render: Renderers = {
    variantOf,
    handlerOf: (o) => state.salesPeople.find((p) => p.id === o.handlerId),
    storeOf: (o) => state.stores.find((s) => s.id === o.storeId),
  };

  const authed = (handler: (req: SimRequest) => SimResponse) => (req: SimRequest): SimResponse => {
    const given = /^bearer\s+(.+)$/i.exec(req.headers['authorization'] ?? '')?.[1]?.trim();
    // DOC: 401 with {"error": "Invalid API key"} for a missing, invalid or expired credential.
    if (given !== apiKey) return { status: 401, json: { error: 'Invalid API key' } };
    const limit = limiter(given);
    if (limit.limited) return { status: 429, headers: limit.headers, text: 'Too Many Requests' };
    const response = handler(req);
    return { ...response, headers: { ...response.headers, ...limit.headers } };
  };

  const routes = [
    { method: 'GET' as const, path: '/v3/stores', handler: authed((req) => {
      const search = req.query['search']?.toLowerCase();
      return paginate(req, state.stores.filter((s) => search === undefined || s.name.toLowerCase().includes(search)).map(renderStore));
    }) },
    { method: 'GET' as const, path: '/v3/stores/:storeId', handler: authed((req) => {
      const store = storeById(req.params['storeId'] ?? '', false);
      return store === undefined ? notFound('Store') : { status: 200, json: renderStore(store) };
    }) },
    { method: 'GET' as const, path: '/v3/stores/:storeId/products', handler: authed((req) => {
      // DOC: numeric id or `store_…` unique id. No search parameter on this route: `search` is ignored like any unknown one.
      const store = storeById(req.params['storeId'] ?? '', true);
      if (store === undefined) return notFound('Store');
      return paginate(req, state.products.filter((p) => p.storeIds.includes(store.id)).map(renderProduct));
    }) },
    { method: 'GET' as const, path: '/v3/stores/:storeId/variants/:variantId', handler: authed((req) => {
      const store = storeById(req.params['storeId'] ?? '', false);
      const key = req.params['variantId'] ?? '';
      const product = state.products.find((p) => store !== undefined && p.storeIds.includes(store.id) && p.variants.some((v) => String(v.id) === key || v.uniqueId === key));
      const variant = product?.variants.find((v) => String(v.id) === key || v.uniqueId === key);
      return product === undefined || variant === undefined ? notFound('Variant') : { status: 200, json: renderVariant(product, variant) };
    }) },
    { method: 'GET' as const, path: '/v3/stores/:storeId/sales-people', handler: authed((req) => {
      const store = storeById(req.params['storeId'] ?? '', false);
      if (store === undefined) return notFound('Store');
      return paginate(req, state.salesPeople.filter((p) => p.storeId === store.id).map(renderSalesPerson));
    }) },
    { method: 'GET' as const, path: '/v3/orders', handler: authed((req) => {
      const field = req.query['search_field'] ?? 'order_id';
      // ASSUMED: only the default search field is simulated.
      if (field !== 'order_id') return { status: 400, json: { error: `Unsupported search_field ${field}` } };
      const search = req.query['search']?.toUpperCase();
      const { store_id: storeId, payment_status: paymentStatus, status } = req.query;
      const found = state.orders
        .filter((o) => (search === undefined || o.orderId.includes(search)) && (storeId === undefined || String(o.storeId) === storeId))
        .filter((o) => (paymentStatus === undefined || o.paymentStatus === paymentStatus) && (status === undefined || o.status === status))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      return paginate(req, found.map((o) => renderApiOrder(o, render)));
    }) },
    { method: 'GET' as const, path: '/v3/orders/:id', handler: authed((req) => {
      const order = state.orders.find((o) => o.id === req.params['id']);
      return order === undefined ? notFound('Order') : { status: 200, json: renderApiOrder(order, render) };
    }) },
  ];
  const server = await startSimServer({ name: 'scalev', routes, ...(options.port === undefined ? {} : { port: options.port }) });

  const addStore: ScalevSim['addStore'] = (input) => {
    const store = {
      id: newId(), name: input.name, uniqueId: `store_${alnum(16)}`, uuid: randomUUID(), logo: null,
      domain: input.domain ?? null, createdAt: isoSeconds(Date.now()),
    };
    state.stores.push(store);
    return store;
  };
  const addProduct: ScalevSim['addProduct'] = (storeId, input) => {
    const prefix = input.name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase() || 'PRD';
    const variants = (input.variants ?? [{}]).map((v, i) => ({
      id: newId(), uniqueId: `variant_${alnum(24)}`, uuid: randomUUID(), options: v.options ?? [], sku: v.sku ?? `${prefix}-${i + 1}`,
      price: v.price ?? 100_000, cogs: v.cogs ?? 50_000, weight: v.weight ?? 250, availableQty: v.availableQty ?? 50,
    }));
    const product = {
      id: newId(), storeIds: [storeId], name: input.name, publicName: input.publicName ?? input.name, uuid: randomUUID(),
      itemType: input.itemType ?? 'physical', optionNames: input.optionNames ?? [], labels: input.labels ?? [], images: [], variants,
    };
    state.products.push(product);
    return product;
  };
  const addSalesPerson: ScalevSim['addSalesPerson'] = (storeId, input) => {
    const person = {
      id: newId(), storeId, businessUserId: newId(), userId: newId(), email: input.email, fullname: input.fullname,
      phone: input.phone ?? `62813${randomInt(10_000_000, 99_999_999)}`, affCode: input.fullname.split(' ')[0]?.toLowerCase() ?? 'cs',
      percentage: input.percentage ?? 50,
    };
    state.salesPeople.push(person);
    return person;
  };
  const createOrder: ScalevSim['createOrder'] = (input = {}) => {
    const order = buildOrder(state, input, newId);
    state.orders.push(order);
    return order;
  };
  const setPaymentStatus: ScalevSim['setPaymentStatus'] = (key, status, change = {}) => {
    const order = orderOf(key, 'setPaymentStatus');
    const at = change.at ?? isoSeconds(Date.now());
    order.paymentStatus = status;
    order.times[`${status}_time`] = at;
    order.lastUpdatedAt = at;
    if (status !== 'unpaid' && order.transferTime === null && order.paymentMethod === 'bank_transfer') order.transferTime = at;
    order.paymentHistory.unshift({ at, by: change.by === undefined ? null : change.by, status });
    return order;
  };
  const setOrderStatus: ScalevSim['setOrderStatus'] = (key, status, change = {}) => {
    const order = orderOf(key, 'setOrderStatus');
    const at = change.at ?? isoSeconds(Date.now());
    order.status = status;
    order.times[`${status}_time`] = at;
    order.lastUpdatedAt = at;
    order.statusHistory.unshift({ at, by: change.by === undefined ? null : change.by, status });
    return order;
  };
  const webhookData: ScalevSim['webhookData'] = (event, ref, opts = {}) => {
    if (event === 'business.test_event') return {};
    if (opts.dataOverrides !== undefined) return { ...webhookData(event, ref, { ...opts, dataOverrides: undefined }), ...opts.dataOverrides };
    const order = orderOf(ref, event);
    switch (event) {
      case 'order.payment_status_changed': return renderPaymentChange(order);
      case 'order.status_changed': return renderStatusChange(order);
      case 'order.deleted': return { ...idHead(order), created_at: order.createdAt, last_updated_at: order.lastUpdatedAt };
      default: return renderWebhookOrder(order, render, opts.omitHandler === true);
    }
  };
  const post = async (targetUrl: string, event: ScalevSimEvent, uniqueId: string | undefined, rawBody: string, signature: string, appId?: string) => {
    // ASSUMED: Content-Type application/json (the docs only say "JSON payload").
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-scalev-hmac-sha256': signature };
    if (appId !== undefined) headers['x-scalev-app-id'] = appId;
    const response = await fetch(targetUrl, { method: 'POST', headers, body: rawBody, signal: AbortSignal.timeout(10_000) });
    const delivery = { targetUrl, event, status: response.status, body: await response.text(), uniqueId, rawBody, signature, headers };
    deliveries.push(delivery);
    return delivery;
  };

  return {
    ...server,
    apiKey, signingSecret, state, deliveries,
    addStore, addProduct, addSalesPerson, createOrder, findOrder, setPaymentStatus, setOrderStatus, webhookData,
    apiOrder: (ref) => renderApiOrder(orderOf(ref, 'apiOrder'), render),
    sendWebhook: (targetUrl, event, ref, opts = {}) => {
      // DOC: the business.test_event sample has no unique_id; every other event carries `event_` + 24 alphanumerics.
      const uniqueId = event === 'business.test_event' ? undefined : `event_${alnum(24)}`;
      const envelope = uniqueId === undefined
        ? { event, timestamp: isoMicros(Date.now()), data: webhookData(event, ref, opts) }
        : { event, unique_id: uniqueId, timestamp: isoMicros(Date.now()), data: webhookData(event, ref, opts) };
      const rawBody = JSON.stringify(envelope);
      // DOC: base64(HMAC-SHA256(raw body)), keyed with the Signing Secret's UTF-8 bytes.
      const signature = opts.signature ?? createHmac('sha256', opts.signingSecret ?? signingSecret).update(rawBody, 'utf8').digest('base64');
      return post(targetUrl, event, uniqueId, rawBody, signature, opts.appId);
    },
    redeliver: (previous) => post(previous.targetUrl, previous.event, previous.uniqueId, previous.rawBody, previous.signature, previous.headers['x-scalev-app-id']),
  };
}

// ---------------------------------------------------------------- rendering (wire shapes from the examples)

interface Renderers {
  variantOf(id: number): { product: ScalevSimProduct; variant: ScalevSimVariant };
  handlerOf(order: ScalevSimOrder): ScalevSimSalesPerson | undefined;
  storeOf(order: ScalevSimOrder): ScalevSimStore | undefined;
}

function renderStore(s: ScalevSimStore): Record<string, unknown> {
  // ASSUMED: v3 items carry the v2 field names.
  return {
    id: s.id, name: s.name, unique_id: s.uniqueId, uuid: s.uuid, business_id: BUSINESS.id, logo: s.logo,
    custom_domain: s.domain === null ? null : { id: s.id % 1000, full_url: s.domain, is_verified: true },
    is_dropshipping_allowed: false, is_moota_enabled: false, is_transferproof_required: true, is_unique_code: true, max_unique_code_amount: 500,
    cod_purchase_triggers: ['shipped'], non_cod_purchase_triggers: ['confirmed'], warehouse_id: WAREHOUSE.id,
    created_at: s.createdAt, last_updated_at: s.createdAt, created_by: OWNER, last_updated_by: OWNER,
  };
}

const variantName = (p: ScalevSimProduct, v: ScalevSimVariant) => (v.options.length === 0 ? p.name : `${p.name} - ${v.options.join(' / ')}`);

function renderVariant(p: ScalevSimProduct, v: ScalevSimVariant): Record<string, unknown> {
  return {
    id: v.id, unique_id: v.uniqueId, uuid: v.uuid, name: variantName(p, v), product_name: p.name,
    // ASSUMED: `sku` on every list variant, so one call is enough.
    sku: v.sku, price: v.price, reseller_price: Math.round(v.price * 0.88), weight: v.weight, available_qty: v.availableQty,
    is_checked: true, is_editable: true, item_type: p.itemType, images: [], metadata: {},
    option1_value: v.options[0] ?? null, option2_value: v.options[1] ?? null, option3_value: v.options[2] ?? null,
  };
}

function renderProduct(p: ScalevSimProduct): Record<string, unknown> {
  return {
    id: p.id, name: p.name, public_name: p.publicName, display: p.name, uuid: p.uuid, item_type: p.itemType,
    item_type_name: p.itemType === 'physical' ? 'Produk Fisik' : p.itemType === 'digital' ? 'Produk Digital' : 'Kelas Online',
    images: p.images, labels: p.labels.map((name) => ({ name })),
    option1_name: p.optionNames[0] ?? null, option2_name: p.optionNames[1] ?? null, option3_name: p.optionNames[2] ?? null,
    variant_count: p.variants.length, variants: p.variants.map((v) => renderVariant(p, v)),
  };
}

function renderSalesPerson(p: ScalevSimSalesPerson): Record<string, unknown> {
  const day = (active: boolean) => ({ is_active: active, start_time: '08:00', end_time: '17:00' });
  return {
    id: p.id,
    business_user: {
      id: p.businessUserId, business_phone: p.phone, role: { id: 4, name: 'Customer Service' },
      user: { id: p.userId, email: p.email, fullname: p.fullname, phone: p.phone, avatar: '', aff_code: p.affCode },
    },
    percentage: p.percentage,
    weekly_schedule: { monday: day(true), tuesday: day(true), wednesday: day(true), thursday: day(true), friday: day(true), saturday: day(true), sunday: day(false) },
  };
}

function handlerJson(p: ScalevSimSalesPerson): Record<string, unknown> {
  return { id: p.userId, email: p.email, fullname: p.fullname, phone: p.phone, aff_code: p.affCode, avatar: '' };
}

function money(order: ScalevSimOrder, r: Renderers) {
  const lines = order.lines.map((l) => ({ ...l, ...r.variantOf(l.variantId) }));
  const productPrice = lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0);
  const cogs = lines.reduce((sum, l) => sum + l.variant.cogs * l.quantity, 0);
  const weight = lines.reduce((sum, l) => sum + l.variant.weight * l.quantity, 0);
  // OBS arithmetic from the sample: gross = product + shipping - unique code; net = gross - shipping.
  const gross = productPrice + order.shippingCost - order.uniqueCode;
  return { lines, productPrice, cogs, weight, gross, net: gross - order.shippingCost };
}

const idHead = (o: ScalevSimOrder) => ({ id: o.id, payment_link_id: null, is_from_payment_link: false, order_id: o.orderId });
const timesOf = (o: ScalevSimOrder, names: string[]) => Object.fromEntries(names.map((n) => [`${n}_time`, o.times[`${n}_time`] ?? null]));
const finalVariants = (lines: ReturnType<typeof money>['lines']) => Object.fromEntries(lines.map((l) => [variantName(l.product, l.variant), l.quantity]));

function renderWebhookOrder(o: ScalevSimOrder, r: Renderers, omitHandler: boolean): Record<string, unknown> {
  const m = money(o, r);
  const handler = r.handlerOf(o);
  const c = o.customer;
  const data: Record<string, unknown> = {
    ...idHead(o), secret_slug: o.secretSlug, status: o.status, is_probably_spam: false, mark_as_spam_by: null, ...timesOf(o, STATUS_TIMES),
    payment_status: o.paymentStatus, ...timesOf(o, PAYMENT_TIMES),
    business: { username: BUSINESS.username, client_id: BUSINESS.client_id },
    // DOC: only the store name, no store id.
    store: { name: r.storeOf(o)?.name ?? '' },
    epayment_provider: null, payment_method: o.paymentMethod,
    financial_entity: o.paymentMethod === 'bank_transfer' ? { code: BANK.code, name: BANK.name } : null,
    payment_account_holder: o.paymentMethod === 'bank_transfer' ? BANK.holder : null,
    payment_account_number: o.paymentMethod === 'bank_transfer' ? BANK.number : null,
    transferproof_url: o.transferproofUrl, transfer_time: o.transferTime,
    final_variants: finalVariants(m.lines), total_quantity: m.lines.reduce((sum, l) => sum + l.quantity, 0),
    gross_revenue: dec(m.gross), unique_code_discount: dec(o.uniqueCode), discount_code_discount: dec(0), net_revenue: dec(m.net),
    product_price: dec(m.productPrice), product_discount: dec(0), other_income_name: 'Biaya Lainnya', other_income: dec(0),
    payment_link_income: dec(0), discount_rate: dec(0), cogs: dec(m.cogs), shipping_cost: dec(o.shippingCost), shipping_discount: dec(0), payment_fee: dec(0),
    customer_id: c.id,
    // DOC: the customer's contact lives in destination_address.
    destination_address: {
      name: c.name, phone: c.phone, email: c.email, address: c.address, subdistrict: c.subdistrict, city: c.city, province: c.province,
      postal_code: c.postalCode, notes: '',
    },
    origin_address: WAREHOUSE.address, warehouse: { name: WAREHOUSE.name, unique_id: WAREHOUSE.unique_id },
    product_weight: m.weight, weight_bump: 0, total_weight: m.weight,
    courier_service: m.weight === 0 ? null : { courier: { name: 'JNE', code: 'jne' }, name: 'Reguler', code: 'REG' },
    courier_aggregator_code: null, rtsproof_url: null, shipment_receipt: null, shipment_status: null, awb_status: 'unavailable', awb_ca_status: 'unavailable',
    notes: o.notes, tags: [],
    orderlines: m.lines.map((l) => ({
      quantity: l.quantity, is_inventory: l.product.itemType === 'physical', weight: l.variant.weight, product_name: variantName(l.product, l.variant),
      variant_unique_id: l.variant.uniqueId, variant_sku: l.variant.sku, variant_price: dec(l.variant.price), variant_cogs: dec(l.variant.cogs),
      product_price: dec(l.variant.price * l.quantity), discount: dec(0), discount_code_discount: dec(0), cogs: dec(l.variant.cogs * l.quantity),
    })),
  };
  // ASSUMED: handler and handler_phone ride along in the full-snapshot events.
  if (!omitHandler) {
    data['handler'] = handler === undefined ? null : handlerJson(handler);
    data['handler_phone'] = handler?.phone ?? null;
  }
  data['created_at'] = o.createdAt;
  data['last_updated_at'] = o.lastUpdatedAt;
  return data;
}

function renderPaymentChange(o: ScalevSimOrder): Record<string, unknown> {
  const bank = o.paymentMethod === 'bank_transfer';
  return {
    ...idHead(o), business: {}, is_probably_spam: false, mark_as_spam_by: null, created_at: o.createdAt, last_updated_at: o.lastUpdatedAt,
    payment_status: o.paymentStatus, payment_account_id: bank ? o.paymentAccountId : null, epayment_provider: null, payment_method: o.paymentMethod,
    financial_entity: bank ? { code: BANK.code, name: BANK.name } : null, payment_account_holder: bank ? BANK.holder : null,
    payment_account_number: bank ? BANK.number : null, transferproof_url: o.transferproofUrl,
    pg_payment_info: null, pg_reference_id: null, pg_paid_info: null, ...timesOf(o, PAYMENT_TIMES), transfer_time: o.transferTime,
    // ASSUMED newest first, as in the sample.
    payment_status_history: o.paymentHistory,
  };
}

function renderStatusChange(o: ScalevSimOrder): Record<string, unknown> {
  return { ...idHead(o), status: o.status, ...timesOf(o, STATUS_TIMES), created_at: o.createdAt, last_updated_at: o.lastUpdatedAt };
}

function renderApiOrder(o: ScalevSimOrder, r: Renderers): Record<string, unknown> {
  const m = money(o, r);
  const store = r.storeOf(o);
  const handler = r.handlerOf(o);
  const c = o.customer;
  return {
    id: o.id, order_id: o.orderId, secret_slug: o.secretSlug, status: o.status, payment_status: o.paymentStatus, payment_method: o.paymentMethod,
    store: store === undefined ? null : {
      id: store.id, name: store.name, unique_id: store.uniqueId, uuid: store.uuid,
      business: { id: BUSINESS.id, username: BUSINESS.username, unique_id: BUSINESS.unique_id, account_holder: BUSINESS.account_holder, email: BUSINESS.email, is_banned: false, logo: '' },
    },
    customer: { id: c.id, name: c.name, email: c.email, phone: c.phone, status: 'active', created_at: o.createdAt, confirmed_at: null, last_updated_at: o.createdAt },
    // DOC (v2 typing): no email on the API's destination address; it is on `customer`.
    destination_address: {
      id: o.addressId, name: c.name, phone: c.phone, address: c.address, subdistrict: c.subdistrict, city: c.city, province: c.province,
      postal_code: c.postalCode, location: o.location,
    },
    handler: handler === undefined ? null : handlerJson(handler), handler_phone: handler?.phone ?? null,
    orderlines: m.lines.map((l) => ({
      id: l.lineId, product_name: variantName(l.product, l.variant), quantity: l.quantity, variant: l.variant.id, variant_sku: l.variant.sku,
      variant_price: l.variant.price, product_price: l.variant.price * l.quantity, discount: 0, cogs: l.variant.cogs * l.quantity,
      weight: l.variant.weight, is_inventory: l.product.itemType === 'physical', item_type: l.product.itemType,
    })),
    final_variants: finalVariants(m.lines), total_quantity: m.lines.reduce((sum, l) => sum + l.quantity, 0),
    gross_revenue: dec(m.gross), net_revenue: dec(m.net), shipping_cost: dec(o.shippingCost), tags: [], metadata: {},
    ...timesOf(o, STATUS_TIMES), ...timesOf(o, PAYMENT_TIMES),
    payment_status_history: o.paymentHistory, status_history: o.statusHistory, created_at: o.createdAt, last_updated_at: o.lastUpdatedAt,
  };
}

// ---------------------------------------------------------------- API plumbing

function notFound(what: string): SimResponse {
  return { status: 404, json: { error: `${what} not found` } };
}

/** DOC: `page_size` (default 25, capped at 25) and opaque `next_cursor`/`previous_cursor`; ASSUMED: base64 of an offset. */
function paginate(req: SimRequest, items: readonly Record<string, unknown>[]): SimResponse {
  const rawSize = req.query['page_size'];
  if (rawSize !== undefined && !/^[1-9][0-9]*$/.test(rawSize)) return { status: 400, json: { error: 'Invalid page_size' } };
  const size = Math.min(rawSize === undefined ? MAX_PAGE_SIZE : Number(rawSize), MAX_PAGE_SIZE);
  const cursor = req.query['next_cursor'] ?? req.query['previous_cursor'];
  let offset = 0;
  if (cursor !== undefined) {
    const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (match?.[1] === undefined) return { status: 400, json: { error: 'Invalid cursor' } };
    offset = Number(match[1]);
  }
  const encode = (n: number) => Buffer.from(`offset:${n}`, 'utf8').toString('base64');
  const hasNext = offset + size < items.length;
  return {
    status: 200,
    json: {
      data: items.slice(offset, offset + size), is_paginated: true, has_next: hasNext, has_previous: offset > 0,
      next_cursor: hasNext ? encode(offset + size) : null, previous_cursor: offset > 0 ? encode(Math.max(0, offset - size)) : null, page_size: size,
    },
  };
}

/** DOC: 100 requests per 10 s and 10,000 per hour per key; X-Ratelimit-* headers; 429 possibly plain text. */
function createLimiter(config: ScalevSimOptions['rateLimit']) {
  const windows = new Map<string, { tenStart: number; ten: number; hourStart: number; hour: number }>();
  const perTen = config === false ? Infinity : (config?.perTenSeconds ?? 100);
  const perHour = config === false ? Infinity : (config?.perHour ?? 10_000);
  return (key: string): { limited: boolean; headers: Record<string, string> } => {
    if (config === false) return { limited: false, headers: {} };
    const now = Date.now();
    const w = windows.get(key) ?? { tenStart: now, ten: 0, hourStart: now, hour: 0 };
    if (now - w.tenStart >= 10_000) Object.assign(w, { tenStart: now, ten: 0 });
    if (now - w.hourStart >= 3_600_000) Object.assign(w, { hourStart: now, hour: 0 });
    windows.set(key, w);
    const limited = w.ten >= perTen || w.hour >= perHour;
    if (!limited) Object.assign(w, { ten: w.ten + 1, hour: w.hour + 1 });
    // ASSUMED: the headers describe the 10-second window; Reset is its end in epoch seconds. No Retry-After (undocumented).
    const headers = {
      'x-ratelimit-limit': String(perTen),
      'x-ratelimit-remaining': String(Math.max(0, perTen - w.ten)),
      'x-ratelimit-reset': String(Math.ceil((w.tenStart + 10_000) / 1000)),
    };
    return { limited, headers };
  };
}

// ---------------------------------------------------------------- orders and seed data

const NAMES = ['Siti Rahmawati', 'Agus Setiawan', 'Putri Maharani', 'Bambang Wijaya', 'Nur Aini', 'Yoga Prasetyo', 'Rina Kusumawati', 'Hendra Gunawan'];
const PLACES = [
  { address: 'Jl. Melati No. 12, RT 03/RW 05', subdistrict: 'Cibeunying Kaler', city: 'Kota Bandung', province: 'Jawa Barat', postalCode: '40122' },
  { address: 'Jl. Pemuda No. 88', subdistrict: 'Gubeng', city: 'Kota Surabaya', province: 'Jawa Timur', postalCode: '60271' },
  { address: 'Perum Griya Asri Blok C2 No. 7', subdistrict: 'Tembalang', city: 'Kota Semarang', province: 'Jawa Tengah', postalCode: '50275' },
  { address: 'Jl. Sisingamangaraja No. 45', subdistrict: 'Medan Amplas', city: 'Kota Medan', province: 'Sumatera Utara', postalCode: null },
];

function buildOrder(state: ScalevSimState, input: CreateOrderInput, newId: () => number): ScalevSimOrder {
  const variants = state.products.flatMap((product) => product.variants.map((variant) => ({ product, variant })));
  const pick = (item: NonNullable<CreateOrderInput['items']>[number]) => {
    const found = variants.find(({ variant: v }) => v.id === item.variantId || v.uniqueId === item.variantUniqueId || (item.sku !== undefined && v.sku === item.sku));
    if (found === undefined) throw new Error(`scalev sim: no variant matches ${JSON.stringify(item)}`);
    return { ...found, quantity: item.quantity ?? 1 };
  };
  const firstItem = input.items?.[0];
  const storeId = input.storeId ?? (firstItem === undefined ? state.stores[0]?.id : pick(firstItem).product.storeIds[0]);
  if (storeId === undefined) throw new Error('scalev sim: createOrder needs a store');
  const items = input.items?.map(pick) ?? variants.filter(({ product }) => product.storeIds.includes(storeId)).slice(0, 1).map((v) => ({ ...v, quantity: 1 }));
  if (items.length === 0) throw new Error(`scalev sim: store ${storeId} has no variant to order`);
  const handler = input.handler === null ? undefined
    : state.salesPeople.find((p) => (input.handler === undefined ? p.storeId === storeId : p.id === input.handler || p.email === input.handler));
  if (input.handler !== undefined && input.handler !== null && handler === undefined) throw new Error(`scalev sim: no sales person ${input.handler}`);
  const createdMs = input.createdAt === undefined ? Date.now() : Date.parse(input.createdAt);
  const createdAt = isoSeconds(createdMs);
  const name = input.customer?.name ?? NAMES[randomInt(NAMES.length)] ?? 'Siti Rahmawati';
  const place = PLACES[randomInt(PLACES.length)] ?? PLACES[0];
  const physical = items.some(({ product }) => product.itemType === 'physical');
  const order: ScalevSimOrder = {
    id: uuidv7(createdMs), orderId: orderCode(createdMs), secretSlug: alnum(40), storeId, status: 'pending', paymentStatus: 'unpaid',
    paymentMethod: input.paymentMethod ?? 'bank_transfer',
    customer: {
      id: newId(), name, email: input.customer?.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@contoh.co.id`,
      phone: input.customer?.phone ?? `628${randomInt(1_100_000_000, 1_999_999_999)}`,
      address: input.customer?.address ?? place?.address ?? '', subdistrict: input.customer?.subdistrict ?? place?.subdistrict ?? '',
      city: input.customer?.city ?? place?.city ?? '', province: input.customer?.province ?? place?.province ?? '',
      postalCode: input.customer?.postalCode === undefined ? (place?.postalCode ?? null) : input.customer.postalCode,
    },
    addressId: newId(), location: randomInt(1000, 9999), handlerId: handler?.id ?? null,
    lines: items.map(({ product, variant, quantity }) => ({ lineId: newId(), productId: product.id, variantId: variant.id, quantity })),
    shippingCost: physical ? 20_000 : 0, uniqueCode: randomInt(1, 500), notes: input.notes ?? '', paymentAccountId: 4410,
    transferproofUrl: null, transferTime: null,
    times: Object.fromEntries([...STATUS_TIMES, ...PAYMENT_TIMES].map((n) => [`${n}_time`, null])),
    paymentHistory: [{ at: createdAt, by: null, status: 'unpaid' }], statusHistory: [{ at: createdAt, by: null, status: 'pending' }],
    createdAt, lastUpdatedAt: createdAt,
  };
  Object.assign(order.times, { draft_time: createdAt, pending_time: createdAt, unpaid_time: createdAt });
  if (input.status !== undefined && input.status !== 'pending') {
    order.status = input.status;
    order.times[`${input.status}_time`] = createdAt;
    order.statusHistory.unshift({ at: createdAt, by: null, status: input.status });
  }
  if (input.paymentStatus !== undefined && input.paymentStatus !== 'unpaid') {
    order.paymentStatus = input.paymentStatus;
    order.times[`${input.paymentStatus}_time`] = createdAt;
    order.paymentHistory.unshift({ at: createdAt, by: null, status: input.paymentStatus });
  }
  return order;
}

function seedState(): ScalevSimState {
  const v = (id: number, uniqueId: string, options: string[], sku: string, price: number, cogs: number, weight: number, availableQty: number, uuid: string = randomUUID()): ScalevSimVariant =>
    ({ id, uniqueId, uuid, options, sku, price, cogs, weight, availableQty });
  const state: ScalevSimState = {
    stores: [
      { id: 1287, name: 'Toko Berkah Herbal', uniqueId: 'store_9fK2mQ7xLp3Rz8Wd', uuid: '3b0f6c1e-8d52-4a7f-b9e4-1c2d3e4f5a60', logo: 'https://cdn.example.test/logo/tokoberkah.png', domain: 'https://tokoberkahherbal.co.id', createdAt: '2025-08-12T02:00:00Z' },
      { id: 1302, name: 'Kopi Nusantara Store', uniqueId: 'store_4Tn8Vb2Xc6Lm9Qz1', uuid: '9a7e5c3b-1f2d-4e6a-8b0c-d1e2f3a4b5c6', logo: null, domain: null, createdAt: '2025-11-03T04:30:00Z' },
    ],
    products: [
      { id: 88231, storeIds: [1287], name: 'Madu Hutan Sumbawa', publicName: 'Madu Hutan Sumbawa Asli', uuid: 'c41e2b7a-5d3f-4a9e-8c1b-0f2e3d4c5b6a', itemType: 'physical', optionNames: ['Ukuran'], labels: ['herbal'], images: ['https://cdn.example.test/p/madu-sumbawa.jpg'], variants: [
        v(190411, 'variant_Hn3Wq8Lz5Xc2Vb7Mk4Pd9Rt1', ['500 gr'], 'MDH-SBW-500', 125_000, 60_000, 500, 84, 'e1d2c3b4-a5f6-4789-8abc-def012345678'),
        v(190412, 'variant_Pq5Rt2Lm8Xz3Wc6Vb1Nk9Hd4', ['1 kg'], 'MDH-SBW-1000', 230_000, 110_000, 1000, 40, 'f2e3d4c5-b6a7-4890-9bcd-ef0123456789'),
      ] },
      { id: 88240, storeIds: [1287], name: 'Habbatussauda Kapsul', publicName: 'Habbatussauda Kapsul Premium', uuid: randomUUID(), itemType: 'physical', optionNames: ['Isi'], labels: ['herbal'], images: [], variants: [
        v(190430, 'variant_Ka7Tb3Qm9Wz2Lc5Xr8Nd1Vf6', ['100 kapsul'], 'HBS-100', 65_000, 30_000, 150, 120),
        v(190431, 'variant_Mb4Yc8Rn2Xq6Tw9Lz3Pd7Hs5', ['200 kapsul'], 'HBS-200', 120_000, 56_000, 280, 75),
      ] },
      { id: 88255, storeIds: [1287], name: 'Sedekah Jariyah', publicName: 'Sedekah Jariyah Pembangunan Pesantren', uuid: randomUUID(), itemType: 'digital', optionNames: ['Nominal'], labels: ['donasi'], images: [], variants: [
        v(190460, 'variant_Sd2Jr7Yh4Lk9Qp3Wm8Xc6Bv1', ['100 ribu'], 'SDJ-100K', 100_000, 0, 0, 9999),
        v(190461, 'variant_Sd5Jr1Yh8Lk3Qp6Wm2Xc9Bv4', ['500 ribu'], 'SDJ-500K', 500_000, 0, 0, 9999),
      ] },
      // OBS: a variant's SKU may be empty.
      { id: 88256, storeIds: [1287], name: 'Wakaf Masjid', publicName: 'Wakaf Masjid Al-Ikhlas', uuid: randomUUID(), itemType: 'digital', optionNames: [], labels: ['donasi'], images: [], variants: [
        v(190470, 'variant_Wk8Mj3Qs6Lp1Xz4Tc9Rv2Nb7', [], '', 250_000, 0, 0, 9999),
      ] },
      { id: 88301, storeIds: [1302], name: 'Kopi Arabika Gayo', publicName: 'Kopi Arabika Gayo Wine Process', uuid: randomUUID(), itemType: 'physical', optionNames: ['Berat', 'Gilingan'], labels: ['kopi'], images: [], variants: [
        v(190501, 'variant_Gy1Ab4Cd7Ef2Gh5Ij8Kl3Mn6', ['250 gr', 'Biji'], 'KAG-250-BJ', 95_000, 52_000, 250, 60),
        v(190502, 'variant_Gy2Ab5Cd8Ef3Gh6Ij9Kl4Mn7', ['250 gr', 'Bubuk'], 'KAG-250-BK', 95_000, 52_000, 250, 45),
        v(190503, 'variant_Gy3Ab6Cd9Ef4Gh7Ij1Kl5Mn8', ['1 kg', 'Biji'], 'KAG-1000-BJ', 340_000, 190_000, 1000, 20),
        v(190504, 'variant_Gy4Ab7Cd1Ef5Gh8Ij2Kl6Mn9', ['1 kg', 'Bubuk'], 'KAG-1000-BK', 340_000, 190_000, 1000, 18),
      ] },
      { id: 88302, storeIds: [1302], name: 'Kopi Robusta Lampung', publicName: 'Kopi Robusta Lampung 200 gr', uuid: randomUUID(), itemType: 'physical', optionNames: [], labels: ['kopi'], images: [], variants: [
        v(190510, 'variant_Rl5Pq8Zx2Wc7Vb4Nm1Kd9Ht3', [], 'KRL-200', 45_000, 22_000, 200, 150),
      ] },
    ],
    salesPeople: [
      { id: 5521, storeId: 1287, businessUserId: 7710, userId: 3321, email: 'dewi.lestari@tokoberkahherbal.co.id', fullname: 'Dewi Lestari', phone: '6281398765432', affCode: 'dewi01', percentage: 50 },
      { id: 5522, storeId: 1287, businessUserId: 7711, userId: 3340, email: 'rizky.pratama@tokoberkahherbal.co.id', fullname: 'Rizky Pratama', phone: '6281355501234', affCode: 'rizky', percentage: 50 },
      { id: 5530, storeId: 1302, businessUserId: 7725, userId: 3402, email: 'ahmad.fauzi@tokoberkahherbal.co.id', fullname: 'Ahmad Fauzi', phone: '6281277788990', affCode: 'fauzi', percentage: 100 },
    ],
    orders: [],
  };
  // The key order of the scalev-order.created.json fixture, so tests can compare against it byte for byte.
  const at = '2026-05-04T03:15:40Z';
  state.orders.push({
    id: '0196a1f2-7c3e-7b21-9d4e-5f6a7b8c9d01', orderId: '260504KXQMRT', secretSlug: 'Hq4-T2mZp8WcX1vLs9NbR0aYeK7uJd3GfC5oPiQw', storeId: 1287,
    status: 'pending', paymentStatus: 'unpaid', paymentMethod: 'bank_transfer',
    customer: { id: 51873, name: 'Siti Rahmawati', email: 'siti.rahmawati@contoh.co.id', phone: '6281234567890', address: 'Jl. Melati No. 12, RT 03/RW 05', subdistrict: 'Cibeunying Kaler', city: 'Kota Bandung', province: 'Jawa Barat', postalCode: '40122' },
    addressId: 99120, location: 2281, handlerId: 5521, lines: [{ lineId: 660031, productId: 88231, variantId: 190411, quantity: 2 }],
    shippingCost: 20_000, uniqueCode: 187, notes: 'Tolong dikirim sebelum hari Jumat.', paymentAccountId: 4410, transferproofUrl: null, transferTime: null,
    times: { ...Object.fromEntries([...STATUS_TIMES, ...PAYMENT_TIMES].map((n) => [`${n}_time`, null])), draft_time: at, pending_time: at, unpaid_time: at },
    paymentHistory: [{ at, by: null, status: 'unpaid' }], statusHistory: [{ at, by: null, status: 'pending' }], createdAt: at, lastUpdatedAt: at,
  });
  return state;
}

// ---------------------------------------------------------------- small helpers

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function alnum(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)] ?? 'x';
  return out;
}

function dec(n: number): string {
  return n.toFixed(2);
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** DOC: webhook timestamps are ISO-8601 UTC with microseconds, e.g. 2025-01-29T20:28:25.046183Z. */
function isoMicros(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, `${String(randomInt(1000)).padStart(3, '0')}Z`);
}

/** OBS pattern: the local (Jakarta, UTC+7) date as YYMMDD plus six capital letters. */
function orderCode(ms: number): string {
  const local = new Date(ms + 7 * 3_600_000).toISOString();
  return `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}${alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`;
}

/** RFC 9562 UUIDv7: 48-bit ms timestamp, version 7, variant 10, random rest. */
function uuidv7(ms: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x70, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
