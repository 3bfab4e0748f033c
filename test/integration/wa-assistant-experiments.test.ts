// A/B tests end to end: an owner defines variants over the API, new conversations get one (by weight, then sticky,
// recorded on the conversation and each turn), the variant's words reach WhatsApp, and each variant's conversion
// shows in the experiment and in GET /api/marketing/analytics.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const CODE = 'UMR_MAR_2026_HEMAT';
const phone = (i: number) => `628120000${String(i).padStart(4, '0')}`;

const greetingId = 'Halo! {company} siap bantu. Berapa orang dan bulan apa? Paket tersedia:\n{packages}';
const detailsId = '{package}: {price}, berangkat {departure}, {duration} hari, sisa {seats} kursi. Mau kami kirim brosurnya sekarang?';

describe(`WhatsApp assistant A/B tests (${testDialect()})`, () => {
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

  const experiment = (variants: unknown[], extra: Record<string, unknown> = {}) => h.api('POST', '/api/ai/experiments', { name: 'Shorter call to action', variants, ...extra });

  it('refuses a bad definition naming the field, fixes a started test, runs one at a time, audits each step', async () => {
    const one = await experiment([{ key: 'control', weight: 1 }]);
    expect(one.statusCode).toBe(400);
    expect(one.json().error.message).toContain('variants');
    const typo = await experiment([{ key: 'control', weight: 1 }, { key: 'b', weight: 1, reply_templates: { greeting: { id: 'Halo {compnay}' } } }]);
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.message).toContain('variants.1.reply_templates.greeting.id');
    expect(typo.json().error.message).toContain('{compnay}');
    const unsaved = await experiment([{ key: 'control', weight: 1 }, { key: 'warm', weight: 1, prompt_versions: { base: '9.9' } }]);
    expect(unsaved.statusCode).toBe(400);
    expect(unsaved.json().error.message).toContain('variants.1.prompt_versions.base');
    const twice = await experiment([{ key: 'a', weight: 1 }, { key: 'a', weight: 1 }]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toContain('variants.1.key');
    const staff = await h.s.tokenFor('staff');
    expect((await h.s.app.inject({ method: 'POST', url: '/api/ai/experiments', headers: staff, payload: { name: 'x', variants: [{ key: 'a', weight: 1 }, { key: 'b', weight: 1 }] } })).statusCode).toBe(403);

    expect((await h.api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a warm umroh consultant.', version: '2.0', production: false })).statusCode).toBe(201);
    const draft = await experiment([{ key: 'control', weight: 1 }, { key: 'warm', name: 'Warm prompt', weight: 3, prompt_versions: { base: '2.0' } }], { hypothesis: 'A warmer prompt books more' });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json();
    expect(d).toMatchObject({ status: 'draft', started_at: null, hypothesis: 'A warmer prompt books more' });
    expect(d.variants.map((v: { key: string; name: string; share: number }) => [v.key, v.name, v.share])).toEqual([['control', 'control', 0.25], ['warm', 'Warm prompt', 0.75]]);
    expect(d.variants[0].figures).toEqual({ conversations: 0, reached_interest: 0, reached_booking: 0, conversion_rate: null, conversion_rate_text: null, escalation_rate: null, satisfaction_score: null, ratings: 0 });
    const renamed = await h.api('PUT', `/api/ai/experiments/${d.id}`, { name: 'Warm prompt test' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Warm prompt test');

    const started = await h.api('POST', `/api/ai/experiments/${d.id}/start`);
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'running', started_at: h.s.ctx.clock.now() });
    expect((await h.api('PUT', `/api/ai/experiments/${d.id}`, { name: 'changed' })).statusCode).toBe(409);
    const other = await experiment([{ key: 'a', weight: 1 }, { key: 'b', weight: 1 }], { start: true });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toContain(d.id);
    expect((await h.api('POST', `/api/ai/experiments/${d.id}/stop`)).json().status).toBe('stopped');
    expect((await h.api('POST', `/api/ai/experiments/${d.id}/start`)).statusCode).toBe(409);
    expect((await h.api('GET', '/api/ai/experiments/wex_nope')).statusCode).toBe(404);

    const audit = await h.t.db.selectFrom('audit_log').select('action').where('subject_id', '=', d.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['experiment.create', 'experiment.update', 'experiment.start', 'experiment.stop']);
  });

  it('sends the variant\'s own words to conversations that start while it runs, sticks to them, and lets production answer once it stops', async () => {
    // Started before the test: stays with the standard words and joins nothing.
    await h.say(phone(0), 'halo');
    await h.settle();
    const res = await experiment([{ key: 'control', weight: 0 }, { key: 'short_cta', weight: 1, reply_templates: { greeting: { id: greetingId }, package_details: { id: detailsId } } }], { start: true });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    await h.say(phone(1), 'halo kak');
    await h.say(phone(2), CODE);
    await h.say(phone(0), 'paket apa saja yang ada?');
    await h.settle();

    expect(h.textsTo(phone(1))).toEqual([expect.stringMatching(/^Halo! Amanah Tour siap bantu\. Berapa orang dan bulan apa\? Paket tersedia:\n• Paket Umroh Maret 2026 Hemat/)]);
    expect(h.textsTo(phone(2))[1]).toBe('Paket Umroh Maret 2026 Hemat: Rp 25.000.000, berangkat 15 Maret 2026, 9 hari, sisa 12 kursi. Mau kami kirim brosurnya sekarang?');
    // The intro line has no variant wording, so it keeps the standard words.
    expect(h.textsTo(phone(2))[0]).toContain('Terima kasih telah tertarik dengan Paket Umroh Maret 2026 Hemat');
    expect(h.textsTo(phone(0)).join('\n')).not.toContain('siap bantu');

    const conversations = await h.t.db.selectFrom('wa_conversations').select(['phone', 'experiment_id', 'variant_key']).orderBy('phone').execute();
    expect(conversations).toEqual([
      { phone: `+${phone(0)}`, experiment_id: null, variant_key: null },
      { phone: `+${phone(1)}`, experiment_id: id, variant_key: 'short_cta' },
      { phone: `+${phone(2)}`, experiment_id: id, variant_key: 'short_cta' },
    ]);

    await h.say(phone(2), 'minta itinerary nya');
    await h.settle();
    const turns = await h.t.db.selectFrom('wa_turns as t').innerJoin('wa_conversations as c', 'c.id', 't.conversation_id').select(['c.phone', 't.experiment_id', 't.variant_key']).where('c.phone', '=', `+${phone(2)}`).execute();
    expect(turns).toEqual([{ phone: `+${phone(2)}`, experiment_id: id, variant_key: 'short_cta' }, { phone: `+${phone(2)}`, experiment_id: id, variant_key: 'short_cta' }]);
    const shown = (await h.api('GET', `/api/conversations/${await h.conversationId(phone(2))}`)).json();
    expect(shown).toMatchObject({ experiment_id: id, variant_key: 'short_cta' });
    expect(shown.turns.map((t: { variant_key: string | null }) => t.variant_key)).toEqual(['short_cta', 'short_cta']);
    const assigned = await h.t.db.selectFrom('audit_log').select(['subject_id', 'after']).where('action', '=', 'experiment.assign').execute();
    expect(assigned).toHaveLength(2);

    // Stopped: production's words again, the conversation keeps its record, its new turns carry no variant.
    expect((await h.api('POST', `/api/ai/experiments/${id}/stop`)).statusCode).toBe(200);
    await h.say(phone(1), 'paket apa saja?');
    await h.settle();
    expect(h.textsTo(phone(1))[1]).toContain('Berikut paket yang masih tersedia');
    const after = await h.t.db.selectFrom('wa_turns as t').innerJoin('wa_conversations as c', 'c.id', 't.conversation_id').select(['t.variant_key', 'c.variant_key as conversation_variant']).where('c.phone', '=', `+${phone(1)}`).orderBy('t.created_at').execute();
    expect(after).toEqual([{ variant_key: 'short_cta', conversation_variant: 'short_cta' }, { variant_key: null, conversation_variant: 'short_cta' }]);
  });

  it('counts each variant\'s conversations, interest, bookings and conversion, in the experiment and in the analytics', async () => {
    const res = await experiment([{ key: 'a', weight: 1 }, { key: 'b', weight: 1 }], { start: true });
    const id = res.json().id as string;
    const n = 6;
    for (let i = 1; i <= n; i++) await h.say(phone(i), CODE);
    await h.settle();
    // Every third asks for the itinerary (interest); every second asks how to pay (booking).
    for (let i = 1; i <= n; i++) if (i % 3 === 0) await h.say(phone(i), 'minta itinerary nya');
    await h.settle();
    for (let i = 1; i <= n; i++) if (i % 2 === 0) await h.say(phone(i), 'cara bayar dp nya gimana?');
    await h.settle();

    const rows = await h.t.db.selectFrom('wa_conversations').select(['id', 'phase', 'variant_key', 'experiment_id']).execute();
    expect(rows).toHaveLength(n);
    expect(rows.every((r) => r.experiment_id === id && (r.variant_key === 'a' || r.variant_key === 'b'))).toBe(true);
    // Sticky: every turn of a conversation carries the conversation's variant.
    const turns = await h.t.db.selectFrom('wa_turns').select(['conversation_id', 'variant_key']).where('status', '=', 'answered').execute();
    for (const t of turns) expect(t.variant_key).toBe(rows.find((r) => r.id === t.conversation_id)?.variant_key);

    const expected = (key: string) => {
      const mine = rows.filter((r) => r.variant_key === key);
      const booked = mine.filter((r) => r.phase === 'booking').length;
      return {
        conversations: mine.length,
        reached_interest: mine.filter((r) => r.phase !== 'leads').length,
        reached_booking: booked,
        conversion_rate: mine.length === 0 ? null : booked / mine.length,
      };
    };
    expect(rows.filter((r) => r.phase === 'booking')).toHaveLength(3);
    expect(rows.filter((r) => r.phase !== 'leads')).toHaveLength(4);

    const shown = (await h.api('GET', `/api/ai/experiments/${id}`)).json();
    for (const key of ['a', 'b']) expect(shown.variants.find((v: { key: string }) => v.key === key).figures).toMatchObject(expected(key));
    const listed = (await h.api('GET', '/api/ai/experiments')).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([id]);

    const analytics = await h.api('GET', '/api/marketing/analytics');
    expect(analytics.statusCode, analytics.body).toBe(200);
    const report = analytics.json();
    expect(report.experiments).toHaveLength(1);
    expect(report.experiments[0]).toMatchObject({ experiment_id: id, name: 'Shorter call to action', status: 'running' });
    for (const key of ['a', 'b']) {
      const v = report.experiments[0].variants.find((x: { variant_key: string }) => x.variant_key === key);
      expect(v).toMatchObject({ ...expected(key), weight: 1, share: 0.5 });
      expect(typeof v.conversion_rate === 'number' || v.conversations === 0).toBe(true);
    }
    // The seed's shapes are untouched beside it.
    expect(report.conversion_metrics).toMatchObject({ total_leads: n, leads_to_interest: 4, interest_to_booking: 3 });
  }, 90_000);
});
