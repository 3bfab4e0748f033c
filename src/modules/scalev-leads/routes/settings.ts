// Settings of the ScaleV × Mailketing integration, the connection tests, and the provider look-ups for the dashboard.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mailketingClientFor } from '../../../connectors/mailketing/index.js';
import { scalevClientFor } from '../../../connectors/scalev/index.js';
import { providerFailure } from '../../../core/http/index.js';
import { errorResponses } from '../../../core/api-errors.js';
import { MANAGERS, SENDERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import { isoDurationSchema, parseIsoDuration } from '../../../core/schedule/durations.js';
import { writeLinkedSettings } from '../../../core/provider-settings.js';
import { maskedSecrets } from '../../../core/settings.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import {
  connectionTestSchema,
  lookupQuery,
  mailketingListsSchema,
  scalevMailketingSettingsSchema,
  scalevProductsSchema,
  scalevSalesPeopleSchema,
  scalevStoresSchema,
  storeParams,
  updateScalevMailketingSettingsBody,
} from '../contract.js';
import { LEAD_PROVIDER_SETTINGS, loadLeadSettings, requireSecret, SECRET_KEYS } from '../settings.js';

/** Provider look-ups are cached this long, so a dashboard's dropdowns do not hammer ScaleV. */
const LOOKUP_CACHE_MS = 60_000;

const tags = ['scalev-leads'];
/** What a call to a provider can answer besides success: no key set (400), a rejected key, a rate limit, an outage. */
const providerErrors = errorResponses(400, 422, 429, 502);

export const settingsRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
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

  // A missing key is named as this module's settings route names it, before the connector builds its client.
  const scalev = async (workspaceId: string) => {
    requireSecret(await loadLeadSettings(ctx, ctx.db, workspaceId), 'scalev_api_key', 'The ScaleV API key');
    return scalevClientFor(ctx, ctx.db, workspaceId);
  };
  const mailketing = async (workspaceId: string) => {
    requireSecret(await loadLeadSettings(ctx, ctx.db, workspaceId), 'mailketing_api_token', 'The Mailketing API token');
    return mailketingClientFor(ctx, ctx.db, workspaceId);
  };

  const view = async (workspaceId: string) => {
    const settings = await loadLeadSettings(ctx, ctx.db, workspaceId);
    const ws = await findWorkspaceById(ctx.db, workspaceId);
    const masked = maskedSecrets(settings.secrets);
    const path = ws && ws.slug !== 'default' ? `/webhooks/scalev/${ws.slug}` : '/webhooks/scalev';
    return {
      scalev_api_key: masked['scalev_api_key'] ?? null,
      scalev_webhook_secret: masked['scalev_webhook_secret'] ?? null,
      mailketing_api_token: masked['mailketing_api_token'] ?? null,
      not_closing_after: settings.notClosingAfter,
      webhook_url: `${ctx.config.publicUrl}${path}`,
    };
  };

  app.get('/api/settings/scalev-mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'getScalevMailketingSettings',
      tags,
      summary: 'Keys (masked), the Not Closing delay and the webhook URL to paste into ScaleV',
      response: { 200: scalevMailketingSettingsSchema },
    },
  }, async (request) => view(requireAuth(request).workspaceId));

  app.put('/api/settings/scalev-mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updateScalevMailketingSettings',
      tags,
      summary: 'Change keys or the delay; secrets are encrypted at rest and never returned whole',
      // The contract's fields, with the delay checked as a duration a timer can use.
      body: updateScalevMailketingSettingsBody.extend({
        not_closing_after: updateScalevMailketingSettingsBody.shape.not_closing_after.refine(
          (v) => v === undefined || isoDurationSchema.safeParse(v).success,
          'must be an ISO-8601 duration such as P7D, PT12H or PT30S',
        ),
      }),
      response: { 200: scalevMailketingSettingsSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const body = request.body;
    const before = await loadLeadSettings(ctx, ctx.db, auth.workspaceId);
    const secrets: Record<string, string | null | undefined> = {};
    for (const key of SECRET_KEYS) secrets[key] = body[key];
    const delayChanged = body.not_closing_after !== undefined && parseIsoDuration(body.not_closing_after) !== before.notClosingAfterMs;
    await ctx.db.transaction().execute(async (trx) => {
      // The keys are written to the ScaleV and Mailketing connectors' settings, the delay to this module's.
      await writeLinkedSettings(ctx, trx, LEAD_PROVIDER_SETTINGS, {
        workspaceId: auth.workspaceId,
        ...(body.not_closing_after !== undefined ? { data: { not_closing_after: body.not_closing_after } } : {}),
        secrets,
        actor: actorOf(auth),
      });
      // Waiting leads follow the new delay: their timers are moved by a job, in batches.
      if (delayChanged) await enqueueJob({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, auth.workspaceId, 'scalev-leads.reschedule', {}, { jobKey: 'scalev-leads.reschedule' });
    });
    ctx.jobSignal.notify();
    return view(auth.workspaceId);
  });

  app.post('/api/settings/test/scalev', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testScalevConnection',
      tags,
      summary: 'Check the ScaleV API key by listing stores',
      response: { 200: connectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const client = await scalev(requireAuth(request).workspaceId);
    const result = await client.listStores();
    if (!result.ok) throw providerFailure('ScaleV', result.error);
    return { ok: true as const, message: `ScaleV answered: ${result.value.items.length} store(s) on the first page`, stores: result.value.items.map((s) => s.name) };
  });

  app.post('/api/settings/test/mailketing', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testMailketingConnection',
      tags,
      summary: 'Check the Mailketing API token by listing its lists',
      response: { 200: connectionTestSchema, ...providerErrors },
    },
  }, async (request) => {
    const client = await mailketing(requireAuth(request).workspaceId);
    const result = await client.listLists();
    if (!result.ok) throw providerFailure('Mailketing', result.error);
    return { ok: true as const, message: `Mailketing answered: ${result.value.length} list(s)`, lists: result.value.map((l) => l.name) };
  });

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
