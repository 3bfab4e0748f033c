// ISO-8601 durations as the Not Closing delay uses them (P7D, PT12H, PT30M), read and written in friendly units.

export type DurationUnit = 'minutes' | 'hours' | 'days';

export interface FriendlyDuration {
  amount: number;
  unit: DurationUnit;
}

/** P7D → 7 days, PT12H → 12 hours, PT90M → 90 minutes; anything mixed or odd → undefined. */
export function readDuration(iso: string): FriendlyDuration | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso.trim().toUpperCase());
  if (!match) return undefined;
  const [, d, h, m] = match;
  const given = [d, h, m].filter((x) => x !== undefined);
  if (given.length !== 1) return undefined;
  if (d !== undefined) return { amount: Number(d), unit: 'days' };
  if (h !== undefined) return { amount: Number(h), unit: 'hours' };
  return { amount: Number(m), unit: 'minutes' };
}

export function writeDuration({ amount, unit }: FriendlyDuration): string {
  if (unit === 'days') return `P${amount}D`;
  return unit === 'hours' ? `PT${amount}H` : `PT${amount}M`;
}
