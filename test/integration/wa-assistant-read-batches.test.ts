// The reads of turns running at once go out as one statement each, and give each conversation exactly what reading
// it alone gives: its own waiting messages (at most 50, the oldest), its own last 20 lines of history, its own
// replies still in flight. Run by the worker, turns claimed together and sends claimed together read so too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.js';
import type { Executor } from '../../src/db/database.js';
import { conversationHistoryRead, conversationRead, pendingBotRepliesRead, waitingMessagesRead } from '../../src/modules/wa-assistant/queries.js';
import { openRatingQuestionRead } from '../../src/modules/wa-assistant/satisfaction/flow.js';
import { createCommitCounter } from '../helpers/commit-counter.js';
import { countedTestDb } from '../helpers/counted-test-db.js';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const LONG = '6281244440001';
const SHORT = '6281244440002';
const IN_FLIGHT = '6281244440003';
const FLOOD = '6281244440004';

describe(`WhatsApp turns reading together (${testDialect()})`, () => {
  const counter = createCommitCounter();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await countedTestDb(counter));
  });
  afterAll(async () => h.close());

  /** What a turn reads of one conversation, each read through readBatches on `db`, all asked for at once. */
  const readsOf = (db: Executor, conversationId: string) => {
    const ctx = h.s.ctx;
    const ws = ctx.workspace.id;
    return Promise.all([
      ctx.readBatches.read(conversationRead, db, ws, conversationId),
      ctx.readBatches.read(waitingMessagesRead, db, ws, conversationId),
      ctx.readBatches.read(conversationHistoryRead, db, ws, conversationId),
      ctx.readBatches.read(pendingBotRepliesRead, db, ws, conversationId),
      ctx.readBatches.read(openRatingQuestionRead, db, ws, conversationId),
    ]);
  };

  it('make one statement per read for all the conversations, each given what it gets read alone', async () => {
    // Earlier turns: a long conversation (25 messages, so more than the 20 lines of history a model is given), a
    // short one, and one whose reply is still on its way.
    for (let i = 1; i <= 25; i++) {
      await h.say(LONG, `pertanyaan ke-${i} tentang paket umroh`);
      h.s.ctx.clock.advance(1);
    }
    await h.say(SHORT, 'Assalamualaikum');
    await h.say(IN_FLIGHT, 'halo kak, mau tanya umroh');
    await h.settle();
    const ids = { long: await h.conversationId(LONG), short: await h.conversationId(SHORT), inFlight: await h.conversationId(IN_FLIGHT) };
    const inFlightReplies = await h.t.db.selectFrom('wa_messages').select('delivery_id').where('conversation_id', '=', ids.inFlight).where('direction', '=', 'out').execute();
    expect(inFlightReplies.length).toBeGreaterThan(0);
    await h.t.db
      .updateTable('deliveries')
      .set({ status: 'queued' })
      .where('id', 'in', inFlightReplies.map((r) => r.delivery_id ?? ''))
      .execute();

    // The next bursts: one message each, and a flood of 55 in a new chat (a turn takes the oldest 50).
    await h.say(LONG, 'untuk 2 orang bulan maret');
    await h.say(SHORT, 'berapa harganya kak?');
    await h.say(IN_FLIGHT, 'ada brosurnya?');
    for (let i = 1; i <= 55; i++) {
      await h.say(FLOOD, `pesan ${i}`);
      h.s.ctx.clock.advance(1);
    }
    await h.drain();
    const all = [ids.long, ids.short, ids.inFlight, await h.conversationId(FLOOD)];

    counter.reset();
    const together = await Promise.all(all.map((id) => readsOf(h.t.db, id)));
    // Five reads for four conversations: five statements, not twenty.
    expect(counter.counts.roundTrips).toBe(5);

    // In a transaction each read goes alone (one statement each), and sees the same rows.
    counter.reset();
    const alone = await inTransaction(h.t.db, async (trx) => {
      const answers = [];
      for (const id of all) answers.push(await readsOf(trx, id));
      return answers;
    });
    expect(counter.counts.roundTrips).toBeGreaterThanOrEqual(20);
    expect(together).toEqual(alone);

    const [long, short, inFlight, flood] = together;
    expect(long?.[0]?.phone).toBe(`+${LONG}`);
    expect(long?.[1]?.map((m) => m.body)).toEqual(['untuk 2 orang bulan maret']);
    // The newest 20 lines with words, oldest first, ending with our last reply.
    expect(long?.[2]).toHaveLength(20);
    expect(long?.[2]?.at(-1)?.from).toBe('us');
    expect(long?.[2]?.some((l) => l.text === 'pertanyaan ke-25 tentang paket umroh')).toBe(true);
    expect(long?.[2]?.some((l) => l.text === 'pertanyaan ke-1 tentang paket umroh')).toBe(false);
    expect(long?.[3]).toBeUndefined();
    expect(short?.[1]?.map((m) => m.body)).toEqual(['berapa harganya kak?']);
    expect(short?.[2]?.[0]).toEqual({ from: 'customer', text: 'Assalamualaikum' });
    expect(inFlight?.[3]).toBe(inFlightReplies.length);
    expect(flood?.[1]?.map((m) => m.body)).toEqual(Array.from({ length: 50 }, (_, i) => `pesan ${i + 1}`));
    // A chat with no earlier turn has no history.
    expect(flood?.[2]).toBeUndefined();
    for (const reads of together) expect(reads[4]).toBeUndefined();
  });

  it('as the worker runs them: four turns claimed together read each thing once, and so do their four replies', async () => {
    await h.reset();
    const phones = ['6281244440011', '6281244440012', '6281244440013', '6281244440014'];
    for (const phone of phones) await h.say(phone, 'assalamualaikum, mau tanya paket umroh untuk 2 orang');
    await h.drain();
    /** Statements whose SQL starts so, since the counter was reset. */
    const count = (start: string) => counter.statements.filter((q) => q.replace(/\s+/g, ' ').trim().startsWith(start)).length;

    // The quiet window has passed: the harness's worker (four at a time) claims the four turns at once, then their
    // replies' first steps (seen, typing), which go out together.
    h.s.ctx.clock.advance(5_000);
    counter.reset();
    await h.drain();
    expect(await h.t.db.selectFrom('wa_turns').select('id').execute()).toHaveLength(4);
    expect(h.sim.calls.filter((c) => c.kind === 'seen')).toHaveLength(4);
    // The turns: one read of the waiting bursts, of the replies in flight, of the inbox backlog.
    expect(count('select "id", "conversation_id", "provider_message_id", "body", "created_at" from (select')).toBe(1);
    expect(count('select "m"."conversation_id", count(*)')).toBe(1);
    expect(count('select "serial_key", min("created_at")')).toBe(1);
    // The sends: one read of the deliveries, of consent, of the session's status; the conversations read once for
    // the turns and once for the sends (the turn set's lock, in id order, is the third).
    expect(count('select * from "deliveries" where')).toBe(1);
    expect(count('select "c"."id", "live"."merged_into"')).toBe(1);
    expect(count('select "session", "status" from "wa_sessions"')).toBe(1);
    const conversationReads = counter.statements.filter((q) => q.startsWith('select * from "wa_conversations" where ("workspace_id" || \'\') = ') && !q.includes('order by'));
    expect(conversationReads).toHaveLength(2);

    await h.settle();
    for (const phone of phones) expect(h.textsTo(phone)).toHaveLength(1);
  });
});
