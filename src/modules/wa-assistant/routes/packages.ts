// /api/packages: the package catalogue (its codes are the campaign codes); /c/<code>: the campaign link that counts a click and opens WhatsApp.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { READERS, SENDERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { notFound } from '../../../core/errors.js';
import { DEFAULT_WORKSPACE_SLUG, findWorkspaceBySlug } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { createPackageBody, packageListSchema, packageParams, packageSchema, updatePackageBody } from '../contract.js';
import { createPackage, deletePackage, recordClick, updatePackage } from '../packages/flow.js';
import { changeTurnReads } from '../turn-reads.js';
import { clicksByCode, findPackage, listPackages, packageView } from '../packages/queries.js';
import { loadAssistantSettings } from '../settings.js';

const tags = ['wa-assistant'];

export const packageRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const writer = (request: Parameters<typeof requireAuth>[0]) => {
    const auth = requireAuth(request);
    return { db: ctx.db, clock: ctx.clock, workspaceId: auth.workspaceId, actor: actorOf(auth) };
  };
  const view = async (workspaceId: string, code: string) => {
    const row = await findPackage(ctx.db, workspaceId, code);
    if (!row) throw notFound('package', code);
    return packageView(row, ctx.config.publicUrl, (await clicksByCode(ctx.db, workspaceId)).get(code) ?? 0);
  };

  app.get('/api/packages', {
    config: { roles: READERS },
    schema: { operationId: 'listPackages', tags, summary: 'Every package, soonest departure first, with its campaign link and clicks', response: { 200: packageListSchema } },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const clicks = await clicksByCode(ctx.db, workspaceId);
    return { items: (await listPackages(ctx.db, workspaceId)).map((r) => packageView(r, ctx.config.publicUrl, clicks.get(r.code) ?? 0)) };
  });

  app.post('/api/packages', {
    config: { roles: SENDERS },
    schema: { operationId: 'createPackage', tags, summary: 'Add a package; its code (PKG_MONTH_YEAR_TYPE) is the campaign code ads use', body: createPackageBody, response: { 201: packageSchema, ...errorResponses(409) } },
  }, async (request, reply) => {
    const w = writer(request);
    const row = await changeTurnReads(ctx.readCache, w.workspaceId, () => createPackage(w, request.body));
    return reply.code(201).send(await view(w.workspaceId, row.code));
  });

  app.get('/api/packages/:code', {
    config: { roles: READERS },
    schema: { operationId: 'getPackage', tags, summary: 'One package', params: packageParams, response: { 200: packageSchema } },
  }, async (request) => view(requireAuth(request).workspaceId, request.params.code.toUpperCase()));

  app.put('/api/packages/:code', {
    config: { roles: SENDERS },
    schema: { operationId: 'updatePackage', tags, summary: 'Change a package (price, quota, media…); the fields left out keep their values', params: packageParams, body: updatePackageBody, response: { 200: packageSchema } },
  }, async (request) => {
    const w = writer(request);
    const code = request.params.code.toUpperCase();
    await changeTurnReads(ctx.readCache, w.workspaceId, () => updatePackage(w, code, request.body));
    return view(w.workspaceId, code);
  });

  app.delete('/api/packages/:code', {
    config: { roles: SENDERS },
    schema: { operationId: 'deletePackage', tags, summary: 'Remove a package; conversations keep its code', params: packageParams, response: { 204: z.undefined() } },
  }, async (request, reply) => {
    const w = writer(request);
    await changeTurnReads(ctx.readCache, w.workspaceId, () => deletePackage(w, request.params.code.toUpperCase()));
    return reply.code(204).send();
  });

  // Public: the link in an ad. Counts the click, then opens WhatsApp with the code typed in for the customer.
  app.get('/c/:code', { config: { public: true }, schema: { hide: true, params: packageParams } }, async (request, reply) => {
    const slug = (request.query as Record<string, string | undefined>)['workspace'] ?? DEFAULT_WORKSPACE_SLUG;
    const ws = await findWorkspaceBySlug(ctx.db, slug);
    const code = request.params.code.toUpperCase();
    const pkg = ws ? await findPackage(ctx.db, ws.id, code) : undefined;
    if (!ws || !pkg) return reply.code(404).type('text/plain').send('This link is not valid any more.');
    const number = (await loadAssistantSettings(ctx, ctx.db, ws.id)).whatsapp_number;
    if (!number) return reply.code(404).type('text/plain').send('This business has not set its WhatsApp number yet.');
    await recordClick(ctx.db, ctx.clock, ws.id, code);
    return reply.header('cache-control', 'no-store').redirect(`https://wa.me/${number}?text=${encodeURIComponent(code)}`, 302);
  });
};
