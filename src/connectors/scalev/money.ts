// What an order is worth, read from ScaleV's decimal strings (or the numbers older API payloads carry) as whole cents.

/** ScaleV sells in rupiah only: its amounts carry no currency field. */
export const SCALEV_CURRENCY = 'IDR';

export interface OrderAmount {
  /** Minor units (cents), exact: "249813.00" is 24981300. */
  readonly cents: number;
  readonly currency: string;
}

/**
 * Decimal string ("150000.00") or number to integer cents without float rounding; undefined for anything else
 * (missing, null, "", "abc"), so an odd amount never drops the order.
 */
export function toCents(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 100) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-?)(\d+)(?:\.(\d{1,2})\d*)?\s*$/.exec(value);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? (sign === '-' ? -cents : cents) : undefined;
}

/** The order's value to the shop: `net_revenue` (goods after discounts, without shipping), else `gross_revenue`. */
export function orderAmount(order: Record<string, unknown>): OrderAmount | undefined {
  const cents = toCents(order['net_revenue']) ?? toCents(order['gross_revenue']);
  return cents === undefined ? undefined : { cents, currency: SCALEV_CURRENCY };
}

/** Each orderline's value (its `product_price`, the line total, less its `discount`), in the order of `orderlines`. */
export function orderLineAmounts(order: { orderlines: readonly Record<string, unknown>[] }): (number | undefined)[] {
  return order.orderlines.map((line) => {
    const price = toCents(line['product_price']);
    return price === undefined ? undefined : price - (toCents(line['discount']) ?? 0);
  });
}
