// /api/customers/{customer_id}: one customer with their generic suggestions and, for owner, admin and staff only, their medical details (each such read audited); recording that the generic was explained.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordAudit } from '../../../core/audit.js';
import { actorOf, READERS, requireAuth, type Role } from '../../../core/auth/types.js';
import { notFound } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { customerDetailSchema, customerParams, genericInformedBody } from '../contract/customers.js';
import { markGenericInformed } from '../customers/educate.js';
import { genericShareSince, genericSuggestions } from '../customers/generic.js';
import { customerView } from '../customers/queries.js';
import { loadPharmacySettings } from '../settings.js';
import type { CustomerRow } from '../tables.js';

const tags = ['pharmacy'];
/** Who may read chronic conditions and allergies: the people who serve the customer at the counter and run the shop. */
export const MEDICAL_READERS: readonly Role[] = ['owner', 'admin', 'staff'];

export const customerRecordRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const detail = async (workspaceId: string, row: CustomerRow) => {
    const settings = await loadPharmacySettings(ctx, ctx.db, workspaceId);
    const suggestions = await genericSuggestions(ctx.db, workspaceId, settings, [row.id]);
    return {
      ...customerView(row),
      generic_informed_at: row.generic_informed_at,
      generic_share: await genericShareSince(ctx.db, workspaceId, row.id, row.generic_informed_at),
      generic_suggestions: suggestions.get(row.id) ?? [],
    };
  };

  /** Medical details are opened only for MEDICAL_READERS, and only then audited (without the details themselves). */
  app.get('/api/customers/:customer_id', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPharmacyCustomer',
      tags,
      summary: 'One customer: their figures, generic suggestions and generic share; chronic conditions and allergies only for owner, admin and staff (omitted for others), each such read audited',
      params: customerParams,
      response: { 200: customerDetailSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const ws = auth.workspaceId;
    const row = await ctx.db.selectFrom('pharmacy_customers').selectAll().where('workspace_id', '=', ws).where('id', '=', request.params.customer_id).executeTakeFirst();
    if (!row) throw notFound('customer', request.params.customer_id);
    const view = await detail(ws, row);
    if (!MEDICAL_READERS.includes(auth.role)) return view;
    const hasDetails = row.chronic_conditions_sealed !== null || row.allergies_sealed !== null;
    if (hasDetails) {
      await recordAudit(ctx.db, ctx.clock, { workspaceId: ws, actor: actorOf(auth), action: 'pharmacy_customer.medical_read', subjectType: 'pharmacy_customer', subjectId: row.id });
    }
    return {
      ...view,
      chronic_conditions: row.chronic_conditions_sealed === null ? null : ctx.secrets.open(row.chronic_conditions_sealed),
      allergies: row.allergies_sealed === null ? null : ctx.secrets.open(row.allergies_sealed),
    };
  });

  app.post('/api/customers/:customer_id/generic-informed', {
    config: { roles: READERS },
    schema: {
      operationId: 'markPharmacyGenericInformed',
      tags,
      summary: 'Staff explained the generic: the customer becomes generic_informed and their generic share is counted from now (a second call changes nothing); audited',
      params: customerParams,
      body: genericInformedBody,
      response: { 200: customerDetailSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const ws = auth.workspaceId;
    const row = await ctx.db.transaction().execute((trx) =>
      markGenericInformed(trx, ctx.clock, { workspaceId: ws, customerId: request.params.customer_id, actor: actorOf(auth), staffCode: request.body?.staff_code ?? null }),
    );
    return detail(ws, row);
  });
};
