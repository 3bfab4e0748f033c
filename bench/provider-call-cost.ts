// The CPU a WhatsApp turn's provider calls cost on this machine, alone: run by bench/wa-assistant.ts as a process of its own.
//
// A turn makes five calls: one to the language model (the `openai` package, through the server's askModel) and four to
// WAHA (seen, typing, stop typing, the words, through the server's WAHA client and transport). This process makes
// CALLS of each, CONCURRENCY at a time, to the simulators the bench already runs, after a warm-up, and prints the CPU
// it spent per call as one JSON line. Nothing else runs in it, so the figure is the clients' own cost: the part of a
// turn's CPU that no change to the inbox, the jobs or the database can take away.
//
// Arguments (JSON, argv[2]): { wahaUrl, wahaKey, llmUrl, llmKey, model, calls?, concurrency? }.
import { z } from 'zod';
import { createWahaClient } from '../src/connectors/waha/index.js';
import { createHttpClient } from '../src/core/http/index.js';
import { askModel, type ChatMessage } from '../src/modules/wa-assistant/model/client.js';

const args = z
  .object({
    wahaUrl: z.string().url(),
    wahaKey: z.string(),
    llmUrl: z.string().url(),
    llmKey: z.string(),
    model: z.string(),
    calls: z.number().int().positive().max(20_000).default(2_000),
    concurrency: z.number().int().positive().max(1_000).default(200),
  })
  .parse(JSON.parse(process.argv[2] ?? '{}'));

const waha = createWahaClient({ baseUrl: `${args.wahaUrl}/`, apiKey: args.wahaKey, session: 'default', http: createHttpClient({ timeoutMs: 10_000 }) });
const model = { model: args.model, baseUrl: `${args.llmUrl}/v1`, apiKey: args.llmKey, timeoutMs: 8_000, jsonMode: true };
// About the size of a turn's prompt: the base prompt, company, packages with their quota, rules and escalation.
const system = 'Anda adalah asisten penjualan paket umroh Amanah Tour. Jawab singkat, sopan, dalam bahasa pelanggan. '.repeat(30);
const chatId = (i: number) => `62812${String(i).padStart(7, '0')}@c.us`;

/** The four WAHA calls of a reply, for one chat, in order. */
async function wahaReply(i: number): Promise<void> {
  const results = [
    await waha.sendSeen({ chatId: chatId(i) }),
    await waha.startTyping({ chatId: chatId(i) }),
    await waha.stopTyping({ chatId: chatId(i) }),
    await waha.sendText({ chatId: chatId(i), text: 'Waalaikumsalam kak, terima kasih sudah menghubungi Amanah Tour. Untuk berapa orang dan bulan apa rencananya?', linkPreview: false }),
  ];
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw failed.error;
}

async function modelCall(i: number): Promise<void> {
  const messages: ChatMessage[] = [{ role: 'system', content: system }, { role: 'user', content: `assalamualaikum, mau tanya paket umroh bulan maret untuk ${i % 5 + 1} orang` }];
  const reply = await askModel(model, messages);
  if (!reply.ok) throw new Error(`the model call failed: ${reply.reason}`);
}

/** CPU ms per call of `call`, made `n` times, `concurrency` at a time. */
async function cpuPerCall(n: number, call: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const lane = async () => {
    while (next < n) await call(next++);
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: Math.min(args.concurrency, n) }, lane));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000 / n;
}

// The warm-up compiles the paths and opens the connections, as a running server has them.
await cpuPerCall(Math.min(500, args.calls), wahaReply);
await cpuPerCall(Math.min(500, args.calls), modelCall);
const wahaCallMs = (await cpuPerCall(args.calls, wahaReply)) / 4;
const modelCallMs = await cpuPerCall(args.calls, modelCall);
console.log(JSON.stringify({ wahaCallMs, modelCallMs }));
