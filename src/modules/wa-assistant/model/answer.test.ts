// The model's answer read and bound by the rules, and the prompt it is asked with (pure, no server).
import { describe, expect, it } from 'vitest';
import { thinkWithRules, type BrainInput } from '../brain.js';
import type { PackageFacts } from '../replies/rules.js';
import { mergeModelAnswer, parseModelAnswer, type ModelAnswer } from './answer.js';
import { buildChat } from './prompt.js';

const pkg = (over: Partial<PackageFacts>): PackageFacts => ({
  code: 'UMR_MAR_2026_HEMAT', name: 'Paket Maret Hemat', price: 25_000_000, currency: 'IDR', departureDate: '2026-03-15', durationDays: 9, quotaRemaining: 12,
  brochureImageUrl: 'https://cdn.test/hemat.jpg', itineraryUrl: null, features: [], hotel: null, inclusions: null, exclusions: null, paymentTerms: null, ...over,
});
const packages = [pkg({}), pkg({ code: 'UMR_DES_2026_VIP', name: 'Paket Desember VIP', quotaRemaining: 0, brochureImageUrl: 'https://cdn.test/vip.jpg' })];
const input = (messages: string[], over: Partial<BrainInput> = {}): BrainInput => ({ messages, phase: 'leads', packageCode: null, previousLanguage: 'id', packages, companyName: 'Amanah', lowConfidenceThreshold: 0.5, today: '2026-01-05', ...over });
const valid: ModelAnswer = { reply: 'Halo', media: [], new_phase: 'leads', confidence: 0.9, escalate: false, intent: 'greeting' };

describe('reading the model\'s answer', () => {
  it('takes one JSON object, also inside a code fence or with words around it', () => {
    expect(parseModelAnswer(JSON.stringify(valid))).toEqual({ ok: true, answer: valid });
    expect(parseModelAnswer('```json\n' + JSON.stringify(valid) + '\n```')).toEqual({ ok: true, answer: valid });
    expect(parseModelAnswer(`Here you go: ${JSON.stringify(valid)} hope it helps`)).toEqual({ ok: true, answer: valid });
    const { media: _none, ...withoutMedia } = valid;
    expect(parseModelAnswer(JSON.stringify(withoutMedia))).toEqual({ ok: true, answer: valid });
  });

  it('refuses prose, broken JSON and the wrong shape, saying which', () => {
    expect(parseModelAnswer('Halo kak, paketnya Rp 25 juta')).toEqual({ ok: false, reason: 'model_not_json' });
    expect(parseModelAnswer('{"reply": "Halo",')).toEqual({ ok: false, reason: 'model_not_json' });
    for (const wrong of [{ ...valid, new_phase: 'vip' }, { ...valid, confidence: 1.5 }, { ...valid, reply: '' }, { ...valid, escalate: 'no' }, { ...valid, media: [{ type: 'audio', url: 'https://cdn.test/a.mp3' }] }, [valid]]) {
      expect(parseModelAnswer(JSON.stringify(wrong))).toEqual({ ok: false, reason: 'model_invalid_answer' });
    }
  });
});

