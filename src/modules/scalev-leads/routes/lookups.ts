// The ScaleV and Mailketing look-ups behind the product list form's drop-downs: stores, products, sales people, lists.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { providerFailure } from '../../../core/http/index.js';
import { requireAuth, SENDERS } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { lookupQuery, mailketingListsSchema, scalevProductsSchema, scalevSalesPeopleSchema, scalevStoresSchema, storeParams } from '../contract.js';
import { mailketingClient, scalevClient } from '../settings.js';

/** Provider look-ups are cached this long, so a dashboard's dropdowns do not hammer ScaleV. */
const LOOKUP_CACHE_MS = 60_000;

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
      summary: "A store's products with their variants and SKUs (cached for a minute)",
      params: storeParams,
      querystring: lookupQuery,
      response: { 200: scalevProductsSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { store_id } = request.params;
    const { search, cursor } = request.query;
    return cached(`${ws}:products:${store_id}:${search ?? ''}:${cursor ?? ''}`, async () => {
      const client = await scalev(ws);
      const result = await client.listStoreProducts(store_id, { ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) });
      if (!result.ok) throw providerFailure('ScaleV', result.error);
      return {
        items: result.value.items.map((p) => ({
          id: String(p.id),
          name: p.name,
          variants: p.variants.map((v) => ({ id: String(v.id), unique_id: v.unique_id, name: v.name, sku: v.sku ?? null })),
        })),
        next_cursor: result.value.nextCursor ?? null,
      };
    });
  });

  app.get('/api/scalev/stores/:store_id/sales-people', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'listScalevStoreSalesPeople',
      tags,
      summary: "A store's sales people (cached for a minute)",
      params: storeParams,
      response: { 200: scalevSalesPeopleSchema, ...providerErrors },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { store_id } = request.params;
    return cached(`${ws}:sales:${store_id}`, async () => {
      const client = await scalev(ws);
      const result = await client.listStoreSalesPeople(store_id);
      if (!result.ok) throw providerFailure('ScaleV', result.error);
      return { items: result.value.items.map((p) => ({ id: String(p.id), name: p.business_user.user.fullname ?? p.business_user.user.email, email: p.business_user.user.email })) };
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
