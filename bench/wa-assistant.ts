// `npm run bench` (fifth part): the WhatsApp assistant under 1,000 conversations writing at once, through signed WAHA webhooks.
//
// `leadcycle start` (the real server) on a fresh database per dialect, the WAHA simulator as its WAHA (it signs each
// webhook with X-Webhook-Hmac and records every API call) and the OpenAI-compatible chat simulator as its language
// model, thinking BENCH_MODEL_MS (300) before each answer (0: no model, the rules alone). Each conversation sends one
// burst of 2–4 messages, 0.2–1 s apart, all conversations starting within half a second; the burst is one turn
// (default quiet window, 4 s). The model answers with a valid structured reply (the phase the rules would pick is
// not its concern here: the figure is the time around the model's own).
//
// The timed conversations meet a server that has been up for a while: before them it answers BENCH_HISTORY (3,000)
// other conversations in rounds of 1,000, then BENCH_WARMUP (300) more, all the same way and checked for exactly one
// reply too, but not timed. V8 compiles a function's optimized code only after it has run many times: after the
// warm-up of 300 alone it still optimized about 350 functions while the timed bursts arrived (--trace-opt, the 10 s
// from the first webhook), against about 165 after the 3,000 as well, and the server took 7.2–7.5 against 5.4–5.7 ms
// of CPU per turn (three pairs, alternated; bench/wa-assistant-history.md, 2026-12-06, noon). A second pass then times
// a server process started anew on the same database, with its own warm-up of 300 and 1,000 other conversations: the
// first minute after a restart, printed beside the first pass (BENCH_RESTARTED=0 leaves it out).
//
// Turn → reply sent: from the moment the turn was due (its last message's arrival + the quiet window, or its first
// + burst_max_ms, whichever is first; the deliberate wait for the customer to finish) to the simulator's sendText.
// The deliberate typing pause is configured to 0 ms (typing_min_ms = typing_ms_per_char = typing_max_ms = 0), so
// nothing has to be subtracted; seen, typing and stop-typing calls still go out before the words, as in production.
//
// The history is also the database of a number that has been answering for a while: a statement that reads all of a
// workspace's rows costs little on a fresh database and grows with it (bench/wa-assistant-history.md, 2026-12-06,
// morning). BENCH_HISTORY=N sets it (up to 80,000; 0 with BENCH_QUICK=1, which also leaves out the second pass).
// BENCH_CONVERSATIONS (default 1,000; 200 with BENCH_QUICK=1), BENCH_WARMUP (default 300; 100 with BENCH_QUICK=1),
// BENCH_PROCESS_CALLS (default 2,000),
// BENCH_REPLIES_LIMIT_S (longest wait for the replies after the last webhook, default 300), BENCH_ONLY=sqlite|postgres,
// BENCH_WORKERS=N (PostgreSQL only: `leadcycle web` and N `leadcycle worker` processes instead of `leadcycle start`),
// BENCH_FRONT=N (a queueing reverse proxy in front of the server, with at most N connections to it: bench/front-proxy.ts;
// the server then runs with TRUST_PROXY=true, as behind any proxy), BENCH_DUMP=<file> (the run's turns, messages,
// jobs, deliveries and the simulator's calls as JSON, to time each stage; the last pass's, as each pass writes it).
// process-message is timed before the model is configured: its target is for the rules alone.
//
// Whether this machine can meet the reply target at all: the bench prints the most server CPU a turn may take for it
// (from when the turns fell due, on one core; turnBudgetMs) beside the CPU the server took per turn, and what a turn's
// five provider calls alone cost here (bench/provider-call-cost.ts): the part no change to the server's own work removes.
// And how long the server's event-loop thread waited for a core while it had work (/proc/<pid>/task/<pid>/schedstat),
// and how often it was put on one, for the webhooks and for the replies apart: on 2 cores shared with PostgreSQL it
// waited about as long as it ran in the reply phase, against a fifth to a quarter of its time on SQLite, as often woken
// (bench/wa-assistant-history.md, 2026-12-06, evening).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { z } from 'zod';
import { startLlmSim, type LlmSim } from '../sim/llm.js';
import { startWahaSim, type WahaSim } from '../sim/waha.js';
import { openDatabase, type DatabaseHandle } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';
import { cpuProbe, cpuUse, describeCpu, describeLoopWait } from './cpu.js';
import { createBenchDatabase } from './databases.js';
import { startFrontProxy } from './front-proxy.js';
import { runOnEachDatabase } from './each-database.js';
import { describeMachineSpeed, machineSpeed } from './machine-speed.js';
import { int, mb, ms, percentile, sleep, startProductServer, waitUntil, watchRss, type ProductServer } from './product-server.js';
import type { ServerProcess } from './server-process.js';

