// Money that may come in several currencies (Recurrente pays in GTQ or USD): "Q1,200.00 + US$50.00", or a dash.
import type { Amount } from './api-types';
import type { useFormat } from '../../format/use-format';

export function formatAmounts(f: ReturnType<typeof useFormat>, amounts: readonly Amount[], none: string): string {
  const paid = amounts.filter((a) => a.amount_cents !== 0);
  if (paid.length === 0) return none;
  return paid.map((a) => f.money(a.amount_cents / 100, a.currency)).join(' + ');
}
