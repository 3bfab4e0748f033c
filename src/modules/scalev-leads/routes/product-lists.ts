// /api/product-lists: which products (and sales people) make leads, and the three Mailketing lists of each.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, EDITORS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { mailketingClientFor } from '../../../connectors/mailketing/index.js';
import { AppError } from '../../../core/errors.js';
import { recordAudit } from '../../../core/audit.js';
import { isoDurationSchema } from '../../../core/schedule/durations.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { productListBody as productListFields, productListListSchema, productListParams, productListSavedSchema, productListSchema } from '../contract.js';
import { unknownListFields } from '../product-lists/rules.js';
import { loadLeadSettings } from '../settings.js';
import { createProductList, deleteProductList, updateProductList } from '../product-lists/flow.js';
import { getProductList, listProductLists, productListView } from '../product-lists/queries.js';

/** The contract's fields, with the delay checked as a duration a timer can use. */
const productListBody = productListFields.extend({
  not_closing_after: z
    .string()
    .refine((v) => isoDurationSchema.safeParse(v).success, 'must be an ISO-8601 duration such as P3D or PT12H')
    .nullable()
    .optional(),
});

const tags = ['scalev-leads'];

type Warning = { code: 'mailketing_not_configured' | 'mailketing_unreachable'; message: string };

export const productListRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /**
   * Asks Mailketing for its lists before a save: an id it does not have is refused (400 naming the field); when
   * Mailketing cannot be asked, the entry is saved with a warning (a list id typed ahead of an outage stays possible).
   */
  const checkLists = async (workspaceId: string, entry: Parameters<typeof unknownListFields>[0]): Promise<Warning[]> => {
    const settings = await loadLeadSettings(ctx, ctx.db, workspaceId);
    if (!settings.secrets.mailketing_api_token) {
      return [{ code: 'mailketing_not_configured', message: 'the Mailketing lists were not checked: no Mailketing API token is set' }];
    }
    const client = await mailketingClientFor(ctx, ctx.db, workspaceId);
    const lists = await client.listLists();
    if (!lists.ok) {
      if (lists.error.kind === 'auth') return [{ code: 'mailketing_unreachable', message: 'the Mailketing lists were not checked: Mailketing refused the API token' }];
      return [{ code: 'mailketing_unreachable', message: `the Mailketing lists were not checked: Mailketing could not be reached (${lists.error.kind})` }];
    }
    const unknown = unknownListFields(entry, lists.value.map((l) => l.listId));
    if (unknown.length > 0) {
      const fields = unknown.map((field) => ({ field: `body.${field}`, message: `list ${entry[field]} is not one of your Mailketing lists` }));
      throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { context: { fields } });
    }
    return [];
  };

  app.get('/api/product-lists', {
    config: { roles: EDITORS },
    schema: { operationId: 'listProductLists', tags, summary: 'Every product list entry', response: { 200: productListListSchema } },
  }, async (request) => ({
    items: (await listProductLists(ctx.db, requireAuth(request).workspaceId)).map(productListView),
  }));

  app.post('/api/product-lists', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'createProductList',
      tags,
      summary: 'Add an entry; a second entry for the same store, product and sales person is refused (409)',
      body: productListBody,
      response: { 201: productListSavedSchema, ...errorResponses(409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const warnings = await checkLists(auth.workspaceId, request.body);
    const row = await ctx.db.transaction().execute(async (trx) => {
      const created = await createProductList(trx, ctx.clock, auth.workspaceId, request.body);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'product_list.create', subjectType: 'product_list', subjectId: created.id, after: productListView(created) });
      return created;
    });
    return reply.code(201).send({ ...productListView(row), warnings });
  });

  app.get('/api/product-lists/:id', {
    config: { roles: EDITORS },
    schema: { operationId: 'getProductList', tags, summary: 'One entry', params: productListParams, response: { 200: productListSchema } },
  }, async (request) =>
    productListView(await getProductList(ctx.db, requireAuth(request).workspaceId, request.params.id)),
  );

  app.put('/api/product-lists/:id', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'replaceProductList',
      tags,
      summary: 'Replace an entry; waiting leads use its new lists from now on (409 when it would duplicate another entry)',
      params: productListParams,
      body: productListBody,
      response: { 200: productListSavedSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const warnings = await checkLists(auth.workspaceId, request.body);
    const row = await ctx.db.transaction().execute(async (trx) => {
      const before = await getProductList(trx, auth.workspaceId, request.params.id);
      const after = await updateProductList(trx, ctx.clock, auth.workspaceId, request.params.id, request.body);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'product_list.update', subjectType: 'product_list', subjectId: after.id, before: productListView(before), after: productListView(after) });
      return after;
    });
    return { ...productListView(row), warnings };
  });

  app.delete('/api/product-lists/:id', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'deleteProductList',
      tags,
      summary: 'Delete an entry; its leads stay, and those still waiting are no longer sent to a list',
      params: productListParams,
      response: { 204: z.undefined().describe('Deleted.') },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await ctx.db.transaction().execute(async (trx) => {
      const before = await deleteProductList(trx, auth.workspaceId, request.params.id);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'product_list.delete', subjectType: 'product_list', subjectId: before.id, before: productListView(before) });
    });
    return reply.code(204).send();
  });
};
