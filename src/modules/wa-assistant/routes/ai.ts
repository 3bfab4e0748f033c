// POST /api/ai/process-message: the brain (the rules, and the language model when configured) on one message, in the seed's shape, without sending or storing anything.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EDITORS, requireAuth } from '../../../core/auth/types.js';
import { localDayOf } from '../../../core/schedule/local-day.js';
import { keptWorkspace } from '../../../core/workspaces.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { mediaToSend, responseText } from '../brain.js';
import { processMessageBody, processMessageSchema } from '../contract.js';
import { configuredMedia } from '../media/rules.js';
import { think } from '../model/think.js';
import { promptsForTurn } from '../prompts/queries.js';
import { getConversation } from '../queries.js';
import type { Language, Phase } from '../rules.js';
import { loadAssistantSettings } from '../settings.js';
import { keptCatalogue, keptProductionPrompts } from '../turn-reads.js';

const tags = ['wa-assistant'];

export const aiRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post('/api/ai/process-message', {
    config: { roles: EDITORS },
    schema: {
      operationId: 'processMessage',
      tags,
      summary: 'What the assistant would answer to one message: reply, media, new phase, confidence, escalation; the language model answers when configured (nothing is sent or stored)',
      body: processMessageBody,
      response: { 200: processMessageSchema },
    },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const body = request.body;
    // A known conversation lends its package and language; its phase unless the caller names one. The reads go out
    // together: on PostgreSQL each is a round trip, and the pool answers them side by side.
    const [conversation, settings, ws, packages] = await Promise.all([
      body.conversation_id ? getConversation(ctx.db, workspaceId, body.conversation_id) : undefined,
      loadAssistantSettings(ctx, ctx.db, workspaceId),
      keptWorkspace(ctx.readCache, ctx.db, workspaceId),
      keptCatalogue(ctx.readCache, ctx.db, workspaceId),
    ]);
    const answer = await think(ctx, ctx.db, {
      workspaceId,
      conversationId: conversation?.id ?? null,
      settings,
      loadPrompts: async () => (await promptsForTurn(ctx.db, workspaceId, await keptProductionPrompts(ctx.readCache, ctx.db, workspaceId))).contents,
      brain: {
        messages: [body.message],
        phase: body.current_phase ?? ((conversation?.phase as Phase | undefined) ?? 'leads'),
        packageCode: conversation?.package_code ?? null,
        previousLanguage: (conversation?.language as Language | undefined) ?? 'id',
        packages,
        companyName: settings.company_name,
        lowConfidenceThreshold: settings.low_confidence_threshold,
        today: localDayOf(ctx.clock.now(), ws?.timezone ?? 'Asia/Jakarta'),
        media: configuredMedia(settings),
      },
    });
    const d = answer.decision;
    return {
      response_text: responseText(answer.parts),
      media_to_send: mediaToSend(answer.parts),
      new_phase: d.phase,
      confidence: d.confidence,
      should_escalate: d.escalate,
      intent: d.intent,
      language: d.language,
      escalation_reason: d.escalationReason,
      package_code: d.packageCode,
      engine: answer.engine,
      model: answer.model,
      fallback_reason: answer.fallbackReason,
    };
  });
};
