// /api/customers/staff: the people who call contacts and serve the counter: add, list, change, deactivate.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { actorOf, MANAGERS, READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { createStaffBody, listStaffQuery, staffListSchema, staffParams, staffSchema, updateStaffBody } from '../contract/staff.js';
import { workspaceLocale } from '../settings.js';
import { createStaff, updateStaff } from '../staff/flow.js';
import { getStaff, listStaff, staffView } from '../staff/queries.js';

const tags = ['pharmacy'];

export const staffRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post('/api/customers/staff', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'createPharmacyStaff',
      tags,
      summary: 'Add a staff member (staff_code, name, phone, max_contacts_per_day; optionally the user they sign in as); a code in use is a 409',
      body: createStaffBody,
      response: { 201: staffSchema, ...errorResponses(409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { country } = await workspaceLocale(ctx.db, auth.workspaceId);
    const row = await ctx.db.transaction().execute((trx) => createStaff(trx, ctx, auth.workspaceId, country, request.body, actorOf(auth)));
    return reply.code(201).send(staffView(row));
  });

  app.get('/api/customers/staff', {
    config: { roles: READERS },
    schema: {
      operationId: 'listPharmacyStaff',
      tags,
      summary: 'Active staff by code (include_inactive=true: deactivated ones too)',
      querystring: listStaffQuery,
      response: { 200: staffListSchema },
    },
  }, async (request) => {
    const rows = await listStaff(ctx.db, requireAuth(request).workspaceId, { includeInactive: request.query.include_inactive === 'true' });
    return { items: rows.map(staffView) };
  });

  app.get('/api/customers/staff/:staff_code', {
    config: { roles: READERS },
    schema: { operationId: 'getPharmacyStaff', tags, summary: 'One staff member', params: staffParams, response: { 200: staffSchema } },
  }, async (request) => staffView(await getStaff(ctx.db, requireAuth(request).workspaceId, request.params.staff_code)));

  app.patch('/api/customers/staff/:staff_code', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'updatePharmacyStaff',
      tags,
      summary: 'Change a staff member: name, phone, daily cap, linked user, active',
      params: staffParams,
      body: updateStaffBody,
      response: { 200: staffSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { country } = await workspaceLocale(ctx.db, auth.workspaceId);
    const row = await ctx.db.transaction().execute((trx) => updateStaff(trx, ctx, auth.workspaceId, country, request.params.staff_code, request.body, actorOf(auth)));
    return staffView(row);
  });

  app.delete('/api/customers/staff/:staff_code', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'deactivatePharmacyStaff',
      tags,
      summary: 'Deactivate a staff member: no new contacts are handed to them; their history and credit stay',
      params: staffParams,
      response: { 200: staffSchema },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { country } = await workspaceLocale(ctx.db, auth.workspaceId);
    const row = await ctx.db.transaction().execute((trx) => updateStaff(trx, ctx, auth.workspaceId, country, request.params.staff_code, { active: false }, actorOf(auth)));
    return staffView(row);
  });
};
