// Provider settings: each connector's credentials and base URL for the workspace (secrets masked), changed and tested here.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponses } from '../../core/api-errors.js';
import { MANAGERS, actorOf, requireAuth } from '../../core/auth/types.js';
import { loadProviderSettings, type ConnectorDescriptor } from '../../core/connector.js';
import { AppError } from '../../core/errors.js';
import { maskedSecrets, readSettings, writeSettings } from '../../core/settings.js';
import { runProviderCheck, webhookUrl } from '../../core/setup.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import {
  listProviderSettingsQuery,
  providerParams,
  providerScalar,
  providerSettingsPageSchema,
  providerSettingsSchema,
  providerTestSchema,
  updateProviderSettingsBody,
} from '../contract/providers.js';

export const providerRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const byName = new Map(assembly.connectors.map((c) => [c.provider, c]));

  const connectorOf = (provider: string): ConnectorDescriptor => {
    const c = byName.get(provider);
    if (!c) throw new AppError('not_found', `no provider named ${provider}`, { context: { provider } });
    return c;
  };

  const view = async (workspaceId: string, c: ConnectorDescriptor): Promise<z.infer<typeof providerSettingsSchema>> => {
    const stored = await readSettings(ctx.db, ctx, workspaceId, c.provider);
    const effective = await loadProviderSettings(ctx, ctx.db, workspaceId, c);
    const defaults = c.defaults?.(ctx.config) ?? {};
    const masked = maskedSecrets(stored.secrets);
    const asScalar = (v: unknown) => {
      const parsed = providerScalar.safeParse(v);
      return parsed.success ? parsed.data : null;
    };
    const plain = Object.entries(c.fields.shape).map(([name, schema]) => ({
      name,
      secret: false,
      type: scalarType(schema),
      value: asScalar(effective.data[name]),
      default: asScalar(defaults[name]),
      description: schema.description ?? null,
    }));
    const secret = c.secretFields.map((name) => ({ name, secret: true, type: 'string' as const, value: masked[name] ?? null, default: null, description: null }));
    const ws = await findWorkspaceById(ctx.db, workspaceId);
    const sources = assembly.webhookSources.filter((s) => s.provider === c.provider);
    return {
      provider: c.provider,
      title: c.title,
      configured: Object.values(stored.data).some((v) => v !== null && v !== '') || Object.keys(stored.secrets).length > 0,
      has_test: c.test !== undefined,
      fields: [...plain, ...secret],
      webhook_urls: Object.fromEntries(sources.map((s) => [s.name, webhookUrl(ctx.config.publicUrl, s.name, ws?.slug)])),
    };
  };

  app.get('/api/settings/providers', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'listProviderSettings',
      tags: ['providers'],
      summary: "Every provider's settings for this workspace (secrets masked), in registry order",
      querystring: listProviderSettingsQuery,
      response: { 200: providerSettingsPageSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { cursor, limit } = request.query;
    const start = cursor === undefined ? 0 : assembly.connectors.findIndex((c) => c.provider === cursor) + 1;
    const page = assembly.connectors.slice(start, start + limit);
    const items = [];
    for (const c of page) items.push(await view(ws, c));
    const last = page[page.length - 1];
    return { items, next_cursor: last && start + limit < assembly.connectors.length ? last.provider : null };
  });

  app.get('/api/settings/providers/:provider', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'getProviderSettings',
      tags: ['providers'],
      summary: "One provider's settings for this workspace (secrets masked)",
      params: providerParams,
      response: { 200: providerSettingsSchema },
    },
  }, async (request) => view(requireAuth(request).workspaceId, connectorOf(request.params.provider)));

  app.put('/api/settings/providers/:provider', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updateProviderSettings',
      tags: ['providers'],
      summary: "Change a provider's settings: a field left out is kept, null clears it (a secret: null or '' removes it)",
      params: providerParams,
      body: updateProviderSettingsBody,
      response: { 200: providerSettingsSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const c = connectorOf(request.params.provider);
    const data: Record<string, unknown> = {};
    const secrets: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(request.body)) {
      if (c.secretFields.includes(name)) {
        if (value !== null && typeof value !== 'string') throw invalid(name, 'must be a string, or null to remove it');
        secrets[name] = value === null ? null : value.trim();
        continue;
      }
      const schema = c.fields.shape[name];
      if (!schema) throw invalid(name, `is not a setting of ${c.provider}; its settings are ${[...Object.keys(c.fields.shape), ...c.secretFields].join(', ')}`);
      if (value === null) {
        data[name] = null;
        continue;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw invalid(name, parsed.error.issues[0]?.message ?? 'is invalid');
      data[name] = parsed.data;
    }
    await writeSettings(ctx.db, ctx, ctx.clock, { workspaceId: auth.workspaceId, namespace: c.provider, data, secrets, actor: actorOf(auth) });
    return view(auth.workspaceId, c);
  });

  app.post('/api/settings/providers/:provider/test', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'testProviderSettings',
      tags: ['providers'],
      summary: "Prove the provider's settings work with one harmless call (nothing is sent to anyone)",
      params: providerParams,
      response: {
        200: providerTestSchema,
        ...errorResponses(409, 422, 429, 502),
      },
    },
  }, async (request) => {
    const c = connectorOf(request.params.provider);
    if (!c.test) throw new AppError('conflict', `${c.title} has no connection test; its settings are checked when it is first used`, { context: { provider: c.provider } });
    const test = c.test;
    const workspaceId = requireAuth(request).workspaceId;
    const result = await runProviderCheck(ctx, workspaceId, c.provider, () => test(ctx, workspaceId));
    return { ok: true as const, message: result.message };
  });
};

/** The kind of value a connector's field takes, through `.optional()` and `.default()` wrappers. */
function scalarType(schema: z.ZodType): 'string' | 'number' | 'boolean' {
  let def = schema.def as { type: string; innerType?: z.ZodType };
  while ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) def = def.innerType.def as typeof def;
  return def.type === 'number' || def.type === 'int' ? 'number' : def.type === 'boolean' ? 'boolean' : 'string';
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `body.${field}: ${message}`, { context: { field } });
}
