// Prometheus metrics: webhook counters kept in memory, queue and delivery figures read from the database on scrape.
import { Counter, Gauge, Registry } from 'prom-client';
import type { AppContext } from '../../core/context.js';
import { jobCountsByStatus, oldestDueLagMs } from '../../core/jobs/admin.js';

export interface Metrics {
  readonly registry: Registry;
  readonly webhooksReceived: Counter<'source' | 'result'>;
  readonly webhooksRejected: Counter<'source' | 'reason'>;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function createMetrics(ctx: Pick<AppContext, 'db' | 'clock'>): Metrics {
  const registry = new Registry();
  const webhooksReceived = new Counter({
    name: 'leadcycle_webhook_events_received_total',
    help: 'Verified webhook requests stored (result=accepted) or recognised as repeats (result=duplicate).',
    labelNames: ['source', 'result'] as const,
    registers: [registry],
  });
  const webhooksRejected = new Counter({
    name: 'leadcycle_webhook_events_rejected_total',
    help: 'Webhook requests refused, by reason (signature, malformed, content_type, too_large, not_configured, unknown_source, unknown_workspace); source=unknown for a path no source serves.',
    labelNames: ['source', 'reason'] as const,
    registers: [registry],
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
  return { registry, webhooksReceived, webhooksRejected };
}
