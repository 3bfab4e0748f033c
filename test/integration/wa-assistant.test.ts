// The WhatsApp assistant end to end: signed webhooks (both paths), bursts as one turn, replies like a person through the WAHA simulator, handover silence, a restart mid-burst.
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { writeSettings } from '../../src/core/settings.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { providerExampleObject } from '../fixtures/providers/index.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const HMAC_KEY = 'waha-assistant-hmac-key';
const API_KEY = 'waha-assistant-api-key';
const CUSTOMER = '6281234567890';
const CHAT = `${CUSTOMER}@c.us`;

interface Conversation {
  id: string;
  phase: string;
  status: string;
  package_code: string | null;
  campaign_code: string | null;
  escalation_reason: string | null;
  assigned_to: string | null;
  ai_notes: string | null;
  ai_note_codes: { code: string; values?: Record<string, unknown> }[];
  messages: { direction: string; author: string; kind: string; body: string | null; turn_id: string | null; delivery_status: string | null; ack: number | null }[];
  turns: { status: string; message_count: number; intent: string | null; escalate: boolean; phase_after: string; prompt_version: string | null; notes: string | null; note_codes: { code: string; values?: Record<string, unknown> }[] }[];
  phase_history: { from: string | null; to: string; cause: string }[];
}

describe(`WhatsApp assistant (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let sim: WahaSim;
  let owner: Record<string, string>;
  let local: string;
  let nextId = 0;

  const sign = (body: string, key = HMAC_KEY) => createHmac('sha512', key).update(body).digest('hex');
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  /** Posts to the seed's path, signed unless told otherwise. */
  const seedPost = (body: unknown, signature?: string | null) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== null) headers['x-webhook-hmac'] = signature ?? sign(raw);
    return s.app.inject({ method: 'POST', url: '/api/whatsapp/webhook', headers, payload: raw });
  };
  const flat = (text: string, from = CUSTOMER) => ({ from, body: text, timestamp: '2026-01-05 10:30:00', message_id: `wamid.${++nextId}` });
  /** Lets every due job run, then moves the fake clock on, until nothing is queued; bounded. */
  async function settle(stepMs = 1_000, maxSteps = 60) {
    for (let i = 0; i < maxSteps; i++) {
      await drain();
      // The holding message's timer (minutes away) is not part of a reply.
      const waiting = await t.db.selectFrom('jobs').select('id').where('status', '=', 'queued').where('name', '<>', 'wa-assistant.holding').execute();
      if (waiting.length === 0) return;
      s.ctx.clock.advance(stepMs);
    }
    throw new Error('jobs still queued');
  }
  const conversationOf = async (phone = `+${CUSTOMER}`): Promise<Conversation> => {
    const row = await t.db.selectFrom('wa_conversations').select('id').where('phone', '=', phone).executeTakeFirstOrThrow();
    const res = await api('GET', `/api/conversations/${row.id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Conversation;
  };
  const callsTo = (chat = CHAT) => sim.calls.filter((c) => c.chatId === chat).map((c) => c.kind);
  const textsTo = (chat = CHAT) => sim.messages.filter((m) => m.chatId === chat && m.kind === 'text').map((m) => m.text ?? '');

  beforeAll(async () => {
    sim = await startWahaSim({ apiKey: API_KEY });
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    local = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    await writeSettings(s.ctx.db, s.ctx, s.ctx.clock, {
      workspaceId: s.ctx.workspace.id,
      namespace: 'waha',
      data: { base_url: sim.url, session: 'default' },
      secrets: { api_key: API_KEY, webhook_hmac_key: HMAC_KEY },
      actor: { type: 'system', id: 'test' },
    });
    const settings = await api('PUT', '/api/settings/wa-assistant', { company_name: 'Amanah Tour', typing_min_ms: 1_000, typing_ms_per_char: 10, typing_max_ms: 3_000 });
    expect(settings.statusCode, settings.body).toBe(200);
  });
  afterAll(async () => {
    await s.app.close();
    await sim.close();
    await t.destroy();
  });
  beforeEach(async () => {
    for (const table of ['wa_conversations', 'wa_messages', 'wa_turns', 'wa_packages', 'wa_alerts', 'wa_leads', 'wa_sessions', 'wa_prompts', 'wa_prompt_production', 'wa_jamaah', 'jobs', 'deliveries', 'inbox_events', 'work_items', 'stage_history', 'stage_counts'] as const) {
      await (t.db as any).deleteFrom(table).execute();
    }
    // The rows a turn keeps for a second (catalogue, prompts) change here behind the API's back.
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
  });

  it('answers the seed\'s signed flat body like a person: seen, typing, pause, stop typing, then the welcome with packages that have seats', async () => {
    expect((await api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a helpful umroh travel consultant.', version: '2.0' })).statusCode).toBe(201);
    const res = await seedPost(flat('Assalamualaikum'));
    expect(res.statusCode, res.body).toBe(200);
    await drain();
    // The quiet window has not passed: nothing is said yet.
    s.ctx.clock.advance(3_900);
    await drain();
    expect(callsTo()).toEqual([]);
    s.ctx.clock.advance(100);
    await drain();
    // Seen and typing go at once; the words wait for the pause.
    expect(callsTo()).toEqual(['seen', 'typing_start']);
    await settle();
    expect(callsTo()).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    const [welcome] = textsTo();
    expect(welcome).toContain('Selamat datang di Amanah Tour');
    expect(welcome).toContain('Paket Umroh Maret 2026 Hemat: Rp 25.000.000');
    // Sold out: never offered.
    expect(welcome).not.toContain('Desember 2026 VIP');
    const c = await conversationOf();
    expect(c).toMatchObject({ phase: 'leads', status: 'bot' });
    expect(c.phase_history.map((h) => h.to)).toEqual(['leads']);
    // Each turn records the prompt version in production.
    expect(c.turns.map((turn) => turn.prompt_version)).toEqual(['base:2.0']);
    // The reply keeps WAHA's id (so its acks find it) and the conversation when the bot last replied, in the send's commit.
    const out = await t.db.selectFrom('wa_messages').select(['provider_message_id', 'sent_at']).where('direction', '=', 'out').execute();
    expect(out).toEqual([{ provider_message_id: sim.messages[0]?.id, sent_at: expect.any(Number) }]);
    const row = await t.db.selectFrom('wa_conversations').select('last_reply_at').executeTakeFirstOrThrow();
    expect(Number(row.last_reply_at)).toBe(Number(out[0]?.sent_at));
  });

  it('refuses bad signatures (401, logged), names the missing field of a malformed body (400), and acknowledges unknown events', async () => {
    const body = JSON.stringify(flat('halo'));
    expect((await seedPost(body, 'ab'.repeat(64))).statusCode).toBe(401);
    expect((await seedPost(body, null)).statusCode).toBe(401);
    expect((await seedPost(body, sign(body, 'another-key'))).statusCode).toBe(401);
    const rejections = await t.db.selectFrom('webhook_rejections').select('reason').where('source', '=', 'waha').execute();
    expect(rejections.length).toBeGreaterThanOrEqual(3);

    const noId = await seedPost({ from: CUSTOMER, body: 'halo' });
    expect(noId.statusCode).toBe(400);
    expect(noId.json().error.message).toContain('message_id');
    const noFrom = await seedPost({ id: 'evt_x1', event: 'message', session: 'default', payload: { id: 'false_x', body: 'halo' } });
    expect(noFrom.statusCode).toBe(400);
    expect(noFrom.json().error.message).toContain('payload.from');
    expect((await seedPost('{"event":')).statusCode).toBe(400);

    const unknown = await seedPost({ id: 'evt_x2', event: 'presence.update', session: 'default', payload: { id: 'p1' } });
    expect(unknown.statusCode).toBe(200);
    await settle();
    expect(sim.calls).toEqual([]);
    const event = await t.db.selectFrom('inbox_events').select(['status', 'outcome']).where('provider_event_id', '=', 'evt_x2').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ status: 'skipped' });
    expect(event.outcome).toContain('presence.update');
  });

  it('through /webhooks/waha: a message whose time is text, or does not read, is answered; one with no chat is a 400 naming payload.from', async () => {
    const [digits] = await sim.postEvent('message', { id: 'false_6281234567890@c.us_TS1', from: CHAT, fromMe: false, body: 'halo kak', timestamp: '1777864541' });
    expect(digits?.status).toBe(200);
    const [unread] = await sim.postEvent('message', { id: 'false_6281234567890@c.us_TS2', from: CHAT, fromMe: false, body: 'info paket', timestamp: 'kemarin' });
    expect(unread?.status).toBe(200);
    const [noFrom] = await sim.postEvent('message', { id: 'false_x@c.us_TS3', fromMe: false, body: 'halo', timestamp: 1777864541 });
    expect(noFrom?.status).toBe(400);
    expect(JSON.parse(noFrom?.responseBody ?? '{}').error.message).toContain('payload.from');
    await settle();
    const events = await t.db.selectFrom('inbox_events').select('status').where('source', '=', 'waha').execute();
    expect(events.map((e) => e.status)).toEqual(['processed', 'processed']);
    const messages = await t.db.selectFrom('wa_messages').select('body').where('direction', '=', 'in').execute();
    expect(messages.map((m) => m.body).sort()).toEqual(['halo kak', 'info paket']);
    expect(textsTo().length).toBeGreaterThan(0);
  });

  it('a campaign code through /webhooks/waha gets its package (greeting, image, price, date, duration, question); own, group, channel and status messages are ignored', async () => {
    await sim.sendMessage({ from: CUSTOMER, body: 'Halo kak, saya dari iklan umr_mar_2026_hemat' });
    await sim.sendMessage({ from: CUSTOMER, body: 'ini dari HP admin', fromMe: true });
    await sim.sendMessage({ from: '120363040000000000@g.us', body: 'UMR_MAR_2026_HEMAT', participant: '6281200000001@c.us' });
    await sim.sendMessage({ from: 'status@broadcast', body: 'UMR_MAR_2026_HEMAT' });
    await sim.postEvent('message', { id: 'false_1203@newsletter_AA', from: '120363000000000001@newsletter', fromMe: false, body: 'UMR_MAR_2026_HEMAT', timestamp: 1 });
    await settle();
    expect(callsTo()).toEqual(['seen', 'typing_start', 'typing_stop', 'text', 'image', 'text']);
    expect(sim.calls.filter((c) => c.chatId !== CHAT)).toEqual([]);
    const [greeting, details] = textsTo();
    expect(greeting).toContain('Terima kasih telah tertarik dengan Paket Umroh Maret 2026 Hemat');
    expect(details).toContain('Harga: Rp 25.000.000');
    expect(details).toContain('Keberangkatan: 15 Maret 2026');
    expect(details).toContain('Durasi: 9 hari');
    expect(details).toContain('?');
    expect(sim.messages.find((m) => m.kind === 'image')?.file?.url).toBe('https://cdn.amanah.test/hemat.jpg');
    const c = await conversationOf();
    expect(c).toMatchObject({ package_code: 'UMR_MAR_2026_HEMAT', campaign_code: 'UMR_MAR_2026_HEMAT', phase: 'leads' });
    expect(await t.db.selectFrom('wa_conversations').select('id').execute()).toHaveLength(1);
  });

  it('stores a message once: a WAHA retry of the same bytes, and the same message on both paths', async () => {
    const { deliveries } = await sim.sendMessage({ from: CUSTOMER, body: 'halo', id: 'false_6281234567890@c.us_DUP1' });
    const first = deliveries[0];
    if (!first) throw new Error('no webhook delivery');
    await sim.redeliver(first);
    // The same message, as an old build would post it (no envelope id), to the seed's path.
    const again = JSON.stringify({ event: 'message', session: 'default', payload: { id: 'false_6281234567890@c.us_DUP1', from: CHAT, fromMe: false, body: 'halo', timestamp: 1 } });
    expect((await seedPost(again)).statusCode).toBe(200);
    await settle();
    const stored = await t.db.selectFrom('wa_messages').select('id').where('direction', '=', 'in').execute();
    expect(stored).toHaveLength(1);
    expect(callsTo().filter((k) => k === 'text')).toHaveLength(1);
  });

  it('answers a burst as one turn with every message in context: a code then a payment question books that package and escalates', async () => {
    await seedPost(flat('UMR_MAR_2026_HEMAT'));
    await drain();
    s.ctx.clock.advance(3_000);
    await seedPost(flat('mau tanya'));
    await drain();
    s.ctx.clock.advance(3_000);
    await seedPost(flat('dp nya brp kak?'));
    await drain();
    // 6 s since the first, 0 since the last: the quiet window starts again.
    s.ctx.clock.advance(3_900);
    await drain();
    expect(callsTo()).toEqual([]);
    await settle();
    expect(callsTo().filter((k) => k === 'seen')).toHaveLength(1);
    expect(sim.calls.find((c) => c.kind === 'seen')?.messageIds).toHaveLength(3);
    const texts = textsTo();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Admin kami akan segera menghubungi');
    const c = await conversationOf();
    expect(c).toMatchObject({ phase: 'booking', status: 'queued', escalation_reason: 'payment_intent', package_code: 'UMR_MAR_2026_HEMAT' });
    expect(c.turns).toEqual([expect.objectContaining({ status: 'answered', message_count: 3, intent: 'payment', escalate: true, phase_after: 'booking' })]);
    // The AI notes as codes for the dashboard to word, beside the English API readers have always had.
    expect(c.turns[0]).toMatchObject({ notes: 'High intent, asking about payment', note_codes: [{ code: 'wa.payment_intent' }] });
    expect(c).toMatchObject({ ai_notes: 'High intent, asking about payment', ai_note_codes: [{ code: 'wa.payment_intent' }] });
    expect(c.phase_history.map((h) => h.to)).toEqual(['leads', 'booking']);
    const lead = await t.db.selectFrom('wa_leads').selectAll().executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ phone: `+${CUSTOMER}`, phase: 'booking', interested_package: 'UMR_MAR_2026_HEMAT', source: 'UMR_MAR_2026_HEMAT' });
    const alerts = await t.db.selectFrom('wa_alerts').select('kind').execute();
    expect(alerts.map((a) => a.kind).sort()).toEqual(['booking', 'escalation']);
    // The admins see it on the dashboard: in the handover queue with the AI's notes, and as alerts.
    const dashboard = (await api('GET', '/api/marketing/dashboard')).json();
    expect(dashboard).toMatchObject({ active_conversations: 1, phase_distribution: { leads: 0, interest: 0, booking: 1 }, escalated_conversations: 1 });
    expect(dashboard.pending_handover).toEqual([
      expect.objectContaining({ id: c.id, phase: 'booking', last_message: 'dp nya brp kak?', interested_package: 'Paket Umroh Maret 2026 Hemat', conversation_url: `/api/conversations/${c.id}`, ai_notes: 'High intent, asking about payment', ai_note_codes: [{ code: 'wa.payment_intent' }] }),
    ]);
    expect(dashboard.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual(['booking', 'escalation']);
    // The preliminary pilgrim record, linked to the conversation, in the API and the CSV export.
    const jamaah = await api('GET', '/api/jamaah');
    expect(jamaah.json().items).toEqual([expect.objectContaining({ phone: `+${CUSTOMER}`, package_code: 'UMR_MAR_2026_HEMAT', campaign_code: 'UMR_MAR_2026_HEMAT', conversation_id: c.id, status: 'preliminary' })]);
    const csv = await api('GET', '/api/jamaah.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('id,name,phone,package_code,people,campaign_code,conversation_id,status,created_at');
    expect(csv.body).toContain(`,'+${CUSTOMER},UMR_MAR_2026_HEMAT,`);
  });

  it('a burst is answered at most 15 s after its first message, even while messages keep coming', async () => {
    for (let i = 0; i < 5; i++) {
      await seedPost(flat(`pesan ${i}`));
      await drain();
      s.ctx.clock.advance(3_000);
    }
    // 15 s after the first message: due now although the last came 3 s ago.
    await drain();
    expect(callsTo()).toEqual(['seen', 'typing_start']);
    await settle();
    const c = await conversationOf();
    expect(c.turns.map((turn) => turn.message_count)).toEqual([5]);
  });

  it('stays silent while a person owns the conversation, and handing back does not answer what came meanwhile', async () => {
    await seedPost(flat('halo'));
    await settle();
    const { id } = await conversationOf();
    const handover = await api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_1', handover_notes: 'Customer ready to pay DP, needs bank details' });
    expect(handover.statusCode, handover.body).toBe(200);
    expect(handover.json()).toMatchObject({ status: 'person', assigned_to: 'sales_admin_1' });
    sim.clearRecords();
    await seedPost(flat('cara bayar gimana?'));
    await settle();
    expect(callsTo()).toEqual([]);
    // The person replies through WAHA.
    const reply = await api('POST', `/api/conversations/${id}/messages`, { text: 'Rekening BCA 123 a.n. Amanah Tour' });
    expect(reply.statusCode, reply.body).toBe(202);
    await settle();
    expect(textsTo()).toEqual(['Rekening BCA 123 a.n. Amanah Tour']);
    const back = await api('POST', `/api/conversations/${id}/hand-back`, {});
    expect(back.statusCode, back.body).toBe(200);
    await settle();
    expect(textsTo()).toHaveLength(1);
    await seedPost(flat('terima kasih'));
    await settle();
    expect(textsTo()).toHaveLength(2);
    expect(textsTo()[1]).toContain('Sama-sama');
    const c = await conversationOf();
    expect(c.turns.map((turn) => turn.status)).toEqual(['answered', 'silent', 'answered']);
    expect(c.turns[1]).toMatchObject({ notes: 'a person (sales_admin_1) owns the conversation', note_codes: [{ code: 'wa.silent_person', values: { person: 'sales_admin_1' } }] });
  });

  it('notes a payment question before any package as codes, and rows from before codes were kept give none', async () => {
    await seedPost(flat('cara bayarnya gimana kak?'));
    await settle();
    const c = await conversationOf();
    const early = [{ code: 'wa.payment_before_package' }];
    const english = 'High intent: asking about payment before choosing a package';
    expect(c).toMatchObject({ phase: 'leads', status: 'bot', ai_notes: english, ai_note_codes: early });
    expect(c.turns).toEqual([expect.objectContaining({ intent: 'payment', notes: english, note_codes: early })]);
    // A turn with nothing to note keeps the conversation's notes, the codes with the text.
    await seedPost(flat('terima kasih'));
    await settle();
    expect(await conversationOf()).toMatchObject({ ai_notes: english, ai_note_codes: early });
    // Written before the migration: the English stays, the codes are an empty list (the dashboard shows the English).
    await t.db.updateTable('wa_conversations').set({ ai_note_codes: null }).where('id', '=', c.id).execute();
    await t.db.updateTable('wa_turns').set({ note_codes: null }).where('conversation_id', '=', c.id).execute();
    const old = await conversationOf();
    expect(old).toMatchObject({ ai_notes: english, ai_note_codes: [] });
    expect(old.turns.map((turn) => turn.note_codes)).toEqual([[], []]);
  });

  it('a bot reply queued before a person took over is not sent', async () => {
    await seedPost(flat('halo'));
    await drain();
    s.ctx.clock.advance(4_000);
    await drain();
    expect(callsTo()).toEqual(['seen', 'typing_start']);
    const { id } = await conversationOf();
    expect((await api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_2' })).statusCode).toBe(200);
    await settle();
    expect(callsTo()).toEqual(['seen', 'typing_start', 'typing_stop']);
    const c = await conversationOf();
    expect(c.messages.filter((m) => m.direction === 'out').map((m) => m.delivery_status)).toEqual(['cancelled']);
  });

  it('a restart in the middle of a burst still gives exactly one reply', async () => {
    await seedPost(flat('halo kak'));
    await drain();
    s.ctx.clock.advance(2_000);
    await seedPost(flat('paket umroh apa saja?'));
    // The worker that stored the first message is gone; a new one (the drain below is another worker) takes over.
    await drain();
    s.ctx.clock.advance(4_000);
    // Two workers reach the due turn; and its job is even put back once as if a lease had run out.
    await Promise.all([drain(), drain()]);
    await t.db.updateTable('jobs').set({ status: 'queued' }).where('name', '=', 'wa-assistant.turn').execute();
    await settle();
    expect(textsTo()).toHaveLength(1);
    const c = await conversationOf();
    expect(c.turns).toHaveLength(1);
    expect(c.turns[0]?.message_count).toBe(2);
  });

  /** Holds the chat's stored, unprocessed messages as if another worker were still processing them (a backlog). */
  const holdInbox = async () => {
    const held = await t.db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'a-busy-worker', locked_until: s.ctx.clock.now() + 600_000 })
      .where('name', '=', 'inbox.process')
      .where('status', '=', 'queued')
      .executeTakeFirst();
    expect(Number(held.numUpdatedRows)).toBe(1);
  };
  const releaseInbox = () => t.db.updateTable('jobs').set({ status: 'queued', locked_by: null, locked_until: null }).where('name', '=', 'inbox.process').where('status', '=', 'running').execute();

  it('a turn answered late queues its reply from when the turn fell due, so the reply goes ahead of turns that fell due after', async () => {
    const writtenAt = s.ctx.clock.now();
    await seedPost(flat('Assalamualaikum'));
    await drain();
    // The worker is behind: the turn (due 4 s after the message) runs 9 s after it.
    s.ctx.clock.advance(9_000);
    await drain();
    expect(callsTo()).toEqual(['seen', 'typing_start']);
    const sends = await t.db.selectFrom('jobs').select('run_at').where('name', '=', 'delivery.send').orderBy('id').execute();
    expect(sends.map((j) => Number(j.run_at))).toEqual([writtenAt + 4_000, expect.any(Number)]);
    // The rest waits for the typing pause from when the reply was written, not from when the turn fell due.
    expect(Number(sends[1]?.run_at)).toBeGreaterThan(s.ctx.clock.now());
    await settle();
    expect(textsTo()).toHaveLength(1);
  });

  it('a turn waits for its burst\'s messages that are stored but not yet recorded (the worker behind), then answers them as one turn', async () => {
    await seedPost(flat('halo kak'));
    await drain();
    s.ctx.clock.advance(3_000);
    expect((await seedPost(flat('paket umroh apa saja?'))).statusCode).toBe(200);
    await holdInbox();
    // The first message's quiet window is over, but the second is still in the inbox: nothing is said yet.
    s.ctx.clock.advance(1_500);
    await drain();
    expect(callsTo()).toEqual([]);
    expect(await t.db.selectFrom('jobs').select('id').where('name', '=', 'wa-assistant.turn').where('status', '=', 'queued').execute()).toHaveLength(1);
    await releaseInbox();
    // Recording the second message moves the turn to its own quiet window's end (7 s after the first message), well
    // before the turn's own next look: the burst is answered then.
    await drain();
    expect(callsTo()).toEqual([]);
    s.ctx.clock.advance(2_500);
    await drain();
    expect(callsTo()).toEqual(['seen', 'typing_start']);
    await settle();
    expect(textsTo()).toHaveLength(1);
    expect(sim.calls.find((c) => c.kind === 'seen')?.messageIds).toHaveLength(2);
    const c = await conversationOf();
    expect(c.turns.map((turn) => turn.message_count)).toEqual([2]);
  });

  it('a message recorded while the chat\'s next one is still in the inbox does not make the turn due; the next one\'s recording does', async () => {
    await seedPost(flat('halo kak'));
    // The worker is behind: six seconds later, with the first message's quiet window over, neither is recorded yet.
    s.ctx.clock.advance(6_000);
    await seedPost(flat('paket umroh apa saja?'));
    const now = s.ctx.clock.now();
    await drain();
    const outcomes = await t.db.selectFrom('inbox_events').select(['outcome']).where('source', '=', 'waha').orderBy('received_at').execute();
    // Recording the first did not make the turn due at once (it would only have found the second waiting)...
    expect(outcomes[0]?.outcome).toContain(`turn due at ${new Date(now + 5_000).toISOString()}`);
    // ...the second's recording set it: its own quiet window.
    expect(outcomes[1]?.outcome).toContain(`turn due at ${new Date(now + 4_000).toISOString()}`);
    expect(callsTo()).toEqual([]);
    expect(await t.db.selectFrom('jobs').select('id').where('name', '=', 'wa-assistant.turn').execute()).toHaveLength(1);
    await settle();
    expect(textsTo()).toHaveLength(1);
    expect((await conversationOf()).turns.map((turn) => turn.message_count)).toEqual([2]);
  });

  it('a turn stops waiting for a stuck inbox event 30 s after the burst\'s longest end; the stuck message is answered once it is recorded', async () => {
    await seedPost(flat('halo kak'));
    await drain();
    s.ctx.clock.advance(1_000);
    await seedPost(flat('paket umroh apa saja?'));
    await holdInbox();
    const firstAt = s.ctx.clock.now() - 1_000;
    await settle();
    expect(textsTo()).toHaveLength(1);
    // Answered alone, once the 15 s burst and the 30 s wait had passed.
    expect(s.ctx.clock.now() - firstAt).toBeGreaterThanOrEqual(45_000);
    expect((await conversationOf()).turns.map((turn) => turn.message_count)).toEqual([1]);
    await releaseInbox();
    await settle();
    expect(textsTo()).toHaveLength(2);
    expect((await conversationOf()).turns.map((turn) => turn.message_count)).toEqual([1, 1]);
  });

  it('answers at night (replies ignore business hours); an escalation nobody picks up gets the holding message once in business hours, and the owner an alert', async () => {
    // Open 08:00–17:00 WIB on weekdays; the fake clock is Monday 10:00 WIB. Move to 22:00 WIB.
    const hours = await api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } });
    expect(hours.statusCode, hours.body).toBe(200);
    s.ctx.clock.advance(12 * 3_600_000);
    try {
      await seedPost(flat('bisa bicara dengan admin?'));
      await settle();
      expect(textsTo()).toHaveLength(1);
      expect(textsTo()[0]).toContain('kami hubungkan dengan admin');
      expect((await conversationOf()).status).toBe('queued');
      // Ten minutes later it is still night: the holding message waits for the team's ten minutes after 08:00.
      s.ctx.clock.advance(10 * 60_000);
      await drain();
      expect(textsTo()).toHaveLength(1);
      s.ctx.clock.advance(10 * 3_600_000);
      await drain();
      expect(textsTo()).toHaveLength(1);
      s.ctx.clock.advance(10 * 60_000);
      await settle();
      expect(textsTo()).toHaveLength(2);
      expect(textsTo()[1]).toContain('Terima kasih sudah menunggu');
      const alerts = await t.db.selectFrom('wa_alerts').select(['kind', 'audience']).where('kind', '=', 'handover_waiting').execute();
      expect(alerts).toEqual([{ kind: 'handover_waiting', audience: 'owner' }]);
      // Once only.
      s.ctx.clock.advance(3_600_000);
      await settle();
      expect(textsTo()).toHaveLength(2);
    } finally {
      await api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' } });
    }
  });

  it('a returning customer continues from the last phase in the same conversation', async () => {
    await seedPost(flat('UMR_MAR_2026_HEMAT'));
    await settle();
    await seedPost(flat('minta itinerary nya'));
    await settle();
    expect((await conversationOf()).phase).toBe('interest');
    s.ctx.clock.advance(30 * 24 * 3_600_000);
    await seedPost(flat('Assalamualaikum, saya kembali lagi'));
    await settle();
    const c = await conversationOf();
    expect(c.phase).toBe('interest');
    expect(c.package_code).toBe('UMR_MAR_2026_HEMAT');
    expect(textsTo().at(-1)).toContain('Ada yang bisa kami bantu mengenai Paket Umroh Maret 2026 Hemat');
    expect(sim.messages.filter((m) => m.kind === 'file').map((m) => m.file?.url)).toEqual(['https://cdn.amanah.test/hemat.pdf']);
  });

  it('keeps one reply in flight: while WhatsApp is down the next turn waits, and once it is back the replies go out in order', async () => {
    await sim.setStatus('STARTING');
    try {
      await seedPost(flat('UMR_MAR_2026_HEMAT'));
      await drain();
      s.ctx.clock.advance(4_000);
      await drain();
      s.ctx.clock.advance(3_000);
      await drain();
      await seedPost(flat('hotelnya apa?'));
      await drain();
      s.ctx.clock.advance(10_000);
      await drain();
      // The first reply is still failing: the second turn has not been decided yet.
      expect((await conversationOf()).turns).toHaveLength(1);
    } finally {
      await sim.setStatus('WORKING');
    }
    await settle(5_000, 120);
    const c = await conversationOf();
    expect(c.turns.map((turn) => turn.intent)).toEqual(['campaign_code', 'details']);
    const texts = textsTo();
    expect(texts[0]).toContain('Terima kasih telah tertarik');
    expect(texts.at(-1)).toContain('Berikut detail Paket Umroh Maret 2026 Hemat');
  });

  it('records session.status and message.ack for the health view', async () => {
    await sim.setStatus('SCAN_QR_CODE');
    await settle();
    const session = await t.db.selectFrom('wa_sessions').selectAll().executeTakeFirstOrThrow();
    expect(session).toMatchObject({ session: 'default', status: 'SCAN_QR_CODE' });
    await sim.setStatus('WORKING');
    await seedPost(flat('halo'));
    await settle();
    const sent = sim.messages.find((m) => m.kind === 'text');
    if (!sent) throw new Error('no reply');
    await sim.sendAck(sent.id, 'READ');
    await settle();
    const c = await conversationOf();
    expect(c.messages.find((m) => m.direction === 'out')?.ack).toBe(3);
    expect((await t.db.selectFrom('wa_sessions').select('status').executeTakeFirstOrThrow()).status).toBe('WORKING');
  });

  it('POST /api/ai/process-message answers in the seed\'s shape without sending anything', async () => {
    const res = await api('POST', '/api/ai/process-message', { phone: CUSTOMER, message: 'UMR_MAR_2026_HEMAT', conversation_id: 'conv_123', current_phase: 'leads' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      media_to_send: [{ type: 'image', url: 'https://cdn.amanah.test/hemat.jpg' }],
      new_phase: 'leads',
      confidence: 0.95,
      should_escalate: false,
    });
    expect(res.json().response_text).toContain('Rp 25.000.000');
    const bad = await api('POST', '/api/ai/process-message', { phone: CUSTOMER, current_phase: 'paid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/message|current_phase/);
    await settle();
    expect(sim.calls).toEqual([]);
  });

  it('the provider example of an incoming WAHA message is accepted on the seed path', async () => {
    const example = providerExampleObject('waha', 'waha-message.json');
    const res = await seedPost(example);
    expect(res.statusCode, res.body).toBe(200);
    await settle();
    expect(callsTo()).toContain('text');
  });
});
