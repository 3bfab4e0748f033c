// What a product module plugs into the core: tables, jobs, webhook sources, event handlers, senders and routes.
import type { FastifyPluginAsync } from 'fastify';
import type { Migration } from 'kysely';
import type { Dialect, Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import type { DeliveryGate, DeliverySender } from './deliveries/send-job.js';
import type { EventHandler } from './inbox/process.js';
import type { WebhookSource } from './inbox/types.js';
import type { RegisteredJob } from './jobs/types.js';

/**
 * A cheap read (an index lookup or two) whose answer changes whenever the module's data that screens show changes;
 * `GET /api/live` polls it while someone watches and tells the dashboard to refetch when it moves.
 */
export type LiveSignal = (db: Executor, workspaceId: string) => Promise<string>;

/** Options every module route plugin receives. Routes declare `config: { roles }`; the server enforces them. */
export interface ModuleRouteOptions {
  readonly ctx: AppContext;
}

/**
 * A module is added by writing its folder and one line in modules/registry.ts; the core never imports it.
 * Every part is optional; each factory receives the app context so it can close over settings and clients.
 */
export interface ModuleDescriptor {
  readonly name: string;
  /** Named like the core's (`2026-11-22-0001-…`) so that all migrations apply in date order. */
  migrations?(dialect: Dialect): Record<string, Migration>;
  /** The module's jobs, each made with defineJob (core/jobs/define.ts); a name registered twice stops the server. */
  jobs?(ctx: AppContext): readonly RegisteredJob[];
  webhooks?(ctx: AppContext): readonly WebhookSource[];
  /** Handlers by webhook source name (`scalev`, `twilio/status`). */
  eventHandlers?(ctx: AppContext): Record<string, EventHandler>;
  /** Delivery senders by provider name (`mailketing`). */
  senders?(ctx: AppContext): Record<string, DeliverySender>;
  deliveryGates?(ctx: AppContext): readonly DeliveryGate[];
  /** Change kinds for `GET /api/live` by name (`crm`); the core's are events, stages, deliveries and rejections. */
  liveSignals?(ctx: AppContext): Record<string, LiveSignal>;
  /** Registered under the server's root; paths start with /api/, except public ones marked `config: { public: true }` (a tracking link). */
  readonly routes?: FastifyPluginAsync<ModuleRouteOptions>;
}
