// Builds the live AppContext from Config: opens and migrates the database (then moves old provider settings), loads the
// secret key, makes the logger and the provider transport.
import pino from 'pino';
import type { Config } from '../config.js';
import { systemClock } from '../core/clock.js';
import { createJobSignal, type AppContext } from '../core/context.js';
import { createHttpClient } from '../core/http/index.js';
import { moveLinkedSettings } from '../core/provider-settings.js';
import { contactMergeHooksOf, type ModuleParts } from '../core/module.js';
import { createSecretBox, loadOrCreateSecretKey } from '../core/secrets.js';
import { createReadCache } from '../core/read-cache.js';
import { createReadBatches } from '../core/read-batch.js';
import { ensureDefaultWorkspace, type Workspace } from '../core/workspaces.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { moduleMigrations } from './assemble.js';

export interface Runtime {
  readonly ctx: AppContext;
  readonly defaultWorkspace: Workspace;
  close(): Promise<void>;
}

/** Paths pino removes from every log line: credentials, signatures, cookies and message bodies. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers["x-scalev-hmac-sha256"]',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-webhook-hmac"]',
  'req.headers["svix-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.body',
];

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}

/** The app's provider transport: 15 s is long for an API call and short for a stuck worker. */
export function createProviderHttp() {
  return createHttpClient({ timeoutMs: 15_000, userAgent: 'Leadcycle' });
}

/**
 * Provider values that older versions kept in a module's namespace move to their connector's, once, right after
 * the migrations (core/provider-settings.ts says how it stays safe when two processes start together).
 */
export async function moveProviderSettings(ctx: AppContext, modules: readonly ModuleParts[]): Promise<void> {
  for (const m of modules) if (m.providerSettings) await moveLinkedSettings(ctx, m.providerSettings);
}

export async function openRuntime(config: Config, modules: readonly ModuleParts[], options: { migrate?: boolean } = {}): Promise<Runtime> {
  const logger = createLogger(config);
  const handle = openDatabase(config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'sqlite', file: config.database.file });
  if (options.migrate ?? true) {
    const { applied } = await migrateToLatest(handle.db, handle.dialect, moduleMigrations(modules, handle.dialect));
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  }
  const defaultWorkspace = await ensureDefaultWorkspace(handle.db, systemClock);
  const ctx: AppContext = {
    db: handle.db,
    intakeDb: handle.intakeDb,
    dialect: handle.dialect,
    clock: systemClock,
    logger,
    config,
    secrets: createSecretBox(loadOrCreateSecretKey(config.secretKey, config.dataDir)),
    readCache: createReadCache(),
    readBatches: createReadBatches(),
    jobSignal: createJobSignal(),
    random: Math.random,
    http: createProviderHttp(),
    contactMergeHooks: contactMergeHooksOf(modules),
  };
  if (options.migrate ?? true) await moveProviderSettings(ctx, modules);
  return { ctx, defaultWorkspace, close: () => handle.close() };
}