const runFile = promisify(execFile);
const quick = process.env.BENCH_QUICK === '1';
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? (quick ? 200 : 1_000));
const PROCESS_CALLS = Number(process.env.BENCH_PROCESS_CALLS ?? (quick ? 500 : 2_000));
const QUIET_WINDOW_MS = 4_000;
const BURST_MAX_MS = 15_000;
/** Longest wait for the replies after the last webhook was answered. */
const REPLIES_LIMIT_MS = Number(process.env.BENCH_REPLIES_LIMIT_S ?? (quick ? 90 : 300)) * 1_000;
/** The model's own time per answer; the reply target is 1 s plus this. */
const MODEL_MS = Number(process.env.BENCH_MODEL_MS ?? 300);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 0);
/** Conversations answered just before the timed ones, after the history (0: none). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? (quick ? 100 : 300));
/**
 * Conversations the server answers before the warm-up, in rounds of HISTORY_ROUND: a server that has been up for a
 * while, with a number's history in its database (3,000; none with BENCH_QUICK=1).
 */
const HISTORY = Number(process.env.BENCH_HISTORY ?? (quick ? 0 : 3_000));
const HISTORY_ROUND = 1_000;
/** The second pass, on a server process started anew (BENCH_RESTARTED=0 leaves it out; BENCH_QUICK=1 too). */
const RESTARTED_PASS = (process.env.BENCH_RESTARTED ?? (quick ? '0' : '1')) === '1';
// Round r's phones start 628(20 + r): up to 80 rounds fit.
if (!Number.isInteger(HISTORY) || HISTORY < 0 || HISTORY > 80 * HISTORY_ROUND) throw new Error('BENCH_HISTORY: a whole number of conversations from 0 to 80,000');
const FRONT_CONNECTIONS = Number(process.env.BENCH_FRONT ?? 0);
const TARGET_P95_MS = 1_000 + MODEL_MS;
const LLM_KEY = 'sk-bench-model-key-0000000000000000';
const TARGET_PROCESS_P95_MS = 5;
const HMAC_KEY = 'bench-waha-hmac-key';
const API_KEY = 'bench-waha-api-key';

/** Departures after any date the bench may run on, so every package is offered. */
const PACKAGES = [
  { code: 'UMR_MAR_2027_HEMAT', name: 'Paket Umroh Maret 2027 Hemat', price: 25_000_000, departure_date: '2027-03-15', duration_days: 9, quota_total: 45, quota_remaining: 30, brochure_image_url: 'http://127.0.0.1:9/hemat.jpg', itinerary_url: 'http://127.0.0.1:9/hemat.pdf', features: ['Hotel bintang 4', 'Pesawat langsung'], hotel: 'Hotel bintang 4, 300 m dari Masjidil Haram', inclusions: 'Tiket, visa, hotel, makan 3x', exclusions: 'Paspor', payment_terms: 'DP Rp 5.000.000, pelunasan H-30' },
  { code: 'UMR_MEI_2027_PLUS', name: 'Paket Umroh Mei 2027 Plus Turki', price: 38_500_000, departure_date: '2027-05-02', duration_days: 12, quota_total: 30, quota_remaining: 18, brochure_image_url: 'http://127.0.0.1:9/plus.jpg', itinerary_url: null, features: ['City tour Istanbul'], hotel: null, inclusions: null, exclusions: null, payment_terms: null },
  { code: 'UMR_DES_2027_VIP', name: 'Paket Umroh Desember 2027 VIP', price: 45_000_000, departure_date: '2027-12-10', duration_days: 12, quota_total: 20, quota_remaining: 0, brochure_image_url: null, itinerary_url: null, features: [], hotel: null, inclusions: null, exclusions: null, payment_terms: null },
];

/** Bursts people write, by kind; a conversation takes the first 2–4 lines of one. */
const BURSTS: readonly (readonly string[])[] = [
  ['Assalamualaikum', 'saya lihat iklan UMR_MAR_2027_HEMAT', 'masih ada kursi kak?', 'untuk 2 orang'],
  ['halo kak', 'mau tanya paket umroh', 'untuk 3 orang bulan maret', 'berapa ya'],
  ['Hi', 'I saw your ad about umrah', 'how much for 2 people?', 'thanks'],
  ['Assalamualaikum', 'umr mei 2027 plus', 'hotelnya apa ya?', 'ada brosurnya?'],
  ['kak', 'cara bayarnya gmn', 'bisa dicicil ga', 'dp brp'],
  ['permisi', 'paket desember masih ada?', 'UMR_DES_2027_VIP', 'makasih'],
];

/** Messages for process-message, one per call in turn. */
const SINGLE_MESSAGES = [
  'Assalamualaikum',
  'UMR_MAR_2027_HEMAT',
  'info paket umroh dong',
  'hotelnya bintang berapa?',
  'cara bayar gimana kak',
  'I want to book for 2 people',
  'ada itinerary nya?',
  'sudah transfer ya kak',
  'mau bicara dengan admin',
  'berangkat bulan mei untuk 4 orang',
  'ok makasih',
  'apakah visa sudah termasuk?',
];

