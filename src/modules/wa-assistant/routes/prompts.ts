// /api/ai/prompts: save prompt versions (immutable), point production at one, list them with the turns each answered.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { READERS, SENDERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { promoteBody, promoteParams, promptListSchema, savePromptBody } from '../contract.js';
import { promoteVersion, savePrompt } from '../prompts/flow.js';
import { changeTurnReads } from '../turn-reads.js';
import { listPromptVersions } from '../prompts/queries.js';

const tags = ['wa-assistant'];
const PROMPT_TYPES = ['base', 'company', 'rules', 'escalation', 'faq'] as const;
const asType = (t: string) => PROMPT_TYPES.find((p) => p === t) ?? 'base';

export const promptRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const list = async (workspaceId: string) => ({
    items: (await listPromptVersions(ctx.db, workspaceId)).map((v) => ({ id: v.id, prompt_type: asType(v.prompt_type), version: v.version, content: v.content, updated_by: v.updated_by, production: v.production, turns: v.turns, created_at: Number(v.created_at) })),
  });
  const writer = (request: Parameters<typeof requireAuth>[0]) => {
    const auth = requireAuth(request);
    return { db: ctx.db, clock: ctx.clock, workspaceId: auth.workspaceId, actor: actorOf(auth) };
  };

  app.get('/api/ai/prompts', {
    config: { roles: READERS },
    schema: { operationId: 'listPrompts', tags, summary: 'Every saved prompt version, which is in production, and how many turns each answered', response: { 200: promptListSchema } },
  }, async (request) => list(requireAuth(request).workspaceId));

  app.put('/api/ai/prompts', {
    config: { roles: SENDERS },
    schema: { operationId: 'savePrompt', tags, summary: 'Save a prompt version (base, company, rules, escalation, faq); it goes to production unless production is false', body: savePromptBody, response: { 200: promptListSchema, 201: promptListSchema, ...errorResponses(409) } },
  }, async (request, reply) => {
    const w = writer(request);
    const b = request.body;
    const { created } = await changeTurnReads(ctx.readCache, w.workspaceId, () => ctx.db.transaction().execute((trx) => savePrompt({ ...w, db: trx }, { promptType: b.prompt_type, version: b.version, content: b.content, updatedBy: b.updated_by ?? null, production: b.production })));
    return reply.code(created ? 201 : 200).send(await list(w.workspaceId));
  });

  app.post('/api/ai/prompts/:prompt_type/production', {
    config: { roles: SENDERS },
    schema: { operationId: 'promotePrompt', tags, summary: 'Put a saved version of a prompt type in production (also to roll back)', params: promoteParams, body: promoteBody, response: { 200: promptListSchema, ...errorResponses(404) } },
  }, async (request) => {
    const w = writer(request);
    await changeTurnReads(ctx.readCache, w.workspaceId, () => ctx.db.transaction().execute((trx) => promoteVersion({ ...w, db: trx }, request.params.prompt_type, request.body.version)));
    return list(w.workspaceId);
  });
};
