// Builds an AppContext over a test database with a fake clock, a fixed random source and a silent logger.
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { fakeClock, type FakeClock } from '../../src/core/clock.js';
import { createJobSignal, type AppContext } from '../../src/core/context.js';
import { contactMergeHooksOf, type ModuleParts } from '../../src/core/module.js';
import { createSecretBox } from '../../src/core/secrets.js';
import { createReadCache } from '../../src/core/read-cache.js';
import { createReadBatches } from '../../src/core/read-batch.js';
import { createProviderHttp } from '../../src/server/runtime.js';
import { ensureDefaultWorkspace, type Workspace } from '../../src/core/workspaces.js';
import { modules as registeredModules } from '../../src/modules/registry.js';
import type { TestDb } from './test-db.js';

export interface TestContext extends AppContext {
  readonly clock: FakeClock;
  readonly workspace: Workspace;
}

/**
 * Tests send traffic only to 127.0.0.1: a provider a test does not point at a simulator is pointed at the discard
 * port, where the connection is refused, instead of at the provider's real address.
 */
const offMachineProviders = {
  SCALEV_API_URL: 'http://127.0.0.1:9/scalev',
  MAILKETING_API_URL: 'http://127.0.0.1:9/mailketing',
  TWILIO_API_URL: 'http://127.0.0.1:9/twilio',
  WAHA_URL: 'http://127.0.0.1:9/waha',
  LLM_BASE_URL: 'http://127.0.0.1:9/llm',
  RECURRENTE_API_URL: 'http://127.0.0.1:9/recurrente',
} as const;

/** `modules` (default: every registered module) supply the contact-merge hooks, as in production. */
export async function createTestContext(
  testDb: TestDb,
  env: Record<string, string> = {},
  options: { modules?: readonly ModuleParts[] } = {},
): Promise<TestContext> {
  const config = loadConfig({ LOG_LEVEL: 'silent', LEADCYCLE_DATA_DIR: '/nonexistent', PUBLIC_URL: 'http://127.0.0.1:3000', ...offMachineProviders, ...env });
  const clock = fakeClock();
  const workspace = await ensureDefaultWorkspace(testDb.db, clock);
  return {
    db: testDb.db,
    intakeDb: testDb.intakeDb,
    dialect: testDb.dialect,
    clock,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    config,
    secrets: createSecretBox(randomBytes(32)),
    readCache: createReadCache(),
    readBatches: createReadBatches(),
    jobSignal: createJobSignal(),
    random: () => 0.5,
    http: createProviderHttp(),
    contactMergeHooks: contactMergeHooksOf(options.modules ?? registeredModules),
    workspace,
  };
}
