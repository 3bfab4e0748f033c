// WhatsApp messages from many chats processed in one batch (an ad's first minute): stored as a set in a few
// statements, with exactly what storing them one by one gives (new and known conversations, a repeat skipped, each
// turn timer one quiet window after its message), and every chat then answered once.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitCounter } from '../helpers/commit-counter.js';
import { countedTestDb } from '../helpers/counted-test-db.js';
import { testDialect } from '../helpers/test-db.js';
import { HMAC_KEY, startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const QUESTION = 'Assalamualaikum, mau tanya paket umroh untuk 2 orang';

describe(`WhatsApp messages from many chats at once (${testDialect()})`, () => {
  const counter = createCommitCounter();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await countedTestDb(counter));
  });
  afterAll(async () => h.close());

  it('are stored together in a few statements, each as it would be alone, and each chat gets one reply', async () => {
    await h.reset();
    const phones = ['6281211110001', '6281211110002', '6281211110003', '6281211110004', '6281211110005', '6281211110006'];
    const [known, repeated, ...fresh] = phones as [string, string, ...string[]];
    // Two chats already talking: one of them sends again, the other's first message comes again on the seed's path.
    await h.say(known, QUESTION);
    await h.sim.sendMessage({ from: `${repeated}@c.us`, body: QUESTION, id: `false_${repeated}@c.us_R1` });
    await h.drain();
    const before = await h.t.db.selectFrom('wa_conversations').select(['id', 'phone']).execute();
    expect(before.map((c) => c.phone).sort()).toEqual([`+${known}`, `+${repeated}`]);

    h.s.ctx.clock.advance(1_000);
    const at = h.s.ctx.clock.now();
    counter.reset();
    await h.say(known, QUESTION);
    for (const phone of fresh) await h.say(phone, QUESTION);
    const again = JSON.stringify({ from: repeated, body: QUESTION, timestamp: Math.floor(at / 1000), message_id: `false_${repeated}@c.us_R1` });
    const res = await h.s.app.inject({
      method: 'POST',
      url: '/api/whatsapp/webhook',
      headers: { 'content-type': 'application/json', 'x-webhook-hmac': createHmac('sha512', HMAC_KEY).update(again).digest('hex') },
      payload: again,
    });
    expect(res.statusCode).toBe(200);
    await h.drain();
    // Six webhooks stored, one claim, and one batch for the six events: 59 statements on SQLite and 63 on PostgreSQL
    // (each a round trip there), where storing the messages one by one took 116 and 120; the batch itself is 19.
    expect(counter.counts.roundTrips).toBeLessThanOrEqual(70);

    const conversations = await h.t.db.selectFrom('wa_conversations').select(['id', 'phone', 'phase', 'contact_id', 'last_inbound_at', 'last_message']).orderBy('phone').execute();
    expect(conversations.map((c) => c.phone)).toEqual(phones.map((p) => `+${p}`));
    for (const c of conversations) expect(c.phase).toBe('leads');
    const contacts = await h.t.db.selectFrom('contacts').select(['id', 'phone']).execute();
    expect(new Set(conversations.map((c) => c.contact_id)).size).toBe(phones.length);
    for (const c of conversations) expect(contacts.find((k) => k.id === c.contact_id)?.phone).toBe(c.phone);
    const entries = await h.t.db.selectFrom('stage_history').select(['subject_id', 'from_stage', 'to_stage', 'cause']).execute();
    expect(entries).toHaveLength(phones.length);
    for (const c of conversations) expect(entries.filter((e) => e.subject_id === c.id)).toEqual([{ subject_id: c.id, from_stage: null, to_stage: 'leads', cause: 'whatsapp.first_message' }]);
    const counts = await h.t.db.selectFrom('stage_counts').select(['stage', 'count']).where('pipeline', '=', 'wa-assistant.phase').execute();
    expect(counts.map((r) => [r.stage, Number(r.count)])).toEqual([['leads', phones.length]]);

    const inbound = await h.t.db.selectFrom('wa_messages').select(['conversation_id', 'provider_message_id', 'created_at']).where('direction', '=', 'in').execute();
    const of = (phone: string) => conversations.find((c) => c.phone === `+${phone}`)?.id;
    expect(inbound.filter((m) => m.conversation_id === of(known))).toHaveLength(2);
    expect(inbound.filter((m) => m.conversation_id === of(repeated))).toHaveLength(1);
    for (const phone of fresh) expect(inbound.filter((m) => m.conversation_id === of(phone)).map((m) => Number(m.created_at))).toEqual([at]);
    for (const phone of [known, ...fresh]) expect(conversations.find((c) => c.phone === `+${phone}`)).toMatchObject({ last_inbound_at: at, last_message: QUESTION });

    // One waiting turn per chat; each that got a message now is due one quiet window (4 s) after it.
    const turns = await h.t.db.selectFrom('jobs').select(['job_key', 'run_at']).where('name', '=', 'wa-assistant.turn').where('status', '=', 'queued').execute();
    expect(turns.map((j) => j.job_key).sort()).toEqual(conversations.map((c) => `wa-turn:${c.id}`).sort());
    for (const phone of [known, ...fresh]) expect(Number(turns.find((j) => j.job_key === `wa-turn:${of(phone)}`)?.run_at)).toBe(at + 4_000);

    const events = await h.t.db.selectFrom('inbox_events').select(['raw_body', 'status', 'outcome']).where('received_at', '=', at).execute();
    expect(events).toHaveLength(phones.length);
    const skipped = events.filter((e) => e.status === 'skipped');
    expect(skipped.map((e) => JSON.parse(e.raw_body).from)).toEqual([repeated]);
    expect(skipped[0]?.outcome).toContain('was already received');
    for (const e of events.filter((e) => e.status !== 'skipped')) expect(e.outcome).toMatch(/^message stored in (a new|its) conversation cnv/);

    await h.settle();
    for (const phone of phones) expect(h.textsTo(phone), phone).toHaveLength(1);
  });
});
