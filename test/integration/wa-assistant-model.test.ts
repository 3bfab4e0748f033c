// The assistant with a language model (through the chat simulator): its answers used and bound by the rules, every failure answered by the rules with the reason on the turn, the key sealed and never shown or logged.
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLlmSim, type LlmSim, type LlmSimChat } from '../../sim/llm.js';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const HMAC_KEY = 'waha-model-hmac-key';
const WAHA_KEY = 'waha-model-api-key';
const LLM_KEY = 'sk-leadcycle-model-key-7f3a9c21d4e8b6';
const CUSTOMER = '6281234567001';
const CHAT = `${CUSTOMER}@c.us`;
const BROCHURE = 'https://cdn.amanah.test/hemat.jpg';
const ITINERARY = 'https://cdn.amanah.test/hemat.pdf';

interface Turn { status: string; intent: string | null; engine: string; model: string | null; fallback_reason: string | null; prompt_version: string | null; phase_before: string; phase_after: string; escalate: boolean; escalation_reason: string | null; notes: string | null; confidence: number | null }
interface Conversation { id: string; phase: string; status: string; turns: Turn[]; phase_history: { from: string | null; to: string }[] }

/** A valid model answer, changed where a test says. */
const answer = (over: Record<string, unknown> = {}) => ({ reply: 'Halo dari model', media: [], new_phase: 'leads', confidence: 0.9, escalate: false, intent: 'greeting', ...over });

