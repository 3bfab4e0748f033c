// /api/product-lists: which products (and sales people) make leads, and the three Mailketing lists of each.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, EDITORS, requireAuth, SENDERS } from '../../../core/auth/types.js';
import { recordAudit } from '../../../core/audit.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { isoDurationSchema } from '../../../core/schedule/durations.js';
import { createProductList, deleteProductList, updateProductList } from '../product-lists/flow.js';
import { getProductList, listProductLists, productListView } from '../product-lists/queries.js';

const id = (what: string) => z.string().trim().min(1, `${what} is required`).max(200);
/** The seed's field names, validated; an entry without a sales person accepts every sales person. */
export const productListBody = z.object({
  store_id: id('store_id'),
  store_name: id('store_name'),
  product_id: id('product_id'),
  product_name: id('product_name'),
  sku: z.string().trim().max(200).nullable().optional(),
  variant_unique_ids: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  sales_person_id: z.string().trim().max(200).nullable().optional(),
  sales_person_name: z.string().trim().max(200).nullable().optional(),
  sales_person_email: z.email('must be an email address').nullable().optional().or(z.literal('').transform(() => null)),
  mailketing_list_followup: id('mailketing_list_followup'),
  mailketing_list_closing: id('mailketing_list_closing'),
  mailketing_list_not_closing: id('mailketing_list_not_closing'),
  not_closing_after: z
    .string()
    .refine((v) => isoDurationSchema.safeParse(v).success, 'must be an ISO-8601 duration such as P3D or PT12H')
    .nullable()
    .optional(),
});

export const productListSchema = z
  .object({
    id: z.string().describe('pl_…'),
    store_id: z.string(),
    store_name: z.string(),
    product_id: z.string(),
    product_name: z.string(),
    sku: z.string().nullable(),
    variant_unique_ids: z.array(z.string()),
    sales_person_id: z.string().nullable(),
    sales_person_name: z.string().nullable(),
    sales_person_email: z.string().nullable().describe('null: every sales person of the store.'),
    mailketing_list_followup: z.string(),
    mailketing_list_closing: z.string(),
    mailketing_list_not_closing: z.string(),
    not_closing_after: z.string().nullable().describe("ISO-8601 duration overriding the workspace's delay, e.g. P3D."),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
  })
  .meta({ id: 'ProductList' });

const tags = ['scalev-leads'];

export const productListRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.string().regex(/^pl_/, 'must be a product list id (pl_…)') });

  app.get('/api/product-lists', {
    config: { roles: EDITORS },
    schema: { operationId: 'listProductLists', tags, summary: 'Every product list entry', response: { 200: z.object({ items: z.array(productListSchema) }) } },
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
    schema: { operationId: 'getProductList', tags, summary: 'One entry', params, response: { 200: productListSchema } },
  }, async (request) =>
    productListView(await getProductList(ctx.db, requireAuth(request).workspaceId, request.params.id)),
  );

  app.put('/api/product-lists/:id', {
    config: { roles: SENDERS },
    schema: {
      operationId: 'replaceProductList',
      tags,
      summary: 'Replace an entry; waiting leads use its new lists from now on (409 when it would duplicate another entry)',
      params,
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
      params,
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
