// Reading ScaleV's amounts: decimal strings and numbers become exact cents; anything unreadable is no amount.
import { describe, expect, it } from 'vitest';
import { orderAmount, orderLineAmounts, toCents } from './money.js';

describe('scalev money', () => {
  it('reads decimal strings and numbers as exact cents', () => {
    expect(toCents('249813.00')).toBe(24_981_300);
    expect(toCents('0.1')).toBe(10);
    expect(toCents('19999999.99')).toBe(1_999_999_999);
    expect(toCents(125000)).toBe(12_500_000);
    expect(toCents('-187.00')).toBe(-18_700);
    for (const bad of ['', 'abc', '1,5', null, undefined, {}]) expect(toCents(bad)).toBeUndefined();
  });

  it('prefers net revenue, falls back to gross, and values each line less its discount', () => {
    expect(orderAmount({ net_revenue: '249813.00', gross_revenue: '269813.00' })).toEqual({ cents: 24_981_300, currency: 'IDR' });
    expect(orderAmount({ gross_revenue: '269813.00' })).toEqual({ cents: 26_981_300, currency: 'IDR' });
    expect(orderAmount({})).toBeUndefined();
    expect(orderLineAmounts({ orderlines: [{ product_price: '250000.00', discount: '10000.00' }, { product_price: 45000 }, {}] })).toEqual([24_000_000, 4_500_000, undefined]);
  });
});
