// The ScaleV and Mailketing look-ups behind the product list form's drop-downs: stores, products, sales people, lists.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { AppError, type Result } from '../../../core/errors.js';
import { providerFailure } from '../../../core/http/index.js';
import type { ProviderError } from '../../../core/http/transport.js';
import { requireAuth, SENDERS } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { lookupQuery, mailketingListsSchema, productLookupQuery, scalevProductsSchema, scalevSalesPeopleSchema, scalevStoresSchema, storeParams } from '../contract.js';
import { mailketingClient, scalevClient } from '../settings.js';

/** Provider look-ups are cached this long, so a dashboard's dropdowns do not hammer ScaleV. */
const LOOKUP_CACHE_MS = 60_000;
/** ScaleV pages hold at most 25 rows; this bounds a store's catalogue read at 10,000 products or sales people. */
const MAX_PAGES = 400;

type Page<T> = Result<{ items: T[]; nextCursor: string | undefined }, ProviderError>;

/** Every page of a ScaleV collection, following next_cursor until the last (bounded by MAX_PAGES). */
async function allPages<T>(load: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await load(cursor);
    if (!result.ok) throw providerFailure('ScaleV', result.error);
    items.push(...result.value.items);
    cursor = result.value.nextCursor;
    if (cursor === undefined) break;
  }
  return items;
}

/** Our own cursor over a list already loaded: the offset of the next row. */
const offsetCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function readOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new AppError('validation_failed', 'cursor: not a cursor this route gave out', { context: { field: 'cursor' } });
  return Number(match[1]);
}

type Product = { id: string; name: string; search: string; variants: { id: string; unique_id: string; name: string; sku: string | null }[] };

const tags = ['scalev-leads'];
/** What a call to a provider can answer besides success: no key set (400), a rejected key, a rate limit, an outage. */
const providerErrors = errorResponses(400, 422, 429, 502);

export const lookupRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cache = new Map<string, { until: number; value: unknown }>();
  const cached = async <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value as T;
    const value = await load();
    cache.set(key, { until: Date.now() + LOOKUP_CACHE_MS, value });
    if (cache.size > 500) cache.delete(cache.keys().next().value as string);
    return value;
  };
  const scalev = (workspaceId: string) => scalevClient(ctx, workspaceId);
  const mailketing = (workspaceId: string) => mailketingClient(ctx, workspaceId);

  app.get('/api/scalev/stores', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listScalevStores',
      tags,
      summary: 'ScaleV stores (cached for a minute)',
      querystring: lookupQuery,
      response: { 200: scalevStoresSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { search, cursor } = request.query;
    return cached(`${ws}:stores:${search ?? ''}:${cursor ?? ''}`, async () => {
      const client = await scalev(ws);
      const result = await client.listStores({ ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) });
      if (!result.ok) throw providerFailure('ScaleV', result.error);
      return { items: result.value.items.map((s) => ({ id: String(s.id), unique_id: s.unique_id, name: s.name })), next_cursor: result.value.nextCursor ?? null };
    });
  });

  app.get('/api/scalev/stores/:store_id/products', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listScalevStoreProducts',
      tags,
      summary: "A store's products with their variants and SKUs, searched by name or SKU over every ScaleV page (the catalogue is cached for a minute)",
      params: storeParams,
      querystring: productLookupQuery,
      response: { 200: scalevProductsSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { store_id } = request.params;
    const { search, cursor, limit } = request.query;
    const offset = readOffset(cursor);
    // ScaleV's product route cannot search: the whole catalogue is read once (page by page) and searched here.
    const all = await cached(`${ws}:products:${store_id}`, async () => {
      const client = await scalev(ws);
      const products = await allPages((next) => client.listStoreProducts(store_id, { pageSize: 25, ...(next ? { cursor: next } : {}) }));
      return products.map((p): Product => {
        const variants = p.variants.map((v) => ({ id: String(v.id), unique_id: v.unique_id, name: v.name, sku: v.sku ?? null }));
        const texts = [p.name, p.public_name, p.display, ...variants.flatMap((v) => [v.name, v.sku])];
        return { id: String(p.id), name: p.name, variants, search: texts.filter((x): x is string => typeof x === 'string').join('\n').toLowerCase() };
      });
    });
    const needle = search?.trim().toLowerCase() ?? '';
    const found = needle === '' ? all : all.filter((p) => p.search.includes(needle));
    const page = found.slice(offset, offset + limit);
    return {
      items: page.map(({ search: _search, ...p }) => p),
      next_cursor: offset + limit < found.length ? offsetCursor(offset + limit) : null,
    };
  });

  app.get('/api/scalev/stores/:store_id/sales-people', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listScalevStoreSalesPeople',
      tags,
      summary: "A store's sales people, every ScaleV page (cached for a minute)",
      params: storeParams,
      response: { 200: scalevSalesPeopleSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { store_id } = request.params;
    return cached(`${ws}:sales:${store_id}`, async () => {
      const client = await scalev(ws);
      const people = await allPages((next) => client.listStoreSalesPeople(store_id, { pageSize: 25, ...(next ? { cursor: next } : {}) }));
      return { items: people.map((p) => ({ id: String(p.id), name: p.business_user.user.fullname ?? p.business_user.user.email, email: p.business_user.user.email })) };
    });
  });

  app.get('/api/mailketing/lists', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listMailketingLists',
      tags,
      summary: 'Mailketing lists (cached for a minute)',
      response: { 200: mailketingListsSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    return cached(`${ws}:lists`, async () => {
      const client = await mailketing(ws);
      const result = await client.listLists();
      if (!result.ok) throw providerFailure('Mailketing', result.error);
      return { items: result.value.map((l) => ({ id: l.listId, name: l.name })) };
    });
  });
};
