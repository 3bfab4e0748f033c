// The phrasing guess: what it learns from labelled turns, when it guesses, and when it declines to.
import { describe, expect, it } from 'vitest';
import { decide, normalise } from '../rules.js';
import { guessIntent, learnPhrasing } from './guess.js';
import { guessFromLabelledTurns, labelledPhrasing } from './labelled.js';

const turn = (text: string, over: { threshold?: number; phrasing?: boolean } = {}) =>
  decide({
    messages: [text],
    phase: 'interest',
    packageCode: 'UMR_MAR_2025_HEMAT',
    knownCodes: new Set(['UMR_MAR_2025_HEMAT']),
    lowConfidenceThreshold: over.threshold ?? 0.5,
    ...(over.phrasing === false ? {} : { phrasing: guessFromLabelledTurns }),
  });

describe('guessIntent', () => {
  const model = learnPhrasing([
    { normalised: 'hotel di madinah bintang berapa', intent: 'details' },
    { normalised: 'madinah hotel nya dekat masjid', intent: 'details' },
    { normalised: 'uang saya kembali kapan', intent: 'refund' },
    { normalised: 'uang saya kapan kembali kak', intent: 'refund' },
    { normalised: 'kak kapan', intent: 'payment' },
  ]);

  it('guesses the intent whose turns share the words', () => {
    expect(guessIntent(model, 'tinggal di madinah dimana')).toMatchObject({ intent: 'details' });
    expect(guessIntent(model, 'uang nya balik kapan')).toMatchObject({ intent: 'refund' });
  });

  it('declines a turn with no word the labelled turns had', () => {
    expect(guessIntent(model, 'xyzzy plugh')).toBeNull();
  });

  it('declines when no word mostly means the guessed intent ("kak kapan" is in every kind of turn)', () => {
    expect(guessIntent(model, 'kak kapan')).toBeNull();
  });
});

describe('decide with the phrasing guess', () => {
  it('reads a turn no pattern reads, says so in the notes, and answers it as that intent', () => {
    const money = turn('kak uang saya kapan balik');
    expect(turn('kak uang saya kapan balik', { phrasing: false })).toMatchObject({ intent: 'unknown', escalationReason: 'low_confidence' });
    expect(money).toMatchObject({ intent: 'refund', confidence: 0.7, escalationReason: 'complex_question' });
    expect(money.notes).toContainEqual({ code: 'wa.intent_guessed', values: { intent: 'refund' } });
    expect(turn('selama di madinah tinggal dimana')).toMatchObject({ intent: 'details', phase: 'interest', escalate: false });
  });

  it('never overrules a pattern, and a stricter threshold sends every guessed turn to a person', () => {
    expect(turn('hotelnya bintang berapa').notes).not.toContainEqual(expect.objectContaining({ code: 'wa.intent_guessed' }));
    expect(turn('selama di madinah tinggal dimana', { threshold: 0.75 })).toMatchObject({ escalate: true, escalationReason: 'low_confidence' });
  });

  it('leaves a campaign code to the code finder: a code alone is the campaign opening, sure, not a guess', () => {
    const opening = turn('UMR_MAR_2025_HEMAT');
    expect(opening).toMatchObject({ intent: 'campaign_code', confidence: 0.95 });
    expect(opening.notes).toEqual([]);
  });

  it('leaves the unreadable unread', () => {
    expect(turn('xyzzy')).toMatchObject({ intent: 'unknown', escalationReason: 'low_confidence' });
    expect(turn('makanannya gimana')).toMatchObject({ intent: 'details' });
  });

  it('learns from every labelled turn the repository carries, with the normaliser the patterns read', () => {
    const model = labelledPhrasing();
    expect(model.turns).toBeGreaterThanOrEqual(3_885);
    expect(model.intents.get('details')?.features.get(normalise('madinah'))).toBeGreaterThan(5);
  });
});