describe(`WhatsApp assistant with a language model (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let waha: WahaSim;
  let llm: LlmSim;
  let owner: Record<string, string>;
  let local: string;
  let nextId = 0;
  const logs: string[] = [];
  // The worker logs through this logger, so a test can read every line a turn wrote.
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });

  const sign = (body: string) => createHmac('sha512', HMAC_KEY).update(body).digest('hex');
  const drain = () => createWorker({ ctx: { ...s.ctx, logger }, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const say = async (text: string) => {
    const raw = JSON.stringify({ from: CUSTOMER, body: text, timestamp: '2026-01-05 10:30:00', message_id: `wamid.model.${++nextId}` });
    const res = await s.app.inject({ method: 'POST', url: '/api/whatsapp/webhook', headers: { 'content-type': 'application/json', 'x-webhook-hmac': sign(raw) }, payload: raw });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** Lets every due job run, then moves the fake clock on, until nothing is queued; bounded. */
  async function settle(stepMs = 1_000, maxSteps = 60) {
    for (let i = 0; i < maxSteps; i++) {
      await drain();
      const waiting = await t.db.selectFrom('jobs').select('id').where('status', '=', 'queued').where('name', '<>', 'wa-assistant.holding').execute();
      if (waiting.length === 0) return;
      s.ctx.clock.advance(stepMs);
    }
    throw new Error('jobs still queued');
  }
  const conversation = async (): Promise<Conversation> => {
    const row = await t.db.selectFrom('wa_conversations').select('id').where('phone', '=', `+${CUSTOMER}`).executeTakeFirstOrThrow();
    const res = await api('GET', `/api/conversations/${row.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain(LLM_KEY);
    return res.json() as Conversation;
  };
  const texts = () => waha.messages.filter((m) => m.chatId === CHAT && m.kind === 'text').map((m) => m.text ?? '');
  const processMessage = async (message: string, extra: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/ai/process-message', { phone: CUSTOMER, message, ...extra });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain(LLM_KEY);
    return res.json() as { response_text: string; media_to_send: { type: string; url: string }[]; new_phase: string; confidence: number; should_escalate: boolean; intent: string; engine: string; model: string | null; fallback_reason: string | null; escalation_reason: string | null };
  };
  const configureModel = (over: Record<string, unknown> = {}) => api('PUT', '/api/settings/wa-assistant', { llm_model: 'sim-umroh-1', llm_base_url: `${llm.url}/v1`, llm_api_key: LLM_KEY, llm_timeout_ms: 8_000, llm_json_mode: true, ...over });

  beforeAll(async () => {
    waha = await startWahaSim({ apiKey: WAHA_KEY });
    llm = await startLlmSim({ apiKey: LLM_KEY });
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    local = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
      workspaceId: s.ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: waha.url, session: 'default' },
      secrets: { api_key: WAHA_KEY, webhook_hmac_key: HMAC_KEY },
      actor: { type: 'system', id: 'test' },
    });
  });
  afterAll(async () => {
    await s.app.close();
    await waha.close();
    await llm.close();
    await t.destroy();
  });
  beforeEach(async () => {
    for (const table of ['wa_conversations', 'wa_messages', 'wa_turns', 'wa_packages', 'wa_alerts', 'wa_leads', 'wa_sessions', 'wa_prompts', 'wa_prompt_production', 'wa_jamaah', 'jobs', 'deliveries', 'inbox_events', 'work_items', 'stage_history', 'stage_counts'] as const) {
      await (t.db as any).deleteFrom(table).execute();
    }
    // The rows a turn keeps for a second (catalogue, prompts) change here behind the API's back.
    s.ctx.readCache.forgetAll();
    waha.clearRecords();
    waha.clearFaults();
    llm.reset();
    llm.respondWith(undefined);
    logs.length = 0;
    const session = waha.sessions.get('default');
    if (!session) throw new Error('the simulator has no default session');
    session.webhooks = [{ url: `${local}/webhooks/waha`, events: ['message'], hmacKey: HMAC_KEY }];
    const saved = await configureModel({ company_name: 'Amanah Tour', typing_min_ms: 1_000, typing_ms_per_char: 0, typing_max_ms: 1_000, low_confidence_threshold: 0.5 });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = s.ctx.clock.now();
    await t.db
      .insertInto('wa_packages')
      .values([
        { workspace_id: s.ctx.workspace.id, code: 'UMR_MAR_2026_HEMAT', name: 'Paket Umroh Maret 2026 Hemat', price: 25_000_000, currency: 'IDR', departure_date: '2026-03-15', duration_days: 9, quota_total: 45, quota_remaining: 12, brochure_image_url: BROCHURE, itinerary_url: ITINERARY, features: '["Hotel bintang 4"]', hotel: 'Hotel bintang 4', inclusions: 'Tiket, visa, hotel', exclusions: 'Paspor', payment_terms: 'DP Rp 5.000.000', created_at: now, updated_at: now },
        { workspace_id: s.ctx.workspace.id, code: 'UMR_DES_2026_VIP', name: 'Paket Umroh Desember 2026 VIP', price: 45_000_000, currency: 'IDR', departure_date: '2026-12-10', duration_days: 12, quota_total: 20, quota_remaining: 0, brochure_image_url: 'https://cdn.amanah.test/vip.jpg', itinerary_url: null, features: '[]', hotel: null, inclusions: null, exclusions: null, payment_terms: null, created_at: now, updated_at: now },
      ])
      .execute();
  });

  it('uses the model\'s answer for a burst: one request with the production prompts, live seats and both messages; its reply, media and phase; the turn records model and prompt version', async () => {
    for (const [type, content] of [['base', 'Kamu adalah konsultan umroh Amanah.'], ['company', 'Kantor di Jakarta Selatan, izin PPIU resmi.'], ['rules', 'Selalu sapa dengan salam.'], ['escalation', 'Teruskan ke admin bila ditanya soal visa.']] as const) {
      expect((await api('PUT', '/api/ai/prompts', { prompt_type: type, content, version: '3.1' })).statusCode).toBe(201);
    }
    llm.answer({ json: answer({ reply: 'Waalaikumsalam! Ini brosur paket Maret 🕋', media: [{ type: 'image', url: BROCHURE }, { type: 'file', url: ITINERARY }], new_phase: 'interest', confidence: 0.92, intent: 'details' }) });
    await say('Assalamualaikum');
    await say('boleh minta brosur paket maret?');
    await settle();

    expect(llm.chats).toHaveLength(1);
    const chat = llm.chats[0] as LlmSimChat;
    expect(chat.model).toBe('sim-umroh-1');
    expect(chat.headers['authorization']).toBe(`Bearer ${LLM_KEY}`);
    expect(chat.responseFormat).toEqual({ type: 'json_object' });
    const system = chat.messages[0]?.content ?? '';
    for (const part of ['Kamu adalah konsultan umroh Amanah.', 'Amanah Tour', 'Kantor di Jakarta Selatan', 'UMR_MAR_2026_HEMAT', '12 seats left', 'Selalu sapa dengan salam.', 'Teruskan ke admin bila ditanya soal visa.', BROCHURE]) {
      expect(system).toContain(part);
    }
    // Sold out: the model is never told about it, so it cannot offer it.
    expect(system).not.toContain('UMR_DES_2026_VIP');
    expect(chat.messages.slice(1)).toEqual([{ role: 'user', content: 'Assalamualaikum' }, { role: 'user', content: 'boleh minta brosur paket maret?' }]);

    expect(texts()).toEqual(['Waalaikumsalam! Ini brosur paket Maret 🕋']);
    expect(waha.messages.filter((m) => m.chatId === CHAT && m.kind !== 'text').map((m) => [m.kind, m.file?.url])).toEqual([['image', BROCHURE], ['file', ITINERARY]]);
    const c = await conversation();
    expect(c.phase).toBe('interest');
    expect(c.turns).toHaveLength(1);
    expect(c.turns[0]).toMatchObject({ engine: 'llm', model: 'sim-umroh-1', fallback_reason: null, intent: 'details', phase_after: 'interest', confidence: 0.92, prompt_version: 'base:3.1 company:3.1 escalation:3.1 rules:3.1' });
  });

  it('refuses the model\'s backward move and media that is not in the package data; the next turn sees the conversation so far', async () => {
    llm.answer({ json: answer({ reply: 'Detail paket Maret', new_phase: 'interest', intent: 'details' }) });
    await say('UMR_MAR_2026_HEMAT detailnya dong');
    await settle();
    llm.answer({ json: answer({ reply: 'Baik kak', new_phase: 'leads', intent: 'thanks', media: [{ type: 'image', url: 'https://elsewhere.test/fake.jpg' }, { type: 'image', url: 'https://cdn.amanah.test/vip.jpg' }] }) });
    await say('oke makasih');
    await settle();

    const c = await conversation();
    expect(c.phase).toBe('interest');
    expect(c.phase_history.map((h) => h.to)).toEqual(['leads', 'interest']);
    const second = c.turns[1];
    expect(second).toMatchObject({ engine: 'llm', phase_before: 'interest', phase_after: 'interest' });
    expect(second?.notes).toContain('move back to leads: refused');
    expect(second?.notes).toContain('not in the package data');
    expect(texts()).toEqual(['Detail paket Maret', 'Baik kak']);
    // Neither the made-up image nor the sold-out package's brochure went out.
    expect(waha.messages.filter((m) => m.kind === 'image')).toEqual([]);
    // The second request carries the first turn: the customer's words and our reply.
    expect(llm.chats[1]?.messages.slice(1)).toEqual([
      { role: 'user', content: 'UMR_MAR_2026_HEMAT detailnya dong' },
      { role: 'assistant', content: 'Detail paket Maret' },
      { role: 'user', content: 'oke makasih' },
    ]);
  });

  it('escalates on the rules\' hard triggers and on low model confidence, whatever the model says', async () => {
    llm.answer({ json: answer({ reply: 'Tentu, ada yang bisa dibantu?', intent: 'greeting', escalate: false, confidence: 0.95 }) });
    const person = await processMessage('saya mau bicara dengan admin');
    expect(person).toMatchObject({ engine: 'llm', should_escalate: true, escalation_reason: 'customer_request', response_text: 'Tentu, ada yang bisa dibantu?' });
    llm.answer({ json: answer({ reply: 'Hmm', intent: 'unknown', confidence: 0.2 }) });
    expect(await processMessage('xyz qqq')).toMatchObject({ engine: 'llm', should_escalate: true, escalation_reason: 'low_confidence', confidence: 0.2 });
    llm.answer({ json: answer({ reply: 'Silakan DP ke admin kami', intent: 'payment', new_phase: 'booking', escalate: true, confidence: 0.9 }) });
    expect(await processMessage('gimana cara bayarnya', { current_phase: 'interest' })).toMatchObject({ engine: 'llm', should_escalate: true, escalation_reason: 'payment_intent', new_phase: 'booking' });
  });

  const faults: [string, () => void, string][] = [
    // A server that never answers in time (a delayed answer would still take a scripted reply meant for a later test).
    ['slow past the timeout', () => llm.fail({ fault: { kind: 'hang' }, times: 1 }), 'model_timeout'],
    ['429 with Retry-After', () => llm.answer({ error: { status: 429, retryAfterSeconds: 20 } }), 'model_rate_limited'],
    ['500', () => llm.answer({ error: { status: 500 } }), 'model_server_error'],
    ['a dropped connection', () => llm.fail({ fault: { kind: 'drop' }, times: 1 }), 'model_unreachable'],
    ['prose instead of JSON', () => llm.answer({ content: 'Tentu kak! Paket kami mulai Rp 25 juta.' }), 'model_not_json'],
    ['JSON of the wrong shape', () => llm.answer({ json: { reply: 'Halo', new_phase: 'vip', confidence: 3, escalate: 'no' } }), 'model_invalid_answer'],
    ['a 200 that is no completion', () => llm.answer({ raw: { status: 200, body: '{"status":"ok"}', contentType: 'application/json' } }), 'model_invalid_answer'],
    ['a gateway error page', () => llm.answer({ raw: { status: 502, body: '<html>Bad Gateway</html>' } }), 'model_server_error'],
  ];
  for (const [name, inject, reason] of faults) {
    it(`falls back to the rules on ${name} (${reason})`, async () => {
      expect((await configureModel({ llm_timeout_ms: 400 })).statusCode).toBe(200);
      const rulesOnly = await (async () => {
        expect((await api('PUT', '/api/settings/wa-assistant', { llm_model: null })).statusCode).toBe(200);
        const r = await processMessage('UMR_MAR_2026_HEMAT');
        expect((await configureModel({ llm_timeout_ms: 400 })).statusCode).toBe(200);
        return r;
      })();
      expect(rulesOnly).toMatchObject({ engine: 'rules', model: null, fallback_reason: null });
      inject();
      const fallback = await processMessage('UMR_MAR_2026_HEMAT');
      expect(llm.requests).toHaveLength(1);
      expect(fallback).toMatchObject({ engine: 'rules', model: 'sim-umroh-1', fallback_reason: reason });
      expect(fallback.response_text).toBe(rulesOnly.response_text);
      expect(fallback.media_to_send).toEqual([{ type: 'image', url: BROCHURE }]);
    });
  }

  it('records the reason on the turn and still sends the rules\' reply when the model fails mid-conversation', async () => {
    llm.answer({ error: { status: 500 } });
    await say('Assalamualaikum');
    await settle();
    const c = await conversation();
    expect(c.turns).toMatchObject([{ engine: 'rules', model: 'sim-umroh-1', fallback_reason: 'model_server_error' }]);
    expect(texts()[0]).toContain('Selamat datang di Amanah Tour');
    const warning = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['reason'] === 'model_server_error');
    expect(warning).toMatchObject({ model: 'sim-umroh-1', status: 500 });
  });

  it('stays silent during a handover: no model call while a person owns the chat, and no reply when a person takes it over while the model thinks', async () => {
    llm.answer({ json: answer({ reply: 'Halo!' }) });
    await say('halo');
    await settle();
    const { id } = await conversation();
    expect((await api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_1' })).statusCode).toBe(200);
    await say('kak, jadi gimana?');
    await settle();
    expect(llm.chats).toHaveLength(1);
    expect(texts()).toEqual(['Halo!']);

    // Handed back; the next message reaches the model, and a person takes over while it is answering.
    expect((await api('POST', `/api/conversations/${id}/hand-back`, {})).statusCode).toBe(200);
    llm.answer(async () => {
      const taken = await api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_2' });
      expect(taken.statusCode, taken.body).toBe(200);
      return { json: answer({ reply: 'Jawaban yang terlambat' }) };
    });
    await say('masih ada kursi?');
    await settle();
    expect(llm.chats).toHaveLength(2);
    expect(texts()).toEqual(['Halo!']);
    const c = await conversation();
    expect(c.status).toBe('person');
    expect(c.turns.map((turn) => turn.status)).toEqual(['answered', 'silent', 'silent']);
  });

  it('keeps the key sealed in the database, masked in the API, out of the logs and the audit; a masked key sent back keeps it', async () => {
    const row = await t.db.selectFrom('settings').select(['data', 'secrets']).where('namespace', '=', 'wa-assistant').executeTakeFirstOrThrow();
    expect(row.data).not.toContain(LLM_KEY);
    expect(row.secrets).not.toBeNull();
    expect(row.secrets).not.toContain(LLM_KEY);
    expect(row.secrets).not.toContain(Buffer.from(LLM_KEY).toString('base64'));
    expect(s.ctx.secrets.open(row.secrets ?? '')).toContain(LLM_KEY);

    const view = await api('GET', '/api/settings/wa-assistant');
    expect(view.body).not.toContain(LLM_KEY);
    const settings = view.json() as { llm_api_key: string; llm_model: string; llm_timeout_ms: number; llm_default_base_url: string };
    expect(settings).toMatchObject({ llm_api_key: `••••••${LLM_KEY.slice(-4)}`, llm_model: 'sim-umroh-1', llm_timeout_ms: 8_000, llm_default_base_url: 'http://127.0.0.1:9/llm' });
    // The dashboard may send the whole form back, mask included: the key stays.
    const { llm_default_base_url: _readOnly, ...form } = settings as Record<string, unknown>;
    const back = await api('PUT', '/api/settings/wa-assistant', { ...form, company_name: 'Amanah Tour Travel' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ company_name: 'Amanah Tour Travel', llm_api_key: settings.llm_api_key });
    expect(s.ctx.secrets.open((await t.db.selectFrom('settings').select('secrets').where('namespace', '=', 'wa-assistant').executeTakeFirstOrThrow()).secrets ?? '')).toContain(LLM_KEY);

    // A turn that works and one the server refuses (its message quotes the key's end): neither logs the key.
    llm.answer({ json: answer() });
    await say('halo');
    await settle();
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, { workspaceId: s.ctx.workspace.id, namespace: 'wa-assistant', secrets: { llm_api_key: 'sk-leadcycle-wrong-key-000000000000' }, actor: { type: 'system', id: 'test' } });
    await say('halo lagi');
    await settle();
    const c = await conversation();
    expect(c.turns.map((turn) => [turn.engine, turn.fallback_reason])).toEqual([['llm', null], ['rules', 'model_rejected_key']]);
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) {
      expect(line).not.toContain(LLM_KEY);
      expect(line).not.toContain('sk-leadcycle-wrong-key');
      expect(line).not.toContain('Incorrect API key');
    }
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain(LLM_KEY);
  });

  it('tests the connection with the saved settings: OK, a rejected key (422), an unreachable server (502), nothing configured (400)', async () => {
    const ok = await api('POST', '/api/settings/test/llm');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, model: 'sim-umroh-1', base_url: `${llm.url}/v1` });
    expect(llm.chats.at(-1)?.responseFormat).toBeUndefined();

    expect((await configureModel({ llm_api_key: 'sk-leadcycle-wrong-key-000000000000' })).statusCode).toBe(200);
    const rejected = await api('POST', '/api/settings/test/llm');
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.code).toBe('provider_rejected_key');
    expect(rejected.body).not.toContain('wrong-key');

    const offline = await configureModel({ llm_base_url: 'http://127.0.0.1:9/v1' });
    expect(offline.statusCode).toBe(200);
    const unreachable = await api('POST', '/api/settings/test/llm');
    expect(unreachable.statusCode).toBe(502);
    expect(unreachable.json().error.code).toBe('provider_error');

    expect((await api('PUT', '/api/settings/wa-assistant', { llm_api_key: null })).statusCode).toBe(200);
    const none = await api('POST', '/api/settings/test/llm');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('provider_not_configured');
    // Without a key the rules answer alone, and nothing is asked.
    llm.reset();
    expect(await processMessage('halo')).toMatchObject({ engine: 'rules', model: null, fallback_reason: null });
    expect(llm.requests).toEqual([]);
  });

  it('does not send response_format when JSON mode is off, and still reads the JSON the prompt asked for', async () => {
    expect((await configureModel({ llm_json_mode: false })).statusCode).toBe(200);
    llm.answer({ content: '```json\n' + JSON.stringify(answer({ reply: 'Halo tanpa mode JSON' })) + '\n```' });
    expect(await processMessage('halo')).toMatchObject({ engine: 'llm', response_text: 'Halo tanpa mode JSON' });
    expect(llm.chats[0]?.responseFormat).toBeUndefined();
    expect(llm.chats[0]?.messages[0]?.content).toContain('Answer with one JSON object');
  });
});
