// /api/conversations: the inbox, one conversation (thread, turns, phase history), handover, hand back, reply as a person.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../core/api-errors.js';
import { EDITORS, READERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { notFound } from '../../../core/errors.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { conversationDetailSchema, conversationPageSchema, conversationParams, conversationSchema, handBackBody, handoverBody, listConversationsQuery, personReplyBody } from '../contract.js';
import { assignConversation, handBack, replyAsPerson } from '../handover/flow.js';
import { conversationCursor, conversationDetail, conversationView, getConversation, listConversations, readConversationCursor } from '../queries.js';

const tags = ['wa-assistant'];

export const conversationRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const flow = <T>(workspaceId: string, fn: (f: { db: typeof ctx.db; ctx: typeof ctx; workspaceId: string }) => Promise<T>) =>
    ctx.db.transaction().execute((trx) => fn({ db: trx, ctx, workspaceId }));

  app.get('/api/conversations', {
    config: { roles: READERS },
    schema: { operationId: 'listConversations', tags, summary: 'WhatsApp conversations, latest message first; filter by status (bot, queued, person) or phase', querystring: listConversationsQuery, response: { 200: conversationPageSchema } },
  }, async (request) => {
    const q = request.query;
    const rows = await listConversations(ctx.db, requireAuth(request).workspaceId, { status: q.status, phase: q.phase, limit: q.limit, before: readConversationCursor(q.cursor) });
    const last = rows[rows.length - 1];
    return { items: rows.map(conversationView), next_cursor: rows.length === q.limit && last ? conversationCursor(last) : null };
  });

  app.get('/api/conversations/:id', {
    config: { roles: READERS },
    schema: { operationId: 'getConversation', tags, summary: 'One conversation: messages in and out, turns (intent, confidence, escalation, prompt version), phase history', params: conversationParams, response: { 200: conversationDetailSchema } },
  }, async (request) => {
    const workspaceId = requireAuth(request).workspaceId;
    const c = await getConversation(ctx.db, workspaceId, request.params.id);
    if (!c) throw notFound('conversation', request.params.id);
    return conversationDetail(ctx.db, workspaceId, c);
  });

  app.post('/api/conversations/handover', {
    config: { roles: EDITORS },
    schema: { operationId: 'handOverConversation', tags, summary: 'A person takes the conversation; the bot stays silent until it is handed back', body: handoverBody, response: { 200: conversationSchema, ...errorResponses(404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const b = request.body;
    const c = await flow(auth.workspaceId, (f) => assignConversation(f, { conversationId: b.conversation_id, assignedTo: b.assigned_to, notes: b.handover_notes ?? null, actor: actorOf(auth) }));
    return conversationView(c);
  });

  app.post('/api/conversations/:id/hand-back', {
    config: { roles: EDITORS },
    schema: { operationId: 'handBackConversation', tags, summary: 'The assistant answers again from the next message on (messages received meanwhile are not answered)', params: conversationParams, body: handBackBody, response: { 200: conversationSchema, ...errorResponses(409) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const c = await flow(auth.workspaceId, (f) => handBack(f, { conversationId: request.params.id, actor: actorOf(auth), notes: request.body.notes ?? null }));
    return conversationView(c);
  });

  app.post('/api/conversations/:id/messages', {
    config: { roles: EDITORS },
    schema: { operationId: 'replyAsPerson', tags, summary: 'Send a reply as a person through WAHA (takes the conversation over if the bot had it)', params: conversationParams, body: personReplyBody, response: { 202: z.object({ delivery_ids: z.array(z.string()) }) } },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const person = (auth.kind === 'session' ? auth.userId : null) ?? `token:${auth.kind === 'token' ? auth.tokenId : 'unknown'}`;
    const { deliveryIds } = await flow(auth.workspaceId, (f) => replyAsPerson(f, { conversationId: request.params.id, text: request.body.text, person, actor: actorOf(auth) }));
    ctx.jobSignal.notify();
    return reply.code(202).send({ delivery_ids: deliveryIds });
  });
};
