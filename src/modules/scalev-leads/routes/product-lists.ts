// /api/product-lists: which products (and sales people) make leads, and the three Mailketing lists of each.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, EDITORS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { recordAudit } from '../../../core/audit.js';
import { isoDurationSchema } from '../../../core/schedule/durations.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { productListBody as productListFields, productListListSchema, productListParams, productListSchema } from '../contract.js';
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

export const productListRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

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
      response: { 201: productListSchema, ...errorResponses(409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const row = await ctx.db.transaction().execute(async (trx) => {
      const created = await createProductList(trx, ctx.clock, auth.workspaceId, request.body);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'product_list.create', subjectType: 'product_list', subjectId: created.id, after: productListView(created) });
      return created;
    });
    return reply.code(201).send(productListView(row));
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
      response: { 200: productListSchema, ...errorResponses(409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const row = await ctx.db.transaction().execute(async (trx) => {
      const before = await getProductList(trx, auth.workspaceId, request.params.id);
      const after = await updateProductList(trx, ctx.clock, auth.workspaceId, request.params.id, request.body);
      await recordAudit(trx, ctx.clock, { workspaceId: auth.workspaceId, actor: actorOf(auth), action: 'product_list.update', subjectType: 'product_list', subjectId: after.id, before: productListView(before), after: productListView(after) });
      return after;
    });
    return productListView(row);
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
