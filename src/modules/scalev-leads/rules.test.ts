import { describe, expect, it } from 'vitest';
import { matchOrder, needsHandler, type MatchEntry } from './rules.js';

const entry = (id: string, over: Partial<MatchEntry> = {}): MatchEntry => ({
  id,
  storeName: 'Toko Berkah Herbal',
  productName: 'Madu Hutan Sumbawa',
  sku: null,
  variantUniqueIds: [],
  salesPersonEmail: null,
  ...over,
});
const item = { productName: 'Madu Hutan Sumbawa - 500 gr', sku: 'MDH-SBW-500', variantUniqueId: 'variant_Hn3' };

describe('product matching priority', () => {
  it('prefers SKU over exact name over partial name over variant id', () => {
    const bySku = entry('sku', { productName: 'Something else', sku: 'mdh-sbw-500' });
    const byExact = entry('exact', { productName: 'Madu Hutan Sumbawa - 500 gr' });
    const byPartial = entry('partial');
    const byVariant = entry('variant', { productName: 'Other', variantUniqueIds: ['variant_Hn3'] });
    const all = [byVariant, byPartial, byExact, bySku];
    const first = matchOrder(all, { items: [item] });
    expect(first).toMatchObject({ ok: true, matches: [{ entry: { id: 'sku' }, rule: 'sku' }] });
    expect(matchOrder([byVariant, byPartial, byExact], { items: [item] })).toMatchObject({ ok: true, matches: [{ rule: 'exact_name' }] });
    expect(matchOrder([byVariant, byPartial], { items: [item] })).toMatchObject({ ok: true, matches: [{ rule: 'partial_name' }] });
    expect(matchOrder([byVariant], { items: [item] })).toMatchObject({ ok: true, matches: [{ rule: 'variant_id' }] });
  });

  it('says no product matched when nothing matches, and ignores other stores', () => {
    expect(matchOrder([entry('x', { productName: 'Kurma Ajwa' })], { items: [item] })).toEqual({ ok: false, reason: 'no product matched', note: { code: 'lead.no_product_matched' } });
    expect(matchOrder([entry('x', { storeName: 'Another Store' })], { storeName: 'Toko Berkah Herbal', items: [item] })).toEqual({ ok: false, reason: 'no product matched', note: { code: 'lead.no_product_matched' } });
  });

  it('matches one lead per entry across several ordered items', () => {
    const madu = entry('madu');
    const kurma = entry('kurma', { productName: 'Kurma Ajwa' });
    const r = matchOrder([madu, kurma], { items: [item, { productName: 'Kurma Ajwa 1 kg' }, { productName: 'Madu Hutan Sumbawa - 1 kg' }] });
    expect(r.ok && r.matches.map((m) => m.entry.id)).toEqual(['madu', 'kurma']);
  });
});

describe('sales person filter', () => {
  it('accepts every sales person when the entry has none', () => {
    expect(matchOrder([entry('all')], { items: [item], handlerEmail: 'anyone@shop.id' }).ok).toBe(true);
    expect(matchOrder([entry('all')], { items: [item] }).ok).toBe(true);
  });

  it('matches the handler email case-insensitively and explains a mismatch', () => {
    const dewi = entry('dewi', { salesPersonEmail: 'dewi.lestari@toko.co.id' });
    expect(matchOrder([dewi], { items: [item], handlerEmail: 'Dewi.Lestari@TOKO.co.id' }).ok).toBe(true);
    expect(matchOrder([dewi], { items: [item], handlerEmail: 'budi@toko.co.id' })).toEqual({
      ok: false,
      reason: 'sales person mismatch: got budi@toko.co.id, want dewi.lestari@toko.co.id',
      note: { code: 'lead.sales_person_mismatch', values: { got: 'budi@toko.co.id', want: 'dewi.lestari@toko.co.id' } },
    });
    expect(matchOrder([dewi], { items: [item] })).toEqual({
      ok: false,
      reason: 'sales person mismatch: got no handler, want dewi.lestari@toko.co.id',
      note: { code: 'lead.sales_person_mismatch', values: { got: '', want: 'dewi.lestari@toko.co.id' } },
    });
  });

  it("prefers the entry for this sales person over the all-sales entry of the same product", () => {
    const all = entry('all');
    const dewi = entry('dewi', { salesPersonEmail: 'dewi@toko.co.id' });
    expect(matchOrder([all, dewi], { items: [item], handlerEmail: 'dewi@toko.co.id' })).toMatchObject({ ok: true, matches: [{ entry: { id: 'dewi' } }] });
    expect(matchOrder([all, dewi], { items: [item], handlerEmail: 'budi@toko.co.id' })).toMatchObject({ ok: true, matches: [{ entry: { id: 'all' } }] });
  });
});

describe('every variant SKU and the missing handler', () => {
  it("matches by any of the entry's SKUs", () => {
    const e = entry('multi', { productName: 'Other', skus: ['MDH-SBW-1000', 'MDH-SBW-500'] });
    expect(matchOrder([e], { items: [item] })).toMatchObject({ ok: true, matches: [{ rule: 'sku' }] });
  });

  it('needs the handler only when an entry for one sales person could match an order naming nobody', () => {
    const dewi = entry('dewi', { salesPersonEmail: 'dewi@toko.test' });
    expect(needsHandler([dewi], { items: [item] })).toBe(true);
    expect(needsHandler([dewi], { items: [item], handlerEmail: 'dewi@toko.test' })).toBe(false);
    expect(needsHandler([entry('all')], { items: [item] })).toBe(false);
    expect(needsHandler([entry('kurma', { productName: 'Kurma Ajwa', salesPersonEmail: 'dewi@toko.test' })], { items: [item] })).toBe(false);
  });
});
