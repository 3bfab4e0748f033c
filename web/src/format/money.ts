// Amounts in the workspace's currency; rupiah are shown without cents, as Indonesian shops write them.
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumFractionDigits: currency === 'IDR' ? 0 : 2 }).format(amount);
}