/** A small deterministic generator, so two runs send the same traffic. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Planned {
  readonly phone: string;
  readonly chatId: string;
  readonly startMs: number;
  readonly messages: readonly { text: string; gapMs: number }[];
}

function plan(count: number, prefix = '62812', seed = 20261206): Planned[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const digits = `${prefix}${String(70_000_000 + i).padStart(8, '0')}`;
    const burst = BURSTS[i % BURSTS.length] ?? [];
    const size = 2 + Math.floor(next() * 3);
    return {
      phone: `+${digits}`,
      chatId: `${digits}@c.us`,
      startMs: Math.floor(next() * 500),
      messages: burst.slice(0, size).map((text, k) => ({ text, gapMs: k === 0 ? 0 : 200 + Math.floor(next() * 800) })),
    };
  });
}

async function configure(s: ProductServer, sim: WahaSim): Promise<void> {
  await s.api('PUT', '/api/settings/providers/waha', { base_url: sim.url, session: 'default', api_key: API_KEY, webhook_hmac_key: HMAC_KEY });
  await s.api('PUT', '/api/settings/wa-assistant', {
    company_name: 'Amanah Tour',
    quiet_window_ms: QUIET_WINDOW_MS,
    burst_max_ms: BURST_MAX_MS,
    typing_min_ms: 0,
    typing_ms_per_char: 0,
    typing_max_ms: 0,
  });
  for (const p of PACKAGES) await s.api('POST', '/api/packages', { ...p, currency: 'IDR' });
}

/** The workspace's language model: the chat simulator, answering every turn with a valid structured reply. */
async function configureModel(s: ProductServer, llm: LlmSim): Promise<void> {
  await s.api('PUT', '/api/settings/wa-assistant', { llm_model: 'sim-umroh-1', llm_base_url: `${llm.url}/v1`, llm_api_key: LLM_KEY, llm_timeout_ms: 8_000, llm_json_mode: true });
}

/** `POST /api/ai/process-message`, one call at a time, on an otherwise idle server: each call's time in ms, sorted. */
async function processMessageTimes(s: ProductServer, calls: number): Promise<{ sorted: Float64Array; failed: number }> {
  const times = new Float64Array(calls);
  let failed = 0;
  // A few calls first, so the route's first compilation is not in the figures.
  for (let i = 0; i < 20; i++) await s.api('POST', '/api/ai/process-message', { phone: '+6281200000001', message: SINGLE_MESSAGES[i % SINGLE_MESSAGES.length] });
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    try {
      await s.api('POST', '/api/ai/process-message', { phone: `+62812${String(10_000_000 + i).padStart(8, '0')}`, message: SINGLE_MESSAGES[i % SINGLE_MESSAGES.length] });
    } catch {
      failed++;
    }
    times[i] = performance.now() - started;
  }
  return { sorted: times.sort(), failed };
}

/** WAHA's retries as the README recommends (`retries: {policy: 'constant', delaySeconds: 2, attempts: 5}`). */
const WEBHOOK_RETRIES = 5;
const WEBHOOK_RETRY_DELAY_MS = 2_000;

interface WebhookFigures {
  readonly answered: number;
  readonly failed: number;
  /** Webhooks answered 200 only on a retry (the first request refused, reset or timed out). */
  readonly retried: number;
  readonly firstFailure: string | undefined;
  readonly seconds: number;
  readonly latencies: Float64Array;
}

/**
 * Every conversation writes its burst at once with the others; each message is a signed webhook the simulator posts
 * at its planned time, whether or not the previous one has been answered (people type on; WAHA posts each event
 * on its own).
 */
async function sendBursts(sim: WahaSim, planned: readonly Planned[]): Promise<WebhookFigures> {
  const total = planned.reduce((n, p) => n + p.messages.length, 0);
  const latencies = new Float64Array(total);
  let next = 0;
  let failed = 0;
  let retried = 0;
  let firstFailure: string | undefined;
  let firstRefusal: string | undefined;
  const started = performance.now();
  const post = async (p: Planned, text: string, atMs: number) => {
    await sleep(atMs);
    const sent = performance.now();
    const { deliveries } = await sim.sendMessage({ from: p.phone, body: text });
    const answer = deliveries[deliveries.length - 1];
    if (deliveries.length > 1 && answer?.status === 200) {
      retried++;
      firstRefusal ??= `${deliveries[0]?.status} ${deliveries[0]?.error ?? deliveries[0]?.responseBody.slice(0, 200)}`;
    }
    if (!answer || answer.status !== 200) {
      failed++;
      firstFailure ??= answer ? `${answer.status} ${answer.error ?? answer.responseBody.slice(0, 200)}` : 'no webhook made';
    }
    latencies[next++] = performance.now() - sent;
  };
  await Promise.all(
    planned.flatMap((p) => {
      let at = p.startMs;
      return p.messages.map((m) => {
        at += m.gapMs;
        return post(p, m.text, at);
      });
    }),
  );
  return { answered: total - failed, failed, retried, firstFailure: firstFailure ?? (firstRefusal ? `${firstRefusal} (then answered on a retry)` : undefined), seconds: (performance.now() - started) / 1000, latencies: latencies.sort() };
}

