// GET /api/leads/export.csv: every lead that matches the list's filters, as CSV, streamed one keyset page at a time.
import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { exportLeadsQuery } from '../contract.js';
import { leadCursor, listLeads, type LeadFilter } from '../queries.js';
import type { LeadRow } from '../tables.js';

const PAGE = 500;
const COLUMNS = [
  'id', 'stage', 'order_id', 'product_name', 'store_name', 'customer_name', 'customer_email', 'customer_phone',
  'sales_person_name', 'sales_person_email', 'amount', 'currency', 'order_created_at', 'paid_at', 'not_closing_at',
] as const;

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
/** Amounts in whole units with two decimals ("249813.00"), as ScaleV writes them: a sheet reads them as numbers. */
const units = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));

function row(lead: LeadRow): Record<(typeof COLUMNS)[number], string> {
  return {
    id: lead.id,
    stage: lead.stage,
    order_id: lead.order_id,
    product_name: lead.product_name,
    store_name: lead.store_name ?? '',
    customer_name: lead.customer_name ?? '',
    customer_email: lead.customer_email ?? '',
    customer_phone: lead.customer_phone ?? '',
    sales_person_name: lead.sales_person_name ?? '',
    sales_person_email: lead.sales_person_email ?? '',
    amount: units(lead.amount_cents === null ? null : Number(lead.amount_cents)),
    currency: lead.currency ?? '',
    order_created_at: iso(lead.order_created_at),
    paid_at: iso(lead.paid_at),
    not_closing_at: iso(lead.not_closing_at),
  };
}

export const exportRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/api/leads/export.csv', {
    config: { roles: READERS },
    schema: {
      operationId: 'exportLeads',
      tags: ['scalev-leads'],
      summary: 'Every lead matching the filters as CSV (UTF-8, a header row, times in UTC ISO-8601), streamed',
      querystring: exportLeadsQuery,
      response: { 200: z.string().describe('The CSV text; served as text/csv; charset=utf-8 with a download file name.') },
    },
  }, async (request, reply) => {
    const ws = requireAuth(request).workspaceId;
    const q = request.query;
    const filter: Omit<LeadFilter, 'limit' | 'before'> = {
      stage: q.stage,
      productListId: q.product_list_id,
      salesPersonEmail: q.sales_person_email,
      from: q.from,
      to: q.to,
      search: q.q,
    };
    // Pages are read as the client takes the bytes, so memory stays at one page however many leads there are.
    async function* leads() {
      let before: string | undefined;
      for (;;) {
        const page = await listLeads(ctx.db, ws, { ...filter, limit: PAGE, before });
        for (const lead of page) yield row(lead);
        const last = page[page.length - 1];
        if (page.length < PAGE || !last) return;
        before = leadCursor(last);
      }
    }
    // Imported at the first download, not at start-up (an idle server needs no CSV writer).
    const { stringify } = await import('csv-stringify');
    const csv = Readable.from(leads()).pipe(stringify({ header: true, columns: [...COLUMNS], bom: true }));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="leads.csv"')
      // A stream is piped as it is (Fastify serializes only non-stream payloads); the schema documents the CSV text.
      .send(csv as unknown as string);
  });
};
