// Amounts in the workspace's currency; rupiah are shown without cents, as Indonesian shops write them.

/**
 * Never throws: a currency code the browser refuses (old data such as "XX-1") is shown as the plain number followed by
 * the code as text, and an amount that is not a finite number as its text, so one odd row never fails a page.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return `${String(amount)} ${String(currency)}`.trim();
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: currency === 'IDR' ? 0 : 2 }).format(amount);
  } catch {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
    return `${number} ${String(currency)}`.trim();
  }
}
