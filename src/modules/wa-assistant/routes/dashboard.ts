// GET /api/marketing/dashboard: the seed's live view (active conversations, phases, the handover queue) and the open alerts.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READERS, requireAuth } from '../../../core/auth/types.js';
import { getStageCounts } from '../../../core/lifecycle/moves.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { marketingDashboardSchema } from '../contract.js';
import { readNoteCodes } from '../notes/rules.js';
import { phasePipeline } from '../pipeline.js';

const tags = ['wa-assistant'];
const DAY = 24 * 3_600_000;

export const dashboardRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/api/marketing/dashboard', {
    config: { roles: READERS },
    schema: { operationId: 'getMarketingDashboard', tags, summary: 'Active conversations, phase distribution, the handover queue (longest waiting first) and open alerts', response: { 200: marketingDashboardSchema } },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const now = ctx.clock.now();
    const active = await ctx.db.selectFrom('wa_conversations').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('last_inbound_at', '>=', now - DAY).executeTakeFirst();
    const escalated = await ctx.db.selectFrom('wa_conversations').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('status', 'in', ['queued', 'person']).executeTakeFirst();
    const queued = await ctx.db
      .selectFrom('wa_conversations as c')
      .leftJoin('wa_packages as p', (j) => j.onRef('p.workspace_id', '=', 'c.workspace_id').onRef('p.code', '=', 'c.package_code'))
      .select(['c.id', 'c.phone', 'c.phase', 'c.last_message', 'c.package_code', 'p.name as package_name', 'c.ai_notes', 'c.ai_note_codes', 'c.escalation_reason', 'c.escalated_at'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.status', '=', 'queued')
      .orderBy('c.escalated_at')
      .limit(100)
      .execute();
    const alerts = await ctx.db.selectFrom('wa_alerts').selectAll().where('workspace_id', '=', workspaceId).where('acknowledged_at', 'is', null).orderBy('created_at', 'desc').limit(50).execute();
    const phases = await getStageCounts(ctx.db, workspaceId, phasePipeline);
    return {
      active_conversations: Number(active?.n ?? 0),
      phase_distribution: { leads: phases.leads, interest: phases.interest, booking: phases.booking },
      pending_handover: queued.map((c) => ({
        id: c.id,
        phone: c.phone,
        phase: c.phase,
        last_message: c.last_message,
        interested_package: c.package_name ?? c.package_code,
        conversation_url: `/api/conversations/${c.id}`,
        ai_notes: c.ai_notes,
        ai_note_codes: readNoteCodes(c.ai_note_codes),
        escalation_reason: c.escalation_reason,
        waiting_since: c.escalated_at === null ? null : Number(c.escalated_at),
      })),
      escalated_conversations: Number(escalated?.n ?? 0),
      alerts: alerts.map((a) => ({ id: a.id, kind: a.kind, audience: a.audience, message: a.message, conversation_id: a.conversation_id, created_at: Number(a.created_at) })),
    };
  });
};
