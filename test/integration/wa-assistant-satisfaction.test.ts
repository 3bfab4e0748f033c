// Satisfaction ratings end to end: the 1–5 question after a booking or a closed handover (a setting, in the
// customer's language, once per occasion, in business hours), answers read leniently, recorded, audited and averaged
// into the analytics' satisfaction_score; anything else goes to the normal flow.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const A = '6281300000001';
const B = '6281300000002';
const C = '6281300000003';
// Further than the harness settles on its own (a minute), so each test says when the question is due.
const DELAY = 120_000;
const QUESTION_ID = /^Boleh minta penilaian Bapak\/Ibu/;

describe(`WhatsApp assistant satisfaction ratings (${testDialect()})`, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await h.reset();
    await h.t.db.updateTable('workspaces').set({ business_hours: null }).where('id', '=', h.s.ctx.workspace.id).execute();
    // Changed behind the API's back: the workspace row a turn keeps for a second is dropped too.
    h.s.ctx.readCache.forgetAll();
    const on = await h.api('PUT', '/api/settings/wa-assistant', { satisfaction_enabled: true, satisfaction_delay_ms: DELAY, satisfaction_question_en: 'How did we do? Reply 1 to 5.', satisfaction_question_id: null });
    expect(on.statusCode, on.body).toBe(200);
  });

  /** Waits out the question's delay and sends whatever is due. */
  const later = async () => {
    h.s.ctx.clock.advance(DELAY);
    await h.settle();
  };
  const handOverAndBack = async (phone: string) => {
    const id = await h.conversationId(phone);
    expect((await h.api('POST', '/api/conversations/handover', { conversation_id: id, assigned_to: 'sales_admin_1' })).statusCode).toBe(200);
    expect((await h.api('POST', `/api/conversations/${id}/hand-back`, {})).statusCode).toBe(200);
  };
  const questions = async (phone: string) =>
    h.t.db.selectFrom('wa_satisfaction as s').innerJoin('wa_conversations as c', 'c.id', 's.conversation_id').select(['s.occasion', 's.status', 's.score']).where('c.phone', '=', `+${phone}`).orderBy('s.created_at').execute();

  it('after a booking, waits for the person to hand back, asks once, and records a lenient answer with thanks', async () => {
    await h.say(A, 'UMR_MAR_2026_HEMAT');
    await h.settle();
    await h.say(A, 'cara bayar dp nya gimana?');
    await h.settle();
    await later();
    // The booking went to a person: the question waits instead of interrupting.
    expect(h.textsTo(A).some((t) => QUESTION_ID.test(t))).toBe(false);
    expect(await questions(A)).toEqual([{ occasion: 'booking', status: 'scheduled', score: null }]);

    await handOverAndBack(A);
    await later();
    expect(h.textsTo(A).filter((t) => QUESTION_ID.test(t))).toHaveLength(1);
    await h.say(A, '⭐⭐⭐⭐');
    await h.settle();
    expect(h.textsTo(A).at(-1)).toMatch(/^Terima kasih atas penilaiannya/);
    // One question for the hand-back that closed the booking, none more.
    expect(await questions(A)).toEqual([{ occasion: 'booking', status: 'answered', score: 4 }]);
    const turn = await h.t.db.selectFrom('wa_turns').select(['intent', 'phase_after', 'notes', 'note_codes']).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(turn).toEqual({ intent: 'rating', phase_after: 'booking', notes: 'rating 4/5 (booking)', note_codes: JSON.stringify([{ code: 'wa.rating', values: { score: 4, occasion: 'booking' } }]) });
    const audit = await h.t.db.selectFrom('audit_log').select(['action', 'after']).where('action', 'like', 'satisfaction.%').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['satisfaction.ask', 'satisfaction.answer']);
    expect(JSON.parse(audit[1]?.after ?? '{}')).toMatchObject({ occasion: 'booking', score: 4 });

    const r = (await h.api('GET', '/api/marketing/analytics')).json();
    expect(r.ai_performance).toMatchObject({ satisfaction_score: 4, ratings: 1 });
    // The rating is no "common question".
    expect(r.common_questions.map((q: { question_pattern: string }) => q.question_pattern)).not.toContain('rating');
  });

  it('asks after a closed handover in the customer\'s language, once; a non-rating answer goes to the normal flow; ratings average', async () => {
    await h.say(B, 'Hello, I need help with my visa please');
    await h.settle();
    await handOverAndBack(B);
    await later();
    expect(h.textsTo(B).filter((t) => t === 'How did we do? Reply 1 to 5.')).toHaveLength(1);
    // A question, not a rating: the assistant answers it and the rating question is closed.
    await h.say(B, 'which packages do you have?');
    await h.settle();
    expect(h.textsTo(B).at(-1)).toContain('These departures still have seats');
    expect(await questions(B)).toEqual([{ occasion: 'handover', status: 'ignored', score: null }]);
    // Once per occasion: a second hand-back asks nothing more.
    await handOverAndBack(B);
    await later();
    expect(h.textsTo(B).filter((t) => t === 'How did we do? Reply 1 to 5.')).toHaveLength(1);
    await h.say(B, '5');
    await h.settle();
    expect(h.textsTo(B).at(-1)).not.toMatch(/Thank you for your rating/);

    for (const [phone, answer] of [[C, 'sangat puas'], [A, '2/5']] as const) {
      await h.say(phone, 'visa saya bagaimana ya?');
      await h.settle();
      await handOverAndBack(phone);
      await later();
      expect(h.textsTo(phone).filter((t) => QUESTION_ID.test(t))).toHaveLength(1);
      await h.say(phone, answer);
      await h.settle();
    }
    expect(await questions(C)).toEqual([{ occasion: 'handover', status: 'answered', score: 5 }]);
    expect(await questions(A)).toEqual([{ occasion: 'handover', status: 'answered', score: 2 }]);
    const r = (await h.api('GET', '/api/marketing/analytics')).json();
    expect(r.ai_performance).toMatchObject({ satisfaction_score: 3.5, ratings: 2 });
  });

  it('asks nothing when turned off, and only in business hours when on', async () => {
    expect((await h.api('PUT', '/api/settings/wa-assistant', { satisfaction_enabled: false })).statusCode).toBe(200);
    await h.say(A, 'visa saya bagaimana ya?');
    await h.settle();
    await handOverAndBack(A);
    await later();
    expect(await questions(A)).toEqual([]);
    expect((await h.api('GET', '/api/marketing/analytics')).json().ai_performance).toMatchObject({ satisfaction_score: null, ratings: 0 });

    // Open every day from three hours after now (Jakarta): the question waits for the opening.
    const local = new Date(h.s.ctx.clock.now() + 7 * 3_600_000);
    const opens = `${String((local.getUTCHours() + 3) % 24).padStart(2, '0')}:00`;
    await h.t.db.updateTable('workspaces').set({ timezone: 'Asia/Jakarta', business_hours: JSON.stringify({ days: [1, 2, 3, 4, 5, 6, 7], start: opens, end: '23:59' }) }).where('id', '=', h.s.ctx.workspace.id).execute();
    // Changed behind the API's back: the workspace row a turn keeps for a second is dropped too.
    h.s.ctx.readCache.forgetAll();
    expect((await h.api('PUT', '/api/settings/wa-assistant', { satisfaction_enabled: true })).statusCode).toBe(200);
    await h.say(B, 'visa saya bagaimana ya?');
    await h.settle();
    await handOverAndBack(B);
    await later();
    expect(h.textsTo(B).some((t) => QUESTION_ID.test(t))).toBe(false);
    const waiting = await h.t.db.selectFrom('wa_satisfaction').select(['status', 'due_at']).executeTakeFirstOrThrow();
    expect(waiting.status).toBe('scheduled');
    expect(Number(waiting.due_at)).toBeGreaterThan(h.s.ctx.clock.now() + 3_600_000);
    h.s.ctx.clock.advance(Number(waiting.due_at) - h.s.ctx.clock.now());
    await h.settle();
    expect(h.textsTo(B).filter((t) => QUESTION_ID.test(t))).toHaveLength(1);
  });
});
