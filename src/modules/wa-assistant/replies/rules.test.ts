// Replies that list the packages with seats, when none has any: the customer hears that they are full, not a list
// introduction with nothing under it and a question about which one. And the welcome before the owner has named the
// business: no English placeholder inside Indonesian words.
import { describe, expect, it } from 'vitest';
import { thinkWithRules, type BrainInput } from '../brain.js';
import type { PackageFacts } from './rules.js';

const SOLD_OUT: PackageFacts = {
  code: 'UMR_MAR_2026_HEMAT',
  name: 'Paket Umroh Maret 2026 Hemat',
  price: 28_500_000,
  currency: 'IDR',
  departureDate: '2026-03-15',
  durationDays: 9,
  quotaRemaining: 0,
  brochureImageUrl: null,
  itineraryUrl: null,
  features: [],
  hotel: null,
  inclusions: null,
  exclusions: null,
  paymentTerms: null,
};
const ON_SALE: PackageFacts = { ...SOLD_OUT, code: 'UMR_APR_2026_PLUS', name: 'Paket Umroh April 2026 Plus', departureDate: '2026-04-10', quotaRemaining: 12 };

const textOf = (message: string, packages: readonly PackageFacts[], companyName: string | null = 'Amanah Tour'): string => {
  const input: BrainInput = { messages: [message], phase: 'leads', packageCode: null, previousLanguage: 'id', packages, companyName, lowConfidenceThreshold: 0.5, today: '2026-01-05' };
  return thinkWithRules(input).parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n');
};

describe('replies when every package is full', () => {
  const asks: [string, string][] = [
    ['which packages (id)', 'ada paket umroh apa saja kak?'],
    ['early payment question (id)', 'cara bayarnya gimana kak?'],
    ['a sold-out campaign code (id)', 'UMR_MAR_2026_HEMAT'],
    ['details with no package known (id)', 'boleh minta brosur dan itinerary nya kak?'],
  ];
  for (const [label, message] of asks) {
    it(`${label}: says they are full, without announcing a list or asking which one`, () => {
      const words = textOf(message, [SOLD_OUT]);
      expect(words).toContain('Saat ini semua paket kami sudah penuh');
      expect(words).not.toContain('masih tersedia');
      expect(words).not.toMatch(/paket mana/i);
    });
  }

  it('in English too', () => {
    const words = textOf('which packages do you have?', []);
    expect(words).toContain('All our packages are full at the moment');
    expect(words).not.toContain('still have seats');
    expect(words).not.toMatch(/which one/i);
  });

  it('with a package on sale, the same questions list it and ask which one', () => {
    const words = textOf('ada paket umroh apa saja kak?', [SOLD_OUT, ON_SALE]);
    expect(words).toContain('Berikut paket yang masih tersedia');
    expect(words).toContain('Paket Umroh April 2026 Plus');
    expect(words).not.toContain('Paket Umroh Maret 2026 Hemat');
    expect(words).toMatch(/paket mana/i);
  });
});

describe('the welcome before the business is named', () => {
  it('names the business once it is set', () => {
    expect(textOf('assalamualaikum', [ON_SALE])).toContain('Selamat datang di Amanah Tour 🕋');
  });

  it('names none in Bahasa Indonesia or English, rather than an English placeholder', () => {
    const id = textOf('assalamualaikum', [ON_SALE], null);
    expect(id).toContain('Assalamualaikum! Selamat datang 🕋');
    expect(id).not.toMatch(/our travel agency|null|undefined/);
    const en = textOf('hello, good morning', [ON_SALE], null);
    expect(en).toContain('Assalamualaikum! Welcome 🕋');
    expect(en).not.toMatch(/null|undefined/);
  });
});
