// GET /api/setup: each active module's "Get started" checklist, computed from the modules' and connectors' declarations.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { READERS, requireAuth } from '../../core/auth/types.js';
import { lastEventReceivedAt, providerChecks, publicUrlProblem, webhookUrl } from '../../core/setup.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import { setupSchema } from '../contract/setup.js';

type Step = z.output<typeof setupSchema>['modules'][number]['steps'][number];

export const setupRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/api/setup', {
    config: { roles: READERS },
    schema: {
      operationId: 'getSetup',
      tags: ['workspace'],
      summary: "Each active module's set-up checklist (providers saved and tested, webhooks received, first record) and the address providers call",
      response: { 200: setupSchema },
    },
  }, async (request) => {
    const ws = requireAuth(request).workspaceId;
    const workspace = await findWorkspaceById(ctx.db, ws);
    const checks = await providerChecks(ctx.db, ws, assembly.connectors.map((c) => ({ provider: c.provider, hasTest: c.test !== undefined })));
    const providerOfSource = new Map(assembly.webhookSources.map((s) => [s.name, s.provider]));
    const modules = [];
    let connected = false;
    for (const m of assembly.modules) {
      if (!m.setup) continue;
      const steps: Step[] = [];
      for (const provider of m.setup.providers) {
        const status = checks.get(provider)?.status ?? 'not_set';
        if (status !== 'not_set') connected = true;
        steps.push({ kind: 'provider', key: provider, done: status === 'connected', provider, url: null, last_event_at: null });
      }
      for (const source of m.setup.webhooks) {
        const last = await lastEventReceivedAt(ctx.db, ws, source);
        steps.push({ kind: 'webhook', key: source, done: last !== null, provider: providerOfSource.get(source) ?? null, url: webhookUrl(ctx.config.publicUrl, source, workspace?.slug), last_event_at: last });
      }
      if (m.setup.firstRecord) {
        steps.push({ kind: 'first_record', key: m.setup.firstRecord.name, done: await m.setup.firstRecord.done(ctx.db, ws), provider: null, url: null, last_event_at: null });
      }
      modules.push({ module: m.name, done: steps.every((s) => s.done), steps });
    }
    return {
      public_url: ctx.config.publicUrl,
      public_url_problem: publicUrlProblem(ctx.config.publicUrl),
      done: modules.every((m) => m.done),
      connected,
      modules,
      providers: assembly.connectors.map((c) => {
        const check = checks.get(c.provider);
        return {
          provider: c.provider,
          title: c.title,
          status: check?.status ?? 'not_set',
          has_test: c.test !== undefined,
          tested_at: check?.tested_at ?? null,
          error_code: check?.error_code ?? null,
        };
      }),
    };
  });
};
