// buildServer(ctx) assembles Fastify without listening: tests call inject(), main.ts calls listen().
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../core/context.js';
import type { ModuleDescriptor } from './module-routes.js';
import { newId } from '../core/ids.js';
import type { Assembly } from './assemble.js';
import { CORE_TAGS, registerOpenApi, registerOpenApiRoute } from './openapi.js';
import { authPlugin } from './plugins/auth.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { addBodyDeadline, limitConnections, timeoutOptions } from './connections.js';
import { registerErrorHandling } from './plugins/errors.js';
import { createMetrics, type Metrics } from './plugins/metrics.js';
import { authRoutes } from './routes/auth.js';
import { deliveryRoutes } from './routes/deliveries.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { tokenRoutes } from './routes/tokens.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';
import { alertRoutes } from './routes/alerts.js';
import { liveRoutes } from './routes/live.js';
import { providerRoutes } from './routes/providers.js';
import { setupRoutes } from './routes/setup.js';
import { registerWeb } from './plugins/web.js';
import { workspaceRoutes } from './routes/workspace.js';
import { workspacesRoutes } from './routes/workspaces.js';
import { uploadApiRoutes } from './routes/uploads.js';
import { uploadRoutes } from './upload-routes.js';

export interface ServerOptions {
  readonly ctx: AppContext;
  readonly assembly: Assembly;
  /** Defaults to a fresh registry per server, so tests in one process do not share counters. */
  readonly metrics?: Metrics;
  /** Called for every route as it is registered (tests use it to list all routes). */
  readonly onRoute?: (route: RouteOptions) => void;
}

/** Route options every core route plugin receives. */
export interface CoreRouteOptions {
  readonly ctx: AppContext;
  readonly assembly: Assembly;
  readonly metrics: Metrics;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { ctx, assembly } = options;
  const metrics = options.metrics ?? createMetrics(ctx);
  const app = Fastify({
    // Typed as Fastify's base logger so route plugins keep the default instance type.
    loggerInstance: ctx.logger as FastifyBaseLogger,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId('req'),
    // Off unless configured: otherwise anyone could pick their own address and dodge the sign-in limit.
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    ...timeoutOptions(ctx.config.http),
  });
  limitConnections(app.server, ctx.config.http, app.log);
  addBodyDeadline(app, ctx.config.http.bodyTimeoutMs);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerSecurityHeaders(app, ctx);
  await app.register(fastifyCookie);
  await registerOpenApi(app, {
    ctx,
    tags: [...CORE_TAGS, ...assembly.modules.flatMap((m) => (m.description ? [{ name: m.name, description: m.description }] : []))],
  });
  await app.register(authPlugin, { ctx });

  const routeOptions: CoreRouteOptions = { ctx, assembly, metrics };
  await app.register(healthRoutes, routeOptions);
  await app.register(webhookRoutes, routeOptions);
  await app.register(authRoutes, routeOptions);
  await app.register(userRoutes, { ctx });
  await app.register(tokenRoutes, { ctx });
  await app.register(workspaceRoutes, routeOptions);
  await app.register(workspacesRoutes, routeOptions);
  await app.register(eventRoutes, routeOptions);
  await app.register(jobRoutes, routeOptions);
  await app.register(deliveryRoutes, routeOptions);
  await app.register(alertRoutes, routeOptions);
  await app.register(liveRoutes, routeOptions);
  await app.register(providerRoutes, routeOptions);
  await app.register(setupRoutes, routeOptions);
  await app.register(uploadApiRoutes, routeOptions);
  await app.register(uploadRoutes, { ctx, uploads: assembly.uploads });
  for (const m of assembly.modules) await registerModuleRoutes(app, m, ctx);

  registerOpenApiRoute(app);
  await registerWeb(app);
  return app;
}

async function registerModuleRoutes(app: FastifyInstance, m: ModuleDescriptor, ctx: AppContext): Promise<void> {
  if (m.routes) await app.register(m.routes, { ctx });
}
