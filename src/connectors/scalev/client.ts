// ScaleV v3 business API client: stores, a store's products and sales people, one order; each call one checked request.
import { err, ok, type Result } from '../../core/errors.js';
import { ProviderError, type HttpClient, type QueryValue } from '../../core/http/transport.js';
import {
  scalevOrderSchema,
  scalevPageSchema,
  scalevProductSchema,
  scalevSalesPersonSchema,
  scalevStoreSchema,
  type ScalevOrder,
  type ScalevProduct,
  type ScalevSalesPerson,
  type ScalevStore,
} from './types.js';

/** DOC: the v3 origin; paths below add `/v3/...`. */
export const SCALEV_DEFAULT_BASE_URL = 'https://api.scalev.com';

export interface ScalevClientOptions {
  /** Origin without `/v3`, e.g. SCALEV_DEFAULT_BASE_URL or a simulator's url. */
  baseUrl: string;
  /** Business API key (`sk_…` or `rk_…`) or OAuth access token; sent as `Authorization: Bearer`. */
  apiKey: string;
  http: HttpClient;
}

/** One page of a v3 collection. Pass `nextCursor` back as `cursor`; undefined means this was the last page. */
export interface ScalevPage<T> {
  items: T[];
  nextCursor: string | undefined;
}

export interface ScalevPageOptions {
  /** `next_cursor` from the previous page. */
  cursor?: string;
  /** DOC: default 25, many routes cap at 25. */
  pageSize?: number;
}

export interface ScalevClient {
  /** `GET /v3/stores`; `search` filters by store name (DOC). */
  listStores(options?: ScalevPageOptions & { search?: string }): Promise<Result<ScalevPage<ScalevStore>, ProviderError>>;
  /**
   * `GET /v3/stores/{store_id}/products` with variants. `storeId` is the numeric id or the `store_…` unique id (DOC).
   * `search` is applied here, to the page received: the route has no search parameter (v3 catalog lists only
   * page_size and cursors). Keep paging with `nextCursor` to search a store with more than one page.
   */
  listStoreProducts(
    storeId: number | string,
    options?: ScalevPageOptions & { search?: string },
  ): Promise<Result<ScalevPage<ScalevProduct>, ProviderError>>;
  /** `GET /v3/stores/{store_id}/sales-people`; the route takes the numeric store id only (DOC). */
  listStoreSalesPeople(storeId: number | string, options?: ScalevPageOptions): Promise<Result<ScalevPage<ScalevSalesPerson>, ProviderError>>;
  /**
   * A UUID (or a legacy numeric id) is fetched with `GET /v3/orders/{id}`; anything else is taken as the order
   * code and found with `GET /v3/orders?search=<code>&search_field=order_id` (DOC). A code with no exact match is
   * a non-retryable `rejected` error with status 404, like the 404 of the id route.
   */
  getOrder(orderIdOrCode: string): Promise<Result<ScalevOrder, ProviderError>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LEGACY_NUMERIC_ID = /^[1-9][0-9]*$/;

const storePage = scalevPageSchema(scalevStoreSchema);
const productPage = scalevPageSchema(scalevProductSchema);
const salesPersonPage = scalevPageSchema(scalevSalesPersonSchema);
const orderPage = scalevPageSchema(scalevOrderSchema);

export function createScalevClient(options: ScalevClientOptions): ScalevClient {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${options.apiKey}` };
  const url = (...segments: Array<string | number>) => `${origin}/v3/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
  const pageQuery = (page: ScalevPageOptions | undefined): Record<string, QueryValue> => ({
    page_size: page?.pageSize,
    next_cursor: page?.cursor,
  });

  return {
    async listStores(page) {
      const result = await options.http.request({
        method: 'GET',
        url: url('stores'),
        headers,
        query: { ...pageQuery(page), search: page?.search },
        schema: storePage,
      });
      return result.ok ? ok(toPage(result.value.body)) : result;
    },

    async listStoreProducts(storeId, page) {
      const result = await options.http.request({
        method: 'GET',
        url: url('stores', storeId, 'products'),
        headers,
        query: pageQuery(page),
        schema: productPage,
      });
      if (!result.ok) return result;
      const found = toPage(result.value.body);
      const search = page?.search?.trim().toLowerCase();
      if (search === undefined || search === '') return ok(found);
      return ok({ ...found, items: found.items.filter((product) => productMatches(product, search)) });
    },

    async listStoreSalesPeople(storeId, page) {
      const result = await options.http.request({
        method: 'GET',
        url: url('stores', storeId, 'sales-people'),
        headers,
        query: pageQuery(page),
        schema: salesPersonPage,
      });
      return result.ok ? ok(toPage(result.value.body)) : result;
    },

    async getOrder(orderIdOrCode) {
      const key = orderIdOrCode.trim();
      if (UUID.test(key) || LEGACY_NUMERIC_ID.test(key)) {
        const result = await options.http.request({ method: 'GET', url: url('orders', key), headers, schema: scalevOrderSchema });
        return result.ok ? ok(result.value.body) : result;
      }
      const listUrl = url('orders');
      const result = await options.http.request({
        method: 'GET',
        url: listUrl,
        headers,
        query: { search: key, search_field: 'order_id' },
        schema: orderPage,
      });
      if (!result.ok) return result;
      // The search may match partially; only the exact code is the order asked for.
      const order = result.value.body.data.find((candidate) => candidate.order_id === key);
      if (order !== undefined) return ok(order);
      return err(
        new ProviderError('rejected', `GET ${listUrl} found no order with code ${key}`, {
          status: 404,
          retryable: false,
          method: 'GET',
          url: listUrl,
        }),
      );
    },
  };
}

function toPage<T>(body: { data: T[]; has_next: boolean; next_cursor?: string | null | undefined }): ScalevPage<T> {
  const next = body.has_next ? (body.next_cursor ?? undefined) : undefined;
  return { items: body.data, nextCursor: next === '' ? undefined : next };
}

/** Case-insensitive substring over the names a person would type and over SKUs, since product matching keys on both. */
function productMatches(product: ScalevProduct, search: string): boolean {
  const texts = [product.name, product.public_name, product.display];
  for (const variant of product.variants) texts.push(variant.name, variant.sku);
  return texts.some((text) => typeof text === 'string' && text.toLowerCase().includes(search));
}
