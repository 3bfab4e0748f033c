// Gathers the core's and every module's jobs, webhook sources, handlers, senders and migrations into one place.
import type { Migration } from 'kysely';
import type { AppContext } from '../core/context.js';
import { deliverySendJob, type DeliveryGate, type DeliverySender } from '../core/deliveries/send-job.js';
import { inboxProcessJob, type EventHandler } from '../core/inbox/process.js';
import type { WebhookSource } from '../core/inbox/types.js';
import { pruneJobsJob } from '../core/jobs/prune.js';
import type { JobRegistry, RegisteredJob } from '../core/jobs/types.js';
import type { LiveSignal, ModuleDescriptor } from '../core/module.js';
import type { Dialect } from '../db/database.js';

export interface Assembly {
  readonly jobs: JobRegistry;
  readonly webhookSources: readonly WebhookSource[];
  readonly modules: readonly ModuleDescriptor[];
  /** The modules' extra change kinds for GET /api/live. */
  readonly liveSignals: ReadonlyMap<string, LiveSignal>;
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

/** The kinds GET /api/live reads itself. */
const CORE_LIVE_KINDS = ['events', 'stages', 'deliveries', 'rejections'];

export function assemble(ctx: AppContext, modules: readonly ModuleDescriptor[]): Assembly {
  const handlers = new Map<string, EventHandler>();
  const senders = new Map<string, DeliverySender>();
  const gates: DeliveryGate[] = [];
  const sources: WebhookSource[] = [];
  const jobs = new Map<string, RegisteredJob>();
  const liveSignals = new Map<string, LiveSignal>();

  const add = <T>(map: Map<string, T>, what: string, key: string, value: T, owner: string) => {
    if (map.has(key)) throw new Error(`${what} ${key} from module ${owner} is already registered`);
    map.set(key, value);
  };

  for (const m of modules) {
    for (const [k, v] of Object.entries(m.eventHandlers?.(ctx) ?? {})) add(handlers, 'event handler', k, v, m.name);
    for (const [k, v] of Object.entries(m.senders?.(ctx) ?? {})) add(senders, 'sender', k, v, m.name);
    for (const job of m.jobs?.(ctx) ?? []) add(jobs, 'job', job.name, job, m.name);
    gates.push(...(m.deliveryGates?.(ctx) ?? []));
    for (const [k, v] of Object.entries(m.liveSignals?.(ctx) ?? {})) {
      if (CORE_LIVE_KINDS.includes(k)) throw new Error(`live signal ${k} from module ${m.name} is one of the core's`);
      add(liveSignals, 'live signal', k, v, m.name);
    }
    for (const s of m.webhooks?.(ctx) ?? []) {
      if (sources.some((x) => x.name === s.name)) throw new Error(`webhook source ${s.name} from module ${m.name} is already registered`);
      sources.push(s);
    }
  }
  for (const job of [inboxProcessJob(handlers), deliverySendJob(senders, gates), pruneJobsJob]) add(jobs, 'job', job.name, job, 'core');
  return { jobs, webhookSources: sources, modules, liveSignals };
}
