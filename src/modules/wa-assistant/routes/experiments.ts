// /api/ai/experiments: A/B tests of reply templates and prompt versions; define, edit a draft, start, stop, read figures.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../core/api-errors.js';
import { READERS, SENDERS, actorOf, requireAuth } from '../../../core/auth/types.js';
import { notFound } from '../../../core/errors.js';
import { inTransaction } from '../../../db/transaction.js';
import { changeTurnReads } from '../turn-reads.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { createExperimentBody, experimentListSchema, experimentParams, experimentSchema, updateExperimentBody } from '../contract/experiments.js';
import { createExperiment, startExperiment, stopExperiment, updateExperiment } from '../experiments/flow.js';
import { experimentView, findExperiment, listExperiments } from '../experiments/queries.js';

const tags = ['wa-assistant'];

export const experimentRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const writer = (request: Parameters<typeof requireAuth>[0]) => {
    const auth = requireAuth(request);
    return { auth, w: { db: ctx.db, clock: ctx.clock, workspaceId: auth.workspaceId, actor: actorOf(auth) } };
  };
  const view = async (workspaceId: string, id: string) => {
    const row = await findExperiment(ctx.db, workspaceId, id);
    if (!row) throw notFound('experiment', id);
    return experimentView(ctx.db, workspaceId, row, ctx.clock.now());
  };

  app.get('/api/ai/experiments', {
    config: { roles: READERS },
    schema: { operationId: 'listExperiments', tags, summary: 'A/B tests, newest first, with each variant\'s conversations, interest, bookings, conversion and rating', response: { 200: experimentListSchema } },
  }, async (request) => ({ items: await listExperiments(ctx.db, requireAuth(request).workspaceId, ctx.clock.now()) }));

  app.get('/api/ai/experiments/:id', {
    config: { roles: READERS },
    schema: { operationId: 'getExperiment', tags, summary: 'One A/B test with its variants\' figures', params: experimentParams, response: { 200: experimentSchema } },
  }, async (request) => view(requireAuth(request).workspaceId, request.params.id));

  app.post('/api/ai/experiments', {
    config: { roles: SENDERS },
    schema: { operationId: 'createExperiment', tags, summary: 'Define an A/B test: variants with weights and either prompt versions or reply wordings; a draft unless start is true', body: createExperimentBody, response: { 201: experimentSchema, ...errorResponses(409) } },
  }, async (request, reply) => {
    const { auth, w } = writer(request);
    const createdBy = auth.email ?? auth.userId ?? auth.tokenId;
    const id = await changeTurnReads(ctx.readCache, w.workspaceId, () => inTransaction(ctx.db, (trx) => createExperiment({ ...w, db: trx }, request.body, createdBy)));
    return reply.code(201).send(await view(w.workspaceId, id));
  });

  app.put('/api/ai/experiments/:id', {
    config: { roles: SENDERS },
    schema: { operationId: 'updateExperiment', tags, summary: 'Change a draft A/B test (a started one is fixed)', params: experimentParams, body: updateExperimentBody, response: { 200: experimentSchema, ...errorResponses(409) } },
  }, async (request) => {
    const { w } = writer(request);
    await changeTurnReads(ctx.readCache, w.workspaceId, () => inTransaction(ctx.db, (trx) => updateExperiment({ ...w, db: trx }, request.params.id, request.body)));
    return view(w.workspaceId, request.params.id);
  });

  app.post('/api/ai/experiments/:id/start', {
    config: { roles: SENDERS },
    schema: { operationId: 'startExperiment', tags, summary: 'Start a draft: conversations that start from now on get a variant (one test runs at a time)', params: experimentParams, response: { 200: experimentSchema, ...errorResponses(409) } },
  }, async (request) => {
    const { w } = writer(request);
    await changeTurnReads(ctx.readCache, w.workspaceId, () => inTransaction(ctx.db, (trx) => startExperiment({ ...w, db: trx }, request.params.id)));
    return view(w.workspaceId, request.params.id);
  });

  app.post('/api/ai/experiments/:id/stop', {
    config: { roles: SENDERS },
    schema: { operationId: 'stopExperiment', tags, summary: 'Stop a running test: production answers everyone again; the figures stay', params: experimentParams, response: { 200: experimentSchema, ...errorResponses(409) } },
  }, async (request) => {
    const { w } = writer(request);
    await changeTurnReads(ctx.readCache, w.workspaceId, () => inTransaction(ctx.db, (trx) => stopExperiment({ ...w, db: trx }, request.params.id)));
    return view(w.workspaceId, request.params.id);
  });
};
