// Pure decisions about customers and refills: totals, the category after a purchase, the refill day, the reminder text.

export const CUSTOMER_CATEGORIES = ['contact_sheet', 'first_time_prescription', 'regular_branded', 'generic_informed'] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];

/** Days before a medicine runs out that its refill reminder goes: purchase day + duration − REFILL_LEAD_DAYS. */
export const REFILL_LEAD_DAYS = 3;

export interface ItemAmounts {
  quantity: number;
  unit_price: number;
  total_amount?: number | null | undefined;
}

/** Each item's total (quantity × unit price, to the cent) and the index of the first given total that disagrees. */
export function itemTotals(items: readonly ItemAmounts[]): { totals: number[]; mismatch: { index: number; expected: number } | undefined } {
  const totals = items.map((i) => Math.round(i.quantity * i.unit_price * 100) / 100);
  const index = items.findIndex((i, k) => i.total_amount !== undefined && i.total_amount !== null && Math.abs(i.total_amount - (totals[k] ?? 0)) > 0.005);
  return { totals, mismatch: index < 0 ? undefined : { index, expected: totals[index] ?? 0 } };
}

/**
 * The category after a purchase. Staff recording `generic_informed` sets it, and it is never left by automation;
 * a customer buying again with a branded item becomes `regular_branded`; otherwise a new customer takes the
 * category staff gave (default: `contact_sheet` when they came from a sheet, else `first_time_prescription`).
 */
export function categoryAfterPurchase(input: {
  current: CustomerCategory | undefined;
  given: CustomerCategory | undefined;
  fromSheet: boolean;
  isRepeat: boolean;
  boughtBranded: boolean;
}): CustomerCategory {
  if (input.given === 'generic_informed' || input.current === 'generic_informed') return 'generic_informed';
  if (input.isRepeat && input.boughtBranded) return 'regular_branded';
  if (input.current) return input.given ?? input.current;
  return input.given ?? (input.fromSheet ? 'contact_sheet' : 'first_time_prescription');
}

/** Days after the purchase day that the refill reminder is due (never before the purchase day itself). */
export function refillOffsetDays(durationDays: number): number {
  return Math.max(0, durationDays - REFILL_LEAD_DAYS);
}

/** One WhatsApp message per customer per day, naming every medicine due. */
export function refillMessage(name: string | null, medicines: readonly string[]): string {
  const who = name?.trim() || 'Kak';
  const list = medicines.length === 1 ? (medicines[0] ?? '') : `${medicines.slice(0, -1).join(', ')} dan ${medicines[medicines.length - 1] ?? ''}`;
  return `Halo ${who}, semoga sehat selalu! 🙏 Persediaan ${list} Anda akan habis dalam beberapa hari. Kami siapkan untuk isi ulang? Balas pesan ini atau mampir ke apotek kami.`;
}
