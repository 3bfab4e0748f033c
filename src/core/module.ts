// What a product module plugs into the core: tables, jobs, subscriptions to webhook sources, delivery hooks, uploads.
// Fastify-free: the descriptor's HTTP routes are typed in server/module-routes.ts, on top of these parts.
import type { Migration } from 'kysely';
import type { Dialect, Executor } from '../db/database.js';
import type { MergeEvent, MergeHook } from './contacts/contacts.js';
import type { AppContext } from './context.js';
import type { DeliveryHooks } from './deliveries/send-job.js';
import type { EventHandler } from './inbox/process.js';
import type { RegisteredJob } from './jobs/types.js';
import type { ProviderSettingsLinks } from './provider-settings.js';
import type { ModuleSetup } from './setup.js';
import type { UploadDeclaration } from './uploads.js';

/**
 * A cheap read (an index lookup or two) whose answer changes whenever the module's data that screens show changes;
 * `GET /api/live` polls it while someone watches and tells the dashboard to refetch when it moves.
 */
export type LiveSignal = (db: Executor, workspaceId: string) => Promise<string>;

/**
 * Everything a module's descriptor declares except its HTTP routes: the parts the engine (worker, migrations, merge)
 * reads. The descriptor itself, `ModuleDescriptor` in server/module-routes.ts, adds `routes`. A module is added by
 * writing its folder and one line in modules/registry.ts; the core never imports it.
 * Every part is optional; each factory receives the app context so it can close over settings and clients.
 * Providers are the connectors' (connectors/registry.ts): their credentials, senders and webhook sources. A module
 * subscribes to webhook sources, owns the deliveries it creates (`createDelivery({ module })`) and hooks into them.
 */
export interface ModuleParts {
  readonly name: string;
  /** One sentence on what the module does: the description of its tag (its name) in the API document. */
  readonly description?: string;
  /** Named like the core's (`2026-11-22-0001-…`) so that all migrations apply in date order. */
  migrations?(dialect: Dialect): Record<string, Migration>;
  /** The module's jobs, each made with defineJob (core/jobs/define.ts); a name registered twice stops the server. */
  jobs?(ctx: AppContext): readonly RegisteredJob[];
  /**
   * Subscriptions: a handler per connector webhook source name (`scalev`, `twilio/status`). Several modules may
   * subscribe to one source: the event is stored once and each module gets its own processing job and outcome.
   */
  eventHandlers?(ctx: AppContext): Record<string, EventHandler>;
  /** Gates and hooks for the deliveries this module owns (never for another module's). */
  deliveries?(ctx: AppContext): DeliveryHooks;
  /**
   * Provider settings the module's own settings route shows under its older names (`twilio_auth_token` is
   * `twilio.auth_token`). Stored in the connector's namespace; values an older version kept in the module's
   * namespace are moved there once at start-up.
   */
  readonly providerSettings?: ProviderSettingsLinks;
  /** Change kinds for `GET /api/live` by name (`crm`); the core's are events, stages, deliveries and rejections. */
  liveSignals?(ctx: AppContext): Record<string, LiveSignal>;
  /**
   * Two contacts proved to be one person (core/contacts/README.md, "The merge rule"): re-point this module's rows
   * from `fromId` to `intoId`. Runs inside the merge's transaction (`db`), for merges by hand and the automatic one
   * in findOrCreateContact alike; throwing undoes the whole merge.
   */
  onContactMerged?(db: Executor, merge: MergeEvent): Promise<void>;
  /**
   * Upload routes (`POST /api/customers/upload-contacts`): the server registers each one (multipart, field `file`,
   * the declared roles, size limit and accepted types), stores the file and enqueues the declared job with
   * `{ uploadId }`; the uploads API lets the same roles follow it (core/uploads.ts).
   */
  readonly uploads?: readonly UploadDeclaration[];
  /**
   * What the module needs before it works, for the dashboard's "Get started" checklist (`GET /api/setup`): its
   * providers saved and tested, its webhook sources receiving, its first record. The server refuses a provider or
   * source no connector has.
   */
  readonly setup?: ModuleSetup;
}

/** The modules' merge hooks in registry order, for `AppContext.contactMergeHooks`. */
export function contactMergeHooksOf(modules: readonly ModuleParts[]): MergeHook[] {
  const hooks: MergeHook[] = [];
  for (const m of modules) {
    const hook = m.onContactMerged;
    if (hook) hooks.push((db, merge) => hook.call(m, db, merge));
  }
  return hooks;
}
