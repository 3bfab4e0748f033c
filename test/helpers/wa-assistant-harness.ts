// A WhatsApp assistant under test: the server on a real port, the WAHA simulator posting signed webhooks to it, a
// worker drained by hand on a fake clock, and two umroh packages (one sold out).
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import type { Response as LightMyRequestResponse } from 'light-my-request';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, type TestDb } from './test-db.js';
import { buildTestServer, type TestServer } from './test-server.js';

export const HMAC_KEY = 'waha-assistant-hmac-key';
const API_KEY = 'waha-assistant-api-key';

export const WA_TABLES = ['wa_conversations', 'wa_messages', 'wa_turns', 'wa_packages', 'wa_alerts', 'wa_leads', 'wa_sessions', 'wa_prompts', 'wa_prompt_production', 'wa_jamaah', 'wa_clicks', 'wa_experiments', 'wa_satisfaction', 'jobs', 'deliveries', 'inbox_events', 'work_items', 'stage_history', 'stage_counts', 'audit_log'] as const;

export interface Harness {
  readonly t: TestDb;
  readonly s: TestServer;
  readonly sim: WahaSim;
  readonly owner: Record<string, string>;
  api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** Posts the seed's flat body to POST /api/whatsapp/webhook, signed. */
  say(phone: string, text: string): Promise<void>;
  drain(): Promise<unknown>;
  /** Runs due jobs and moves the clock on until nothing but far timers is queued; bounded. */
  settle(stepMs?: number, maxSteps?: number): Promise<void>;
  conversationId(phone: string): Promise<string>;
  textsTo(phone: string): string[];
  /** Clears the tables and the simulator's records, and puts the two packages back. */
  reset(extraTables?: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** One harness for a test file: started before its tests (handed to `started`), reset before each one, closed after them. */
export function useHarness(started: (h: Harness) => void): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
    started(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    await h?.reset();
  });
}

/**
 * `testDb`: a database opened by the caller (e.g. through a commit counter); the harness destroys it on close.
 * `concurrency`: the worker's io slots (4; the server's default on SQLite is 256, where a busy number's sends end,
 * and are recorded, many at once).
 */
export async function startHarness(testDb?: TestDb, options: { concurrency?: number } = {}): Promise<Harness> {
  const sim = await startWahaSim({ apiKey: API_KEY });
  const t = testDb ?? (await createTestDb());
  const s = await buildTestServer(t);
  await s.app.listen({ port: 0, host: '127.0.0.1' });
  const local = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
  const owner = await s.ownerToken();
  await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
    workspaceId: s.ctx.workspace.id,
    namespace: 'waha',
    data: { base_url: sim.url, session: 'default' },
    secrets: { api_key: API_KEY, webhook_hmac_key: HMAC_KEY },
    actor: { type: 'system', id: 'test' },
  });
  let nextId = 0;
  const api: Harness['api'] = (method, url, payload) =>
    s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const settings = await api('PUT', '/api/settings/wa-assistant', { company_name: 'Amanah Tour', typing_min_ms: 1_000, typing_ms_per_char: 0, typing_max_ms: 1_000, whatsapp_number: '6281398765432' });
  expect(settings.statusCode, settings.body).toBe(200);
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: options.concurrency ?? 4, leaseMs: 60_000 }).drain();
  const h: Harness = {
    t,
    s,
    sim,
    owner,
    api,
    async say(phone, text) {
      const raw = JSON.stringify({ from: phone, body: text, timestamp: Math.floor(s.ctx.clock.now() / 1000), message_id: `wamid.h${++nextId}` });
      const res = await s.app.inject({ method: 'POST', url: '/api/whatsapp/webhook', headers: { 'content-type': 'application/json', 'x-webhook-hmac': createHmac('sha512', HMAC_KEY).update(raw).digest('hex') }, payload: raw });
      expect(res.statusCode, res.body).toBe(200);
    },
    drain,
    async settle(stepMs = 1_000, maxSteps = 60) {
      for (let i = 0; i < maxSteps; i++) {
        await drain();
        // Timers minutes away (the holding message, the health check, a rating's expiry) are not part of a reply.
        const waiting = await t.db.selectFrom('jobs').select('id').where('status', '=', 'queued').where('run_at', '<=', s.ctx.clock.now() + 60_000).execute();
        if (waiting.length === 0) return;
        s.ctx.clock.advance(stepMs);
      }
      throw new Error('jobs still queued');
    },
    async conversationId(phone) {
      const row = await t.db.selectFrom('wa_conversations').select('id').where('phone', '=', `+${phone}`).executeTakeFirstOrThrow();
      return row.id;
    },
    textsTo: (phone) => sim.messages.filter((m) => m.chatId === `${phone}@c.us` && m.kind === 'text').map((m) => m.text ?? ''),
    async reset(extraTables = []) {
      for (const table of [...WA_TABLES, ...extraTables]) await (t.db as any).deleteFrom(table).execute();
      // The rows a turn keeps for a second (catalogue, prompts, A/B test) change here behind the API's back.
      s.ctx.readCache.forgetAll();
      sim.clearRecords();
      sim.clearFaults();
      const session = sim.sessions.get('default');
      if (!session) throw new Error('the simulator has no default session');
      session.webhooks = [{ url: `${local}/webhooks/waha`, events: ['message', 'session.status', 'message.ack'], hmacKey: HMAC_KEY }];
      const now = s.ctx.clock.now();
      await t.db
        .insertInto('wa_packages')
        .values([
          { workspace_id: s.ctx.workspace.id, code: 'UMR_MAR_2026_HEMAT', name: 'Paket Umroh Maret 2026 Hemat', price: 25_000_000, currency: 'IDR', departure_date: '2026-03-15', duration_days: 9, quota_total: 45, quota_remaining: 12, brochure_image_url: 'https://cdn.amanah.test/hemat.jpg', itinerary_url: 'https://cdn.amanah.test/hemat.pdf', features: '["Hotel bintang 4"]', hotel: 'Hotel bintang 4, 300 m dari Masjidil Haram', inclusions: 'Tiket, visa, hotel, makan 3x', exclusions: 'Paspor', payment_terms: 'DP Rp 5.000.000, pelunasan H-30', created_at: now, updated_at: now },
          { workspace_id: s.ctx.workspace.id, code: 'UMR_DES_2026_VIP', name: 'Paket Umroh Desember 2026 VIP', price: 45_000_000, currency: 'IDR', departure_date: '2026-12-10', duration_days: 12, quota_total: 20, quota_remaining: 0, brochure_image_url: null, itinerary_url: null, features: '[]', hotel: null, inclusions: null, exclusions: null, payment_terms: null, created_at: now, updated_at: now },
        ])
        .execute();
    },
    async close() {
      await s.app.close();
      await sim.close();
      await t.destroy();
    },
  };
  return h;
}
