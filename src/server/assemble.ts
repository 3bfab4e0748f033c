// Gathers the connectors (senders, webhook sources) and the modules (jobs, subscriptions, delivery hooks) into one place.
import type { Migration } from 'kysely';
import { connectors as registeredConnectors } from '../connectors/registry.js';
import type { ConnectorDescriptor } from '../core/connector.js';
import type { AppContext } from '../core/context.js';
import { deliverySendJob, type DeliveryHooks, type DeliverySender } from '../core/deliveries/send-job.js';
import { createProviderGate } from '../core/deliveries/provider-gate.js';
import { providerMaxInFlight } from '../config.js';
import { inboxProcessJob, subscribersOf, type EventHandler } from '../core/inbox/process.js';
import type { WebhookSource } from '../core/inbox/types.js';
import { pruneJobsJob } from '../core/jobs/prune.js';
import type { JobRegistry, RegisteredJob } from '../core/jobs/types.js';
import type { LiveSignal } from '../core/module.js';
import type { ModuleDescriptor } from './module-routes.js';
import { MANAGERS, type Role } from '../core/auth/types.js';
import { MAX_UPLOAD_BYTES, type UploadDeclaration } from '../core/uploads.js';
import type { Dialect } from '../db/database.js';
import { CORE_LIVE_KINDS } from './contract/live.js';

export interface Assembly {
  readonly jobs: JobRegistry;
  readonly webhookSources: readonly WebhookSource[];
  readonly connectors: readonly ConnectorDescriptor[];
  readonly modules: readonly ModuleDescriptor[];
  /** The modules subscribed to a webhook source, in registry order. */
  readonly subscribers: (source: string) => readonly string[];
  /** The modules' extra change kinds for GET /api/live. */
  readonly liveSignals: ReadonlyMap<string, LiveSignal>;
  /** The modules' upload routes, each with the module that declared it. */
  readonly uploads: readonly DeclaredUpload[];
}

export type DeclaredUpload = UploadDeclaration & { readonly module: string };

/**
 * Who may read uploads of a purpose through the uploads API: the roles allowed to upload them. Purposes no route
 * declares (files a module stores itself) are readable by managers.
 */
export function uploadReaders(assembly: Pick<Assembly, 'uploads'>, purpose: string): readonly Role[] {
  const declared = assembly.uploads.filter((u) => u.purpose === purpose);
  return declared.length === 0 ? MANAGERS : [...new Set(declared.flatMap((u) => u.roles))];
}

export function moduleMigrations(modules: readonly ModuleDescriptor[], dialect: Dialect): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations?.(dialect) ?? {})) {
      if (all[name]) throw new Error(`migration ${name} is declared twice`);
      all[name] = migration;
    }
  }
  return all;
}


/**
 * Refuses two connectors for one provider, two modules with one name, two sources with one name and two senders for
 * one provider, so a registry mistake stops the server at start instead of shadowing something at run time.
 */
export function assemble(ctx: AppContext, modules: readonly ModuleDescriptor[], connectors: readonly ConnectorDescriptor[] = registeredConnectors): Assembly {
  const subscriptions = new Map<string, Map<string, EventHandler>>();
  const senders = new Map<string, DeliverySender>();
  const hooks = new Map<string, DeliveryHooks>();
  const sources = new Map<string, WebhookSource>();
  const jobs = new Map<string, RegisteredJob>();
  const liveSignals = new Map<string, LiveSignal>();
  const providers = new Set<string>();
  const moduleNames = new Set<string>();
  const uploads: DeclaredUpload[] = [];

  const add = <T>(map: Map<string, T>, what: string, key: string, value: T, owner: string) => {
    if (map.has(key)) throw new Error(`${what} ${key} from ${owner} is already registered`);
    map.set(key, value);
  };

  for (const c of connectors) {
    if (providers.has(c.provider)) throw new Error(`connector ${c.provider} is registered twice`);
    providers.add(c.provider);
    const sender = c.sender?.(ctx);
    if (sender) add(senders, 'sender', c.provider, sender, `connector ${c.provider}`);
    for (const s of c.webhooks?.(ctx) ?? []) add(sources, 'webhook source', s.name, s, `connector ${c.provider}`);
  }

  for (const m of modules) {
    if (moduleNames.has(m.name)) throw new Error(`module ${m.name} is registered twice`);
    moduleNames.add(m.name);
    for (const [source, handler] of Object.entries(m.eventHandlers?.(ctx) ?? {})) {
      if (!sources.has(source)) throw new Error(`module ${m.name} subscribes to webhook source ${source}, which no connector provides`);
      const byModule = subscriptions.get(source) ?? new Map<string, EventHandler>();
      byModule.set(m.name, handler);
      subscriptions.set(source, byModule);
    }
    for (const job of m.jobs?.(ctx) ?? []) add(jobs, 'job', job.name, job, `module ${m.name}`);
    const deliveries = m.deliveries?.(ctx);
    if (deliveries) hooks.set(m.name, deliveries);
    for (const [k, v] of Object.entries(m.liveSignals?.(ctx) ?? {})) {
      if ((CORE_LIVE_KINDS as readonly string[]).includes(k)) throw new Error(`live signal ${k} from module ${m.name} is one of the core's`);
      add(liveSignals, 'live signal', k, v, `module ${m.name}`);
    }
    for (const p of m.setup?.providers ?? []) if (!providers.has(p)) throw new Error(`module ${m.name} lists provider ${p} in its set-up, which no connector provides`);
    for (const w of m.setup?.webhooks ?? []) if (!sources.has(w)) throw new Error(`module ${m.name} lists webhook source ${w} in its set-up, which no connector provides`);
    for (const u of m.uploads ?? []) uploads.push({ ...checkUpload(u, m.name, uploads), module: m.name });
  }
  for (const job of [inboxProcessJob(subscriptions), deliverySendJob(senders, hooks, createProviderGate((provider) => providerMaxInFlight(ctx.config, provider))), pruneJobsJob]) add(jobs, 'job', job.name, job, 'core');
  for (const u of uploads) {
    if (!jobs.has(u.job)) throw new Error(`upload ${u.path} from module ${u.module} names job ${u.job}, which no module registers`);
  }
  return {
    jobs,
    webhookSources: [...sources.values()],
    connectors,
    modules,
    subscribers: subscribersOf(subscriptions),
    liveSignals,
    uploads,
  };
}

/** Refuses declarations that would misbehave at run time, when the server starts instead. */
function checkUpload(u: UploadDeclaration, owner: string, seen: readonly DeclaredUpload[]): UploadDeclaration {
  const problem = (what: string) => new Error(`upload ${u.path} from module ${owner}: ${what}`);
  if (!u.path.startsWith('/api/')) throw problem('the path must start with /api/');
  if (seen.some((s) => s.path === u.path)) throw problem('the path is already registered');
  if (seen.some((s) => s.purpose === u.purpose)) throw problem(`the purpose ${u.purpose} is already used`);
  if (u.roles.length === 0) throw problem('no role may upload');
  if (u.accept.length === 0) throw problem('accept lists no file type');
  if (u.maxBytes !== undefined && (u.maxBytes <= 0 || u.maxBytes > MAX_UPLOAD_BYTES)) throw problem(`maxBytes must be between 1 and ${MAX_UPLOAD_BYTES}`);
  return u;
}
