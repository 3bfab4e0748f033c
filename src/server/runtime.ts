// Builds the live AppContext from Config: opens and migrates the database, loads the secret key, makes the logger.
import pino from 'pino';
import type { Config } from '../config.js';
import { systemClock } from '../core/clock.js';
import { createJobSignal, type AppContext } from '../core/context.js';
import { contactMergeHooksOf, type ModuleDescriptor } from '../core/module.js';
import { createSecretBox, loadOrCreateSecretKey } from '../core/secrets.js';
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

export async function openRuntime(config: Config, modules: readonly ModuleDescriptor[], options: { migrate?: boolean } = {}): Promise<Runtime> {
  const logger = createLogger(config);
  const handle = openDatabase(config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'sqlite', file: config.database.file });
  if (options.migrate ?? true) {
    const { applied } = await migrateToLatest(handle.db, handle.dialect, moduleMigrations(modules, handle.dialect));
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  }
  const defaultWorkspace = await ensureDefaultWorkspace(handle.db, systemClock);
  const ctx: AppContext = {
    db: handle.db,
    dialect: handle.dialect,
    clock: systemClock,
    logger,
    config,
    secrets: createSecretBox(loadOrCreateSecretKey(config.secretKey, config.dataDir)),
    jobSignal: createJobSignal(),
    random: Math.random,
    contactMergeHooks: contactMergeHooksOf(modules),
  };
  return { ctx, defaultWorkspace, close: () => handle.close() };
}
