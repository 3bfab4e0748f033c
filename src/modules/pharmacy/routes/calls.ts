// /api/customers/assign-contacts and /api/customers/staff/{staff_code}/tasks: handing out today's calls and a person's morning list.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MANAGERS, READERS, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { assignContacts } from '../calls/flow.js';
import { staffTasks } from '../calls/queries.js';
import { genericEducationForStaff } from '../customers/generic.js';
import { refillsForStaff } from '../customers/queries.js';
import { loadPharmacySettings } from '../settings.js';
import { assignResultSchema, tasksSchema } from '../contract/calls.js';
import { staffParams } from '../contract/staff.js';

const tags = ['pharmacy'];

export const callRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** Managing roles only: a hand-out changes everyone's day. */
  app.post('/api/customers/assign-contacts', {
    config: { roles: MANAGERS },
    schema: {
      operationId: 'assignPharmacyContacts',
      tags,
      summary: "Hand waiting contacts without WhatsApp to active staff for today: yesterday's unfinished calls first, then fairly, never above a person's cap, never one contact to two people (also runs each morning by itself)",
      response: { 200: assignResultSchema },
    },
  }, async (request) => assignContacts(ctx.db, ctx, requireAuth(request).workspaceId));

  app.get('/api/customers/staff/:staff_code/tasks', {
    config: { roles: READERS },
    schema: {
      operationId: 'getPharmacyStaffTasks',
      tags,
      summary: "A person's list for today: contacts to call (carried-over first), their follow-ups due, refill reminders due for their customers, and their customers to explain a generic to",
      params: staffParams,
      response: { 200: tasksSchema },
    },
  }, async (request) => {
    const code = request.params.staff_code;
    const ws = requireAuth(request).workspaceId;
    const tasks = await staffTasks(ctx.db, ctx, ws, code);
    const settings = await loadPharmacySettings(ctx, ctx.db, ws);
    return {
      staff_code: code,
      ...tasks,
      refills: await refillsForStaff(ctx.db, ws, code, tasks.date),
      generic_education: await genericEducationForStaff(ctx.db, ws, settings, code),
    };
  });
};