interface ReplyFigures {
  readonly turns: number;
  readonly conversationsAnswered: number;
  readonly splitBursts: number;
  /** Turns whose texts did not arrive exactly once, or sends beyond what the turns queued. */
  readonly violations: string[];
  /** Conversations with no answered turn when the wait ended (too slow, not a second reply). */
  readonly unanswered: number;
  /** Customer messages the server stored (each once). */
  readonly stored: number;
  readonly firstText: Float64Array;
  readonly wholeReply: Float64Array;
  /** When each answered turn fell due (epoch ms). */
  readonly dueAt: readonly number[];
  /** Deliveries (WAHA calls) and jobs the whole run made, for the work one turn costs. */
  readonly deliveries: number;
  readonly jobs: number;
  /** The simulator's sendText calls to the timed conversations. */
  readonly sentTexts: number;
  /** The timed conversations' turns by who answered (the model, or the rules and why). */
  readonly engines: readonly { engine: string; fallbackReason: string | null; n: number }[];
}

interface WorkCounts {
  readonly deliveries: number;
  readonly jobs: number;
}

/** Deliveries and jobs made so far (those of a warm-up are taken off the run's). */
async function workSoFar(db: ReturnType<typeof openDatabase>['db']): Promise<WorkCounts> {
  const deliveries = await db.selectFrom('deliveries').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  const jobs = await db.selectFrom('jobs').select(sql<number>`count(*)`.as('n')).where('name', '<>', 'wa-assistant.holding').executeTakeFirst();
  return { deliveries: Number(deliveries?.n ?? 0), jobs: Number(jobs?.n ?? 0) };
}

/**
 * Reads what the server recorded (turns, their messages, the texts each reply queued) and sets it against what the
 * simulator received: every answered turn's texts must each arrive exactly once, in its conversation's chat.
 */
async function matchReplies(db: ReturnType<typeof openDatabase>['db'], sim: WahaSim, planned: readonly Planned[], before: WorkCounts): Promise<ReplyFigures> {
  const conversations = await db.selectFrom('wa_conversations').select(['id', 'chat_id']).execute();
  const chatOf = new Map(conversations.map((c) => [c.id, c.chat_id]));
  // Only the planned conversations' turns are timed (a warm-up's were answered before); every chat's sends are
  // checked below for a second reply, the warm-up's too.
  const plannedChats = new Set(planned.map((p) => p.chatId));
  const ours = (conversationId: string) => plannedChats.has(chatOf.get(conversationId) ?? '');
  const turns = await db.selectFrom('wa_turns').select(['id', 'conversation_id', 'status', 'decided_at', 'engine', 'fallback_reason']).orderBy('decided_at').orderBy('id').execute();
  const inbound = (await db.selectFrom('wa_messages').select(['turn_id', 'conversation_id', 'created_at']).where('direction', '=', 'in').execute()).filter((m) => ours(m.conversation_id));
  const outbound = await db.selectFrom('wa_messages').select(['id', 'turn_id', 'kind', 'body']).where('direction', '=', 'out').orderBy('id').execute();
  const arrivals = new Map<string, { first: number; last: number }>();
  for (const m of inbound) {
    if (!m.turn_id) continue;
    const a = arrivals.get(m.turn_id);
    arrivals.set(m.turn_id, { first: Math.min(a?.first ?? Infinity, Number(m.created_at)), last: Math.max(a?.last ?? 0, Number(m.created_at)) });
  }
  const textsOf = new Map<string, string[]>();
  const partsOf = new Map<string, number>();
  for (const m of outbound) {
    if (!m.turn_id) continue;
    partsOf.set(m.turn_id, (partsOf.get(m.turn_id) ?? 0) + 1);
    if (m.kind === 'text') textsOf.set(m.turn_id, [...(textsOf.get(m.turn_id) ?? []), m.body ?? '']);
  }
  // The simulator's sends per chat, in order, with their times (calls and messages are recorded together, one each).
  const sendCalls = sim.calls.filter((c) => c.kind === 'text' || c.kind === 'image' || c.kind === 'file');
  const sends = new Map<string, { kind: string; text: string | undefined; time: number }[]>();
  sim.messages.forEach((m, i) => {
    const call = sendCalls[i];
    const list = sends.get(m.chatId) ?? [];
    list.push({ kind: m.kind, text: m.text, time: call?.time ?? Number.NaN });
    sends.set(m.chatId, list);
  });

  const violations: string[] = [];
  const firstText: number[] = [];
  const wholeReply: number[] = [];
  const dueAt: number[] = [];
  const answeredTurns = turns.filter((t) => t.status === 'answered');
  const ourTurns = answeredTurns.filter((t) => ours(t.conversation_id));
  const turnsPerConversation = new Map<string, number>();
  for (const t of ourTurns) turnsPerConversation.set(t.conversation_id, (turnsPerConversation.get(t.conversation_id) ?? 0) + 1);
  const cursor = new Map<string, number>();
  let pendingTurns = 0;
  for (const t of answeredTurns) {
    const chat = chatOf.get(t.conversation_id) ?? '';
    const list = sends.get(chat) ?? [];
    const from = cursor.get(chat) ?? 0;
    const parts = partsOf.get(t.id) ?? 0;
    const got = list.slice(from, from + parts);
    cursor.set(chat, from + parts);
    const expected = [...(textsOf.get(t.id) ?? [])].sort();
    const texts = got.flatMap((g) => (g.kind === 'text' ? [g.text ?? ''] : [])).sort();
    if (texts.length !== expected.length || texts.some((x, i) => x !== expected[i])) {
      // Fewer, with nothing after them, is a reply still on its way when the wait ended; more or different is wrong.
      if (texts.length < expected.length && from + parts >= list.length) pendingTurns++;
      else violations.push(`${chat} turn ${t.id}: ${expected.length} text(s) queued, ${texts.length} matching sendText`);
      continue;
    }
    const arrived = arrivals.get(t.id);
    if (!arrived || !ours(t.conversation_id)) continue;
    const due = Math.min(arrived.last + QUIET_WINDOW_MS, arrived.first + BURST_MAX_MS);
    const firstTextAt = Math.min(...got.filter((g) => g.kind === 'text').map((g) => g.time));
    firstText.push(firstTextAt - due);
    wholeReply.push(Math.max(...got.map((g) => g.time)) - due);
    dueAt.push(due);
  }
  // Anything sent beyond what the turns queued is a second reply.
  for (const [chat, list] of sends) {
    const extra = list.length - (cursor.get(chat) ?? 0);
    if (extra > 0) violations.push(`${chat}: ${extra} send(s) beyond what its turns queued`);
  }
  const answeredChats = new Set(ourTurns.map((t) => chatOf.get(t.conversation_id)));
  const work = await workSoFar(db);
  const unanswered = planned.filter((p) => !answeredChats.has(p.chatId)).length + pendingTurns;
  const engines = new Map<string, { engine: string; fallbackReason: string | null; n: number }>();
  for (const t of turns.filter((turn) => ours(turn.conversation_id))) {
    const key = `${t.engine}\u0000${t.fallback_reason ?? ''}`;
    engines.set(key, { engine: t.engine, fallbackReason: t.fallback_reason, n: (engines.get(key)?.n ?? 0) + 1 });
  }
  return {
    turns: ourTurns.length,
    conversationsAnswered: answeredChats.size,
    splitBursts: [...turnsPerConversation.values()].filter((n) => n > 1).length,
    violations,
    unanswered,
    stored: inbound.length,
    firstText: Float64Array.from(firstText).sort(),
    wholeReply: Float64Array.from(wholeReply).sort(),
    dueAt,
    deliveries: work.deliveries - before.deliveries,
    jobs: work.jobs - before.jobs,
    sentTexts: sim.messages.filter((m) => m.kind === 'text' && plannedChats.has(m.chatId)).length,
    engines: [...engines.values()],
  };
}

