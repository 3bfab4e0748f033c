// The variant pick: the same conversation always gets the same variant, and many conversations split by the weights.
import { describe, expect, it } from 'vitest';
import { pickVariant } from './assign.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `cnv_${String(i).padStart(6, '0')}`);

describe('pickVariant', () => {
  it('gives a conversation the same variant however often it is asked', () => {
    const variants = [{ key: 'control', weight: 50 }, { key: 'short_cta', weight: 50 }];
    for (const id of ids(200)) {
      const first = pickVariant('wex_1', id, variants);
      expect(first).not.toBeNull();
      for (let i = 0; i < 3; i++) expect(pickVariant('wex_1', id, variants)).toBe(first);
    }
  });

  it('honours the weights over many conversations (20 / 30 / 50 of 6,000, each within 3 points)', () => {
    const variants = [{ key: 'a', weight: 20 }, { key: 'b', weight: 30 }, { key: 'c', weight: 50 }];
    const counts = new Map<string, number>();
    for (const id of ids(6_000)) {
      const key = pickVariant('wex_weights', id, variants) ?? 'none';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // The ids are fixed, so the counts are too; the bound (≈ 5 standard deviations) holds for any fair hash.
    expect(Math.abs((counts.get('a') ?? 0) / 6_000 - 0.2)).toBeLessThan(0.03);
    expect(Math.abs((counts.get('b') ?? 0) / 6_000 - 0.3)).toBeLessThan(0.03);
    expect(Math.abs((counts.get('c') ?? 0) / 6_000 - 0.5)).toBeLessThan(0.03);
    expect(counts.get('none')).toBeUndefined();
  });

  it('never picks a paused variant (weight 0), and picks nothing when every weight is 0', () => {
    const variants = [{ key: 'paused', weight: 0 }, { key: 'live', weight: 3 }];
    expect(new Set(ids(500).map((id) => pickVariant('wex_2', id, variants)))).toEqual(new Set(['live']));
    expect(pickVariant('wex_2', 'cnv_1', [{ key: 'a', weight: 0 }])).toBeNull();
  });

  it('splits the same conversations differently in another experiment (the pick is per experiment)', () => {
    const variants = [{ key: 'a', weight: 1 }, { key: 'b', weight: 1 }];
    const differ = ids(200).filter((id) => pickVariant('wex_x', id, variants) !== pickVariant('wex_y', id, variants)).length;
    expect(differ).toBeGreaterThan(50);
    expect(differ).toBeLessThan(150);
  });
});
