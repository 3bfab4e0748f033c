// The fully assembled HTTP server over a test database, plus helpers that mint credentials through the core functions.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { createApiToken } from '../../src/core/auth/tokens.js';
import type { Role } from '../../src/core/auth/types.js';
import { createUser } from '../../src/core/auth/users.js';
import type { ConnectorDescriptor } from '../../src/core/connector.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { modules as registeredModules } from '../../src/modules/registry.js';
import { buildServer } from '../../src/server/app.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestContext, type TestContext } from './test-context.js';
import type { TestDb } from './test-db.js';

export interface TestServerOptions {
  /** Extra environment for loadConfig (e.g. LOGIN_ATTEMPTS_PER_MINUTE). */
  env?: Record<string, string>;
  /** Defaults to every module in src/modules/registry.ts. */
  modules?: readonly ModuleDescriptor[];
  /** Defaults to every connector in src/connectors/registry.ts. */
  connectors?: readonly ConnectorDescriptor[];
  /** Sees every route as it is registered. */
  onRoute?: (route: RouteOptions) => void;
}

export interface TestServer {
  app: FastifyInstance;
  ctx: TestContext;
  /** Creates a new owner user and an owner API token; returns `{ authorization: 'Bearer …' }`. */
  ownerToken(): Promise<Record<string, string>>;
  /** Creates an API token with this role; returns `{ authorization: 'Bearer …' }`. */
  tokenFor(role: Role): Promise<Record<string, string>>;
}

let counter = 0;

export async function buildTestServer(testDb: TestDb, opts: TestServerOptions = {}): Promise<TestServer> {
  const modules = opts.modules ?? registeredModules;
  const ctx = await createTestContext(testDb, opts.env, { modules });
  const assembly = assemble(ctx, modules, opts.connectors);
  const app = await buildServer({ ctx, assembly, ...(opts.onRoute ? { onRoute: opts.onRoute } : {}) });
  await app.ready();

  const tokenFor = async (role: Role, createdBy: string | null = null) => {
    const { token } = await createApiToken(ctx.db, ctx.clock, { workspaceId: ctx.workspace.id, name: `test ${role}`, role, createdBy });
    return { authorization: `Bearer ${token}` };
  };

  return {
    app,
    ctx,
    async ownerToken() {
      counter += 1;
      const owner = await createUser(ctx.db, ctx.clock, {
        workspaceId: ctx.workspace.id,
        email: `owner-${process.pid}-${counter}@example.test`,
        password: 'correct horse battery staple',
        role: 'owner',
        actor: { type: 'system', id: null },
      });
      return tokenFor('owner', owner.id);
    },
    tokenFor: (role) => tokenFor(role),
  };
}
