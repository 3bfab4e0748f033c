// Customer and refill decisions row by row: totals, categories, the refill day, the reminder text.
import { describe, expect, it } from 'vitest';
import { categoryAfterPurchase, itemTotals, refillMessage, refillOffsetDays } from './rules.js';

describe('customer rules', () => {
  it('computes item totals and names the first one that disagrees', () => {
    expect(itemTotals([{ quantity: 30, unit_price: 5, total_amount: 150 }, { quantity: 3, unit_price: 0.1 }])).toEqual({ totals: [150, 0.3], mismatch: undefined });
    expect(itemTotals([{ quantity: 30, unit_price: 5 }, { quantity: 2, unit_price: 7, total_amount: 15 }]).mismatch).toEqual({ index: 1, expected: 14 });
  });

  it.each([
    [{ current: undefined, given: undefined, fromSheet: false, isRepeat: false, boughtBranded: true }, 'first_time_prescription'],
    [{ current: undefined, given: undefined, fromSheet: true, isRepeat: false, boughtBranded: true }, 'contact_sheet'],
    [{ current: 'contact_sheet', given: undefined, fromSheet: true, isRepeat: true, boughtBranded: true }, 'regular_branded'],
    [{ current: 'first_time_prescription', given: undefined, fromSheet: false, isRepeat: true, boughtBranded: false }, 'first_time_prescription'],
    [{ current: 'regular_branded', given: 'generic_informed', fromSheet: false, isRepeat: true, boughtBranded: true }, 'generic_informed'],
    [{ current: 'generic_informed', given: undefined, fromSheet: false, isRepeat: true, boughtBranded: true }, 'generic_informed'],
  ] as const)('category after %o is %s', (input, expected) => {
    expect(categoryAfterPurchase(input)).toBe(expected);
  });

  it('reminds three days before the medicine runs out, never before the purchase day', () => {
    expect(refillOffsetDays(30)).toBe(27);
    expect(refillOffsetDays(3)).toBe(0);
    expect(refillOffsetDays(1)).toBe(0);
  });

  it('names every medicine due in one message, personalised', () => {
    expect(refillMessage('Sari', ['Metformin'])).toContain('Halo Sari');
    expect(refillMessage(null, ['Metformin', 'Amlodipine', 'Vitamin C'])).toContain('Metformin, Amlodipine dan Vitamin C');
  });
});
