// /api/customers/purchases…: recorded purchases for the pharmacy's other systems (daily records, stock, profit): a paged list, one with its items, and a CSV export. Never a medical detail.
import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MANAGERS, READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { listPurchasesQuery, purchaseDetailSchema, purchaseFilterQuery, purchasePageSchema, purchaseParams } from '../contract/purchases.js';
import { getPurchase, listPurchases, purchaseCursor, purchaseItems, type PurchaseFilter } from '../purchases/queries.js';
import { workspaceLocale } from '../settings.js';

const tags = ['pharmacy'];
const EXPORT_PAGE = 500;
const COLUMNS = [
  'purchase_id', 'date', 'created_at', 'customer_id', 'customer_name', 'customer_phone', 'credited_staff_code', 'medicine_name',
  'brand_name', 'generic_name', 'quantity', 'unit_price', 'item_total', 'is_generic', 'is_prescription', 'duration_days', 'purchase_total',
] as const;

export const purchaseRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** Purchases newest first, by customer and local dates, with keyset paging. */
  app.get('/api/customers/purchases', {
    config: { roles: READERS },
    schema: {
      operationId: 'listPharmacyPurchases',
      tags,
      summary: 'Recorded purchases, newest first: filter by customer_id and local from_date/to_date (both included); keyset paging',
      querystring: listPurchasesQuery,
      response: { 200: purchasePageSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    const items = await listPurchases(ctx.db, ws, timezone, request.query);
    const last = items[items.length - 1];
    return { items, next_cursor: items.length === request.query.limit && last ? purchaseCursor(last) : null };
  });

  /** Every item of the filtered purchases as CSV, one line per item, streamed a page at a time. */
  app.get('/api/customers/purchases/export.csv', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'exportPharmacyPurchases',
      tags,
      summary: 'The filtered purchases as CSV for other systems (UTF-8 with BOM, a header row, one line per item, local dates, times in UTC ISO 8601; no medical details), streamed',
      querystring: purchaseFilterQuery,
      response: { 200: z.string().describe('The CSV text; served as text/csv; charset=utf-8 with a download file name.') },
    },
  }, async (request, reply) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    const filter: PurchaseFilter = request.query;
    // Pages are read as the client takes the bytes, so memory stays at one page however many purchases there are.
    async function* lines() {
      let cursor: string | undefined;
      for (;;) {
        const page = await listPurchases(ctx.db, ws, timezone, { ...filter, limit: EXPORT_PAGE, cursor });
        const items = await purchaseItems(ctx.db, ws, page.map((p) => p.id));
        for (const p of page) {
          for (const i of items.get(p.id) ?? []) {
            yield {
              purchase_id: p.id,
              date: p.date,
              created_at: new Date(p.created_at).toISOString(),
              customer_id: p.customer_id,
              customer_name: p.customer_name ?? '',
              customer_phone: p.customer_phone,
              credited_staff_code: p.credited_staff_code ?? '',
              medicine_name: i.medicine_name,
              brand_name: i.brand_name ?? '',
              generic_name: i.generic_name ?? '',
              quantity: i.quantity,
              unit_price: i.unit_price,
              item_total: i.total_amount,
              is_generic: i.is_generic === 1 ? 'true' : 'false',
              is_prescription: i.is_prescription === 1 ? 'true' : 'false',
              duration_days: i.duration_days ?? '',
              purchase_total: p.total_amount,
            };
          }
        }
        const last = page[page.length - 1];
        if (page.length < EXPORT_PAGE || !last) return;
        cursor = purchaseCursor(last);
      }
    }
    // Imported at the first download, not at start-up (an idle server needs no CSV writer).
    const { stringify } = await import('csv-stringify');
    const csv = Readable.from(lines()).pipe(stringify({ header: true, columns: [...COLUMNS], bom: true }));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="purchases.csv"')
      // A stream is piped as it is (Fastify serializes only non-stream payloads); the schema documents the CSV text.
      .send(csv as unknown as string);
  });

  app.get('/api/customers/purchases/:purchase_id', {
    config: { roles: READERS },
    schema: { operationId: 'getPharmacyPurchase', tags, summary: 'One purchase with its items', params: purchaseParams, response: { 200: purchaseDetailSchema } },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const { timezone } = await workspaceLocale(ctx.db, ws);
    return getPurchase(ctx.db, ws, timezone, request.params.purchase_id);
  });
};