/**
 * The most server CPU a turn (its webhooks, storing, thinking and sending) may take for 95 % of the turns to be
 * answered within the target on one core: the j-th turn to fall due cannot be answered before the server has done
 * j + 1 turns' work since the first webhook, and must be answered within the target of its own due time. The model's
 * own wait overlaps the other turns' work and is left out. A real server does some work twice or waits, so this is
 * the least it would need, not a promise.
 */
function turnBudgetMs(dueAt: readonly number[], firstWebhookAt: number): number {
  const sorted = [...dueAt].sort((a, b) => a - b);
  let budget = Infinity;
  for (let j = 0; j < Math.ceil(sorted.length * 0.95); j++) budget = Math.min(budget, ((sorted[j] ?? firstWebhookAt) - firstWebhookAt + TARGET_P95_MS - MODEL_MS) / (j + 1));
  return budget;
}

/** What a turn's five provider calls cost in CPU on this machine, alone (bench/provider-call-cost.ts, its own process). */
async function providerCallCost(sim: WahaSim, llm: LlmSim): Promise<{ wahaCallMs: number; modelCallMs: number } | string> {
  const script = fileURLToPath(new URL('./provider-call-cost.ts', import.meta.url));
  const args = JSON.stringify({ wahaUrl: sim.url, wahaKey: API_KEY, llmUrl: llm.url, llmKey: LLM_KEY, model: 'sim-umroh-1' });
  try {
    const { stdout } = await runFile(process.execPath, ['--import', 'tsx', script, args], { timeout: 180_000, killSignal: 'SIGKILL' });
    return z.object({ wahaCallMs: z.number(), modelCallMs: z.number() }).parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
  } catch (error) {
    return `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

async function run(dialect: Dialect): Promise<void> {
  const sim = await startWahaSim({ apiKey: API_KEY });
  const llm = MODEL_MS > 0
    ? await startLlmSim({
        apiKey: LLM_KEY,
        latencyMs: MODEL_MS,
        respond: () => ({ json: { reply: 'Waalaikumsalam kak, terima kasih sudah menghubungi Amanah Tour. Untuk berapa orang dan bulan apa rencananya?', media: [], new_phase: 'leads', confidence: 0.9, escalate: false, intent: 'greeting' } }),
      })
    : undefined;
  const bench = await createBenchDatabase(dialect);
  let server: ProductServer | undefined;
  let front: ServerProcess | undefined;
  let handle: DatabaseHandle | undefined;
  try {
    const session = sim.sessions.get('default');
    if (!session) throw new Error('the WAHA simulator has no default session');
    /** Starts the server (and the proxy in front of it) and points WAHA's webhooks at it. */
    const startAndHookUp = async (): Promise<ProductServer> => {
      const started = await startProductServer(bench, { WAHA_URL: sim.url, ...(FRONT_CONNECTIONS > 0 ? { TRUST_PROXY: 'true' } : {}) }, { workers: WORKERS });
      if (FRONT_CONNECTIONS > 0) front = await startFrontProxy(started.process.url, FRONT_CONNECTIONS);
      // Retries as the README tells users to set them (WAHA's constant policy): a webhook refused under load comes again.
      session.webhooks = [{ url: `${front?.url ?? started.process.url}/webhooks/waha`, events: ['message', 'session.status'], hmacKey: HMAC_KEY, retries: { attempts: WEBHOOK_RETRIES, delayMs: WEBHOOK_RETRY_DELAY_MS } }];
      return started;
    };
    server = await startAndHookUp();
    await configure(server, sim);

    const processMessage = await processMessageTimes(server, PROCESS_CALLS);
    if (llm) await configureModel(server, llm);
    handle = openDatabase(bench.target);
    const db = handle.db;
    const workspaceId = (await db.selectFrom('workspaces').select('id').where('slug', '=', 'default').executeTakeFirstOrThrow()).id;
    // Settled: every message belongs to a turn (no stored event and no turn waits for the worker), every reply's
    // deliveries are final, and every conversation heard back. Asked four times a second through the indexes of what
    // is still open (the statuses written out, so SQLite can use the jobs' partial indexes): counting the messages
    // without a turn read all of them, which with BENCH_HISTORY=40000 took the bench half a core beside the server.
    const settledFor = (chats: readonly Planned[]) => async () => {
      const names = sql.join(['inbox.process', 'wa-assistant.turn']);
      const waiting = (
        await sql<{ n: number }>`select (select count(*) from jobs where status = 'queued' and name in (${names}))
          + (select count(*) from jobs where status = 'running' and name in (${names})) as n`.execute(db)
      ).rows[0];
      const open = await db.selectFrom('deliveries').select(sql<number>`count(*)`.as('n')).where('workspace_id', '=', workspaceId).where('status', 'in', ['queued', 'failed']).executeTakeFirst();
      const heard = new Set(sim.messages.map((m) => m.chatId));
      return Number(waiting?.n ?? 1) === 0 && Number(open?.n ?? 1) === 0 && chats.every((c) => heard.has(c.chatId));
    };
    // Each round's phones under a prefix of its own (62820…, 62821…), so no history conversation is another's.
    for (let round = 0; round * HISTORY_ROUND < HISTORY; round++) {
      const past = plan(Math.min(HISTORY_ROUND, HISTORY - round * HISTORY_ROUND), `628${20 + round}`, 20261100 + round);
      await sendBursts(sim, past);
      if (!(await waitUntil(settledFor(past), REPLIES_LIMIT_MS, 250))) throw new Error(`the history's round ${round + 1} was not all answered within ${REPLIES_LIMIT_MS / 1000} s`);
    }
    /** Times one pass: its warm-up, then `planned` at once; prints the pass's table. */
    const timePass = async (running: ProductServer, pass: string, planned: readonly Planned[], warmup: readonly Planned[], situation: string, processMessage?: Awaited<ReturnType<typeof processMessageTimes>>): Promise<void> => {
      if (warmup.length > 0) {
        await sendBursts(sim, warmup);
        if (!(await waitUntil(settledFor(warmup), REPLIES_LIMIT_MS, 250))) throw new Error(`the warm-up's ${warmup.length} conversations were not all answered within ${REPLIES_LIMIT_MS / 1000} s`);
      }
      const before = await workSoFar(db);
      const modelCallsBefore = llm?.chats.length ?? 0;
      await sleep(500);
      const rss = watchRss(running.process);
      // Only this process's server: with BENCH_WORKERS the workers' CPU is not in the figure.
      const cpu = cpuProbe(running.process.pid, bench.target.kind === 'postgres' ? bench.target.url : undefined);
      const speed = machineSpeed();
      const cpuBefore = await cpu.snapshot();
      const firstWebhookAt = Date.now();
      const webhooks = await sendBursts(sim, planned);
      const lastWebhook = performance.now();
      // Every webhook is answered here and the first turn falls due about a second later: the reply phase starts.
      const cpuAtLastWebhook = await cpu.snapshot();
      const ok = await waitUntil(settledFor(planned), REPLIES_LIMIT_MS, 250);
      const settledMs = ok ? performance.now() - lastWebhook : undefined;
      const cpuSettled = await cpu.snapshot();
      const used = cpuUse(cpuBefore, cpuSettled);
      // A moment more, so a second reply to any turn would be seen too.
      await sleep(2_000);
      const replies = await matchReplies(db, sim, planned, before);
      if (process.env.BENCH_DUMP) {
        writeFileSync(process.env.BENCH_DUMP, JSON.stringify({
          turns: await db.selectFrom('wa_turns').select(['id', 'conversation_id', 'decided_at', 'first_message_at']).execute(),
          inbound: await db.selectFrom('wa_messages').select(['turn_id', 'conversation_id', 'created_at']).where('direction', '=', 'in').execute(),
          conversations: await db.selectFrom('wa_conversations').select(['id', 'chat_id']).execute(),
          jobs: await db.selectFrom('jobs').select(['id', 'name', 'payload', 'run_at', 'attempts', 'created_at', 'updated_at', 'finished_at', 'status']).execute(),
          deliveries: await db.selectFrom('deliveries').select(['id', 'target', 'payload', 'created_at', 'sent_at', 'attempts', 'status']).execute(),
          calls: sim.calls,
          // Each webhook request's answer (or failure) time and attempt, and when the server stored each event.
          webhooks: sim.deliveries.map((w) => ({ attempt: w.attempt, status: w.status, error: w.error ?? null, time: w.time })),
          events: await db.selectFrom('inbox_events').select(['received_at']).where('source', '=', 'waha').execute(),
        }));
      }
      // Counted before the provider-call measure below adds calls of its own (matchReplies counts the sends).
      const modelCalls = (llm?.chats.length ?? 0) - modelCallsBefore;
      const peak = rss.stop();
      const budgetMs = turnBudgetMs(replies.dueAt, firstWebhookAt);

      const label = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      console.log(`\n## ${label}, ${pass}: ${int(CONVERSATIONS)} conversations at once, ${int(webhooks.answered + webhooks.failed)} messages in bursts of 2–4, ${llm ? `the chat simulator as the model, ${int(MODEL_MS)} ms per answer (${int(modelCalls)} model calls)` : 'rules only (no model)'}`);
      if (running.workers.length > 0) console.log(`processes: leadcycle web and ${running.workers.length} leadcycle worker${running.workers.length > 1 ? 's' : ''} (the RSS below is the web process's)`);
      console.log(situation);
      console.log(warmup.length > 0 ? `after a warm-up of ${int(warmup.length)} conversations (${int(warmup.reduce((n, p) => n + p.messages.length, 0))} messages, answered first and not timed)` : 'with no warm-up');
      if (front) console.log(`behind a queueing proxy (bench/front-proxy.ts) with at most ${int(FRONT_CONNECTIONS)} connections to the server; its CPU is under "other"`);
      console.log(`quiet window ${QUIET_WINDOW_MS} ms (burst max ${BURST_MAX_MS} ms), typing pause set to 0 ms; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      console.log(describeMachineSpeed(speed));
      console.log('| measure | figure | target |');
      console.log('| --- | --- | --- |');
      console.log(`| webhooks answered 200 | ${int(webhooks.answered / webhooks.seconds)}/s (${int(webhooks.answered)} of ${int(webhooks.answered + webhooks.failed)} in ${webhooks.seconds.toFixed(2)} s, paced by the bursts${webhooks.retried ? `; ${int(webhooks.retried)} only on WAHA's retry` : ''}${webhooks.firstFailure ? `; first failure: ${webhooks.firstFailure}` : ''}) | every one |`);
      console.log(`| customer messages stored (each once) / sent | ${int(replies.stored)} / ${int(webhooks.answered + webhooks.failed)} (a webhook the simulator gave up on after 10 s may still be stored) | |`);
      console.log(`| webhook answer p50 / p95 / p99 | ${ms(percentile(webhooks.latencies, 50))} / ${ms(percentile(webhooks.latencies, 95))} / ${ms(percentile(webhooks.latencies, 99))} | |`);
      console.log(`| turn due → first words sent p50 / p95 (max) | ${ms(percentile(replies.firstText, 50))} / ${ms(percentile(replies.firstText, 95))} (${ms(percentile(replies.firstText, 100))}) | p95 < ${int(TARGET_P95_MS)} ms: ${percentile(replies.firstText, 95) < TARGET_P95_MS ? 'met' : 'MISSED'} |`);
      console.log(`| turn due → whole reply sent (images, files) p50 / p95 | ${ms(percentile(replies.wholeReply, 50))} / ${ms(percentile(replies.wholeReply, 95))} | |`);
      console.log(`| replies per turn | ${replies.violations.length === 0 ? 'exactly 1 for every turn answered' : `${replies.violations.length} violation(s)`} (${int(replies.turns)} turns answered in ${int(replies.conversationsAnswered)} conversations; ${int(replies.sentTexts)} sendText) | exactly 1: ${replies.violations.length === 0 ? 'met' : 'MISSED'} |`);
      console.log(`| turns not answered (or not fully sent) when the wait ended | ${int(replies.unanswered)} | 0: ${replies.unanswered === 0 ? 'met' : 'MISSED'} |`);
      console.log(`| work per answered turn (an io job is a claim and an ending, shared with others under load; commits counted in test/integration/commits-per-send.test.ts) | ${(replies.deliveries / replies.turns).toFixed(1)} WAHA deliveries, ${(replies.jobs / replies.turns).toFixed(1)} jobs | |`);
      console.log(`| turns by who answered | ${replies.engines.map((e) => `${e.engine}${e.fallbackReason ? ` (${e.fallbackReason})` : ''}: ${int(e.n)}`).join(', ')} | |`);
      console.log(`| bursts answered in more than one turn | ${int(replies.splitBursts)} | 0 |`);
      console.log(`| all replies out, after the last webhook | ${settledMs === undefined ? `not within ${REPLIES_LIMIT_MS / 1000} s` : `${(settledMs / 1000).toFixed(2)} s`} | |`);
      const perTurn = used.serverMs / replies.turns;
      console.log(`| server CPU per answered turn (webhooks, storing, thinking, sending; all of it) | ${perTurn.toFixed(1)} ms (${int(used.serverMs)} ms for ${int(replies.turns)} turns) | the target is possible only at ≤ ${budgetMs.toFixed(1)} ms (below): ${perTurn <= budgetMs ? 'within (needed, not enough alone)' : 'over, so it cannot be met'} |`);
      console.log(`| ${describeCpu(used).split(': ')[0]}, from the first webhook until settled | ${describeCpu(used).split(': ')[1] ?? ''} | |`);
      console.log(`| the server's event-loop thread while the webhooks came in (/proc schedstat) | ${describeLoopWait(cpuUse(cpuBefore, cpuAtLastWebhook))} | |`);
      console.log(`| the server's event-loop thread from the last webhook until every reply was out | ${describeLoopWait(cpuUse(cpuAtLastWebhook, cpuSettled))} | |`);
      if (replies.turns > 0) {
        console.log(`| the most server CPU a turn may take for the target to be possible on one core (turns fell due ${((Math.min(...replies.dueAt) - firstWebhookAt) / 1000).toFixed(2)}–${((Math.max(...replies.dueAt) - firstWebhookAt) / 1000).toFixed(2)} s after the first webhook; the j-th due cannot be answered before j turns' work) | ${budgetMs.toFixed(1)} ms | |`);
      }
      console.log(`| server RSS before the bursts / peak | ${mb(rss.first)} / ${mb(peak)} | |`);
      if (processMessage) console.log(`| process-message (rules only) p50 / p95 / p99, one call at a time over HTTP | ${ms(percentile(processMessage.sorted, 50))} / ${ms(percentile(processMessage.sorted, 95))} / ${ms(percentile(processMessage.sorted, 99))} (${int(PROCESS_CALLS)} calls${processMessage.failed ? `, ${processMessage.failed} failed` : ''}) | p95 < ${TARGET_PROCESS_P95_MS} ms: ${percentile(processMessage.sorted, 95) < TARGET_PROCESS_P95_MS ? 'met' : 'MISSED'} |`);
      for (const v of replies.violations.slice(0, 10)) console.log(`violation: ${v}`);
      if (replies.violations.length > 10) console.log(`… and ${replies.violations.length - 10} more violations`);
    };
    const firstSituation = HISTORY > 0 ? `a server that has been up for a while: its database already held ${int(HISTORY)} other conversations, answered by this server process in rounds of ${int(HISTORY_ROUND)}` : 'on a fresh database';
    // Without the history (BENCH_HISTORY=0, BENCH_QUICK=1) the pass is named for what it is: after the warm-up alone.
    await timePass(server, HISTORY > 0 ? 'up for a while' : 'after the warm-up alone', plan(CONVERSATIONS), plan(WARMUP, '62813', 20261207), firstSituation, processMessage);
    if (RESTARTED_PASS) {
      await front?.stop();
      await server.stop();
      server = await startAndHookUp();
      // Phones of its own (62814…, 62815…), so none of its conversations is one the first pass had.
      await timePass(server, 'just restarted', plan(CONVERSATIONS, '62814', 20261208), plan(WARMUP, '62815', 20261209), 'the same database, with a server process started anew: its first minute, as after a restart at a campaign\'s peak');
    }
    // After every pass: its sends go to chats of the first pass, which a later pass's check would count as second
    // replies. The simulators are idle by now.
    const callCost = llm ? await providerCallCost(sim, llm) : undefined;
    if (callCost !== undefined) {
      const floor = typeof callCost === 'string' ? callCost : `${(callCost.modelCallMs + 4 * callCost.wahaCallMs).toFixed(2)} ms (model ${callCost.modelCallMs.toFixed(2)} + WAHA 4 × ${callCost.wahaCallMs.toFixed(2)})`;
      console.log(`\nOf a turn's CPU, its five provider calls alone, through the server's own clients in a process of their own (bench/provider-call-cost.ts): ${floor}`);
    }
  } finally {
    await handle?.close();
    await front?.stop();
    await server?.stop();
    await sim.close();
    await llm?.close();
    await bench.destroy();
  }
}

await runOnEachDatabase('WhatsApp assistant', 12, run);
