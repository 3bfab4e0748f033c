// Prometheus metrics: webhook counters kept in memory, queue and delivery figures read from the database on scrape.
import type { Registry } from 'prom-client';
import type { AppContext } from '../../core/context.js';
import { jobCountsByStatus, oldestDueLagMs } from '../../core/jobs/admin.js';

/** A Prometheus counter with labels, counted in memory (see createMetrics). */
export interface LabelledCounter<L extends string> {
  inc(labels: Readonly<Record<L, string>>): void;
}

export interface Metrics {
  readonly webhooksReceived: LabelledCounter<'source' | 'result'>;
  readonly webhooksRejected: LabelledCounter<'source' | 'reason'>;
  /** GET /metrics: the Prometheus text of every metric and its content type. */
  scrape(): Promise<{ contentType: string; text: string }>;
}

/** Counts by label values, in the order the names are given (the key is the values joined). */
function countedInMemory<L extends string>(names: readonly L[]) {
  const counts = new Map<string, { labels: Readonly<Record<L, string>>; n: number }>();
  return {
    inc(labels: Readonly<Record<L, string>>) {
      const key = names.map((name) => labels[name]).join('\u0000');
      const entry = counts.get(key);
      if (entry) entry.n++;
      else counts.set(key, { labels: { ...labels }, n: 1 });
    },
    entries: () => counts.values(),
  };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/**
 * The webhook counters are kept in plain maps and prom-client (about 10 MB with its dependencies) is loaded at the
 * first scrape, so a server nobody scrapes never loads it; each scrape's collect() copies the maps into the counters.
 */
export function createMetrics(ctx: Pick<AppContext, 'db' | 'clock'>): Metrics {
  const received = countedInMemory(['source', 'result'] as const);
  const rejected = countedInMemory(['source', 'reason'] as const);
  let registry: Promise<Registry> | undefined;
  return {
    webhooksReceived: received,
    webhooksRejected: rejected,
    async scrape() {
      registry ??= import('prom-client').then((client) => prometheusRegistry(client, ctx, received, rejected));
      const r = await registry;
      return { contentType: r.contentType, text: await r.metrics() };
    },
  };
}

function prometheusRegistry(
  { Counter, Gauge, Registry: PrometheusRegistry }: typeof import('prom-client'),
  ctx: Pick<AppContext, 'db' | 'clock'>,
  received: ReturnType<typeof countedInMemory<'source' | 'result'>>,
  rejected: ReturnType<typeof countedInMemory<'source' | 'reason'>>,
): Registry {
  const registry = new PrometheusRegistry();
  new Counter({
    name: 'leadcycle_webhook_events_received_total',
    help: 'Verified webhook requests stored (result=accepted) or recognised as repeats (result=duplicate).',
    labelNames: ['source', 'result'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, n } of received.entries()) this.inc(labels, n);
    },
  });
  new Counter({
    name: 'leadcycle_webhook_events_rejected_total',
    help: 'Webhook requests refused, by reason (signature, malformed, content_type, too_large, not_configured, unknown_source, unknown_workspace); source=unknown for a path no source serves.',
    labelNames: ['source', 'reason'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { labels, n } of rejected.entries()) this.inc(labels, n);
    },
  });
  new Gauge({
    name: 'leadcycle_jobs',
    help: 'Jobs by status (queued includes future timers).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await jobCountsByStatus(ctx.db);
      for (const status of ['queued', 'running', 'dead']) this.set({ status }, counts[status] ?? 0);
    },
  });
  new Gauge({
    name: 'leadcycle_jobs_oldest_due_lag_seconds',
    help: 'How late the oldest due job is: a growing value means workers cannot keep up.',
    registers: [registry],
    async collect() {
      this.set((await oldestDueLagMs(ctx.db, ctx.clock.now())) / 1000);
    },
  });
  new Gauge({
    name: 'leadcycle_delivery_latency_seconds',
    help: 'Time from a delivery being decided to the provider accepting it, over the last 1,000 sent deliveries.',
    labelNames: ['quantile'] as const,
    registers: [registry],
    async collect() {
      const rows = await ctx.db
        .selectFrom('deliveries')
        .select('latency_ms')
        .where('sent_at', 'is not', null)
        .orderBy('sent_at', 'desc')
        .limit(1000)
        .execute();
      const sorted = rows.map((r) => r.latency_ms ?? 0).sort((a, b) => a - b);
      for (const q of [0.5, 0.9, 0.99]) this.set({ quantile: String(q) }, quantile(sorted, q) / 1000);
    },
  });
  return registry;
}
