// Short money for chart axes and bar labels: "Rp 1,2 jt" / "IDR 1.2M"; an unknown currency code is shown as a number.
export function formatMoneyShort(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact', maximumFractionDigits: 1 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(amount)} ${currency}`;
  }
}
