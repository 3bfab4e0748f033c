// GET /api/marketing/analytics over conversations driven through the real flow: funnel, campaigns from clicks to
// bookings, the assistant's performance, common questions, drop-off, per prompt version, in the workspace's days.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const A = '6281100000001';
const B = '6281100000002';
const C = '6281100000003';
const D = '6281100000004';

describe(`WhatsApp assistant analytics (${testDialect()})`, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await h.reset();
  });

  /** A booked and paid customer from the campaign (A), an interested one (B), then prompt 2.0: a greeting (C) and a visa question (D). */
  async function driveConversations() {
    expect((await h.api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a helpful umroh travel consultant.', version: '1.0' })).statusCode).toBe(201);
    for (let i = 0; i < 4; i++) expect((await h.s.app.inject({ method: 'GET', url: '/c/UMR_MAR_2026_HEMAT' })).statusCode).toBe(302);
    for (const [phone, text] of [[A, 'UMR_MAR_2026_HEMAT'], [A, 'minta itinerary nya'], [A, 'cara bayar dp nya gimana?'], [B, 'umr mar 2026 hemat'], [B, 'hotelnya apa kak?']] as const) {
      await h.say(phone, text);
      await h.settle();
    }
    expect((await h.api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a warm, honest umroh travel consultant.', version: '2.0' })).statusCode).toBe(201);
    for (const [phone, text] of [[C, 'Assalamualaikum'], [D, 'visa saya bagaimana ya?']] as const) {
      await h.say(phone, text);
      await h.settle();
    }
    const jamaah = (await h.api('GET', '/api/jamaah')).json().items as { id: string; phone: string }[];
    expect(jamaah.map((j) => j.phone)).toEqual([`+${A}`]);
    const paid = await h.api('PUT', `/api/jamaah/${jamaah[0]?.id}`, { status: 'paid' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().status).toBe('paid');
  }

  it('reports the seed\'s figures as numbers with the seed\'s percentage words beside them', async () => {
    await driveConversations();
    const res = await h.api('GET', '/api/marketing/analytics');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.conversion_metrics).toEqual({ total_leads: 4, leads_to_interest: 2, interest_to_booking: 1, booking_to_paid: 1, conversion_rate: 0.25, conversion_rate_text: '25%', booking_rate: 0.25, booking_rate_text: '25%' });
    // From clicks to bookings per code; a code nobody used still has its row.
    expect(r.campaign_performance).toEqual([
      { campaign_code: 'UMR_MAR_2026_HEMAT', clicks: 4, conversations: 2, bookings: 1, conversion: 0.25, conversion_text: '25%', conversation_conversion: 0.5 },
      { campaign_code: 'UMR_DES_2026_VIP', clicks: 0, conversations: 0, bookings: 0, conversion: null, conversion_text: null, conversation_conversion: null },
    ]);
    // A (payment) and D (visa) needed a person; B and C were served by the assistant alone.
    expect(r.ai_performance).toMatchObject({ successful_conversations: 0.5, successful_conversations_text: '50%', escalation_rate: 0.5, escalation_rate_text: '50%', satisfaction_score: null, ratings: 0, replies_measured: 7 });
    // Every reply waited out the 4 s quiet window and the 1 s typing pause.
    expect(r.ai_performance.avg_response_time).toBeGreaterThanOrEqual(5);
    expect(r.ai_performance.avg_response_time).toBeLessThan(10);
    expect(r.ai_performance.avg_response_time_text).toMatch(/^\d+(\.\d)? seconds$/);
    expect(r.common_questions).toEqual([
      { question_pattern: 'details', frequency: 2, ai_success_rate: 1, ai_success_rate_text: '100%' },
      { question_pattern: 'payment', frequency: 1, ai_success_rate: 0, ai_success_rate_text: '0%' },
      { question_pattern: 'visa', frequency: 1, ai_success_rate: 0, ai_success_rate_text: '0%' },
    ]);
    // Drop-off = 1 − step conversion: 2 of 4 went on, 1 of 2 booked, the one booking paid.
    expect(r.drop_off_analysis).toEqual({ leads_to_interest: 0.5, leads_to_interest_text: '50%', interest_to_booking: 0.5, interest_to_booking_text: '50%', booking_to_payment: 0, booking_to_payment_text: '0%' });
    expect(r.prompt_versions).toEqual([
      expect.objectContaining({ prompt_version: 'base:1.0', conversations: 2, reached_interest: 2, reached_booking: 1, conversion_rate: 0.5, escalation_rate: 0.5 }),
      expect.objectContaining({ prompt_version: 'base:2.0', conversations: 2, reached_interest: 0, reached_booking: 0, conversion_rate: 0, escalation_rate: 0.5 }),
    ]);
    expect(r.prompt_versions[0].avg_response_time).toBeGreaterThanOrEqual(5);
  });

  it('counts days in the workspace\'s time zone, and refuses a range that makes no sense naming the field', async () => {
    // 10:00 in Jakarta on 2026-01-05 (03:00 UTC): the day began at 17:00 UTC the day before.
    await driveConversations();
    const today = await h.api('GET', '/api/marketing/analytics?from=2026-01-05&to=2026-01-05');
    expect(today.json().range).toEqual({ from: '2026-01-05', to: '2026-01-05', timezone: 'Asia/Jakarta', start: Date.UTC(2026, 0, 4, 17), end: Date.UTC(2026, 0, 5, 17) });
    expect(today.json().conversion_metrics.total_leads).toBe(4);
    const before = await h.api('GET', '/api/marketing/analytics?from=2025-12-01&to=2026-01-04');
    expect(before.json().conversion_metrics).toMatchObject({ total_leads: 0, conversion_rate: null, conversion_rate_text: null });
    expect(before.json().campaign_performance.map((c: { clicks: number }) => c.clicks)).toEqual([0, 0]);
    expect(before.json().drop_off_analysis.leads_to_interest).toBeNull();
    const backwards = await h.api('GET', '/api/marketing/analytics?from=2026-01-06&to=2026-01-05');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toContain('from');
    const badDay = await h.api('GET', '/api/marketing/analytics?to=05-01-2026');
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.message).toContain('to');
  });

  it('only a person may mark a pilgrim record paid, and an unknown record is a 404', async () => {
    const staff = await h.s.tokenFor('staff');
    expect((await h.s.app.inject({ method: 'PUT', url: '/api/jamaah/jmh_nope', headers: staff, payload: { status: 'paid' } })).statusCode).toBe(403);
    expect((await h.api('PUT', '/api/jamaah/jmh_nope', { status: 'paid' })).statusCode).toBe(404);
    expect((await h.api('PUT', '/api/jamaah/jmh_nope', { status: 'done' })).statusCode).toBe(400);
  });
});