describe('binding the model\'s answer with the rules', () => {
  const merge = (messages: string[], model: Partial<ModelAnswer>, over: Partial<BrainInput> = {}) => {
    const brain = input(messages, over);
    return mergeModelAnswer({ rules: thinkWithRules(brain), model: { ...valid, ...model }, modelName: 'm', phase: brain.phase, lowConfidenceThreshold: 0.5, allowedMedia: new Set(['https://cdn.test/hemat.jpg']) });
  };

  it('uses the model\'s words, phase, confidence and intent, and keeps the rules\' campaign code and language', () => {
    const a = merge(['UMR_MAR_2026_HEMAT'], { reply: 'Ini paketnya', new_phase: 'interest', confidence: 0.8, intent: 'details', media: [{ type: 'image', url: 'https://cdn.test/hemat.jpg' }] });
    expect(a).toMatchObject({ engine: 'llm', model: 'm', fallbackReason: null });
    expect(a.decision).toMatchObject({ phase: 'interest', confidence: 0.8, intent: 'details', packageCode: 'UMR_MAR_2026_HEMAT', language: 'id', escalate: false });
    expect(a.decision.codes.chosen).toBe('UMR_MAR_2026_HEMAT');
    expect(a.parts).toEqual([{ type: 'text', text: 'Ini paketnya' }, { type: 'image', url: 'https://cdn.test/hemat.jpg', filename: 'hemat.jpg' }]);
  });

  it('never moves back, and keeps the payment floor the rules set', () => {
    expect(merge(['oke'], { new_phase: 'leads' }, { phase: 'booking' }).decision.phase).toBe('booking');
    const paying = merge(['cara bayar dp gimana'], { new_phase: 'interest', intent: 'payment' }, { phase: 'interest', packageCode: 'UMR_MAR_2026_HEMAT' });
    expect(paying.decision).toMatchObject({ phase: 'booking', escalate: true, escalationReason: 'payment_intent' });
  });

  it('an unknown intent is unknown, with the model\'s word in the notes; the model\'s own escalation gets a reason', () => {
    const odd = merge(['halo'], { intent: 'small_talk' });
    expect(odd.decision.intent).toBe('unknown');
    expect(odd.decision.notes).toEqual([{ code: 'wa.model_intent', values: { said: 'small_talk' } }]);
    expect(merge(['halo'], { intent: 'visa', escalate: true }).decision).toMatchObject({
      escalationReason: 'complex_question',
      notes: [{ code: 'wa.model_escalated', values: { reason: 'complex_question' } }],
    });
    expect(merge(['halo'], { intent: 'human', escalate: true }).decision.escalationReason).toBe('customer_request');
  });

  it('notes, as codes, what it refused and where it went beyond the rules, after the rules\' own notes', () => {
    const back = merge(['oke'], { new_phase: 'leads', media: [{ type: 'image', url: 'https://cdn.test/elsewhere.jpg' }] }, { phase: 'interest' });
    expect(back.decision.notes).toEqual([
      { code: 'wa.model_phase_refused', values: { phase: 'leads' } },
      { code: 'wa.model_media_refused', values: { url: 'https://cdn.test/elsewhere.jpg' } },
    ]);
    // A payment question with a package: the rules' note comes first, and the model agreeing adds nothing.
    const paying = merge(['cara bayar dp gimana'], { new_phase: 'booking', intent: 'payment', escalate: true }, { phase: 'interest', packageCode: 'UMR_MAR_2026_HEMAT' });
    expect(paying.decision.notes).toEqual([{ code: 'wa.payment_intent' }]);
    // The model's low confidence hands over where the rules would not have.
    expect(merge(['halo'], { confidence: 0.2 }).decision.notes).toEqual([{ code: 'wa.model_escalated', values: { reason: 'low_confidence' } }]);
    expect(merge(['halo'], {}).decision.notes).toEqual([]);
  });
});

describe('the prompt', () => {
  it('has every section in order, offers only packages with seats, and ends with the conversation', () => {
    const chat = buildChat({
      prompts: { base: 'BASE TEXT', company: 'COMPANY TEXT', rules: 'RULES TEXT', escalation: 'ESCALATION TEXT', faq: 'FAQ TEXT' },
      companyName: 'Amanah', packages, today: '2026-01-05', phase: 'interest', packageCode: null, language: 'en',
      history: [{ from: 'customer', text: 'hi' }, { from: 'us', text: 'welcome' }],
      messages: ['price?', ' ', 'for 2 people'],
    });
    const system = chat[0]?.content ?? '';
    const order = ['BASE TEXT', 'Company name: Amanah', 'COMPANY TEXT', 'UMR_MAR_2026_HEMAT', 'RULES TEXT', 'ESCALATION TEXT', 'FAQ TEXT', 'Current phase: interest', 'Answer with one JSON object'].map((part) => system.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(system).not.toContain('UMR_DES_2026_VIP');
    expect(system).not.toContain('vip.jpg');
    expect(chat.slice(1)).toEqual([{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'welcome' }, { role: 'user', content: 'price?' }, { role: 'user', content: 'for 2 people' }]);
  });

  it('says what to do when no prompt is saved yet', () => {
    const system = buildChat({ prompts: {}, companyName: 'Amanah', packages: [], today: '2026-01-05', phase: 'leads', packageCode: null, language: 'id', history: [], messages: ['halo'] })[0]?.content ?? '';
    expect(system).toContain('Never invent prices');
    expect(system).toContain('Escalate to a person');
    expect(system).toContain('No package has seats');
  });
});
